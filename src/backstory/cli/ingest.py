"""``backstory ingest``: read files, folders, globs and feed URLs into the archive."""

from __future__ import annotations

import sys
from contextlib import ExitStack

import click

from backstory.archive import Archive
from backstory.cli.options import db_option, parse_datetime
from backstory.cli.output import emit_object, progress_bar
from backstory.cluster import open_client
from backstory.errors import InputError
from backstory.ingest import IngestEvent
from backstory.ingest import ingest as run_ingest
from backstory.readers import FORMATS
from backstory.settings import Settings


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--format",
    "--input-format",
    "input_format",
    default=None,
    metavar="FORMAT",
    help=f"Force a reader instead of detecting it: {', '.join(FORMATS)}.",
)
@click.option("--published", help="Publication datetime (ISO 8601) for inputs that carry none.")
@click.option("--no-extract", is_flag=True, help="Store the articles only; extract later.")
@click.option(
    "--model", default=None, help="spaCy pipeline for extraction (default: best installed)."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Extract on a local Dask cluster of N worker processes.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:port).",
)
def ingest(
    paths: tuple[str, ...],
    db: str,
    input_format: str | None,
    published: str | None,
    no_extract: bool,
    model: str | None,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Add the articles in PATHS (files, folders, globs, feed URLs) to the archive.

    Each new article is extracted and linked unless --no-extract; exact and
    near-duplicates are recorded, not stored twice. Prints a JSON summary
    (added, duplicates, failures with reasons); exits 1 if anything failed.

    With --workers or --scheduler the extraction runs on a Dask cluster;
    storing and linking stay here, in input order, so the archive ends the
    same as without (both are ignored with --no-extract).

    \b
    Example:
      backstory ingest articles/ 'feeds/*.xml' --db news.db
      backstory ingest 'crawl/*.warc.gz' --db news.db --workers 4
    """
    if workers is not None and scheduler is not None:
        raise click.UsageError("give --workers or --scheduler, not both")
    if input_format is not None and input_format not in FORMATS:
        raise InputError(f"--format: unknown format {input_format!r}; one of {', '.join(FORMATS)}")
    when = parse_datetime(published, field="--published") if published else None
    settings = Settings.from_env(db=db, model=model)
    use_cluster = not no_extract and (workers is not None or scheduler is not None)
    with ExitStack() as stack:
        archive = stack.enter_context(Archive.open(settings))
        client = (
            stack.enter_context(open_client(workers=workers, scheduler=scheduler))
            if use_cluster
            else None
        )
        bar = stack.enter_context(progress_bar())

        def progress(event: IngestEvent) -> None:
            bar.update(1)
            if event.status == "failed":
                bar.write(f"backstory: failed: {event.message}", file=sys.stderr)

        summary = run_ingest(
            archive,
            list(paths),
            settings=settings,
            format=input_format,
            published=when,
            extract=not no_extract,
            progress=progress,
            client=client,
        )
        result = {"database": archive.url, **summary.to_json()}
    emit_object(result, "json")
    if not summary.ok:
        click.get_current_context().exit(1)
