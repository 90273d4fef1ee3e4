"""Plain text: the whole file is the article body.

Plain text carries no date, so the caller gives one (``--published``).
Without it the article is still read, with ``published=None``: the archive
can hold it and search it, but relative dates in it ("yesterday") cannot be
resolved, so give ``published`` whenever it is known. A first line that
reads like a headline (short, no final full stop, followed by a blank line)
becomes the title and is left out of the body.

A file may open with a block of header fields, one ``Name: value`` per line
and a blank line after them::

    Title: Ecuador declares state of emergency after prison riot
    Published: 2026-11-29 21:40 UTC
    Outlet: Reuters

``Title``/``Headline``, ``Published``/``Date``, ``Outlet``/``Publisher``/``Source``,
``Author``/``By`` and ``URL``/``Link`` fill the article's fields and are left out
of the body; the block counts only when it names a title or a date. A date given
by the caller (``--published``) wins over the header's; a header date that is no
date is an error naming the file and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.dates import parse_date
from backstory.readers.detokenise import detokenise, looks_tokenised
from backstory.readers.source import Source

_MAX_TITLE = 200
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")
_TRAILING = re.compile(r"[ \t\u00a0]+\n")
_HEADER_FIELDS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "publication date": "published",
    "outlet": "outlet", "publisher": "outlet", "source": "outlet",
    "author": "author", "by": "author", "byline": "author",
    "url": "url", "link": "url",
}  # fmt: skip
_HEADER_LINE = re.compile(
    r"[ \t]*(?P<name>" + "|".join(_HEADER_FIELDS) + r")[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*",
    re.I,
)


def read_plaintext(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The one article of a plain text file, dated ``published`` (or by its header, or
    undated)."""
    fields, body = split_header(source.text())
    if published is None and "published" in fields:
        name, value = fields["published"]
        try:
            published = parse_date(value, source=source.name, field=name)
        except InputError as error:
            yield error
            return
    given = {key: value for key, (_, value) in fields.items() if key != "published"}
    yield make_text_article(
        body,
        origin=source.name,
        published=published,
        url=given.get("url", source.url),
        title=given.get("title"),
        outlet=given.get("outlet"),
        author=given.get("author"),
    )


def split_header(text: str) -> tuple[dict[str, tuple[str, str]], str]:
    """(fields, body) of a text that opens with a block of ``Name: value`` header lines
    naming a title or a date; ({}, text) for any other text. Each field maps to the
    name the file gave it and its value."""
    head, blank, rest = text.lstrip("\ufeff").replace("\r\n", "\n").partition("\n\n")
    lines = head.strip("\n").split("\n")
    found = [_HEADER_LINE.fullmatch(line) for line in lines]
    if not blank or not all(found):
        return {}, text
    fields = {
        _HEADER_FIELDS[m.group("name").lower()]: (m.group("name"), m.group("value"))
        for m in found
        if m is not None
    }
    if not {"title", "published"} & fields.keys():
        return {}, text  # ("Source: Reuters" alone opens a page's sources, not a header)
    return fields, rest


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
