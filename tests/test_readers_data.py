"""The acceptance data sets ingest without a single failure (needs ../shared/data)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from backstory.errors import InputError
from backstory.readers import iter_articles

pytestmark = pytest.mark.data

REUTERS_DOCUMENTS = 21578


def test_every_reuters_file_reads_without_failure(shared_data: Path) -> None:
    files = sorted((shared_data / "reuters21578").glob("reut2-*.sgm"))
    assert len(files) == 22
    documents = sum(f.read_bytes().count(b"<REUTERS ") for f in files)
    assert documents == REUTERS_DOCUMENTS
    errors: list[str] = []
    articles = Counter[str]()
    for item in iter_articles(files):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            assert item.text.strip() and item.published is not None and item.outlet == "Reuters"
            articles[item.origin.split("#")[0]] += 1
    assert errors == []
    yielded = sum(articles.values())
    print(f"Reuters-21578: {yielded} of {REUTERS_DOCUMENTS} documents yield articles")
    # Documents with neither title nor body are passed over; they are a small minority.
    assert 0.97 * REUTERS_DOCUMENTS <= yielded <= REUTERS_DOCUMENTS


def test_every_t17_csv_reads_without_failure(shared_data: Path) -> None:
    files = sorted((shared_data / "tls-t17").glob("*/articles.csv"))
    assert len(files) == 4
    errors: list[str] = []
    per_topic = Counter[str]()
    for item in iter_articles(files):
        if isinstance(item, InputError):
            errors.append(str(item))
            continue
        per_topic[Path(item.origin.split("#")[0]).parent.name] += 1
        assert item.published is not None
        assert " , " not in item.text and "-LRB-" not in item.text  # detokenised
    assert errors == []
    print(f"T17 articles per topic: {dict(per_topic)}")
    assert set(per_topic) == {"finan", "h1n1", "haiti", "mj"} and min(per_topic.values()) > 100
