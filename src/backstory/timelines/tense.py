"""The simple past for a line told on a day gone by.

A source writes "Steve Jobs has chosen to step down" on the day it happened;
a Background line that puts a date before it ("On 25 August 2011, ...")
cannot keep the present perfect, which English does not use with a past
time. The main clause's perfect becomes the simple past: "has chosen" ->
"chose", "have been arrested" -> "were arrested", "has been talking" -> "was
talking". Reported words keep their tense ("said that Apple has agreed"),
and so does a perfect with "since" (a span up to now) or a negated or
coordinated one, which would need more than one word changed. Past forms come from ``lemminflect``.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

_HAVE = frozenset({"has", "have", "'s", "'ve"})


def simple_past(doc: Any) -> str:
    """The text of ``doc`` (a parsed line body) with its main clause's present perfect
    told in the simple past; the text unchanged when there is none."""
    text: str = doc.text
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return text
    root = roots[0]
    if any(c.dep_ in ("neg", "conj") or c.lower_ == "since" for c in root.children):
        return text  # ("has been shut since May": a span up to now keeps its perfect)
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    have = [a for a in auxes if a.lower_ in _HAVE and a.tag_ in ("VBZ", "VBP")]
    if len(have) != 1 or any(a.lower_ in ("will", "would", "to", "may", "might") for a in auxes):
        return text
    has = have[0]
    plural = has.lower_ in ("have", "'ve")
    been = next((a for a in auxes if a.lower_ == "been" and a.i > has.i), None)
    edits: list[tuple[int, int, str]] = []
    if been is not None:
        # "has been arrested", "have been talking": the auxiliary "been" carries the past
        edits.append((has.idx, been.idx + len(been.text), "were" if plural else "was"))
    elif root.lower_ == "been" and root.tag_ == "VBN":
        edits.append((has.idx, root.idx + len(root.text), "were" if plural else "was"))
    elif root.tag_ == "VBN":
        past = getInflection(root.lemma_, tag="VBD")
        if not past:
            return text
        # ("has also chosen": the adverb stays where it was)
        edits.append((root.idx, root.idx + len(root.text), _same_case(past[0], root.text)))
        edits.append((has.idx, _next_word(text, has.idx + len(has.text)), ""))
    else:
        return text
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _next_word(text: str, end: int) -> int:
    """The offset of the first non-space character at or after ``end``."""
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _same_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word
