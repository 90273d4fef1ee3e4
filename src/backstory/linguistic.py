"""The linguistic stage: one spaCy pass (tokens, POS, parse, NER) per article.

It runs first so that every later stage (the temporal tagger included)
reads the same ``Doc`` from ``context.doc`` instead of parsing again.
Paragraph breaks and list bullets are sentence boundaries that spaCy's
parser does not always see on scraped pages, so they are set on the
tokens before the parser runs (the shared model object is not modified).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from backstory.article import SOCIAL_PLATFORMS
from backstory.extraction import Extraction
from backstory.nlp import load_nlp
from backstory.pipeline import Context
from backstory.timex.tagger import dateline_end

BULLETS = frozenset("•●▪◦‣∙·*–")
# What may stand before a date that opens its sentence ("On 22 December, ...",
# "• In August 2024, ..."): spaces, bullets or quotes, then at most a preposition.
# A time told only by pointing back at one named before ("Wilders agreed at the time not
# to become prime minister", "By then, the fire had spread"): what the clause tells
# happened then, not on the day of its report.
EARLIER_TIME = re.compile(
    r"\b(?:at\s+the\s+time|at\s+that\s+(?:time|point|stage)|back\s+then|by\s+then"
    r"|by\s+that\s+(?:time|point)|in\s+those\s+days)\b(?!\s+(?:of|when)\b)"
    # ("sued to block it within a day of its signing": a day after a happening told before)
    r"|\bwithin\s+(?:a|an|one|two|three|hours|days|weeks|\d+)\s*(?:hours?|days?|weeks?|months?)?"
    r"\s+of\s+(?:its|his|her|their)\s+\w+",
    re.I,
)
# An adverb that moves a story on from the time it last told ("The RSF quickly took over
# the capital", "Troops later withdrew"): what it tells happened after that time.
NARRATIVE_STEP = re.compile(
    r"\b(?:quickly|swiftly|soon|then|later|subsequently|afterwards?|eventually|thereafter"
    r"|shortly\s+after(?:wards)?|within\s+(?:days|weeks|months|hours))\b",
    re.I,
)
FRONTED_DATE = re.compile(r"[\s\W]*(?:(?:on|in|at|during)\s+)?", re.I)
# The possessive right after a date that owns the noun after it: "Friday's earthquake",
# "in Sunday's first round", "last month's vote"
OWNER_AFTER = re.compile(r"['’]s\b")


def direct_subject(verb: Any) -> Any:
    """The verb's own subject: its ``nsubj``, else the object of a passive "by" agent,
    else, for a verb the parser stranded inside a noun phrase, the name before it.

    A wire dateline's place ("LONDON, March 19 (Reuters) - Britain's regulator on
    Thursday blocked") is no subject: the subject is the noun after the dateline the
    parser hung on it or on the verb."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if in_dateline(child):
                return _after_dateline(verb, child)
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not _time_word(pobj):
                    return pobj  # not "delivered by mid-2026", "by the end of March"
    if stranded_verb(verb):
        return stranded_subject(verb)
    return None


def apposition_host(appos: Any, *, person: bool) -> Any:
    """The noun an apposition renames: its head, or, for a ``person``'s name the parser
    hung on the last noun of an "of" or "for" phrase, the noun that phrase qualifies ("The
    governor of Kharkiv Oblast, Oleh Syniehubov, said": the governor, not the oblast; a
    place or a body renames the noun it follows: "the head of the agency, the IAEA")."""
    host = appos.head
    while (
        person
        and host.dep_ == "pobj"
        and host.head.lower_ in ("of", "for")
        and host.head.head.pos_ == "NOUN"
        and host.ent_type_ != "PERSON"
    ):
        host = host.head.head
    return host


def in_dateline(token: Any) -> bool:
    """True for a token inside a wire dateline opening its sentence ("LONDON, March 19
    (Reuters) -", "NAIROBI, Kenya (AP) —")."""
    sent = token.sent
    end = dateline_end(sent.text)
    return end is not None and token.idx - sent.start_char < end


def _after_dateline(verb: Any, place: Any) -> Any:
    """The verb's subject after a dateline the parser took for it: another subject of the
    verb, else a noun in apposition to the dateline's place, else None."""
    for child in verb.children:
        if child.dep_ == "nsubj" and not in_dateline(child):
            return child
    for child in place.children:
        if child.dep_ == "appos" and not in_dateline(child):
            return child
    return None


# Nouns after "by" that say when, not who: "by the end of March", "by the time ..."
_TIME_HEADS = frozenset(["end", "start", "beginning", "middle", "close", "time", "turn"])


def _time_word(token: Any) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in _TIME_HEADS


# Verbs whose past is spelt as the base form, which the tagger may take for a noun
# after a name ("The IMF forecast growth of 3%": "forecast" a compound of "growth").
PAST_AS_BASE = frozenset(["forecast", "cut", "hit", "set", "put", "spread", "shut", "cast"])


def stranded_verb(token: Any) -> bool:
    """True for a past-tense verb the parser made a modifier in a sentence with no verb
    ("the Meteorological Department forecast above-average rainfall": "forecast" an
    nmod of "rainfall", the root; "The IMF forecast growth of 3%": a compound, tagged
    as a noun), with a name before it to be its subject."""
    past = token.tag_ == "VBD" or (token.tag_ == "NN" and token.lower_ in PAST_AS_BASE)
    return (
        past
        and token.dep_ in ("nmod", "compound", "amod", "nsubj")
        and token.sent.root.pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in token.sent if t.i != token.i)
        and stranded_subject(token) is not None
    )


def stranded_subject(token: Any) -> Any:
    """The name right before a stranded verb: its own compound ("Department"), or the
    one the parser hung on the same noun ("IMF" of "growth"), else None."""
    own = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if own is not None:
        return own
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == token.head.i:
        return before
    return None


def object_relatives(verb: Any) -> Iterator[Any]:
    """The verbs of the relative clauses on ``verb``'s direct objects (or on the noun after
    their "of") whose relative word is their subject: "arrived" in "sent a rescue team
    of 82 people, which arrived in Yangon on Saturday"."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        nouns = [obj, *(p for c in obj.children if c.lower_ == "of" for p in c.children)]
        for clause in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that")
                for c in clause.children
            ):
                yield clause


def _joins_on(token: Any) -> bool:
    """Whether the token is a lower-case "and", "but" or "or" right after a word or a
    comma (the parser sometimes starts a sentence there)."""
    before = token.doc[token.i - 1]
    return (
        token.text in ("and", "but", "or", "nor")
        and not before.is_space
        and before.text[-1:] not in (".", "!", "?", ":", ";", '"', "”", ")")
    )


def _closes_after_stop(token: Any) -> bool:
    """Whether the token is a closing quotation mark or bracket right after a full stop,
    "!" or "?" (no space between): the end of the sentence, not the start of the next."""
    before = token.doc[token.i - 1]
    return token.text in _CLOSERS and before.text[-1:] in (".", "!", "?") and not before.whitespace_


_CLOSERS = frozenset(['"', "”", "’", "'", ")", "]", "»"])


def prepare_doc(nlp: Any, text: str) -> Any:
    """A tokenised ``Doc`` with sentence starts preset at paragraph breaks and bullets.

    A blank line always starts a sentence; a single newline does only
    before a bullet (hard-wrapped text has single newlines mid-sentence).
    The text after a bullet, and after a line-initial label such as
    "Details:" or "Update:", starts a sentence too.
    """
    doc = _platform_split(nlp.make_doc(text))
    previous_end = 0
    starts: set[int] = set()
    for match in _LABEL.finditer(text):
        starts.add(match.end())
    after_bullet = False
    for token in doc:
        if token.is_space:
            continue
        if token.i > 0 and (
            token.text in BULLETS
            or after_bullet
            or token.idx in starts
            or text.count("\n", previous_end, token.idx) >= 2
        ):
            token.is_sent_start = True
        elif token.i > 0 and _closes_after_stop(token):
            token.is_sent_start = False  # 'was "a win for workers."': the quote closes it
        elif token.i > 0 and _joins_on(token):
            # "The army retook Wad Madani in January and recaptured ...": no new sentence
            token.is_sent_start = False
        after_bullet = token.text in BULLETS
        previous_end = token.idx + len(token.text)
    for start in starts:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            j = span.start
            while j < len(doc) and doc[j].is_space:
                j += 1
            if j < len(doc):
                doc[j].is_sent_start = True
    return doc


# Where a platform of one letter is named ("in a post on X.", "wrote on X."): not an
# initial, so a full stop after it ends the sentence
_ON_PLATFORM = frozenset(["on", "via", "platform", "network"])


def _platform_split(doc: Any) -> Any:
    """The doc with a one-letter platform's name cut from the full stop the tokenizer
    joined to it as an initial's ("a post on X. Private firm Skyroot said ...": "X",
    "." and a new sentence, was one sentence with a name "X. Private")."""
    found = [
        t
        for t in doc
        if t.text in _ONE_LETTER_PLATFORMS
        and t.i > 0
        and doc[t.i - 1].lower_ in _ON_PLATFORM
        and t.whitespace_
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text[:1].isupper()
    ]
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
    for token in doc:
        if (
            token.i > 1
            and doc[token.i - 1].text == "."
            and doc[token.i - 2].text + "." in (_ONE_LETTER_PLATFORMS)
            and doc[token.i - 1].whitespace_
        ):
            token.is_sent_start = True
    return doc


_ONE_LETTER_PLATFORMS = frozenset(f"{p}." for p in SOCIAL_PLATFORMS if len(p) == 1)

# "Details: ...", "Update: ..." at the start of a line: a label, not a subject.
_LABEL = re.compile(r"^[ \t]*[A-Z][a-z]+(?: [a-z]+)?:(?=[ \t]+\S)", re.M)


def parse(nlp: Any, text: str) -> Any:
    """The analysed ``Doc`` of ``text`` (tagger, parser, NER)."""
    doc = prepare_doc(nlp, text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def parse_many(nlp: Any, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Any]:
    """Analysed ``Doc`` objects for many texts, batched through ``nlp.pipe``."""
    return nlp.pipe((prepare_doc(nlp, t) for t in texts), batch_size=batch_size)


def analyse(extraction: Extraction, context: Context) -> Extraction:
    """Stage "linguistic": parse the text once; keep the Doc and sentence offsets."""
    doc = context.doc
    text = extraction.article.text
    if doc is None or doc.text != text:
        nlp = load_nlp(context.settings.model)
        if len(text) >= nlp.max_length:
            nlp.max_length = len(text) + 1
        doc = parse(nlp, text)
    context.doc = doc
    sentences = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start and text[start:end].strip("".join(BULLETS)):
            sentences.append((start, end))
    extraction.sentences = sentences
    return extraction
