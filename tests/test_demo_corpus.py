"""The bundled demo corpus: real, openly licensed, attributed, small, and readable."""

from __future__ import annotations

import json

from backstory.demo import corpus_path
from backstory.errors import InputError
from backstory.readers import iter_articles


def test_corpus_reads_without_errors() -> None:
    items = list(iter_articles([corpus_path()]))
    assert not [str(i) for i in items if isinstance(i, InputError)]
    wikinews = [a for a in items if a.outlet == "Wikinews"]
    assert len(wikinews) == 30
    assert len(items) == 31  # and the seed
    assert all(
        a.published is not None and a.url and a.url.startswith("https://en.wikinews.org/wiki/")
        for a in wikinews
    )
    assert all(" , " not in a.text and " 's " not in a.text for a in wikinews)  # detokenised


def test_corpus_is_small_and_every_article_is_attributed() -> None:
    folder = corpus_path()
    assert sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) < 1_000_000
    attribution = (folder.parent / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert (
        "Wikinews contributors" in attribution
        and "creativecommons.org/licenses/by/2.5" in attribution
    )
    for line in (folder / "wikinews-apple.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == {"date", "title", "url", "source", "text"}
        assert record["url"] in attribution and record["title"] in attribution
