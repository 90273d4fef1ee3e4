"""``backstory watch``: poll RSS/Atom feeds and ingest what is new, until Ctrl-C."""

from __future__ import annotations

import click

from backstory.archive import Archive
from backstory.cli.options import db_option
from backstory.ingest import IngestEvent
from backstory.settings import Settings
from backstory.watch import PollReport
from backstory.watch import watch as run_watch


def poll_line(report: PollReport) -> str:
    """The one line printed for a poll."""
    read = sum(f.status == "read" for f in report.feeds)
    unchanged = sum(f.status == "unchanged" for f in report.feeds)
    failed = len(report.failed_feeds)
    return (
        f"{report.at.isoformat().replace('+00:00', 'Z')} poll {report.number}: "
        f"{report.added} new, {report.duplicates} duplicates, {len(report.failures)} failures "
        f"({read} read, {unchanged} unchanged, {failed} failed of {len(report.feeds)} feeds)"
    )


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option(
    "--every",
    type=click.FloatRange(min=0, min_open=True),
    default=300.0,
    show_default=True,
    metavar="SECONDS",
    help="Seconds between two polls.",
)
@click.option("--once", is_flag=True, help="Poll once and exit (1 if anything failed).")
@click.option("--no-extract", is_flag=True, help="Store the articles only; extract later.")
@click.option(
    "--model", default=None, help="spaCy pipeline for extraction (default: best installed)."
)
def watch(
    feeds: tuple[str, ...], db: str, every: float, once: bool, no_extract: bool, model: str | None
) -> None:
    """Poll the RSS/Atom FEEDs (files or URLs) and ingest their new entries.

    Every SECONDS each feed is read again, with a conditional GET (ETag,
    Last-Modified) for URLs and by modification time for files; new entries
    are extracted and linked as by `backstory ingest`, entries already
    archived count as duplicates. One line per poll on stdout; a feed that
    is down or malformed gets a one-line warning on stderr and is tried
    again at the next poll. Ctrl-C stops.

    \b
    Example:
      backstory watch https://example.org/rss.xml feeds/local.xml --db news.db --every 600
    """
    settings = Settings.from_env(db=db, model=model)
    polls = 0
    with Archive.open(settings) as archive:

        def progress(event: IngestEvent) -> None:
            if event.status == "failed":
                click.echo(f"backstory: failed: {event.message}", err=True)

        try:
            for report in run_watch(
                archive,
                list(feeds),
                settings=settings,
                every=every,
                once=once,
                extract=not no_extract,
                progress=progress,
            ):
                polls += 1
                for feed in report.feeds:
                    if feed.error:
                        click.echo(f"backstory: warning: {feed.error}", err=True)
                click.echo(poll_line(report))
                if once and not report.ok:
                    click.get_current_context().exit(1)
        except KeyboardInterrupt:
            click.echo(f"backstory: stopped after {polls} poll(s)", err=True)
