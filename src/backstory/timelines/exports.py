"""Timeline exports: Markdown, HTML, JSON, CSV, TimelineJS3, GeoJSON, tilse.

Every format keeps each line's link to its sources: Markdown and HTML
cite them after the line, CSV and JSON list them, TimelineJS3 puts them in
the slide text, GeoJSON in the feature's properties. tilse text (the
format of the tilse evaluation toolkit) has only days and sentences.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from backstory.timelines.timeline import Item, Timeline

FORMATS = ("markdown", "json", "csv", "timelinejs", "tilse", "html", "geojson")


def _source_label(item: Item, index: int) -> str:
    source = item.sources[index]
    return source.title or source.url or source.article_id


def _link(source_url: str | None, article_id: str) -> str:
    return source_url or f"article:{article_id}"


def to_markdown(timeline: Timeline, *, heading: str | None = None) -> str:
    """A bulleted Markdown list, each line followed by links to its sources."""
    lines = [f"{heading}\n"] if heading else []
    for item in timeline.items:
        refs = ", ".join(
            f'[{i + 1}]({_link(s.url, s.article_id)} "{_source_label(item, i)}; chars {s.start}-{s.end}")'
            for i, s in enumerate(item.sources)
        )
        marker = "" if item.modality in ("asserted", "reported") else f" _({item.modality})_"
        lines.append(f"- {item.summary}{marker} {refs}".rstrip())
    return "\n".join(lines) + "\n"


def to_html(timeline: Timeline, *, heading: str | None = None) -> str:
    """An HTML fragment: a list whose lines link to their sources."""
    out = ['<section class="backstory-timeline">']
    if heading:
        out.append(f"<h2>{html.escape(heading)}</h2>")
    out.append("<ul>")
    for item in timeline.items:
        refs = " ".join(
            f'<a href="{html.escape(_link(s.url, s.article_id))}" data-article="{html.escape(s.article_id)}" '
            f'data-start="{s.start}" data-end="{s.end}" title="{html.escape(_source_label(item, i))}">'
            f"[{i + 1}]</a>"
            for i, s in enumerate(item.sources)
        )
        out.append(
            f'<li data-begin="{item.begin}" data-end="{item.end}" data-modality="{item.modality}">'
            f'<time datetime="{item.begin}"></time>{html.escape(item.summary)} {refs}</li>'
        )
    out += ["</ul>", "</section>"]
    return "\n".join(out) + "\n"


def to_json(timeline: Timeline) -> str:
    """The ``backstory.timeline/1`` JSON object."""
    return json.dumps(timeline.to_json(), ensure_ascii=False, indent=2) + "\n"


def to_csv(timeline: Timeline) -> str:
    """One row per (line, source): begin, end, modality, summary and the source."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["begin", "end", "modality", "summary", "article_id", "title", "url", "start", "end_offset"]
    )
    for item in timeline.items:
        for s in item.sources:
            writer.writerow(
                [
                    item.begin,
                    item.end,
                    item.modality,
                    item.summary,
                    s.article_id,
                    s.title or "",
                    s.url or "",
                    s.start,
                    s.end,
                ]
            )
    return buffer.getvalue()


def _tjs_date(day: str) -> dict[str, str]:
    d = date.fromisoformat(day[:10])
    return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}


def to_timelinejs(timeline: Timeline) -> str:
    """TimelineJS3 JSON: one event per line, the sources in the slide text."""
    events = []
    for item in timeline.items:
        refs = "".join(
            f'<li><a href="{html.escape(_link(s.url, s.article_id))}">'
            f"{html.escape(s.title or s.article_id)}</a></li>"
            for s in item.sources
        )
        event = {
            "start_date": _tjs_date(item.begin),
            "text": {
                "headline": html.escape(item.text[:80]),
                "text": f"<p>{html.escape(item.summary)}</p><ul>{refs}</ul>",
            },
            "group": item.modality,
        }
        if item.end and item.end != item.begin:
            event["end_date"] = _tjs_date(item.end)
        events.append(event)
    about = timeline.query.get("about") or "Timeline"
    body = {"title": {"text": {"headline": html.escape(str(about))}}, "events": events}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def to_geojson(timeline: Timeline) -> str:
    """A GeoJSON FeatureCollection of the lines whose development has a place."""
    return json.dumps(geojson_of(timeline), ensure_ascii=False, indent=2) + "\n"


def geojson_of(timeline: Timeline) -> dict[str, Any]:
    """The GeoJSON FeatureCollection (a dict) of the lines whose development has a place."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [item.lon, item.lat]},
            "properties": {
                "begin": item.begin,
                "end": item.end,
                "summary": item.summary,
                "modality": item.modality,
                "location": item.location,
                "sources": [s.to_json() for s in item.sources],
            },
        }
        for item in timeline.items
        if item.lat is not None and item.lon is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def to_tilse(timeline: Timeline) -> str:
    """tilse text: a day, its sentences, a dashed separator line."""
    by_day: dict[str, list[str]] = {}
    for item in timeline.items:
        by_day.setdefault(item.begin, []).append(item.text)
    blocks = [f"{day}\n" + "\n".join(texts) + "\n" for day, texts in sorted(by_day.items())]
    return ("-" * 32 + "\n").join(blocks)


EXPORTERS: dict[str, Callable[[Timeline], str]] = {
    "markdown": to_markdown,
    "html": to_html,
    "json": to_json,
    "csv": to_csv,
    "timelinejs": to_timelinejs,
    "geojson": to_geojson,
    "tilse": to_tilse,
}


def export(timeline: Timeline, fmt: str) -> str:
    """The timeline in the named format."""
    return EXPORTERS[fmt](timeline)
