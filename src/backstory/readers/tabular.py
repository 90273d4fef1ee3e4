"""JSON Lines and CSV: one article per row, columns ``date,text`` plus optional
``title,url,source`` (and ``author``). Tab-separated files are read too.

A file without a ``date`` or ``text`` column is an ``InputError`` naming the
file; a bad row (empty text, unparseable date, not a JSON object) is an
``InputError`` value naming the row, and the other rows still come out.
``published`` is accepted as a synonym of ``date``. Tokenised text (the
Timeline17 CSVs: `` , `` and ``-LRB-`` throughout) is detokenised, see
``backstory.readers.detokenise``; the decision is taken once per file, from
its first 20,000 characters, so short rows are treated like the rest.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.dates import parse_date
from backstory.readers.detokenise import looks_tokenised
from backstory.readers.plaintext import make_text_article
from backstory.readers.source import Source

REQUIRED = ("date", "text")
_HEADER_NAME = re.compile(r"^[A-Za-z_][\w .-]{0,39}$")
_SYNONYMS = {"published": "date", "body": "text", "outlet": "source", "link": "url"}

csv.field_size_limit(2**31 - 1)


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-blank line is a JSON object."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def looks_like_csv(text: str) -> bool:
    """True when the first line is a header of column names that includes date or text."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    try:
        header = next(csv.reader([first], delimiter=_delimiter(first)))
    except (csv.Error, StopIteration):
        return False
    names = {_column(name) for name in header}
    return (
        len(header) >= 2
        and bool(names & set(REQUIRED))
        and all(_HEADER_NAME.match(name.strip()) for name in header)
    )


def read_jsonl(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """One article per JSON line; bad lines are ``InputError`` values naming the line."""
    text = source.text()
    tokenised = looks_tokenised(text)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source.name}: line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"not valid JSON ({exc.msg})", source=where)
            continue
        if not isinstance(row, dict):
            yield InputError("not a JSON object", source=where)
            continue
        try:
            yield _row_article(
                row,
                where=where,
                origin=f"{source.name}#line{number}",
                published=published,
                tokenised=tokenised,
            )
        except InputError as exc:
            yield exc


def read_csv(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """One article per CSV row; a missing column fails the file, a bad row only that row."""
    del published  # a CSV row without a date is a bad row, not an undated article
    text = source.text()
    tokenised = looks_tokenised(text)
    delimiter = _delimiter(text.split("\n", 1)[0])
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [_column(name) for name in reader.fieldnames or ()]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InputError(
            f"CSV has no {' or '.join(repr(m) for m in missing)} column "
            f"(columns: {', '.join(header) or 'none'}; needed: date,text)",
            source=source.name,
        )
    number = 0
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"row {number + 1}: broken CSV ({exc})", source=source.name)
            return
        number += 1
        row = {_column(k): v for k, v in raw.items() if k is not None}
        where = f"{source.name}: row {number} (line {reader.line_num})"
        try:
            yield _row_article(
                row,
                where=where,
                origin=f"{source.name}#row{number}",
                published=None,
                tokenised=tokenised,
            )
        except InputError as exc:
            yield exc


def _row_article(
    row: Mapping[str, Any], *, where: str, origin: str, published: datetime | None, tokenised: bool
) -> Article:
    row = {_column(k): v for k, v in row.items()}
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no text", source=where)
    raw_date = row.get("date")
    if raw_date in (None, ""):
        if published is None:
            raise InputError("no date", source=where)
        when = published
    else:
        when = parse_date(str(raw_date), source=where, field="date")
    return make_text_article(
        text,
        origin=origin,
        published=when,
        url=_optional(row.get("url")),
        title=_optional(row.get("title")),
        outlet=_optional(row.get("source")),
        author=_optional(row.get("author")),
        split_title=False,
        tokenised=tokenised,
    )


def _delimiter(header_line: str) -> str:
    """A tab for tab-separated files (a header with tabs and no commas), else a comma."""
    return "\t" if "\t" in header_line and "," not in header_line else ","


def _column(name: str) -> str:
    key = name.strip().lstrip("\ufeff").lower()
    return _SYNONYMS.get(key, key)


def _optional(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None
