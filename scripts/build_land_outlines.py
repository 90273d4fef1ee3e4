"""Build the map's land outlines from world-atlas's Natural Earth land at 1:110m.

Reads ``land-110m.json`` (TopoJSON) from the npm package ``world-atlas`` (version 2,
ISC licence; the land itself is Natural Earth's, in the public domain), decodes its
quantised, delta-encoded arcs into rings of ``[lon, lat]`` rounded to two decimals,
cuts the rings that cross the antimeridian at +-180 degrees (closing the one around the
South Pole through the pole), drops the points a ring repeats once rounded, and writes
``src/backstory/data/land-110m.json``: ``{"source": ..., "rings": [[[lon, lat], ...], ...]}``,
outer rings and holes alike (the map fills them with the even-odd rule). The output
is committed; nothing is fetched when the web app runs.

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python scripts/build_land_outlines.py /tmp/package/land-110m.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "backstory" / "data" / "land-110m.json"
SOURCE = "Natural Earth 1:110m land (public domain), via world-atlas 2 (ISC)"

Ring = list[list[float]]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """The topology's arcs as absolute ``[lon, lat]`` points."""
    scale_x, scale_y = topology["transform"]["scale"]
    move_x, move_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * scale_x + move_x, y * scale_y + move_y])
        arcs.append(points)
    return arcs


def stitch(arc_ids: list[int], arcs: list[Ring]) -> Ring:
    """One ring from its arcs; ``~i`` (a negative id) is arc ``i`` reversed, and each
    arc after the first starts where the one before ended, so its first point goes."""
    ring: Ring = []
    for arc_id in arc_ids:
        points = arcs[arc_id] if arc_id >= 0 else arcs[~arc_id][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def rounded(ring: Ring) -> Ring:
    """The ring at two decimals (about a kilometre), without repeated points."""
    out: Ring = []
    for lon, lat in ring:
        point = [round(lon, 2), round(lat, 2)]
        if not out or point != out[-1]:
            out.append(point)
    return out


def unwrapped(ring: Ring) -> Ring:
    """The ring with each longitude moved by whole turns to within 180 degrees of the
    point before it, so a ring crossing the antimeridian runs on past +-180."""
    out = [ring[0]]
    for lon, lat in ring[1:]:
        out.append([lon + 360 * round((out[-1][0] - lon) / 360), lat])
    if abs(out[-1][0] - out[0][0]) > 180:
        # it went once round the globe: it encloses a pole, so it closes through it
        pole = -90.0 if sum(lat for _, lat in out) < 0 else 90.0
        out += [[out[-1][0], pole], [out[0][0], pole], out[0]]
    return out


def clipped(ring: Ring, meridian: float, keep_east: bool) -> Ring:
    """The part of the ring east (or west) of a meridian (Sutherland-Hodgman)."""

    def inside(point: list[float]) -> bool:
        return point[0] >= meridian if keep_east else point[0] <= meridian

    out: Ring = []
    for n, point in enumerate(ring):
        before = ring[n - 1]
        if inside(point) != inside(before):
            share = (meridian - before[0]) / (point[0] - before[0])
            out.append([meridian, before[1] + share * (point[1] - before[1])])
        if inside(point):
            out.append(point)
    return out


def on_the_map(ring: Ring) -> list[Ring]:
    """The ring cut into its pieces between -180 and 180 degrees of longitude."""
    ring = unwrapped(ring)
    pieces = []
    for turn in (-360, 0, 360):
        moved = [[lon + turn, lat] for lon, lat in ring]
        piece = clipped(clipped(moved, -180.0, keep_east=True), 180.0, keep_east=False)
        lons = [lon for lon, _ in piece]
        if len(piece) >= 3 and max(lons) > min(lons):
            pieces.append(piece + piece[:1])
    return pieces


def land_rings(topology: dict[str, Any]) -> list[Ring]:
    """Every ring of every polygon of the topology's ``land`` object."""
    arcs = decode_arcs(topology)
    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for arc_ids in polygon:
                for piece in on_the_map(stitch(arc_ids, arcs)):
                    ring = rounded(piece)
                    if len(ring) >= 4:
                        rings.append(ring)
    return rings


def main(argv: list[str] | None = None) -> int:
    """Write the land outlines; 1 with a one-line message when the input is unusable."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas's land-110m.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        rings = land_rings(json.loads(args.topojson.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"{args.topojson}: not a world-atlas land topology ({error})", file=sys.stderr)
        return 1
    text = json.dumps({"source": SOURCE, "rings": rings}, separators=(",", ":"))
    args.output.write_text(text + "\n", "utf-8")
    points = sum(len(ring) for ring in rings)
    print(f"{args.output}: {len(rings)} rings, {points} points, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
