"""Linking across articles: entities, developments, stories and claims.

``link_extraction(target, extraction)`` is called by ingest inside the
transaction that stores the article and its extraction (``target`` is then
that transaction's connection), so an article is stored, extracted and
linked together or not at all. It is incremental: it looks up candidates
by index (name keys, a date window, a publication window) and adds to what
the archive holds, never recomputing the whole archive. Every relation it
builds (same entity, same happening, same story) is a symmetric relation
between pairs, and the structures are its connected components, so the
result is the same whether articles arrive one by one or in one batch, in
any order.
"""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from backstory.archive.connection import display_url, is_read_only
from backstory.errors import ArchiveError
from backstory.extraction import Extraction
from backstory.linking import tables
from backstory.linking.claims import add_claims
from backstory.linking.developments import add_reports
from backstory.linking.entities import link_entities
from backstory.linking.reports import reports_of
from backstory.linking.stories import add_article

# Engines whose linking tables exist. Weak, so that a new engine that happens
# to get a collected one's id() is not taken for it (its tables would be missing).
_READY: weakref.WeakSet[Any] = weakref.WeakSet()


def engine_of(archive: Any) -> Engine:
    """The SQLAlchemy engine behind an archive (or the engine itself)."""
    return archive.engine if hasattr(archive, "engine") else archive


def prepare(archive: Any) -> Engine:
    """The archive's engine, with the linking tables created if missing (a read-only
    archive without them is an ArchiveError: nothing was extracted into it yet)."""
    engine = engine_of(archive)
    if engine not in _READY:
        if is_read_only(engine):
            missing = tables.missing_tables(engine)
            if missing:
                raise ArchiveError(
                    f"archive {display_url(engine)} has no linked extractions yet "
                    f"(no table {missing[0]}): ingest articles with extraction first"
                )
        else:
            tables.ensure_tables(engine)
        _READY.add(engine)
    return engine


def link_extraction(target: Any, extraction: Extraction) -> None:
    """Fold one stored extraction into the cross-article structures.

    ``target`` is an archive or an engine (linking then runs in a
    transaction of its own) or a ``Connection`` inside an open transaction
    (linking then joins it, and commits or rolls back with it).
    """
    if isinstance(target, Connection):
        if target.engine not in _READY:
            tables.ensure_tables(target)
            _READY.add(target.engine)
        _link(target, extraction)
        return
    engine = prepare(target)
    with engine.begin() as conn:
        _link(conn, extraction)


def _link(conn: Connection, extraction: Extraction) -> None:
    known = conn.execute(
        select(tables.story_members.c.article_id).where(
            tables.story_members.c.article_id == extraction.article.id
        )
    ).first()
    if known:
        return
    link_entities(conn, extraction)
    developments = add_reports(conn, reports_of(extraction))
    add_article(conn, extraction, developments)
    add_claims(conn, extraction)
