"""Plain text: the body as it is, dated by the caller."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

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
