"""Parse repairs: mistakes of spaCy's parser that every later stage would inherit,
undone on the ``Doc`` right after it is parsed (a pipeline component, so that every
parse the project makes, of an article or of a line, gets them).

- Two nouns side by side made two subjects of one verb ("A magnitude 6.4 earthquake
  struck": "magnitude" and "earthquake"): the first modifies the second.

- A reduced relative clause read as the main verb: in "The ceasefire agreed during
  talks in Istanbul collapsed on Friday" the parser makes "agreed" the root, with
  "ceasefire" its subject and "collapsed" a clause it governs. English has no such
  sentence: a past verb whose clause has no subject of its own and no "that" cannot be
  what "agreed" says. The participle becomes a modifier of the noun ("the ceasefire
  [that was] agreed ...") and "collapsed" the root, with the noun its subject; so too
  in the clause a saying reports ("The truce agreed in May collapsed, they said").

- A past verb read as part of the name after it: in "The army retook Wad Madani in
  January" the tagger takes "retook" for a proper noun and the parser makes "army
  retook Wad Madani" one name. A lower-case word between a noun and a capitalised
  word that is the past tense of a known verb is no part of a name: it becomes the
  verb, the noun before it its subject and the name after it its object.

- A name taken into the figure after it: in "The government lent Air Baltic 200
  million euros" NER makes "Air Baltic 200 million euros" one entity (in "lent Banca
  Vesta 400 million euros", "Vesta 400 million euros"), though the parser reads the
  name as the indirect object. The name becomes an entity of its own (joined to the
  part of it NER already had: "Banca Vesta") and the figure one after it.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getAllLemmas, getInflection

COMPONENT = "backstory_parse_repairs"
# Dependents of a verb that say it has an object or a clause of its own, or is not a
# bare past ("had agreed", "agreed to"): no reduced relative.
_OWN_ARGUMENTS = frozenset({"dobj", "aux", "auxpass", "xcomp", "dative", "attr", "prt"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Verbs of saying and thinking, always the main verb after a name ("the ministry said")
_SAYING = frozenset(
    """say tell state announce report add note claim confirm warn explain reveal write
    think believe know""".split()  # noqa: SIM905 - a word table
)


def repair(doc: Any) -> Any:
    """``doc`` with its parse repaired where it is surely wrong (see the module)."""
    _name_before_figure(doc)
    for token in doc:
        _verb_in_name(token)
    for verb in doc:
        _split_subject(verb)
    for sent in list(doc.sents):
        root = sent.root
        said = [c for c in root.children if c.dep_ == "ccomp"]
        _reduced_relative(root)
        if root.lemma_.lower() in _SAYING:
            for clause in said:  # "The truce agreed in May collapsed on Friday, they said"
                _reduced_relative(clause)
    return doc


_FIGURES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_SCALES = frozenset({"million", "billion", "trillion", "mln", "bln", "bn"})


def _name_before_figure(doc: Any) -> None:
    """Split the indirect object's name off the figure NER joined it to (see the module)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Any] = []
    changed = False
    for ent in ents:
        first = next((t.i for t in ent if t.like_num or t.is_currency), None)
        name = doc[ent.start : first] if first is not None else None
        if (
            name is None
            or not len(name)
            or not all(t.pos_ == "PROPN" and t.is_title for t in name)
            or not (
                any(t.dep_ == "dative" for t in name)
                # "fined | Google 2.4 billion | euros": a scale word is no part of a name
                or any(t.lower_ in _SCALES for t in doc[name.end : ent.end])
            )
        ):
            out.append(ent)
            continue
        changed = True
        label = ent.label_ if ent.label_ in _FIGURES else "CARDINAL"
        if out and out[-1].end == ent.start and out[-1].label_ not in _FIGURES:
            # "Banca" + "Vesta": the name NER had begun
            before = out.pop()
            out.append(Span(doc, before.start, name.end, label=before.label_))
        else:
            out.append(Span(doc, name.start, name.end, label="ORG"))
        out.append(Span(doc, name.end, ent.end, label=label))
    if changed:
        doc.ents = out


def _verb_in_name(token: Any) -> None:
    """Make "retook" in "The army retook Wad Madani in January" the verb it is, when
    the parser made it part of the name after it (see the module)."""
    lemma = _past_of_verb(token)
    if lemma is None:
        return
    doc = token.doc
    subject, name = doc[token.i - 1], _name_after(token)
    if subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    top = _top_of(doc, subject.left_edge.i, name.i)
    if top is None:
        return
    if top.dep_ == "ROOT":
        token.head, token.dep_ = token, "ROOT"
    elif (
        top.dep_ in ("ccomp", "npadvmod")
        and top.head.lemma_.lower() in _SAYING
        and top.head.i > name.i
    ):
        token.head, token.dep_ = top.head, "ccomp"  # ("..., the army said")
    else:
        return
    moved = [
        c
        for c in (*top.children, *token.children, *subject.children, *name.children)
        if c.i < subject.left_edge.i or (c.i > name.i and c.dep_ not in ("cc", "conj"))
    ]
    for word in doc[token.i + 1 : name.i]:
        word.head, word.dep_ = name, "compound"
    subject.head, subject.dep_ = token, "nsubj"
    name.head, name.dep_ = token, "dobj"
    for child in moved:
        child.head = token  # ("By March,", "in January", the full stop)
    token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", lemma


def _past_of_verb(token: Any) -> str | None:
    """The lemma of ``token`` when it is a lower-case past tense the tagger took for
    part of a name before a capitalised word ("retook"), else None."""
    doc = token.doc
    if (
        token.pos_ != "PROPN"
        or not token.is_lower
        or token.i == 0
        or token.i + 1 >= len(doc)
        or not doc[token.i + 1].is_title
    ):
        return None
    for lemma in getAllLemmas(token.lower_, upos="VERB").get("VERB", ()):
        if token.lower_ in {p.lower() for p in getInflection(lemma, tag="VBD") or ()}:
            return str(lemma)
    return None


def _name_after(token: Any) -> Any:
    """The last word of the run of capitalised words after ``token`` ("Madani")."""
    doc = token.doc
    end = token.i + 1
    while end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[end]


def _top_of(doc: Any, start: int, end: int) -> Any:
    """The one word of ``doc[start:end + 1]`` whose head lies outside it (or that is
    the root), or None when the stretch is not one phrase."""
    tops = [
        t for t in doc[start : end + 1] if t.head.i < start or t.head.i > end or t.head.i == t.i
    ]
    return tops[0] if len(tops) == 1 else None


def _split_subject(verb: Any) -> None:
    """Make "magnitude" in "A magnitude 6.4 earthquake struck" a modifier of the
    noun after it: a verb has one subject, and two nouns side by side that the
    parser made two subjects are one phrase whose head is the last."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return
    first, second = subjects
    if (
        first.pos_ != "NOUN"
        or second.pos_ != "NOUN"
        or first.right_edge.i + 1 != second.left_edge.i
    ):
        return
    first.head = second
    first.dep_ = "compound"


def _reduced_relative(root: Any) -> None:
    """Make "agreed" in "The ceasefire agreed during talks collapsed on Friday" a
    modifier of "ceasefire" and "collapsed" the root (or the clause a saying reports),
    when that is the only reading."""
    if root.tag_ != "VBD" or root.dep_ not in ("ROOT", "ccomp"):
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != root.i - 1 or subject.pos_ not in ("NOUN", "PROPN"):
        return
    if any(c.dep_ in _OWN_ARGUMENTS for c in root.children):
        return
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    # ("The ceasefire announced on Wednesday will start on Sunday": a modal's verb is
    # finite too)
    modal = clause is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    if root.lemma_.lower() in _SAYING and not modal:
        return  # ("the department said, as hospitals ran out of beds and officials warned")
    if (
        clause is None
        or (clause.tag_ not in ("VBD", "VBZ", "VBP") and not (clause.tag_ == "VB" and modal))
        or any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children)
        # (the participle's phrase runs up to the main verb: no comma or dash between)
        or any(t.is_punct for t in root.doc[root.i + 1 : clause.i])
        or not _participle_form(root)
    ):
        return
    after = [c for c in root.children if c.i > clause.i]
    clause.head = clause if root.dep_ == "ROOT" else root.head
    clause.dep_ = root.dep_
    root.head = subject
    root.dep_ = "acl"
    root.tag_ = "VBN"
    subject.head = clause
    for child in after:
        child.head = clause  # (the full stop, a trailing clause)


def _participle_form(verb: Any) -> bool:
    """Whether the verb's past is also its past participle ("agreed", "brokered", "held";
    not "began", "rose": those can only be a main verb)."""
    participles = getInflection(verb.lemma_, tag="VBN") or ()
    return verb.lower_ in {p.lower() for p in participles}
