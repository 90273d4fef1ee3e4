"""The bundled land outlines under the events map: the data as shipped, the clipping
to a view, the thinning to a pixel and the short path data."""

from __future__ import annotations

import re
from importlib import resources

from backstory.web.land import clip_to_box, land_path, land_rings, subpath, thinned


def test_the_land_is_read_once_and_stays_on_the_map() -> None:
    rings = land_rings()
    assert land_rings() is rings
    assert len(rings) > 100
    for ring in rings:
        assert -180 <= ring.west <= ring.east <= 180 and -90 <= ring.south <= ring.north <= 90
        # no edge jumps across the antimeridian (it would streak across the map); only
        # Antarctica's runs along the pole, the bottom edge of the map
        steps = zip(ring.points, ring.points[1:] + ring.points[:1], strict=True)
        assert all(abs(a[0] - b[0]) < 180 or a[1] == b[1] == -90 for a, b in steps)
    data = resources.files("backstory") / "data"
    assert len((data / "land-110m.json").read_bytes()) < 150_000
    assert "Natural Earth" in (data / "land-110m.md").read_text("utf-8")


def test_the_big_land_masses_are_where_they_belong() -> None:
    def box_around(lon: float, lat: float) -> int:
        return sum(
            1
            for ring in land_rings()
            if ring.west <= lon <= ring.east and ring.south <= lat <= ring.north
        )

    assert box_around(20.0, 0.0) >= 1  # Africa
    assert box_around(-60.0, -10.0) >= 1  # South America
    assert box_around(135.0, -25.0) >= 1  # Australia
    assert box_around(0.0, -85.0) >= 1  # Antarctica, closed through the pole
    assert box_around(-30.0, -40.0) == 0  # the South Atlantic


def test_clipping_keeps_the_part_inside_the_view_with_a_small_margin() -> None:
    square = [(-50.0, -50.0), (50.0, -50.0), (50.0, 50.0), (-50.0, 50.0)]
    clipped = clip_to_box(square, 100, 100)
    assert sorted(set(clipped)) == [(-2.0, -2.0), (-2.0, 50.0), (50.0, -2.0), (50.0, 50.0)]
    assert clip_to_box([(200.0, 200.0), (300.0, 200.0), (250.0, 300.0)], 100, 100) == []


def test_thinning_drops_points_closer_than_a_pixel() -> None:
    points = [(0.0, 0.0), (0.4, 0.3), (0.9, 0.2), (1.5, 0.1), (1.6, 2.0)]
    assert thinned(points) == [(0.0, 0.0), (1.5, 0.1), (1.6, 2.0)]


def test_a_subpath_steps_add_up_to_the_points_to_a_tenth() -> None:
    points = [(12.34, 5.0), (13.5, 4.96), (10.0, 7.25), (0.05, 0.0)]
    text = subpath(points)
    assert text.startswith("M12.3 5l") and text.endswith("z")
    numbers = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", text)]
    x, y = numbers[0], numbers[1]
    for (px, py), (dx, dy) in zip(
        points[1:], zip(numbers[2::2], numbers[3::2], strict=True), strict=True
    ):
        x, y = x + dx, y + dy
        assert abs(x - px) <= 0.051 and abs(y - py) <= 0.051


def test_a_view_of_open_ocean_has_no_land_and_one_of_europe_has_some() -> None:
    assert land_path(-150.0, -40.0, -110.0, -20.0, 17.0) == ""
    europe = land_path(0.0, 40.0, 40.0, 60.0, 17.0)
    assert europe.count("M") >= 3  # the continent, Britain, islands of the Mediterranean
    assert len(europe) < 20_000
