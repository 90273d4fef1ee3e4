"""One way to print data for every command: JSON by default, a table or CSV on request.

``format_option`` adds the same ``--format`` option to a command;
``emit_rows`` prints a list of records, ``emit_object`` one record.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

# Widest a table cell gets before it is cut with an ellipsis.
_CELL = 60


def format_option(*choices: str, default: str = "json") -> Callable[[F], F]:
    """The shared ``--format`` option (output format) with the given choices."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices or ("json", "table", "csv")),
        default=default,
        show_default=True,
        help="Output format.",
    )


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def emit_rows(
    rows: Sequence[Mapping[str, Any]], output_format: str, columns: Sequence[str]
) -> None:
    """Print records as a JSON array, an aligned table or CSV (with a header row)."""
    if output_format == "json":
        click.echo(to_json([dict(row) for row in rows]))
    elif output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c), width=None) for c in columns})
    else:
        _echo_table([[_cell(row.get(c)) for c in columns] for row in rows], list(columns))


def emit_object(data: Mapping[str, Any], output_format: str) -> None:
    """Print one record: JSON, or ``key value`` lines (nested keys joined with dots)."""
    if output_format == "json":
        click.echo(to_json(dict(data)))
        return
    pairs = list(_flatten(data))
    if output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["key", "value"])
        writer.writerows(pairs)
    else:
        _echo_table([[k, _cell(v)] for k, v in pairs], None)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> Any:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            yield from _flatten(value, f"{name}.")
        else:
            yield name, _cell(value, width=None)


def _cell(value: Any, width: int | None = _CELL) -> str:
    if value is None:
        return ""
    text = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _echo_table(cells: list[list[str]], header: list[str] | None) -> None:
    lines = ([header] if header else []) + cells
    if not lines:
        return
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    if header:
        click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
        click.echo("  ".join("-" * w for w in widths))
    for line in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


def progress_bar(label: str = "ingesting") -> Any:
    """A bar counting articles on stderr (hidden when stderr is not a terminal)."""
    from tqdm import tqdm

    return tqdm(
        desc=label,
        unit=" articles",
        file=sys.stderr,
        disable=None,
        dynamic_ncols=True,
    )
