"""HTML pages (trafilatura + page metadata) and WARC crawls of them (warcio)."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from backstory.errors import InputError
from backstory.readers import iter_articles, read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES

PAGE = FIXTURES / "html" / "wikinews-iphone4-cases.html"
URL = "https://en.wikinews.org/wiki/Apple_to_give_free_cases,_refunds_to_iPhone_4_owners"


def test_main_text_title_author_and_dated_metadata() -> None:
    assert detect_format(load_file(PAGE)) == "html"
    [article] = read_articles(PAGE)
    assert article.title == "Apple to give free cases, refunds to iPhone 4 owners"
    assert article.author == "Wikinews contributors"
    assert article.outlet == "Wikinews"
    assert article.url == URL
    assert article.published == datetime(2010, 7, 17, 18, 20, 3, tzinfo=UTC)
    assert article.text.startswith(
        "Apple Inc. announced Friday that it will give owners of its new iPhone 4"
    )
    assert (
        "On July 2, Apple associated the issue with a long-undiscovered software bug"
        in article.text
    )
    for boilerplate in ("Privacy policy", "Related news", "Politics and conflicts", "last edited"):
        assert boilerplate not in article.text
    assert "\n\n" in article.text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Wikinews</title></head><body><nav><a href='/'>Main Page</a>"
        "<a href='/wiki/Portal:Sports'>Sports</a></nav></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        list(read_articles(path))
    assert str(caught.value) == f"{path}: HTML without article text (no main text found)"


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        request = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        response = writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(request)
        writer.write_record(response)
    return buffer.getvalue()


def test_warc_html_responses_are_read_as_pages(tmp_path: Path) -> None:
    html = PAGE.read_bytes()
    empty = b"<html><head><title>Sports</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc(
            [
                (URL, "text/html; charset=utf-8", html),
                ("https://en.wikinews.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
                ("https://en.wikinews.org/wiki/Portal:Sports", "text/html", empty),
            ]
        )
    )
    assert detect_format(load_file(path)) == "warc"
    items = list(iter_articles([path]))
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    [article] = articles
    assert article.url == URL  # from WARC-Target-URI
    assert article.title == "Apple to give free cases, refunds to iPhone 4 owners"
    assert article.published == datetime(2010, 7, 17, 18, 20, 3, tzinfo=UTC)
    assert 'rubber cases, or "bumpers"' in article.text
    assert (
        len(errors) == 1
        and "Portal:Sports" in errors[0]
        and "HTML without article text" in errors[0]
    )


def test_page_url_is_fetched_and_read_as_html() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old-link":
            return httpx.Response(301, headers={"Location": URL})
        return httpx.Response(200, content=PAGE.read_bytes(), headers={"Content-Type": "text/html"})

    [article] = read_articles(
        "https://en.wikinews.org/old-link", transport=httpx.MockTransport(handler)
    )
    assert article.url == URL  # the final url after redirects
    assert article.title == "Apple to give free cases, refunds to iPhone 4 owners"


def test_page_in_its_declared_legacy_encoding(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8").replace(
        '<meta charset="UTF-8">', '<meta charset="windows-1252">'
    )
    html = html.replace("Apple Inc. announced Friday", "Apple Inc. announced Friday (café)")
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("windows-1252"))
    [article] = read_articles(path)
    assert "Apple Inc. announced Friday (café)" in article.text
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(html.replace('<meta charset="windows-1252">', "").encode("windows-1252"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(read_articles(undeclared))


def test_without_date_metadata_htmldate_finds_the_day(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8")
    html = re.sub(r'<meta property="article:[^>]*>', "", html)
    html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    html = re.sub(r"<time[^>]*>(.*?)</time>", r"<span>\1</span>", html)
    path = tmp_path / "undated.html"
    path.write_text(html, encoding="utf-8")
    [article] = read_articles(path)
    assert article.published == datetime(2010, 7, 17)  # the day from the byline, no time
