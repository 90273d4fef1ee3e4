"""``backstory articles``: list the archive's articles, or search them."""

from __future__ import annotations

import click

from backstory.archive import Archive
from backstory.cli.options import db_option
from backstory.cli.output import emit_rows, format_option
from backstory.records import article_listing, publication_bound
from backstory.settings import Settings

COLUMNS = ("id", "published", "outlet", "title", "author", "url", "language", "origin")


@click.command()
@db_option
@click.option(
    "--search", "query", default=None, help='Full-text search: words, "a phrase", OR, -word.'
)
@click.option("--since", default=None, help="Published on or after this date (ISO 8601).")
@click.option("--until", default=None, help="Published on or before this date (ISO 8601).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=0))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0))
@format_option("json", "table", "csv")
def articles(
    db: str,
    query: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
    output_format: str,
) -> None:
    """List stored articles, newest first, or those matching --search.

    \b
    Example:
      backstory articles --search '"North Korean" troops' --since 2024-10-01 --format table
    """
    settings = Settings.from_env(db=db)
    with Archive.open(settings, create=False) as archive:
        found = archive.articles(
            limit=limit,
            offset=offset,
            query=query,
            since=publication_bound(since, field="--since"),
            until=publication_bound(until, field="--until"),
        )
    emit_rows([article_listing(article) for article in found], output_format, COLUMNS)
