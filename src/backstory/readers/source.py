"""The raw input of a reader: bytes read from a file or fetched from a URL.

``Source`` checks what every reader needs checked first, once: the input is
not empty, not binary, and (when a reader asks for text) valid UTF-8. Each
failure is an ``InputError`` whose one-line message names the input.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from backstory.errors import InputError

# Bytes that never occur in text files; a NUL in the first 8 KiB means binary.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_FETCH_TIMEOUT = 30.0


@dataclass(frozen=True)
class Source:
    """One input: its name for messages (path or URL), its bytes, its URL if fetched."""

    name: str
    data: bytes
    url: str | None = None

    def check_not_empty(self) -> None:
        """Raise ``InputError`` when the input is empty or blank."""
        if not self.data.strip():
            raise InputError("file is empty", source=self.name)

    def looks_binary(self) -> bool:
        """True when the bytes are not text (NUL bytes, known binary magic, control bytes)."""
        head = self.data[:8192]
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


def load_file(path: Path) -> Source:
    """The bytes of one file as a ``Source``; ``InputError`` when it cannot be read."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise InputError("is a folder, not a file", source=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from exc
    return Source(name=str(path), data=data)


def fetch_url(url: str, *, transport: httpx.BaseTransport | None = None) -> Source:
    """The body of ``url`` as a ``Source``; the transport is injectable so tests stay offline."""
    try:
        with httpx.Client(
            transport=transport,
            follow_redirects=True,
            timeout=_FETCH_TIMEOUT,
            headers={"User-Agent": "backstory (+https://github.com/backstory)"},
        ) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {exc}", source=url) from exc
    if response.status_code >= 400:
        raise InputError(f"cannot fetch: HTTP {response.status_code}", source=url)
    return Source(name=url, data=response.content, url=str(response.url))


def is_url(value: str) -> bool:
    """True for http(s) URLs (what ``iter_articles`` fetches instead of opening)."""
    return value.startswith(("http://", "https://"))
