"""``backstory timeline``: the dated list of developments for a query."""

from __future__ import annotations

import click

from backstory.cli.options import db_option, open_links
from backstory.records import day_of
from backstory.timelines.exports import FORMATS, export
from backstory.timelines.timeline import build_timeline


@click.command()
@db_option
@click.option("--about", default=None, help="Entity or words the timeline is about.")
@click.option("--since", default=None, help="First day (ISO date) of the developments.")
@click.option("--until", default=None, help="Last day (ISO date) of the developments.")
@click.option(
    "--story",
    type=int,
    default=None,
    help="Only the articles of this story (an id from GET /api/stories or `backstory serve`).",
)
@click.option(
    "--max-dates",
    "max_dates",
    type=click.IntRange(min=1),
    default=None,
    help="Keep only the N days that matter most.",
)
@click.option(
    "--per-date",
    "per_date",
    type=click.IntRange(min=1),
    default=None,
    help="Developments per day (default 3).",
)
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default="markdown", show_default=True
)
def timeline(
    db: str,
    about: str | None,
    since: str | None,
    until: str | None,
    max_dates: int | None,
    per_date: int | None,
    story: int | None,
    output_format: str,
) -> None:
    """Print the timeline of what happened, ordered by when it happened.

    \b
    Example:
      backstory timeline --about "North Korea" --since 2024-10-01 --max-dates 10 --format json
    """
    first, last = day_of(since, field="--since"), day_of(until, field="--until")
    with open_links(db) as archive:
        result = build_timeline(
            archive,
            about=about,
            since=first,
            until=last,
            max_dates=max_dates,
            per_date=per_date,
            story=story,
        )
    click.echo(export(result, output_format), nl=False)
