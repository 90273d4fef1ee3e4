"""Readers: turn files, folders, globs and feed URLs into ``Article`` objects.

``read_articles(source, format=None, published=None)`` picks a reader by
content (or the one ``format`` names) and yields articles. Bad input raises
``InputError`` (or a subclass) whose one-line message names the file and,
where it applies, the row or entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from backstory.article import Article
from backstory.errors import InputError

FORMATS = ("text",)


def read_articles(
    source: str | Path,
    *,
    format: str | None = None,
    published: datetime | None = None,
) -> Iterator[Article]:
    """Articles read from one file (placeholder: plain UTF-8 text only)."""
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from exc
    if not data.strip():
        raise InputError("file is empty", source=str(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 at byte {exc.start}", source=str(path)) from exc
    yield Article(text=text, published=published, origin=str(path))
