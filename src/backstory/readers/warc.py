"""WARC files of news crawls (warcio): each HTML response record is a page.

Only ``response`` records with status 200 and an HTML content type are
read; requests, metadata and other media are not articles and are passed
over. Each page goes through the HTML reader with its ``WARC-Target-URI`` as
url; a page without article text is an ``InputError`` value naming the
record, and the other records still come out. ``WARC-Date`` is the crawl
time, not the publication time, so it is never used as the date.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.html import parse_html
from backstory.readers.source import Source

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(data: bytes) -> bool:
    """True for a WARC file, plain or gzipped per record."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return False
        return head.startswith(b"WARC/")
    return False


def read_warc(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """Each HTML response record as an ``Article`` (or an ``InputError`` value)."""
    source.check_not_empty()
    if not looks_like_warc(source.head):
        raise InputError("not a WARC file (no WARC/1.x record header)", source=source.name)
    with source.open() as stream:
        yield from _records(stream, source=source, published=published)


def _records(
    stream: BinaryIO, *, source: Source, published: datetime | None
) -> Iterator[Article | InputError]:
    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(_HTML_TYPES):
                continue
            where = f"{source.name}: record {number} ({url})"
            payload = record.content_stream().read()
            try:
                html = payload.decode(_charset(content_type) or "utf-8")
            except (UnicodeDecodeError, LookupError):
                html = payload.decode("utf-8", errors="replace")
            try:
                yield parse_html(html, origin=where, url=url, published=published)
            except InputError as exc:
                yield exc
    except ArchiveLoadFailed as exc:
        raise InputError(f"broken WARC file ({exc})", source=source.name) from exc


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip('"')
    return None
