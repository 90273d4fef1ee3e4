"""The demo archive: the bundled corpus ingested into a fresh SQLite file, and
a description of what it holds.

``build_demo(path, settings=...)`` removes a previous demo archive at
``path`` (and refuses to touch a file that is anything else), ingests the
corpus with extraction, and returns ``describe_demo``'s summary: counts,
date range, outlets, the most mentioned entities and, when the timeline
module can write one, the Background of the newest article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from backstory.archive import Archive
from backstory.demo import corpus_path
from backstory.errors import ArchiveError, InputError
from backstory.ingest import IngestEvent, IngestSummary, ingest
from backstory.settings import Settings

DEFAULT_DEMO_DB = "backstory-demo.db"


def build_demo(
    path: str | Path,
    *,
    settings: Settings,
    extract: bool = True,
    progress: Callable[[IngestEvent], None] | None = None,
) -> dict[str, Any]:
    """Build the demo archive at ``path`` from scratch; returns what it holds."""
    path = Path(path)
    corpus = corpus_path()
    _remove_previous_demo(path, corpus)
    with Archive.open(settings.with_(db=str(path))) as archive:
        summary = ingest(
            archive, [str(corpus)], settings=settings, extract=extract, progress=progress
        )
        return describe_demo(archive, summary, corpus)


def describe_demo(archive: Archive, summary: IngestSummary, corpus: Path) -> dict[str, Any]:
    """The demo summary: ingest counts, archive stats, top entities, newest article, Background."""
    stats = archive.stats()
    newest = archive.articles(limit=1)
    latest = newest[0] if newest else None
    return {
        "database": archive.url,
        "corpus": str(corpus),
        "ingest": summary.to_json(),
        "articles": stats["articles"],
        "duplicates": stats["duplicates"] + stats["near_duplicates"],
        "extractions": stats["extractions"],
        "published": stats["published"],
        "outlets": stats["outlets"],
        "top_entities": top_entities(archive),
        "latest": (
            {
                "id": latest.id,
                "title": latest.title,
                "published": latest.published.isoformat() if latest.published else None,
            }
            if latest
            else None
        ),
        "background": background_of(archive, latest.id) if latest else None,
    }


def top_entities(archive: Archive, limit: int = 10) -> list[dict[str, Any]]:
    """The entities named in the most articles, from the stored extractions
    (an entity typed differently in different articles counts once, with its commonest type)."""
    articles: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    for extraction in archive.iter_extractions():
        names = {}
        for entity in extraction.entities:
            names[entity.name] = entity.type
        articles.update(names.keys())
        for name, kind in names.items():
            types.setdefault(name, Counter())[kind] += 1
    return [
        {"name": name, "type": types[name].most_common(1)[0][0], "articles": n}
        for name, n in sorted(articles.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    ]


def background_of(archive: Archive, article_id: str) -> str | None:
    """The Background the timeline module writes for a stored article (Markdown), or None.

    When the archive holds nothing earlier on the article's subject, the
    timeline of its most mentioned entity up to the day before it was
    published stands in: what the article itself says led up to it.
    """
    try:
        from backstory.timelines import build_background, build_timeline
        from backstory.timelines.exports import to_markdown
    except ImportError:  # the timeline module is not part of this build
        return None
    article = archive.get(article_id)
    extraction = archive.get_extraction(article_id)
    if article.published is None:
        return None
    timeline = build_background(archive, article, extraction)
    if timeline.items:
        return str(to_markdown(timeline, heading="Background:")).strip()
    if extraction is None or not extraction.entities:
        return None
    subject = max(extraction.entities, key=lambda e: (len(e.mentions), -e.start)).name
    day_before = (article.published.date() - timedelta(days=1)).isoformat()
    timeline = build_timeline(archive, about=subject, until=day_before)
    if not timeline.items:
        return None
    heading = f"Background (the archive's timeline of {subject} up to {day_before}):"
    return str(to_markdown(timeline, heading=heading)).strip()


def _remove_previous_demo(path: Path, corpus: Path) -> None:
    if not path.exists():
        return
    try:
        with Archive.open(path, create=False) as archive:
            origin = archive.tables.articles.c.origin
            with archive.engine.connect() as conn:
                foreign = conn.execute(
                    select(func.count()).where(
                        origin.is_(None) | ~origin.startswith(str(corpus), autoescape=True)
                    )
                ).scalar_one()
    except ArchiveError:
        foreign = 1
    if foreign:
        raise InputError(
            f"{path} exists and is not a demo archive; remove it or choose another --db"
        )
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
