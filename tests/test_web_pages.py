"""The web pages without a browser: the article markup (overlapping annotations,
the quoted span, escaping), the SVG chart and map, and pages that show what the
API gives with links to the sources."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from backstory.archive import Archive
from backstory.article import Article
from backstory.web.charts import claim_chart, events_map, nice_ticks
from backstory.web.markup import Annotation, annotated_html, annotations_of

with warnings.catch_warnings():
    # starlette's notice that a future TestClient wants httpx2: nothing to act on here
    warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
    fastapi_testclient = pytest.importorskip("fastapi.testclient")

from backstory.web import create_app

TAGS = re.compile(r"<[^>]+>")


def visible(markup: str) -> str:
    return unescape(TAGS.sub("", markup))


def test_overlapping_annotations_nest_and_keep_the_text_byte_for_byte() -> None:
    text = "On 17 October, Zelenskyy said <about 10,000> soldiers & more would go."
    annotations = [
        Annotation(3, 13, "timex", "DATE 2024-10-17"),
        Annotation(15, 24, "entity", "Volodymyr Zelenskyy (PERSON)"),
        Annotation(25, 29, "event", "STATEMENT (asserted)"),
        Annotation(31, 43, "quantity", "about 10,000"),
        Annotation(31, 52, "entity", "made-up overlap"),
    ]
    html = str(annotated_html(text, annotations, quoted=(15, 52)))
    assert visible(html) == text
    assert "<about" not in html and "&lt;" in html and "&gt;" in html and "&amp;" in html
    assert html.count('id="quoted"') == 1
    marked = "".join(re.findall(r'<mark class="quoted"[^>]*>(.*?)</mark>', html))
    assert visible(marked) == text[15:52]
    for a in annotations:
        pieces = re.findall(
            rf'<span class="ann ann-{a.kind}"[^>]*data-start="{a.start}" data-end="{a.end}"'
            rf'[^>]*title="([^"]*)">',
            html,
        )
        assert pieces and set(pieces) == {a.title}, a


def test_annotations_of_an_extraction_title_what_hovering_shows() -> None:
    extraction = {
        "timexes": [
            {
                "start": 0,
                "end": 10,
                "type": "DATE",
                "value": "2024-10-27",
                "mod": None,
                "interval": {"begin": "2024-10-27", "end": "2024-10-28"},
            }
        ],
        "entities": [
            {
                "name": "Kursk Oblast",
                "type": "REGION",
                "country": "RU",
                "lat": 51.5,
                "lon": 36.0,
                "mentions": [[14, 19], [30, 42]],
            }
        ],
        "events": [
            {
                "start": 20,
                "end": 26,
                "type": "DEPLOY",
                "modality": "planned",
                "actor": "Russia",
                "when": {"begin": "2024-10-27"},
                "attribution": {"speaker": "Ukrainian intelligence"},
            }
        ],
        "quantities": [
            {"start": 43, "end": 55, "value": 11000, "approximate": True, "unit": "troops"}
        ],
    }
    found = {(a.kind, a.start): a.title for a in annotations_of(extraction)}
    assert found[("timex", 0)] == "DATE 2024-10-27 (2024-10-27 .. 2024-10-28)"
    assert (
        found[("entity", 14)] == found[("entity", 30)] == "Kursk Oblast (REGION, RU, 51.50, 36.00)"
    )
    assert found[("event", 20)].startswith("DEPLOY (planned, 2024-10-27): actor Russia")
    assert found[("event", 20)].endswith("according to Ukrainian intelligence")
    assert found[("quantity", 43)] == "about 11,000 troops"
    assert annotations_of(None) == []


def test_value_ticks_are_round_and_cover_the_values() -> None:
    assert nice_ticks(0, 11000) == [0, 5000, 10000, 15000]
    assert nice_ticks(-5, 37) == [-20, 0, 20, 40]
    assert len(nice_ticks(3, 3)) >= 2


def claim(value: int, day: str, speaker: str | None, start: int) -> dict[str, Any]:
    return {
        "value": value,
        "approximate": True,
        "unit": "soldiers",
        "speaker": speaker,
        "said_on": day,
        "relation": "update",
        "source": {"article_id": "a1b2", "start": start, "end": start + 20, "published": None},
    }


def test_the_claim_chart_puts_higher_values_higher_and_links_each_point() -> None:
    svg = str(
        claim_chart(
            [
                claim(10000, "2024-10-17", "Zelenskyy", 100),
                claim(11000, "2024-10-18", "Budanov", 300),
                claim(12000, "2024-10-25", "Zelenskyy", 500),
            ],
            title="troops",
        )
    )
    points = re.findall(
        r'href="([^"]+)" class="claim-link"><circle [^>]*cx="([\d.]+)" cy="([\d.]+)"', svg
    )
    assert len(points) == 3
    points.sort(key=lambda p: float(p[1]))
    hrefs = [unescape(h) for h, _, _ in points]
    assert hrefs == [f"/articles/a1b2?start={s}&end={s + 20}#quoted" for s in (100, 300, 500)]
    xs = [float(x) for _, x, _ in points]
    ys = [float(y) for _, _, y in points]
    assert xs == sorted(xs) and ys == sorted(ys, reverse=True)  # later right, larger up
    assert svg.count("<polyline") == 1  # Zelenskyy's two values joined; Budanov's one not


def test_the_map_projects_longitude_right_and_latitude_up() -> None:
    def feature(lon: float, lat: float, name: str) -> dict[str, Any]:
        return {"geometry": {"coordinates": [lon, lat]}, "properties": {"location": name}}

    svg = str(
        events_map(
            [
                feature(36.0, 51.5, "Kursk Oblast"),
                feature(30.5, 50.4, "Kyiv"),
                feature(36.0, 51.5, "Kursk Oblast"),
            ]
        )
    )
    circles = dict(
        (name, (float(x), float(y)))
        for x, y, name in re.findall(
            r'cx="([\d.]+)" cy="([\d.]+)" r="\d+" data-place="([^"]+)"', svg
        )
    )
    assert set(circles) == {"Kursk Oblast", "Kyiv"}
    assert circles["Kursk Oblast"][0] > circles["Kyiv"][0]  # east is right
    assert circles["Kursk Oblast"][1] < circles["Kyiv"][1]  # north is up
    assert "Kursk Oblast (2)" in svg
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


def map_feature(lon: float, lat: float, name: str) -> dict[str, Any]:
    return {"geometry": {"coordinates": [lon, lat]}, "properties": {"location": name}}


def land_subpaths(svg: str) -> list[list[tuple[float, float]]]:
    """The land path's rings in absolute pixels (each "M x y l dx dy ... z")."""
    found = re.search(r'<path class="land"[^>]*\bd="([^"]+)"', svg)
    assert found
    rings = []
    for part in re.findall(r"M([^z]+)z", found.group(1)):
        moved, steps = part.split("l")
        x, y = (float(n) for n in moved.split())
        ring = [(x, y)]
        numbers = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", steps)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def on_land(x: float, y: float, rings: list[list[tuple[float, float]]]) -> bool:
    """Whether a pixel is inside the rings by the even-odd rule the path is filled with."""
    inside = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) / (y2 - y1) * (x2 - x1):
                inside = not inside
    return inside


def test_the_map_draws_the_land_under_the_graticule_and_the_places() -> None:
    places = [
        map_feature(35.05, 48.45, "Dnipro"),
        map_feature(24.03, 49.84, "Lviv"),
        map_feature(30.73, 46.48, "Odesa"),
    ]
    svg = str(events_map(places))
    land = svg.index('<path class="land"')
    assert svg.index('class="sea"') < land < svg.index('class="graticule"')
    assert land < svg.index('class="place"')
    rings = land_subpaths(svg)
    circles = {
        name: (float(x), float(y))
        for x, y, name in re.findall(
            r'cx="([\d.]+)" cy="([\d.]+)" r="\d+" data-place="([^"]+)"', svg
        )
    }
    # every city sits on land (Odesa on the coast, so within a few pixels of it)
    for name, (x, y) in circles.items():
        near = [(x + dx, y + dy) for dx in (-4, 0, 4) for dy in (-4, 0, 4)]
        assert any(on_land(px, py, rings) for px, py in near), name
    # the points fix the projection, which puts the middle of the Black Sea off the land
    (lon1, (x1, y1)), (lon2, (x2, y2)) = (24.03, circles["Lviv"]), (35.05, circles["Dnipro"])
    scale = (x2 - x1) / (lon2 - lon1)
    assert scale == pytest.approx((y2 - y1) / (49.84 - 48.45), rel=0.02)  # y grows south
    sea_x, sea_y = x1 + (34.0 - lon1) * scale, y1 + (49.84 - 43.3) * scale
    assert not on_land(sea_x, sea_y, rings)
    # the land is clipped to the view (plus a margin of a few pixels)
    width, height = (float(n) for n in re.findall(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)[0])
    for ring in rings:
        assert all(-3 <= x <= width + 3 and -3 <= y <= height + 3 for x, y in ring)


def test_the_land_does_not_move_the_places_or_their_links() -> None:
    places = [map_feature(35.05, 48.45, "Dnipro"), map_feature(35.05, 48.45, "Dnipro")]
    svg = str(events_map(places))
    without_land = re.sub(r'<path class="land"[^>]*/>', "", svg)
    assert without_land != svg
    # a 40 x 20 degree view centred on the place: it is drawn in the middle
    assert '<circle class="place" cx="340.0" cy="170.0" r="7" data-place="Dnipro">' in svg
    assert '<a href="#event-1" class="place-link">' in svg
    assert "entries 1, 2" in svg


def test_a_map_of_the_open_ocean_draws_no_land() -> None:
    svg = str(events_map([map_feature(-135.0, -32.0, "South Pacific gyre")]))
    assert 'class="land"' not in svg
    assert 'data-place="South Pacific gyre"' in svg


@pytest.fixture
def small_archive(tmp_path: Path) -> Iterator[Archive]:
    """An archive with one unextracted article whose title and text hold markup."""
    with Archive.open(tmp_path / "small.db") as archive:
        archive.add(
            Article(
                id="3c4d5e6f7a8b9c0d",
                title="<script>alert('title')</script> Talks resume",
                text="Negotiators met on Monday <b>again</b> & agreed to talk on Friday.",
                published=datetime(2024, 5, 6, 10, 0),
            )
        )
        yield archive


def test_pages_escape_what_articles_hold(small_archive: Archive) -> None:
    with fastapi_testclient.TestClient(create_app(small_archive)) as client:
        page = client.get("/articles/3c4d5e6f7a8b9c0d", params={"start": 26, "end": 38})
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<b>again</b>" not in page.text
        assert "&lt;b&gt;again&lt;/b&gt;" in page.text
        marked = re.search(r'<mark class="quoted" id="quoted"[^>]*>(.*?)</mark>', page.text)
        assert marked and unescape(marked.group(1)) == "<b>again</b>"
        assert "has not been extracted" in page.text
        found = client.get("/", params={"q": "negotiators"})
        assert "&lt;script&gt;alert" in found.text and "<script>alert" not in found.text
        assert small_archive.read_only is False  # an Archive given is used as it is


def test_the_timeline_page_shows_the_apis_lines_each_with_its_source_links(demo_db: Path) -> None:
    with fastapi_testclient.TestClient(create_app(demo_db)) as client:
        api = client.get("/api/timeline", params={"about": "North Korea"}).json()
        page = client.get("/timeline", params={"about": "North Korea"}).text
    lines = re.findall(r'<li class="item[^"]*" data-begin="([^"]+)">(.*?)</li>', page, re.S)
    assert [begin for begin, _ in lines] == [i["when"]["begin"] for i in api["items"]]
    for (_, body), item in zip(lines, api["items"], strict=True):
        assert (
            unescape(re.search(r'<span class="summary">(.*?)</span>', body).group(1))
            == item["summary"]
        )
        links = [unescape(h) for h in re.findall(r'class="source" href="([^"]+)"', body)]
        assert links == [
            f"/articles/{s['article_id']}?start={s['start']}&end={s['end']}#quoted"
            for s in item["sources"]
        ]


def test_html_errors_for_unknown_ids_and_bad_dates(demo_db: Path) -> None:
    with fastapi_testclient.TestClient(create_app(demo_db)) as client:
        missing = client.get("/entities/999999")
        assert missing.status_code == 404 and "no entity with id 999999" in missing.text
        assert missing.headers["content-type"].startswith("text/html")
        bad = client.get("/timeline", params={"since": "31/12/2024"})
        assert bad.status_code == 400 and "since: not an ISO 8601 date" in unescape(bad.text)


def test_the_entity_page_links_every_mention_to_its_offsets(demo_db: Path) -> None:
    with fastapi_testclient.TestClient(create_app(demo_db)) as client:
        korea = next(
            e
            for e in client.get("/api/entities", params={"q": "North Korea"}).json()["entities"]
            if e["name"] == "North Korea"
        )
        page = client.get(f"/entities/{korea['id']}").text
        texts: dict[str, str] = {}
        links = re.findall(r'class="mention" href="([^"]+)"[^>]*>([^<]+)</a>', page)
        assert links
        for href, alias in links:
            found = re.match(r"/articles/(\w+)\?start=(\d+)&end=(\d+)#quoted", unescape(href))
            assert found, href
            article_id, start, end = found.group(1), int(found.group(2)), int(found.group(3))
            if article_id not in texts:
                texts[article_id] = client.get(f"/api/articles/{article_id}").json()["text"]
            assert texts[article_id][start:end] == unescape(alias)


def test_a_timeline_form_sent_with_empty_fields_is_the_unbounded_timeline(demo_db: Path) -> None:
    with fastapi_testclient.TestClient(create_app(demo_db)) as client:
        api = client.get("/api/timeline", params={"about": "North Korea"}).json()
        form = client.get(
            "/timeline", params={"about": "North Korea", "since": "", "until": "", "max_dates": ""}
        )
        assert form.status_code == 200
        assert form.text.count('<li class="item') == len(api["items"])
        bad = client.get("/timeline", params={"max_dates": "ten"})
        assert bad.status_code == 400 and "max_dates: not a positive whole number" in bad.text
