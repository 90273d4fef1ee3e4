"""Telegram Desktop channel exports (result.json)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from backstory.readers import read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES

EXPORT = FIXTURES / "telegram" / "result.json"


def test_posts_become_articles_with_the_channel_as_outlet() -> None:
    assert detect_format(load_file(EXPORT)) == "telegram"
    articles = list(read_articles(EXPORT))
    # message 1 is a service message, message 4 a photo without caption: not articles
    assert [a.url for a in articles] == [
        "https://t.me/wikinews_apple_desk/2",
        "https://t.me/wikinews_apple_desk/3",
        "https://t.me/wikinews_apple_desk/5",
    ]
    assert {a.outlet for a in articles} == {"Wikinews Apple desk"}
    # date_unixtime is the instant; "date" is the exporting machine's local time (UTC+3 here)
    assert articles[0].published == datetime(2011, 1, 17, 16, 40, 12, tzinfo=UTC)
    assert articles[0].author == "Wikinews contributors"
    assert articles[0].text.startswith("Steve Jobs, the chief executive officer of Apple Inc.")


def test_text_made_of_entities_is_flattened() -> None:
    resignation = list(read_articles(EXPORT))[1]
    assert resignation.title == "Steve Jobs resigns as Apple CEO"
    assert "Tim Cook will be succeeding Jobs as CEO." in resignation.text
    assert resignation.text.endswith("Read the full report on Wikinews")
    assert "{" not in resignation.text


def test_without_username_there_are_no_urls_and_naive_dates_without_unixtime(
    tmp_path: Path,
) -> None:
    export = json.loads(EXPORT.read_text())
    del export["username"]
    for message in export["messages"]:
        message.pop("date_unixtime", None)
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    articles = list(read_articles(path))
    assert [a.url for a in articles] == [None, None, None]
    assert articles[0].published == datetime(2011, 1, 17, 19, 40, 12)


def test_group_posts_are_signed_by_their_sender(tmp_path: Path) -> None:
    export = json.loads(EXPORT.read_text())
    export["type"] = "public_supergroup"
    export["messages"][4]["from"] = "Mark Papermaster"
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    authors = [a.author for a in read_articles(path)]
    assert authors == ["Wikinews contributors", None, "Mark Papermaster"]
