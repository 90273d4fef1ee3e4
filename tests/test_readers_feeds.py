"""RSS 2.0 and Atom feeds, from files and from URLs (offline, through a mock transport)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from backstory.errors import InputError
from backstory.readers import iter_articles, read_articles
from conftest import FIXTURES

FEEDS = FIXTURES / "feeds"
RSS = FEEDS / "wikinews-rss2.xml"
ATOM = FEEDS / "wikinews-atom.xml"
BROKEN = FEEDS / "wikinews-broken-entries.xml"


def test_rss_items_become_articles_with_the_channel_as_outlet() -> None:
    articles = list(read_articles(RSS))
    assert [a.title for a in articles] == [
        "Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010",
        "Apple swamped by iPhone 4 pre-orders",
        "Apple to give free cases, refunds to iPhone 4 owners",
        "Apple executive leaves company after iPhone 4 antenna issues",
    ]
    first = articles[0]
    assert first.outlet == "Wikinews"
    assert first.published == datetime(2010, 6, 8, 14, 32, 10, tzinfo=UTC)
    assert (
        first.url
        == "https://en.wikinews.org/wiki/Apple_unveils_iPhone_4,_iOS_4_at_Worldwide_Developers_Conference_2010"
    )
    assert first.author == "Wikinews contributors"
    # content:encoded (the full text, paragraphs kept), not just the one-sentence description
    assert "In April, the technology blog Gizmodo obtained a prototype" in first.text
    assert "\n\n" in first.text and "<p>" not in first.text
    assert "Apple Inc." in first.extras.tags


def test_atom_entries_keep_their_offsets() -> None:
    articles = list(read_articles(ATOM))
    assert len(articles) == 4
    lion = next(a for a in articles if "Lion" in (a.title or ""))
    assert lion.published == datetime(2011, 6, 7, 2, 11, 9, tzinfo=timezone(timedelta(hours=-7)))
    assert lion.outlet == "Wikinews - Apple Inc."
    assert (
        lion.url == "https://en.wikinews.org/wiki/Apple_announces_Mac_OS_X_Lion,_iOS_5,_and_iCloud"
    )
    assert "Moscone West" in lion.text


def test_broken_entries_are_error_values_and_the_others_still_come_out() -> None:
    items = list(iter_articles([BROKEN]))
    good = [i for i in items if not isinstance(i, InputError)]
    bad = [str(i) for i in items if isinstance(i, InputError)]
    assert [a.title for a in good] == ["Apple introduces iPhone and Apple TV"]
    assert len(bad) == 3
    assert all(message.startswith(f"{BROKEN}: entry ") for message in bad)
    assert "entry 2" in bad[0] and "no date" in bad[0]
    assert "entry 3" in bad[1] and "no text" in bad[1]
    assert "entry 4" in bad[2] and "not a date" in bad[2]
    assert all("\n" not in message for message in bad)


def test_read_articles_raises_at_a_broken_entry() -> None:
    with pytest.raises(InputError, match=r"entry 2 .*no date"):
        list(read_articles(BROKEN))


def test_feed_url_is_fetched_through_the_injected_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/feed.atom":
            return httpx.Response(
                200, content=ATOM.read_bytes(), headers={"Content-Type": "application/atom+xml"}
            )
        return httpx.Response(404)

    transport = httpx.MockTransport(handler)
    url = "https://news.example.org/feed.atom"
    articles = list(read_articles(url, transport=transport))
    assert len(articles) == 4 and seen == [url]
    items = list(iter_articles([url, "https://news.example.org/missing.rss"], transport=transport))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 5 and len(errors) == 1
    assert str(errors[0]) == "https://news.example.org/missing.rss: cannot fetch: HTTP 404"
