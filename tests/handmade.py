"""Extractions built by hand from real text, for testing linking before (and
apart from) the extraction pipeline: every item is found in the text by its
surface form, so offsets are real."""

from __future__ import annotations

import re
from datetime import datetime

from backstory.article import Article
from backstory.extraction import Attribution, Entity, Event, Extraction, Mention, Quantity, Timex


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surface)}\b", text)]


def handmade(
    text: str,
    published: str,
    *,
    title: str | None = None,
    timexes: list[tuple[str, ...]] = (),  # (surface, begin, end[, value])
    entities: list[tuple[str, str, list[str]]] = (),
    quantities: list[tuple[str, float, str]] = (),
    events: list[dict] = (),
    url: str | None = None,
) -> Extraction:
    """An extraction of ``text`` with the listed items tagged wherever they occur."""
    article = Article(text=text, published=datetime.fromisoformat(published), title=title, url=url)
    out = Extraction(article=article)
    for surface, begin, end, *value in timexes:
        for s, e in _spans(text, surface):
            out.timexes.append(
                Timex(
                    start=s,
                    end=e,
                    text=surface,
                    type="DATE",
                    value=value[0] if value else begin,
                    begin=begin,
                    end_date=end or begin,
                )
            )
    for name, kind, surfaces in entities:
        mentions = [Mention(s, e, f) for f in surfaces for s, e in _spans(text, f)]
        if mentions:
            out.entities.append(
                Entity(name=name, type=kind, mentions=mentions, aliases=sorted(set(surfaces)))
            )
    for surface, value, unit in quantities:
        for s, e in _spans(text, surface):
            out.quantities.append(
                Quantity(
                    start=s,
                    end=e,
                    text=surface,
                    value=value,
                    approximate="about" in surface,
                    unit=unit,
                )
            )
    for spec in events:
        s, e = _spans(text, spec["trigger"])[0]
        sentence_start = text.rfind("\n", 0, s) + 1
        sentence_end = text.find("\n", e)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        out.events.append(
            Event(
                start=s,
                end=e,
                type=spec.get("type", "STATEMENT"),
                trigger=spec["trigger"],
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                sentence=text[sentence_start:sentence_end],
                begin=spec.get("begin"),
                end_date=spec.get("end", spec.get("begin")),
                inferred=spec.get("inferred", False),
                timex=spec.get("timex"),
                actor=spec.get("actor"),
                modality=spec.get("modality", "asserted"),
                attribution=(
                    Attribution(speaker=spec["speaker"], chain=list(spec.get("chain", ())))
                    if spec.get("speaker")
                    else None
                ),
            )
        )
    out.timexes.sort(key=lambda t: t.start)
    out.quantities.sort(key=lambda q: q.start)
    return out
