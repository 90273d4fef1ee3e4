"""Docs that cannot drift: every command and option is documented.

Every CLI command must have help text with an example, and an entry in the
README's command reference (a ``### `backstory NAME`` heading) that mentions
each of its long options.
"""

from __future__ import annotations

import re

import click
import pytest

from backstory.cli import cli
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def _readme_section(name: str) -> str:
    """The README text from the heading of ``backstory NAME`` to the next heading."""
    match = re.search(rf"^#+ `backstory {re.escape(name)}\b.*?(?=^#+ )", README, re.M | re.S)
    return match.group(0) if match else ""


def test_there_are_commands() -> None:
    assert {"ingest", "extract", "timeline", "background"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_an_example(name: str) -> None:
    command = cli.commands[name]
    assert command.help, f"backstory {name} has no help text"
    assert "Example" in command.help, f"backstory {name} --help shows no example"
    assert f"backstory {name}" in command.help, f"the example of {name} does not run it"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name: str) -> None:
    section = _readme_section(name)
    assert section, f"README has no '### `backstory {name} ...`' entry"
    assert "```" in section, f"README entry of backstory {name} has no example"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_in_the_readme(name: str) -> None:
    section = _readme_section(name)
    command = cli.commands[name]
    missing = [
        opt
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden
        for opt in param.opts
        if opt.startswith("--") and opt not in section
    ]
    assert not missing, f"README entry of backstory {name} does not mention {missing}"


def test_readme_starts_with_the_two_commands() -> None:
    first_block = README.split("```", 2)[1]
    assert "make demo" in first_block and "make test" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci, ".ci/run must run the README's test command"
