"""Reports: the dated statements one article makes about what happened.

A report is one happening as one article tells it: an extracted event with
its date, or a sentence that mentions a day, or (with ``explicit`` False) a
sentence dated only by the article's publication. Reports are what linking
merges into developments and what timelines rank and summarise.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from backstory.article import SOURCE_LINE
from backstory.attribution import CUE_VERBS
from backstory.extraction import AHEAD_MODALITIES, Attribution, Event, Extraction, Timex
from backstory.linguistic import EARLIER_TIME, FRONTED_DATE, NARRATIVE_STEP, OWNER_AFTER
from backstory.linking.attributions import (
    Quotations,
    attribution_note,
    continues_quotation,
)
from backstory.linking.words import content_words, split_sentences
from backstory.timex.anchor import describes_noun
from backstory.timex.calendar import month_end
from backstory.timex.tagger import dateline_end, story_day

# Entity types that are places (for the location of a report).
PLACE_TYPES = frozenset({"COUNTRY", "REGION", "CITY", "GPE", "LOC", "FACILITY", "PLACE"})
# Longest interval, in days, still placed on the timeline at its first day.
MAX_SPAN_DAYS = 7
_MIN_WORDS = 5

# Cues of the modality of a sentence with no extracted event: the first match wins.
_MODALITY_CUES = (
    ("denied", re.compile(r"\b(denied|denies|deny|rejected claims?|dismissed reports?)\b", re.I)),
    (
        "planned",
        re.compile(
            # ("broke out over plans to integrate the forces": a noun, no plan of its own)
            r"\b((?<!over )(?<!the )(?<!its )(?<!their )(?<!of )(?<!about )(?<!against )"
            r"plans? to|planned|intends? to|intended to|set to|will|"
            r"is to|are to|was to|were to|"
            # "is due to arrive", "were originally due to start"; not the cause in
            # "lost due to electronic warfare", "cancelled due to fog"
            r"(?:is|are|was|were|be|been|being|'s|’s)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
            r"due to (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)|"
            r"scheduled|preparing to|prepares to)\b",
            re.I,
        ),
    ),
    # "may" in lower case only: "in May 2023" is the month
    ("likely", re.compile(r"\b(likely|probably|expected to|(?-i:may)|might|could)\b", re.I)),
    (
        "reported",
        re.compile(
            r"\b(said|says|reported|reports|stated|according to|claimed|specified|"
            r"highlighted|noted|warned|added|emphasi[sz]ed|explained|revealed|"
            r"announced|confirmed|told)\b",
            re.I,
        ),
    ),
)


@dataclass
class Report:
    """One happening as one sentence of one article tells it."""

    article_id: str
    published: str | None
    begin: str
    end: str
    explicit: bool
    start: int
    end_offset: int
    sentence_start: int
    sentence_end: int
    sentence: str
    position: int
    type: str | None = None
    actor: str | None = None
    target: str | None = None
    theme: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    modality: str = "asserted"
    polarity: str = "positive"
    speaker: str | None = None
    cue: str | None = None
    channel: str | None = None
    timex_start: int | None = None
    timex_end: int | None = None
    words: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    # How a line from this sentence names its source, when the sentence does not
    # (JSON; see ``backstory.linking.attributions``).
    attribution: str | None = None


def day_interval(begin: str | None, end: str | None) -> tuple[str, str] | None:
    """``(begin, end)`` as ISO days when they name a day, a short span or a calendar month,
    else None."""
    if not begin or len(begin) < 10:
        return None
    try:
        first = date.fromisoformat(begin[:10])
        last = date.fromisoformat(end[:10]) if end and len(end) >= 10 else first
    except ValueError:
        return None
    if last < first:
        last = first
    if (last - first).days > MAX_SPAN_DAYS and not is_whole_month(first, last):
        return None
    return first.isoformat(), last.isoformat()


def is_whole_month(first: date, last: date) -> bool:
    """True when ``first``..``last`` is one calendar month ("In August 2024, ...")."""
    return (
        first.day == 1
        and (first.year, first.month) == (last.year, last.month)
        and (last + timedelta(days=1)).day == 1
    )


def is_whole_year(first: date, last: date) -> bool:
    """True when ``first``..``last`` is one calendar year ("In 1960, ...")."""
    return (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
        first.year == last.year
    )


def is_whole_week(first: date, last: date) -> bool:
    """True when ``first``..``last`` is one calendar week, Monday to Sunday ("last week")."""
    return first.weekday() == 0 and (last - first).days == 6


def sentence_spans(extraction: Extraction) -> list[tuple[int, int]]:
    """The article's sentences: the extraction's, or split here when it has none."""
    return list(extraction.sentences) or split_sentences(extraction.article.text)


def is_prose(sentence: str) -> bool:
    """Whether a sentence is running text (not a byline, header or label)."""
    words = sentence.split()
    if len(words) < _MIN_WORDS or _SIGNPOST.match(sentence):
        return False
    return sum(1 for w in words if w[:1].islower() and w.isalpha() and len(w) > 2) >= 2


# A sentence that only points at what follows ("Here is how the conflict unfolded.",
# "Here's what we know.", "Below is a timeline of events."): it tells nothing that happened.
_SIGNPOST = re.compile(
    r"\W*(?:here\s+(?:is|are)|here's|below\s+(?:is|are)|the\s+following\s+(?:is|are))\s"
    r"[^.]{0,80}[.:]\W*$",
    re.I,
)


def _source_line(text: str, start: int) -> bool:
    """Whether a sentence is on a "Source: ..." line: who the article's news came from
    ("Source: Coordination Headquarters for the Treatment of Prisoners of War"), which
    says nothing that happened."""
    return bool(SOURCE_LINE.match(text, text.rfind("\n", 0, start) + 1))


def guess_modality(sentence: str, *, future: bool = False) -> str:
    """The modality that the sentence's own cue words suggest.

    A sentence about a past day that reports speech is a report even when
    what was said is a plan; one about a day after publication is at best
    planned or predicted.
    """
    cues = dict(_MODALITY_CUES)
    order = (
        ("denied", "planned", "likely") if future else ("denied", "reported", "planned", "likely")
    )
    for modality in order:
        if cues[modality].search(sentence):
            return modality
    return "predicted" if future else "asserted"


def _unplaced(timex: Timex) -> bool:
    """Whether the timex is a time of a day no one made clear ("XXXX-XX-XXT12:50")."""
    return timex.type == "TIME" and not timex.vague and timex.value.startswith("XXXX-XX-XXT")


def _dated_timexes(extraction: Extraction) -> list[tuple[Timex, tuple[str, str]]]:
    out = []
    for timex in extraction.timexes:
        if timex.type not in ("DATE", "TIME") or timex.vague:
            continue
        if (interval := line_days(timex)) is not None:
            out.append((timex, interval))
    return out


_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)")


def line_days(timex: Timex) -> tuple[str, str] | None:
    """The days a line dated by ``timex`` names: the timex's own, but the whole month or
    week of a part of one ("earlier this week", "in late March": no source said which of
    its days), as for a month or week named alone."""
    if timex.mod in ("START", "MID", "END"):
        if m := _MONTH_VALUE.fullmatch(timex.value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1).isoformat(), month_end(year, month).isoformat()
        if (m := _WEEK_VALUE.fullmatch(timex.value)) and 1 <= int(m[2]) <= 53:
            try:
                monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            except ValueError:
                return None
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if timex.begin and not timex.end_date and not re.match(r"\d{4}-\d\d-\d\d", timex.value):
        return None  # "as soon as next month": from a month on, no day of its own
    return day_interval(timex.begin, timex.end_date)


# "by" right before a day: "By Monday evening, rescuers had evacuated ...", "grew ... by
# the night of 20 August"
# what a stretch of time is counted from: "(hours) after the quake", "(a day) before"
_STRETCH_FROM = re.compile(r"\s+(?:after|before|later|earlier)\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$", re.I)


# A clock time ("by 10:30 GMT"): no day a line of it could be bounded by
_CLOCK_VALUE = re.compile(r"T\d")


def _done_by(text: str, event: Event, timex: Timex, s_start: int, pub_day: str | None) -> bool:
    """Whether the event is told done by a day gone by ("By Monday evening, rescuers had
    evacuated 312 residents"): its line keeps the bound ("By the evening of 16 June"),
    never on that day. Not a deadline ahead ("told to leave by Monday"), nor a plan."""
    day = (timex.end_date or timex.begin or "")[:10]
    return (
        event.begin is None
        and len(day) == 10
        and not _CLOCK_VALUE.search(timex.value or "")
        and pub_day is not None
        and day <= pub_day
        and event.modality not in AHEAD_MODALITIES
        and event.polarity == "positive"
        and _BY_BEFORE.search(text, max(s_start, timex.start - 30), timex.start) is not None
        and not OWNER_AFTER.match(text, timex.end)  # ("killed by Friday's landslide")
        # (not a goal's deadline: "a pledge ... to provide $100 billion a year by 2020")
        and not re.search(r"\bto\s+$", text[max(s_start, event.start - 4) : event.start])
        and not _GOAL_BEFORE.search(text, s_start, timex.start)
    )


def _due_by(text: str, event: Event, timex: Timex, s_start: int, pub_day: str | None) -> bool:
    """Whether the event is a plan or forecast due by a day still ahead ("plans to cut
    2,000 jobs by the end of 2027", "is expected to present proposals by the end of the
    month"): its line is under that day and keeps the bound, "By the end of 2027"."""
    day = (timex.end_date or "")[:10]
    return (
        event.begin is None
        and timex.begin is None
        and len(day) == 10
        and not _CLOCK_VALUE.search(timex.value or "")
        and pub_day is not None
        and day > pub_day
        and event.modality in AHEAD_MODALITIES
        and event.polarity == "positive"
        and not timex.subordinate
        and not timex.vague
        and _BY_BEFORE.search(text, max(s_start, timex.start - 30), timex.start) is not None
        and not OWNER_AFTER.match(text, timex.end)
    )


# What must or should be done by a day is a deadline, not a report of what was done.
_OBLIGATION = re.compile(r"\b(?:must|should|needs?\s+to|ha(?:s|ve)\s+to|required\s+to)\b", re.I)
# a goal's deadline, not what was done by then: "a pledge made in 2009 to provide $100
# billion a year by 2020", "its target of halving emissions by 2030"
_GOAL_BEFORE = re.compile(
    r"\b(?:pledge[sd]?|promise[sd]?|targets?|goals?|aims?|aimed|vow(?:s|ed)?|commitments?"
    r"|committed|deadline)\b[^,;]*$",
    re.I,
)
# "had filed", "had been cleared": done by the time told
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|t)\b", re.I)


def _bound_by_day(
    text: str, sentence: str, timexes: list[Timex], s_start: int, pub_day: str | None
) -> Timex | None:
    """The day gone by, before the publication day, that a sentence's "by" bounds
    ("had filed their reports by Wednesday"), when the sentence tells no plan or
    likelihood; else None."""
    if (
        pub_day is None
        or guess_modality(sentence) in ("planned", "likely")
        or _OBLIGATION.search(sentence)
    ):
        return None
    for timex in timexes:
        day = _bound_day(timex)
        if (
            day is not None
            and not _CLOCK_VALUE.search(timex.value or "")
            # (the publication day itself only for what had been done by then)
            and (day < pub_day or (day == pub_day and _PAST_PERFECT.search(sentence)))
            and _BY_BEFORE.search(text, max(s_start, timex.start - 30), timex.start)
            and not OWNER_AFTER.match(text, timex.end)
            and not _GOAL_BEFORE.search(text, s_start, timex.start)
        ):
            return timex
    return None


def _bound_day(timex: Timex) -> str | None:
    """The day a sentence's own date bounds ("by Wednesday", "until February 23": it has
    an end and no beginning), not a relative clause's nor a vague one; else None."""
    day = (timex.end_date or "")[:10]
    if timex.begin is not None or len(day) != 10 or timex.subordinate or timex.vague:
        return None
    return day


# "will stay closed until (at least) February 23", "are suspended until Friday": a state
# kept to a day
_UNTIL_BEFORE = re.compile(
    r"\b(?:stay|stays|remain|remains|be|is|are)\s+(?:\w+\s+)?"
    r"(?:closed|shut|suspended|halted|banned|cancelled|canceled|open|in\s+place|in\s+force)"
    r"(?:\s+[\w'’-]+){0,6}\s+(?:until|till)\s+(?:at\s+least\s+)?$",
    re.I,
)


def _until_ahead(
    text: str, timexes: list[Timex], s_start: int, pub_day: str | None
) -> Timex | None:
    """The day ahead that a sentence's "until" bounds ("will stay closed until February
    23"), a date of the sentence itself (not of a relative clause); else None."""
    if pub_day is None:
        return None
    for timex in timexes:
        day = _bound_day(timex)
        if (
            day is not None
            and day > pub_day
            and _UNTIL_BEFORE.search(text, max(s_start, timex.start - 90), timex.start)
        ):
            return timex
    return None


# A clause of time opened by a pronoun subject, up to a date in it: "since it was signed
# (on Jan. 20)", "after he resigned (in May)".
_PRONOUN_CLAUSE = re.compile(
    r"\b(?:since|after|before|when|until|once)\s+(?:it|he|she|they)\s+[^,;]*$", re.I
)


def _in_pronoun_clause(
    text: str,
    s_start: int,
    timex: Timex,
    interval: tuple[str, str],
    dated: list[tuple[Timex, tuple[str, str]]],
) -> bool:
    """Whether the timex dates a clause of time opened by a pronoun subject while another
    date of the sentence (in ``dated``) stands before that clause: "two years after they
    staged a coup in October 2021" after "Fighting erupted on April 15, 2023"."""
    clause = _PRONOUN_CLAUSE.search(text, s_start, timex.start)
    return clause is not None and any(t.end <= clause.start() and iv != interval for t, iv in dated)


_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.I)
_COPULA_IN_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:in|during)\s+$", re.I)


def _year_adverbials(
    text: str, timexes: list[Timex], s_start: int, pub_day: str | None
) -> list[tuple[Timex, tuple[str, str]]]:
    """The whole years gone by that the sentence is placed in, after "in" or "during"
    ("was handed to Southern Water in 2019", "joined the ministry in 1965 and was
    appointed ambassador in 1973"), when any other date it names comes after them and an
    "and", and their first and last days: not "a 2019 law", "between 2010 and 2015",
    "since 2014" or "this year"."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME")]
    found: list[tuple[Timex, tuple[str, str]]] = []
    others: list[Timex] = []
    for t in dated:
        year = None if t.mod or t.subordinate else _past_year(t, pub_day)
        if year is None:
            others.append(t)
            continue
        if _COPULA_IN_BEFORE.search(text, max(s_start, t.start - 16), t.start):
            return []  # ("The worst season on record was in 2023": when, not what happened)
        if (
            _IN_BEFORE.search(text, max(s_start, t.start - 10), t.start)
            or _LAST_YEAR.fullmatch(t.text)
            # ("ran for president three times, in 2002, 2007 and 2012": each of the list)
            or (found and _LIST_JOIN.fullmatch(text, found[-1][0].end, t.start))
        ):
            found.append((t, year))  # ("reached 1.2 million units last year": 2024's)
    # another date only after an "and", in a predicate of its own ("became prime minister
    # in 2017 ..., and won a landslide victory in October 2020")
    return [(t, year) for t, year in found if _all_after_and(text, t, others)]


_LAST_YEAR = re.compile(r"(?:last|the\s+previous)\s+year", re.I)


# a relative clause told in the past up to its date: "Ahtisaari, who won the Nobel Peace
# Prize in 2008, ...", "a businessman who was arrested in 2015", "who turned 17 on Saturday"
_RELATIVE_BEFORE_DATE = re.compile(
    # "who won the prize in", "a target that was met two years late, in" (a "that" right
    # before a verb: a subject, not "said that it ..."), "a pledge made in" (a participle
    # right after its noun)
    r"(?:,?\s+(?:who|which|where|that(?=\s+(?:was|were|had)\b))\s+|(?-i:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er"
    r"|[Tt]heir)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\b)[a-z][\w-]*,?\s+){1,4}?(?P<participle>(?=(?:first\s+)?(?:[a-z]+(?:ed|en|de|lt"
    r"|wn)|set|won|held|sold|struck|begun)\s))))"
    r"(?P<clause>[^,;:\"“”]{3,120}?)(?:,(?=\s+in\s))?\s+(?:in|during|on|last)?\s*$",
    re.I,
)


# a noun opening the sentence, then a comma before the participle after it: "The permit,"
_APPOSED_PARTICIPLE = re.compile(
    r"\W*(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+", re.I
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:during|in|of|by|after|before|under|for|with|from|to|at|on)\s*$", re.I
)


# a clause that tells a stretch up to its date, or a date something was set to
_TARGET_OR_SPAN = re.compile(r"\b(?:since|until|till|through)\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:to|for|until|till|by|from|than|between)\s+$", re.I)
# a noun of time, whose "that ended in June" tells no happening ("the year that ended")
_TIME_NOUN_BEFORE = re.compile(
    r"\b(?:year|month|week|quarter|half|period|season|day|decade|term)\s*$", re.I
)


def _relative_dates(
    text: str, timexes: list[Timex], s_start: int, pub_day: str | None
) -> list[tuple[Timex, tuple[str, str]]]:
    """The dates gone by that date a relative clause told in the past ("X, who won the
    prize in 2008, died on Monday", "Yamal, who turned 17 on Saturday, was named ..."),
    with their first and last days: that clause's happening has its line whatever else
    the sentence dates."""
    found: list[tuple[Timex, tuple[str, str]]] = []
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.subordinate or t.mod or t.vague:
            continue
        days = _past_year(t, pub_day) or line_days(t)
        if days is None or pub_day is None or days[1] > pub_day:
            continue
        if found and _LIST_JOIN.fullmatch(text, found[-1][0].end, t.start):
            # "who won the tournament in 1964, 2008 and 2012": each year of the list
            found.append((t, days))
            continue
        if _DETERMINER_BEFORE.search(text, s_start, t.start):
            continue  # ("The dam, damaged in a 2010 earthquake, ...": the year names a thing)
        m = _RELATIVE_BEFORE_DATE.search(text, max(s_start, t.start - 140), t.start)
        if m is None or _PREPOSITION_BEFORE.search(text, s_start, m.start() + 1):
            continue  # ("a term during which the country joined the EU in 1995": the
            # relative word is no subject the line could name)
        if _TARGET_OR_SPAN.search(m["clause"]) or _TARGET_BEFORE.search(text, s_start, t.start):
            continue  # ("which was moved to March", "who had survived two motions since
            # taking office in July": a date aimed at or a stretch, no happening of its own)
        if _TIME_NOUN_BEFORE.search(text, s_start, m.start()):
            continue  # ("in the year that ended in June": a time, no happening)
        if (
            m["participle"] is not None
            and _past_year(t, pub_day) is None
            # ("The permit, issued by the ministry in June 2024, allowed ...": a participle
            # set off after its noun is that noun's own happening, on its own date)
            and not _APPOSED_PARTICIPLE.fullmatch(text, s_start, m.start("participle"))
        ):
            continue  # ("in a report published on Tuesday": the report's day is its
            # saying's; a year gone by is the participle's own line, "a pledge made in 2009")
        if _PAST_VERB.search(m["clause"]) and not _NOW_VERB.search(m["clause"]):
            found.append((t, days))
    return found


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|this|that)\s+$", re.I)


def _year_gone_by(event: Event, own: Timex | None, pub_day: str | None) -> tuple[str, str] | None:
    """(first day, last day) of the calendar year the event's own timex names, when the
    events stage dated the event by that whole year and it ended before the publication's
    year ("in 1960", "last year"); None otherwise (not "a 2010 earthquake", a year that
    only names a thing, nor "this year", still going on)."""
    year = _past_year(own, pub_day) if own is not None else None
    return year if year is not None and (event.begin, event.end_date) == year else None


def _past_year(timex: Timex, pub_day: str | None) -> tuple[str, str] | None:
    """(first day, last day) of the whole calendar year the timex names, when it is before
    the publication's year and names no thing ("a 2010 earthquake"); else None."""
    if timex.vague or timex.dated_noun is not None or pub_day is None:
        return None
    if not (re.fullmatch(r"\d{4}", timex.value) and timex.value < pub_day[:4]):
        return None
    return f"{timex.value}-01-01", f"{timex.value}-12-31"


def _year_before_and(
    text: str, own: Timex, in_sentence: list[tuple[Timex, tuple[str, str]]], used: set[str]
) -> bool:
    """Whether every date that got a line in the sentence comes after the year ``own``
    with an "and" between them: a predicate of its own ("became prime minister in 2017
    ..., and won a landslide victory in October 2020")."""
    after = [t for t, iv in in_sentence if iv[0] in used]
    return bool(after) and _all_after_and(text, own, after)


def _all_after_and(text: str, own: Timex, others: list[Timex]) -> bool:
    """Whether each of ``others`` comes after ``own`` with an "and" between them."""
    return all(t.start > own.end and re.search(r"\band\b", text[own.end : t.start]) for t in others)


def _and_after(text: str, earlier: list[int], start: int) -> bool:
    """Whether what starts at ``start`` is a predicate joined by "and" after one that
    ends at an offset of ``earlier`` ("started on 17 August near Oliver and grew ... by
    Thursday night"), with no other clause between them (no comma, semicolon or
    relative or time word)."""
    return any(
        end <= start
        and re.search(r"\band\b", text[end:start]) is not None
        and _OTHER_CLAUSE.search(text[end:start]) is None
        for end in earlier
    )


def _clause_apart(text: str, s_start: int, s_end: int, told_ends: list[int], by: Timex) -> bool:
    """Whether the "by" bound ``by`` is in a clause of its own, joined to each clause
    whose date is told (ending at an offset of ``told_ends`` in the sentence) by ", and",
    ", but" or a semicolon ("By the end of 2023, the RSF controlled most of Darfur, and
    in December it seized Wad Madani")."""
    told = [e for e in told_ends if s_start <= e <= s_end]
    return bool(told) and all(
        _CLAUSE_JOIN.search(text, *((by.end, e) if e > by.end else (e, by.start))) for e in told
    )


_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s|;\s")
# What opens another clause between two predicates ("..., which", "when")
_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:which|who|that|when|while|as|after|before)\b", re.I)


def _bounds(event: Event, timex: Timex) -> bool:
    """True when the timex only bounds the event: it happened before or after what
    happened that day ("resign before the vote on Thursday", "grew ... by Thursday")."""
    if event.timex != timex.text or (event.begin is None) == (event.end_date is None):
        return False
    if event.begin is None:
        return event.end_date in (timex.end_date, timex.begin)
    return event.begin == timex.begin


# a date an amount is measured against: "eased to 0.25% from 1.44% in September",
# "compared with $3.1 billion in the first quarter", "up from 40 on Monday", "up from 41
# deaths it reported a week ago", "down from more than 400 a week in mid-February"
_YARDSTICK = re.compile(
    # (not a count: "cancelled more than 1,000 flights on Saturday")
    r"\b(?:from|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|fewer\s+than|"
    r"over|under|at\s+least|up\s+to)\s+)?[$€£¥]?\d[\d.,]*"
    r"(?:\s*%|\s+[a-zA-Z$€£-]+){0,4}\s+(?:(?:in|on|at|for|during)\s+)?$",
    re.I,
)


# A sentence about a stretch of time up to now ("Since then, ...", "For years, ...").
_DURATIVE_OPENING = re.compile(
    r"\W*(?:since\s+then|ever\s+since|since\s+that\s+\w+|for\s+(?:years|months|decades|weeks))\b",
    re.I,
)


# a price named by its day: "a premium of 27% to the closing price on April 29", "the
# stock's close on Friday", "the average price in March"
_PRICE_OF_DAY = re.compile(
    r"\b(?:(?:closing|opening|last|average|undisturbed|share|stock|market)\s+"
    r"(?:share\s+)?(?:price|prices|level|value)|close)\s+(?:on|of|at|in)\s+(?:the\s+)?$",
    re.I,
)


# A stretch of time up to the saying ("the past week", "the last 24 hours"), not "last
# week" (the calendar week before)
_STRETCH_TO_NOW = re.compile(
    r"the\s+(?:past|last|previous)\s+(?:\d+|few|two|three|four|five|six|seven|ten)?\s*"
    r"(?:hours?|days?|weeks?|months?)",
    re.I,
)
# Participles of a saying's report ("..., reporting 64 new cases")
_REPORTING_WORDS = frozenset(["reporting", "recording", "citing", "counting", "listing"])


# "set a hearing for", "called a 24-hour rail strike for", "scheduled the vote for"
_SET_FOR = re.compile(
    r"\b(?<!is\s)(?<!are\s)(?<!was\s)(?<!been\s)(?:set|sets|called|calls|scheduled|"
    r"schedules|fixed|fixes)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?for\s+$",
    re.I,
)


def _set_for(text: str, timex: Timex, s_start: int, pub_day: str | None) -> bool:
    """Whether the timex is a day ahead that a sentence's act set something for ("called
    a strike for Friday", "set a hearing for Nov. 12")."""
    return (
        pub_day is not None
        and (timex.begin or "")[:10] > pub_day
        and _SET_FOR.search(text, max(s_start, timex.start - 80), timex.start) is not None
    )


def _yardstick(text: str, timex: Timex, s_start: int) -> bool:
    """True for a date an amount is measured against ("up from 40 on Monday", "a premium
    of 27% to the closing price on April 29")."""
    return bool(
        _YARDSTICK.search(text, max(s_start, timex.start - 60), timex.start)
        or _PRICE_OF_DAY.search(text, max(s_start, timex.start - 40), timex.start)
    )


# a date something is put off or moved to: "postponed the vote to 3 May", "moved the
# launch to 21 July", "adjourned the trial until next Monday"
_RESCHEDULED_TO = re.compile(
    r"\b(?:postpon|delay|defer|reschedul|adjourn|mov|push|brought|bring)\w*\b[^.;:]{0,120}?"
    r"\b(?:to|until|till)\s+(?:at\s+least\s+|(?:the\s+)?(?:early|mid|late)[-\s]+)?$",
    re.I,
)


_MOVED_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def _rescheduled_to(text: str, timex: Timex, s_start: int) -> bool:
    """True for the date a sentence moves something to ("postponed the launch to 27-28
    August"): the day it is now due, not the day it was moved."""
    return bool(_RESCHEDULED_TO.search(text, max(s_start, timex.start - 160), timex.start))


# "(has launched Ariane 6 four times) since its first flight in": a thing's date that
# opens a stretch up to now
_SINCE_THING = re.compile(
    r"\bsince\s+(?:the|its|his|her|their|this|that|a|an)\s+(?:[\w'’-]+\s+){0,4}(?:in|on)\s+$",
    re.I,
)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.I)


def _tally_since(text: str, event: Event, timex: Timex | None, pub_day: str | None) -> bool:
    """True for a tally in the perfect up to the day told, from a date ("The outbreak has
    killed 58 people and infected 2,210 since January 18, the ministry said"): what it
    came to by the publication day is that day's news (no line of the date it opened)."""
    return (
        timex is not None
        and pub_day is not None
        and (event.end_date or "")[:10] == pub_day
        and event.quantity is not None
        and bool(_PERFECT.search(text, max(0, event.start - 20), event.start))
        and re.search(r"\bsince\s+$", text[max(0, timex.start - 10) : timex.start], re.I)
        is not None
    )


def _since_bound(text: str, event: Event, timex: Timex) -> bool:
    """True for an event told in the perfect over a stretch that a dated thing opens
    ("has launched Ariane 6 only four times since its first flight in July 2024"): the
    date is the thing's, the start of the stretch, and no day the event happened."""
    return (
        event.end <= timex.start
        and bool(_PERFECT.search(text, max(0, event.start - 20), event.start))
        and bool(_SINCE_THING.search(text, event.end, timex.start))
    )


# between a saying verb and the day it was said: "said on Wednesday", "said late on Monday"
_SAID_ON = re.compile(
    # ("said in his evening address on Friday", "said in a statement late on Monday")
    r"(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+[a-z-]+(?:\s+[a-z-]+){0,2})?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?",
    re.I,
)


def _day_of_trailing_saying(text: str, told: list[Event], timex: Timex) -> bool:
    """True when the timex is the day of a saying that comes after what it reports, and
    that report already has its line ("A missile struck a market late on Tuesday,
    killing 12 people, officials said on Wednesday"): a line for Wednesday would only
    tell the strike again. So does a plan of a day of its own ("the ministers will meet
    in Warsaw on 17 June, the ministry said on Thursday": its line is 17 June's); a plan
    bounded by a day, or of none, keeps the day it was announced ("workers will strike
    from 20 June, the union said on Monday"): a Background tells it then."""
    return any(
        (e.modality not in AHEAD_MODALITIES or _on_a_day_of_its_own(text, e))
        and e.attribution is not None
        and e.attribution.start is not None
        and e.attribution.end is not None
        and e.end <= e.attribution.start
        and _SAID_ON.fullmatch(text, e.attribution.end, timex.start) is not None
        for e in told
    )


# a saying verb closing a sentence, right before its day: ", Yermak said on Wednesday morning."
_CLOSING_SAYING = re.compile(
    r"\b(?:said|reported|announced|added|stated|wrote|showed)\s+(?:on\s+)?$"
)


def _closing_saying_day(
    text: str, timex: Timex, in_sentence: list[tuple[Timex, tuple[str, str]]], s_end: int
) -> bool:
    """True for the day of a saying that closes its sentence after a claim with a past
    day of its own ("The delegations completed their talks late on 18 March, Yermak
    said on Wednesday morning"): the claim's line tells it, on the claim's day."""
    if not _CLOSING_SAYING.search(text, max(0, timex.start - 30), timex.start):
        return False
    if text[timex.end : s_end].strip(" .") not in ("", "morning", "afternoon", "evening", "night"):
        return False
    return any(
        t.end < timex.start and iv[0] == iv[1] and iv[1] < (timex.begin or "")[:10]
        for t, iv in in_sentence
    )


# a bound before a date: "from 20 June", "by 1 November", "until the end of May"
_BOUND_BEFORE = re.compile(r"\b(?:from|since|by|until|till|before|after)\s+(?:the\s+)?$", re.I)


def _on_a_day_of_its_own(text: str, event: Event) -> bool:
    """Whether the event is dated by a date of its sentence that names its day (or run
    of days), not a bound ("by 1 November") nor a month."""
    if not event.timex or not event.begin or event.begin[:10] != (event.end_date or "")[:10]:
        return False
    at = text.find(event.timex, event.sentence_start, event.sentence_end)
    return at >= 0 and _BOUND_BEFORE.search(text, event.sentence_start, at) is None


# What stands between a date on a noun and a verb of a clause about that noun: "(the
# February 2023) earthquakes, which (killed)", "(the 2019) floods that had (swept)"
_NOUN_THEN_CLAUSE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s+(?:which|that)\s+(?:(?:had|has|have)\s+)?", re.I
)


# a noun dated by "in"/"on" a date, then the relative clause its verb opens: "a similar
# earthquake in (2011), which killed", "the floods in (May 2024) that destroyed"
# (words of a noun phrase: no determiner, preposition, verb of being or participle)
NOUN_IN_BEFORE = re.compile(
    r"\b(?P<np>(?:a|an|the|its|their|his|her)\s+"
    r"(?:(?!(?:a|an|the|of|in|on|at|to|for|from|by|with|since|than|and|or|is|are|was|were"
    r"|be|been|has|have|had)\b)(?![\w'’-]+ed\b)[\w'’-]+\s+){0,3}?"
    r"(?!(?:is|are|was|were|been|has|have|had)\b)(?![a-z]+ed\b)[a-z][\w'’-]*)\s+(?:in|on)\s+$"
)
_CLAUSE_AFTER_DATE = re.compile(r",?\s+(?:which|that)\s+(?:(?:had|has|have)\s+)?", re.I)


def _dated_antecedent(
    text: str, event: Event, timexes: list[Timex], s_start: int, pub_day: str | None
) -> tuple[Timex, tuple[str, str]] | None:
    """(the date, its days) of a noun dated by "in"/"on" a date gone by, when the event's
    verb opens a relative clause right after it ("a similar earthquake in 2011, which
    killed 15,000 people"): what the clause tells happened then."""
    for t in timexes:
        if t.end > event.start or t.begin is None or pub_day is None or t.vague:
            continue
        if not _CLAUSE_AFTER_DATE.fullmatch(text, t.end, event.start):
            continue
        if not NOUN_IN_BEFORE.search(text, max(s_start, t.start - 80), t.start):
            continue
        days = _past_year(t, pub_day) or line_days(t)
        if days is not None and days[1] < pub_day:
            return t, days
    return None


# a noun of a decision or an attempt, then the infinitive it takes: "(Argentina's)
# decision to", "(the union's) refusal not to"
INTENT_NOUN_PAST = {
    "decision": "decided",
    "refusal": "refused",
    "attempt": "attempted",
    "failure": "failed",
    "promise": "promised",
    "pledge": "pledged",
    "threat": "threatened",
    "offer": "offered",
    "vote": "voted",
    "request": "requested",
    "choice": "chose",
}
_INTENT = rf"\b(?:{'|'.join(INTENT_NOUN_PAST)})\s+(?:not\s+)?to\s+"
# the rest of the infinitive's phrase, up to the date: "(to withdraw) from the talks on"
_TO_DATE = r"(?:\s+(?!(?:who|which|that|when|where)\b)[\w'’-]+){0,8}\s+(?:on|in)\s+"
_INTENT_TO = re.compile(_INTENT + "$", re.I)
_NOW_PERFECT = re.compile(r"\b(?:has|have)\b", re.I)
_INTENT_PHRASE = re.compile(_INTENT + "[a-z]+" + _TO_DATE + "$", re.I)
_PHRASE_TO_DATE = re.compile(_TO_DATE)


def _dated_intent(
    text: str, event: Event, timexes: list[Timex], s_start: int, pub_day: str | None
) -> tuple[Timex, tuple[str, str]] | None:
    """(the date, its days) of a decision's infinitive dated inside its own phrase
    ("Argentina's decision to withdraw from the talks on Nov. 13 surprised diplomats"): the
    decision is that day's, whatever the sentence's verb tells of it later."""
    if not _INTENT_TO.search(text, max(s_start, event.start - 30), event.start):
        return None
    for t in timexes:
        if t.start < event.end or t.begin is None or pub_day is None or t.vague:
            continue
        if not _PHRASE_TO_DATE.fullmatch(text, event.end, t.start):
            return None
        days = line_days(t)
        return (t, days) if days is not None and days[1] <= pub_day else None
    return None


def _told_of_dated_noun(text: str, event: Event, timexes: list[Timex], pub_day: str | None) -> bool:
    """Whether the event's verb opens a relative clause on a noun a past month or year
    dates ("the February 2023 earthquakes, which killed ..."): it happened then."""
    return any(
        t.end <= event.start
        and t.begin is not None
        and pub_day is not None
        and (t.end_date or t.begin)[:10] < pub_day
        and (t.end_date or "")[:10] > t.begin[:10]  # (a month or a year, no day)
        and _NOUN_THEN_CLAUSE.fullmatch(text, t.end, event.start) is not None
        for t in timexes
    )


def _not_the_sentence_date(text: str, timex: Timex, s_start: int) -> bool:
    """True for a date that does not date what the sentence reports: one inside a
    relative clause ("a meeting that began on Wednesday"), a yardstick ("from 1.44% in
    September") or one describing a figure ("down from its October forecast")."""
    return (
        timex.subordinate
        or _yardstick(text, timex, s_start)
        # "walked out for the third time this month": the period the count is over
        or _COUNT_OF_TIMES.search(text, max(s_start, timex.start - 40), timex.start) is not None
        or (
            # (not "the Jan. 12 earthquake": the date of what the noun names)
            bool(_FIGURE_AFTER.match(text, timex.end))
            and describes_noun(text, timex.start, timex.end)
        )
        # "reported record passenger numbers for October": the period the figures cover
        or _FIGURE_FOR.search(text, max(s_start, timex.start - 60), timex.start) is not None
    )


# A count of times before a period: "for the third time this month", "the second time in
# a week", "for the first time since" is a bound (not this)
_COUNT_OF_TIMES = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|\w+th|\d+(?:st|nd|rd|th)|only|same)\s+time\s+"
    r"(?:(?:in|this|last|of)\s+)?$",
    re.I,
)


# a figure a date describes: "down from its October forecast", "the March reading"
_FIGURE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:forecasts?|estimates?|projections?|outlooks?|guidance|figures?|"
    r"readings?|levels?|data|numbers?|targets?|budgets?|prices?|rates?|highs?|lows?|peaks?)\b"
)


# a figure, then the period it is for: "passenger numbers for October", "results for the
# third quarter", "its forecast for 2027"
_FIGURE_FOR = re.compile(
    r"\b(?:forecasts?|estimates?|projections?|outlook|guidance|figures?|readings?|data|"
    r"numbers?|targets?|budgets?|results?|earnings|sales|profits?|losses|revenues?|output|"
    r"statistics|growth|inflation|exports|imports|traffic|volumes?|deficit|surplus)\s+for\s+"
    r"(?:the\s+(?:month|quarter|year|season|period|week)\s+(?:of|to|ending|ended)\s+|the\s+)?$",
    re.I,
)


# (in lower case: "The WHO, in a report ..." names no relative clause)
_RELATIVE_WORD = re.compile(r"\b(?:[Ww]ho|[Ww]hich|[Tt]hat|[Ww]hom|[Ww]hose|[Ww]here|[Ww]hen)\b")
# An aside naming a report, a study or figures by the day they came out, up to that day:
# "..., in a report published on", "said in a study released in", "according to figures
# issued on"
_REPORT_ASIDE = re.compile(
    r"\b(?:in|according\s+to|with)\s+(?:[\w'’-]+\s+){0,4}?(?:published|released|issued|"
    r"presented|unveiled|made\s+public|put\s+out)\s+(?:(?:late|early)\s+)?(?:on|in)?\s*$",
    re.I,
)


# A noun, then the subject of a relative clause with no relative word, right before its
# verb: "a decision the company (appealed)", "a ruling her lawyers (appealed)".
_REDUCED_RELATIVE = re.compile(
    r"\b(?:a|an|the)\s+[a-z]+\s+(?:the|its|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+\s+$"
)


def _in_clause_of(text: str, event: Event, timex: Timex, s_start: int) -> bool:
    """True when the event's trigger stands in the relative clause that holds the timex
    ("the minister, who resigned on Monday"), not before it ("a meeting that began")."""
    if _DONE_DURING.match(text, event.end) and event.end < timex.start:
        return True  # "the agreement reached during talks on 16 May": the talks' day
    if (
        event.timex == timex.text
        and not event.inferred
        and event.end <= timex.start
        and (_PARTICIPLE.fullmatch(event.trigger) or _PARTICIPLE_AFTER.match(text, event.end))
        and not _RELATIVE_WORD.search(text, event.start, timex.start)
        # (on the sentence's subject: "The WHO, in a report published on Tuesday, put the
        # number of cases at 3,540" is no line of the publishing)
        and _OPENING_PHRASE.fullmatch(text, s_start, event.start)
    ):
        # "The truce agreed in Doha last month collapsed", "A ceasefire brokered by Qatar
        # on 2 June collapsed": the agreeing's month, the ceasefire's day
        return True
    openers = list(_RELATIVE_WORD.finditer(text, s_start, timex.start))
    if not openers:
        # a reduced relative clause with a subject of its own ("a decision the company
        # appealed in October"): the event the timex dates is that clause's (not "The
        # WHO, in a report published on Tuesday, put ...": no subject, no clause)
        return (
            event.timex == timex.text
            and not event.inferred
            and event.end <= timex.start
            and bool(_REDUCED_RELATIVE.search(text, s_start, event.start))
        )
    last = openers[-1]
    if _BEGUN.match(text, last.end()) and not text[event.end : last.start()].strip(" ,"):
        return True  # "a strike that began on Sept. 13": the strike's own day
    return last.end() <= event.start < timex.start


# the verb of a relative clause that begins or ends its antecedent's happening
_BEGUN = re.compile(r"\s*(?:had\s+)?(?:began|begun|started|ended|finished|resumed|erupted)\b")


# an event noun, and the participle of what was done to it during a happening
_DONE_DURING = re.compile(r"\s+[a-z]+(?:ed|en|t)\s+during\s")
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|t)")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+(?:ed|en|t)\s")
# The words of a subject before its head or its participle: "The", "A truce", "The new"
_OPENING_PHRASE = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}(?:[\w'’-]+)?\s*")


# between two dates of one list: "August and October", "3, 5 and 9 May", "May or June"
_LIST_JOIN = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+|\s*,\s*")


def _dates_noun(text: str, timex: Timex) -> bool:
    """Whether the timex dates a noun, not a clause: one the events stage found ("the
    attack on Sunday"), or a day owning the noun after it ("Sunday's first round")."""
    return timex.dated_noun is not None or bool(_POSSESSIVE_AFTER.match(text, timex.end))


# "Friday's strike halted all trains": a day owning the subject of a deed in the past
_OWNED_DOER = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?!was\b|were\b|had\b|did\b)"
    r"(?:[a-z]{2,}ed|took|fell|rose|made|came|left|sent|struck|brought|drew|shut|hit|cut|"
    r"forced|caused|killed|halted)\s+(?:all|the|a|an|at|more|about|some|most|\d)"
)


# a saying right before the day owning the happening it followed: "said after", "told
# reporters after", "added following"
_SAID_AFTER = re.compile(
    r"\b(?:said|told\s+(?:[\w'’]+\s+){1,2}?|added|stated|announced|declared|wrote|warned|"
    r"insisted|stressed|noted|confirmed)\s*(?:after|following)\s+(?:the\s+)?$",
    re.I,
)


def _said_after_it(text: str, s_start: int, timex: Timex) -> bool:
    """Whether the timex is a day owning a happening a saying right before it followed
    ("said after Monday's vote"): the saying's day (the events stage dates it so), not
    only the noun's."""
    return _SAID_AFTER.search(text, max(s_start, timex.start - 80), timex.start) is not None


def _owns_the_doer(text: str, timex: Timex, s_start: int) -> bool:
    """Whether a day opening its sentence owns the subject of a deed told in the past
    ("Friday's strike halted all trains across the country", "Sunday's quake killed 40
    people"): the deed is of that day (not "Sunday's vote was marred": a state)."""
    return (
        FRONTED_DATE.fullmatch(text, s_start, timex.start) is not None
        and _OWNED_DOER.match(text, timex.end) is not None
    )


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")


def _consecutive_days(
    timexes: list[Timex], spans: dict[int, tuple[int, int]]
) -> dict[int, tuple[str, str]]:
    """For each day of a list of consecutive days ("last Thursday and Friday"), keyed by
    id, the days from the first to the last: one line for them all."""
    groups: dict[tuple[int, int], list[Timex]] = {}
    for t in timexes:
        if id(t) in spans:
            groups.setdefault(spans[id(t)], []).append(t)
    out: dict[int, tuple[str, str]] = {}
    for members in groups.values():
        days = [day_interval(t.begin, t.end_date) for t in members]
        if any(d is None or d[0] != d[1] for d in days):
            continue
        firsts = sorted(date.fromisoformat(d[0]) for d in days if d is not None)
        if all((b - a).days == 1 for a, b in itertools.pairwise(firsts)):
            for t in members:
                out[id(t)] = (firsts[0].isoformat(), firsts[-1].isoformat())
    return out


_SPACES = re.compile(r"[ \t]*")


def _date_lists(
    text: str, timexes: list[Timex], triggers: Container[int] = ()
) -> dict[int, tuple[int, int]]:
    """For each date of a list of dates ("In August and October, ..."), keyed by id, the
    span of the whole list: a line dated by one of them drops them all from its text.
    A date right before an event's trigger (at an offset in ``triggers``) opens a
    predicate of its own ("reported a loss on Oct. 23 and last month announced job
    cuts"): no list."""
    dates = sorted((t for t in timexes if t.type in ("DATE", "TIME")), key=lambda t: t.start)
    spans: dict[int, tuple[int, int]] = {}
    group: list[Timex] = []
    for t in [*dates, None]:
        if (
            t is not None
            and group
            and _LIST_JOIN.fullmatch(text, group[-1].end, t.start)
            and _SPACES.match(text, t.end).end() not in triggers  # type: ignore[union-attr]
        ):
            group.append(t)
            continue
        if len(group) > 1:
            for member in group:
                spans[id(member)] = (group[0].start, group[-1].end)
        group = [t] if t is not None else []
    return spans


# the join before the last date of a list of alternatives: "March or April", "3, 4 or 5 May"
_OR_JOIN = re.compile(r"(?:\s*,)?\s+or\s+")
_DAY_OR = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+or\s+$", re.I)


def _alternatives(text: str, listed: dict[int, tuple[int, int]], timexes: list[Timex]) -> set[int]:
    """The ids of the dates of a list of alternatives ("probably in March or April", "on
    Tuesday or Wednesday"): one date the source is unsure of, not a happening on each;
    none of them is a day the sentence's report happened."""
    out = {
        id(t) for t in timexes if _DAY_OR.search(text, max(0, t.start - 20), t.start)
    }  # "on 12 or 13 June", where only "13 June" reads as a date
    for span in set(listed.values()):
        members = sorted((t for t in timexes if listed.get(id(t)) == span), key=lambda t: t.start)
        if len(members) > 1 and _OR_JOIN.fullmatch(text, members[-2].end, members[-1].start):
            out |= {id(t) for t in members}
    return out


# How long before publication the latest date of a text may be for the text to tell the
# news of its day; older, the text retells the past ("Fighting erupted on April 15, 2023").
_RETOLD_AFTER = timedelta(days=7)
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|[a-z]{2,}ed|took|won|fled|began|fell|rose|led|made|came|went|gave"
    r"|held|left|met|saw|sent|struck|told|broke|brought|built|fought|found|grew|kept|lost|ran"
    r"|sold|stood|became|chose|drew|froze|sought|spoke|swept|swore|withdrew|overran|overtook"
    r"|shot|hit|quit|shut|seized|wrote|threw|drove|rode|sank|stole)\b"
)
_NOW_VERB = re.compile(
    # ("may" in lower case only: "May 2022" is the month)
    r"\b(?:is|are|am|has|have|says|say|will|would|can|(?-i:may)|might|must|should|remains?"
    r"|continues?|still|now|currently|today)\b",
    re.I,
)


def _told_in_the_past(sentence: str) -> bool:
    """Whether the sentence tells only of the past: a verb in the past, none of now."""
    return bool(_PAST_VERB.search(sentence)) and not _NOW_VERB.search(sentence)


def _retelling(extraction: Extraction, opening: int, s_start: int) -> bool:
    """True when every date the text gave before ``s_start`` (after its dateline) is well
    before publication: the text so far retells the past, and an undated past sentence
    in it is of that past, not of the publication day."""
    published = extraction.article.published
    if published is None:
        return False
    today = published.date().isoformat()
    latest = [
        t.end_date or t.begin
        for t in extraction.timexes
        if opening <= t.start < s_start
        and t.type in ("DATE", "TIME")
        and not t.vague
        and t.begin
        and t.begin[:10] <= today
    ]
    if not latest:
        return False
    newest = max(d[:10] for d in latest if d)
    return date.fromisoformat(newest) < published.date() - _RETOLD_AFTER


# a saying or a finding ("said", "denied", "recommended"), whose past is the news of
# its day however old the story told before it
_SAYING = re.compile(
    r"\b(?:said|told|wrote|thought|found|"
    + "|".join(
        f"{v[:-1]}ied" if v.endswith("y") else f"{v}(?:d|ed|ted)"
        for v in sorted(CUE_VERBS | {"recommend", "urge"})
    )
    + r")\b",
    re.I,
)


def _after_an_old_date(extraction: Extraction, opening: int, s_start: int) -> bool:
    """True when the last date the text gave before ``s_start`` (in the sentence's
    paragraph or the one before, not inside a relative clause) is a day well before
    publication: an undated past told next ("Torrential rain on Oct. 29, 2024 flooded
    homes. The regional government faced fierce criticism.") goes on with that past,
    on a day no one said, not on the publication day."""
    published = extraction.article.published
    if published is None:
        return False
    text = extraction.article.text
    paragraph = text.rfind("\n", 0, s_start) + 1  # (the sentence's paragraph starts here)
    window = text.rfind("\n", 0, len(text[:paragraph].rstrip())) + 1 if paragraph else 0
    before = [
        t
        for t in extraction.timexes
        if max(opening, window) <= t.start < s_start
        and t.type in ("DATE", "TIME")
        and not t.vague
        and not t.subordinate
        and t.begin
        # (not a stretch up to now: "the deadliest crash since 2009" tells no time)
        and not (t.begin[:10] != (t.end_date or "")[:10] >= published.date().isoformat())
    ]
    if not before:
        return False
    last = max(before, key=lambda t: t.start)
    day = (last.end_date or last.begin or "")[:10]
    # a day of its own, as a retold story has them; a month or years ("introduced
    # negative rates in January 2016") is background, after which the news goes on
    return (
        len(day) == 10
        and (last.begin or "")[:10] == day
        and date.fromisoformat(day) < published.date() - _RETOLD_AFTER
    )


def reports_of(extraction: Extraction) -> list[Report]:
    """The reports of one article, in text order."""
    article = extraction.article
    text = article.text
    published = article.published.isoformat() if article.published else None
    pub_day = story_day(text, article.published)
    opening = dateline_end(text) or 0
    # (the dateline's date, "ROTTERDAM, Nov 27 (Reuters) -", is when it was filed)
    timexes = [(t, iv) for t, iv in _dated_timexes(extraction) if t.start >= opening]
    places = {e.name: e for e in extraction.entities if e.type in PLACE_TYPES and e.lat is not None}
    reports: list[Report] = []
    seen_sentences: set[str] = set()
    quotations = Quotations(text)
    # The sentence before, if it was quoted speech, and who said it.
    previous: tuple[tuple[int, int], Attribution | None] | None = None
    entity_names = {e.name for e in extraction.entities}
    # the sentence before: where it ended, the one day its lines were on, its speaker
    before: tuple[int, tuple[str, str] | None, Attribution | None] | None = None
    for position, (s_start, s_end) in enumerate(sentence_spans(extraction)):
        sentence = text[s_start:s_end]
        last, before = before, None
        first_report = len(reports)
        events = [e for e in extraction.events if s_start <= e.start < s_end]
        # A sentence's own dates and its undated statement share its events' attribution;
        # a quotation that goes on from the sentence before is that speaker's.
        said_by = next((e.attribution for e in events if _has_speaker(e.attribution)), None)
        quoted = quotations.quoted(s_start, s_end)
        if previous and continues_quotation(quotations, previous[0], (s_start, s_end)):
            quoted = True
            said_by = said_by or previous[1]
        previous = ((s_start, s_end), said_by) if quoted else None
        if not is_prose(sentence) or sentence in seen_sentences or _source_line(text, s_start):
            continue
        if _SILENCE.match(sentence):
            continue  # "The army declined to comment.": nothing happened, nothing said
        seen_sentences.add(sentence)
        words = content_words(sentence)
        # The names the sentence mentions, and those its events' actors and speakers
        # stand for through an anaphor ("The company said ...", "It said ...").
        names = sorted(
            {
                e.name
                for e in extraction.entities
                if any(s_start <= m.start < s_end for m in e.mentions)
            }
            | {
                name
                for e in events
                for name in (e.actor, e.attribution.speaker if e.attribution else None)
                if name in entity_names
            }
        )
        located = [n for n in names if n in places]
        base: dict[str, Any] = {
            "article_id": article.id,
            "published": published,
            "sentence_start": s_start,
            "sentence_end": s_end,
            "sentence": sentence,
            "position": position,
            "words": words,
            "entities": names,
        }
        sentence_note = attribution_note(extraction, said_by, s_start, s_end, quoted=quoted)
        modality = guess_modality(sentence)
        in_sentence = [
            (t, iv)
            for t, iv in timexes
            if s_start <= t.start < s_end
            # a week is no day, unless it dates the whole sentence ("Last week, ...")
            and (
                "W" not in t.value
                or FRONTED_DATE.fullmatch(text, s_start, t.start)
                # a weekend gone by is two days ("About 48,000 people were vaccinated over
                # the weekend")
                or (
                    t.value.endswith("-WE")
                    and pub_day is not None
                    and bool(t.end_date)
                    and (t.end_date or "")[:10] < pub_day
                )
                # a week ahead dates a plan ("will vote on the budget next week"; not a
                # weekend, which a claim's line tells: "would arrive over the weekend")
                or (
                    pub_day is not None
                    and _WEEK_VALUE.fullmatch(t.value) is not None
                    and (t.begin or "")[:10] > pub_day
                )
            )
        ]
        used_days: set[str] = set()
        told: list[Event] = []  # the events that got a line
        years: list[tuple[Event, Timex, tuple[str, str]]] = []  # events of a past year
        done_by: list[tuple[Event, Timex]] = []  # events told done by a day gone by
        # a sentence dated by a longer period ("In late October, ...", "The worst season
        # on record was in 2023"), fronted or over before publication, is no report of
        # the publication day
        coarse = any(
            t.type in ("DATE", "TIME")
            and not t.vague
            and t.begin
            and day_interval(t.begin, t.end_date) is None
            and (
                FRONTED_DATE.fullmatch(text, s_start, t.start)
                or (
                    not t.subordinate
                    and pub_day is not None
                    and bool(t.end_date)
                    and (t.end_date or "")[:10] < pub_day
                )
            )
            for t in extraction.timexes
            if s_start <= t.start < s_end
        ) or any(
            # "In recent days, protesters gathered", "The firm recently cut": some time
            # before, not the publication day
            t.vague and t.value == "PAST_REF" and not t.subordinate
            for t in extraction.timexes
            if s_start <= t.start < s_end
        )
        fronted = next(
            (iv for t, iv in in_sentence if FRONTED_DATE.fullmatch(text, s_start, t.start)), None
        )
        # a date inside a relative clause dates that clause ("a meeting that began on
        # Wednesday", "the fine it imposed in May 2023"), not what the sentence reports:
        # only an event of that clause itself takes it
        # (not the day of a report the sentence names as its source: "The UN, in a report
        # published on Wednesday, put the toll at 120" was put that day)
        subordinate = {
            iv: t
            for t, iv in in_sentence
            if t.subordinate and not _REPORT_ASIDE.search(text, max(s_start, t.start - 80), t.start)
        }
        own_days = {iv for t, iv in in_sentence if not t.subordinate}
        subordinate_days = set(subordinate) - own_days
        in_sentence = [(t, iv) for t, iv in in_sentence if iv not in subordinate_days]
        # a date of a noun inside a phrase ("his victory at the marathon in December 2024",
        # "after the attack on Sunday") dates that noun: no line tells the sentence on it,
        # and no clean clause tells the noun's happening alone
        # (and so does a possessive day, "neither won a majority in Sunday's first round")
        noun_days = {
            iv
            for t, iv in in_sentence
            if _dates_noun(text, t)
            and not _owns_the_doer(text, t, s_start)
            and not _said_after_it(text, s_start, t)
        } - {iv for t, iv in in_sentence if not _dates_noun(text, t)}
        in_sentence = [(t, iv) for t, iv in in_sentence if iv not in noun_days]
        sentence_timexes = [t for t in extraction.timexes if s_start <= t.start < s_end]
        by = _bound_by_day(text, sentence, sentence_timexes, s_start, pub_day)
        listed = _date_lists(text, sentence_timexes, {e.start for e in events})
        run_of_days = _consecutive_days(sentence_timexes, listed)
        # "a new election would be held in spring, probably in March or April": the sentence
        # is dated by what else it names (or its publication), not by each alternative
        alternatives = _alternatives(text, listed, sentence_timexes)
        alternative_days = {iv for t, iv in in_sentence if id(t) in alternatives}
        in_sentence = [(t, iv) for t, iv in in_sentence if id(t) not in alternatives]
        alternative_days -= {iv for _, iv in in_sentence}
        durative = bool(_DURATIVE_OPENING.match(sentence))  # a stretch up to now
        # an undated past, no saying, told right after a date long gone: of that past
        retold = (
            not any(t.type in ("DATE", "TIME") for t in sentence_timexes)
            and _told_in_the_past(sentence)
            and not _SAYING.search(sentence)
            and _after_an_old_date(extraction, opening, s_start)
        )
        # "Wilders agreed at the time not to ...": then, not on a day of its own
        back_then = bool(EARLIER_TIME.search(sentence))
        coarse = coarse or back_then
        # "The quake hit at 12:50 local time" with no day the story makes clear (the
        # events stage wrote it XXXX-XX-XX): no guessed day tells the sentence
        unplaced = any(_unplaced(t) for t in sentence_timexes)
        coarse = coarse or unplaced
        # "carried out air strikes hours after the quake", "It came a day after rebels
        # announced a pause": told a stretch from another happening, not on the day the
        # story was published
        stretch_told = any(
            t.type == "DURATION"
            and not t.subordinate  # (not "the framework, which took effect two months after")
            and _STRETCH_FROM.match(text, t.end) is not None
            for t in sentence_timexes
        )
        coarse = coarse or stretch_told
        # the days the sentence names that may be when something was moved (not "from 29
        # April" in "brought forward its meeting from 29 April to today": the old day)
        moved_on = {
            iv[0] for t, iv in in_sentence if not _MOVED_FROM.search(text, s_start, t.start)
        }
        # "The union's refusal to sign the deal in October had angered ministers": the
        # sentence's day is the refusal's; what followed it has no day a source stated
        intent_dated = [
            e
            for e in events
            if _INTENT_TO.search(text, max(s_start, e.start - 30), e.start)
            and (
                (not e.inferred and e.begin is not None)
                or _dated_intent(text, e, sentence_timexes, s_start, pub_day)
            )
        ]
        # ("The government's failure to pay wages in March led to strikes": the date is
        # the failure's, in the noun's own phrase, with no event of the paying)
        intent_ends = [
            t.end
            for t in sentence_timexes
            if t.begin
            and _INTENT_PHRASE.search(text, max(s_start, t.start - 120), t.start)
            and not t.vague
        ]
        for event in events:
            interval = day_interval(event.begin, event.end_date)
            if (
                intent_dated
                and event.inferred
                and event not in intent_dated
                and event.start > intent_dated[0].end
                and interval == (pub_day, pub_day)
            ):
                continue
            if (
                event.inferred
                and interval == (pub_day, pub_day)
                and any(
                    end <= event.start and not _NOW_PERFECT.search(text, end, event.start)
                    for end in intent_ends
                )
            ):
                # what followed a dated failure or decision, told in the past, has no day
                # a source stated (not "has led to strikes": done by the publication day)
                continue
            own = next((t for t in sentence_timexes if t.text == event.timex), None)
            if own is not None and own.vague and not event.inferred:
                continue  # "In recent days, protesters gathered": no day a source stated
            if own is not None and _set_for(text, own, s_start, pub_day):
                # "Trade unions called a 24-hour rail strike for Friday": the calling is
                # the news, of its own day; the day set is what was set, no line of it
                continue
            if own is not None and _closing_saying_day(text, own, in_sentence, s_end):
                # "The delegations completed their talks late on 18 March, Yermak said on
                # Wednesday": the talks are 18 March's line, not Wednesday's
                continue
            if (own is not None and _unplaced(own)) or (event.inferred and unplaced):
                continue  # a clock time of an unknown day: when it happened, no one said
            if own is not None and (event.begin, event.end_date) == (own.begin, own.end_date):
                interval = line_days(own)  # "Earlier this week, police arrested": that week
            explicit = interval is not None and not event.inferred
            if interval in subordinate_days and not _in_clause_of(
                text, event, subordinate[interval], s_start
            ):
                continue
            dated = [(t, iv) for t, iv in timexes if s_start <= t.start < s_end]
            at = next((t for t, iv in dated if iv == interval), None)
            if (
                at is not None
                and interval is not None
                and _in_pronoun_clause(text, s_start, at, interval, dated)
            ):
                # "The court on Thursday heard arguments over an order that lower courts
                # have blocked since it was signed on Jan. 20": the clause's day, but who
                # "it" is the line could not say, and the sentence is Thursday's
                continue
            if any(_bounds(event, t) and t.begin and t.end_date for t in sentence_timexes):
                # "arrested two men after the attack on Sunday": after that day, on none
                # (not "ready as early as 1 November": the date's own bound, its first day)
                coarse = True
                continue
            bound = next((t for t in sentence_timexes if _bounds(event, t)), None)
            if bound is not None and (
                _done_by(text, event, bound, s_start, pub_day)
                or _due_by(text, event, bound, s_start, pub_day)
            ):
                done_by.append((event, bound))
                continue
            if (
                own is not None
                and _STRETCH_TO_NOW.fullmatch(own.text)
                and event.trigger.lower() in _REPORTING_WORDS
                and any(o.attribution and o.attribution.cue for o in events if o is not event)
            ):
                # "the health ministry said on Tuesday, reporting 64 new cases in the past
                # week": what the figure counts over, not when the ministry reported it
                continue
            if (
                interval in alternative_days
                or interval in noun_days
                # ("declared X the winner of last week's election on Thursday": the week
                # names the election, and the sentence tells no clause of it)
                or (
                    own is not None
                    and _POSSESSIVE_AFTER.match(text, own.end) is not None
                    and not _owns_the_doer(text, own, s_start)
                )
                # ("the number of people killed by Friday's landslide rose ... on Sunday":
                # the day names the landslide)
                or (own is not None and own.subordinate and own.dated_noun is not None)
            ):
                continue  # "would be held probably in March or April": no day of its own
            if event.inferred and (
                antecedent := _dated_antecedent(text, event, sentence_timexes, s_start, pub_day)
                or _dated_intent(text, event, sentence_timexes, s_start, pub_day)
            ):
                # "compared it to a similar earthquake in 2011, which killed 15,000 people":
                # the killing is the 2011 earthquake's, that year's line
                own_date, days = antecedent
                if days[0] not in used_days:
                    used_days.add(days[0])
                    told.append(event)
                    reports.append(
                        _event_report(
                            event,
                            base,
                            days,
                            True,
                            (own_date.start, own_date.end),
                            places,
                            _event_note(extraction, event, said_by, (s_start, s_end), quoted),
                        )
                    )
                continue
            if event.inferred and _told_of_dated_noun(text, event, sentence_timexes, pub_day):
                # "hit by the February 2023 earthquakes, which killed 53,000 people": the
                # killing was then, not on a guessed day (and the sentence is about then)
                coarse = True
                continue
            if event.inferred and (durative or back_then or stretch_told):
                continue  # "Since then, Israel has bombarded Gaza": no day of its own
            if event.inferred and _PLUPERFECT_MAIN.match(sentence):
                continue  # "Prosecutors had asked for 40 years": before the story's day
            if event.inferred and retold and interval == (pub_day, pub_day):
                continue  # "The regional government faced fierce criticism" after 2024's floods
            if event.inferred and by is not None:
                continue  # "By Monday evening, X had moved 240 residents, Y said": by then
            if (
                event.inferred
                and interval is not None
                and pub_day is not None
                and interval[1] < pub_day
                and modality in ("planned", "likely")
            ):
                # "The ministry is expected to review the deal" after "signed an agreement
                # on Wednesday": what is to come, not the day of the deal it names
                continue
            if event.inferred and (
                (fronted is not None and interval != fronted)
                or (in_sentence and interval not in {iv for _, iv in in_sentence})
            ):
                # "On 22 December, Fico met Putin, a visit that Zelenskyy criticised",
                # "The bodies were recovered a day later, police said": the sentence
                # dates its story; a guessed day for a clause inside it (the publication
                # day, the story's day) is one no source stated
                continue
            if interval is None and (event.begin or event.end_date):
                # dated, but by more than a day or a month ("in late October", "since
                # March 2024") or by a bound alone ("grew ... by Thursday night"): not a
                # day of the timeline, and not the publication day; a whole year gone by
                # ("An earthquake in Agadir in 1960 killed at least 12,000") is a year's
                # line when the sentence tells of no day
                if (
                    own is not None
                    and (year := _year_gone_by(event, own, pub_day)) is not None
                    and not (
                        (own.subordinate and not _in_clause_of(text, event, own, s_start))
                        # ("In an 1898 case, the court ruled ...": the year names the case)
                        or _DETERMINER_BEFORE.search(text, s_start, own.start)
                    )
                ):
                    years.append((event, own, year))
                if not _tally_since(text, event, own, pub_day):
                    coarse = True
                continue
            if interval is None:
                if pub_day is None or event.inferred:
                    # (an event the events stage could not date: "The RSF quickly took
                    # over the capital" in a retelling of 2023, "agreed at the time")
                    continue
                interval = (pub_day, pub_day)
            timex = next((t for t, iv in in_sentence if iv[0] == interval[0]), None)
            if timex is None and interval in subordinate_days:
                timex = subordinate[interval]  # the relative clause's own day, for its event
            if timex is None and not event.inferred:
                # a week ("a week ago") dates its event, though it is no day of its own
                # (and "earlier this week", whose line is the whole week)
                timex = next(
                    (
                        t
                        for t in sentence_timexes
                        if interval in (day_interval(t.begin, t.end_date), line_days(t))
                    ),
                    None,
                )
            if timex is None and not event.inferred and event.timex:
                # "since September 2021, when 119 inmates were killed": the date of a
                # bound is the day of what its when-clause tells
                timex = next(
                    (
                        t
                        for t in sentence_timexes
                        if t.text == event.timex and t.mod and interval[0].startswith(t.value)
                    ),
                    None,
                )
            if timex is not None and _yardstick(text, timex, s_start):
                continue  # "up from 41 deaths it reported a week ago": the yardstick's day
            if timex is not None and _since_bound(text, event, timex):
                continue  # "has launched four times since its first flight in July 2024"
            if (
                timex is not None
                and moved_on - {interval[0]}
                and _rescheduled_to(text, timex, s_start)
            ):
                # "(said on Tuesday it) had postponed the launch to 27-28 August": the
                # launch is due then, but the line is the moving's, on its own day (the
                # dates' loop below)
                continue
            if timex is not None and id(timex) in run_of_days:
                interval = run_of_days[id(timex)]  # "made their speeches on Thursday and Friday"
            used_days.add(interval[0])
            told.append(event)
            # A day the sentence itself names is stated, however the event got it.
            explicit = explicit or timex is not None
            reports.append(
                _event_report(
                    event,
                    base,
                    interval,
                    explicit,
                    listed.get(id(timex), (timex.start, timex.end)) if timex else None,
                    places,
                    _event_note(extraction, event, said_by, (s_start, s_end), quoted),
                )
            )
        # where what got a line ends: its event's trigger, or its day's date
        told_ends = [e.end for e in told] + [t.end for t, iv in in_sentence if iv[0] in used_days]
        alone = not used_days and not done_by
        year_days = set()  # the first days of the years that got a line
        for event, own, year in years:
            # a sentence told of no day has its years' lines ("was arrested in 2015 and
            # sentenced in 2016"); a relative clause's year is its own happening in any
            # sentence ("X, who won the prize in 2008, died on Monday")
            if year[0] in used_days or not (
                alone or own.subordinate or _year_before_and(text, own, in_sentence, used_days)
            ):
                continue
            used_days.add(year[0])
            year_days.add(year[0])
            told.append(event)
            reports.append(
                _event_report(
                    event,
                    base,
                    year,
                    True,
                    (own.start, own.end),
                    places,
                    _event_note(extraction, event, said_by, (s_start, s_end), quoted),
                )
            )
        if done_by and (not used_days or _and_after(text, told_ends, done_by[0][0].start)):
            # "By Monday evening, rescuers had evacuated 312 residents": a line under that
            # day that keeps its "By" (and "began on Tuesday and had spread ... by
            # Thursday night" gives one too, after Tuesday's: each predicate its own line)
            event, bound = done_by[0]
            day = (bound.end_date or bound.begin or "")[:10]
            used_days.add(day)
            told.append(event)
            reports.append(
                _event_report(
                    event,
                    base,
                    (day, day),
                    True,
                    (bound.start, bound.end),
                    places,
                    _event_note(extraction, event, said_by, (s_start, s_end), quoted),
                )
            )
        future_modality = guess_modality(sentence, future=True)
        for timex, interval in in_sentence:
            interval = run_of_days.get(id(timex), interval)
            if interval[0] in used_days or _not_the_sentence_date(text, timex, s_start):
                continue
            if any(_bounds(event, timex) for event in events):
                continue  # "likely to resign before the vote on Thursday": the vote's day
            if _set_for(text, timex, s_start, pub_day):
                continue  # "set a hearing for Nov. 12": the setting's line, not the hearing's
            if _in_pronoun_clause(text, s_start, timex, interval, in_sentence):
                continue  # "erupted on April 15, 2023, two years after they staged a coup in ..."
            if _day_of_trailing_saying(text, told, timex) or _closing_saying_day(
                text, timex, in_sentence, s_end
            ):
                continue
            if (used_days & moved_on) - {interval[0]} and _rescheduled_to(text, timex, s_start):
                # "On 18 February, X moved the launch to 21 July", "X said on Tuesday it
                # had postponed the launch to 27-28 August": another day the sentence
                # names is when it was moved, and that day's line tells it; a line for
                # the day it was moved to would tell of the moving on the wrong day
                continue
            used_days.add(interval[0])
            location = located[-1] if located else None
            reports.append(
                Report(
                    **base,
                    begin=interval[0],
                    end=interval[1],
                    explicit=True,
                    start=timex.start,
                    end_offset=timex.end,
                    timex_start=listed.get(id(timex), (timex.start, timex.end))[0],
                    timex_end=listed.get(id(timex), (timex.start, timex.end))[1],
                    modality=future_modality if interval[0] > (pub_day or "9") else modality,
                    location=location,
                    lat=places[location].lat if location else None,
                    lon=places[location].lon if location else None,
                    attribution=sentence_note,
                )
            )
        if used_days <= year_days | {iv[0] for _, iv in in_sentence} and _told_in_the_past(
            sentence
        ):
            for year_timex, year in _year_adverbials(text, sentence_timexes, s_start, pub_day):
                if year[0] in used_days:
                    continue
                # "The previous record was handed to Southern Water in 2019 by Ofwat", "He
                # joined the ministry in 1965" (no event of it): that year's line
                used_days.add(year[0])
                reports.append(
                    _timex_report(
                        base, year, year_timex, modality, sentence_note, listed.get(id(year_timex))
                    )
                )
        for own in sentence_timexes:
            decided = line_days(own) if own.subordinate and not own.vague else None
            if (
                decided is not None
                and decided[0] not in used_days
                and pub_day is not None
                and decided[1] <= pub_day
                and _INTENT_PHRASE.search(text, max(s_start, own.start - 120), own.start)
            ):
                # "Chile's decision to leave the pact on Oct. 29 alarmed its neighbours" (no
                # event of the leaving): the decision is that day's line
                used_days.add(decided[0])
                reports.append(_timex_report(base, decided, own, modality, sentence_note))
        for own, days in _relative_dates(text, sentence_timexes, s_start, pub_day):
            if days[0] not in used_days:
                # "Ahtisaari, who won the Nobel Peace Prize in 2008, has died" (no event of
                # the winning): the clause's date has its line
                used_days.add(days[0])
                reports.append(
                    _timex_report(base, days, own, modality, sentence_note, listed.get(id(own)))
                )
        told_ends += [t.end for t, iv in in_sentence if iv[0] in used_days]
        if by is not None and (
            not used_days
            or (
                (by.end_date or "")[:10] not in used_days
                and (
                    _and_after(text, told_ends, by.start)
                    or _clause_apart(text, s_start, s_end, told_ends, by)
                )
            )
        ):
            # "Thirty-two countries had filed their reports by Wednesday" (no event of it):
            # that day's line, "By 19 August, ...", not the publication day's
            day = (by.end_date or "")[:10]
            used_days.add(day)
            reports.append(_timex_report(base, (day, day), by, modality, sentence_note))
        until = _until_ahead(text, sentence_timexes, s_start, pub_day)
        if until is not None and all(
            not r.explicit and r.begin == pub_day and r.type in (None, "STATEMENT")
            for r in reports
            if r.sentence_start == s_start
        ):
            # "Schools in both cities will stay closed until February 23, he said" (no event
            # of the closing): a state that lasts to that day, "Until 23 February, ...",
            # not the saying's undated day
            dropped = [r for r in reports if r.sentence_start == s_start]
            reports = [r for r in reports if r.sentence_start != s_start]
            day = (until.end_date or "")[:10]
            used_days = {day}
            lasting = _timex_report(base, (day, day), until, future_modality, sentence_note)
            said = next((r for r in dropped if r.speaker), None)
            if said is not None:  # (who said it, as the saying's report had it)
                lasting.speaker, lasting.cue, lasting.channel = said.speaker, said.cue, said.channel
            reports.append(lasting)
        if (
            not used_days
            and pub_day is not None
            and not coarse
            and not durative
            and not (
                _told_in_the_past(sentence)
                and NARRATIVE_STEP.search(sentence)
                and _retelling(extraction, opening, s_start)
            )
            and not _PLUPERFECT_MAIN.match(sentence)
            and not _PRESENT_STATE.match(sentence)
            and not retold
        ):
            told_day = _continued_day(text, s_start, sentence, last)
            if told_day is not None:
                # "Another 120 were injured" after "At least 30 people were killed in the
                # blast on Monday, police said": more of the same happening, on its day
                # and on its source's word
                (first, last_day), note = told_day
                reports.append(
                    Report(
                        **base,
                        begin=first,
                        end=last_day,
                        explicit=False,
                        start=s_start,
                        end_offset=s_end,
                        modality="reported" if _has_speaker(note) else modality,
                        attribution=attribution_note(
                            extraction, note, s_start, s_end, quoted=quoted
                        )
                        or sentence_note,
                    )
                )
                continue
            # (not "Since then, Israel has bombarded Gaza": a stretch up to now, no
            # report of the publication day; nor "The RSF quickly took over the capital"
            # after "Fighting erupted in Khartoum on April 15, 2023": a step on in the past
            # retold; nor "Prosecutors had asked for 40 to 50 years", before the story's time)
            reports.append(
                Report(
                    **base,
                    begin=pub_day,
                    end=pub_day,
                    explicit=False,
                    start=s_start,
                    end_offset=s_end,
                    modality=modality,
                    attribution=sentence_note,
                )
            )
        told_days = {(r.begin, r.end) for r in reports[first_report:] if r.explicit}
        before = (s_end, told_days.pop() if len(told_days) == 1 else None, said_by)
    return reports


# a sentence that goes on counting what the sentence before told: "Another 120 were
# injured", "A further 40 people are missing", "Three others were wounded"
_COUNT = (
    r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than|some)\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
    r"|dozens|scores|hundreds|thousands|several|many)"
)
_CONTINUING = re.compile(
    rf"\W*(?:(?:another|a\s+further)\s+{_COUNT}|{_COUNT}\s+(?:more|others|other))\b", re.I
)


def _continued_day(
    text: str,
    s_start: int,
    sentence: str,
    last: tuple[int, tuple[str, str] | None, Attribution | None] | None,
) -> tuple[tuple[str, str], Attribution | None] | None:
    """The day, and the speaker, of the sentence just before when this undated one only
    counts more of what it told ("Another 120 were injured, and 15 remain missing" after
    "At least 30 people were killed in the blast on Monday, police said")."""
    if (
        last is None
        or last[1] is None
        or not _CONTINUING.match(sentence)
        or guess_modality(sentence) not in ("asserted", "reported")
    ):
        return None  # (not "Another two rounds of talks are planned")
    between = text[last[0] : s_start]
    if between.strip() or between.count("\n") > 1:
        return None  # (not a sentence of another paragraph)
    return last[1], last[2]


# a sentence whose main verb is a past perfect, with no comma or saying before it:
# "Prosecutors had asked for 40 to 50 years, while his lawyers had sought ..."
_PLUPERFECT_MAIN = re.compile(
    r"\W*(?:(?!(?:said|says|told|added|reported|announced|that)\b)[\w'’.-]+\s+){1,8}?"
    r"had\s+(?:(?:already|previously|earlier|also|long|\w+ly)\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|wn|ght|id|ld|lt|nt|pt|st|ft|ne|de|ke|ve|ew)\b",
    re.I,
)

# a sentence that only tells someone kept silent: "It did not give details.", "The army
# declined to comment.", "Officials could not be reached for comment." (nothing happened)
_SILENCE = re.compile(
    r"\W*(?:[\w'’.-]+,?\s+){1,6}?(?:did\s+not|didn't|would\s+not|wouldn't|declined\s+to"
    r"|refused\s+to|has\s+not|have\s+not|could\s+not\s+be\s+reached)\s+(?:yet\s+|immediately\s+"
    r"|publicly\s+)*(?:for\s+)?(?:comment|respond|reply|elaborate|say\s+(?:more|why|how|when)"
    r"|give\s+(?:any\s+|further\s+)?details|provide\s+(?:any\s+|further\s+)?details"
    r"|disclose\s+\w+|name\s+\w+|identify\s+\w+)\b[^,;]*[.!]?\s*$",
    re.I,
)
# a sentence whose main verb tells a state that holds now, with no saying before it:
# "Kovalenko is survived by his wife", "The group employs 4,200 people", "About 60,000
# people live in the district": true on the
# publication day, but nothing that happened on it
_PRESENT_STATE = re.compile(
    r"\W*(?:(?!(?:said|says|told|added|reported|announced|that|who|which)\b)[\w'’.-]+(?:,\d+)*,?\s+)"
    r"{1,8}?(?:(?:is|are)\s+(?:\w+ly\s+)?(?:survived|owned|controlled|headquartered|based"
    r"|married)\s+(?:by|in|to)\b|(?:employs|employ|owns|comprises|consists\s+of"
    r"|belongs\s+to|ranks|(?:is|are)\s+home\s+to|(?:live|lives)\s+(?:in|on|near|along|around)"
    r"|has\s+a\s+population\s+of"
    # "The bank has about 900,000 customers and 1,400 staff": a size held, not news
    r"|(?:has|have)\s+(?:about|around|some|nearly|almost|more\s+than|over|roughly)?\s*"
    r"\d[\d,.]*\s+(?:million\s+|billion\s+)?(?:customers|clients|members|staff|employees"
    r"|workers|users|subscribers|students|branches|stores|shops|beds|residents|inhabitants)"
    r"|(?:is|are)\s+guaranteed\s+by"
    # "The highway is the only road link between Yellowknife and the south": what it is
    r"|(?:is|are)\s+(?:the|one\s+of\s+the)\s+(?:only|sole|main|principal|largest|biggest"
    r"|busiest|longest|oldest|tallest|highest|deepest|[a-z]+-(?:largest|biggest|busiest))"
    r")\b)",
    re.I,
)


def _timex_report(
    base: dict[str, Any],
    interval: tuple[str, str],
    timex: Timex,
    modality: str,
    note: str | None,
    listed: tuple[int, int] | None = None,
) -> Report:
    """The report of a sentence dated by ``timex`` alone (no event of it), over
    ``interval``; ``listed`` is the span of the list of dates it is one of."""
    return Report(
        **base,
        begin=interval[0],
        end=interval[1],
        explicit=True,
        start=timex.start,
        end_offset=timex.end,
        timex_start=(listed or (timex.start, timex.end))[0],
        timex_end=(listed or (timex.start, timex.end))[1],
        modality=modality,
        attribution=note,
    )


def _event_report(
    event: Event,
    base: dict[str, Any],
    interval: tuple[str, str],
    explicit: bool,
    date_span: tuple[int, int] | None,
    places: dict,
    note: str | None,
) -> Report:
    attribution = event.attribution
    place = places.get(event.location or "")
    modality = event.modality
    if modality == "asserted" and base["published"] and interval[0] > base["published"][:10]:
        # "Modi will fly to Tianjin for a summit ... on Aug. 31": a happening after the
        # article is at best planned or foreseen, whatever its noun's own modality
        modality = guess_modality(base["sentence"], future=True)
    return Report(
        **base,
        begin=interval[0],
        end=interval[1],
        explicit=explicit,
        start=event.start,
        end_offset=event.end,
        type=event.type,
        actor=event.actor,
        target=event.target,
        theme=event.theme,
        location=event.location,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        modality=modality,
        polarity=event.polarity,
        speaker=attribution.speaker if attribution else None,
        cue=attribution.cue if attribution else None,
        channel=attribution.channel if attribution else None,
        timex_start=date_span[0] if date_span else None,
        timex_end=date_span[1] if date_span else None,
        attribution=note,
    )


def _event_note(
    extraction: Extraction,
    event: Event,
    said_by: Attribution | None,
    sentence: tuple[int, int],
    quoted: bool,
) -> str | None:
    """The attribution note of an event's report: its own attribution when that names a
    speaker, else the sentence's (``said_by``)."""
    who = event.attribution if _has_speaker(event.attribution) else said_by
    return attribution_note(extraction, who, sentence[0], sentence[1], quoted=quoted)


def _has_speaker(attribution: Attribution | None) -> bool:
    return attribution is not None and bool(attribution.speaker)
