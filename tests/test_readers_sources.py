"""Folders, globs and URLs expanded; formats detected by content, not by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from backstory.errors import InputError
from backstory.readers import FORMATS, expand_sources, iter_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES, SEED


def test_formats_are_the_documented_names() -> None:
    assert FORMATS == (
        "scraped",
        "text",
        "html",
        "feed",
        "jsonl",
        "csv",
        "warc",
        "telegram",
        "timeml",
        "reuters",
    )


def test_every_fixture_is_detected_by_content_whatever_its_name(tmp_path: Path) -> None:
    expected = {
        SEED: "scraped",
        FIXTURES / "html" / "wikinews-iphone4-cases.html": "html",
        FIXTURES / "feeds" / "wikinews-rss2.xml": "feed",
        FIXTURES / "feeds" / "wikinews-atom.xml": "feed",
        FIXTURES / "wikinews" / "iphone4.jsonl": "jsonl",
        FIXTURES / "telegram" / "result.json": "telegram",
        FIXTURES / "timeml" / "iphone4-wwdc.tml": "timeml",
    }
    for number, (path, fmt) in enumerate(expected.items()):
        renamed = tmp_path / f"download{number}.dat"
        shutil.copyfile(path, renamed)
        assert detect_format(load_file(renamed)) == fmt, path


def test_folders_are_walked_recursively_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    shutil.copyfile(SEED, tmp_path / "a" / "seed.txt")
    shutil.copyfile(FIXTURES / "feeds" / "wikinews-rss2.xml", tmp_path / "a" / "b" / "feed.xml")
    (tmp_path / ".hidden.txt").write_text("Not an article.", encoding="utf-8")
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    assert list(expand_sources([tmp_path])) == [
        str(tmp_path / "a" / "b" / "feed.xml"),
        str(tmp_path / "a" / "seed.txt"),
    ]
    items = list(iter_articles([tmp_path]))
    assert len(items) == 5 and not any(isinstance(i, InputError) for i in items)


def test_globs_urls_and_unmatched_globs(tmp_path: Path) -> None:
    shutil.copyfile(SEED, tmp_path / "one.txt")
    shutil.copyfile(SEED, tmp_path / "two.txt")
    pattern = str(tmp_path / "*.txt")
    missing = str(tmp_path / "*.csv")
    url = "https://en.wikinews.org/feed.rss"
    assert list(expand_sources([pattern, url, missing])) == [
        str(tmp_path / "one.txt"),
        str(tmp_path / "two.txt"),
        url,
        missing,
    ]
    [error] = [i for i in iter_articles([missing]) if isinstance(i, InputError)]
    assert str(error).startswith(missing) and "cannot read" in str(error)


def test_readers_api_is_pinned() -> None:
    import backstory.readers

    assert sorted(backstory.readers.__all__) == [
        "FORMATS", "detect_format", "expand_sources", "iter_articles", "read_articles",
    ]  # fmt: skip
