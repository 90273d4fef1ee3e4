"""Docs that cannot drift: every command has help with an example, and a README
entry in the command reference that names each of its options."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from backstory.cli import cli
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def reference_entry(name: str) -> str:
    """The README section of a command: from its heading to the next heading."""
    match = re.search(rf"^### `backstory {name}\b.*?(?=^##)", README + "\n##", re.M | re.S)
    assert match, f"README has no '### `backstory {name} ...`' entry in the command reference"
    return match.group(0)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"backstory {name}" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    entry = reference_entry(name)
    assert "```sh" in entry, f"README entry of {name} has no example"
    for param in cli.commands[name].params:
        if isinstance(param, click.Option) and "--help" not in param.opts:
            longest = max(param.opts, key=len)
            assert longest in entry, f"README entry of {name} does not mention {longest}"
