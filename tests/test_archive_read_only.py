"""An archive opened read-only reads everything and refuses every write, on SQLite
and on PostgreSQL, without migrating or creating anything."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from archive_fixtures import *  # noqa: F403
from backstory.archive import Archive
from backstory.article import Article
from backstory.errors import ArchiveError
from backstory.timelines import build_timeline

REPORT = Article(
    id="5e1f0c2a9b7d4e31",
    text="Floods closed the coastal road on Monday, the regional council said.",
    published=datetime(2024, 3, 4, 9, 30),
    title="Coastal road closed by floods",
)


def test_a_read_only_archive_reads_and_refuses_to_write(archive_target: str) -> None:
    with Archive.open(archive_target) as writable:
        writable.add(REPORT)
    with Archive.open(archive_target, read_only=True) as archive:
        assert archive.read_only
        assert archive.get(REPORT.id).text == REPORT.text
        assert [a.id for a in archive.articles(query="floods")] == [REPORT.id]
        other = Article(id="0a1b2c3d4e5f6071", text="The bridge reopened on Friday.")
        with pytest.raises(DBAPIError, match=r"(?i)read-?only"):
            archive.add(other)
        assert build_timeline(archive).items == []  # linking tables read, none created
    with Archive.open(archive_target) as writable:
        assert writable.count() == 1


def test_a_read_only_archive_is_never_created_nor_migrated(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive.open(missing, read_only=True)
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(ArchiveError, match="no backstory schema"):
        Archive.open(empty, read_only=True)
    assert empty.read_bytes() == b""
