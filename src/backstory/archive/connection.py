"""Engines for the archive: one code path, with the few settings each database needs.

SQLite gets WAL journaling (readers never block the writer), foreign keys,
a busy timeout, and explicit transactions (pysqlite's implicit ones are
turned off so that ``BEGIN`` is ours). Writers take the write lock at the
start of their transaction (``BEGIN IMMEDIATE`` on SQLite, a transaction
advisory lock on PostgreSQL), so a duplicate check and the insert that
follows it see the same archive, also across processes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from backstory.errors import ArchiveError, ConfigError

# Arbitrary constant naming backstory's writer lock among PostgreSQL advisory locks.
_PG_WRITER_LOCK = 0x6261636B73


def create_archive_engine(url: str) -> Engine:
    """An engine for an archive URL (``sqlite:///path`` or ``postgresql+psycopg://...``)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            parent = Path(database).expanduser().resolve().parent
            if not parent.is_dir():
                raise ArchiveError(
                    f"cannot create archive {database}: folder {parent} does not exist"
                )
        engine = create_engine(parsed, connect_args={"timeout": 60})
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise ConfigError(f"PostgreSQL driver missing ({exc.name}); install psycopg") from exc
    raise ConfigError(
        f"unsupported archive database {backend!r}: use an SQLite path or postgresql://"
    )


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _begin_sqlite)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL + NORMAL: a killed process never corrupts the file or loses a commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def writer(connection: Connection) -> Connection:
    """The connection set up so that its next transaction takes the write lock first."""
    return connection.execution_options(sqlite_begin="IMMEDIATE")


def lock_for_writing(connection: Connection) -> None:
    """Take the writer lock inside the current transaction (PostgreSQL; SQLite has it already)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_WRITER_LOCK})


def display_url(engine: Engine) -> str:
    """The engine's URL without its password."""
    return engine.url.render_as_string(hide_password=True)
