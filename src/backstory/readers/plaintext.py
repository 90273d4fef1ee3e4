"""Plain text: the whole file is the article body.

Plain text carries no date, so the caller gives one (``--published``).
Without it the article is still read, with ``published=None``: the archive
can hold it and search it, but relative dates in it ("yesterday") cannot be
resolved, so give ``published`` whenever it is known. A first line that
reads like a headline (short, no final full stop, followed by a blank line)
becomes the title and is left out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.detokenise import detokenise, looks_tokenised
from backstory.readers.source import Source

_MAX_TITLE = 200
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")
_TRAILING = re.compile(r"[ \t\u00a0]+\n")


def read_plaintext(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The one article of a plain text file, dated ``published`` (or undated)."""
    yield make_text_article(source.text(), origin=source.name, published=published, url=source.url)


def make_text_article(
    text: str,
    *,
    origin: str,
    published: datetime | None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    split_title: bool = True,
    tokenised: bool | None = None,
) -> Article:
    """An ``Article`` from raw body text: whitespace tidied, detokenised when tokenised.

    ``tokenised=None`` decides from this text alone; readers of many rows
    decide once for the whole file (a short row has too few marks to tell).
    """
    body = tidy_text(text)
    if split_title and title is None:
        first, _, rest = body.partition("\n\n")
        if rest and "\n" not in first and len(first) <= _MAX_TITLE and not first.endswith("."):
            title, body = first, rest
    if looks_tokenised(body) if tokenised is None else tokenised:
        body = detokenise(body)
        title = detokenise(title) if title else title
    if not body:
        raise InputError("no article text", source=origin)
    return Article(
        text=body, published=published, title=title, url=url, outlet=outlet, author=author,
        origin=origin,
    )  # fmt: skip


def tidy_text(text: str) -> str:
    """Text with Windows newlines, trailing spaces and runs of blank lines tidied."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _TRAILING.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()
