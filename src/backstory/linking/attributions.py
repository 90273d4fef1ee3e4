"""Attributions of reports: who a timeline line must name, and where the text says so.

A report's sentence may not name who said it: a sentence inside a quotation
("Quote from X:" blocks, the second sentence of a quote), a sentence that
continues an earlier "X reported that ..." or falls under the page's
"Source: X" line. A timeline line built from it must name the source, and
its provenance must hold the attribution (speaker and cue) as well as the
sentence. ``attribution_note`` records, for such a report, the *form* the
line takes, the name to write and the spans of the text that back it:

- ``quote``: the sentence is quoted speech whose attribution is outside it
  ("On 25 October, Zelenskyy said the actual involvement ...");
- ``quote-first``: the sentence is a quote followed by its attribution
  (`"...," said X.`): the line puts the speaker first;
- ``claim``: a reported statement whose cue is outside the sentence ("...,
  according to X").

A sentence that names its speaker itself ("X said that ...") needs no note.
Nothing is recorded when the attribution has no speaker, or when the text
gives no span to show for it: a speaker is never invented.
"""

from __future__ import annotations

import json
import re
from typing import Any

from backstory.anaphora import PRONOUNS
from backstory.extraction import Attribution, Extraction

# Longest attribution span (speaker through cue) kept as one provenance span.
_MAX_SPAN = 300
_OPEN_QUOTES = "\"“«"
_CLOSE_QUOTES = "\"”»"
# Words a proper name may hold in lower case ("Ministry of Defence", "Lula da Silva").
_NAME_PARTICLES = frozenset(
    {"of", "for", "and", "the", "de", "da", "do", "dos", "du", "la", "le", "al", "bin", "von", "van",
     "der", "den", "di", "del", "y", "on", "in"}
)  # fmt: skip
_FUNCTION_START = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her"})


def is_proper_name(phrase: str) -> bool:
    """Whether a phrase is written as a proper name ("Oleh Kiper", "Ministry of
    Defence"), not a description ("The governor") or a pronoun."""
    words = phrase.split()
    if not words or words[0].lower() in _FUNCTION_START or phrase.lower() in PRONOUNS:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or not w[:1].isalpha() for w in words)


def _span(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return start, end


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start:end`` is quoted speech: it opens with a
    quotation mark, closes one it did not open, or sits inside a quotation
    its paragraph opened before it."""
    sentence = text[start:end].strip()
    if not sentence:
        return False
    if sentence[0] in _OPEN_QUOTES:
        return True
    if sentence.count("”") > sentence.count("“") or sentence.count("»") > sentence.count("«"):
        return True  # it closes a quotation it did not open
    if sentence.count('"') % 2 == 1 and re.search(r'"[.!?]?$', sentence):
        return True
    paragraph = max(text.rfind("\n\n", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[paragraph:start]
    return (
        before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or before.count("«") > before.count("»")
    )


def _closing_quote(sentence: str) -> int | None:
    """Offset (in ``sentence``) just after the quotation it opens with, if it opens with one."""
    body = sentence.lstrip()
    if not body or body[0] not in _OPEN_QUOTES:
        return None
    lead = len(sentence) - len(body)
    closer = {'"': '"', "“": "”", "«": "»"}[body[0]]
    close = body.find(closer, 1)
    return lead + close + 1 if close > 0 else None


def written_name(
    extraction: Extraction, attribution: Attribution, near: int
) -> tuple[str, tuple[int, int] | None] | None:
    """How a line writes the speaker, and the span of the text that names it so.

    The speaker's canonical entity, in the fullest form the article itself
    writes it (its canonical name when the article uses it, else the longest
    proper-name mention, nearest to ``near`` on ties); else the speaker as
    the attribution's own words name it ("the regional governor"). None when
    the text names the speaker only by a pronoun and no fuller form is found.
    """
    text = extraction.article.text
    speaker = attribution.speaker or ""
    surface_span = _span(text, attribution.speaker_start, attribution.speaker_end)
    entity = next((e for e in extraction.entities if e.name == speaker), None)
    if entity is not None:
        found = []
        for mention in entity.mentions:
            span = _span(text, mention.start, mention.end)
            if span is None or not is_proper_name(written := text[span[0] : span[1]]):
                continue
            exact = written.casefold() == entity.name.casefold()
            found.append(((exact, len(written.split()), len(written), -abs(span[0] - near)), span))
        if found:
            span = max(found)[1]
            if surface_span is not None and surface_span[0] < span[0] < span[1] == surface_span[1]:
                determiner = text[surface_span[0] : span[0]]
                if determiner.strip().lower() == "the":
                    span = surface_span  # "the Defence Intelligence of Ukraine", as written
            return text[span[0] : span[1]], span
    if surface_span is not None:
        surface = text[surface_span[0] : surface_span[1]].strip()
        if surface and surface.lower() not in PRONOUNS:
            return surface, surface_span
    at = text.rfind(speaker, 0, near) if speaker else -1
    if at < 0 and speaker:
        at = text.find(speaker)
    if at >= 0 and speaker.lower() not in PRONOUNS:
        return speaker, (at, at + len(speaker))
    return None


def attribution_note(
    extraction: Extraction, attribution: Attribution | None, start: int, end: int
) -> str | None:
    """The note (JSON) telling a line built from the sentence at ``start:end``
    how to name its source, or None when it needs none (or has none to name)."""
    if attribution is None or not attribution.speaker:
        return None
    text = extraction.article.text
    spans = [
        s
        for s in (
            _span(text, attribution.speaker_start, attribution.speaker_end),
            _span(text, attribution.start, attribution.end),
        )
        if s is not None
    ]
    if not spans:
        return None  # nothing in the text to show for the speaker: do not name one
    inside = all(start <= a and b <= end for a, b in spans)
    if inside:
        close = _closing_quote(text[start:end])
        if close is None or any(a < start + close for a, _ in spans):
            return None  # the sentence names its speaker itself
        if any(q in text[start + close : end] for q in _OPEN_QUOTES):
            return None  # the quotation goes on after its attribution
        form = "quote-first"
    elif in_quotation(text, start, end) or attribution.cue == "Quote from":
        form = "quote"
    else:
        form = "claim"
    name = written_name(extraction, attribution, start)
    if name is None:
        return None
    written, name_span = name
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    evidence = [(first, last)] if last - first <= _MAX_SPAN else spans
    if name_span is not None and not any(a <= name_span[0] and name_span[1] <= b for a, b in
                                         [*evidence, (start, end)]):  # fmt: skip
        evidence.append(name_span)
    if form == "quote-first":
        evidence = [s for s in evidence if not (start <= s[0] and s[1] <= end)]
    note: dict[str, Any] = {
        "form": form,
        "speaker": attribution.speaker,
        "name": written,
        "cue": attribution.cue,
        "spans": [[a, b, text[a:b]] for a, b in evidence],
    }
    return json.dumps(note, ensure_ascii=False, sort_keys=True)


_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]ou|[Yy]ours?)\b")


def speaks_in_person(text: str) -> bool:
    """Whether quoted words speak in the first or second person ("we will", "you")."""
    return bool(_FIRST_PERSON.search(text))
