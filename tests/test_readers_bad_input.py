"""Every kind of bad input is one line naming the file (and row or entry), never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backstory.errors import DateError, InputError, UnknownFormatError
from backstory.readers import iter_articles, read_articles
from conftest import FIXTURES, ROOT


def _error(path: Path, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as caught:
        list(read_articles(path, **kwargs))  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    return caught.value


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert str(_error(path)) == f"{path}: file is empty"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    assert "binary file, not text" in str(_error(path))


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Apple's Zürich store opened on Friday.\n".encode("latin-1"))
    message = str(_error(path))
    assert "not valid UTF-8 at byte 9" in message and "iconv" in message


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_text("<html><body><form><input name='user'></form></body></html>", encoding="utf-8")
    assert "HTML without article text" in str(_error(path))


def test_feed_with_broken_entries_names_each_entry() -> None:
    path = FIXTURES / "feeds" / "wikinews-broken-entries.xml"
    errors = [i for i in iter_articles([path]) if isinstance(i, InputError)]
    assert [str(e).split(":")[1].strip().split(" (")[0] for e in errors] == [
        "entry 2",
        "entry 3",
        "entry 4",
    ]


def test_csv_without_date_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "title,text\nApple releases Macbook,Apple Computer today introduced the MacBook.\n",
        encoding="utf-8",
    )
    assert "CSV has no 'date' column" in str(_error(path))


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("date,title\n2006-05-17,Apple releases Macbook\n", encoding="utf-8")
    assert "CSV has no 'text' column" in str(_error(path))


def test_unparseable_date(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"date": "last Tuesday", "text": "Apple Computer today introduced the MacBook."}\n',
        encoding="utf-8",
    )
    error = _error(path)
    assert isinstance(error, DateError)
    assert str(error) == f"{path}: line 1: date: not a date: 'last Tuesday'"


def test_unknown_format_name(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Apple Computer today introduced the MacBook.", encoding="utf-8")
    error = _error(path, format="docx")
    assert isinstance(error, UnknownFormatError) and "unknown format 'docx'" in str(error)


def test_unknown_content(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text('{"settings": {"theme": "dark"}}', encoding="utf-8")
    assert isinstance(_error(path), UnknownFormatError)
    xml = tmp_path / "layout.xml"
    xml.write_text('<?xml version="1.0"?><LinearLayout android:id="@+id/x"/>', encoding="utf-8")
    assert isinstance(_error(xml), UnknownFormatError)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "cannot read" in str(_error(tmp_path / "nope.txt"))
    assert "is a folder" in str(_error(tmp_path))


def test_forced_format_that_does_not_fit(tmp_path: Path) -> None:
    path = FIXTURES / "seed" / "000_496289bd27277af9.txt"
    for fmt in ("warc", "telegram", "timeml", "csv", "feed", "reuters"):
        with pytest.raises(InputError) as caught:
            list(read_articles(path, format=fmt))
        assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_cli_prints_one_line_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "backstory", "extract", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"backstory: error: {path}: file is empty"
    usage = subprocess.run(
        [sys.executable, "-m", "backstory", "extract", str(path), "--input-format", "docx"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert usage.returncode == 2 and "scraped" in usage.stderr


def test_utf16_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_text("Apple Computer today introduced the MacBook.", encoding="utf-16")
    assert "UTF-16 text" in str(_error(path))
