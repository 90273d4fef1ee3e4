"""``backstory demo``: build the demo archive from the bundled corpus and describe it."""

from __future__ import annotations

from typing import Any

import click

from backstory.cli.output import format_option, progress_bar, to_json
from backstory.demo.showcase import DEFAULT_DEMO_DB, build_demo
from backstory.settings import Settings


@click.command()
@click.option(
    "--db",
    default=DEFAULT_DEMO_DB,
    show_default=True,
    help="SQLite file of the demo archive (rebuilt from scratch each time).",
)
@click.option("--no-extract", is_flag=True, help="Store the articles only (faster).")
@format_option("text", "json", default="text")
def demo(db: str, no_extract: bool, output_format: str) -> None:
    """Build a fresh demo archive from the bundled corpus and print what it holds.

    \b
    Example:
      backstory demo && backstory articles --db backstory-demo.db --format table
    """
    if "://" in db:
        raise click.BadParameter("the demo archive is an SQLite file path", param_hint="--db")
    settings = Settings.from_env(db=db)
    with progress_bar() as bar:
        summary = build_demo(
            db, settings=settings, extract=not no_extract, progress=lambda event: bar.update(1)
        )
    if output_format == "json":
        click.echo(to_json(summary))
    else:
        click.echo(_as_text(summary, db))
    if summary["ingest"]["failed"]:
        click.get_current_context().exit(1)


def _as_text(summary: dict[str, Any], db: str) -> str:
    ingest = summary["ingest"]
    published = summary["published"]
    lines = [
        f"Demo archive {db}: {summary['articles']} articles from {summary['corpus']}",
        f"  added {ingest['added']}, duplicates {ingest['duplicates']}, failed {ingest['failed']}",
        f"  extractions: {summary['extractions']}",
        f"  published: {(published['first'] or '?')[:10]} .. {(published['last'] or '?')[:10]}"
        + (f" ({published['undated']} undated)" if published["undated"] else ""),
        "  outlets: " + ", ".join(f"{name} ({n})" for name, n in summary["outlets"].items()),
    ]
    if summary["top_entities"]:
        lines.append(
            "  top entities: "
            + ", ".join(f"{e['name']} ({e['articles']})" for e in summary["top_entities"])
        )
    for failure in ingest["failures"]:
        lines.append(f"  failed: {failure}")
    latest = summary["latest"]
    if latest:
        lines += ["", f"Newest article: {latest['title'] or '(untitled)'} [{latest['id']}]"]
        if summary["background"]:
            lines += ["", summary["background"]]
    lines += [
        "",
        "Try:",
        f"  backstory articles --db {db} --search Apple --format table",
        f"  backstory stats --db {db}",
    ]
    if latest:
        lines.append(f"  backstory show {latest['id']} --db {db} --format text")
        lines.append(f"  backstory background {latest['id']} --db {db}")
    return "\n".join(lines)
