"""Fixtures for archive tests: one archive per test, on SQLite and on PostgreSQL.

Import the fixtures into a test module (``from archive_fixtures import *``).
The PostgreSQL cluster is started once per session; a machine without
PostgreSQL server binaries skips those tests with a message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backstory.archive import Archive
from throwaway_postgres import ThrowawayPostgres, find_binaries

__all__ = ["archive", "archive_target", "postgres_cluster"]


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[ThrowawayPostgres]:
    binaries = find_binaries()
    if binaries is None:
        pytest.skip(
            "PostgreSQL server binaries not found (initdb/pg_ctl); "
            "`make system-deps` installs them. Skipping the PostgreSQL archive tests."
        )
    with ThrowawayPostgres(binaries) as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def archive_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh archive lives: an SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "archive.db")
    cluster: ThrowawayPostgres = request.getfixturevalue("postgres_cluster")
    return cluster.create_database()


@pytest.fixture
def archive(archive_target: str) -> Iterator[Archive]:
    with Archive.open(archive_target) as opened:
        yield opened
