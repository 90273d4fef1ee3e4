"""Ingest: read sources into the archive, extract and link each new article.

``ingest(archive, sources, settings=...)`` reads every article the sources
hold (files, folders, globs, feed URLs: whatever the readers take), adds it
to the archive, and for each new article runs extraction, then stores the
article, its extraction and its linking into the cross-article structures
(``backstory.linking.link_extraction``) in one transaction: a killed ingest
leaves each article either absent or stored, extracted and linked.

With ``client`` (a ``distributed.Client``) extraction runs on a Dask
cluster instead, a bounded window of articles ahead of the one being stored
(``backstory.cluster``); storing and linking stay here, in input order, one
transaction per article as above, so the archive ends the same.

One bad input or one failing article is recorded in the summary and
skipped; the rest of the batch goes on. Errors of the archive itself
(``ArchiveError``) or of the configuration (``ConfigError``) stop the batch:
they would fail every article the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from backstory import linking, pipeline
from backstory.archive import AddResult, Archive
from backstory.article import Article
from backstory.errors import ArchiveError, ConfigError, InputError
from backstory.extraction import Extraction
from backstory.readers import iter_articles
from backstory.settings import Settings

EventStatus = Literal["added", "duplicate", "near-duplicate", "failed"]
# The extraction of an article (computed here, or fetched from a cluster).
Extractor = Callable[[Article], Extraction]


@dataclass(frozen=True)
class IngestEvent:
    """One article ingested (or one input that failed), as reported to ``progress``."""

    status: EventStatus
    article_id: str | None = None
    duplicate_of: str | None = None
    origin: str | None = None
    message: str | None = None


@dataclass
class IngestSummary:
    """What a batch ingest did: counts, and one reason per failure."""

    added: int = 0
    duplicates: int = 0  # exact and near-duplicates
    near_duplicates: int = 0  # of which near
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": len(self.failed),
            "failures": list(self.failed),
        }


def ingest(
    archive: Archive,
    sources: Sequence[str | Path],
    *,
    settings: Settings,
    format: str | None = None,
    published: datetime | None = None,
    extract: bool = True,
    transport: Any = None,
    progress: Callable[[IngestEvent], None] | None = None,
    client: Any = None,
    window: int | None = None,
) -> IngestSummary:
    """Add every article of ``sources`` to ``archive``; returns the summary.

    ``client``: a ``distributed.Client`` whose cluster runs the extraction
    (``window``: how many articles may be in flight, default four per worker
    thread); without one, extraction runs here, one article after another.
    """
    items = iter_articles(sources, format=format, published=published, transport=transport)
    return ingest_items(
        archive,
        items,
        settings=settings,
        extract=extract,
        progress=progress,
        client=client,
        window=window,
    )


def ingest_items(
    archive: Archive,
    items: Iterable[Article | InputError],
    *,
    settings: Settings,
    extract: bool = True,
    progress: Callable[[IngestEvent], None] | None = None,
    client: Any = None,
    window: int | None = None,
) -> IngestSummary:
    """Add articles already read (``InputError`` values count as failures); as ``ingest``."""
    summary = IngestSummary()
    report = progress or (lambda event: None)
    work: Generator[tuple[Article | InputError, Extractor | None], None, None]
    if client is not None and extract:
        from backstory.cluster import extract_ahead

        work = extract_ahead(client, archive, items, settings=settings, window=window)
    else:
        work = ((item, None) for item in items)
    with closing(work):  # a batch stopped early cancels what is in flight
        for item, extractor in work:
            if isinstance(item, InputError):
                summary.failed.append(str(item))
                report(IngestEvent("failed", origin=item.source, message=str(item)))
                continue
            try:
                result = ingest_article(
                    archive, item, settings=settings, extract=extract, extractor=extractor
                )
            except (ArchiveError, ConfigError):
                raise
            except InputError as exc:
                message = str(exc) if exc.source else f"{item.origin or item.id}: {exc}"
                summary.failed.append(message)
                report(
                    IngestEvent("failed", article_id=item.id, origin=item.origin, message=message)
                )
                continue
            except Exception as exc:  # one article must not kill the batch; the reason is kept
                message = f"{item.origin or item.id}: {type(exc).__name__}: {exc}"
                summary.failed.append(message)
                report(
                    IngestEvent("failed", article_id=item.id, origin=item.origin, message=message)
                )
                continue
            if result.status == "added":
                summary.added += 1
            else:
                summary.duplicates += 1
                summary.near_duplicates += result.status == "near-duplicate"
            report(IngestEvent(result.status, result.article_id, result.duplicate_of, item.origin))
    return summary


def ingest_article(
    archive: Archive,
    article: Article,
    *,
    settings: Settings,
    extract: bool = True,
    extractor: Extractor | None = None,
) -> AddResult:
    """Add one article; if it is new (and ``extract``), extract and link it too.

    Extraction runs first, outside the archive; the article, its extraction
    and its linking are then written in one transaction. For a duplicate,
    the stored article it copies is completed instead: extracted and linked
    (again in one transaction) if it was stored without (``extract=False``
    before), else linked again, which ``link_extraction`` makes a no-op when
    it was linked already.

    ``extractor`` gives the extraction of an article (the one given or the
    stored one it copies); by default ``pipeline.extract`` runs here.
    """
    if not extract:
        return archive.add(article)
    extract_one = extractor or (lambda a: pipeline.extract(a, settings=settings))
    found = archive.find_duplicate(article)
    if found is not None and found.duplicate_of is not None:
        result = archive.add(article)  # records the copy
        if result.duplicate_of is not None:
            stored = archive.get_extraction(result.duplicate_of)
            if stored is None:
                fresh = extract_one(archive.get(result.duplicate_of))
                archive.save_extraction(
                    fresh, then=lambda conn: linking.link_extraction(conn, fresh)
                )
            else:
                linking.link_extraction(archive, stored)
        return result
    extraction = extract_one(article)
    return archive.add(
        article,
        extraction=extraction,
        then=lambda conn: linking.link_extraction(conn, extraction),
    )
