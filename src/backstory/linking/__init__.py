"""Linking across articles: entities, developments, stories and claims.

``link_extraction(archive, extraction)`` is called by ingest after an
article's extraction is stored. It is incremental: it looks up candidates
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
from sqlalchemy.engine import Engine

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
    """The archive's engine, with the linking tables created if missing."""
    engine = engine_of(archive)
    if engine not in _READY:
        tables.ensure_tables(engine)
        _READY.add(engine)
    return engine


def link_extraction(archive: Any, extraction: Extraction) -> None:
    """Fold one stored extraction into the cross-article structures."""
    engine = prepare(archive)
    article_id = extraction.article.id
    with engine.begin() as conn:
        known = conn.execute(
            select(tables.story_members.c.article_id).where(
                tables.story_members.c.article_id == article_id
            )
        ).first()
        if known:
            return
        link_entities(conn, extraction)
        developments = add_reports(conn, reports_of(extraction))
        add_article(conn, extraction, developments)
        add_claims(conn, extraction)
