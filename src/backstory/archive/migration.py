"""Versioned schema migrations, run with alembic on open.

The scripts live in ``migrations/versions`` (``0001_initial.py``, ...). Opening
an archive upgrades it to the newest revision inside one transaction that
holds the writer lock, so two processes opening a new archive at once do not
both create it. Alembic's own ``alembic_version`` table records the revision.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from backstory.archive.connection import lock_for_writing, writer

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head_revision() -> str:
    """The newest schema revision this version of backstory knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, f"no migrations found in {MIGRATIONS}"
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision of the archive behind ``connection`` (None: empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Bring the archive's schema to the newest revision; returns that revision."""
    head = head_revision()
    with engine.connect() as probe:
        if current_revision(probe) == head:
            return head
    with writer(engine.connect()) as connection, connection.begin():
        lock_for_writing(connection)
        if current_revision(connection) != head:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return head
