"""What ``backstory watch`` remembers of each feed, kept in the archive.

A feed is read again only when it changed: for a URL the ``ETag`` and
``Last-Modified`` the server last sent make the next request conditional
(a ``304 Not Modified`` reads nothing); for a file its modification time and
size say whether it changed. Kept in the archive (table ``feed_validators``),
they outlive the watching process, and they belong to the archive the
entries went into: another archive reads the feed in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from backstory.archive.connection import lock_for_writing, writer

if TYPE_CHECKING:
    from backstory.archive.store import Archive


@dataclass(frozen=True)
class FeedValidators:
    """What a conditional read of one feed needs, and how its entries were stored."""

    etag: str | None = None
    last_modified: str | None = None
    file_stamp: tuple[int, int] | None = None  # (modification time in ns, size)
    extracted: bool = True  # False: read by a watcher that only stored the entries


def load_validators(archive: Archive, feed: str) -> FeedValidators | None:
    """What was saved for ``feed`` in ``archive``, or None when nothing was."""
    v = archive.tables.feed_validators.c
    with archive.engine.connect() as conn:
        row = conn.execute(
            select(v.etag, v.last_modified, v.file_mtime_ns, v.file_size, v.extracted).where(
                v.feed == feed
            )
        ).first()
    if row is None:
        return None
    stamp = None if row.file_mtime_ns is None else (int(row.file_mtime_ns), int(row.file_size))
    return FeedValidators(row.etag, row.last_modified, stamp, bool(row.extracted))


def save_validators(archive: Archive, feed: str, validators: FeedValidators) -> None:
    """Replace what is saved for ``feed`` with ``validators`` (one transaction)."""
    table = archive.tables.feed_validators
    mtime, size = validators.file_stamp or (None, None)
    values = {
        "etag": validators.etag,
        "last_modified": validators.last_modified,
        "file_mtime_ns": mtime,
        "file_size": size,
        "extracted": validators.extracted,
        "read_at": datetime.now(UTC).replace(tzinfo=None),
    }
    with writer(archive.engine.connect()) as conn, conn.begin():
        lock_for_writing(conn)  # no other writer between the update and the insert
        done = conn.execute(update(table).where(table.c.feed == feed).values(values))
        if not done.rowcount:
            conn.execute(insert(table).values(feed=feed, **values))
