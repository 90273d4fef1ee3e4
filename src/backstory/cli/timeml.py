"""``backstory timeml``: annotate TimeML documents with TIMEX3 and EVENT tags."""

from __future__ import annotations

import click

from backstory.timex.timeml import annotate_directory


@click.command()
@click.argument("in_dir", type=click.Path(file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
@click.option(
    "--no-events",
    "no_events",
    is_flag=True,
    help="Write TIMEX3 tags only (no spaCy parse: much faster).",
)
@click.option(
    "--model", default=None, help="spaCy pipeline for EVENT recognition (default: best installed)."
)
def timeml(in_dir: str, out_dir: str, no_events: bool, model: str | None) -> None:
    """Write every TimeML file of IN_DIR to OUT_DIR with TIMEX3 and EVENT tags added.

    Reads the DCT and the raw TEXT (existing TIMEX3/EVENT/SIGNAL tags are
    stripped), keeps the DCT as t0 and the text byte for byte outside the
    new tags, and writes a MAKEINSTANCE per EVENT after the TEXT (the
    TempEval-3 format). --no-events writes the TIMEX3 tags only.

    \b
    Example:
      backstory timeml ../shared/data/timeml/TBAQ-cleaned/AQUAINT out/AQUAINT
      backstory timeml in/ out/ --no-events
    """
    written = annotate_directory(in_dir, out_dir, events=not no_events, model=model)
    click.echo(f"annotated {len(written)} files into {out_dir}", err=True)
