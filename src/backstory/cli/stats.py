"""``backstory stats``: what the archive holds."""

from __future__ import annotations

import click

from backstory.archive import Archive
from backstory.cli.options import db_option
from backstory.cli.output import emit_object, format_option
from backstory.settings import Settings


@click.command()
@db_option
@format_option("json", "table", "csv")
def stats(db: str, output_format: str) -> None:
    """Print counts of articles, duplicates, extractions and linked items, the date range,
    outlets and languages.

    \b
    Example:
      backstory stats --db news.db --format table
    """
    settings = Settings.from_env(db=db)
    with Archive.open(settings, create=False) as archive:
        emit_object(archive.stats(), output_format)
