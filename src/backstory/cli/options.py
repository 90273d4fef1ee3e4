"""Options shared by several commands, defined once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click


def parse_datetime(value: str, *, field: str) -> datetime:
    """An ISO 8601 date or datetime; a one-line error naming ``field`` otherwise."""
    from backstory.records import parse_moment

    return parse_moment(value, field=field)


db_option = click.option(
    "--db",
    envvar="BACKSTORY_DB",
    default="backstory.db",
    show_default=True,
    help="Archive: an SQLite path or a postgresql:// URL (env BACKSTORY_DB).",
)


def open_links(db: str) -> Any:
    """The existing archive at ``db`` (migrated, linking tables ready); close it after use."""
    from backstory.archive import Archive
    from backstory.settings import Settings

    return Archive.open(Settings.from_env(db=db), create=False)
