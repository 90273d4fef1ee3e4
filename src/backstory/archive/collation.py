"""Text sorted the same on every database: by code point.

SQLite compares text byte by byte (``BINARY``, which for UTF-8 is code point
order); PostgreSQL compares it by the database's collation, which on most
servers is a language's (in ``en_US`` "apple" comes before "Banana", in
``C`` after it). ``bytewise(column)`` in an ``ORDER BY`` sorts by code point
on both (``COLLATE "C"`` on PostgreSQL), so a listing, and what the API
answers, are the same whichever database holds the archive.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Text


class bytewise(FunctionElement[str]):  # lower case: used like func.lower
    """A text expression compared by code point, on SQLite and PostgreSQL alike."""

    name = "bytewise"
    type = Text()
    inherit_cache = True


@compiles(bytewise)
def _as_is(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(bytewise, "postgresql")
def _collate_c(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'
