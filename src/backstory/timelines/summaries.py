"""One-sentence summaries in the Background style, built from source sentences.

A summary is the source sentence compressed by deletion only (the phrase
that gave its date, leading connectives, labels, bracketed asides), then
prefixed with the day it happened: "On 17 October, Zelenskyy specified that
...". Nothing is added that the source did not state: the prefix is the
normalised date of the source's own temporal expression (or of the
article's publication, for undated sentences).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas, getInflection

from backstory.attribution import CUE_VERBS
from backstory.entities.resolve import TITLE_WORDS, ends_as_organisation
from backstory.events import ASPECT_VERBS, HAPPENING_NOUNS, NOUNS
from backstory.extraction import Timex
from backstory.linguistic import OWNER_AFTER, object_relatives
from backstory.linking.reports import (
    INTENT_NOUN_PAST,
    NOUN_IN_BEFORE,
    is_whole_month,
    is_whole_week,
    is_whole_year,
)
from backstory.timelines.antecedents import PERSON_NOUNS
from backstory.timelines.tense import (
    done_by,
    future_in_the_past,
    past_perfect,
    present_perfect,
    quoted_spans,
    reported_future,
    simple_past,
)
from backstory.timeml_events.recognise import is_event_noun
from backstory.timex import tag_timexes
from backstory.timex.tagger import SAID_BEFORE_DAY, dateline_end

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# A preposition that introduces the date phrase being removed.
_DATE_PREP = re.compile(
    # (a focus word goes with its date: "received an alert only after 8 p.m.")
    r"(?:\b(?:only|just|even)\s+)?"
    # (and the participle that opens it: "a ceasefire starting on Sunday" goes whole)
    r"(?:\b(?:starting|beginning|effective)\s+(?=(?:\w+\s+)?$))?"
    r"(?:\b(?:on|in|over|during|through|throughout|since|by|as of|from|at|until|till|between|for|as early as|as late as|no later than|"
    r"not before|not later than|before|after)\s+(?:at\s+(?:least|the\s+latest)\s+)?)?$",
    re.I,
)
_LEADERS = re.compile(
    r"^(?:(?:details|update|background|breaking|meanwhile|however|but|and|also|so|then|"
    r"earlier|later|separately|in addition|additionally|moreover|furthermore)\s*[:,]?\s+)+",
    re.I,
)
# What may come just before a date phrase that opens its clause ("that on 25
# October, ..."): its comma goes with it. After anything else ("struck a plant
# on Sunday, officials said") the comma ends a clause and stays.
_FRONTED = re.compile(
    r"(?:^|[,;:]|\b(?:that|and|but|or|when|while|as|because|after|before|since|which|"
    r"where|then|so|if|although|though))$",
    re.I,
)
# A phrase naming a time just before a date set beside it in commas ("on the final day
# of the exchange, 25 May, ..."): the date names it again, and the phrase keeps a comma.
_TIME_NOUN_BEFORE = re.compile(
    r"\b(?:day|night|morning|evening|afternoon|week|weekend|anniversary|eve|deadline|date)"
    r"(?:\s+of\s+[^,]{1,40})?,$",
    re.I,
)
# An aside naming a report by when it came out, up to its date ("..., in a report published
# on Tuesday, ...", "..., according to figures released on Monday, ...").
_DATED_SOURCE_ASIDE = re.compile(
    r",\s*(?:in|according\s+to|with|through)\s+[^,]{1,60}?\s(?:[a-z]+ed|seen|sent|given|"
    r"made\s+public|put\s+out)$"
)
# A subject, then its source set off by commas ("Unemployment, according to figures
# released on Monday, rose ..."): no other comma, quotation or source before it
_SOURCE_AFTER_SUBJECT = re.compile(
    r"(?P<subject>[^,;:\"“”]{2,80}?),\s+(?P<source>according\s+to\s+[^,;:\"“”]{2,80}?),\s+"
    r"(?=[a-z])(?![^\"“”]*\baccording\s+to\b)(?![^\"“”]*[\"“”])"
)
# A report named by the day it came out, inside a clause ("said in a report published on
# Wednesday that ...")
_REPORT_NAMED_BY_DAY = re.compile(
    r"\b(?:in|with)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<p>published|released|issued|presented|unveiled)$",
    re.I,
)
# A place named with its country or state just before a date in commas ("in Jeddah,
# Saudi Arabia, on 18 March, ..."): its second comma closes the place, not the date.
_PLACE_APPOSITION = re.compile(
    r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,$"
)
# "(on) the night of", "(at) the end of" before a date: one time phrase with it.
_PART_OF = re.compile(
    r"(?:\b(?:on|in|at|during|by|until|from|since)\s+)?\bthe\s+(?:night|morning|afternoon|evening|"
    r"eve|end|beginning|start|middle|weekend|week|first\s+half|second\s+half)\s+of\s+$",
    re.I,
)
# "(in November) that year": the year of the date before it
_SAME_YEAR = re.compile(r"\s+(?:that|the\s+same|the\s+following|the\s+previous)\s+year\b", re.I)
# Words before a date that make it part of a phrase rather than an adverbial.
_GOVERNED = re.compile(r"\b(?:for|of|to|than|with|per)\s+$", re.I)
# A date something is set for is when it happens: "is scheduled for April 12" goes whole.
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|set|slated|planned|penciled\s+in|pencilled\s+in|timed|fixed)\s+for\s+$",
    re.I,
)
# A date that is what the clause says of its subject: "the vote is (probably) in July".
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:(?:probably|possibly|perhaps|likely)\s+)?"
    r"(?:(?:on|in|at|for|by)\s+)?$",
    re.I,
)
# A name whose head is a common noun of institutions takes "the" in running text.
_INSTITUTION = re.compile(
    r"(?:^|\s)(?:Court|Ministry|Council|Commission|Agency|Service|Force|Forces|Office|Committee|"
    r"Department|Command|Staff|Parliament|Government|Army|Navy|Guard|Police|Authority|"
    r"Administration|Directorate|Bureau|Prosecutor's Office|Kremlin|Pentagon|Vatican|"
    r"White House|Headquarters|Organization|Organisation|Institute|Embassy|Union|"
    # seats of government news names with the article ("according to the Élysée Palace",
    # not "Buckingham Palace"): the institution they stand for
    r"Élysée|Elysee|Élysée Palace|Elysee Palace|Blue House|Capitol|Quai d'Orsay|"
    r"Presidential Palace|Royal Palace|Mariinsky Palace|Presidential Office)$",
    re.I,
)
# A seat of government standing for its office, written bare after "according to" or
# "citing" ("according to Élysée Palace."): news style gives it the article.
_BARE_SEAT = re.compile(
    r"\b(?P<cue>according to|citing) (?=(?:Élysée|Elysee)(?: Palace)?[.,;:!?]|"
    r"(?:White House|Kremlin|Pentagon|Blue House|Quai d'Orsay|Presidential Palace|"
    r"Presidential Office|Mariinsky Palace)[.,;:!?])"
)
# "(in) the year to", "the three months ending", "the 12 months through" before a date:
# the period that ends then
_PERIOD_TO = re.compile(
    r"(?P<p>\bthe\s+(?:[\w-]+\s+){0,2}(?:year|months|weeks|days|quarter|period)\s+"
    r"(?:to|ending|ended|through))\s+$",
    re.I,
)
# The preposition of a date a state runs from: "(suspended) from 2 March", "(shut) since May"
_OPEN_BOUND = re.compile(r"\b(?P<p>from|since|until|till)\s+$", re.I)
# A verb of moving something in time: "from" then gives the old day ("moved the meeting
# from 29 April to today")
_MOVING = re.compile(
    r"\b(?:postpon|delay|defer|reschedul|adjourn|mov|push|brought|bring|shift|switch)\w*\b",
    re.I,
)


def open_bound(sentence: str, date_span: tuple[int, int] | None) -> str | None:
    """ "From" or "Since" when the date opens a state the sentence tells of ("Flights are
    suspended from 20 March", "The road has been shut since Monday"): the line then
    starts with it and is dated by the first day alone; "Until" when it closes one ("The
    road will stay closed until Friday"). None for any other date, and for
    the old day of something moved ("moved the vote from 29 April to 6 May")."""
    if date_span is None or not (bound := _OPEN_BOUND.search(sentence, 0, date_span[0])):
        return None
    if _MOVING.search(sentence, 0, bound.start()):
        return None
    if re.search(r"\b(?:to|until|till|through|and)\b|\d\s*[-–]\s*\d", sentence[slice(*date_span)]):
        return None  # "open from Friday to Sunday": the stretch is the line's span
    doc = _tagged(loaded_pipeline(), sentence)
    prep = next((t for t in doc if t.idx == bound.start()), None)
    head = prep.head if prep is not None else None
    if head is not None and head.dep_ == "relcl" and _OWN_BOUND.search(sentence, 0, date_span[0]):
        # ("suspended from 4 May, when inspectors found ..., until 3 May 2026": the parser
        # may hang the bound on the clause the comma closed)
        head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
    if head is None or not (_main_verb(head) or _told_before_saying(head)):
        # "said its experts had been working ... since Monday", "will stay in its clean
        # room until engineers begin fuelling it from 10 August": the stretch is another
        # verb's, not the one the line tells
        return None
    word = bound.group("p").lower()
    return "Until" if word == "till" else _capitalise(word)


def _told_before_saying(token: Any) -> bool:
    """Whether ``token`` is the verb of what a saying after it reports ("The road will
    stay closed until Friday, police said")."""
    return token.dep_ == "ccomp" and token.head.dep_ == "ROOT" and token.i < token.head.i


def _main_verb(token: Any) -> bool:
    """Whether ``token`` is its sentence's main verb, or one joined to it ("... and")."""
    return token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")


# A day's date phrase that says which part of it: "late on Tuesday", "early Wednesday".
_PART_OF_DAY = re.compile(r"(?P<p>late|early)\s+(?:on\s+)?", re.I)
_PART_OF_DAY_BEFORE = re.compile(r"\b(?P<p>late|early)\s+on\s+$", re.I)
# The part of a day a date phrase names: "Monday morning", "last night", "(on) the
# evening of 3 May"
_DAY_PART = re.compile(r"\b(?P<p>morning|afternoon|evening|night)\b", re.I)
_DAY_PART_BEFORE = re.compile(r"\bthe\s+(?P<p>morning|afternoon|evening|night)\s+of\s+$", re.I)
# A line's date of one day, which may take its part: "On 11 May", "Early on 11 May"
_ONE_DAY_WHEN = re.compile(r"(?P<lead>(?:Early |Late )?[Oo]n|By) (?P<day>\d.*)")
# "by" bounding a day: "had put out the fire by the morning of 11 March" (not "by at
# least": see _MODIFIED_BOUND)
_BY_DAY = re.compile(r"\bby\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", re.I)


# The end of a month or year named by name: "the end of 2023", "the end of March 2024"
_END_OF = re.compile(
    r"the\s+end\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+(?P<y>\d{4}))?|(?P<y2>\d{4}))"
)


# The end of a month or year named from the publication: "the end of the month", "the
# end of next year", "the end of this month"
_END_OF_DEICTIC = re.compile(
    r"the\s+end\s+of\s+(?:(?:the|this|next|the\s+following|the\s+current)\s+"
    r"(?P<unit>month|year)|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)",
    re.I,
)


def _end_of_named(sentence: str, date_span: tuple[int, int], day: str) -> str | None:
    """ "the end of November 2026", "the end of 2027" for a bound "by the end of the
    month", "by the end of next year", "by the end of November" whose last day is ``day``;
    else None."""
    found = _END_OF_DEICTIC.search(sentence, date_span[0], date_span[1])
    if found is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    last = date.fromisoformat(day)
    if (found.group("unit") or "").lower() == "year":
        return f"the end of {last.year}" if (last.month, last.day) == (12, 31) else None
    if (last + timedelta(days=1)).day != 1:
        return None
    return f"the end of {_MONTHS[last.month - 1]} {last.year}"


def bound_by_at(sentence: str, date_span: tuple[int, int] | None) -> int | None:
    """Where the "by" starts that bounds the day at ``date_span`` ("by the morning of 11
    March": what is told was done by then, not on it); None when there is none."""
    if date_span is None or OWNER_AFTER.match(sentence, date_span[1]):
        return None  # ("killed by Friday's landslide": "by" governs the landslide)
    found = _BY_DAY.search(sentence, max(0, date_span[0] - 30), date_span[0])
    return found.start() if found else None


# A clock time inside a date ("11:40 a.m. on Friday", "about 4 a.m.", "midday"), with the
# words that say how near it ("about", "shortly after") and its zone ("local time",
# "Kyiv time", "GMT")
_CLOCK_TIME = re.compile(
    r"\b(?:(?:about|around|approximately|roughly|nearly|almost)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.?|\d{1,2}(?:[:.]\d\d)?\s*[ap]m\b|\d{1,2}[:.]\d\d\b|"
    r"\d{4}\s*(?:GMT|UTC)\b|noon\b|midday\b|midnight\b)"
    r"(?:\s+(?:(?:local|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time|GMT|UTC|[A-Z]{1,2}[SD]T)\b)?",
    re.I,
)
# The word before a clock time that tells the line's time: "at", "around", "shortly after"
# (not "by", "until", "since": a bound, no time it happened)
_CLOCK_PREP = re.compile(
    r"\b(?P<w>at|around|about|(?:(?:shortly|just|soon)\s+)?(?:before|after))\s+$", re.I
)
# A hedge on the date right after it: "(reopen), probably in June", "(open) most likely on
# 14 May" (not "is probably in June": the hedge is then the clause's)
_HEDGE = re.compile(
    r"(?:\s*,|(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe))\s+"
    r"(?P<h>probably|possibly|perhaps|maybe|most\s+likely|most\s+probably)\s+"
    r"(?:(?:on|in|by|at|during|before|after|until|as\s+early\s+as)\s+)?$",
    re.I,
)
# A bound's modifier right before a date: "until at least 4 November", "no later than
# Friday", "as early as 1 November", "at least until the end of April". A line dated by it
# keeps it ("Until at least 4 November, ..."): "On 4 November" would tell another thing
_MODIFIED_BOUND = re.compile(
    r"(?<![\w-])(?P<b>(?:(?:until|till|through|by|from|since|before|after)\s+)?"
    r"at\s+(?:least|most|the\s+(?:earliest|latest))(?:\s+(?:until|till|through|by|from|since))?|"
    r"no\s+later\s+than|not\s+(?:later|earlier)\s+than|as\s+(?:early|late|soon)\s+as|"
    r"not\s+(?:before|until))\s+(?P<part>the\s+(?:end|beginning|start|middle)\s+of\s+)?$",
    re.I,
)
# "the end of April": the part of a month a date phrase names (the line spans the month)
_PART_OF_MONTH = re.compile(r"the\s+(?:end|beginning|start|middle)\s+of\s+", re.I)


def bound_modifier(
    sentence: str,
    date_span: tuple[int, int] | None,
    begin: str,
    end: str | None,
    *,
    with_year: bool,
) -> tuple[str, tuple[int, int]] | None:
    """(the line's date phrase, the date span widened over its bound) when a modifier of a
    bound stands right before the date ("until at least Nov. 4" -> "Until at least 4
    November", "until at least the end of April" -> "Until at least the end of April");
    None for any other date."""
    if date_span is None or not (bound := _MODIFIED_BOUND.search(sentence, 0, date_span[0])):
        return None
    words = " ".join(bound.group("b").lower().split())
    part = bound.group("part") or ""
    if not part and (own := _PART_OF_MONTH.match(sentence, date_span[0])):
        part = own.group()
    when = format_when(begin, end, with_year=with_year).split(" ", 1)[1]
    if part and not when[:1].isdigit():
        when = " ".join(part.lower().split()) + " " + when  # (a month: "the end of April")
    return f"{_capitalise(words)} {when}", (bound.start(), date_span[1])


_QUOTE_LABEL = re.compile(r"\s*Quotes? from (?P<who>[^:\n]{2,80}):\s*")
_OPEN_LABELLED_QUOTE = re.compile(
    r"Quotes? from (?P<who>[^:\n]{2,80}):\s*[\"“](?P<said>[^\"“”\n]*)$"
)


def labelled_speaker(text: str, start: int) -> str | None:
    """Who a "Quote from X:" label names, when the sentence at ``start`` goes on with
    the quotation that label opened (its second sentence or later); else None."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    found = _OPEN_LABELLED_QUOTE.search(line)
    return found.group("who").strip() if found and found.group("said").strip() else None


_BRACKETS = re.compile(r"\s*(?:-LRB-.*?-RRB-|\([^()]*\)|\[[^\[\]]*\])")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)])")
_SPACE_AFTER_OPEN = re.compile(r"([(])\s+")
_LONE_COMMA = re.compile(r"^[,;:\s]+|,\s*(?=[,.])")
# Words that keep their capital letter at the start of a sentence.
_KEEP_CAPITAL = re.compile(r"^(?:I\b|[A-Z]{2,}|[A-Z][a-z]+[A-Z])")
# What may come before a sentence's first word: space, quotes, brackets, bullets.
_OPENING = " \t\r\n\"'“”‘’«»([*•·–—-"
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_CALENDAR_NAMES = frozenset(
    [*_MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
# Words that never start a name on their own.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "his",
        "her",
        "their",
        "our",
        "there",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "after",
        "before",
        "during",
        "as",
        "when",
        "while",
        "some",
        "many",
        "most",
        "all",
        "any",
        "each",
        "every",
        "both",
        "no",
        "not",
        "one",
        "two",
        # counts before a people's name ("Five Americans landed", "Three Dutch soldiers")
        *[
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
        ],
        *["dozens", "hundreds", "thousands", "several", "few"],
        "if",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "to",
        "of",
        "about",
        "around",
        "nearly",
        "more",
        "less",
        "only",
        "what",
        "which",
        "who",
        "why",
        "how",
        "where",
        "you",
        "my",
        "your",
        "us",
        "them",
        "him",
        "is",
        "are",
        "was",
        "were",
        # prepositions that open a sentence ("Under Slovak law, ...", "Despite the ban")
        "under",
        "over",
        "amid",
        "despite",
        "against",
        "among",
        "between",
        "into",
        "through",
        "without",
        "within",
        "since",
        "until",
        "following",
        "across",
        "behind",
        "beyond",
        "near",
        "unlike",
        "like",
        "according",
    ]
)


def format_day(day: str, *, with_year: bool) -> str:
    """``2024-10-17`` as "17 October" (or "17 October 2024")."""
    d = date.fromisoformat(day[:10])
    text = f"{d.day} {_MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


# The part of a month or year a date names ("mid-December", "early July", "late 2025").
_PART_OF_PERIOD = re.compile(r"(?i)(?:the\s+)?(?P<p>early|mid|late)(?P<sep>-|\s+)(?=[A-Z0-9])")


def format_when(begin: str, end: str | None, *, with_year: bool) -> str:
    """The Background-style phrase for a day, a span, a week or a month: "On 17 October",
    "On 27-28 October", "In the week of 1 June", "In August"."""
    if not end or end[:10] == begin[:10]:
        return "On " + format_day(begin, with_year=with_year)
    b, e = date.fromisoformat(begin[:10]), date.fromisoformat(end[:10])
    if is_whole_month(b, e):
        return f"In {_MONTHS[b.month - 1]}" + (f" {b.year}" if with_year else "")
    if is_whole_year(b, e):
        return f"In {b.year}"
    if is_whole_week(b, e):
        # a calendar week ("last week"): no source said which of its days
        return "In the week of " + format_day(begin, with_year=with_year)
    if (b.year, b.month) == (e.year, e.month):
        tail = f" {b.year}" if with_year else ""
        return f"On {b.day}-{e.day} {_MONTHS[b.month - 1]}{tail}"
    return f"Between {format_day(begin, with_year=with_year)} and {format_day(end, with_year=with_year)}"


# Honorifics before a name, capitalised wherever they stand
_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Prof Sir Dame Messrs Mme Mlle".split())  # noqa: SIM905


def is_name(word: str, sentence: str, *, entities: tuple[str, ...] = (), context: str = "") -> bool:
    """Whether ``word``, the first word of ``sentence``, keeps its capital mid-sentence.

    It does when it is "I", an acronym or a CamelCase name, when it belongs to
    one of the sentence's entity names, when the next word is capitalised too
    (a many-word name: "Kursk Oblast", "South Korean"), when it is a country
    or its adjective ("Russian"), or when the source
    (``context``) writes it capitalised in the middle of a sentence and never
    in lower case. A function word keeps it only when a name starts with it
    ("The Hague").
    """
    word = word.strip(",;:\"'“”‘’()")
    if not word[:1].isupper():
        return False
    if _KEEP_CAPITAL.match(word) or any(c.isdigit() for c in word):
        return True
    if word.rstrip(".") in _HONORIFICS:
        return True  # "Mr Haddad died": an honorific is written with its capital
    if re.sub(r"['’]s$", "", word) in _CALENDAR_NAMES:
        return True  # "Monday's attack", "March was the deadliest month"
    body = sentence.lstrip(_OPENING)
    if any(name and body.startswith(name) and name[:1].isupper() for name in entities):
        return True
    if word.lower() in _FUNCTION_WORDS or re.match(
        r"(?i)(?:(?:pro|anti|ex|non|post|pre)-|former$)", word
    ):
        # ("Pro-Western President Salome Zourabichvili": "pro-Western"; "Former President
        # Joe Biden": "former President Joe Biden")
        return False
    bare = re.sub(r"['’]s$", "", word)  # ("Nimbus's shares": Nimbus, of "Nimbus Systems")
    if any(bare in _NAME_WORD.findall(name) for name in entities):
        return True
    rest = body[len(word) :]
    nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", rest)
    before_name = any(name[:1].isupper() and rest.lstrip().startswith(name) for name in entities)
    if before_name and word.lower() in TITLE_WORDS:
        return True  # "President Klaus Iohannis": a title before a name keeps its capital
    if before_name and re.search(r"['’]s$", word):
        return True  # "Alphabet's Google": an owner named before what it owns
    if nxt and nxt.group(1)[:1].isupper() and not re.match(r"\s*[,;:]", rest) and not before_name:
        return True  # a many-word name ("Kursk Oblast"), not "Businessman Roman Dobis"
    if re.match(r"\s+\d+[A-Z]?\b(?![.,]\d)", rest) and _numbered_name(body):
        return True  # "Highway 3 reopened", "Flight 370 vanished": a numbered name
    from backstory.entities.gazetteer import capitals, demonyms, find_country, fold

    if fold(word) in demonyms() or find_country(word):
        return True  # "Russian troops", "Ukraine says"
    if bare != word and (find_country(bare) or fold(bare) in capitals()):
        return True  # "Beijing's commerce ministry", "Kenya's treasury"
    if context:
        escaped = re.escape(bare)
        if re.search(rf"\b{escaped.lower()}\b", context):
            return False
        if re.search(rf"(?:[a-z0-9,;:]\s+|[a-z]\s*[-–]\s*){escaped}\b", context):
            return True
    return _no_english_word(re.sub(r"['’]s$", "", word), body)


def _numbered_name(sentence: str) -> bool:
    """Whether ``sentence`` opens with a singular noun and the number it is named by
    ("Highway 3", "Reactor 4"), not a figure it counts ("Some 200 people")."""
    doc = _tagged(loaded_pipeline(), sentence)
    if len(doc) < 2:
        return False
    noun, number = doc[0], doc[1]
    return noun.tag_ in ("NN", "NNP") and number.like_num and number.head.i == noun.i


def _no_english_word(word: str, sentence: str) -> bool:
    """Whether ``word``, opening ``sentence``, is a name because English has no such
    word: the tagger takes it for a proper noun and the model's lemmatiser does not
    know it ("Arianespace said ...", not "Rescuers found ..." nor "Amid the storm")."""
    if not word.isalpha():
        return False
    from backstory.entities.spans import is_dictionary_word

    nlp = loaded_pipeline()
    if is_dictionary_word(nlp, word.lower()):
        return False
    first = next(iter(_tagged(nlp, sentence)), None)
    return first is not None and first.text == word and first.pos_ == "PROPN"


def loaded_pipeline() -> Any:
    """The spaCy pipeline the settings name (loaded once per process, when a line first
    needs a parse)."""
    from backstory.nlp import load_nlp
    from backstory.settings import Settings

    return load_nlp(Settings.from_env().model)


# a quoted passage: "...", “...”
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')


def holds_speech(sentence: str) -> bool:
    """Whether the sentence quotes someone's words: a quotation mark opened and not closed,
    or a quoted passage of more than five words or ending in a stop or comma. A phrase
    set off in quotes ("called oil and gas a "gift of God"") is no speech."""
    if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
        return True
    for m in _QUOTED.finditer(sentence):
        words = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if len(words.split()) > 5 or words.endswith((",", ".", "!", "?")):
            return True
    return False


def _speech_around(sentence: str, date_span: tuple[int, int]) -> bool:
    """Whether the sentence quotes someone's words other than after its date: 'He said
    the attack, which began on May 9, was "a despicable crime against the sick"' tells
    the day in the reporter's words, the quotation follows it."""
    after = sentence[date_span[1] :]
    return holds_speech(sentence) and (
        re.search(r'["“”]', sentence[: date_span[0]]) is not None or not holds_speech(after)
    )


@lru_cache(maxsize=256)
def _tagged(nlp: Any, sentence: str) -> Any:
    return nlp(sentence)


def sentence_case(
    text: str, sentence: str, *, entities: tuple[str, ...] = (), context: str = ""
) -> str:
    """``text`` (compressed from ``sentence``) with its first word in lower case
    when its capital came only from starting the source sentence."""
    if not text:
        return text
    first = text.split(None, 1)[0]
    body = _LEADERS.sub("", sentence.lstrip(_OPENING))  # ("Details: On the final day")
    if not body.startswith(first.strip(",;:")):
        return text  # capitalised in the middle of its source sentence: a name
    if is_name(first, body, entities=entities, context=context):
        return text
    return text[0].lower() + text[1:]


def compress(
    sentence: str,
    *,
    drop: tuple[int, int] | None = None,
    entities: tuple[str, ...] = (),
    context: str = "",
    paraphrase: bool = False,
) -> str:
    """The sentence without its date phrase (``drop``, offsets into it), labels and asides
    (a wire dateline opening it among them). A date inside a quotation stays, for its
    words are the speaker's, unless the line ``paraphrase``s it (as indirect speech)."""
    text = sentence
    if (filed := dateline_end(text)) is not None:
        text = sentence = " " * filed + text[filed:]  # (``drop``'s offsets stay right)
    if drop is not None and (owned := re.match(r"\s?['’]s\b", text[drop[1] :])):
        if (
            not text[: drop[0]].strip()
            or re.search(r"\b(?:after|following)\s+$", text[: drop[0]], re.I)
        ) and re.match(r"\s+[a-z]", text[drop[1] + owned.end() :]):
            # "Friday's strike halted all trains" under Friday: "the strike halted ...";
            # "said after Monday's vote" under Monday: "said after the vote"
            text = sentence = text[: drop[0]] + "the" + text[drop[1] + owned.end() :]
        drop = None  # "Tuesday's earthquake": the date is part of a noun phrase; keep it
    if drop is not None and not paraphrase and any(a < drop[0] < b for a, b in quoted_spans(text)):
        drop = None  # '"We need people out tonight."': a quotation keeps every word
    if drop is not None and (
        re.match(r"[-–]\w", text[drop[1] :]) or re.search(r"\w[-–]$", text[: drop[0]])
    ):
        drop = None  # "the October-to-December season": the date is part of a word
    if drop is not None and (part := _PART_OF.search(text[: drop[0]])):
        drop = (part.start(), drop[1])  # "on the night of 12-13 October" goes whole
    elif (
        drop is not None
        and (_GOVERNED.search(text[: drop[0]]) or _PREDICATE.search(text[: drop[0]]))
        and not _SCHEDULED_FOR.search(text[: drop[0]])
    ):
        drop = None  # "a record for the month": the date completes a phrase; keep it
    if drop is not None:
        d_start, d_end = drop
        if year := _SAME_YEAR.match(text, d_end):
            d_end = year.end()  # "in November that year": the line's date says the year
        if alone := re.match(r"\s+alone\b", text[d_end:]):
            d_end += alone.end()  # "grew by 15,000 hectares on Monday alone": goes with it
        prep = _DATE_PREP.search(text[:d_start])
        d_start = prep.start() if prep and prep.group() else d_start
        tail = text[d_end:]
        stripped = tail.lstrip()
        head = text[:d_start].rstrip()
        if (
            stripped.startswith(",")
            and head.endswith(",")
            and not (prep and prep.group())
            and _TIME_NOUN_BEFORE.search(head)
        ):
            d_start = len(head) - 1  # "on the final day of the exchange, 25 May, 303 ...":
            # a date set beside a noun; the phrase it names keeps its comma
        elif stripped.startswith(",") and (dated := _DATED_SOURCE_ASIDE.search(head)):
            # "The WHO, in a report published on Tuesday, put ...": the aside says no more
            # than the line's date and goes whole (not "in a report published, put")
            d_start, tail = dated.start(), stripped[1:]
        elif not stripped.startswith(",") and (named := _REPORT_NAMED_BY_DAY.search(head)):
            # "said in a report published on Wednesday that ...": the participle says no
            # more than the line's date and goes with it ("said in a report that ...")
            d_start = named.start("p")
        elif stripped.startswith(",") and _PLACE_APPOSITION.search(head):
            d_start = len(head) - 1  # "in Jeddah, Saudi Arabia, on 18 March, X said": the
            # place's closing comma stays ("in Jeddah, Saudi Arabia, X said")
        elif stripped.startswith(",") and (not _LEADERS.sub("", head) or _FRONTED.search(head)):
            tail = stripped[1:]
            # "Zelenskyy stated that, on 25 October, ..." keeps no stray comma before.
            if head.endswith(","):
                d_start = len(head) - 1
        elif stripped.startswith(",") and head.endswith(","):
            d_start = len(head) - 1  # "struck, on Sunday, a plant": one comma stays
        text = text[:d_start].rstrip() + " " + tail.lstrip()
    text = _BRACKETS.sub("", text)
    text = _LEADERS.sub("", text.strip())
    if (aside := _SOURCE_AFTER_SUBJECT.match(text)) is not None and text.rstrip()[-1:] in ".!?":
        # "Unemployment, according to figures released on 16 November, rose to 7.1%": the
        # source goes last, as a line names it ("rose to 7.1%, according to figures ...")
        rest = text[aside.end() :].rstrip()
        text = f"{aside.group('subject')} {rest[:-1].rstrip(',;')}, {aside.group('source')}."
    text = _LONE_COMMA.sub("", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    text = text.replace(" 's ", "'s ").replace(" n't", "n't")
    text = _BARE_SEAT.sub(r"\g<cue> the ", text)
    opening, closing = text.lstrip()[:1], text.rstrip()[-1:]
    text = text.strip(" \"'“”‘’`")
    if opening in '"“' and (text.count('"') % 2 == 1 or text.count("“") < text.count("”")):
        text = opening + text  # '"Operation Spring" began ...': its quotation closes inside
    if closing in '"”' and (text.count('"') % 2 == 1 or text.count("“") > text.count("”")):
        text += closing  # 'said the deal was "a win for workers."': the quotation closes
    if not text:
        return text
    text = sentence_case(text, sentence, entities=entities, context=context)
    if text.rstrip('"”')[-1:] not in (".", "!", "?"):
        text = text.rstrip(",;:") + "."
    return re.sub(r"\.\s*\.$", ".", text)  # "at 7 a.m. (0500 GMT)." loses its aside


# A future a line may tell ("will", "is due to"): only such a line is parsed for it.
_FUTURE = re.compile(r"\b(?:will|is|are)\b", re.I)
# A line told at a time (not from, until or since one): its verb takes that time's tense.
# ("Shortly after 4 a.m. on 14 July", not "Before at least 4 November": a bound)
_AT_A_TIME = re.compile(
    r"(?:On|In|At|Between|Late on|Early on|Late in|Early in|Overnight|"
    r"(?:(?:Shortly|Just|Soon) )?(?:Before|After|Around|About)(?! at\b))\b"
)


def summarise(
    sentence: str,
    *,
    begin: str,
    end: str | None = None,
    date_span: tuple[int, int] | None = None,
    with_year: bool = False,
    entities: tuple[str, ...] = (),
    continuation: str | None = None,
    context: str = "",
    said_by: tuple[str, str] | None = None,
    reference: str | None = None,
) -> str:
    """The Background line: the day it happened, then the compressed sentence.

    ``context`` is the source's text, the evidence for whether the sentence's
    first word is a name (and keeps its capital after the date). ``said_by``
    is ``(form, name)`` when the sentence does not name who said it (see
    ``backstory.linking.attributions``): the line then does. ``reference`` is the
    time the line is read at (the latest publication, or the article a Background is
    for): a line whose time is over by then tells its future as a past plan.
    """
    if (said_by is None or said_by[0] == "unattributed") and (
        label := _QUOTE_LABEL.match(sentence)
    ):
        # 'Quote from Zelenskyy: "..."' names its speaker in the text itself
        said_by = ("quote", label.group("who").strip())
    if (lead := _NO_COMMENT.match(sentence)) and (date_span is None or date_span[0] >= lead.end()):
        # "The army did not immediately comment, but two military sources said ...": who
        # kept silent is no news of the day; what the others said is
        cut = lead.end()
        sentence = sentence[cut:]
        date_span = (date_span[0] - cut, date_span[1] - cut) if date_span else None
    if (clause := semicolon_part(sentence, date_span)) is not None:
        # "The RSF said in September it would accept a truce; the army has rejected
        # talks": September's line is the first clause, not the army's stand
        sentence, date_span = clause
    when = format_when(begin, end, with_year=with_year)
    if (bound := open_bound(sentence, date_span)) == "Until":
        # "The road will stay closed until Friday": a state that lasts to that day, not
        # something that happened on it ("Until 14 March, ...")
        when = f"Until {when.split(' ', 1)[1]}"
    elif bound and not when.startswith("In the week"):
        # "Flights are suspended from Monday", "has been shut since 3 May": a state that
        # began that day, not something that happened on it
        when = f"{bound} {format_when(begin, begin, with_year=with_year).split(' ', 1)[1]}"
    if (
        bounded := bound_modifier(sentence, date_span, begin, end, with_year=with_year)
    ) is not None:
        when, date_span = bounded
    if (
        date_span is not None
        and when.startswith("On ")
        and (by := bound_by_at(sentence, date_span)) is not None
    ):
        # "had put out the fire by the morning of 11 March": "By the morning of 11
        # March, ...", not "On" (it was done by then)
        when, date_span = f"By {when[3:]}", (by, date_span[1])
        end_of = _END_OF.fullmatch(sentence, date_span[0] + 3, date_span[1])
        if end_of and (not with_year or end_of.group("y") or end_of.group("y2")):
            when = f"By {end_of.group()}"  # ("By the end of 2023", not "By 31 December")
        elif named := _end_of_named(sentence, date_span, end or begin):
            # ("by the end of the month", "by the end of April" told with its year: "By the
            # end of November 2026", "By the end of April 2026")
            when = f"By {named}"
    if (
        date_span is not None
        and when.startswith("On ")
        and (
            part := _PART_OF_DAY.match(sentence, date_span[0], date_span[1])
            or _PART_OF_DAY_BEFORE.search(sentence, 0, date_span[0])
        )
    ):
        # "struck late on Tuesday": the line is "Late on 12 May, ...", not a whole day;
        # "completed their talks late on 18 March" (the date is "18 March"): "Late on 18
        # March, ...", not "On 18 March, ... completed their talks late"
        when = f"{part.group('p').capitalize()} on {when[3:]}"
        date_span = (min(part.start(), date_span[0]), date_span[1])
    if date_span is not None and when.startswith("On "):
        when, date_span = _at_clock_time(sentence, date_span, when)
    if date_span is not None:
        when = _in_part_of_day(sentence, date_span, when)
    if (
        date_span is not None
        and when.startswith("In ")
        and not when.startswith("In the week")
        and (part := _PART_OF_PERIOD.match(sentence, date_span[0], date_span[1]))
    ):
        # "would meet again in mid-December": the line is "In mid-December, ...", not
        # the whole month no source named
        when = f"In {part.group('p').lower()}{part.group('sep')}{when[3:]}"
    if date_span is not None and (hedge := _HEDGE.search(sentence, 0, date_span[0])):
        # "will restart the furnace, probably in June": the hedge is on the date, and goes
        # with it ("Probably in June, ..."), not left behind dangling ("the furnace, probably")
        when = f"{_capitalise(hedge.group('h').lower())} {when[:1].lower()}{when[1:]}"
        date_span = (hedge.start(), date_span[1])
    if date_span is not None and (period := _PERIOD_TO.search(sentence, 0, date_span[0])):
        # "rose 4% in the year to September": the period is when, told as the source does
        when = f"In {period.group('p')} {when.split(' ', 1)[1]}"
        date_span = (period.start("p"), date_span[1])
    if said_by is not None:
        body = attributed(
            sentence, said_by, date_span=date_span, entities=entities, context=context
        )
    else:
        body = compress(sentence, drop=date_span, entities=entities, context=context)
    if (
        date_span is not None
        and when.startswith("On ")
        and "-" not in when
        and _SAID_ON_DAY.search(sentence, 0, date_span[0])
        and (
            _STRETCH_SO_FAR.search(sentence, 0, date_span[0])
            or _COUNTED_TOLL.search(sentence, 0, date_span[0])
        )
        and (perfect := past_perfect(_tagged(loaded_pipeline(), body))) is not None
    ):
        # "Police have detained more than 400 people since the protests began, the ministry
        # said on Friday": done over a stretch up to the day of the saying, not on it (a
        # perfect of news, "have exchanged the bodies of 12 soldiers, X reported on Friday",
        # is that day's)
        when, body = "By " + when[3:], perfect
    elif date_span is not None and _AT_A_TIME.match(when):
        # "Jobs has chosen to step down on Thursday" is no English under "On 25 August":
        # a time the sentence names takes the simple past ("chose"); a span up to a day
        # ("Since 3 May") keeps its perfect, and so does a line on the day of publication
        # that the sentence does not name (it happened by then, not necessarily on it)
        body = simple_past(_tagged(loaded_pipeline(), body))
    elif date_span is not None and when.startswith("By "):
        # "grew to 12,000 hectares by Thursday night": "By the night of 20 August, the
        # blaze had grown ...", done by then (not "grew", as if on that day)
        body = done_by(_tagged(loaded_pipeline(), body))
    elif (
        date_span is None
        and when.startswith("On ")
        and "-" not in when
        and (perfect := past_perfect(_tagged(loaded_pipeline(), body))) is not None
    ):
        # "The court has remanded the suspect" in a report of 18 June: done by that day,
        # on it or before ("On 18 June, the court has remanded" is no English, and
        # "remanded" on 18 June would say more than the source)
        when, body = "By " + when[3:], perfect
    if reference and _over_by(reference, end or begin, body):
        # "On 24 June, the phone will be available" read in July: it "was to be"
        body = future_in_the_past(_tagged(loaded_pipeline(), body))
    line = f"{when}, {body}"
    if continuation:
        line += " " + _capitalise(compress(continuation, entities=entities, context=context))
    return line


# A count of people a perfect tells a toll of: "Three people have died", "17 have been
# taken to hospital", "two more patients have died" (a toll up to the day it is told)
_COUNTED_TOLL = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|[a-z]+ty|dozens|hundreds|thousands)\s+(?:more\s+|other\s+)?"
    r"(?:[a-z]+\s+){0,2}(?:have|has)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:died|fallen\s+ill|tested\s+positive|been\s+(?:killed|injured|hurt|wounded|infected|"
    r"sickened|hospitali[sz]ed|admitted|taken\s+to\s+hospital|treated|evacuated|displaced|"
    r"rescued|arrested|detained))\b",
    re.I,
)
# A stretch of time up to a day: "since the protests began", "so far", "to date".
_STRETCH_SO_FAR = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+total|altogether|over\s+the\s+(?:past|last))\b", re.I
)
_SEMICOLON = re.compile(r";\s+")
# A clause of someone keeping silent that opens a sentence ("The army did not immediately
# comment, but ...", "A spokesman declined to comment, while ...").
_NO_COMMENT = re.compile(
    r"\s*[^,;\"“”]*\b(?:did\s+not|didn't|declined\s+to|could\s+not\s+be\s+reached\s+to|"
    r"has\s+not|have\s+not)\s+(?:yet\s+)?(?:immediately\s+|publicly\s+)?"
    r"(?:comment|respond|reply)(?:ed)?\b[^,;]*,\s+(?:but|while|and|though)\s+(?=\S)",
    re.I,
)


def semicolon_part(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]] | None:
    """(part, date span in it) of a sentence of clauses joined by semicolons: the one that
    holds the date, when every part has four words or more (a clause, not a list
    item) and the others tell of another time (now, up to now, ahead); None for any
    other sentence."""
    if date_span is None or ";" not in sentence or any(q in sentence for q in '"“”('):
        return None
    cuts = [0, *(m.end() for m in _SEMICOLON.finditer(sentence)), len(sentence) + 1]
    if len(cuts) < 3:
        return None
    parts = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
    if any(len(sentence[a:b].split()) < 4 for a, b in parts):
        return None
    for a, b in parts:
        if (a <= date_span[0] < b) or _NOW_TENSE.search(sentence, a, b):
            continue
        return None  # ("slid off an icy runway on 3 March; no one was hurt": one story)
    for a, b in parts:
        if a <= date_span[0] and date_span[1] <= b:
            end = sentence.rfind(";", a, b + 1)
            text = sentence[a : end if end >= 0 else b].rstrip()
            if a > 0 and _OPENING_PRONOUN.search(" ".join(text.split()[:4])):
                return None  # ("; in June they fell": who "they" are is in the first)
            return text, (date_span[0] - a, date_span[1] - a)
    return None


# A clause told at another time than a past day's: now, up to now, or ahead ("the army has
# rejected talks", "the RSF remains", "talks will resume").
_NOW_TENSE = re.compile(r"\b(?:has|have|is|are|remains?|will|won't|continues?|says)\b", re.I)
_OPENING_PRONOUN = re.compile(r"\b(?:he|she|it|they|we|its|their|his|her)\b", re.I)


def _over_by(reference: str, last_day: str, body: str) -> bool:
    """Whether a line up to ``last_day`` whose body may tell a future is all over by
    ``reference``: its time is before it, and so is every day its body names ("On 16
    June, the tablet will go on sale on 24 June", read on 17 June, is still to come)."""
    if last_day[:10] >= reference[:10] or not _FUTURE.search(body):
        return False
    # (the body's dates are read from the line's day: "will ... on 24 June" is its June)
    # (a bound's day counts: "will withdraw by 1 November" is still to come)
    return all(
        max(t.begin or "", t.end_date or "")[:10] < reference[:10]
        for t in _dates_in(body, last_day[:10])
    )


def _in_part_of_day(sentence: str, date_span: tuple[int, int], when: str) -> str:
    """The line's date of one day with the part of it its date phrase names ("early on
    Monday morning" -> "Early on the morning of 11 May", "on the night of 3 May" ->
    "On the night of 3 May"); else the date unchanged."""
    day = _ONE_DAY_WHEN.fullmatch(when)
    part = _DAY_PART.search(sentence, date_span[0], date_span[1]) or _DAY_PART_BEFORE.search(
        sentence, max(0, date_span[0] - 30), date_span[0]
    )
    if day is None or part is None:
        return when
    span = re.match(r"(\d+)-(\d+)\b", day.group("day"))
    if span and not (
        part.group("p").lower() == "night" and int(span.group(2)) == int(span.group(1)) + 1
    ):
        return when  # "from Friday night to Sunday": a span of days, not one night
    return f"{day.group('lead')} the {part.group('p').lower()} of {day.group('day')}"


def names_clock_time(sentence: str, date_span: tuple[int, int]) -> bool:
    """Whether the date phrase at ``date_span`` names a clock time ("at about 21:40",
    "noon on Friday")."""
    return _CLOCK_TIME.search(sentence, date_span[0], date_span[1]) is not None


def _at_clock_time(
    sentence: str, date_span: tuple[int, int], when: str
) -> tuple[str, tuple[int, int]]:
    """The line's date with the clock time its date phrase names ("The quake hit at
    11:40 a.m. on Friday" -> "At 11:40 a.m. on 8 May"), and the date span grown over
    the word before it; the date and span unchanged when it names none."""
    clock = _CLOCK_TIME.search(sentence, date_span[0], date_span[1])
    if clock is None:
        return when, date_span
    prep = _CLOCK_PREP.search(sentence, max(0, date_span[0] - 20), date_span[0])
    if prep is None and sentence[: date_span[0]].rstrip().endswith(
        ("by", "until", "till", "since", "from")
    ):
        return when, date_span  # "by 9 a.m.": a bound, no time it happened
    lead = _capitalise(prep.group("w").lower()) if prep else "At"
    start = prep.start() if prep else date_span[0]
    return f"{lead} {clock.group()} on {when[3:]}", (start, date_span[1])


def attributed(
    sentence: str,
    said_by: tuple[str, str],
    *,
    date_span: tuple[int, int] | None = None,
    entities: tuple[str, ...] = (),
    context: str = "",
) -> str:
    """The compressed sentence with its source named: "X said ..." for quoted
    speech (in quotation marks when it speaks in the first or second person),
    "..., according to X." for a reported claim; quoted speech with nobody to
    name (form ``unattributed``) stays in quotation marks."""
    from backstory.linking.attributions import speaks_in_person

    form, name = said_by
    if form == "unattributed":  # quoted, nobody to name: it stays a quotation
        body = compress(sentence, drop=date_span, entities=entities, context=context)
        if not body or any(q in body for q in '"“”'):
            return body  # quotation marks of its own already show what is quoted
        return f'"{_capitalise(body)}"'
    listed = name.split("; ")
    if "; " in name:  # "Source: A; B; C": sources side by side, listed as prose lists them
        parts = [_as_named(part) for part in listed]
        name = ", ".join(parts[:-1]) + " and " + parts[-1]
    else:
        name = _as_named(name)
    if form in ("quote-first", "quote-aside"):
        lead = len(sentence) - len(sentence.lstrip())
        opener = sentence[lead : lead + 1]
        closer = {'"': '"', "“": "”", "«": "»"}.get(opener, "")
        close = sentence.find(closer, lead + 1) if closer else -1
        if close > 0:
            if date_span is not None and date_span[1] > close:
                date_span = None  # the date was in the attribution, which is rewritten
            sentence = sentence[: close + 1]
        form = "quote" if form == "quote-first" else form
    if form == "quote" and (label := _QUOTE_LABEL.match(sentence)):
        cut = label.end()  # 'Quote from X: "..."': X is named below
        sentence = sentence[cut:]
        if date_span is not None:
            date_span = (date_span[0] - cut, date_span[1] - cut) if date_span[0] >= cut else None
    body = compress(sentence, drop=date_span, entities=entities, context=context)
    if not body:
        return body
    if form == "quote-aside":
        # a quotation on a day that is not its saying's: what was said, by whom, with no
        # claim that it was said that day
        return f'"{body.rstrip(".")}", according to {name}.'
    if form == "quote":
        if (tagged := _TAGGED_QUOTE.fullmatch(body)) is not None:
            # '"Why did the warnings come so late?" he asked': the quotation, its own verb
            return f'{name} {tagged.group("verb")}: "{_capitalise(tagged.group("q"))}"'
        if speaks_in_person(body) or not _plain_statement(body):
            # ("This is a day of mourning", "Stay away from the rivers": no words of the
            # reporter's; "X said this is a day ..." would change what "this" is)
            return f'{name} said: "{_capitalise(body)}"'
        # told as indirect speech, the quotation's day goes to the line's date
        told = compress(
            sentence, drop=date_span, entities=entities, context=context, paraphrase=True
        )
        return f"{name} said {told}"
    if (
        # (a name's word as written: "the fire grew" does not name "NWT Fire")
        re.search(rf"\b{re.escape(name.split()[-1])}\b", body, 0 if name[:1].isupper() else re.I)
        or re.match(r"(?:he|she)\b", body, re.I)
        or (len(listed) > 1 and any(part.lower() in body.lower() for part in listed))
    ):
        # the sentence names (or is about) its speaker already; a claim's "would" told
        # without its saying is a plan ("The ministry said it would publish the audit by
        # the end of the year": "the ministry was to publish the audit", not "would")
        if form == "claim" and re.search(r"\bwould\b", body):
            return reported_future(_tagged(loaded_pipeline(), body))
        return body
    return body.rstrip(".!?") + f", according to {name}."


# A quotation closed by a pronoun's saying the attribution did not take for one
# ('"Why did the warnings come so late?" he asked.')
_TAGGED_QUOTE = re.compile(
    r'["“](?P<q>[^"“”]+?[?!.,]?)["”]\s*,?\s+(?:he|she|they|we)\s+'
    r"(?P<verb>asked|said|added|told\s+\w+|wondered|shouted|wrote|replied)\s*\.?",
    re.I,
)
# Words that point at the speaker's own time and place: told in the reporter's words
# they would change what they point at ("this is a day of mourning")
_DEICTIC = re.compile(
    r"\b(?:(?:this|these)\s+(?:is|was|are|were|has|have|had|will|would|could|must|means|"
    r"shows)|here|now|today|tonight|tomorrow|yesterday|ago)\b",
    re.I,
)


def _plain_statement(body: str) -> bool:
    """Whether quoted words can be told as reported speech after "X said": a statement
    (no question, exclamation or command) with no word pointing at the speaker's own
    here and now."""
    words = body.strip().rstrip(".")
    if not words or re.search(r"[?!]", words) or _DEICTIC.search(words):
        return False
    doc = _tagged(loaded_pipeline(), words)
    first = next((t for t in doc if t.is_alpha), None)
    # a command opens on a bare verb with no subject ("Stay away from the rivers")
    return not (
        first is not None
        and first.tag_ == "VB"
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc)
    )


# Verbs by which a subject says something in its own name: the reporting verbs, and
# "called the ruling 'a coup'", "described it as", "vowed to"
_OWN_WORDS = CUE_VERBS | frozenset(
    """call describe brand label dub term vow promise pledge urge accuse condemn criticise
    criticize praise welcome""".split()  # noqa: SIM905 - a word table
)
_NAMED_TYPES = ("PERSON", "ORG", "NORP", "GPE")


def speaks_for_itself(sentence: str) -> bool:
    """Whether the sentence's main verb is a named subject saying something in its own
    name, or its subject is named and speaks the sentence's quotation ("Călin
    Georgescu, the far-right candidate, called the ruling "a formalised coup
    d'état""): whose words they are, the sentence says, not the page's "Source:"."""
    filed = dateline_end(sentence) or 0
    doc = _tagged(loaded_pipeline(), sentence[filed:])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.ent_type_ in _NAMED_TYPES):
        return False
    if root.lemma_.lower() in _OWN_WORDS:
        return True
    quoted = [t for t in root.subtree if t.text in ('"', "“", "”")]
    return len(quoted) >= 2 and quoted[0].i > root.i  # 'X said it was "..."' after the verb


def _as_named(name: str) -> str:
    """A source's name as running text writes it: "the governor", "the General Court"."""
    first = name.split(None, 1)[0] if name.split() else ""
    if first.lower() in _FUNCTION_WORDS:
        return first.lower() + name[len(first) :]  # "The governor said" -> "the governor"
    if (
        len(name.split()) > 1
        and re.fullmatch(r"[A-Z][a-z]+s['’]", first)
        and name.split()[1][:1].islower()
        and _common_plural(first)
    ):
        return first.lower() + name[len(first) :]  # "Farmers' groups": "farmers' groups"
    if re.search(r"['’]s\b|s['’]\s", name):
        return name  # "according to Ukraine's air force": the owner is its determiner
    if _INSTITUTION.search(re.split(r" (?:of|for|on) ", name, maxsplit=1)[0]):
        # "according to the General Court of the European Union", "the Coordination
        # Headquarters for the Treatment of Prisoners of War", "the Naftogaz press service"
        return "the " + name
    if first[:1].islower() and not first.endswith("s"):
        return "the " + name  # "Source: joint statement": according to the joint statement
    return name


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_DEICTIC_DAY = re.compile(
    r"(?P<part>(?:late|early)\s+(?:on\s+)?)?"
    r"(?:(?:last|this)\s+(?=night|morning|afternoon|evening)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)"
    r"(?:\s+(?=morning|afternoon|evening|night))?)(?P<pod>morning|afternoon|evening|night)?"
    r"|tonight",
    re.I,
)
_POD_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


# "X said (that) ...", "Rohan Kulkarni, an economist at Meridian, said ...", "The
# government said on Sunday that ...": a source (up to six words, an apposition between
# commas) and the clause it reports
_REPORTED = re.compile(
    # "Earlier on 13 March, the ministry reported that ...": the saying's own date, fronted
    # (or where it said it: "In a preliminary review, the company said ...")
    r"(?:(?P<fronted>(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Oo]n|[Ll]ast|[Tt]his)\s+[\w ]{1,25}?|"
    r"[Ii]n\s+(?:a|an|its|his|her|their)\s+[\w ]{1,40}?),\s+"
    r"(?:the\s+)?)?"
    r"(?P<who>(?:[A-Z]|(?<=the\s)[a-z])[\w.'’-]*(?:\s+[\w.'’-]+){0,5}?"
    # ("An inspection report released by the food agency": the document and its maker)
    r"(?:\s+(?:released|published|issued|compiled|commissioned)\s+by(?:\s+[\w.'’-]+){1,4}?)?)"
    r"(?:,(?P<appos>[^,\"“”]{3,90}),)?"
    # ("The EU has said it will ...": the EU)
    r"(?:\s+(?:has|have|had)(?:\s+(?:also|previously|already|repeatedly))?)?"
    # ("An inspection report released by the agency showed ...": a document's finding)
    r"\s+(?:said|says|warned|predicted|predicts|added|showed|revealed|"
    r"reported|announced|stated|confirmed|"
    # "told Swedish radio on Thursday that": told whom, then when
    r"told\s+[\w'’]+(?:\s+[\w'’]+){0,2}?(?=\s+(?:on|that)\b))"
    # "said (in parliament) on Tuesday that": the saying's own date
    r"(?P<when>\s+(?:(?:in|at|to|before)\s+[\w'’ ]{1,30}?\s+)?(?:on|last|this)\s+[\w ]{1,25}?"
    # ("said on Monday it had sent ...": the claim's subject straight after the day)
    r"(?=\s+(?:that|it|they|he|she)\b))?"
    # the claim: after "that", or a clause straight after the verb (not "said in parliament")
    r"\s+(?:that\s+(?=\w)|(?!(?:in|on|at|during|after|before|to|with|for|from|by|as|late|early|"
    r"last|this|yesterday|today|tonight|earlier|later|again|also|however)\b)(?=[a-z]))"
)


# Cues that take a thing as readily as a claim ("announced a ceasefire", "reported a
# loss", "confirmed the deal"): a claim only after "that"
_NOUN_OBJECT_CUE = re.compile(r"\b(?:announced|reported|confirmed|stated|predicted|predicts)\b")


# A named subject's act, then its saying: "Giorgia Meloni called the sinking "a tragedy"
# and said ..."
_NAMED_AND_SAID = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s+[a-z]+(?:ed|d)\b[^;]*?"
    r"\s+and\s+(?:said|says|warned|added)\s+(?:that\s+)?(?=[A-Za-z])"
)
_REPORTED_AFTER_AND = re.compile(
    r"[,;]\s+and\s+(?P<who>(?:the|their|its|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:said|says|warned|added)\s+(?:that\s+)?"
    r"(?=[a-z])"
)


# "X, the far-right candidate who won the first round on 24 November with 23% of the
# vote, called ...": the subject, and a relative clause about it set off by commas
_RELATIVE_ABOUT_SUBJECT = re.compile(
    r"(?P<subj>[A-Z][^,;:\"“”]{1,60}?),(?:\s+[^,;:\"“”]{1,60}?)?\s+(?:who|which)\s+"
    r"(?P<clause>[^,;:\"“”]{4,200}?)\s*,"
)


_FINITE_BE_HAVE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")


def relative_clause_claim(
    sentence: str,
    date_span: tuple[int, int] | None,
    load_nlp: Callable[[], Any] | None = None,
) -> tuple[str, tuple[int, int]] | None:
    """(sentence, date span) of the relative clause that holds the date, told of the
    sentence's subject ("Georgescu won the first round on 24 November ..."), when the
    date dates that clause and not the sentence; else None. ``load_nlp`` (the spaCy
    pipeline) checks that what opens the sentence is a subject alone, with no verb."""
    if date_span is None:
        return None
    lead = len(sentence) - len(sentence.lstrip())
    m = _RELATIVE_ABOUT_SUBJECT.match(sentence, lead)
    if m is None or not (m.start("clause") <= date_span[0] and date_span[1] <= m.end("clause")):
        return None
    subject = m.group("subj").strip()
    if _FINITE_BE_HAVE.search(subject):
        return None  # "Among those freed was X, a businessman who ...": no subject alone
    if load_nlp is not None and any(
        t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for t in _tagged(load_nlp(), sentence)
        if t.idx < m.end("subj")
    ):
        # ("China sent a team of 82 rescuers, which arrived in Yangon on Saturday": a
        # clause, not a subject, opens the sentence; the relative clause is the object's)
        return None
    shift = len(subject) + 1 - m.start("clause")
    return (
        f"{subject} {m.group('clause').strip()}.",
        (date_span[0] + shift, date_span[1] + shift),
    )


# ", which it raided on Nov. 15", ", whom the board fired on Monday": a relative clause
# set off by a comma whose relative word may be its verb's object
_OBJECT_RELATIVE = re.compile(r",\s+(?P<rel>which|whom|who)\s+(?=\S)", re.I)
# "the evacuation of the hospital": a noun of an act, whose "of" phrase a relative clause
# after it is about
_ACT_NOUN = re.compile(r"(?:tion|sion|ing|ure)$")
# Verbs whose object may be an act ("the sale of the plant, which it announced ..."):
# the act, not the "of" phrase, may then be what the clause is about
_ACT_VERBS = frozenset(
    """announce order approve postpone delay cancel suspend halt plan schedule begin start
    complete finish launch propose agree condemn criticise criticize reject back support
    oppose authorise authorize confirm deny end resume""".split()  # noqa: SIM905 - a word table
)
_PLURAL_TAGS = ("NNS", "NNPS")
# Pronoun subjects a relative clause may have that the sentence's subject can name.
_SUBJECTS = ("it", "they", "he", "she")


def object_relative_clause(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a relative clause whose relative
    word is its verb's object ("Israel said it had ordered the evacuation of the Al Shifa
    hospital, which it raided on Nov. 15"): the clause told as a sentence of its own, its
    antecedent in the object's place and its subject named ("Israel raided the Al Shifa
    hospital on Nov. 15."). None unless both are clear: the antecedent is the phrase just
    before the comma (through "of" only after a noun of an act), and a pronoun subject
    agrees with the sentence's own subject and nothing else in between. ``load_nlp``
    gives the spaCy pipeline, asked for only when the sentence has such a clause."""
    if date_span is None or holds_speech(sentence):
        return None
    found = list(_OBJECT_RELATIVE.finditer(sentence, 0, date_span[0]))
    if not found:
        return None
    doc = _tagged(load_nlp(), sentence)
    rel = next((t for t in doc if t.idx == found[-1].start("rel")), None)
    if rel is None or rel.dep_ != "dobj" or rel.head.dep_ != "relcl":
        return None
    verb = rel.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < rel.i or subject.i > verb.i:
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children if c.i != rel.i):
        return None
    clause_end = _relative_clause_end(sentence, verb, date_span)
    if not (verb.idx < date_span[0] and date_span[1] <= clause_end):
        return None
    antecedent = _relative_antecedent(doc, verb, rel)
    if antecedent is None:
        return None
    named = _relative_subject(doc, subject, rel)
    if named is None:
        return None
    # the object goes straight after the verb and its particle ("shut down the plant")
    insert = verb
    while insert.i + 1 < len(doc) and doc[insert.i + 1].dep_ == "prt":
        insert = doc[insert.i + 1]
    insert_at = insert.idx + len(insert.text)
    subject_end = subject.idx + len(subject.text)
    head = named + sentence[subject_end:insert_at] + " " + antecedent
    clause = head + sentence[insert_at:clause_end]
    shift = len(head) - insert_at
    return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), 0)


def whose_clause(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a "whose" relative clause ("a
    lawsuit was filed on Friday on behalf of a Hamilton man whose mother died in
    August"): the clause told of its antecedent as the owner ("A Hamilton man's mother
    died in August."); else None."""
    if date_span is None or not re.search(r"\bwhose\b", sentence, re.I):
        return None
    doc = _tagged(load_nlp(), sentence)
    for whose in doc:
        verb = whose.head.head
        if whose.lower_ != "whose" or whose.dep_ != "poss" or verb.dep_ != "relcl":
            continue
        end = _relative_clause_end(sentence, verb, date_span)
        if not (whose.idx < date_span[0] and date_span[1] <= end):
            continue
        antecedent = verb.head
        noun = sentence[antecedent.left_edge.idx : antecedent.idx + len(antecedent.text)]
        owner = noun + ("'" if antecedent.tag_ == "NNS" and noun.endswith("s") else "'s")
        cut = whose.idx + len(whose.text)
        shift = len(owner) - cut
        return _standalone(
            owner + sentence[cut:end], (date_span[0] + shift, date_span[1] + shift), 0
        )
    return None


def _relative_clause_end(sentence: str, verb: Any, date_span: tuple[int, int]) -> int:
    """Where the relative clause of ``verb`` ends: its last word, or the first comma after
    the date ("..., which it raided on Nov. 15, after ...": its comma ends it)."""
    end = verb.right_edge.idx + len(verb.right_edge.text)
    comma = sentence.find(",", date_span[1], end)
    return comma if comma >= 0 else end


# Nouns of a part of a happening's time, not the happening ("the end of a meeting")
_PART_OF_TIME = frozenset(["end", "start", "beginning", "middle", "close", "outset", "eve"])

# "the earthquake that struck ... on Friday", "a tanker, which was hit on Tuesday": a
# relative clause whose relative word may be its verb's subject
_SUBJECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?=\S)", re.I)


def subject_relative_clause(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a relative clause whose relative
    word is its verb's subject ("The death toll from the earthquake that struck central
    Myanmar on Friday has risen to 2,719"): the clause told of its antecedent ("The
    earthquake struck central Myanmar on Friday."), not the whole sentence under the
    clause's day. None unless the relative word follows its antecedent noun directly
    (or after a comma) and the date lies inside the clause."""
    if date_span is None or _speech_around(sentence, date_span):
        return None
    if not _SUBJECT_RELATIVE.search(sentence, 0, date_span[0]):
        return None
    doc = _tagged(load_nlp(), sentence)
    for rel in doc:
        verb = rel.head
        if (
            rel.lower_ not in ("that", "which", "who")
            or rel.dep_ not in ("nsubj", "nsubjpass")
            or verb.dep_ != "relcl"
            or rel.idx >= date_span[0]
        ):
            continue
        noun = verb.head
        # the antecedent's last word before the clause ("the Africa Centres for Disease
        # Control and Prevention, which declared ...": "Prevention", the phrase's end)
        last = max((t.i for t in noun.subtree if t.i < rel.i and t.text != ","), default=noun.i)
        if noun.pos_ not in ("NOUN", "PROPN") or not (
            rel.i == last + 1 or (rel.i == last + 2 and doc[last + 1].text == ",")
        ):
            continue
        clause_end = _relative_clause_end(sentence, verb, date_span)
        if _DATE_AFTER_CLAUSE.fullmatch(sentence, clause_end, date_span[0]) and _dates_word(
            date_span, noun
        ):
            # "a goal that was reached early, in 2021": the parser may hang the date
            # after the clause on its noun; nothing else is there for it to date
            clause_end = date_span[1]
        if not (rel.idx < date_span[0] and date_span[1] <= clause_end):
            continue
        first, top = noun.left_edge, noun
        plural = _relative_plural(verb)
        if (
            rel.lower_ == "which"
            and doc[last + 1].text == ","
            and noun.dep_ == "pobj"
            and noun.ent_type_ in ("GPE", "LOC")
            and noun.head.lower_ != "of"
            and noun.head.head.pos_ == "NOUN"
            and (rel.dep_ == "nsubjpass" or verb.lemma_.lower() in _THING_STATES)
        ):
            # "the main route to Zimbabwe, which remained closed", "flights to Kyiv, which
            # resumed": the thing set off by the comma, not the place in its phrase (but "a
            # request from Russia, which had asked": a country acts)
            top = noun.head.head
            first = top.left_edge
        elif (
            noun.dep_ == "pobj"
            and noun.head.head.pos_ == "NOUN"
            and verb.lemma_.lower() in ASPECT_VERBS
            and _a_happening(noun.head.head)
            and not _a_happening(noun)
        ):
            # "the attack on the power grid, which began on June 3": what begins or ends
            # is the happening, not the thing in its phrase
            top = noun.head.head
            first = top.left_edge
        while (
            top.dep_ == "pobj"
            and top.head.lower_ == "of"
            and top.head.head.pos_ == "NOUN"
            # (not "the end of a meeting that began on Tuesday": the meeting began)
            and top.head.head.lemma_.lower() not in _PART_OF_TIME
            # (nor "pilots of a regional jet that crashed": a thing's own clause, unless
            # its noun is a count of members, "a team of 82 people, which arrived", or
            # the verb agrees only with the noun before "of", "doses of vaccine, which are")
            and (
                rel.lower_ == "who"
                or any(c.dep_ == "nummod" for c in top.children)
                or (
                    plural is not None
                    and _plural_noun(top) != plural
                    and _plural_noun(top.head.head) == plural
                )
            )
        ):
            # "a rescue team of 82 people, which arrived", "the head of the port
            # authority of Odesa, who resigned": the whole phrase
            top = top.head.head
            first = top.left_edge
        antecedent = doc[first.i : last + 1]
        if first.i > noun.i or any(t.text == "," for t in antecedent):
            continue
        words = antecedent.text
        if (name := _apposed_name(doc, top, first)) is not None:
            words = name  # "Siamak Namazi, a businessman who was arrested": Namazi was
        body = doc[rel.i + 1].idx
        clause = words + " " + sentence[body:clause_end]
        shift = len(words) + 1 - body
        return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), 0)
    return None


def _a_happening(noun: Any) -> bool:
    """Whether the noun names something that happens ("attack", "talks", "siege")."""
    word, lemma = noun.lower_, noun.lemma_.lower()
    return any(w in lexicon for w in (word, lemma) for lexicon in (NOUNS, HAPPENING_NOUNS))


# What a thing rather than a country does or undergoes ("which remained closed")
_THING_STATES = frozenset(
    [
        "remain",
        "stay",
        "reopen",
        "close",
        "shut",
        "resume",
        "open",
        "operate",
        "run",
        "lie",
        "collapse",
        "flood",
    ]
)


def _relative_plural(verb: Any) -> bool | None:
    """Whether a relative clause's verb is plural ("which are due", "who were"), singular
    ("which was hit", "that has"), or None when its form does not say ("which remained")."""
    for t in (*(c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb):
        if t.tag_ == "VBZ" or t.lower_ == "was":
            return False
        if t.tag_ == "VBP" or t.lower_ == "were":
            return True
    return None


def _plural_noun(noun: Any) -> bool:
    return noun.tag_ in _PLURAL_TAGS


def _apposed_name(doc: Any, noun: Any, first: Any) -> str | None:
    """The person's name that ``noun`` (its phrase opening at ``first``) stands in
    apposition to, right before its comma ("Siamak Namazi, a businessman"), else None."""
    name = noun.head
    if (
        noun.dep_ != "appos"
        or name.pos_ != "PROPN"
        or first.i < 2
        or doc[first.i - 1].text != ","
        or doc[first.i - 2].i != name.i
    ):
        return None
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name.i:
        start -= 1  # "Siamak Namazi": the whole name
    return doc[start : name.i + 1].text


def subject_participle_clause(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a past participle's phrase right
    after the sentence's subject noun ("The agreement reached during talks in Istanbul on
    16 May allows ..."): that phrase told of the subject in the passive ("The agreement
    was reached during talks in Istanbul on 16 May."), not the sentence under its day."""
    if date_span is None or holds_speech(sentence):
        return None
    doc = _tagged(load_nlp(), sentence)
    for verb in doc:
        noun = _object_before(verb) or verb.head
        # (set off by a comma, perhaps with an adverb: "The tariffs, first introduced in
        # 2019 and extended in 2024, cover ...")
        between = doc[noun.i + 1 : verb.i]
        if not (
            (verb.dep_ == "acl" or noun.i != verb.head.i)
            and verb.tag_ == "VBN"
            and all(t.text == "," or (t.dep_ == "advmod" and t.head.i == verb.i) for t in between)
            and noun.pos_ == "NOUN"
            and verb.idx < date_span[0]
            and (
                (
                    noun.dep_ in ("nsubj", "nsubjpass")
                    and (
                        noun.head.dep_ == "ROOT"
                        # ("The ceasefire announced on Wednesday will start on Sunday,
                        # officials said": the clause a closing saying reports)
                        or (
                            noun.head.dep_ == "ccomp"
                            and noun.head.head.dep_ == "ROOT"
                            and noun.head.head.i > noun.head.i
                            and noun.head.head.lemma_.lower() in CUE_VERBS
                        )
                    )
                )
                # "replaces a pledge made in 2009 by rich countries": an object's phrase
                # when the date is the participle's own
                or (noun.dep_ in _OBJECT_DEPS and _dates_word(date_span, verb))
                # "needs more than 50% of the votes, under a law passed in 2023": in a
                # sentence told in the present, the date is the participle's alone
                or (
                    noun.dep_ == "pobj"
                    and _dates_word(date_span, verb)
                    and _present_main(noun.sent.root)
                )
            )
        ):
            continue
        clause_end = _relative_clause_end(sentence, verb, date_span)
        if not sentence[clause_end : date_span[0]].strip() and date_span[1] < noun.head.idx:
            # "The truce agreed in Doha last month collapsed": the date right after the
            # phrase, before the main verb, is the phrase's (the parser may hang it on
            # the main verb)
            clause_end = date_span[1]
        first = noun.left_edge
        if date_span[1] > clause_end or first.i > noun.i:
            continue
        clause_end = _with_purpose(sentence, noun, clause_end)
        be = "were" if noun.tag_ in _PLURAL_TAGS else "was"
        words = doc[first.i : noun.i + 1].text + " " + be
        start = next((t.idx for t in between if t.text != ","), verb.idx)  # ("first")
        clause = words + " " + sentence[start:clause_end]
        shift = len(words) + 1 - start
        return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), 0)
    return None


def _object_before(verb: Any) -> Any:
    """The object a past participle set off by a comma right after it describes, when the
    parser hung the participle on the clause ("had investigated the DPP's complaint,
    filed on Monday, and found": the complaint); None otherwise."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    noun = doc[verb.i - 2]
    if noun.dep_ != "dobj" or noun.head.i != verb.head.i or noun.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    return noun


def _present_main(root: Any) -> bool:
    """Whether a sentence's main verb is in the present simple and says nothing ("A
    candidate needs more than 50%"), so no date of the sentence is its own."""
    return (
        root.tag_ in ("VBZ", "VBP")
        and root.lemma_.lower() not in CUE_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    )


_DATE_AFTER_CLAUSE = re.compile(r",?\s+(?:in|on|during)\s+", re.I)
# (not an object of a preposition: "said in a report released on Thursday" is the saying's)
_OBJECT_DEPS = frozenset(["dobj", "appos", "attr"])


def _with_purpose(sentence: str, noun: Any, end: int) -> int:
    """``end`` moved past the noun's infinitive right after it ("a pledge made in 2009 by
    rich countries to provide $100 billion a year": what was pledged), up to a comma."""
    for child in noun.children:
        if (
            child.dep_ in ("acl", "relcl")
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and not sentence[end : child.left_edge.idx].strip()
        ):
            last = child.right_edge.idx + len(child.right_edge.text)
            comma = sentence.find(",", end, last)
            return comma if comma >= 0 else last
    return end


def _dates_word(date_span: tuple[int, int], word: Any) -> bool:
    """Whether the date at ``date_span`` hangs on ``word`` (lies in its phrase)."""
    return any(date_span[0] <= t.idx < date_span[1] for t in word.subtree)


def subject_aside(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int] | None] | None:
    """(sentence, date span) without the relative clause set off by commas after the
    subject of its main verb ("Arianespace, which has launched Ariane 6 four times
    since July 2024, said ..." -> "Arianespace said ..."), when the line's date is not
    in it ("X, the far-right candidate who won ..., called" keeps "X, the far-right
    candidate, called"). None when there is no such clause, or a quotation opens before
    its end."""
    if not re.search(r",\s+(?:[^\s,]+\s+){0,6}?(?:who|which)\b", sentence):
        return None
    filed = dateline_end(sentence) or 0  # ("PARIS (Reuters) - Arianespace, which ...")
    doc = _tagged(load_nlp(), sentence[filed:])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    holders = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    clause = next(
        (c for h in holders for c in h.children if c.dep_ == "relcl" and c.i > subject.i), None
    )
    if clause is None or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return None
    after = clause.right_edge.i + 1
    if after >= len(doc) or doc[after].text != "," or not after < root.i:
        return None
    if clause.head.i == subject.i:
        start = filed + doc[subject.i + 1].idx  # the clause with its commas
        stop = filed + doc[after].idx + 1
    else:
        start = filed + clause.left_edge.idx  # the apposition stays, with its commas
        stop = filed + doc[after].idx
    if date_span is not None and date_span[0] < stop and date_span[1] > start:
        return None
    if any(q in sentence[:stop] for q in '"“”'):
        return None  # the clause may be someone's words
    head, tail = sentence[:start].rstrip(), sentence[stop:]
    shortened = head + (tail if tail.startswith(",") else " " + tail.lstrip())
    shift = len(shortened) - len(sentence)
    if date_span is not None and date_span[0] >= stop:
        date_span = (date_span[0] + shift, date_span[1] + shift)
    return shortened, date_span


def _relative_antecedent(doc: Any, verb: Any, rel: Any) -> str | None:
    """The words a relative clause's relative word stands for, when clear: the noun
    phrase that ends at the comma before it."""
    noun = verb.head
    if noun.i + 2 != rel.i or doc[noun.i + 1].text != "," or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    person = noun.ent_type_ == "PERSON"
    if rel.lower_ in ("who", "whom") and not person:
        return None
    if rel.lower_ == "which" and person:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        # "the evacuation of the hospital, which ...": the hospital, but "the head of the
        # agency, whom ..." or "the plant in Leeds, which ..." could be either
        owner = noun.head.head
        if (
            noun.head.lower_ != "of"
            or not _ACT_NOUN.search(owner.lower_)
            or verb.lemma_.lower() in _ACT_VERBS
        ):
            return None
    first = noun.left_edge
    if first.i > noun.i or any(t.text == "," for t in doc[first.i : noun.i]):
        return None
    phrase = doc[first.i : noun.i + 1].text
    if phrase.lower() in ("it", "them", "him", "her"):
        return None
    return phrase


def _relative_subject(doc: Any, subject: Any, rel: Any) -> str | None:
    """The relative clause's subject as words: its own noun phrase, or, for a pronoun, the
    sentence's subject when it agrees and no other subject between them does."""
    if subject.tag_ != "PRP":
        first = subject.left_edge
        if first.i <= rel.i:
            return None
        return doc[first.i : subject.i + 1].text
    pronoun = subject.lower_
    main = next(
        (c for c in doc[rel.i].sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if main is None or main.tag_ == "PRP" or main.i > rel.i or pronoun not in _SUBJECTS:
        return None

    def agrees(token: Any) -> bool:
        if pronoun in ("he", "she"):
            return token.ent_type_ == "PERSON"
        if pronoun == "they":
            return token.tag_ in _PLURAL_TAGS
        return token.tag_ in ("NN", "NNP") and token.ent_type_ != "PERSON"

    if not agrees(main):
        return None
    between = doc[main.i + 1 : rel.i]
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ != "PRP" and agrees(t) for t in between):
        return None  # "Israel said the army had surrounded the hospital, which it ...": whose?
    people = {e.text for e in doc.ents if e.label_ == "PERSON" and e.start < rel.i}
    if pronoun in ("he", "she") and len(people) != 1:
        return None  # two people named before: not clear who "he" is
    first = main.left_edge
    return doc[first.i : main.i + 1].text


# Where a sentence joins clauses that could stand alone: ", and", ", but", ", while", ";".
# A clause's verb of what lies ahead ("will stay closed until Wednesday")
_AHEAD_IN_CLAUSE = re.compile(r"\b(?:will|is due to|are due to|is expected to|are expected to)\s")
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
# What may open a clause that has a subject of its own (after a fronted date phrase).
_SUBJECT_START = re.compile(
    r"(?:the|a|an|its|their|his|her|this|that|these|those|some|many|several|most|all|"
    r"another|other|each|every|both|further|more|nearly|about|almost|"
    r"no|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|[A-Z][\w'’.-]*)\b"
)
_SAYING = re.compile(
    r"\b(?:said|says|announced|announces|added|warned|told|stated|predicted|expects|expected)\b"
)
_DATE_OPENING = re.compile(r"(?:on|in|at|by|from|since|during|early|late)?\s*$", re.I)


# A clause of time with a subject of its own: "(the first halt in fighting) since Hamas
# gunmen stormed into Israel on Oct. 7", "(...) after the regulator fined it in May".
_TIME_CLAUSE = re.compile(r"\b(?:since|after|before|when|until)\s+(?=\S)", re.I)


# A subject with no determiner, then its verb in the past: "(after) engineers found",
# "(since) rebels seized" (not "after talks on Monday", "for weeks", "before has killed")
_BARE_SUBJECT = re.compile(
    r"(?!(?:minutes|hours|days|weeks|months|years|decades|this|thus|does|goes|says)\b)"
    r"[a-z]{3,}s\s+(?:had\s+)?"
    r"(?:[a-z]{2,}ed|found|made|took|began|struck|hit|went|came|left|fled|saw|won|lost|"
    r"broke|fell|gave|held|kept|met|ran|sent|set|shot|sold|stood|told|brought|bought|"
    r"caught|fought|said|drove|rose|overran|tore|stole|seized)\b"
)


# A bound set off by a comma right before a date: ", until 3 May 2026"
_OWN_BOUND = re.compile(r"[,;]\s*(?:until|till|through|to|from|since|by)\s+(?:the\s+)?$", re.I)


def time_clause(
    sentence: str, date_span: tuple[int, int] | None, published: str | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a clause of time with its own
    subject ("..., the first halt in fighting since Hamas gunmen stormed into Israel on
    Oct. 7, killing 1,200 people") and the sentence's main clause gives a date of its
    own: the line for the clause's date is that clause, from its subject to the end (a
    quotation may stand in the clause, not before it)."""
    if date_span is None:
        return None
    found = list(_TIME_CLAUSE.finditer(sentence, 0, date_span[0]))
    if not found or any(q in sentence[: found[-1].end()] for q in '"“”'):
        return None
    lead = found[-1].end()
    if _OWN_BOUND.search(sentence, lead, date_span[0]):
        # "suspended from 4 May, when inspectors found ..., until 3 May 2026": the date
        # bounds the main clause's stretch after the clause of time closed
        return None
    words = sentence[lead : date_span[0]].split()
    if SAID_BEFORE_DAY.search(sentence, lead, date_span[0]):
        # "The death toll ... has risen to 14, after five of the injured died in hospital,
        # the health ministry said on Wednesday": the day is the saying's, not the clause's
        return None
    named = None
    if len(words) >= 3 and words[0].lower() in ("it", "they"):
        # "A cholera outbreak ... has killed 23 since it was first detected on January 18":
        # what "it" is, the main clause's subject says
        at = lead + len(sentence[lead:]) - len(sentence[lead:].lstrip())
        if (named := _first_subject(sentence, at, words[0].lower())) is None:
            return None
    elif len(words) < 3 or not (
        _SUBJECT_START.match(sentence, lead) or _BARE_SUBJECT.match(sentence, lead)
    ):
        return None  # "since March 2014", "after talks on Monday": no clause of its own
    if words[0].lower() in ("he", "she", "we", "i", "you"):
        return None
    if _YEAR_OR_CLOSED.match(words[0]):
        return None  # ("the largest on record after 2023, the centre said": a year, no subject)
    if (
        not any(t.end <= found[-1].start() for t in _dates_in(sentence, published))
        and not (
            found[-1].group().lower().startswith("since")
            and _PERFECT_STATE.search(sentence, 0, found[-1].start())
            # (the date inside the clause, not a saying's after it: "... since the fence
            # was finished, the interior ministry said on Friday")
            and "," not in sentence[lead : date_span[0]]
        )
    ):
        # "He was arrested after police found ... in 2019": the sentence's date (but "The
        # country has been in turmoil since the military seized power in February 2021":
        # the stretch has no day; the seizure is February 2021's line)
        return None
    if named is not None:
        at = lead + len(sentence[lead:]) - len(sentence[lead:].lstrip()) + len(words[0])
        shift = at - len(named)
        return _standalone(named + sentence[at:], (date_span[0] - shift, date_span[1] - shift), 0)
    return _standalone(sentence[lead:], date_span, lead)


# A perfect main clause, a stretch up to a time ("has been in turmoil", "have lived")
_PERFECT_STATE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|not\s+)?(?:been|\w+ed|\w+en)\b", re.I
)


# a first word that is a year or closes a phrase with a comma: no subject of a clause
_YEAR_OR_CLOSED = re.compile(r"(?:1[89]\d\d|20\d\d)\b|\S+,$")


def before_clause(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a "before" clause with a subject and
    a verb of its own and the main clause names no date ("The collapse comes weeks before
    the Netherlands hosts a NATO summit on June 24-25"): what comes before that day is not
    on it, so the day's line is the clause ("The Netherlands hosts a NATO summit on June
    24-25."). None otherwise (not "weeks before the summit on June 24-25")."""
    if date_span is None or not re.search(r"\bbefore\b", sentence[: date_span[0]], re.I):
        return None
    doc = _tagged(load_nlp(), sentence)
    for mark in doc:
        if mark.lower_ != "before" or mark.dep_ != "mark" or mark.idx > date_span[0]:
            continue
        verb = mark.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("he", "she", "it", "they", "we", "i", "you"):
            return None
        first = subject.left_edge.idx
        last = verb.right_edge.idx + len(verb.right_edge.text)
        if not (first <= date_span[0] and date_span[1] <= last):
            return None
        if _dates_in(sentence[: mark.idx], published) or any(q in sentence[:first] for q in '"“”'):
            return None  # the main clause is dated by a day of its own
        return _standalone(sentence[first:last], date_span, first)
    return None


def opening_participle(
    sentence: str, date_span: tuple[int, int] | None, load_nlp: Callable[[], Any]
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a past participle's phrase that
    opens the sentence before its subject ("Born in 1937 in Viipuri, Ahtisaari became a
    refugee", "Founded in 1998 by two engineers, the company now employs 5,000"): the
    phrase told of the subject in the passive ("Ahtisaari was born in 1937 in
    Viipuri."), not the main clause under the phrase's date. None otherwise."""
    if date_span is None or holds_speech(sentence):
        return None
    lead = len(sentence) - len(sentence.lstrip())
    if not re.match(r"[A-Z][a-z]+(?:ed|en|rn|wn|t)\b", sentence[lead:]):
        return None
    doc = _tagged(load_nlp(), sentence)
    part = doc[0] if len(doc) else None
    if part is None or part.tag_ != "VBN" or part.dep_ != "advcl":
        return None
    main = part.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    end = part.right_edge.idx + len(part.right_edge.text)
    if (
        subject is None
        or main.pos_ not in ("VERB", "AUX")
        or main.dep_ != "ROOT"
        or not (part.idx <= date_span[0] and date_span[1] <= end)
        or subject.left_edge.i <= part.right_edge.i
        or doc[subject.left_edge.i - 1].text != ","
        # (the subject right before its verb: not "a city then ruled from Moscow, Kask
        # became", a parse that took the apposition for the subject)
        or any(t.text == "," for t in doc[subject.i : main.i])
    ):
        return None
    who = doc[subject.left_edge.i : subject.i + 1]
    if who.text.lower() in ("he", "she", "it", "they", "we", "i", "you") or any(
        t.text == "," for t in who
    ):
        return None
    be = "were" if subject.tag_ in _PLURAL_TAGS else "was"
    words = f"{who.text} {be} {part.lower_}"
    clause = words + sentence[part.idx + len(part.text) : end]
    shift = len(words) - (part.idx + len(part.text))
    return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), 0)


def after_clause(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in an "after" clause with a subject and
    a verb of its own ("The takeover closed after regulators approved it on Friday"):
    the day is the clause's, and what came after it is not known to be on it, so the
    day's line is the clause ("Regulators approved it on Friday."). None otherwise:
    "after talks on Monday" (no clause), a subject that is a pronoun or opens with one
    ("after their leader withdrew"), and, when the main clause names no day of its own,
    a clause dated the day of publication, when what followed it can only have been
    that day too."""
    if date_span is None or not re.search(r"\bafter\b", sentence[: date_span[0]], re.I):
        return None
    doc = _tagged(load_nlp(), sentence)
    mark = next(
        (t for t in doc if t.lower_ == "after" and t.dep_ == "mark" and t.idx < date_span[0]),
        None,
    )
    if mark is None or mark.head.dep_ != "advcl":
        return None
    verb = mark.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.tag_ in ("PRP", "PRP$", "WP", "WDT"):
        return None
    if subject.tag_ in ("DT", "CC") and subject.n_lefts + subject.n_rights == 0:
        return None  # ("after neither won a majority": which of them, the line could not say)
    first = subject.left_edge.idx
    last = verb.right_edge.idx + len(verb.right_edge.text)
    if not (first <= date_span[0] and date_span[1] <= last) or holds_speech(sentence):
        return None
    dates = _dates_in(sentence, published)
    # (a main clause dated by a day of its own has that day's line: "entered its third
    # week on Wednesday after talks broke down on Monday" gives Monday the clause)
    main_dated = any(not (first <= t.start < last) for t in dates)
    own = next((t for t in dates if t.start <= date_span[0] < t.end), None)
    if own is None or (not main_dated and published and (own.begin or "")[:10] == published[:10]):
        return None
    clause = sentence[first:last]
    for token in reversed(list(doc[subject.right_edge.i + 1 : verb.right_edge.i + 1])):
        if token.lower_ not in ("their", "its") or token.tag_ != "PRP$":
            continue
        if (subject.tag_ in ("NNS", "NNPS")) == (token.lower_ == "their"):
            continue  # ("after the union group said its members had won": the group's own)
        # "walked out after the speaker refused to hear their motion": the main subject's
        owner = _owner_outside(subject, verb.head, token.lower_ == "their")
        if owner is None:
            return None
        at = token.idx - first
        clause = clause[:at] + owner + clause[at + len(token.text) :]
        if token.idx < date_span[0]:
            shift = len(owner) - len(token.text)
            date_span = (date_span[0] + shift, date_span[1] + shift)
    return _standalone(clause, date_span, first)


def _owner_outside(subject: Any, main: Any, plural: bool) -> str | None:
    """The possessive of the main clause's subject ("opposition lawmakers'"), for a
    "their" (``plural``) or "its" in a clause whose own subject cannot own it (of the
    other number); None when it is not clear."""
    if (subject.tag_ in ("NNS", "NNPS")) == plural:
        return None
    owner = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ == "PERSON":
        return None
    if (owner.tag_ in ("NNS", "NNPS")) != plural:
        return None
    words = [t for t in owner.subtree if t.i <= owner.i]
    if any(t.dep_ in ("relcl", "acl", "appos", "poss", "punct") for t in owner.subtree):
        return None
    phrase = " ".join(t.text for t in words)
    if words[0].tag_ != "DT":
        phrase = "the " + phrase[:1].lower() + phrase[1:] if words[0].tag_ != "NNP" else phrase
    else:
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase + ("'" if phrase.endswith("s") else "'s")


def participle_sequel(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(sentence, date span in it) told of a participle clause of time that holds the date
    ("before starting to cut them in June 2024"), when the main clause gives a date of its
    own: the subject's act, in the past, with an object pronoun named by the main clause's
    object ("The ECB had raised rates to a record 4% in September 2023 before starting to
    cut them in June 2024" -> "The ECB started to cut rates in June 2024." for June).
    None for any other sentence."""
    if date_span is None or holds_speech(sentence):
        return None
    if not re.search(r"\b(?:before|after)\s+\w+ing\b", sentence, re.I):
        return None
    doc = _tagged(load_nlp(), sentence)
    for tok in doc:
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("before", "after"):
            continue
        main = tok.head.head
        first, last = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        if not (first <= date_span[0] and date_span[1] <= last) or main.pos_ not in ("VERB", "AUX"):
            continue
        if not any(
            t.end <= tok.head.idx and t.start >= main.left_edge.idx
            for t in _dates_in(sentence, published)
        ):
            return None  # ("fell before rising on Monday": the sentence's one day)
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        past = getInflection(tok.lemma_, tag="VBD")
        if subject is None or subject.dep_ != "nsubj" or not past:
            return None
        who = sentence[
            subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge.text)
        ]
        if who.lower() in ("he", "she", "it", "they", "we", "i", "you"):
            return None
        rest = sentence[tok.idx + len(tok.text) : last]
        shift = len(who) + 1 + len(past[0]) - (tok.idx + len(tok.text))
        thing = next((c for c in main.children if c.dep_ == "dobj"), None)
        count = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ == "CD"), None)
        if (
            count is not None
            and thing is not None
            and thing.tag_ == "NNS"
            and any(c.dep_ == "nummod" for c in thing.children)
        ):
            # "cancelled 1,000 flights on Saturday, after scrapping 3,500 on Friday": 3,500
            # flights, the noun the count leaves out
            at = count.idx + len(count.text) - (tok.idx + len(tok.text))
            rest = rest[:at] + " " + thing.text + rest[at:]
            if count.idx < date_span[0]:
                shift += len(thing.text) + 1
        for word in tok.subtree:
            if word.dep_ == "dobj" and word.lower_ in ("them", "it") and thing is not None:
                if (word.lower_ == "them") != (thing.tag_ in ("NNS", "NNPS")):
                    return None
                named = sentence[thing.left_edge.idx : thing.idx + len(thing.text)]
                at = word.idx - (tok.idx + len(tok.text))
                rest = rest[:at] + named + rest[at + len(word.text) :]
                if word.idx < date_span[0]:
                    shift += len(named) - len(word.text)
                break
        clause = f"{who} {past[0]}{rest}"
        span = (date_span[0] + shift, date_span[1] + shift)
        return _standalone(clause, span, 0)
    return None


# Days before publication past which a participle's date is another time's than the news
_RETRO_DAYS = 7


def trailing_participle(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(sentence, date span in it) told of a present participle closing the sentence after
    a comma that holds a date long gone by, when the main clause has none ("She led the
    country through the pandemic, closing its borders in March 2020" -> "She closed the
    country's borders in March 2020."): the main clause tells a longer time. None for a
    date of the last days ("swept across the island, killing 12 people on Tuesday", the
    day's news whole) and any other sentence."""
    if date_span is None or not published or holds_speech(sentence):
        return None
    dates = _dates_in(sentence, published)
    own = next((t for t in dates if t.start <= date_span[0] < t.end), None)
    if own is None or len(dates) != 1 or not own.begin:
        return None
    try:
        gone = date.fromisoformat(published[:10]) - date.fromisoformat(
            (own.end_date or own.begin)[:10]
        )
    except ValueError:
        return None
    if gone.days <= _RETRO_DAYS:
        return None
    doc = _tagged(load_nlp(), sentence)
    part = next(
        (
            t
            for t in doc
            if t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and t.head.dep_ == "ROOT"
            and t.i > 0
            and doc[t.i - 1].text == ","
            and t.idx < date_span[0]
        ),
        None,
    )
    if part is None:
        return None
    main = part.head
    end = part.right_edge.idx + len(part.right_edge.text)
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    past = getInflection(part.lemma_, tag="VBD")
    if subject is None or not past or not date_span[1] <= end or main.pos_ != "VERB":
        return None
    who = sentence[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge.text)]
    rest = sentence[part.idx + len(part.text) : end]
    thing = next((c for c in main.children if c.dep_ == "dobj"), None)
    owner = next((t for t in part.subtree if t.lower_ == "its" and t.tag_ == "PRP$"), None)
    if owner is not None:
        if thing is None or thing.tag_ != "NN" or thing.left_edge.lower_ != "the":
            return None  # ("closing its borders": whose, only the main clause's object says)
        named = sentence[thing.left_edge.idx : thing.idx + len(thing.text)] + "'s"
        at = owner.idx - (part.idx + len(part.text))
        rest = rest[:at] + named + rest[at + len(owner.text) :]
    head = f"{who} {past[0]}"
    shift = len(head) - (part.idx + len(part.text))
    if owner is not None and owner.idx < date_span[0]:
        shift += len(named) - len(owner.text)
    return _standalone(head + rest, (date_span[0] + shift, date_span[1] + shift), 0)


# A closing appositive noun of an act with a reduced relative clause of its own: ", a ruling
# her lawyers appealed the following week", ", a move the opposition condemned on Monday"
_APPOSED_ACT = re.compile(
    r",\s+(?:a|an)\s+(?P<act>ruling|decision|verdict|judgment|sentence|move|step|order|deal"
    r"|offer|measure|bill|law|plan|proposal|result|agreement)\s+"
    r"(?P<who>(?:(?:her|his|their|its|the)\s+)?(?:[a-z]+\s+)?[a-z]+?)\s+"
    r"(?P<verb>[a-z]{3,}ed)\s+(?P<rest>[^,;]*?)[.]?$"
)


def apposed_act(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a reduced relative clause on a
    closing appositive noun of an act ("A court sentenced her on 15 January, a ruling her
    lawyers appealed the following week"): the clause told of its subject, with the act as
    its object ("Her lawyers appealed the ruling the following week."). None otherwise."""
    if date_span is None or holds_speech(sentence):
        return None
    m = _APPOSED_ACT.search(sentence)
    if m is None or not m.start("rest") <= date_span[0] < m.end("rest") or not m["rest"]:
        return None
    if m["who"].split()[-1] in ("was", "were", "had", "has", "is", "are", "be"):
        return None
    head = f"{m['who']} {m['verb']} the {m['act']} "
    return _standalone(head + m["rest"], date_span, m.start("rest") - len(head))


# The date of a stretch's bound, and a "when" clause after it: "(runs) from 2 July 2024, when
# the agency suspended him", "(has been shut) since 3 May, when a fire gutted the terminal"
_BOUND_BEFORE = re.compile(r"\b(?:from|since|until|till)\s+(?:the\s+)?$", re.I)
_WHEN_AFTER = re.compile(r"\s*,\s+when\s+(?=\S)", re.I)


def _in_noun_participle(sentence: str, date_span: tuple[int, int]) -> bool:
    """Whether the date hangs on a participle, not on a finite verb ("the previous record
    set in May 2014", "beating the record in May 2014"): not the sentence's day."""
    doc = _tagged(loaded_pipeline(), sentence)
    span = doc.char_span(*date_span, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            # (or the participle's phrase it is in: "beating the record set in May 2014",
            # which the parser may read as a compound noun)
            return tok.dep_ in ("acl", "advcl") and tok.tag_ in ("VBN", "VBG")
    return False


def when_clause(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None] | None:
    """(clause, None) when the date bounds a stretch the sentence tells of and heads a
    "when" clause with a subject of its own ("The ban runs from 2 July 2024, when the
    agency provisionally suspended him, until 1 July 2028"): what happened that day is
    the clause ("The agency provisionally suspended him."), not the stretch. The clause
    holds no date, so no span is left to drop. None for any other date."""
    if date_span is None or holds_speech(sentence):
        return None
    m = _WHEN_AFTER.match(sentence, date_span[1])
    if m is None:
        return None
    if not _BOUND_BEFORE.search(sentence, 0, date_span[0]) and not _in_noun_participle(
        sentence, date_span
    ):
        # ("prices peaked on 3 May, when traders panicked": both that day; but "beating
        # the record set in May 2014, when floods killed 80 people": the record's day)
        return None
    lead = m.end()
    first = sentence[lead:].split(None, 1)[0].lower()
    if not (
        _SUBJECT_START.match(sentence, lead)
        or _BARE_SUBJECT.match(sentence, lead)
        # ("when mass protests against corruption ended ...": a bare noun phrase)
        or (first.isalpha() and not first.endswith(("ed", "ing")))
    ):
        return None
    if first in ("he", "she", "it", "they", "we", "i", "you"):
        return None  # ("when he resigned": who, the line could not say)
    end = _clause_end(sentence, lead)
    if len(sentence[lead:end].split()) < 3:
        return None
    return _standalone(sentence[lead:end], (0, 0), 0)[0], None


# a relative clause right after the date of a noun (NOUN_IN_BEFORE): "(compared it to) a
# similar earthquake in [2011], which killed 15,000 people"
_RELATIVE_AFTER_DATE = re.compile(
    r",?\s+(?:which|that)\s+(?P<rest>(?:(?:had|has|have)\s+)?[a-z]+(?:ed|en|wn|t)\s[^;:]*?)"
    r"(?:,\s.*)?[.!?]?$"
)


def dated_antecedent_clause(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) told of a noun dated right before a relative clause
    on it ("Scientists compared it to a similar earthquake in 2011, which killed 15,000
    people" -> "A similar earthquake in 2011 killed 15,000 people."); else None."""
    if date_span is None or holds_speech(sentence):
        return None
    noun = NOUN_IN_BEFORE.search(sentence, max(0, date_span[0] - 80), date_span[0])
    rel = _RELATIVE_AFTER_DATE.match(sentence, date_span[1])
    if noun is None or rel is None:
        return None
    # the noun must be what the date dates: a happening ("a similar earthquake in 2011"),
    # or a noun the parse hangs the date on; not the object of a dated deed ("The river
    # broke its banks on Tuesday, which left three villages under water": the breaking's)
    doc = _tagged(loaded_pipeline(), sentence)
    word = next((t for t in doc if t.idx >= noun.end("np") - 1), None)
    while word is not None and word.i > 0 and word.idx >= noun.end("np"):
        word = doc[word.i - 1]
    prep = next((t for t in doc if t.idx >= noun.end("np") and t.lower_ in ("in", "on")), None)
    if word is None or not (
        _a_happening(word) or is_event_noun(word) or (prep is not None and prep.head.i == word.i)
    ):
        return None
    head = sentence[noun.start("np") : date_span[1]]
    clause = f"{head} {rel.group('rest').strip()}"
    return _standalone(
        clause, (date_span[0] - noun.start("np"), date_span[1] - noun.start("np")), 0
    )


# an owner's decision (or refusal, attempt, ...) to do a thing, up to the date dating it:
# "Argentina's decision to withdraw from the talks on (Nov. 13)"
_OWNERS_INTENT = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[\w.-]+)['’]s?\s+"
    rf"(?P<noun>{'|'.join(INTENT_NOUN_PAST)})\s+(?P<rest>(?:not\s+)?to\s+[^,;:]*?)\s*$"
)


def intent_clause(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) told of an owner's decision that a date inside its own
    phrase dates ("Argentina's decision to withdraw from the talks on Nov. 13 surprised
    diplomats" -> "Argentina decided to withdraw from the talks on Nov. 13."); else None."""
    if date_span is None or holds_speech(sentence):
        return None
    found = _OWNERS_INTENT.search(sentence, 0, date_span[0])
    if found is None or found.group("rest").split()[-1].lower() not in ("on", "in"):
        return None
    doc = _tagged(loaded_pipeline(), sentence)
    noun = next((t for t in doc if t.idx == found.start("noun")), None)
    date = next((t for t in doc if t.idx >= date_span[0]), None)
    if noun is not None and date is not None and noun.i not in {a.i for a in date.ancestors}:
        # "The government's failure to pay wages in March led to strikes on Monday": Monday
        # is the strikes', not the failure's (its phrase ends before "led")
        return None
    verb = INTENT_NOUN_PAST[found.group("noun").lower()]
    head = f"{found.group('owner')} {verb} {found.group('rest')} "
    clause = head + sentence[slice(*date_span)]
    lead = found.start()
    start = lead + len(head)
    return _standalone(sentence[:lead] + clause, (start, start + date_span[1] - date_span[0]), 0)


def where_clause(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the date sits in a "where" clause with a subject of
    its own ("The recall follows a similar one in the United States, where the Food and
    Drug Administration announced on Aug. 15 that ..."): that day's line is the clause
    ("The Food and Drug Administration announced on Aug. 15 that ..."). None for a
    clause opened by a pronoun (who, the line could not say) or any other date."""
    if date_span is None:
        return None
    opened = list(_WHERE.finditer(sentence, 0, date_span[0]))
    if not opened:
        return None
    lead = opened[-1].end()
    first = sentence[lead:].split(None, 1)[0].lower()
    if first in ("he", "she", "it", "they", "we", "i", "you") or not (
        _SUBJECT_START.match(sentence, lead)
        or _BARE_SUBJECT.match(sentence, lead)
        # ("where floods shut two smelters": a bare noun phrase)
        or (first.isalpha() and not first.endswith(("ed", "ing")))
    ):
        return None
    end = _clause_end(sentence, lead)
    if date_span[1] > end or holds_speech(sentence[:lead]):
        return None
    return _standalone(sentence[lead:end], date_span, lead)


_WHERE = re.compile(r",\s+where\s+")


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause starting at ``start`` ends: its first comma, semicolon or full
    stop outside brackets, or the sentence's end."""
    depth = 0
    for i in range(start, len(sentence)):
        c = sentence[i]
        depth += (c == "(") - (c == ")")
        if depth == 0 and (c in ",;" or (c == "." and i == len(sentence.rstrip()) - 1)):
            return i
    return len(sentence)


def own_clause(
    sentence: str, date_span: tuple[int, int] | None, published: str | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it) when the sentence joins clauses that each give a date of
    their own ("Officials reported 212 cases on 19 January, and on 3 February the
    government declared an emergency"): the line for one date is its clause alone.
    None when the date's clause cannot stand alone (no subject of its own), when no
    other clause is dated, or when no date is given."""
    if date_span is None or holds_speech(sentence):
        return None
    cuts = list(_CLAUSE_JOIN.finditer(sentence))
    if not cuts:
        return None
    bounds = [0, *(m.start() for m in cuts), len(sentence)]
    starts = [0, *(m.end() for m in cuts)]
    k = next(
        (
            i
            for i in range(len(starts))
            if starts[i] <= date_span[0] and date_span[1] <= bounds[i + 1]
        ),
        None,
    )
    if k is None:
        return None
    others = [
        t
        for t in _dates_in(sentence, published)
        if not (starts[k] <= t.start < bounds[k + 1])
        # "..., and said it would shed 1,200 jobs by the end of 2026": the saying is
        # the line's day too; the claim's own day is the claim's line
        # (not "..., but the regulator said on Monday that ...": the saying's own day)
        and not any(
            starts[i] <= t.start < bounds[i + 1]
            and _SAYING.search(sentence, starts[i], t.start)
            and not _said_on(sentence, starts[i], t.start)
            for i in range(len(starts))
        )
    ]
    # ("Google appealed the decision, but the General Court upheld it in November 2021":
    # what "but" sets against the dated clause is not known to be of its day)
    contrast = k > 0 and cuts[k - 1].group().strip(" ,") == "but"
    # ("The number of postponed operations has risen to 780, the trust said, and clinics
    # will stay closed until at least Wednesday": what lies ahead to its day is no part
    # of what was done by the saying)
    ahead = (
        k > 0
        and _AHEAD_IN_CLAUSE.search(sentence, starts[k], date_span[0]) is not None
        and _AHEAD_IN_CLAUSE.search(sentence, 0, bounds[k]) is None
    )
    if not others and not contrast and not ahead:
        return None
    start, end = starts[k], bounds[k + 1]
    clause = sentence[start:end].strip()
    lead = sentence[start:end].index(clause[:1]) + start if clause else start
    if k > 0:
        # its subject: after a fronted date phrase ("on 3 February the government ...")
        rest = sentence[lead:end]
        if lead <= date_span[0] and _DATE_OPENING.fullmatch(sentence, lead, date_span[0]):
            rest = sentence[date_span[1] : end].lstrip(" ,")
        first = rest.split(None, 1)[0] if rest.strip() else ""
        if first.lower() in ("it", "they"):
            # "..., and in December it seized Wad Madani": the subject of the first clause
            at = end - len(rest)
            named = _first_subject(sentence, at, first.lower())
            if named is None:
                return None
            clause = sentence[lead:at] + named + sentence[at + len(first) : end]
            clause = clause.strip()
            shift = len(named) - len(first) if date_span[0] > at else 0
            return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), lead)
        if first.lower() in ("he", "she", "we") or not (
            _SUBJECT_START.match(rest) or _opens_with_subject(rest)
        ):
            return None
        if not others and first.lower() in ("its", "their", "his", "her", "this", "that"):
            return None  # ("..., but its shares fell on Tuesday": whose, the clause left out says)
    return _standalone(clause, date_span, lead)


def _opens_with_subject(clause: str) -> bool:
    """Whether the clause opens with its verb's subject, a noun phrase with no article
    ("outpatient clinics at the hospital will stay closed")."""
    doc = _tagged(loaded_pipeline(), clause)
    root = next(iter(doc.sents)).root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == 0 and c.pos_ in ("NOUN", "PROPN")
        for c in root.children
    )


def _first_subject(sentence: str, at: int, pronoun: str) -> str | None:
    """The subject of the sentence's main verb, as a phrase with "the" in lower case,
    when ``pronoun`` ("it"/"they") at ``at``, the subject of a clause joined to it, can
    only be that: no person for "it", a plural for "they", and no other noun of its number
    before the pronoun that the main clause has as its object ("The RSF controlled most of
    Darfur, and in December it seized ...": the RSF)."""
    doc = _tagged(loaded_pipeline(), sentence)
    pron = next((t for t in doc if t.idx == at), None)
    if pron is None or pron.dep_ not in _SUBJECT_DEPS or pron.head.dep_ not in ("conj", "advcl"):
        return None
    verb = pron.head.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # ("has infected 912 people and killed 23 since it was ...")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        # (the main verb, or a claim's: "... has killed 23 since it was first detected on
        # January 18, the health ministry said")
        not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"))
        or subject is None
        or subject.pos_ not in ("NOUN", "PROPN")
    ):
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if plural != (pronoun == "they") or subject.ent_type_ == "PERSON":
        return None
    if pronoun == "it" and subject.lower_ in PERSON_NOUNS:
        return None
    words = list(subject.subtree)
    if any(t.dep_ in ("relcl", "acl", "appos", "punct") for t in words):
        return None
    # (another noun of its number the first clause names: "it" could be that)
    rivals = [
        t
        for t in doc[subject.right_edge.i + 1 : pron.i]
        if t.pos_ in ("NOUN", "PROPN")
        and t.dep_ in ("dobj", "pobj", "attr")
        and (t.tag_ in ("NNS", "NNPS")) == plural
        and t.ent_type_ not in ("DATE", "TIME")
        and not (t.dep_ == "pobj" and t.head.head.pos_ in ("ADJ", "NUM"))  # ("most of ...")
    ]
    if rivals:
        return None
    phrase = doc[words[0].i : words[-1].i + 1].text
    return re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), phrase)


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_GROUP_DEPS = ("aux", "auxpass", "neg")


def coordinated_predicate(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(sentence, date span in it) told of the one predicate that holds the date, when the
    sentence joins two predicates of one subject with "and"/"but", the other dated by a
    day of its own ("Ekberg was arrested on 11 April 2024 and was sentenced in November
    2024 to ten years" -> "Ekberg was sentenced in November 2024 to ten years." for
    November, "Ekberg was arrested on 11 April 2024." for April). What follows the second
    predicate (", his lawyer said.") goes with either. None for any other sentence."""
    if date_span is None or holds_speech(sentence):
        return None
    if not re.search(r"\b(?:and|but|then)\b", sentence):
        return None
    doc = _tagged(load_nlp(), sentence)
    for second in doc:
        verb = _coordinated_with(second)
        if verb is None:
            continue
        left = second.left_edge
        # "announced tariffs on 2 April, then paused them a week later": "then" joins too,
        # and the line of the second predicate, told alone, leaves it out
        then = left.lower_ == "then" and left.dep_ == "advmod" and left.i < second.i
        joint = doc[left.i - 1] if left.i > verb.i + 1 else None
        if joint is None or not (
            joint.lower_ in ("and", "but") or (then and joint.text in (",", ";"))
        ):
            continue
        first_end = joint.idx
        if joint.i > 0 and doc[joint.i - 1].text == ",":
            first_end = doc[joint.i - 1].idx
        second_start = doc[left.i + 1].idx if then else left.idx
        second_end = second.right_edge.idx + len(second.right_edge.text)
        group = [t for t in verb.children if t.dep_ in _GROUP_DEPS and t.i < verb.i]
        verb_start = min(t.idx for t in [verb, *group])
        if not (verb_start <= date_span[0] and date_span[1] <= second_end):
            continue
        in_second = date_span[0] >= second_start
        other = (verb_start, first_end) if in_second else (second_start, second_end)
        own = sentence[slice(*date_span)]
        other_verb = verb if in_second else second
        if not in_second and _warning_after(joint, second):
            # "The central bank held rates on Thursday but warned that inflation could
            # rise again": the line is the holding; the warning is what it said about it
            return _standalone(sentence[:first_end].rstrip() + sentence[second_end:], date_span, 0)
        if not _second_alone(sentence, verb, second, second_start, in_second) and not any(
            other[0] <= t.start < other[1]
            and t.text != own
            and _dates_verb(doc, t.start, t.end, other_verb)
            # ("stayed shut until Friday": a bound, no day of its own; but "has struggled
            # since 2023" is a stretch up to now, apart from a day gone by)
            and (
                not _BOUND_BEFORE_DATE.search(sentence, 0, t.start)
                or (_SINCE_BEFORE_DATE.search(sentence, 0, t.start) and present_perfect(other_verb))
            )
            for t in _dates_in(sentence, published)
        ):
            # one day for both, or the other's date is inside what it says ("and said it
            # would cut them in 2027": said that day too): the sentence tells it whole
            return None
        tail = sentence[second_end:]
        if not in_second:
            return _standalone(sentence[:first_end].rstrip() + tail, date_span, 0)
        borrowed = ""
        if not any(c.dep_ in _GROUP_DEPS for c in second.children):
            # "was detained on 3 March and released on 9 April": "was released"
            borrowed = " ".join(t.text for t in group if t.dep_ != "neg") + " "
        # (not the first verb's own adverb: "first received a complaint in May and opened
        # an investigation in August" gives "the company opened ...", not "first opened")
        own_adverbs = [
            t for t in verb.children if t.dep_ == "advmod" and t.i < verb.i and t.text.isalpha()
        ]
        head_end = min([verb_start, *(t.idx for t in own_adverbs)])
        head = sentence[:head_end] + borrowed.lstrip()
        clause = head + sentence[second_start:second_end] + tail
        shift = len(head) - second_start
        return _standalone(clause, (date_span[0] + shift, date_span[1] + shift), 0)
    return None


# Verbs of a forecast or caution a subject goes on with after what it did ("but warned
# that ...", "and cautioned that ..."); after "but", any saying ("but said it would ...")
_WARNINGS = frozenset({"warn", "caution", "signal", "flag"})
_SAYINGS_AFTER_BUT = _WARNINGS | frozenset(
    {"say", "add", "note", "insist", "admit", "acknowledge", "concede", "predict", "forecast"}
)


def _warning_after(joint: Any, second: Any) -> bool:
    """Whether ``second``, joined by ``joint``, is the subject's caution or saying about
    what it did: a verb of warning (after "and" or "but"), or of saying after "but", with
    what it warns of or says after it ("warned that ...", "warned of ...")."""
    lemma = second.lemma_.lower()
    if not (lemma in _WARNINGS or (joint.lower_ == "but" and lemma in _SAYINGS_AFTER_BUT)):
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("of", "about"))
        for c in second.children
    )


def _second_alone(
    sentence: str, verb: Any, second: Any, second_start: int, in_second: bool
) -> bool:
    """Whether the date of the second predicate is its own alone: the first is a bare
    verb with nothing after it, no object and no date ("The first officer survived and
    was discharged from hospital on Nov. 3": the discharge that day, the surviving not)."""
    return (
        in_second
        and verb.pos_ == "VERB"
        and verb.dep_ == "ROOT"  # (not inside what was said)
        and not any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children)
        and second.i > verb.i + 1
        and not re.search(r"\d", sentence[verb.idx : second_start])
    )


# (not "by": "grew to 12,000 hectares by Thursday night" has a line of its own, "By the
# night of 20 August, ...", so the other predicate's day is told alone)
_BOUND_BEFORE_DATE = re.compile(
    r"\b(?:until|till|before|after|since|from)\s+(?:the\s+[a-z]+\s+of\s+)?$", re.I
)


_SINCE_BEFORE_DATE = re.compile(r"\bsince\s+$", re.I)


def _dates_verb(doc: Any, start: int, end: int, verb: Any) -> bool:
    """Whether the date at ``start``-``end`` hangs on ``verb`` itself, not on a clause
    below it ("charged him in June", not "said it would cut rates in 2027")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.i == verb.i:
            return True
        if tok.head.i == tok.i or tok.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj"):
            return False
        tok = tok.head
    return False


def _coordinated_with(second: Any) -> Any:
    """The verb with a subject that ``second``, a verb joined by "and" and with no subject
    of its own, shares its subject with (through a participle the parser hung it on:
    "arrested ... while travelling ... and was sentenced"); else None."""
    if second.dep_ != "conj" or second.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in second.children):
        return None
    verb = second.head
    finite = second.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in second.children
    )
    if finite and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp", "acl"):
        verb = verb.head  # a finite verb is no participle's partner
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in ("which", "who", "that") or subject.i > verb.i:
        return None
    return verb


_RELATIVE_WORD = re.compile(r"\b(?:which|who|that)\b", re.I)


def after_its_object(
    sentence: str, day: str, published: str | None, load_nlp: Callable[[], Any]
) -> bool:
    """Whether ``day``, guessed for the sentence (it names no day of its own clause),
    falls after the day a relative clause on its main verb's object tells what the object
    did next: "China sent a rescue team, which arrived in Yangon on Saturday" was not sent
    on the Sunday it was published. Such a line cannot be right."""
    if not _RELATIVE_WORD.search(sentence):
        return False
    earlier = [
        t
        for t in _dates_in(sentence, published)
        if t.begin and len(t.begin) >= 10 and t.begin[:10] < day[:10]
    ]
    if not earlier:
        return False
    doc = _tagged(load_nlp(), sentence)
    verbs = [t for t in doc if t.dep_ == "ROOT" and t.tag_ == "VBD"]
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.tag_ == "VBD"]
    for clause in (c for v in verbs for c in object_relatives(v)):
        first = clause.left_edge.idx
        last = clause.right_edge.idx + len(clause.right_edge.text)
        if any(first <= t.start < last for t in earlier):
            return True
    return False


# What may stand between a saying verb and its own date: "said on Monday", "said late on"
_SAID_ON = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+)?", re.I)


def _said_on(sentence: str, start: int, at: int) -> bool:
    """Whether the date at ``at`` is the day of the last saying verb between ``start`` and
    it ("said on Monday that ..."), not a day inside what is said."""
    said = list(_SAYING.finditer(sentence, start, at))
    return bool(said) and _SAID_ON.fullmatch(sentence, said[-1].end(), at) is not None


# a relative clause that closes the sentence: ", during which the country joined the EU
# in 1995", ", which it sold in 2019"
_CLOSING_RELATIVE = re.compile(
    r",\s+(?:(?:during|in|after|before|under|since)\s+)?(?:which|whom|who)\b[^,;:]*[.!?]?$"
    # (and a clause of time: "Barnier was appointed in September, after a snap election
    # in July left parliament split": July's is another line)
    r"|,\s+(?P<time>after|before|until|following)\s+(?!(?:it|he|she|they|we)\b)"
    r"[^,;:\"“”]*[.!?]?$"
)


# A "which" just after a date, its comma before it: a clause of the whole sentence.
_WHICH_AFTER_DATE = re.compile(r"\s*,\s+which\s")


# Verbs by which a "which" clause tells what a deed made of it or meant (a state, a
# rank, a measure), not a further deed: "which made it the oldest firm", "which means",
# "which marked the first time", "which brought the total to 40"
_VERBS_OF_MEANING = frozenset(
    """be make mean mark represent signal put bring take become remain reflect show suggest
    underline highlight follow come compare exceed surpass match rank raise lift push
    end extend""".split()  # noqa: SIM905 - a word table
)


def _which_tells_what_it_meant(sentence: str, at: int) -> bool:
    """Whether the "which" clause whose words start at ``at`` tells what the deed before it
    made or meant (its verb one of meaning, measure or rank, or none found), not a deed it
    led to ("which forced thousands from their homes")."""
    doc = _tagged(loaded_pipeline(), sentence)
    verb = next((t for t in doc if t.idx >= at and t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    return verb.lemma_.lower() in _VERBS_OF_MEANING


def closing_relative(
    sentence: str, date_span: tuple[int, int] | None, published: str | None
) -> tuple[str, tuple[int, int] | None] | None:
    """(sentence, date span) without a relative clause that closes it and holds a date of
    its own other than the line's ("He was elected president in 1994 and served a single
    term, during which the country joined the European Union in 1995" -> "... served a
    single term." for 1994): what the clause tells is another time's. None otherwise."""
    if (
        date_span is not None
        and (after := _WHICH_AFTER_DATE.match(sentence, date_span[1])) is not None
        and not re.search(r'["“”]', sentence)
        and _which_tells_what_it_meant(sentence, after.end())
    ):
        # "The company was founded in 1990, which made it the oldest firm in the sector":
        # a "which" after the line's date tells of the whole deed (what it made, what it
        # meant), another kind of news than the deed of that day (not a deed it led to:
        # "The dam burst on Monday, which forced thousands from their homes" stays whole)
        return sentence[: after.start()].rstrip() + ".", date_span
    m = _CLOSING_RELATIVE.search(sentence)
    if m is None or holds_speech(sentence):
        return None
    if date_span is not None and date_span[1] > m.start():
        return None
    dates = _dates_in(sentence, published)
    if not any(t.start >= m.start() for t in dates):
        return None
    if m.group("time"):
        # a clause of time goes only when its date lies on its side of the line's ("was
        # appointed in September, after a snap election in July"), not a noun's year in
        # it ("broke down, after the union rejected a pay rise in 2026")
        own = next((t for t in dates if date_span and t.start <= date_span[0] < t.end), None)
        later = m.group("time").lower() in ("before", "until")
        if (
            own is None
            or not any(
                t.start >= m.start()
                and t.begin
                and own.begin
                # (wholly on its side: "in 2026" is not before 19 January 2026)
                and (
                    t.begin[:10] > (own.end_date or own.begin)[:10]
                    if later
                    else (t.end_date or t.begin)[:10] < own.begin[:10]
                )
                for t in dates
            )
        ):
            return None
    return sentence[: m.start()].rstrip() + ".", date_span


_JOINT = re.compile(r",?\s+and\s+")


def gapped_clause(
    sentence: str,
    date_span: tuple[int, int] | None,
    published: str | None,
    load_nlp: Callable[[], Any],
) -> tuple[str, tuple[int, int]] | None:
    """(sentence, date span in it) told of the one of two dated parts that share a verb
    and holds the date ("They beat hosts Germany in the quarter-finals on July 5 and France
    2-1 in the semi-finals last Tuesday" -> "They beat France 2-1 in the semi-finals last
    Tuesday." for that Tuesday, "They beat hosts Germany in the quarter-finals on July
    5." for July 5; "raised rates in December and again in February" keeps the object
    for February). None unless the second part, after "and", has no verb of its own."""
    if date_span is None or holds_speech(sentence):
        return None
    dates = sorted(_dates_in(sentence, published), key=lambda t: t.start)
    if len(dates) != 2:
        return None
    first, second = dates
    joint = _JOINT.match(sentence, first.end)
    if joint is None or joint.end() >= second.start:
        return None  # ("on Monday and Tuesday": one list)
    doc = _tagged(load_nlp(), sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.idx >= first.start or root.i == 0:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc if t.idx >= joint.end()):
        return None  # a predicate of its own (see ``coordinated_predicate``)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ == "VERB" and (subject is None or subject.i > root.i):
        return None
    if root.pos_ != "VERB" and not (root.i < 4 and doc[root.i - 1].pos_ in ("PROPN", "NOUN")):
        return None  # (a verb the parser took for a noun: "Norway beat hosts Sweden")
    if date_span[0] < joint.start() and date_span[1] > first.start:
        return _standalone(sentence[: joint.start()], date_span, 0)
    if not (date_span[0] < second.end and date_span[1] > second.start):
        return None
    rest = sentence[joint.end() :]
    head_end = root.idx + len(root.text)
    opener = next((t for t in doc if t.idx >= joint.end()), None)
    if opener is not None and opener.pos_ in ("ADP", "ADV", "PART"):
        # "and to 4.5% in June", "and again in February": the verb's object goes too
        for t in doc[root.i + 1 :]:
            if t.pos_ == "ADP" or t.idx >= first.start:
                break
            head_end = t.idx + len(t.text)
    head = sentence[:head_end]
    shift = len(head) + 1 - joint.end()
    return _standalone(head + " " + rest, (date_span[0] + shift, date_span[1] + shift), 0)


def _dates_in(sentence: str, published: str | None) -> list[Timex]:
    """The timexes of ``sentence`` (read against its publication) that give a date."""
    try:
        dct = datetime.fromisoformat(published) if published else None
    except ValueError:
        dct = None
    return [
        t
        for t in tag_timexes(sentence, dct, ranges=False)
        if t.type in ("DATE", "TIME") and t.value[:1].isdigit()
    ]


def _standalone(clause: str, date_span: tuple[int, int], lead: int) -> tuple[str, tuple[int, int]]:
    """A clause starting at ``lead`` in its sentence, as a sentence of its own, and the
    date span moved into it."""
    clause = clause.strip().rstrip(",;:")
    if clause[-1:] not in ".!?":
        clause += "."
    return _capitalise(clause), (date_span[0] - lead, date_span[1] - lead)


# Verbs of saying or asking a source goes on with ("..., and warned")
_SOURCE_ACTS = r"urged|called|asked|said|added|warned|told|appealed|ordered"
# A source's own act after its claim
_SOURCES_OWN_ACT = re.compile(rf",?\s+and\s+(?:{_SOURCE_ACTS}|vowed)\b")
_SECOND_ACT = re.compile(rf",?\s+and\s+(?:that\s|(?:{_SOURCE_ACTS}|[a-z]{{3,}}ed)\b)")
# Sources named by a common noun, capitalised only at the start of a sentence.
_COMMON_SOURCES = frozenset(
    """analysts officials economists experts police witnesses residents sources investigators
    prosecutors doctors authorities traders diplomats observers forecasters scientists
    researchers engineers rescuers lawyers ministers lawmakers legislators regulators judges
    campaigners activists""".split()  # noqa: SIM905 - a word table
)


_AND_THAT = re.compile(r",?\s+and\s+that\s+(?=\S)")


_FEMALE = frozenset(
    "sister wife mother daughter woman widow girlfriend aunt niece grandmother".split()  # noqa: SIM905 - a word table
)
_MALE = frozenset(
    "brother husband father son man widower boyfriend uncle nephew grandfather".split()  # noqa: SIM905 - a word table
)


def _other_gender(who: str, pronoun: str) -> bool:
    """Whether a source named by a word of one sex ("his sister") is not the one the
    pronoun opening its claim ("he") stands for."""
    words = {w.lower() for w in who.split()}
    if pronoun.strip().lower() == "he":
        return bool(words & _FEMALE)
    return bool(words & _MALE)


# A name of two to four capitalised words ("Anna Ekberg"), as an apposition gives it
_PERSON_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")


def said_another_day(
    sentence: str, date_span: tuple[int, int] | None, published: str | None
) -> bool:
    """Whether the sentence's date is inside what a named source says, and the saying has
    a date of its own, another day ("Abiy said in parliament on Tuesday that the fifth
    filling had been completed in September"): the line for the claim's date is then the
    claim's, not the saying told under the claim's date."""
    if date_span is None or _speech_around(sentence, date_span):
        return False
    lead = len(sentence) - len(sentence.lstrip())
    m = _REPORTED.match(sentence, lead)
    if m is None or date_span[0] < m.end():
        return False
    said_when = [g for g in ("when", "fronted") if m.group(g) is not None]
    own = sentence[slice(*date_span)]
    return any(
        m.start(g) <= t.start < m.end(g) and t.text != own
        for t in _dates_in(sentence, published)
        for g in said_when
    )


# A pronoun opening a claim, and an object pronoun inside one
_CLAIM_PRONOUN = re.compile(r"(?:it|its|they|their|he|his|she|her)\b", re.I)
_OBJECT_PRONOUN = re.compile(
    r"\b(?!(?:that|and|but|when|as|because|if|after|before|since|while|where)\b)\w+\s+"
    r"(?:it|him|them)\b(?!\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b)"
)


def said_undated(sentence: str, date_span: tuple[int, int] | None) -> bool:
    """Whether the sentence's date is inside what a named source says and the saying has
    no date of its own ("Police said the man was arrested on Monday"): Monday dates the
    arrest, not the saying, which the sentence does not date."""
    if date_span is None or _speech_around(sentence, date_span):
        return False
    lead = len(sentence) - len(sentence.lstrip())
    m = _REPORTED.match(sentence, lead)
    if m is None or m.group("when") is not None or m.group("fronted") is not None:
        return False
    claim = sentence[m.end() :]
    if (
        _CLAIM_PRONOUN.match(claim)
        and not re.match(r"[Tt]he\s", m.group("who"))
        # ("Mopani Copper Mines said it had made contact with the miners early on
        # Monday": "it" is the company, which the claim's line names)
        and not (re.match(r"it\s", claim) and ends_as_organisation(m.group("who")))
    ) or _OBJECT_PRONOUN.search(claim):
        # ("Medalis said that its departments had reopened on Tuesday", "a spokesman said
        # the airline had notified it on Thursday": whose, or what "it" is, the claim
        # alone would not say; a source named with "the" is named for its pronoun later)
        return False
    # (a claim of its own before the date: "said the previous evening that" is the
    # saying's day)
    return re.search(r"\w+\W+\w+", sentence[m.end() : date_span[0]]) is not None


def reported_claim(
    sentence: str, date_span: tuple[int, int] | None
) -> tuple[str, str, tuple[int, int]] | None:
    """(source, claim, date span in the claim) when the sentence's date is inside what a
    named source says ("Kulkarni said the committee would keep the rate unchanged in
    February"): the line is then about the claim, not about the saying; else None."""
    if date_span is None or _speech_around(sentence, date_span):
        return None
    lead = len(sentence) - len(sentence.lstrip())
    m = _REPORTED.match(sentence, lead)
    if m is None or date_span[0] < m.end():
        # "Trains were cancelled as drivers began a strike, and their union said they
        # would walk out again on 4-6 February": the second clause's source
        m = next(
            (r for r in _REPORTED_AFTER_AND.finditer(sentence, lead) if r.end() <= date_span[0]),
            None,
        ) or next(
            # "Giorgia Meloni called the sinking "a tragedy" and said Italy would press the
            # EU at a summit on July 20": the named subject's second act is the saying
            (r for r in [_NAMED_AND_SAID.match(sentence, lead)] if r and r.end() <= date_span[0]),
            None,
        )
        if m is None:
            return None
    if _NOUN_OBJECT_CUE.search(m.group()) and not re.search(r"\bthat\s*$", m.group()):
        # "The rebel council announced a two-week ceasefire starting on Sunday": what was
        # announced is a thing, no claim with a verb of its own
        return None
    who = re.sub(r"^(?:their|its|his|her)\s", "the ", m.group("who"))
    if (appos := (m.groupdict().get("appos") or "").strip()) and _PERSON_NAME.fullmatch(appos):
        who = appos  # "His sister, Anna Ekberg, told ...": the name says who
    if who.lower() in ("he", "she", "they", "it", "we", "i"):
        return None  # whose claim a pronoun does not say here
    first, *rest = who.split()
    if not (rest and rest[0][:1].isupper()) and (  # (not "Doctors Without Borders")
        _common_plural(first, opening=m.start("who") == lead)
    ):
        # ("Brokers said premiums had jumped last week", "Unions representing cabin crew
        # said", "Farmers' groups said": a plural the lexicon knows, no name)
        who = who[:1].lower() + who[1:]  # "Analysts said" at a sentence's start: analysts
    claim = sentence[m.end() :]
    span = (date_span[0] - m.end(), date_span[1] - m.end())
    if re.search(r"\bwarned\s+$", m.group()) and (of := re.match(r"(?:of|about)\s+", claim)):
        # "The union warned of further walkouts in December": what it warned of is the
        # claim, a thing that may come: "In December, there could be further walkouts,
        # according to the union" (not the bare "further walkouts", no verb)
        cut = of.end() - len(_THERE_COULD_BE)
        claim, span = _THERE_COULD_BE + claim[of.end() :], (span[0] - cut, span[1] - cut)
    if joined := [a for a in _AND_THAT.finditer(claim) if a.end() <= span[0]]:
        # "said the province had asked Ottawa for help and that 200 soldiers would arrive
        # over the weekend": the claim is the that-clause that holds the date
        cut = joined[-1].end()
        claim, span = claim[cut:], (span[0] - cut, span[1] - cut)
    if any(a.end() <= span[0] for a in _SOURCES_OWN_ACT.finditer(claim)):
        # "The union said the strike would last 48 hours and warned of further walkouts in
        # December": December is in the union's own warning, no part of the claim
        return None
    if (own := re.match(r"(?:he|she)\s", claim)) and _other_gender(m.group("who"), own.group()):
        return None  # "Her husband, X, said she had been freed": she is not X
    if (own := re.match(r"(?:he|she)\s", claim)) and who[:1].isupper():
        # "X said she would meet them on Friday": X's own plan, told of X
        claim = who + claim[own.end() - 1 :]
        span = (span[0] + len(who) - own.end() + 1, span[1] + len(who) - own.end() + 1)
    if second := _SECOND_ACT.search(claim, span[1]):
        # "... in March, and that ...": a second claim; "... until Nov. 4 and urged people
        # to move": the source's own second act
        claim = claim[: second.start()] + "."
    return who, claim, span


def _common_plural(word: str, *, opening: bool = True) -> bool:
    """Whether ``word`` (an owner's "Farmers'" too) is a plural of a common noun that names
    a source ("analysts", "brokers", "farmers'"), no name; a word the lexicon knows only
    when it opens the sentence (where its capital says nothing)."""
    bare = re.sub(r"['’]s?$", "", word).lower()
    if bare in _COMMON_SOURCES:
        return True
    return opening and getAllLemmas(bare, "NOUN").get("NOUN", (bare,))[0] != bare


# What a warning of something says of it: that it may come.
_THERE_COULD_BE = "there could be "
# the "on" between a saying and its day: "reported on Tuesday"
_SAID_ON_DAY = re.compile(
    r"\b(?:said|says|reported|announced|added|stated|confirmed|wrote|showed)(?P<on>\s+on)\s+$"
)


# A month or year named from the publication: "last month", "this year"
_DEICTIC_PERIOD = re.compile(
    r"(?:last|this|next)\s+(?:month|year|(?P<named>January|February|March|April|May|June|July"
    r"|August|September|October|November|December))",
    re.I,
)


# A day written month first ("February 9", "Feb. 9", "March 3rd, 2025").
_MONTH_FIRST = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?"
)


def _named_month(timex: Any, *, with_year: bool) -> str | None:
    """The month or year a deictic "last month", "this year" names ("May", "May 2025",
    "2024"), else None."""
    deictic = _DEICTIC_PERIOD.fullmatch(timex.text)
    if not deictic or not timex.value:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d\d)", timex.value):
        name = _MONTHS[int(m[2]) - 1]
        # ("last October" may be another year than the line's: "October 2024")
        return f"{name} {m[1]}" if with_year or deictic["named"] else name
    return timex.value if re.fullmatch(r"\d{4}", timex.value) else None


def absolute_days(
    sentence: str,
    published: str | None,
    date_span: tuple[int, int] | None,
    *,
    with_year: bool = False,
    line_day: str | None = None,
) -> tuple[str, tuple[int, int] | None]:
    """The sentence with the days it names relative to its publication ("said on
    Monday", "yesterday") written as dates ("said on 3 March"), except the one at
    ``date_span`` (the line's own date, which the line's prefix states); and that
    span moved to match. A line read weeks later has no "Monday" to count from. A
    saying's day that is ``line_day`` goes ("..., DeepState reported on Tuesday" under
    that Tuesday: "..., DeepState reported."), the line's prefix saying it.
    """
    if not published:
        return sentence, date_span
    try:
        dct = datetime.fromisoformat(published)
    except ValueError:
        return sentence, date_span
    for t in sorted(tag_timexes(sentence, dct), key=lambda t: -t.start):
        if date_span is not None and t.start < date_span[1] and date_span[0] < t.end:
            continue
        day = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T(MO|AF|EV|NI))?", t.value or "")
        deictic = _DEICTIC_DAY.fullmatch(t.text)
        if (month := _named_month(t, with_year=with_year)) is not None and not OWNER_AFTER.match(
            sentence, t.end
        ):
            # "the truce agreed last month" under another date: "agreed in May"
            # (a preposition of its own stays: "keep collecting taxes into next year",
            # "into 2025"; "until next year", "until 2025")
            in_ = re.search(
                r"\b(?:in|into|until|till|through|by|from|since|for|during|before|after)\s+$",
                sentence[: t.start],
                re.I,
            )
            replacement = month if in_ else f"in {month}"
            sentence = sentence[: t.start] + replacement + sentence[t.end :]
            if date_span is not None and t.end <= date_span[0]:
                moved = len(replacement) - (t.end - t.start)
                date_span = (date_span[0] + moved, date_span[1] + moved)
            continue
        if (
            day is not None
            and not day[2]
            and (written_us := _MONTH_FIRST.fullmatch(t.text)) is not None
            and not OWNER_AFTER.match(sentence, t.end)
        ):
            # "closed since February 9": "since 9 February", as the line's own dates are
            # written (the year stays when the source wrote it)
            replacement = format_day(day[1], with_year=with_year or bool(written_us["y"]))
            sentence = sentence[: t.start] + replacement + sentence[t.end :]
            if date_span is not None and t.end <= date_span[0]:
                moved = len(replacement) - (t.end - t.start)
                date_span = (date_span[0] + moved, date_span[1] + moved)
            continue
        if deictic is None or day is None:
            continue
        on = re.search(
            # ("until at least Saturday": "until at least 14 March")
            r"\b(?:on|by|until|till|before|after|since|from|to|through|for)\s+"
            r"(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?$",
            sentence[: t.start],
            re.I,
        )
        if (
            day[1] == line_day
            and not day[2]
            and deictic.group("part") is None
            and (said := _SAID_ON_DAY.search(sentence, 0, t.start)) is not None
        ):
            # (the line's prefix tells the day: "..., the ministry said on 25 May" under
            # "On 25 May" would say it twice)
            sentence = sentence[: said.start("on")] + sentence[t.end :]
            if date_span is not None and t.end <= date_span[0]:
                cut = t.end - said.start("on")
                date_span = (date_span[0] - cut, date_span[1] - cut)
            continue
        written = format_day(day[1], with_year=with_year)
        if day[2]:
            written = f"the {_POD_NAMES[day[2]]} of {written}"  # "by Thursday night"
        replacement = written if on else f"on {written}"
        if part := deictic.group("part"):
            replacement = f"{part.split()[0]} on {written}"  # "late on Tuesday": late on 12 May
        end = t.end
        if (owner := OWNER_AFTER.match(sentence, t.end)) and not part:
            # "in Sunday's first round": "in the 8 February first round", not "in on 8
            # February's first round"; "the toll from Friday's earthquake": "from the 28
            # March earthquake"
            replacement, end = f"the {written}", t.end + len(owner.group())
        sentence = sentence[: t.start] + replacement + sentence[end:]
        if date_span is not None and end <= date_span[0]:
            moved = len(replacement) - (end - t.start)
            date_span = (date_span[0] + moved, date_span[1] + moved)
    return sentence, date_span
