"""``backstory timeml``: annotate TimeML documents with TIMEX3 tags."""

from __future__ import annotations

import click

from backstory.timex.timeml import annotate_directory


@click.command()
@click.argument("in_dir", type=click.Path(file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
def timeml(in_dir: str, out_dir: str) -> None:
    """Write every TimeML file of IN_DIR to OUT_DIR with TIMEX3 tags added.

    Reads the DCT and the raw TEXT (existing TIMEX3/EVENT/SIGNAL tags are
    stripped), keeps the DCT as t0 and the text byte for byte outside the
    new tags (the TempEval-3 format).

    \b
    Example:
      backstory timeml ../shared/data/timeml/TBAQ-cleaned/AQUAINT out/AQUAINT
    """
    written = annotate_directory(in_dir, out_dir)
    click.echo(f"annotated {len(written)} files into {out_dir}", err=True)
