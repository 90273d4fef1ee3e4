"""The demo summary: what the demo archive holds, from stored articles and extractions."""

from __future__ import annotations

from pathlib import Path

from backstory.archive import Archive
from backstory.article import Article
from backstory.demo.showcase import top_entities
from backstory.extraction import Entity, Extraction, Mention


def mentioned(article: Article, *names: tuple[str, str]) -> Extraction:
    entities = []
    for name, kind in names:
        start = article.text.index(name)
        entities.append(Entity(name, kind, [Mention(start, start + len(name), name)]))
    return Extraction(article=article, entities=entities)


def test_top_entities_count_articles_not_mentions(tmp_path: Path) -> None:
    first = Article(text="Apple said the iPhone would ship in June. Apple shares rose.")
    second = Article(text="The iPhone went on sale in Japan, Apple said on Friday.")
    third = Article(text="Sony cut the price of its games console in Japan.")
    with Archive.open(tmp_path / "demo.db") as archive:
        archive.add(first, extraction=mentioned(first, ("Apple", "ORG"), ("iPhone", "PRODUCT")))
        archive.add(
            second,
            extraction=mentioned(second, ("iPhone", "ORG"), ("Japan", "COUNTRY"), ("Apple", "ORG")),
        )
        archive.add(third, extraction=mentioned(third, ("Sony", "ORG"), ("Japan", "COUNTRY")))
        top = top_entities(archive, limit=3)
    assert [(e["name"], e["articles"]) for e in top] == [("Apple", 2), ("Japan", 2), ("iPhone", 2)]
    assert top[0]["type"] == "ORG" and top[1]["type"] == "COUNTRY"
