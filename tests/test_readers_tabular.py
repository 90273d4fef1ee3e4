"""JSON Lines and CSV: one article per row, bad rows reported by number."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from backstory.errors import InputError
from backstory.readers import iter_articles, read_articles
from backstory.readers.detect import detect_format
from backstory.readers.detokenise import detokenise, looks_tokenised
from backstory.readers.source import load_file
from conftest import FIXTURES

JSONL = FIXTURES / "wikinews" / "iphone4.jsonl"
RECORDS = [json.loads(line) for line in JSONL.read_text().splitlines()]


def test_jsonl_rows_become_articles() -> None:
    assert detect_format(load_file(JSONL)) == "jsonl"
    articles = list(read_articles(JSONL))
    assert [a.title for a in articles] == [r["title"] for r in RECORDS]
    assert articles[0].published == datetime(2010, 6, 8)
    assert articles[0].outlet == "Wikinews"
    assert articles[0].url == RECORDS[0]["url"]
    assert articles[0].text == RECORDS[0]["text"]


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_csv_with_multiline_quoted_text(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "news.data",
        ["date", "text", "title", "url", "source"],
        [[r["date"], r["text"], r["title"], r["url"], r["source"]] for r in RECORDS],
    )
    assert detect_format(load_file(path)) == "csv"  # by content, whatever the name
    articles = list(read_articles(path))
    assert [a.text for a in articles] == [r["text"] for r in RECORDS]
    assert "\n" in articles[0].text


def test_tokenised_csv_is_detokenised(tmp_path: Path) -> None:
    # The Timeline17 CSVs are tokenised like this: date,text only, tokens split by spaces.
    tokenised = (
        "Apple 's bumpers were priced at US $ 29 before the press conference , but will be free "
        "-LRB- until September 30 -RRB- .\nJobs said the phones `` can be returned '' for a refund ."
    )
    assert looks_tokenised(tokenised)
    path = _write_csv(tmp_path / "articles.csv", ["date", "text"], [["2010-07-17", tokenised]])
    [article] = read_articles(path)
    assert article.text == (
        "Apple's bumpers were priced at US $29 before the press conference, but will be free "
        '(until September 30).\nJobs said the phones "can be returned" for a refund.'
    )
    assert not looks_tokenised(article.text)
    assert detokenise(article.text) == article.text


@pytest.mark.parametrize("header", [["date", "body_text"], ["when", "text"]])
def test_csv_without_date_or_text_column_names_the_file(tmp_path: Path, header: list[str]) -> None:
    path = _write_csv(
        tmp_path / "news.csv", header, [["2010-07-17", "Apple Inc. announced Friday."]]
    )
    with pytest.raises(InputError) as caught:
        list(read_articles(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: CSV has no ")
    assert ("'text'" in message) == ("text" not in header)
    assert "\n" not in message


def test_bad_rows_are_named_and_the_good_ones_still_come_out(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "news.csv",
        ["date", "text"],
        [
            [RECORDS[0]["date"], RECORDS[0]["text"]],
            ["the day after", RECORDS[1]["text"]],
            [RECORDS[2]["date"], ""],
            [RECORDS[2]["date"], RECORDS[2]["text"]],
        ],
    )
    items = list(iter_articles([path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert sum(not isinstance(i, InputError) for i in items) == 2
    assert (
        errors[0].startswith(f"{path}: row 2 (line ") and "not a date: 'the day after'" in errors[0]
    )
    assert errors[1].startswith(f"{path}: row 3 (line ") and errors[1].endswith("no text")


def test_jsonl_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [json.dumps(RECORDS[0]), "{not json", json.dumps({"date": "2010-06-16"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"{path}: line 2: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{path}: line 3: no text",
    ]


def test_tab_separated_file(tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    rows = [f"{r['date']}\t{r['title']}\t{r['text'].splitlines()[0]}" for r in RECORDS]
    path.write_text("date\ttitle\ttext\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert detect_format(load_file(path)) == "csv"
    articles = list(read_articles(path))
    assert [a.title for a in articles] == [r["title"] for r in RECORDS]
