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
  according to X");
- ``unattributed``: quoted speech with no speaker found: the line keeps it in
  quotation marks, and timelines prefer other sentences to it.

A sentence that names its speaker itself ("X said that ...") needs no note.
Nothing is recorded when the attribution has no speaker, or when the text
gives no span to show for it: a speaker is never invented.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from backstory.anaphora import PRONOUNS
from backstory.article import CHANNEL_TAIL
from backstory.extraction import Attribution, Extraction

# Longest attribution span (speaker through cue) kept as one provenance span.
_MAX_SPAN = 300
_OPEN_QUOTES = '"“«'
_CLOSE_QUOTES = '"”»'
# Words a proper name may hold in lower case ("Ministry of Defence", "Lula da Silva").
_NAME_PARTICLES = frozenset(
    {"of", "for", "and", "the", "de", "da", "do", "dos", "du", "la", "le", "al", "bin", "von", "van",
     "der", "den", "di", "del", "y", "on", "in"}
)  # fmt: skip
_FUNCTION_START = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her"}
)


def is_proper_name(phrase: str) -> bool:
    """Whether a phrase is written as a proper name ("Oleh Kiper", "Ministry of
    Defence"), not a description ("The governor") or a pronoun."""
    words = phrase.split()
    if not words or words[0].lower() in _FUNCTION_START or phrase.lower() in PRONOUNS:
        return False
    return all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES or not w[:1].isalpha() for w in words
    )


def _span(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return start, end


class Quotations:
    """Where a text's quotations are open.

    Straight quotes toggle, curly and angle quotes open and close. A quotation
    may run over several paragraphs (each may reopen it with a quotation
    mark). A text whose quotations do not all close (a stray mark) is read
    again with every line break closing what is open, so one stray mark does
    not turn the rest of the article into a quotation.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks, self.states = self._scan(text, lines_close=False)
        if self.states and self.states[-1]:
            self.marks, self.states = self._scan(text, lines_close=True)

    @staticmethod
    def _scan(text: str, *, lines_close: bool) -> tuple[list[int], list[bool]]:
        marks: list[int] = []  # offsets where the state changes (or may)
        states: list[bool] = []  # open after each of them
        state = False
        pattern = r'["“”«»\n]' if lines_close else r'["“”«»]'
        for m in re.finditer(pattern, text):
            ch, at = m.group(), m.start()
            if ch == "\n":
                new = False
            elif ch in "“«":
                new = True
            elif ch in "”»":
                new = False
            elif state and _paragraph_start(text, at):
                new = True  # a new paragraph of the same quotation
            else:
                new = not state
            marks.append(at)
            states.append(new)
            state = new
        return marks, states

    def open_at(self, offset: int) -> bool:
        """Whether a quotation is open just before ``offset``."""
        i = bisect.bisect_left(self.marks, offset)
        return self.states[i - 1] if i else False

    def quoted(self, start: int, end: int) -> bool:
        """Whether the sentence at ``start:end`` is (partly) quoted speech."""
        body = self.text[start:end].lstrip()
        return bool(body) and (body[0] in _OPEN_QUOTES or self.open_at(start) or self.open_at(end))


def _paragraph_start(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at)
    return line >= 0 and not text[line + 1 : at].strip() and "\n" in text[max(0, line - 2) : line]


def in_quotation(text: str, start: int, end: int, quotations: Quotations | None = None) -> bool:
    """Whether the sentence at ``start:end`` is (partly) quoted speech: it opens with
    a quotation mark, or a quotation is open at its start or at its end."""
    return (quotations or Quotations(text)).quoted(start, end)


def is_unattributed_quote(note: str | None) -> bool:
    """Whether a source row's note marks quoted speech with no speaker to name."""
    return bool(note) and json.loads(note or "{}").get("form") == "unattributed"


def continues_quotation(
    quotations: Quotations, before: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether ``sentence`` goes on with the quotation of the quoted sentence ``before``
    it: the quotation is still open at its start (a quote of several sentences or
    paragraphs), or closed and a new one opens in the same paragraph (`"...," he
    added. "We will ..."`)."""
    text = quotations.text
    if quotations.open_at(sentence[0]):
        return True
    return (
        "\n" not in text[before[1] : sentence[0]]
        and text[sentence[0] : sentence[1]].lstrip()[:1] in _OPEN_QUOTES
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
    if "; " in speaker and surface_span is not None:
        # "Source: X, Head of the Oblast Military Administration, on Telegram; DTEK":
        # each source as the line writes it, without its post or channel: "X; DTEK"
        # (which a line writes "X and DTEK")
        parts = []
        for part in text[surface_span[0] : surface_span[1]].split(";"):
            part = CHANNEL_TAIL.sub("", part.strip()).split(", ")[0].strip()
            if part:
                parts.append(part)
        return "; ".join(parts), surface_span
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
    extraction: Extraction,
    attribution: Attribution | None,
    start: int,
    end: int,
    *,
    quoted: bool | None = None,
) -> str | None:
    """The note (JSON) telling a line built from the sentence at ``start:end``
    how to name its source, or None when it needs none (or has none to name).
    ``quoted`` says whether the sentence is quoted speech (found from its
    quotation marks when not given)."""
    text = extraction.article.text
    if quoted is None:
        quoted = in_quotation(text, start, end)
    if attribution is None or not attribution.speaker:
        if quoted:
            return json.dumps({"form": "unattributed"})  # quoted, and nobody to name
        return None
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
    if inside and attribution.cue == "Quote from":
        form = "quote"  # 'Quote from X: "..."' in one sentence: the label goes, X stays
    elif inside:
        close = _closing_quote(text[start:end])
        if close is None or any(a < start + close for a, _ in spans):
            return None  # the sentence names its speaker itself
        if any(q in text[start + close : end] for q in _OPEN_QUOTES):
            return None  # the quotation goes on after its attribution
        between = text[start + close : min(a for a, _ in spans)]
        if (
            not re.fullmatch(r"[\s,.;:!?—–-]*", between)
            or len(text[start : start + close].split()) < 3
        ):
            return None  # a quoted name or phrase ('"Spring" began ...'), not a quote
        form = "quote-first"
    elif quoted or attribution.cue == "Quote from":
        form = "quote"
    else:
        form = "claim"
    name = written_name(extraction, attribution, start)
    if name is None:
        return json.dumps({"form": "unattributed"}) if form != "claim" else None
    written, name_span = name
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    evidence = [(first, last)] if last - first <= _MAX_SPAN else spans
    if name_span is not None and not any(a <= name_span[0] and name_span[1] <= b for a, b in
                                         [*evidence, (start, end)]):  # fmt: skip
        evidence.append(name_span)
    if inside:  # the sentence, a source of the line, holds them already
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
