"""``backstory background``: write an article's Background from the archive."""

from __future__ import annotations

from pathlib import Path

import click

from backstory.cli.options import db_option, open_links, parse_datetime
from backstory.pipeline import extract as run_extract
from backstory.readers import read_articles
from backstory.settings import Settings
from backstory.timelines.background import DEFAULT_ITEMS, build_background
from backstory.timelines.exports import export, to_markdown


@click.command()
@click.argument("article")
@db_option
@click.option(
    "--published", default=None, help="Publication datetime (ISO 8601) when FILE has none."
)
@click.option(
    "--max-items",
    "max_items",
    type=click.IntRange(min=1),
    default=DEFAULT_ITEMS,
    show_default=True,
    help="Longest Background, in lines.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["markdown", "json", "html", "csv"]),
    default="markdown",
    show_default=True,
)
def background(
    article: str, db: str, published: str | None, max_items: int, output_format: str
) -> None:
    """Print the Background section of ARTICLE (an archived article's id or a file).

    Only what the archive knew before the article's publication is used.

    \b
    Example:
      backstory background new_article.txt --published 2024-10-25T12:44 --db news.db
    """
    settings = Settings.from_env(db=db)
    when = parse_datetime(published, field="--published") if published else None
    with open_links(db) as archive:
        if Path(article).exists():
            item = next(iter(read_articles(article, published=when)))
            extraction = run_extract(item, settings=settings)
        else:
            item = archive.get(article)
            extraction = archive.get_extraction(article)
        result = build_background(archive, item, extraction, max_items=max_items)
    if not result.items:
        # stderr, so that the section on stdout stays what the format promises
        click.echo(
            "background: the archive holds no earlier report related to this article "
            "(only what was published before it is used)",
            err=True,
        )
    if output_format == "markdown":
        click.echo(to_markdown(result, heading="Background:"), nl=False)
    else:
        click.echo(export(result, output_format), nl=False)
