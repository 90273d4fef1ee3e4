"""Anaphora: the antecedent of a pronoun, when the text makes it clear.

Deliberately simple and conservative (a news article is not a novel):
"he"/"she"/"him"/"her" go back to the nearest person named before whose given
name agrees with the pronoun (a name of either sex, or unknown, agrees; with
none agreeing, the nearest person), skipping the subject of the pronoun's own
clause when the pronoun is its object ("Syrskyi briefed him" is not Syrskyi
briefing himself); a subject "he" in a sentence that names no one before it
goes first to the nearest main-clause subject earlier in its paragraph ("X told
reporters ... which Y had set out. ..., he said" is X), or in the paragraph before
when its own names no one before it; "they"/"them" go
back to the plural subject of the previous clause or sentence; "it" opening
a sentence to the subject of the sentence before, else "it" to the nearest
organisation or country. A definite description of a company ("the company",
"the Aarhus-based group") goes back to the nearest organisation named as the
subject of a clause ("Nordhavn Wind cut its forecast ... The company said")
or called one in apposition ("at Orwell Care, a group that runs nine clinics"),
not to a name that only qualifies another ("a Jyske Bank analyst"); "the
province" goes back to the nearest province or region named.
"""

from __future__ import annotations

import re
from typing import Any

from backstory.entities.names import name_gender

PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
NEUTER = frozenset({"it", "its"})
PRONOUNS = PERSONAL | PLURAL | NEUTER
# Head nouns by which news refers back to a company or institution already named.
ORGANISATION_NOUNS = frozenset(
    """company firm group carmaker automaker chipmaker manufacturer maker producer
    retailer airline carrier lender bank insurer operator utility conglomerate
    startup miner bloc alliance gang""".split()  # noqa: SIM905 - a word table
)
# The kinds of organisation news calls by a common noun, and the words of a name (or an
# alias) that show an organisation is of that kind: "the bloc" is the European Union,
# "the alliance" NATO, "the lender" the International Monetary Fund or World Bank.
_KIND_WORDS: dict[str, frozenset[str]] = {
    "bloc": frozenset({"bloc", "brics", "asean", "mercosur", "ecowas", "g7", "g20", "gcc", "sco"}),
    "alliance": frozenset({"alliance", "nato", "treaty"}),
    "lender": frozenset({"bank", "fund", "lender"}),
    "ministry": frozenset({"ministry", "department"}),
    "agency": frozenset({"agency", "administration", "bureau"}),
    # societies, councils, courts: bodies no one calls "the company" ("the National
    # Society of Mining ... the company" is the mine's operator named before)
    "body": frozenset(
        """society association federation chamber council institute commission committee
        court tribunal parliament authority organisation organization""".split()  # noqa: SIM905
    ),
}
_CONTINENTAL_UNION = re.compile(r"\b(?:European|African|Eurasian(?: Economic)?) Union\b")
# The kinds that are public bodies, never "the company" or "the group".
_PUBLIC_KINDS = frozenset({"bloc", "alliance", "ministry", "agency", "body"})
# What each noun asks for, most wanted first: "the lender" is a lender named as one,
# else a business (a bank named without "Bank": "Barclays ... The lender said").
# A bloc and an alliance each go to the other kind when none of their own is named
# ("the Gulf Cooperation Council ... The alliance said", "NATO ... the US-led bloc").
_NOUN_KINDS: dict[str, tuple[str, ...]] = {
    "bloc": ("bloc", "alliance"),
    "alliance": ("alliance", "bloc"),
    "lender": ("lender", "business"),
    "bank": ("lender", "business"),
}


def is_definite_organisation(token: Any) -> bool:
    """Whether ``token`` heads "the company" or "the Oslo-based group"."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lemma_.lower() in ORGANISATION_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        # only "-based", "-listed", "state-owned" beside it: "the central bank" or
        # "the rival group" is a description to match against names, not an anaphor
        # ("the bloc's package": its possessive ending is no word of its own)
        and all(
            c.dep_ in ("det", "case") or (c.dep_ == "amod" and c.tag_ == "VBN")
            for c in token.children
        )
    )


# Heads of organisations' names: "the authority" is the one named "... Authority".
NAME_HEADS = frozenset(
    """authority agency ministry commission committee council office department bureau
    service institute union association federation tribunal board""".split()  # noqa: SIM905
)


def is_definite_name_head(token: Any) -> bool:
    """Whether ``token`` is "the authority", "the agency" with no word of its own."""
    return (
        token.tag_ == "NN"
        and token.lower_ in NAME_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and all(c.dep_ == "det" for c in token.children)
    )


def _named_with_head(token: Any, index: Any) -> Any:
    """The nearest mention before ``token`` of an organisation whose name has the token's
    word, or is of the kind it names ("the authority" after "the Federal Motor Transport
    Authority", "the ministry" after "the Ministry of Foreign Affairs" or "the State
    Department", "the agency" after "the International Atomic Energy Agency")."""
    doc = token.doc
    word = token.lower_
    for i in range(token.i - 1, max(-1, token.i - 400), -1):
        entity = index.entity_at(doc[i])
        if entity is None or entity.type != "ORG":
            continue
        names = [entity.name, *getattr(entity, "aliases", ())]
        words = {w.casefold() for name in names if len(name.split()) > 1 for w in name.split()}
        if word in words or word in organisation_kinds(entity):
            return doc[i]
    return None


def is_definite_region(token: Any) -> bool:
    """Whether ``token`` is "the province" with no word of its own ("the eastern
    province" is another one)."""
    return (
        token.lower_ == "province"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and all(c.dep_ == "det" for c in token.children)
    )


def _nearest_named(token: Any, index: Any, types: tuple[str, ...], *, subjects: bool) -> Any:
    """The nearest token before ``token`` naming an entity of one of ``types`` (with
    ``subjects``, only one that is the subject of a clause)."""
    doc = token.doc
    for i in range(token.i - 1, max(-1, token.i - 400), -1):
        if subjects and doc[i].dep_ not in ("nsubj", "nsubjpass"):
            continue
        entity = index.entity_at(doc[i])
        if entity is not None and entity.type in types:
            return doc[i]
    return None


def organisation_kinds(entity: Any) -> frozenset[str]:
    """The kinds of organisation ``entity`` is, by the words of its name and aliases
    ("International Monetary Fund": a lender; "Ministry of Defence": a ministry); one of
    no public kind is a "business" (a company, group or bank news may call "the company")."""
    names = [getattr(entity, "name", None) or "", *getattr(entity, "aliases", ())]
    words = {w.strip(".,'’()").casefold() for name in names for w in name.split()}
    kinds = {kind for kind, marks in _KIND_WORDS.items() if words & marks}
    if any(_CONTINENTAL_UNION.search(name) for name in names):
        kinds.add("bloc")  # not "Union Pacific" or "Western Union", companies
    if not kinds & _PUBLIC_KINDS:
        kinds.add("business")
    return frozenset(kinds)


def _organisation_subject(token: Any, index: Any) -> Any:
    """The nearest organisation named before ``token`` of the kind its noun asks for ("the
    bloc": the European Union; "the company": a business), as the subject of a clause,
    else (for a public body's noun, rarer and unmistakable) named anywhere before."""
    wanted = _NOUN_KINDS.get(token.lemma_.lower(), ("business",))
    for kind in wanted:
        found = _nearest_of_kind(token, index, kind, subjects=True)
        if found is None and kind in _PUBLIC_KINDS | {"lender"}:
            found = _nearest_of_kind(token, index, kind, subjects=False)
        if found is not None:
            return found
    return None


def _nearest_of_kind(token: Any, index: Any, kind: str, *, subjects: bool) -> Any:
    """The nearest token before ``token`` naming an organisation of ``kind`` (with
    ``subjects``, only one that is the subject of a clause)."""
    doc = token.doc
    # "the union X accused the company": the company is not who accused it
    own_subject = {
        c.i for c in token.head.children if c.dep_ == "nsubj" and token.dep_ in ("dobj", "pobj")
    }
    for i in range(token.i - 1, max(-1, token.i - 400), -1):
        if subjects and not (_subject_or_owner(doc[i]) or _called(doc[i])):
            continue
        if i in own_subject:
            continue
        entity = index.entity_at(doc[i])
        if entity is not None and entity.type == "ORG" and kind in organisation_kinds(entity):
            return doc[i]
    return None


def _subject_or_owner(token: Any) -> bool:
    """Whether ``token`` is a clause's subject or the name that owns it ("A Maersk vessel
    was attacked", "Maersk's tanker was hit": the company is the one the story is about)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # "Stolt Nielsen": the name's last word owns the noun
    return (
        token.dep_ in ("compound", "poss")
        and token.head.dep_ in ("nsubj", "nsubjpass")
        and token.head.pos_ == "NOUN"
    )


def _called(token: Any) -> bool:
    """Whether ``token`` is a name the text itself calls by a company noun in apposition
    ("systems at Orwell Care, a group that runs nine clinics": the group "the company"
    goes back to, though no subject)."""
    return any(
        c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in ORGANISATION_NOUNS
        for c in token.children
    )


def _governing_subject(token: Any) -> Any:
    """The subject of the clause an adverbial clause hangs on, when "it" is the
    adverbial clause's subject and that subject is one thing named by a noun ("the
    tanker was sailing north when it was struck", "the plant closed after it lost
    power"), not a person and not a pronoun."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "advcl":
        return None
    main = token.head.head
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NN", "NNP") or subject.ent_type_ == "PERSON":
        return None
    return subject


def _reporting_subject(token: Any) -> Any:
    """The subject of the verb whose clause "it" opens as subject ("X said it
    would ..."; "X cut ... and said it would ...": the subject the verbs share)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.lower_ not in PRONOUNS else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _paragraph_subject(token: Any, index: Any) -> Any:
    """For "he"/"she" as a subject in a sentence that names no person before it, the
    person who is the subject of a main clause in the sentences before it in the same
    paragraph (or, when that paragraph names no one before it, in the paragraph
    before), nearest first: "X told reporters Moscow regretted the position, which
    Y had set out last week. The timetable would not change, he said" is X's, not the
    last-named Y's (one named in a relative clause, an object or a "by" phrase)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    sent = token.sent
    if any(_person(doc[i], index) for i in range(sent.start, token.i)):
        return None
    crossed = named_here = False
    last_break = -2
    for i in range(sent.start - 1, -1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if last_break == i + 1:
                last_break = i
                continue  # (one break written as several tokens)
            last_break = i
            if crossed or named_here:
                return None  # the paragraph's start
            # a paragraph that names no one before the pronoun continues the one
            # before it: "Petrovsky told reporters ... a visit by Shultz. | Objective
            # conditions existed ... 'But ...,' he said" is Petrovsky's
            crossed = True
            continue
        named_here = named_here or (not crossed and _person(doc[i], index))
        if (
            doc[i].dep_ in ("nsubj", "nsubjpass")
            and doc[i].head.dep_ not in ("relcl", "acl", "advcl", "pcomp")
            and _person(doc[i], index, token)
        ):
            return doc[i]
    return None


def _introduced_next(token: Any, index: Any) -> Any:
    """For "he"/"she" as the subject of a paragraph's first sentence that names no one
    before it, the person the next sentence of the paragraph introduces as its subject,
    named there for the first time ("'We will rebuild,' she said. The mayor, Ana Ruiz,
    toured the harbour": Ana Ruiz), the wires' way of quoting first and naming after."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    sent = token.sent
    if sent.start > 0 and not _breaks_before(doc, sent.start):
        return None
    if any(_person(doc[i], index) for i in range(sent.start, token.i)):
        return None
    if sent.end >= len(doc) or _breaks_before(doc, sent.end):
        return None
    following = doc[sent.end].sent
    for t in following:
        subject = t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")
        )
        if not subject or not _person(t, index, token):
            continue
        entity = index.entity_at(t)
        if any(index.entity_at(doc[i]) is entity for i in range(token.i)):
            return None  # named before: the pronoun's usual reading stands
        return t
    return None


def _breaks_before(doc: Any, i: int) -> bool:
    """Whether a paragraph break comes right before token ``i``."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        if "\n" in doc[k].text:
            return True
        k -= 1
    return k >= 0 and "\n" in doc[k].whitespace_


def _person(token: Any, index: Any, pronoun: Any = None) -> bool:
    """Whether ``token`` names a person, one ``pronoun`` (if given) can stand for:
    "he" is no Kaja, "she" no Johann (a name of either sex, or none known, agrees)."""
    entity = index.entity_at(token)
    if entity is None or entity.type != "PERSON":
        return False
    if pronoun is None:
        return True
    name = getattr(entity, "name", None)  # (the timelines' lookup knows types only)
    gender = name_gender(name) if name else None
    wanted = "female" if pronoun.lower_ in FEMININE else "male"
    return gender is None or gender == wanted


def find_antecedent(token: Any, index: Any) -> Any:
    """The head token of the pronoun's antecedent, or None when unclear."""
    low = token.lower_
    if index is None:
        return None
    if is_definite_organisation(token):
        return _organisation_subject(token, index)
    if is_definite_name_head(token):
        return _named_with_head(token, index)  # "the authority said"
    if is_definite_region(token):
        return _nearest_named(token, index, ("REGION",), subjects=False)  # "the province"
    if low not in PRONOUNS:
        return None
    doc = token.doc
    if low in PERSONAL:
        subject = _introduced_next(token, index) or _paragraph_subject(token, index)
        if subject is not None:
            return subject
        own_subjects = {
            c.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
        }
        # the nearest person the pronoun agrees with, else the nearest person
        for agreeing in (token, None):
            for i in range(token.i - 1, max(-1, token.i - 400), -1):
                if _person(doc[i], index, agreeing):
                    if i in own_subjects or (
                        any(doc[i].head.i == s for s in own_subjects)
                        and token.dep_ in ("dobj", "pobj")
                    ):
                        continue
                    return doc[i]
        return None
    if low in PLURAL:
        sent = token.sent
        candidates = [
            t
            for t in sent
            if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
        ]
        if candidates:
            return candidates[-1]
        previous = doc[sent.start - 1].sent if sent.start > 0 else None
        for _ in range(2):
            if previous is None:
                break
            candidates = [
                t
                for t in previous
                if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
            ]
            if candidates:
                # The subject of the main clause, else the last one.
                main = [t for t in candidates if t.head.dep_ in ("ROOT", "ccomp")]
                return (main or candidates)[0]
            previous = doc[previous.start - 1].sent if previous.start > 0 else None
        return None
    reporter = _reporting_subject(token)
    if reporter is None and low == "its" and token.dep_ == "poss":
        # "X, which builds the H3, said its shares fell": the reporter's own shares
        reporter = _reporting_subject(token.head)
    if reporter is not None:
        entity = index.entity_at(reporter)
        if entity is not None and entity.type in ("ORG", "COUNTRY"):
            return reporter  # "the company said it would cut jobs"
        if entity is None and low == "it" and reporter.tag_ == "NN" and reporter.pos_ == "NOUN":
            # "The government said it had asked Australia for drills": the government,
            # not the nearest state named
            return reporter
    governing = _governing_subject(token) if low == "it" else None
    if governing is not None:
        return governing  # "the ship was sailing north when it was struck": the ship
    opening = next((t.i for t in token.sent if not t.is_punct), None)
    if (
        opening == token.i
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.lemma_ != "be"
        and token.sent.start > 0
    ):
        # "X rejected this ... It said ...": a sentence opening with "it" continues
        # about the subject of the sentence before.
        previous = doc[token.sent.start - 1].sent
        root = previous.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        entity = index.entity_at(subject) if subject is not None else None
        if (
            subject is not None
            and subject.tag_ in ("NN", "NNP")
            and (entity is None or entity.type != "PERSON")
        ):
            return subject
    for i in range(token.i - 1, max(-1, token.i - 200), -1):
        if is_definite_organisation(doc[i]):
            antecedent = _organisation_subject(doc[i], index)
            if antecedent is not None:
                return antecedent  # "The company said ... its profit"
        entity = index.entity_at(doc[i])
        if entity is not None and entity.type in ("ORG", "COUNTRY"):
            return doc[i]
    return None
