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
from backstory.attribution import CUE_VERBS
from backstory.entities.gazetteer import find_city, find_country, find_region
from backstory.entities.names import given_name, name_gender
from backstory.entities.resolve import PERSON_ROLE_NOUNS, TITLE_WORDS
from backstory.entities.spans import is_dictionary_word
from backstory.linking.words import split_sentences
from backstory.timelines.tense import quoted_spans
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
        veteran volunteer miner photographer cameraman blogger influencer negotiator
        envoy mediator economist strategist""".split()  # noqa: SIM905
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
    if phrase:
        return phrase, before
    if pronoun in ("he", "she") and not between.strip():
        return _chained_person(text, before, sentence, nlp, pronoun)
    return None


_POSSESSIVE = {"he": "his", "she": "her"}
# Sentences a "he"/"she" may reach back over to the one that names its person.
_CHAIN_REACH = 6
_OTHER_GENDER = {
    "he": re.compile(r"\b(?:she|her|hers)\b", re.I),
    "she": re.compile(r"\bhe\b|\bhis\b|\bhim\b", re.I),
}


def _chained_person(
    text: str, span: tuple[int, int], sentence: str, nlp: Any, pronoun: str
) -> tuple[str, tuple[int, int]] | None:
    """(phrase, span) of the one person a "he"/"she" stands for, found back over sentences
    that name nobody or go on telling of them by the same pronoun ("Born in 1937,
    Ahtisaari became a refugee. He joined the ministry in 1965. As UN envoy, he led the
    mission in 1989. Namibia held elections in November 1989. He was elected ..."). None
    when a sentence on the way names two people, uses the pronoun (or "his"/"her") before
    naming its one person (it may be another's), or uses a pronoun of the other gender."""
    for _ in range(_CHAIN_REACH):
        words = text[span[0] : span[1]]
        if _OTHER_GENDER[pronoun].search(words):
            return None
        found = _people(nlp(words))
        people = {e.text.split()[-1] for e in found}
        if people:
            mine = re.search(rf"\b(?:{pronoun}|{_POSSESSIVE[pronoun]})\b", words, re.I)
            if len(people) > 1 or (mine is not None and mine.start() < found[0].start_char):
                return None  # ("His deputy, Mikko Rinne, ran the depot": "his" is another's)
            phrase = antecedent_phrase(words, sentence, nlp)
            return (phrase, span) if phrase else None
        before = previous_sentence(text, span[0])
        if before is None:
            return None
        span = before
    return None


def _names_other(nlp: Any, words: str, pronoun: str) -> bool:
    """Whether ``words`` hold something else "they" (a plural noun) or "he"/"she" (a
    person) could stand for."""
    if not words.strip():
        return False
    doc = nlp(words)
    if pronoun == "they":
        return any(t.tag_ in ("NNS", "NNPS") for t in doc)
    if pronoun in ("it", "its"):
        # (a named organisation, or any one thing the sentence is about)
        return any(e.label_ in _IT_LABELS for e in doc.ents) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" for t in doc
        )
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
        return _name_described(doc, pronoun, offset) or _person_described(doc, pronoun, offset)
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
    if len(owners := [e for e in named if e.root.dep_ == "poss"]) < len(named):
        # "said Mutharika's spokesman, Shadric Namalomba ... He said": the spokesman, not
        # the one whose spokesman he is
        named = [e for e in named if e not in owners]
    wanted = "female" if pronoun.lower_ in FEMININE else "male"
    if (
        len(named) == 1
        and named[0].root.dep_ == "appos"
        and named[0].root.head.dep_ in ("nsubj", "nsubjpass")
        and name_gender(named[0].text) != _OTHER_SEX[wanted]
    ):
        return named[0].text  # the name set beside the subject: "his spokesman, X"
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
    a place ("in Odesa", which the model may tag PERSON) and a name that only modifies a
    noun ("a former Brexit negotiator", which the model may tag PERSON): no one a pronoun
    after it could stand for."""
    return [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and not (len(e) == 1 and (find_city(e.text) or find_country(e.text) or find_region(e.text)))
        and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")
    ]


def _name_described(doc: Any, pronoun: Any, offset: int) -> str | None:
    """For "he"/"she" after a sentence whose main subject is a name the model took for no
    person (or for a place or an organisation) but set beside a noun for one ("Barnier, a
    former Brexit negotiator, was appointed in September. He had used ..."), that name,
    unless the gazetteer knows it as a place; None otherwise."""
    before = [t for t in doc if t.idx < offset]
    if not before:
        return None
    root = before[-1].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNP" or subject.ent_type_ == "NORP":
        return None
    if not any(c.dep_ == "appos" and _is_person_noun(c, pronoun) for c in subject.children):
        return None
    first = subject
    while (
        first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == subject.i
    ):
        first = doc[first.i - 1]
    name = doc[first.i : subject.i + 1].text
    if find_city(name) or find_country(name) or find_region(name):
        return None
    return name


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
        return _happening_named(subject, offset) or _thing_named(subject, offset)
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
    if words[-1].idx >= offset:
        return None
    if any(t.dep_ in ("relcl", "acl", "appos") for t in words):
        # "The fire, which was first spotted on July 8, has burned ... It grew": the
        # noun and the words before it ("the fire"), not the clause set beside it
        words = [
            t
            for t in words
            if t.i == subject.i
            or (t.i < subject.i and all(a.dep_ in _KEPT for a in _path(t, subject)))
        ]
        if subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text != ",":
            return None  # ("the war that broke out": the clause is part of the phrase)
    return re.sub(r"^The\b", "the", subject.doc[words[0].i : words[-1].i + 1].text)


def _thing_named(subject: Any, offset: int) -> str | None:
    """The noun phrase with "the" of one thing, no person nor time, that is the subject
    of the sentence before, for its "it" ("The alliance said it would send ...": "the
    alliance"; "The airline grounded 12 of its jets ... It said on Monday ...": "the
    airline"); None for anything else or a phrase with a clause of its own."""
    if subject.tag_ != "NN" or subject.lower_ in PERSON_NOUNS or subject.lower_ in _TIME_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    words = [
        t
        for t in subject.subtree
        if t.i == subject.i or (t.i < subject.i and all(a.dep_ in _KEPT for a in _path(t, subject)))
    ]
    if words[-1].idx >= offset or any(t.dep_ in ("relcl", "acl", "appos") for t in words):
        return None
    pronoun = next((t for t in subject.doc if t.idx >= offset and t.dep_ == "nsubj"), None)
    if not (pronoun is not None and pronoun.head.lemma_.lower() in _SPEAKING_VERBS) and any(
        t.tag_ in ("NN", "NNP")
        and t.dep_ != "compound"
        and t.ent_type_ not in ("DATE", "TIME")
        and t not in words
        for t in subject.doc
        if t.idx < offset
    ):
        # ("The ministry condemned the attack. It killed 12": not clear which; but "The
        # company detected the impurity at its plant. It notified regulators": only the
        # subject could have told anyone)
        return None
    return re.sub(r"^The\b", "the", subject.doc[words[0].i : subject.i + 1].text)


# Verbs of telling, whose "it" is one who can speak: the subject before, not a thing
_SPEAKING_VERBS = CUE_VERBS | frozenset(
    ["notify", "inform", "alert", "apologise", "apologize", "ask", "urge", "appeal", "sue"]
)

# Nouns of time, which an "it" after them is not ("The year ended ... It ...")
_TIME_NOUNS = frozenset(
    "day week month year decade century time moment hour night morning evening".split()  # noqa: SIM905
)


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


# An object pronoun a line may leave bare ("removed him from office", "three of them")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.I)
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})
Edit = tuple[int, int, str]


def object_antecedents(
    text: str, start: int, sentence: str, nlp: Any
) -> tuple[list[Edit], tuple[int, int] | None]:
    """The edits (start, end, phrase) that name what ``sentence``'s object pronouns stand
    for, when its own words before them do not say and an earlier sentence (in ``text``,
    before offset ``start``) does: "him"/"her" (and "his"/"her" before a noun) the one
    person the sentence before names, or the one before that when the one between names
    no one ("... for former President Pedro Castillo. Lawmakers removed him from office":
    Pedro Castillo); "them" the one plural noun the main clause of the sentence before has
    as subject or object, a counted one for "two of them" ("The airline grounded 12 of its
    jets ... three of them": the jets); and the span of that earlier sentence. No edit
    when that is not clear."""
    if not _OBJECT_PRONOUN.search(sentence):
        return [], None
    doc = nlp(sentence)
    quoted = quoted_spans(sentence)
    edits: list[Edit] = []
    used: tuple[int, int] | None = None
    for token in doc:
        if any(a <= token.idx < b for a, b in quoted) or not _object_pronoun(token):
            continue
        mates = _clause_subject(token)
        if token.tag_ == "PRP$" and any(doc[i].pos_ == "PROPN" for i in mates):
            continue  # ("Varga, 51, told her party": a named subject's own, not one before)
        before = [t for t in doc[: token.i] if t.i not in mates]
        if token.lower_ == "them":
            found = None if _plural_before(before) else _plural_named(text, start, token, nlp)
        else:
            found = None if _person_before(before) else _one_person(text, start, token, nlp)
        if found is None:
            continue
        phrase, used = found
        if token.tag_ == "PRP$":
            phrase += "'s"
        edits.append((token.idx, token.idx + len(token.text), phrase))
    return edits, used


def _object_pronoun(token: Any) -> bool:
    """Whether ``token`` is "him", "her" or "them" as an object, or "his"/"her" owning a
    noun ("ordered her release")."""
    if token.lower_ in ("him", "her", "them") and token.tag_ == "PRP":
        return token.dep_ in _OBJECT_DEPS
    return token.lower_ in ("his", "her") and token.tag_ == "PRP$" and token.dep_ == "poss"


def _clause_subject(token: Any) -> set[int]:
    """The tokens of the subject of the clause ``token`` is in ("Government troops
    retook one of them": "troops" is not who "them" are)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    return {
        t.i
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and token not in c.subtree
        for t in c.subtree
    }


def _plural_before(words: Any) -> bool:
    """Whether ``words`` hold something else "them" could stand for."""
    return any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "their") for t in words)


def _person_before(words: Any) -> bool:
    """Whether ``words`` hold someone else "him"/"her" could stand for."""
    return any(
        t.ent_type_ == "PERSON"
        or t.lower_ in ("he", "she", "his")
        or (t.tag_ == "NN" and t.lower_ in PERSON_NOUNS)
        for t in words
    )


def _one_person(
    text: str, start: int, pronoun: Any, nlp: Any
) -> tuple[str, tuple[int, int]] | None:
    """(name, span of its sentence): the one person the sentence of ``text`` before offset
    ``start`` names, who may be ``pronoun`` (a given name of the other sex is not), or the
    one the sentence before that names when the one between names no one; None when it
    names several, or someone else it could be ("X's lawyer", "a guard")."""
    span = (start, start)
    for _ in range(2):
        before = previous_sentence(text, start)
        if before is None:
            return None
        span = before
        doc = nlp(text[span[0] : span[1]])
        named = _people(doc)
        described = any(
            t.tag_ == "NN"
            and t.lower_ in PERSON_NOUNS
            and t.ent_type_ != "PERSON"
            # (not the title of the one named: "opposition leader Maria Santos")
            and not (t.dep_ in ("compound", "appos") and t.head.ent_type_ == "PERSON")
            and not any(c.ent_type_ == "PERSON" and c.dep_ == "appos" for c in t.children)
            for t in doc
        )
        if named or described:
            break
        start = span[0]
    if not named and described:
        phrase = _person_noun_phrase(doc, pronoun)
        return (phrase, span) if phrase else None
    if described or len({e.text.split()[-1] for e in named}) != 1:
        return None
    wanted = "male" if pronoun.lower_ in ("him", "his") else "female"
    name: str = max((e.text for e in named), key=len)
    if name_gender(name) == _OTHER_SEX[wanted]:
        return None
    return name, span


def _person_noun_phrase(doc: Any, pronoun: Any) -> str | None:
    """For "him"/"her" after a sentence that names no one, the noun phrase of the one
    person it tells of, with "the" ("Rescuers pulled a 9-year-old girl from the rubble
    ... found her": "the 9-year-old girl"); None when it tells of several, or of one
    of the other sex ("a boy" for "her")."""
    people = [t for t in doc if t.pos_ == "NOUN" and _is_person_noun(t, None)]
    if len(people) != 1 or not _is_person_noun(people[0], pronoun):
        return None
    noun = people[0]
    words = [
        t
        for t in noun.subtree
        if t.i == noun.i or (t.i < noun.i and all(a.dep_ in _KEPT for a in _path(t, noun)))
    ]
    if any(t.dep_ in ("relcl", "acl", "appos") for t in words):
        return None
    phrase = doc[words[0].i : noun.i + 1].text
    if not re.match(r"(?:an?|the)\s", phrase, re.I):
        return None  # ("Ukraine's envoy", "two officials'"): left to the source
    return re.sub(r"^(?:an?|the)\s+", "the ", phrase, flags=re.I)


def _plural_named(
    text: str, start: int, pronoun: Any, nlp: Any
) -> tuple[str, tuple[int, int]] | None:
    """(phrase, span of its sentence): the one plural noun phrase the sentence of ``text``
    before offset ``start`` has as its main clause's subject or object ("grounded 12 of
    its jets": "the jets"), with "the" for its count or owner; for a part of it ("two of
    them") the one that is counted ("Police arrested five men": the men). None when it
    has none or several."""
    span = previous_sentence(text, start)
    if span is None:
        return None
    doc = nlp(text[span[0] : span[1]])
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    verbs = [roots[0], *(c for c in roots[0].children if c.dep_ == "conj")]
    args = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # ("12 of its jets": the count's noun)
    args += [
        p
        for a in args
        if a.pos_ == "NUM"
        for of in a.children
        if of.lower_ == "of"
        for p in of.children
        if p.dep_ == "pobj"
    ]
    # (people or things joined by "and" are plural too: "Anna Weber and Jonas Keller")
    plural = [
        a
        for a in args
        if (a.tag_ in ("NNS", "NNPS") and a.ent_type_ == "")
        or any(c.dep_ == "conj" for c in a.children)
    ]
    if len(plural) > 1 and pronoun.head.lower_ == "of" and pronoun.head.head.pos_ == "NUM":
        plural = [a for a in plural if _counted(a)]
    if len(plural) != 1:
        return None
    head = plural[0]
    if any(c.dep_ == "conj" for c in head.children):
        return None  # (the phrase would be a list: left to the source)
    words = [
        t
        for t in head.subtree
        if t.i == head.i
        or (
            t.i < head.i
            # (a count of the noun goes: "five men" are "the men"; "25% tariffs" stay)
            and _path(t, head)[-1].dep_ != "nummod"
            and all(a.dep_ in _KEPT or a.dep_ == "nummod" for a in _path(t, head))
        )
    ]
    if any(t.dep_ in ("relcl", "acl", "appos") for t in words):
        return None
    kept = [t for t in words if not (t.dep_ in ("det", "poss") and t.tag_ in ("PRP$", "DT"))]
    if not kept or not kept[-1].is_alpha:
        return None
    phrase = doc[kept[0].i : head.i + 1].text if len(kept) == head.i - kept[0].i + 1 else None
    if phrase is None:
        return None  # (a word left out inside the phrase: not the source's words)
    owned = any(t.dep_ == "poss" for t in kept)  # "Ukraine's troops" needs no "the"
    return (phrase if owned else "the " + phrase), span


def _counted(noun: Any) -> bool:
    """Whether ``noun`` is told with a count ("five men", "12 of its jets")."""
    return any(c.dep_ == "nummod" for c in noun.children) or (
        noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM"
    )
