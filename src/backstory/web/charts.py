"""Inline SVG drawn on the server: the claim-history chart and the map of events.

Nothing is fetched: the chart is a time axis and a value axis with one
series per speaker; the map is an equirectangular projection of the
located developments' longitude and latitude, fitted to where they are,
over the bundled Natural Earth land outlines (``land.py``) and a graticule
instead of map tiles. Every point links to its source.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from backstory.quantities import stated_value
from backstory.web.land import land_path

# Colours of the series, in order (readable on white, distinct in print).
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2")

CHART_WIDTH, CHART_HEIGHT = 680, 280
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 30, 20, 40
MAP_WIDTH = 680


def source_url(article_id: str, start: int, end: int) -> str:
    """The article view scrolled to and highlighting ``start``-``end``."""
    return f"/articles/{quote(article_id)}?start={start}&end={end}#quoted"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _number(value: float) -> str:
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.4g}M"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten apart) from at most ``low`` to at
    least ``high``: the value axis's ticks."""
    span = (high - low) or abs(high) or 1.0
    raw = span / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first, first + step]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return [round(t, 12) for t in ticks]


@dataclass(frozen=True)
class Point:
    """One stated value on the chart."""

    day: date
    value: float
    speaker: str
    label: str
    href: str


def claim_points(history: list[dict[str, Any]]) -> list[Point]:
    """The dated values of one claim history (a ``backstory.claims/1`` history)."""
    points = []
    for claim in history:
        source = claim["source"]
        day = claim.get("said_on") or source.get("published")
        if not day:
            continue
        value = stated_value(claim["value"], claim.get("text"), claim["approximate"])
        speaker = claim.get("speaker") or "unattributed"
        points.append(
            Point(
                day=date.fromisoformat(day[:10]),
                value=float(claim["value"]),
                speaker=speaker,
                label=f"{day[:10]}: {value} {claim.get('unit') or ''} ({speaker}, "
                f"{claim['relation']})".replace(" ,", ","),
                href=source_url(source["article_id"], source["start"], source["end"]),
            )
        )
    return points


def claim_chart(history: list[dict[str, Any]], *, title: str) -> Markup:
    """An SVG line chart of one claim's values over time, a series per speaker."""
    points = claim_points(history)
    if not points:
        return Markup('<p class="empty">No dated value to draw.</p>')
    first = min(p.day for p in points).toordinal()
    last = max(p.day for p in points).toordinal()
    if first == last:
        first, last = first - 1, last + 1
    ticks = nice_ticks(min(0.0, min(p.value for p in points)), max(p.value for p in points))
    low, high = ticks[0], ticks[-1]
    inner_w = CHART_WIDTH - _LEFT - _RIGHT
    inner_h = CHART_HEIGHT - _TOP - _BOTTOM

    def x(day: date) -> float:
        # 5% of the width kept free at each end, so the first and last points show whole
        return _LEFT + (0.05 + 0.9 * (day.toordinal() - first) / (last - first)) * inner_w

    def y(value: float) -> float:
        return _TOP + inner_h - (value - low) / (high - low) * inner_h

    out = [
        f'<svg class="claim-chart" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" '
        f'role="img" aria-label="{_e(title)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP + inner_h}" x2="{_LEFT + inner_w}" '
        f'y2="{_TOP + inner_h}"/>',
        f'<line class="axis" x1="{_LEFT}" y1="{_TOP}" x2="{_LEFT}" y2="{_TOP + inner_h}"/>',
    ]
    for value in ticks:
        out.append(
            f'<line class="grid" x1="{_LEFT}" y1="{y(value):.1f}" x2="{_LEFT + inner_w}" '
            f'y2="{y(value):.1f}"/><text class="tick" x="{_LEFT - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{_number(value)}</text>'
        )
    for ordinal in sorted({first, last, *(p.day.toordinal() for p in points)}):
        if ordinal in (first, last) and ordinal not in {p.day.toordinal() for p in points}:
            continue
        day = date.fromordinal(ordinal)
        anchor = "start" if ordinal == first else "end" if ordinal == last else "middle"
        out.append(
            f'<text class="tick" x="{x(day):.1f}" y="{_TOP + inner_h + 16}" '
            f'text-anchor="{anchor}">{day.isoformat()}</text>'
        )
    speakers = list(dict.fromkeys(p.speaker for p in points))
    for n, speaker in enumerate(speakers):
        colour = PALETTE[n % len(PALETTE)]
        series = sorted((p for p in points if p.speaker == speaker), key=lambda p: p.day)
        if len(series) > 1:
            path = " ".join(f"{x(p.day):.1f},{y(p.value):.1f}" for p in series)
            out.append(f'<polyline class="series" points="{path}" stroke="{colour}"/>')
        for p in series:
            out.append(
                f'<a href="{_e(p.href)}" class="claim-link"><circle class="claim-point" '
                f'cx="{x(p.day):.1f}" cy="{y(p.value):.1f}" r="6" fill="{colour}" '
                f'data-speaker="{_e(speaker)}"><title>{_e(p.label)}</title></circle></a>'
            )
    legend_y = _TOP + inner_h + 32
    for n, speaker in enumerate(speakers):
        lx = _LEFT + n * 170
        out.append(
            f'<circle cx="{lx}" cy="{legend_y - 4}" r="5" fill="{PALETTE[n % len(PALETTE)]}"/>'
            f'<text class="legend" x="{lx + 9}" y="{legend_y}">{_e(speaker[:24])}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class Place:
    """A located development's marker: where, and the numbers of its list entries."""

    lon: float
    lat: float
    name: str
    entries: tuple[int, ...]


def places_of(features: list[dict[str, Any]]) -> list[Place]:
    """One marker per place of the GeoJSON features (entries numbered from 1)."""
    grouped: dict[tuple[float, float, str], list[int]] = {}
    for n, feature in enumerate(features, start=1):
        lon, lat = feature["geometry"]["coordinates"]
        name = feature["properties"].get("location") or f"{lat:.2f}, {lon:.2f}"
        grouped.setdefault((float(lon), float(lat), name), []).append(n)
    return [Place(lon, lat, name, tuple(entries)) for (lon, lat, name), entries in grouped.items()]


def _fit(
    low: float, high: float, span: float, lowest: float, highest: float
) -> tuple[float, float]:
    middle = (low + high) / 2
    low, high = middle - span / 2, middle + span / 2
    if low < lowest:
        low, high = lowest, lowest + span
    if high > highest:
        low, high = highest - span, highest
    return max(low, lowest), min(high, highest)


Box = tuple[float, float, float, float]  # left, top, right, bottom

# Rough width of a label character at the map's 12px font, for keeping labels apart.
_CHAR_WIDTH = 6.8


def _box(left: float, top: float, width: float, height: float) -> Box:
    return (left, top, left + width, top + height)


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _label_spot(
    cx: float, cy: float, label: str, taken: list[Box], canvas: Box
) -> tuple[float, float, str]:
    """Where a marker's label goes: of the spots around it (right first), the one that
    covers the least of the other labels and markers and stays on the map; it is taken."""
    width, height = len(label) * _CHAR_WIDTH, 14.0
    spots = []
    for dx, dy in ((9, 4), (-9, 4), (0, -11), (0, 19), (7, -9), (7, 17), (-7, -9), (-7, 17)):
        anchor = "start" if dx > 0 else "end" if dx < 0 else "middle"
        left = cx + dx if dx > 0 else cx + dx - width if dx < 0 else cx - width / 2
        spots.append((cx + dx, cy + dy, anchor, _box(left, cy + dy - 13, width, height)))

    def cost(box: Box) -> float:
        outside = max(0.0, width * height - _overlap(box, canvas))
        # rounded: floating-point dust must not beat the spot preferred first
        return round(sum(_overlap(box, other) for other in taken) + 4 * outside, 3)

    lx, ly, anchor, box = min(spots, key=lambda spot: cost(spot[3]))
    taken.append(box)
    return lx, ly, anchor


def events_map(features: list[dict[str, Any]]) -> Markup:
    """An SVG equirectangular map of the features' points with their place names."""
    places = places_of(features)
    if not places:
        return Markup('<p class="empty">No located development to draw.</p>')
    lons = [p.lon for p in places]
    lats = [p.lat for p in places]
    # the points' box with a margin, at least 40 x 20 degrees, twice as wide as high
    lon_span = min(360.0, max(40.0, (max(lons) - min(lons)) * 1.3, (max(lats) - min(lats)) * 2.6))
    lat_span = min(180.0, lon_span / 2)
    lon_span = lat_span * 2
    west, east = _fit(min(lons), max(lons), lon_span, -180.0, 180.0)
    south, north = _fit(min(lats), max(lats), lat_span, -90.0, 90.0)
    scale = MAP_WIDTH / (east - west)
    height = round((north - south) * scale)

    def x(lon: float) -> float:
        return (lon - west) * scale

    def y(lat: float) -> float:
        return (north - lat) * scale

    step = 30 if lon_span > 120 else 10 if lon_span > 30 else 5
    out = [
        f'<svg class="events-map" viewBox="0 0 {MAP_WIDTH} {height}" role="img" '
        f'aria-label="Map of located developments" xmlns="http://www.w3.org/2000/svg">',
        f'<rect class="sea" x="0" y="0" width="{MAP_WIDTH}" height="{height}"/>',
    ]
    land = land_path(west, south, east, north, scale)
    if land:
        out.append(f'<path class="land" fill-rule="evenodd" d="{land}"/>')
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        out.append(
            f'<line class="graticule" x1="{x(lon):.1f}" y1="0" x2="{x(lon):.1f}" y2="{height}"/>'
            f'<text class="tick" x="{x(lon) + 2:.1f}" y="{height - 4}">{lon}°</text>'
        )
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        out.append(
            f'<line class="graticule" x1="0" y1="{y(lat):.1f}" x2="{MAP_WIDTH}" y2="{y(lat):.1f}"/>'
            f'<text class="tick" x="2" y="{y(lat) - 2:.1f}">{lat}°</text>'
        )
    radius = {p: 5 + min(len(p.entries), 6) for p in places}
    # the markers, which no label should cover
    taken: list[Box] = [
        _box(x(p.lon) - radius[p], y(p.lat) - radius[p], 2 * radius[p], 2 * radius[p])
        for p in places
    ]
    canvas = _box(0, 0, MAP_WIDTH, height)
    # the most reported places are labelled first, so they get the best spots
    for place in sorted(places, key=lambda p: -len(p.entries)):
        count = len(place.entries)
        label = f"{place.name} ({count})" if count > 1 else place.name
        numbers = ", ".join(str(n) for n in place.entries)
        lx, ly, anchor = _label_spot(x(place.lon), y(place.lat), label, taken, canvas)
        out.append(
            f'<a href="#event-{place.entries[0]}" class="place-link">'
            f'<circle class="place" cx="{x(place.lon):.1f}" cy="{y(place.lat):.1f}" '
            f'r="{radius[place]}" data-place="{_e(place.name)}">'
            f"<title>{_e(place.name)}: entries {numbers}</title></circle>"
            f'<text class="place-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
            f"{_e(label)}</text></a>"
        )
    out.append("</svg>")
    return Markup("".join(out))
