"""An article's text as HTML with its annotations as spans, and the quoted span marked.

The extraction's items (timexes, entity mentions, event triggers,
quantities) may overlap. The text is cut at every start and end, and each
piece is wrapped in one span per item covering it, outermost the longest,
so overlapping items need no special case. Each span carries its kind (the
CSS class), a ``title`` (shown on hover: the normalised value, the canonical
entity, the event type) and the item's offsets. The span a timeline line
quotes (``quoted``) is wrapped in ``<mark>`` pieces, the first with
``id="quoted"`` so that ``#quoted`` scrolls to it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from markupsafe import Markup

KINDS = ("timex", "entity", "event", "quantity")


@dataclass(frozen=True)
class Annotation:
    """One highlighted span: its offsets, kind and what hovering it shows."""

    start: int
    end: int
    kind: str
    title: str


def annotations_of(extraction: dict[str, Any] | None) -> list[Annotation]:
    """The spans of an extraction's JSON (as ``backstory show`` gives it) to highlight."""
    if not extraction:
        return []
    out: list[Annotation] = []
    for t in extraction.get("timexes", []):
        interval = t.get("interval") or {}
        span = (
            f" ({interval['begin']} .. {interval['end']})"
            if interval.get("begin") and interval.get("end") != interval.get("begin")
            else ""
        )
        mod = f" {t['mod']}" if t.get("mod") else ""
        out.append(
            Annotation(t["start"], t["end"], "timex", f"{t['type']} {t['value']}{mod}{span}")
        )
    for e in extraction.get("entities", []):
        place = ""
        if e.get("lat") is not None and e.get("lon") is not None:
            place = f", {e['lat']:.2f}, {e['lon']:.2f}"
        title = f"{e['name']} ({e['type']}{', ' + e['country'] if e.get('country') else ''}{place})"
        for start, end in e.get("mentions", []):
            out.append(Annotation(start, end, "entity", title))
    for v in extraction.get("events", []):
        roles = ", ".join(
            f"{role} {v[role]}" for role in ("actor", "target", "theme", "location") if v.get(role)
        )
        when = v.get("when") or {}
        day = f", {when['begin']}" if when.get("begin") else ""
        said = (v.get("attribution") or {}).get("speaker")
        title = f"{v['type']} ({v['modality']}{day}){': ' + roles if roles else ''}"
        if said:
            title += f"; according to {said}"
        out.append(Annotation(v["start"], v["end"], "event", title))
    for q in extraction.get("quantities", []):
        approx = "about " if q.get("approximate") else ""
        unit = f" {q['unit']}" if q.get("unit") else ""
        out.append(Annotation(q["start"], q["end"], "quantity", f"{approx}{q['value']:,}{unit}"))
    return [a for a in out if 0 <= a.start < a.end]


def annotated_html(
    text: str, annotations: list[Annotation], quoted: tuple[int, int] | None = None
) -> Markup:
    """The text as escaped HTML with every annotation a span and ``quoted`` marked."""
    size = len(text)
    items = [a for a in annotations if a.end <= size]
    cuts = {0, size}
    for a in items:
        cuts.update((a.start, a.end))
    if quoted is not None:
        q_start, q_end = max(0, quoted[0]), min(size, quoted[1])
        quoted = (q_start, q_end) if q_start < q_end else None
    if quoted is not None:
        cuts.update(quoted)
    bounds = sorted(cuts)
    parts: list[str] = []
    first_mark = True
    for start, end in pairwise(bounds):
        piece = html.escape(text[start:end])
        covering = sorted(
            (a for a in items if a.start <= start and end <= a.end),
            key=lambda a: (-(a.end - a.start), KINDS.index(a.kind)),
        )
        for a in reversed(covering):
            piece = (
                f'<span class="ann ann-{a.kind}" data-kind="{a.kind}" '
                f'data-start="{a.start}" data-end="{a.end}" '
                f'title="{html.escape(a.title)}">{piece}</span>'
            )
        if quoted is not None and quoted[0] <= start and end <= quoted[1]:
            anchor = ' id="quoted"' if first_mark else ""
            first_mark = False
            piece = (
                f'<mark class="quoted"{anchor} data-start="{quoted[0]}" '
                f'data-end="{quoted[1]}">{piece}</mark>'
            )
        parts.append(piece)
    return Markup("".join(parts))
