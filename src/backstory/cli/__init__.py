"""The ``backstory`` command line: thin wrappers around library functions.

Each command lives in its own module of this package and is registered in
``COMMANDS``. Errors: a ``BackstoryError`` is printed as one line on stderr
with exit code 1; usage errors exit with 2 (click's default).
"""

from __future__ import annotations

import sys
from typing import Any

import click

from backstory.errors import BackstoryError


class BackstoryGroup(click.Group):
    """A click group that turns backstory errors into one line and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BackstoryError as exc:
            click.echo(f"backstory: error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=BackstoryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="backstory")
def cli() -> None:
    """backstory: a sourced archive of what happened when, according to whom.

    \b
    Example:
      backstory ingest articles/ && backstory timeline --about "North Korea"
    """


def _register() -> None:
    from backstory.cli import (
        articles,
        background,
        claims,
        demo,
        extract,
        ingest,
        serve,
        show,
        stats,
        timeline,
        timeml,
        watch,
    )

    for command in (
        extract.extract,
        timeml.timeml,
        ingest.ingest,
        articles.articles,
        show.show,
        stats.stats,
        demo.demo,
        timeline.timeline,
        background.background,
        claims.claims,
        watch.watch,
        serve.serve,
    ):
        cli.add_command(command)


_register()


def main() -> None:
    """Entry point of the ``backstory`` script."""
    cli(prog_name="backstory")
