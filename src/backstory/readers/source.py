"""The raw input of a reader: a file on disk or the bytes fetched from a URL.

A file is read lazily: detection looks at its first 64 KiB (``head``), the
text readers read it whole (``data``) and the WARC reader streams it
(``open``), so a crawl of gigabytes is never held in memory.

``Source`` checks what every reader needs checked first, once: the input is
not empty, not binary, and (when a reader asks for text) valid UTF-8. Each
failure is an ``InputError`` whose one-line message names the input.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import httpx

from backstory.errors import InputError

# Bytes that never occur in text files; a NUL in the first 8 KiB means binary.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_FETCH_TIMEOUT = 30.0
_HEAD = 65536
_DECLARED = re.compile(
    rb"""(?:<\?xml[^>]*encoding|<meta[^>]*charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I
)


@dataclass(frozen=True)
class Source:
    """One input: its name for messages (path or URL), a file path or fetched bytes, its URL."""

    name: str
    path: Path | None = None
    content: bytes | None = None
    url: str | None = None

    @cached_property
    def data(self) -> bytes:
        """All the bytes of the input."""
        if self.content is not None:
            return self.content
        assert self.path is not None
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=self.name) from exc

    @cached_property
    def head(self) -> bytes:
        """The first 64 KiB of the input (what detection looks at)."""
        if self.content is not None or self.path is None:
            return self.data[:_HEAD]
        with self.open() as stream:
            return stream.read(_HEAD)

    @cached_property
    def size(self) -> int:
        """The size of the input in bytes."""
        if self.content is not None or self.path is None:
            return len(self.data)
        return self.path.stat().st_size

    def open(self) -> BinaryIO:
        """A binary stream over the input, for readers that stream (WARC)."""
        if self.content is not None or self.path is None:
            return io.BytesIO(self.data)
        try:
            return self.path.open("rb")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=self.name) from exc

    def check_not_empty(self) -> None:
        """Raise ``InputError`` when the input is empty or blank."""
        if self.size == 0 or (self.size <= _HEAD and not self.head.strip()):
            raise InputError("file is empty", source=self.name)

    def looks_binary(self) -> bool:
        """True when the bytes are not text (NUL bytes, known binary magic, control bytes)."""
        head = self.head[:8192]
        if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
            return True
        controls = sum(1 for b in head if b in _CONTROL)
        return controls > max(8, len(head) // 20)

    def text(self, *, fallback_encoding: str | None = None) -> str:
        """The input decoded as UTF-8 (a BOM is dropped); ``InputError`` otherwise.

        ``fallback_encoding`` is for formats whose specification predates
        UTF-8 (Reuters-21578 is 7-bit ASCII with a few stray Latin-1 bytes).
        """
        self.check_not_empty()
        if self.head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(
                "UTF-16 text; convert it with `iconv -f utf-16 -t utf-8`", source=self.name
            )
        if self.looks_binary():
            raise InputError("binary file, not text (is it the right file?)", source=self.name)
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if fallback_encoding:
                return self.data.decode(fallback_encoding)
            raise InputError(
                f"not valid UTF-8 at byte {exc.start}; convert it with "
                "`iconv -f <encoding> -t utf-8`",
                source=self.name,
            ) from exc

    def markup_text(self) -> str:
        """The text of an HTML or XML input, in the encoding it declares when not UTF-8.

        Markup states its encoding (``<meta charset>``, ``<?xml encoding?>``);
        only when it declares none is invalid UTF-8 an error.
        """
        try:
            return self.text()
        except InputError:
            declared = declared_encoding(self.head)
            if not declared or self.looks_binary():
                raise
            try:
                return self.data.decode(declared)
            except (LookupError, UnicodeDecodeError) as exc:
                raise InputError(
                    f"does not decode as its declared encoding {declared!r}", source=self.name
                ) from exc


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML document declares in its first 4 KiB, if any."""
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def load_file(path: Path) -> Source:
    """One file as a ``Source``; ``InputError`` when it is missing, a folder or unreadable."""
    if path.is_dir():
        raise InputError("is a folder, not a file", source=str(path))
    source = Source(name=str(path), path=path)
    try:
        source.size  # noqa: B018 - stat now, so a missing file fails here with its message
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from exc
    source.head  # noqa: B018 - and an unreadable one
    return source


def fetch_url(url: str, *, transport: httpx.BaseTransport | None = None) -> Source:
    """The body of ``url`` as a ``Source``; the transport is injectable so tests stay offline."""
    fetched = fetch_if_changed(url, transport=transport)
    assert fetched.source is not None  # no validators sent: never "not modified"
    return fetched.source


@dataclass(frozen=True)
class Fetched:
    """What a conditional GET gave: the body (None when not modified since the
    validators sent) and the validators to send next time."""

    source: Source | None
    etag: str | None = None
    last_modified: str | None = None


def fetch_if_changed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = _FETCH_TIMEOUT,
) -> Fetched:
    """``url`` fetched with ``If-None-Match`` / ``If-Modified-Since`` when validators are
    given (an HTTP 304 gives no body); ``InputError`` naming the URL when it cannot be had."""
    headers = {"User-Agent": "backstory (+https://github.com/backstory)"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with httpx.Client(
            transport=transport, follow_redirects=True, timeout=timeout, headers=headers
        ) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"cannot fetch: {detail}", source=url) from exc
    if response.status_code == 304 and (etag or last_modified):
        return Fetched(None, etag, last_modified)
    if response.status_code >= 400:
        raise InputError(f"cannot fetch: HTTP {response.status_code}", source=url)
    return Fetched(
        Source(name=url, content=response.content, url=str(response.url)),
        response.headers.get("ETag"),
        response.headers.get("Last-Modified"),
    )


def is_url(value: str) -> bool:
    """True for http(s) URLs (what ``iter_articles`` fetches instead of opening)."""
    return value.startswith(("http://", "https://"))
