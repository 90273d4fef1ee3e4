"""The web pages in a real Chromium (through Playwright): search, a timeline, a
source link opening the article with the quoted span highlighted, the claim chart
and the map, and no console errors on the way.

Skipped with a message when /usr/bin/chromium is absent (``make system-deps``
installs it); Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    """The app over the demo archive, served by uvicorn in a background thread."""
    import uvicorn

    from backstory.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} not found (`make system-deps` installs it); skipping browser tests"
        )
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A page that records console errors, failed requests and requests leaving the server."""
    context = browser.new_context(base_url=server)
    opened = context.new_page()
    problems: list[str] = []
    opened.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    opened.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    opened.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    opened.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((server, "data:"))
            else problems.append(f"outside request: {r.url}")
        ),
    )
    yield opened
    context.close()
    assert not problems, problems


def test_search_then_timeline_then_a_source_opens_the_article_highlighted(page: Any) -> None:
    page.goto("/")
    page.fill("input[name=q]", "North Korea")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("a.entity-link")
    page.click("a.entity-link:text-is('North Korea')")
    page.wait_for_selector("ol.timeline li.item")
    items = page.locator("ol.timeline li.item")
    assert items.count() >= 3
    first = items.first
    assert first.locator("time").get_attribute("datetime")
    link = first.locator("a.source").first
    article_id = link.get_attribute("data-article")
    start, end = int(link.get_attribute("data-start")), int(link.get_attribute("data-end"))
    link.click()
    page.wait_for_url(f"**/articles/{article_id}?start={start}&end={end}#quoted")
    mark = page.locator("#quoted")
    mark.wait_for()
    text = page.evaluate("document.getElementById('article-text').textContent")
    marked = "".join(page.locator("#article-text mark.quoted").all_text_contents())
    assert marked == text[start:end]
    assert mark.is_visible()
    box = mark.bounding_box()
    viewport = page.viewport_size
    assert box is not None and 0 <= box["y"] <= viewport["height"], "the quoted span is in view"
    background = page.evaluate(
        "getComputedStyle(document.getElementById('quoted')).backgroundColor"
    )
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_the_article_view_shows_each_kind_of_annotation_with_a_legend(page: Any) -> None:
    page.goto("/?q=%22North+Korean%22")
    page.click("a.article-link")
    page.wait_for_selector("#article-text")
    for kind in ("timex", "entity", "event", "quantity"):
        assert page.locator(f"#article-text .ann-{kind}").count() >= 1, kind
        assert page.locator(f".legend .ann-{kind}").count() == 1, kind
    styles = {
        kind: page.evaluate(
            f"getComputedStyle(document.querySelector('#article-text .ann-{kind}'))"
            ".borderBottomStyle + getComputedStyle(document.querySelector("
            f"'#article-text .ann-{kind}')).backgroundColor"
        )
        for kind in ("timex", "entity", "event")
    }
    assert len(set(styles.values())) == 3, styles
    timex = page.locator("#article-text .ann-timex").first
    assert timex.get_attribute("title").split()[0] in ("DATE", "TIME", "DURATION", "SET")
    timex.hover()
    assert "timex:" in page.inner_text("#annotation-info")
    event = page.locator("#article-text .ann-event").first
    assert event.get_attribute("title").split()[0].isupper()


def test_the_claim_chart_draws_each_value_linked_to_its_source(page: Any) -> None:
    page.goto("/claims?about=North+Korea")
    points = page.locator("svg.claim-chart circle.claim-point")
    assert points.count() >= 2
    rows = page.locator("section.claim").first.locator("tbody tr")
    assert points.count() >= rows.count() >= 2
    values = page.locator("section.claim").first.locator("circle.claim-point")
    heights = {float(values.nth(i).get_attribute("cy")) for i in range(values.count())}
    assert len(heights) >= 2, "different values are drawn at different heights"
    href = page.locator("svg.claim-chart a.claim-link").first.get_attribute("href")
    assert href.startswith("/articles/") and "#quoted" in href
    page.goto(href)
    assert page.locator("#quoted").count() == 1


def test_the_map_draws_the_located_developments_and_lists_them(page: Any) -> None:
    page.goto("/map?about=North+Korea")
    places = page.locator("svg.events-map circle.place")
    assert places.count() >= 1
    listed = page.locator("ol.map-list li[id^=event-]")
    assert listed.count() >= places.count()
    labels = page.locator("svg.events-map text.place-label").all_text_contents()
    assert all(label.strip() for label in labels)
    width = float(page.locator("svg.events-map").get_attribute("viewBox").split()[2])
    height = float(page.locator("svg.events-map").get_attribute("viewBox").split()[3])
    for i in range(places.count()):
        cx, cy = (float(places.nth(i).get_attribute(a)) for a in ("cx", "cy"))
        assert 0 <= cx <= width and 0 <= cy <= height
    assert listed.first.locator("a.source").count() >= 1


def test_the_map_paints_the_land_beneath_the_places(page: Any) -> None:
    page.goto("/map?about=North+Korea")
    land = page.locator("svg.events-map path.land")
    assert land.count() == 1
    box = land.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 50
    fill = page.evaluate("() => getComputedStyle(document.querySelector('path.land')).fill")
    assert fill not in ("none", "rgb(0, 0, 0)")  # the stylesheet's light fill
    marker = page.locator("svg.events-map circle.place").first.bounding_box()
    assert marker is not None
    centre = [marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] / 2]
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).getAttribute('class')", centre
    )
    assert on_top == "place"


def test_every_page_of_the_navigation_renders_without_errors(page: Any) -> None:
    for path in ("/", "/stories", "/timeline", "/claims", "/map"):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        assert page.locator("main h1, main form.search").count() >= 1, path
    # fetched, not opened: the browser would log the expected 404 as a console error
    missing = page.request.get("/articles/no-such-article")
    assert missing.status == 404
    assert "no article with id no-such-article" in missing.text()
