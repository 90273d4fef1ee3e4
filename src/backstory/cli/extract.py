"""``backstory extract``: print what extraction finds in one article."""

from __future__ import annotations

import json

import click

from backstory.cli.options import parse_datetime
from backstory.pipeline import build_pipeline
from backstory.pipeline import extract as run_extract
from backstory.readers import FORMATS, read_articles
from backstory.settings import Settings


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--published", help="Publication datetime (ISO 8601) when the file has none.")
@click.option(
    "--input-format",
    "input_format",
    type=click.Choice(FORMATS),
    default=None,
    help="Force a reader instead of detecting the format from the content.",
)
@click.option("--model", default=None, help="spaCy pipeline to use (default: best installed).")
@click.option(
    "--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True
)
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Every article of FILE (feeds, JSON Lines, Reuters SGML), one JSON object per line.",
)
def extract(
    file: str,
    published: str | None,
    input_format: str | None,
    model: str | None,
    output_format: str,
    every: bool,
) -> None:
    """Extract timexes, entities, quantities and events from FILE as JSON.

    Prints the first article of FILE, or with --all every article, one JSON
    object per line.

    \b
    Example:
      backstory extract article.txt --published 2024-10-25T12:44 --format json
      backstory extract corpus.jsonl --all > extractions.jsonl
    """
    when = parse_datetime(published, field="--published") if published else None
    settings = Settings.from_env(model=model)
    articles = read_articles(file, format=input_format, published=when)
    if every:
        for extraction in build_pipeline(settings).pipe(articles):
            click.echo(json.dumps(extraction.to_json(), ensure_ascii=False))
        return
    for article in articles:
        click.echo(
            json.dumps(run_extract(article, settings=settings).to_json(), ensure_ascii=False)
        )
        break
