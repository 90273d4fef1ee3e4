"""Engines for the archive: one code path, with the few settings each database needs.

SQLite gets WAL journaling (readers never block the writer), foreign keys,
a busy timeout, and explicit transactions (pysqlite's implicit ones are
turned off so that ``BEGIN`` is ours). Writers take the write lock at the
start of their transaction (``BEGIN IMMEDIATE`` on SQLite, a transaction
advisory lock on PostgreSQL), so a duplicate check and the insert that
follows it see the same archive, also across processes.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from backstory.errors import ArchiveError, ConfigError

# Arbitrary constant naming backstory's writer lock among PostgreSQL advisory locks.
_PG_WRITER_LOCK = 0x6261636B73

# Engines opened read-only (weak, like linking's set of prepared engines).
_READ_ONLY: weakref.WeakSet[Any] = weakref.WeakSet()


def create_archive_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for an archive URL (``sqlite:///path`` or ``postgresql+psycopg://...``).

    ``read_only``: every connection refuses to write (SQLite: the file opened
    with ``mode=ro`` and ``query_only``; PostgreSQL: read-only transactions).
    """
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
        if read_only:
            if not database or database == ":memory:":
                raise ConfigError("a read-only archive must be an SQLite file or PostgreSQL")
            path = Path(database).expanduser().resolve()
            parsed = parsed.set(database=f"file:{path}", query={"mode": "ro", "uri": "true"})
        engine = create_engine(parsed, connect_args={"timeout": 60})
        event.listen(engine, "connect", _configure_read_only if read_only else _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    elif backend == "postgresql":
        options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
        try:
            engine = create_engine(parsed, pool_pre_ping=True, connect_args=options)
        except ModuleNotFoundError as exc:
            raise ConfigError(f"PostgreSQL driver missing ({exc.name}); install psycopg") from exc
    else:
        raise ConfigError(
            f"unsupported archive database {backend!r}: use an SQLite path or postgresql://"
        )
    if read_only:
        _READ_ONLY.add(engine)
    return engine


def is_read_only(engine: Engine) -> bool:
    """Whether the engine was opened read-only (``create_archive_engine(read_only=True)``)."""
    return engine in _READ_ONLY


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _begin_sqlite)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL + NORMAL: a killed process never corrupts the file or loses a commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _configure_read_only(dbapi_connection: Any, _record: Any) -> None:
    # No journal-mode switch: that is a write. query_only also refuses the writes
    # a ``mode=ro`` file would let through to a temporary database.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
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
    """The engine's URL without its password (a read-only SQLite file as its plain path)."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and (url.database or "").startswith("file:"):
        return f"sqlite:///{(url.database or '')[len('file:') :]}"
    return url.render_as_string(hide_password=True)
