"""The simple past for a line told on a day gone by.

A source writes "Steve Jobs has chosen to step down" on the day it happened;
a Background line that puts a date before it ("On 25 August 2011, ...")
cannot keep the present perfect, which English does not use with a past
time. The main clause's perfect (present or past) becomes the simple past: "has chosen" ->
"chose", "have been arrested" -> "were arrested", "has been talking" -> "was
talking", "has forced 30,000 from their homes and killed four" -> "forced
... and killed". A report told after its content ("..., officials said") is
no main clause of its own: the content's verb is the one. Reported words
after their verb keep their tense ("said that Apple has agreed"), and so
does a perfect with "since" (a span up to now) or a negated one. Past forms
come from ``lemminflect``.

A line whose time has passed by the time the Background is written for cannot
keep a future either: "On 24 June, the phone will be available" becomes "On 24
June, the phone was to be available", "are due to open" becomes "were due to
open" (``future_in_the_past``). Quoted words keep their tense.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getAllLemmas, getInflection

_HAVE = frozenset({"has", "have", "'s", "'ve"})
_OTHER_AUX = frozenset({"will", "would", "to", "may", "might", "can", "could", "shall", "should"})
_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "confirm", "state", "add", "write", "claim", "warn"}
)

Edit = tuple[int, int, str]


def simple_past(doc: Any) -> str:
    """The text of ``doc`` (a parsed line body) with its main clause's present perfect
    told in the simple past; the text unchanged when there is none."""
    text: str = doc.text
    root = _single_root(doc)
    if root is None:
        return text
    edits: list[Edit] = []
    # a past perfect is the line's own only in its main clause ("In January, the army had
    # recaptured the port, according to X"); in a report told after it ("had put out the
    # fire by Tuesday, officials said on Wednesday") it was before the saying: it stays
    told_after = (
        root.lemma_.lower() in _REPORTING
        and any(c.dep_ == "ccomp" and c.i < root.i for c in root.children)
    ) or any(
        c.dep_ in ("parataxis", "ccomp") and c.i > root.i and c.lemma_.lower() in _REPORTING
        for c in root.children
    )
    quoted = quoted_spans(text)
    for verb in _main_verbs(root):
        if _inside(verb, quoted):
            continue  # ('"You have all been heroes," he said': a speaker's own words)
        found = _verb_edits(verb, text, past_perfect=not told_after)
        if found is None:
            return text
        edits.extend(found)
    return _applied(text, edits)


def present_perfect(verb: Any) -> bool:
    """Whether a verb is in the present perfect ("has struggled", "have been")."""
    return any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children)


def past_perfect(doc: Any) -> str | None:
    """The text of ``doc`` (a parsed line body) with its main clause's present perfect
    told in the past perfect ("has remanded" -> "had remanded"), for a line dated by
    the day it was told by ("By 18 June, the court had remanded ..."); None when its
    main clause has no present perfect."""
    text: str = doc.text
    root = _single_root(doc)
    if root is None:
        return None
    edits: list[Edit] = []
    quoted = quoted_spans(text)
    for verb in _main_verbs(root):
        if _inside(verb, quoted):
            continue  # a speaker's own words keep their tense
        for aux in verb.children:
            if (
                aux.dep_ in ("aux", "auxpass")
                and aux.i < verb.i
                and aux.lower_ in ("has", "have")
                and aux.tag_ in ("VBZ", "VBP")
            ):
                edits.append((aux.idx, aux.idx + len(aux.text), _same_case("had", aux.text)))
    if not edits:
        return None
    return _applied(text, edits)


def done_by(doc: Any) -> str:
    """The text of ``doc`` (a parsed line body) with its main clause's simple past told
    in the past perfect, for a line dated by a bound ("By the night of 20 August, the
    blaze had grown to 12,000 hectares", not "grew": it was done by then, not on it); a
    report told after it ("..., officials said") keeps its tense. The text unchanged
    when the clause is told otherwise (a modal, a present, a perfect already)."""
    text: str = doc.text
    root = _single_root(doc)
    if root is None:
        return text
    content = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    told_after = root.lemma_.lower() in _REPORTING and len(content) == 1
    edits: list[Edit] = []
    for verb in _main_verbs(root):
        if told_after and verb.i == root.i:
            continue
        if _inside(verb, quoted_spans(text)):
            return text
        found = _had_edits(verb)
        if found is None:
            return text
        edits.extend(found)
    return _applied(text, edits)


def _had_edits(verb: Any) -> list[Edit] | None:
    """The edits that tell ``verb``, in the simple past, in the past perfect ("grew" ->
    "had grown", "was destroyed" -> "had been destroyed"; "and spread" -> "and spread",
    sharing the first verb's "had"); None when it is not in the simple past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.lower_ == "had" for a in auxes) and verb.tag_ == "VBN":
        return []
    if verb.lemma_ == "be" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
    ):
        return None  # "was to publish the audit": a plan, no deed done by then
    shared = verb.dep_ == "conj" and not auxes
    if verb.tag_ == "VBD" and not auxes:
        done = getInflection(_lemma(verb), tag="VBN")
        if not done:
            return None
        had = "" if shared and verb.head.tag_ in ("VBD", "VBN") else "had "
        return [(verb.idx, verb.idx + len(verb.text), had + done[0])]
    if verb.tag_ == "VBN" and shared:
        return []  # "had grown and spread": the first verb's "had" is its too
    passive = [a for a in auxes if a.lower_ in ("was", "were") and a.dep_ == "auxpass"]
    if len(auxes) == 1 and passive and verb.tag_ == "VBN":
        return [(passive[0].idx, passive[0].idx + len(passive[0].text), "had been")]
    return None


def _single_root(doc: Any) -> Any:
    """The root of a line body parsed as one sentence, or None (two sentences: no one
    main clause to retell)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return roots[0] if len(roots) == 1 else None


def _applied(text: str, edits: list[Edit]) -> str:
    """``text`` with each (start, end, new) edit made, from the last one back."""
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _main_verbs(root: Any) -> list[Any]:
    """The verbs whose tense the line's time governs: the root, and the ones coordinated
    with it; for a report told after what it reports ("X has risen, officials said"),
    that content's verbs as well."""
    verbs = [root]
    content = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if root.lemma_.lower() in _REPORTING and len(content) == 1:
        verbs.append(content[0])
    out: list[Any] = []
    for v in verbs:
        out.append(v)
        out.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return out


def _verb_edits(verb: Any, text: str, *, past_perfect: bool = True) -> list[Edit] | None:
    """The edits that tell ``verb`` in the simple past: [] when it needs none, None when
    the clause must be left as it is (negated, a modal, "since")."""
    if any(c.dep_ == "neg" or c.lower_ == "since" for c in verb.children):
        return None  # ("has been shut since May": a span up to now keeps its perfect)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(a.lower_ in _OTHER_AUX for a in auxes):
        return None
    have = [
        a
        for a in auxes
        if (a.lower_ in _HAVE and a.tag_ in ("VBZ", "VBP"))
        or (past_perfect and a.lower_ == "had" and a.tag_ == "VBD")
    ]
    if len(have) > 1:
        return None
    been = next((a for a in auxes if a.lower_ == "been"), None)
    if not have:
        if verb.dep_ == "conj" and verb.tag_ == "VBN" and not auxes:
            return _past_form(verb)  # "has forced ... and killed": shares the perfect
        return []
    has = have[0]
    was = "were" if has.lower_ in ("have", "'ve") else "was"
    if has.lower_ == "had":  # "had been freed": the subject says which
        was = "were" if _plural_subject(verb) else "was"
    # ("has been arrested", "have been talking": "been" carries the past; an adverb
    # between them stays: "have all been" gives "were all", "has also been" "was also")
    been = been if been is not None else (verb if verb.lower_ == "been" else None)
    if been is not None:
        return [
            (has.idx, has.idx + len(has.text), _same_case(was, has.text)),
            (_word_before(text, been.idx), been.idx + len(been.text), ""),
        ]
    if verb.tag_ != "VBN":
        return None
    form = _past_form(verb)
    if form is None:
        return None
    # ("has also chosen": the adverb stays where it was)
    return [*form, (has.idx, _next_word(text, has.idx + len(has.text)), "")]


def _lemma(verb: Any) -> str:
    """The lemma of ``verb`` whose own forms include it: spaCy's, unless its inflections
    do not give the word back ("fined" lemmatised "fin", whose past is "finned"), then
    lemminflect's."""
    word = verb.lower_
    forms = {
        f.lower()
        for tag in ("VBD", "VBN", "VBZ", "VBG")
        for f in getInflection(verb.lemma_, tag=tag)
    }
    if word in forms or word == verb.lemma_.lower():
        return str(verb.lemma_)
    own = getAllLemmas(word, upos="VERB").get("VERB", ())
    return str(own[0]) if own else str(verb.lemma_)


def _past_form(verb: Any) -> list[Edit] | None:
    past = getInflection(_lemma(verb), tag="VBD")
    if not past:
        return None
    return [(verb.idx, verb.idx + len(verb.text), _same_case(past[0], verb.text))]


def _next_word(text: str, end: int) -> int:
    """The offset of the first non-space character at or after ``end``."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _word_before(text: str, start: int) -> int:
    """The offset right after the word before ``start`` (the spaces between go)."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


_WILL = frozenset({"will", "'ll"})
# "is due to open", "are set to meet", "is scheduled to visit", "is going to", "is to sign"
_PLANNED = frozenset(
    """due set scheduled expected planned poised slated going supposed""".split()  # noqa: SIM905
)
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def future_in_the_past(doc: Any) -> str:
    """The text of ``doc`` (a parsed line body) with its main clause's future told from
    after its time ("will be available" -> "was to be available", "is due to open" ->
    "was due to open"); the text unchanged when there is none."""
    return _future_told_after(doc, _WILL)


def reported_future(doc: Any) -> str:
    """The text of ``doc`` (a parsed claim told without its saying) with the "would" of
    reported speech told as a plan ("the ministry would publish the audit" -> "the
    ministry was to publish the audit"): with its saying gone, "would" hangs."""
    return _future_told_after(doc, _WOULD)


def _future_told_after(doc: Any, modals: frozenset[str]) -> str:
    """The text of ``doc`` with the future its main verbs tell by one of ``modals`` told
    from after its time; a speaker's own words keep their tense."""
    text: str = doc.text
    root = _single_root(doc)
    if root is None:
        return text
    quoted = quoted_spans(text)
    edits: list[Edit] = []
    for verb in _main_verbs(root):
        if not _inside(verb, quoted):
            edits.extend(_future_edits(verb, modals=modals))
    return _applied(text, edits)


_WOULD = frozenset({"would", "'d"})


def _future_edits(verb: Any, *, modals: frozenset[str] = _WILL) -> list[Edit]:
    """The edits that tell ``verb``'s future from after its time; [] when it has none."""
    will = next((c for c in verb.children if c.lower_ in modals and c.tag_ == "MD"), None)
    if will is not None and will.i < verb.i:
        was = "were" if _plural_subject(verb) else "was"
        # "will not attend" -> "was not to attend", "will also visit" -> "was also to visit"
        after = will
        while after.i + 1 < verb.i and after.nbor().dep_ in ("neg", "advmod"):
            after = after.nbor()
        if after.i == will.i:
            return [(will.idx, will.idx + len(will.text), f"{was} to")]
        return [
            (will.idx, will.idx + len(will.text), was),
            (after.idx + len(after.text), after.idx + len(after.text), " to"),
        ]
    be = _planned_be(verb) if modals is _WILL else None
    if be is None:
        return []
    return [
        (be.idx, be.idx + len(be.text), _same_case("was" if be.lower_ == "is" else "were", be.text))
    ]


def _planned_be(verb: Any) -> Any:
    """The "is"/"are" of a plan told in the present ("is due to open", "are set to meet",
    "is to sign"), or None."""
    if verb.lemma_ == "be" and verb.lower_ in ("is", "are"):
        if any(
            c.dep_ in ("acomp", "attr") and c.lower_ in _PLANNED and _to_verb(c)
            for c in verb.children
        ) or _to_verb(verb):
            return verb
        return None
    if verb.lower_ in _PLANNED and _to_verb(verb):
        return next(
            (
                c
                for c in verb.children
                if c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are")
            ),
            None,
        )
    return None


def _to_verb(head: Any) -> bool:
    """Whether ``head`` takes an infinitive with "to" ("due to open")."""
    return any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in head.children
    )


def _plural_subject(verb: Any) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    return (
        subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in _PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in subject.children)
    )


def _inside(token: Any, spans: list[tuple[int, int]]) -> bool:
    """Whether ``token`` stands inside one of ``spans`` (offsets of quotations)."""
    return any(start <= token.idx < end for start, end in spans)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The offsets of the text's quotations, between paired quotation marks (a last
    quotation left open runs to the end: a quote going on in the next paragraph)."""
    marks = [i for i, ch in enumerate(text) if ch in '"“”']
    if len(marks) % 2:
        marks.append(len(text))
    return [(marks[k], marks[k + 1]) for k in range(0, len(marks), 2)]
