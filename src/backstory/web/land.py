"""The land under the events map: Natural Earth's 1:110m land outlines as SVG path data.

The outlines are bundled (``data/land-110m.json``, public domain, see
``data/land-110m.md``) and read once; nothing is fetched. A view takes only
the rings that reach into it, clipped to it and thinned to about a pixel, so
the map of one region stays small.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

XY = tuple[float, float]

# How far outside the view the clipped outlines may run (pixels), so the edges the
# clipping adds lie off the map and are not stroked on it.
_MARGIN = 2.0


@dataclass(frozen=True)
class Ring:
    """One ring of land (an island's or continent's outline, or a lake's) and its box."""

    west: float
    south: float
    east: float
    north: float
    points: tuple[XY, ...]

    def meets(self, west: float, south: float, east: float, north: float) -> bool:
        """Whether the ring's box reaches into the view."""
        return (
            self.east >= west and self.west <= east and self.north >= south and self.south <= north
        )

    def within(self, west: float, south: float, east: float, north: float) -> bool:
        """Whether the ring lies wholly in the view (so it needs no clipping)."""
        return (
            west <= self.west and self.east <= east and south <= self.south and self.north <= north
        )


@functools.cache
def land_rings() -> tuple[Ring, ...]:
    """The bundled land rings, each ``(lon, lat)`` points from west -180 to east 180."""
    source = resources.files("backstory") / "data" / "land-110m.json"
    rings = []
    for ring in json.loads(source.read_text("utf-8"))["rings"]:
        if ring[0] == ring[-1]:
            ring = ring[:-1]  # the path's Z closes it
        lons = [lon for lon, _ in ring]
        lats = [lat for _, lat in ring]
        points = tuple((float(lon), float(lat)) for lon, lat in ring)
        rings.append(Ring(min(lons), min(lats), max(lons), max(lats), points))
    return tuple(rings)


def _clip(
    points: list[XY], inside: Callable[[XY], bool], cross: Callable[[XY, XY], XY]
) -> list[XY]:
    """The part of a closed ring on one side of a line (Sutherland-Hodgman)."""
    out: list[XY] = []
    for n, point in enumerate(points):
        before = points[n - 1]
        if inside(point) != inside(before):
            out.append(cross(before, point))
        if inside(point):
            out.append(point)
    return out


def _at_x(a: XY, b: XY, x: float) -> XY:
    return (x, a[1] + (x - a[0]) / (b[0] - a[0]) * (b[1] - a[1]))


def _at_y(a: XY, b: XY, y: float) -> XY:
    return (a[0] + (y - a[1]) / (b[1] - a[1]) * (b[0] - a[0]), y)


def clip_to_box(points: list[XY], width: float, height: float) -> list[XY]:
    """The part of a closed ring of pixel points inside the box 0-``width`` x
    0-``height`` widened by a small margin."""
    low_x, low_y, high_x, high_y = -_MARGIN, -_MARGIN, width + _MARGIN, height + _MARGIN
    points = _clip(points, lambda p: p[0] >= low_x, lambda a, b: _at_x(a, b, low_x))
    points = _clip(points, lambda p: p[0] <= high_x, lambda a, b: _at_x(a, b, high_x))
    points = _clip(points, lambda p: p[1] >= low_y, lambda a, b: _at_y(a, b, low_y))
    return _clip(points, lambda p: p[1] <= high_y, lambda a, b: _at_y(a, b, high_y))


def thinned(points: list[XY], tolerance: float = 1.0) -> list[XY]:
    """The points without those closer than ``tolerance`` pixels to the one kept before."""
    kept: list[XY] = []
    for x, y in points:
        if not kept or abs(x - kept[-1][0]) >= tolerance or abs(y - kept[-1][1]) >= tolerance:
            kept.append((x, y))
    return kept


def _tenths(value: int) -> str:
    """A whole number of tenths as SVG writes it short: 12 -> "1.2", -3 -> "-.3"."""
    whole, tenth = divmod(abs(value), 10)
    digits = (str(whole) if whole or not tenth else "") + (f".{tenth}" if tenth else "")
    return "-" * (value < 0) + digits


def subpath(points: list[XY]) -> str:
    """One closed subpath: the first point, then each step from the one before (short
    relative steps in tenths of a pixel, rounded once so they add up exactly)."""
    tenths = [(round(x * 10), round(y * 10)) for x, y in points]
    steps = [tenths[0]] + [(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(tenths)]
    numbers = [_tenths(n) for step in steps for n in step]
    # a minus sign already separates two numbers
    text = "".join(n if n.startswith("-") else " " + n for n in numbers[2:])
    return f"M{numbers[0]} {numbers[1]}l{text.lstrip()}z"


@functools.lru_cache(maxsize=64)
def land_path(west: float, south: float, east: float, north: float, scale: float) -> str:
    """SVG path data of the land within the view (degrees; ``scale`` pixels a degree,
    north-west corner at 0, 0), a subpath a ring; "" when no land is in view."""
    width, height = (east - west) * scale, (north - south) * scale
    parts = []
    view = (west, south, east, north)
    for ring in land_rings():
        if not ring.meets(*view):
            continue
        points = thinned(
            [((lon - west) * scale, (north - lat) * scale) for lon, lat in ring.points]
        )
        if not ring.within(*view):
            points = clip_to_box(points, width, height)
        if len(points) < 3:
            continue
        parts.append(subpath(points))
    return "".join(parts)
