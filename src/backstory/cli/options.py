"""Options shared by several commands, defined once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from backstory.errors import DateError, InputError


def parse_datetime(value: str, *, field: str) -> datetime:
    """An ISO 8601 date or datetime; a one-line error naming ``field`` otherwise."""
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise DateError(f"{field}: not an ISO 8601 date or datetime: {value!r}") from exc


db_option = click.option(
    "--db",
    envvar="BACKSTORY_DB",
    default="backstory.db",
    show_default=True,
    help="Archive: an SQLite path or a postgresql:// URL (env BACKSTORY_DB).",
)


def open_links(db: str) -> Any:
    """The engine of an existing archive, with the linking tables ready."""
    from sqlalchemy import create_engine

    from backstory.linking import prepare
    from backstory.settings import Settings

    settings = Settings.from_env(db=db)
    if "://" not in settings.db and not Path(settings.db).expanduser().exists():
        raise InputError(f"--db: no archive at {settings.db}; run `backstory ingest` first")
    return prepare(create_engine(settings.db_url))
