"""Readers: turn files, folders, globs and feed URLs into ``Article`` objects.

``read_articles(source)`` reads one file or URL with the reader its content
calls for (or the one ``format`` names) and raises ``InputError`` on bad
input. ``iter_articles(sources)`` walks many (folders recursively, globs,
URLs) and yields every good article and, for each bad file, row or entry,
an ``InputError`` *value*, so a batch can report, skip and go on.

Formats (``FORMATS``; detected by content, see ``backstory.readers.detect``):

    scraped   scraped news text (date header, title, glued byline, captions)
    text      plain text (the date comes from ``published``)
    html      an HTML page (trafilatura; date from page metadata or htmldate)
    feed      an RSS or Atom feed, file or URL (one article per entry)
    jsonl     JSON Lines, one article per line (date, text, title, url, source)
    csv       CSV with a header (date, text, title, url, source)
    warc      a WARC crawl (each HTML response record is a page)
    telegram  a Telegram Desktop channel export (result.json)
    timeml    a TimeML .tml document (DCT, TEXT)
    reuters   Reuters-21578 SGML (many documents per file)

``published`` is a fallback: it dates articles whose source carries no date
(plain text, a JSON line without ``date``); a date in the source wins.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

import httpx

from backstory.article import Article
from backstory.errors import BackstoryError, InputError, UnknownFormatError
from backstory.readers.detect import detect_format
from backstory.readers.feeds import read_feed
from backstory.readers.html import read_html
from backstory.readers.plaintext import read_plaintext
from backstory.readers.reuters import read_reuters
from backstory.readers.scraped import read_scraped
from backstory.readers.source import Source, fetch_url, is_url, load_file
from backstory.readers.tabular import read_csv, read_jsonl
from backstory.readers.telegram import read_telegram
from backstory.readers.timeml import read_timeml
from backstory.readers.warc import read_warc

Reader = Callable[..., Iterable[Article | InputError]]

READERS: dict[str, Reader] = {
    "scraped": read_scraped,
    "text": read_plaintext,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "warc": read_warc,
    "telegram": read_telegram,
    "timeml": read_timeml,
    "reuters": read_reuters,
}
FORMATS: tuple[str, ...] = tuple(READERS)
_GLOB_CHARS = set("*?[")

__all__ = ["FORMATS", "detect_format", "expand_sources", "iter_articles", "read_articles"]


def read_articles(
    source: str | Path,
    *,
    format: str | None = None,
    published: datetime | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Iterator[Article]:
    """The articles of one file or URL; raises ``InputError`` at the first bad file, row or entry."""
    for item in _read(source, format=format, published=published, transport=transport):
        if isinstance(item, InputError):
            raise item
        yield item


def iter_articles(
    sources: Sequence[str | Path] | str | Path,
    *,
    format: str | None = None,
    published: datetime | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Iterator[Article | InputError]:
    """Every article of every source, and an ``InputError`` value for each bad file, row or entry."""
    for name in expand_sources(sources):
        try:
            yield from _read(name, format=format, published=published, transport=transport)
        except InputError as exc:
            yield exc


def expand_sources(sources: Sequence[str | Path] | str | Path) -> Iterator[str]:
    """The files and URLs ``sources`` stand for: folders walked recursively (hidden
    files and folders skipped), globs expanded, URLs and plain paths as given.

    A glob that matches nothing is yielded as it is, so reading it reports it.
    """
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for source in sources:
        name = str(source)
        path = Path(name)
        if is_url(name):
            yield name
        elif path.is_dir():
            yield from _walk(path)
        elif not path.exists() and _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield name
            for match in matches:
                if Path(match).is_dir():
                    yield from _walk(Path(match))
                elif not Path(match).name.startswith("."):
                    yield match
        else:
            yield name


def _walk(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield str(path)


def _read(
    source: str | Path,
    *,
    format: str | None,
    published: datetime | None,
    transport: httpx.BaseTransport | None,
) -> Iterator[Article | InputError]:
    name = str(source)
    if format is not None and format not in READERS:
        raise UnknownFormatError(
            f"unknown format {format!r} (choose from {', '.join(FORMATS)})", source=name
        )
    loaded: Source = fetch_url(name, transport=transport) if is_url(name) else load_file(Path(name))
    yield from read_source(loaded, format=format, published=published)


def read_source(
    source: Source, *, format: str | None = None, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The articles of one loaded input (and ``InputError`` values for its bad rows or
    entries), read by ``format`` or the reader its content calls for; raises
    ``InputError`` when the input as a whole cannot be read."""
    chosen = format or detect_format(source)
    try:
        yield from READERS[chosen](source, published=published)
    except BackstoryError:
        raise
    except Exception as exc:  # a reader choking on malformed input: report it, don't crash a batch
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot read as {chosen}: {message}", source=source.name) from exc
