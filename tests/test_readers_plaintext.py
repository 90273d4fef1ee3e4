"""Plain text: the body as it is, dated by the caller."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backstory.errors import DateError
from backstory.readers import read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES

RECORD = json.loads((FIXTURES / "wikinews" / "iphone4.jsonl").read_text().splitlines()[1])


def test_plain_text_with_published(tmp_path: Path) -> None:
    path = tmp_path / "preorders.txt"
    path.write_text(f"{RECORD['title']}\n\n{RECORD['text']}\n", encoding="utf-8")
    assert detect_format(load_file(path)) == "text"
    when = datetime(2010, 6, 16, 9, 5)
    [article] = read_articles(path, published=when)
    assert article.published == when
    assert article.title == RECORD["title"]
    assert article.text == RECORD["text"]


def test_plain_text_without_published_is_undated(tmp_path: Path) -> None:
    path = tmp_path / "body.txt"
    path.write_text(RECORD["text"] + "\r\n\r\n\r\n", encoding="utf-8")
    [article] = read_articles(path)
    assert article.published is None
    assert article.title is None  # the first line is a sentence, not a headline
    assert article.text == RECORD["text"]


def test_forced_format_overrides_detection() -> None:
    seed = FIXTURES / "seed" / "000_496289bd27277af9.txt"
    [article] = read_articles(seed, format="text")
    assert article.text.startswith("date 2024-10-25 All Sections")


HEADED = (
    "Title: Flooding closes the port of Rotterdam for a second day\n"
    "Published: 2025-02-11 07:30 UTC\n"
    "Outlet: Example Wire\n"
    "By: Anna de Vries\n"
    "URL: https://example.org/rotterdam-floods\n"
    "\n"
    "ROTTERDAM - Storm surges kept the port closed on Tuesday, the harbour master said.\n"
)


def test_a_header_block_gives_title_date_outlet_author_and_url(tmp_path: Path) -> None:
    path = tmp_path / "rotterdam.txt"
    path.write_text(HEADED, encoding="utf-8")
    assert detect_format(load_file(path)) == "text"
    [article] = read_articles(path)
    assert article.title == "Flooding closes the port of Rotterdam for a second day"
    assert article.published == datetime(2025, 2, 11, 7, 30, tzinfo=UTC)
    assert (article.outlet, article.author) == ("Example Wire", "Anna de Vries")
    assert article.url == "https://example.org/rotterdam-floods"
    # the header is no part of the story
    assert (
        article.text
        == "ROTTERDAM - Storm surges kept the port closed on Tuesday, the harbour master said."
    )


def test_a_date_given_by_the_caller_wins_over_the_headers(tmp_path: Path) -> None:
    path = tmp_path / "rotterdam.txt"
    path.write_text(HEADED, encoding="utf-8")
    when = datetime(2025, 2, 12, 9, 0)
    [article] = read_articles(path, published=when)
    assert article.published == when
    assert article.title.startswith("Flooding closes")


def test_a_header_date_that_is_no_date_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "rotterdam.txt"
    path.write_text(HEADED.replace("2025-02-11 07:30 UTC", "last Tuesday"), encoding="utf-8")
    with pytest.raises(DateError) as caught:
        list(read_articles(path))
    assert str(caught.value) == f"{path}: Published: not a date: 'last Tuesday'"


def test_name_value_lines_without_a_title_or_date_stay_in_the_body(tmp_path: Path) -> None:
    # a page that opens with its sources has no header: the line is the story's
    path = tmp_path / "sources.txt"
    text = "Source: the regional governor\n\nTwo drones hit a depot overnight, the governor said."
    path.write_text(text, encoding="utf-8")
    [article] = read_articles(path)
    assert article.outlet is None and article.published is None
    assert "Two drones hit a depot" in article.text
