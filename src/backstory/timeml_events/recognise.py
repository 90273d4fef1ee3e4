"""TimeML EVENT recognition over a spaCy parse: which tokens denote events, and their class.

General rules on the parse (part of speech, dependency, morphology) decide
whether a token is an event mention in the TimeML 1.2 sense; the hand-written
word lists of :mod:`backstory.timeml_events.lexicon` give its class:

- a verb is an event unless it is an auxiliary, a modal, the copula, the
  "going" of "going to", the "have" of "have to", an attributive participle
  ("the proposed merger") or a participle used as a preposition
  ("including", "based on"); its class comes from the verb lists, else
  OCCURRENCE, with rules on its arguments (an I_ACTION must take an event:
  "tried to flee"; a light verb with an event object is an OCCURRENCE:
  "held talks");
- a noun is an event when it is a listed event nominal ("attack", "talks",
  "election") or built by a deverbal suffix ("explosion", "payment",
  "bombing") and not a listed non-event ("nation", "government", "morning"),
  and it does not modify another noun ("peace talks": only "talks");
- an adjective is an event only as a predicate ("is ready", "remained
  closed") and only when it is a listed state (STATE or I_STATE);
- nothing inside a temporal expression is an event.

Extents are single words, as in TimeBank; a hyphenated compound
("cease-fire") is one word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from backstory.timeml_events import lexicon

_NOUN_CLASS: dict[str, str] = {}
for _cls in ("REPORTING", "PERCEPTION", "ASPECTUAL", "I_ACTION", "I_STATE", "STATE", "OCCURRENCE"):
    for _word in lexicon.EVENT_NOUNS[_cls]:
        _NOUN_CLASS.setdefault(_word, _cls)

_VERB_LISTS = (
    ("REPORTING", lexicon.REPORTING_VERBS),
    ("PERCEPTION", lexicon.PERCEPTION_VERBS),
    ("ASPECTUAL", lexicon.ASPECTUAL_VERBS),
    ("I_STATE", lexicon.I_STATE_VERBS),
    ("I_ACTION", lexicon.I_ACTION_VERBS),
    ("STATE", lexicon.STATE_VERBS),
)
_AUX_DEPS = frozenset(["aux", "auxpass"])
_PREDICATE_DEPS = frozenset(["acomp", "oprd", "xcomp", "ccomp", "ROOT", "conj", "advcl"])


@dataclass(frozen=True)
class TimemlEvent:
    """One EVENT mention: character offsets into the text, class and instance attributes."""

    start: int
    end: int
    text: str
    event_class: str
    tense: str = "NONE"
    aspect: str = "NONE"
    polarity: str = "POS"
    pos: str = "VERB"
    modality: str | None = None


def recognise_events(doc: Any, *, exclude: Iterable[tuple[int, int]] = ()) -> list[TimemlEvent]:
    """The TimeML events of a parsed text (a spaCy ``Doc``), in text order.

    ``exclude`` holds character spans (temporal expressions) that no event may touch.
    """
    blocked = sorted(exclude)
    events: list[TimemlEvent] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        first, last = _compound(tokens, i)
        i = last + 1
        head = tokens[last]
        start, end = tokens[first].idx, head.idx + len(head.text)
        if _touches(blocked, start, end):
            continue
        found = _classify(head)
        if found is None:
            continue
        event_class, pos = found
        tense, aspect, modality = _tense_aspect(head) if pos == "VERB" else ("NONE", "NONE", None)
        events.append(
            TimemlEvent(
                start,
                end,
                doc.text[start:end],
                event_class,
                tense=tense,
                aspect=aspect,
                polarity=_polarity(head),
                pos=pos,
                modality=modality,
            )
        )
    return events


def _compound(tokens: Sequence[Any], i: int) -> tuple[int, int]:
    """The first and last token index of the word at ``i`` ("cease - fire" is one word)."""
    last = i
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "-"
        and not tokens[last].whitespace_
        and not tokens[last + 1].whitespace_
        and tokens[last + 2].is_alpha
        and tokens[last].is_alpha
    ):
        last += 2
    return i, last


def _touches(blocked: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in blocked)


def _classify(token: Any) -> tuple[str, str] | None:
    """(class, part of speech) of an event word, or None when it is no event."""
    pos = token.pos_
    lemma = token.lemma_.lower()
    if pos == "VERB" or (pos == "AUX" and lemma == "have" and token.dep_ not in _AUX_DEPS):
        return _verb_class(token, lemma)
    if pos == "NOUN":
        if token.dep_ == "compound":
            return None  # a noun modifying a noun names a kind ("takeover bid", "peace talks")
        if token.tag_ == "NNS" and token.lower_ in lexicon.NON_EVENT_PLURALS:
            return None
        cls = _noun_class(token.text.lower(), lemma)
        if cls == "I_ACTION" and not _has_event_argument(token):
            cls = "OCCURRENCE"  # "the request was denied"; but "a request for talks"
        return (cls, "NOUN") if cls else None
    if pos == "ADJ" and _is_predicate(token):
        if lemma in lexicon.I_STATE_ADJECTIVES:
            return "I_STATE", "ADJECTIVE"
        if lemma in lexicon.STATE_ADJECTIVES:
            return "STATE", "ADJECTIVE"
    return None


def _verb_class(token: Any, lemma: str) -> tuple[str, str] | None:
    if token.dep_ in _AUX_DEPS or lemma in lexicon.NON_EVENT_VERBS:
        return None
    if lemma == "go" and token.tag_ == "VBG" and _has_infinitive(token):
        return None  # "is going to sign": the future of "sign"
    if lemma == "accord":
        return "REPORTING", "VERB"  # "according to"
    if token.dep_ in ("amod", "prep"):
        return None  # "the proposed merger", "including", "compared with"
    if token.dep_ == "acl" and lemma in lexicon.RELATION_PARTICIPLES:
        return None  # "a company based in Boston", "the quarter ended Sept. 30"
    if lemma == "call":
        # "called for talks", "called on them to leave" are intentions; "called it a
        # victory" says something
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in token.children) or any(
            _is_infinitive(c) for c in token.children if c.dep_ == "xcomp"
        ):
            return "I_ACTION", "VERB"
        return "REPORTING", "VERB"
    complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    if lemma == "have" and any(_is_infinitive(c) for c in complements):
        return None  # "had to leave": a modal, the event is "leave"
    if lemma in lexicon.LIGHT_VERBS and any(
        c.dep_ == "dobj" and _is_event_noun(c) for c in token.children
    ):
        return "OCCURRENCE", "VERB"  # "held talks", "had surgery"
    if lemma in lexicon.RAISING_VERBS:
        raised = complements or [c for c in token.children if c.dep_ in ("acomp", "attr")]
        return ("I_STATE" if raised else "OCCURRENCE"), "VERB"
    if lemma in lexicon.COMPLEMENT_REPORTING_VERBS and not any(
        c.dep_ == "ccomp" for c in token.children
    ):
        if lemma == "add" and token.dep_ in ("ROOT", "parataxis") and _quoted(token):
            return "REPORTING", "VERB"  # '"We will stay," he added.'
        return "OCCURRENCE", "VERB"
    if lemma in ("keep", "go") and any(c.tag_ == "VBG" for c in complements):
        return "ASPECTUAL", "VERB"  # "kept rising", "went on fighting"
    if lemma in ("decline", "fail") and any(c.tag_ == "VB" for c in complements):
        return "I_ACTION", "VERB"  # "declined to comment"
    # the lemmatiser may strip a verb too far ("hopes" -> "hop"): try the word as well
    forms = (lemma, token.lower_, token.lower_.removesuffix("s"))
    for cls, words in _VERB_LISTS:
        if any(form in words for form in forms):
            if cls == "I_ACTION" and not _has_event_argument(token):
                return "OCCURRENCE", "VERB"  # I_ACTION introduces an event: "asked him" does not
            return cls, "VERB"
    return "OCCURRENCE", "VERB"


def _has_event_argument(token: Any) -> bool:
    """Whether a verb or noun takes an event as argument ("tried to leave", "a call for talks")."""
    for c in token.children:
        if c.dep_ in ("xcomp", "ccomp", "acl") and c.pos_ in ("VERB", "AUX"):
            return True
        if c.dep_ in ("dobj", "nsubjpass") and _is_event_noun(c):
            return True
        if c.dep_ == "prep":
            for g in c.children:
                if (g.dep_ == "pcomp" and g.pos_ == "VERB") or (
                    g.dep_ == "pobj" and _is_event_noun(g)
                ):
                    return True
    return False


def is_event_noun(token: Any) -> bool:
    """Whether a token is a noun that names a happening ("attack", "vote", "victory")."""
    return token.pos_ == "NOUN" and _noun_class(token.lower_, token.lemma_.lower()) is not None


_is_event_noun = is_event_noun


def _is_infinitive(token: Any) -> bool:
    return token.tag_ == "VB" and any(c.tag_ == "TO" for c in token.children)


def _quoted(token: Any) -> bool:
    """Whether the sentence of ``token`` holds a quotation mark."""
    return any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”") for t in token.sent)


def _has_infinitive(token: Any) -> bool:
    return any(
        c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in token.children
    )


def _noun_class(word: str, lemma: str) -> str | None:
    for form in (word, lemma):
        if form in _NOUN_CLASS:
            return _NOUN_CLASS[form]
    if word in lexicon.NON_EVENT_NOUNS or lemma in lexicon.NON_EVENT_NOUNS:
        return None
    if lemma in lexicon.SUFFIX_AL_URE:
        return "OCCURRENCE"
    if len(lemma) > 6 and lemma.endswith(("tion", "sion", "ment")):
        return "OCCURRENCE"
    if len(lemma) > 6 and lemma.endswith("ing"):
        return "OCCURRENCE"
    return None


def _is_predicate(token: Any) -> bool:
    if token.dep_ in ("acomp", "oprd"):
        return True
    has_copula = any(
        c.dep_ in ("cop",) or (c.lemma_ == "be" and c.dep_ == "aux") for c in token.children
    )
    return token.dep_ in _PREDICATE_DEPS and has_copula


def _auxiliaries(token: Any) -> list[Any]:
    return [c for c in token.children if c.dep_ in _AUX_DEPS and c.i < token.i]


def _tense_aspect(token: Any) -> tuple[str, str, str | None]:
    """TimeML tense, aspect and modal of a verb from its auxiliaries and morphology."""
    auxes = _auxiliaries(token)
    head = token
    # an infinitive or participle inside a verb chain takes its chain's auxiliaries
    if not auxes and token.dep_ == "conj":
        head = token.head
        auxes = _auxiliaries(head)
    words = [a.lower_ for a in auxes]
    lemmas = [a.lemma_.lower() for a in auxes]
    modal = next((a.lower_ for a in auxes if a.tag_ == "MD"), None)
    tag = token.tag_
    aspect = "NONE"
    if tag == "VBG" and "be" in lemmas:
        aspect = "PROGRESSIVE"
    if "have" in lemmas and (tag == "VBN" or (tag == "VBG" and "been" in words)):
        aspect = "PERFECTIVE_PROGRESSIVE" if tag == "VBG" else "PERFECTIVE"
    if modal is not None and modal in lexicon.FUTURE_MODALS:
        return "FUTURE", aspect, None
    finite = next((a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP")), None)
    if modal is not None:
        tense = "NONE"
    elif finite is not None:
        tense = "PAST" if finite.tag_ == "VBD" else "PRESENT"
    elif tag == "VBD":
        tense = "PAST"
    elif tag in ("VBZ", "VBP"):
        tense = "PRESENT"
    elif tag == "VB" and any(a.tag_ == "TO" for a in auxes):
        tense = "INFINITIVE"
    elif tag == "VBG":
        tense = "PRESPART" if aspect == "NONE" else "NONE"
    elif tag == "VBN":
        tense = "PASTPART" if aspect == "NONE" else "NONE"
    else:
        tense = "NONE"
    return tense, aspect, modal


def _polarity(token: Any) -> str:
    negated = any(c.dep_ == "neg" for c in token.children)
    if not negated and token.head.i != token.i and token.dep_ in ("acomp", "attr"):
        negated = any(c.dep_ == "neg" for c in token.head.children)
    return "NEG" if negated else "POS"
