"""``backstory claims``: the history of stated values (troops, casualties, aid)."""

from __future__ import annotations

import json

import click

from backstory.cli.options import db_option, open_links
from backstory.quantities import stated_value
from backstory.records import claims_record


def _table(histories: list[dict]) -> str:
    lines = []
    for history in histories:
        within = f"  (within {history['within']})" if history.get("within") else ""
        lines.append(history["subject"] + within)
        for c in history["history"]:
            value = stated_value(c["value"], c.get("text"), c["approximate"])
            lines.append(
                f"  {c['said_on'] or '?':10}  {value:>16}  {c['speaker'] or '-':24.24}  "
                f"{c['relation']:13}  {c['source']['article_id']}:{c['source']['start']}-{c['source']['end']}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


@click.command()
@db_option
@click.option("--about", default=None, help="Only claims whose subject or sentence names this.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "table"]),
    default="table",
    show_default=True,
)
def claims(db: str, about: str | None, output_format: str) -> None:
    """Print claim histories: each value with speaker, day, source and relation.

    \b
    Example:
      backstory claims --about "North Korea" --format table
    """
    with open_links(db) as archive:
        body = claims_record(archive, about=about)
    if output_format == "json":
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
    else:
        click.echo(_table(body["claims"]), nl=False)
