"""Antecedents: what a line's opening pronoun stands for, from the sentence before.

A timeline line stands alone, so "They were spotted in Kursk Oblast." needs
its subject back: the noun phrase the previous sentence of the same source
made it refer to ("the first North Korean military units"). Only a clear
antecedent is used: the plural subject of the previous sentence for
"they", the one person it names, as its subject, for "he"/"she". The phrase is copied from
the source (minus counts such as "about 11,000", which belonged to that
sentence's claim), so the line still says only what its sources said.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from backstory.anaphora import FEMININE, PERSONAL, find_antecedent
from backstory.entities.gazetteer import find_city, find_country, find_region
from backstory.entities.names import given_name, name_gender
from backstory.entities.resolve import PERSON_ROLE_NOUNS, TITLE_WORDS
from backstory.entities.spans import is_dictionary_word
from backstory.linking.words import split_sentences
from backstory.timeml_events.recognise import is_event_noun

SUBJECT_PRONOUN = re.compile(
    r"^[\s\"'“”‘’«»(*•·–—-]*"
    # "In June, it ...", "On 17 June, he ..."
    r"(?:(?:in|on|by|last|earlier|later)\b[^,.;:\"“”]{1,40},\s+(?=(?:its?|he|she|they)\b))?"
    r"(they|he|she|its|it)\b",
    re.I,
)
# Verbs "it" is no one's subject of ("it emerged that", "it took three days").
_EXPLETIVE_VERBS = frozenset(
    ["be", "seem", "appear", "emerge", "take", "remain", "happen", "turn", "matter", "rain"]
)
# What an "it" may stand for, by NER's labels: an organisation or a country.
_IT_LABELS = ("ORG", "GPE")
# Dependents that stay with the antecedent's head in the copied phrase.
_KEPT = frozenset({"det", "amod", "compound", "poss", "case", "nmod", "flat", "punct"})


_OTHER_SEX = {"male": "female", "female": "male"}
# Singular nouns for one person, which "he"/"she" may stand for.
PERSON_NOUNS = (
    TITLE_WORDS
    | PERSON_ROLE_NOUNS
    | frozenset(
        """official man woman boy girl soldier pilot driver captain lawmaker politician
        employee manager resident candidate defender goalkeeper bishop professor
        businesswoman policeman policewoman officer diplomat inspector investigator
        detective agent councillor legislator broker trader banker accountant auditor
        clerk guard sergeant surgeon physician footballer athlete cyclist swimmer boxer
        referee owner tourist hiker climber fisherman passenger motorist pedestrian
        protester demonstrator prisoner inmate detainee hostage gunman attacker assailant
        shooter bomber hacker whistleblower dissident monk nun teenager pensioner
        veteran volunteer miner photographer cameraman blogger influencer""".split()  # noqa: SIM905
    )
)
# The sex a person noun says ("spokeswoman", "king"); others say none.
_MALE_NOUNS = """man boy king prince chairman spokesman congressman businessman policeman
gunman fisherman cameraman monk"""
_FEMALE_NOUNS = """woman girl queen princess chairwoman spokeswoman congresswoman
businesswoman policewoman actress nun"""
_NOUN_SEX = {
    **dict.fromkeys(_MALE_NOUNS.split(), "male"),
    **dict.fromkeys(_FEMALE_NOUNS.split(), "female"),
}


class _Names:
    """The entity lookup ``find_antecedent`` asks, answered from spaCy's NER."""

    _TYPES: ClassVar[dict[str, str]] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "COUNTRY"}

    def entity_at(self, token: Any) -> Any:
        kind = self._TYPES.get(token.ent_type_)
        return type("Named", (), {"type": kind})() if kind else None


def resolved_at(sentence: str) -> int:
    """Where in ``sentence`` its opening pronoun stands (after a fronted date, if any)."""
    match = SUBJECT_PRONOUN.match(sentence)
    return match.start(1) if match else 0


def previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence of ``text`` that ends before offset ``start``."""
    before = [span for span in split_sentences(text[:start]) if span[1] <= start]
    return before[-1] if before else None


def earlier_antecedent(
    text: str, start: int, sentence: str, nlp: Any, *, between: str = ""
) -> tuple[str, tuple[int, int]] | None:
    """(phrase, span of the sentence it is in) for ``sentence``'s opening pronoun, from
    the sentence of ``text`` before offset ``start``, else from the one before that
    when the sentence between (and ``between``, words of the pronoun's own sentence
    before it) names nothing else the pronoun could stand for: no plural noun for
    "they", no person for "he"/"she"."""
    match = SUBJECT_PRONOUN.match(sentence)
    span = previous_sentence(text, start)
    if match is None or span is None:
        return None
    pronoun = match.group(1).lower()
    if not _names_other(nlp, between, pronoun):
        phrase = antecedent_phrase(text[span[0] : span[1]], sentence, nlp)
        if phrase:
            return phrase, span
    middle = text[span[0] : span[1]]
    before = previous_sentence(text, span[0])
    if before is None or _names_other(nlp, middle + " " + between, pronoun):
        return None
    phrase = antecedent_phrase(text[before[0] : before[1]], sentence, nlp)
    return (phrase, before) if phrase else None


def _names_other(nlp: Any, words: str, pronoun: str) -> bool:
    """Whether ``words`` hold something else "they" (a plural noun) or "he"/"she" (a
    person) could stand for."""
    if not words.strip():
        return False
    doc = nlp(words)
    if pronoun == "they":
        return any(t.tag_ in ("NNS", "NNPS") for t in doc)
    if pronoun in ("it", "its"):
        return any(e.label_ in _IT_LABELS for e in doc.ents)
    return bool(_people(doc))


def antecedent_phrase(previous: str, sentence: str, nlp: Any) -> str | None:
    """The words of ``previous`` that ``sentence``'s opening pronoun refers to, or None."""
    match = SUBJECT_PRONOUN.match(sentence)
    if not match or not previous.strip():
        return None
    doc = nlp(previous.strip() + " " + sentence.strip())
    offset = len(previous.strip()) + 1
    at = offset + match.start(1) - (len(sentence) - len(sentence.lstrip()))
    pronoun = next((t for t in doc if t.idx >= at and not (t.is_punct or t.is_space)), None)
    if pronoun is None or pronoun.lower_ != match.group(1).lower():
        return None
    if pronoun.lower_ in ("it", "its"):
        return _organisation_before(doc, pronoun, offset, nlp)
    head = find_antecedent(pronoun, _Names())
    if pronoun.lower_ in PERSONAL and not any(e.end_char < offset for e in _people(doc)):
        return _person_described(doc, pronoun, offset)
    if head is None or head.idx >= offset:
        return None
    if pronoun.lower_ in PERSONAL:
        return _person_named(doc, pronoun, head, offset)
    kept = {head.i}
    for token in head.subtree:
        if token.i < head.i and all(a.dep_ in _KEPT for a in _path(token, head)):
            kept.add(token.i)
    first = head.i
    while first - 1 in kept:
        first -= 1
    phrase = doc[first : head.i + 1].text.strip(" ,")
    return phrase or None


def _person_named(doc: Any, pronoun: Any, head: Any, offset: int) -> str | None:
    """The name "he"/"she" stands for: the one person named before it (its subject),
    or the one of those named whose given name agrees with the pronoun when every other
    is of the other sex ("Anna Berg charged Tomas Lind. He was remanded": Tomas Lind);
    None when that is not clear."""
    named = [e for e in _people(doc) if e.end_char < offset]
    wanted = "female" if pronoun.lower_ in FEMININE else "male"
    genders = {e.text.split()[-1]: name_gender(e.text) for e in named}
    if len(genders) > 1:
        agreeing = {w for w, g in genders.items() if g == wanted}
        others = {w for w, g in genders.items() if g == _OTHER_SEX[wanted]}
        if len(agreeing) != 1 or len(agreeing) + len(others) != len(genders):
            return None  # two people named before: not clear who "he" is
        return max((e.text for e in named if e.text.split()[-1] in agreeing), key=len)
    span = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if len(genders) != 1 or span is None:
        return None
    if name_gender(span.text) == _OTHER_SEX[wanted]:
        return None  # "Maria Kovalenko ... he": someone else
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in span):
        return None  # the person named is not who the sentence before was about
    return span.text


def _person_described(doc: Any, pronoun: Any, offset: int) -> str | None:
    """For "he"/"she" after a sentence that names no person, the noun phrase of a person
    that is its main clause's subject ("A senior customs official in Odesa was detained
    ... On 17 June, he was served": "the senior customs official"), when nothing else
    before is a person; None otherwise."""
    before = [t for t in doc if t.idx < offset]
    if not before or any(e.start_char < offset for e in _people(doc)):
        return None
    root = before[-1].sent.root
    # the subject of the main clause, or of what it says ("A senior official was detained
    # ..., the bureau said")
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = next((c for c in subjects if _is_person_noun(c, pronoun)), None)
    if subject is None:
        return None
    others = [
        t for t in before if t.i != subject.i and t.pos_ == "NOUN" and _is_person_noun(t, None)
    ]
    if others:
        return None  # "an official and a driver": not clear which
    kept = {subject.i}
    for token in subject.subtree:
        if token.i < subject.i and all(a.dep_ in _KEPT for a in _path(token, subject)):
            kept.add(token.i)
    first = min(kept)
    words = doc[first : subject.i + 1].text.strip(" ,")
    return re.sub(r"^(?:an?|the)\s+", "the ", words, flags=re.I) if words else None


def _people(doc: Any) -> list[Any]:
    """The names NER takes for people in ``doc``, but for one word the gazetteer knows as
    a place ("in Odesa", which the model may tag PERSON)."""
    return [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and not (len(e) == 1 and (find_city(e.text) or find_country(e.text) or find_region(e.text)))
    ]


def _is_person_noun(token: Any, pronoun: Any) -> bool:
    """Whether ``token`` is a singular noun for a person ("official", "minister") that
    ``pronoun`` (if given) agrees with: "she" is no "spokesman", "he" no "actress"."""
    word = token.lower_
    if token.tag_ != "NN" or word not in PERSON_NOUNS:
        return False
    if pronoun is None:
        return True
    wanted = "female" if pronoun.lower_ in FEMININE else "male"
    return _NOUN_SEX.get(word) != _OTHER_SEX[wanted]


def _organisation_before(doc: Any, pronoun: Any, offset: int, nlp: Any) -> str | None:
    """The organisation or country named as the subject of the sentence before, for an
    "it" that is the subject of a verb of doing ("Black Orchid has attacked nine
    providers this year. In June, it published the data of 120,000 patients"), or None
    ("it emerged that", "it took three days", an "it" the sentence before leaves open)."""
    if pronoun.lower_ == "its":
        # "Its next decision is due on 19 March": the owner of the subject
        if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
    elif pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() in _EXPLETIVE_VERBS:
        return None
    roots = [t for t in doc if t.dep_ == "ROOT" and t.idx < offset]
    if not roots:
        return None
    subject = next((c for c in roots[-1].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    named = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if named is None and pronoun.lower_ == "it":
        return _happening_named(subject, offset)
    if named is None or named.end_char > offset:
        return None
    if named.label_ not in _IT_LABELS and not (named.label_ == "PERSON" and _no_person(named, nlp)):
        return None
    if named.start > 0 and doc[named.start - 1].lower_ == "the":
        return "the " + named.text  # ("The ECB lowered ... It had raised": "the ECB")
    return re.sub(r"^The\b", "the", named.text)  # (the line capitalises its first word)


def _happening_named(subject: Any, offset: int) -> str | None:
    """The noun phrase of a happening that is the subject of the sentence before, for its
    "it" ("The war between the army and the RSF broke out in April 2023. It has killed
    tens of thousands": "the war between the army and the RSF"); None for anything else
    or a phrase with a clause of its own."""
    if not is_event_noun(subject) or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    ):
        return None
    words = list(subject.subtree)
    if words[-1].idx >= offset or any(t.dep_ in ("relcl", "acl", "appos") for t in words):
        return None
    return re.sub(r"^The\b", "the", subject.doc[words[0].i : words[-1].i + 1].text)


def _no_person(span: Any, nlp: Any) -> bool:
    """Whether a name NER took for a person is none: several words, each an English
    word and none a given name ("Black Orchid", "Cozy Bear"; not "Rose Black", nor
    "Xi Jinping")."""
    words = [t.text for t in span if t.is_alpha]
    return (
        len(words) > 1
        and len(words) == len(span)
        and not any(given_name(w) for w in words)
        and all(is_dictionary_word(nlp, w.lower()) for w in words)
    )


def _path(token: Any, head: Any) -> list[Any]:
    """``token`` and its ancestors up to (not including) ``head``."""
    path = [token]
    while path[-1].head.i != head.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path
