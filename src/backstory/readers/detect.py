"""Which reader reads an input: detected from its content, not its name.

Binary inputs are refused first. Then, in order: WARC (by its magic
bytes, plain or gzipped); XML by its root (Reuters-21578 SGML, TimeML,
RSS/RDF/Atom feeds, HTML); JSON (a Telegram export, else JSON Lines); a
CSV header naming ``date``/``text`` columns (or a ``.csv`` name); scraped
news text (a ``date YYYY-MM-DD`` header or a byline glued to its
timestamp); else plain text. Inputs that are JSON or XML but none of the
known shapes are an ``UnknownFormatError``.
"""

from __future__ import annotations

import json
import re

from backstory.errors import InputError, UnknownFormatError
from backstory.readers.feeds import looks_like_feed
from backstory.readers.reuters import looks_like_reuters
from backstory.readers.scraped import looks_scraped
from backstory.readers.source import Source, declared_encoding
from backstory.readers.tabular import looks_like_csv, looks_like_jsonl
from backstory.readers.telegram import looks_like_telegram
from backstory.readers.timeml import looks_like_timeml
from backstory.readers.warc import looks_like_warc

_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|meta|title)\b", re.I)
_XML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<", re.S)


def _markup_format(text: str) -> str | None:
    if looks_like_timeml(text):
        return "timeml"
    if looks_like_feed(text):
        return "feed"
    if _HTML.search(text[:4096]):
        return "html"
    return None


def detect_format(source: Source) -> str:
    """The name of the reader for ``source`` (one of ``FORMATS``); ``InputError`` if none fits."""
    source.check_not_empty()
    if looks_like_warc(source.head):
        return "warc"
    if source.head.startswith((b"\xff\xfe", b"\xfe\xff")):
        source.text()  # raises the UTF-16 message
    if source.looks_binary():
        raise InputError("binary file, not text (is it the right file?)", source=source.name)
    head_bytes = source.head
    head = head_bytes.decode("utf-8", errors="replace").lstrip("\ufeff")
    if looks_like_reuters(head):
        return "reuters"
    if _XML_START.match(head.lstrip()):
        # Markup that declares its encoding is decoded in that encoding.
        markup = source.markup_text() if declared_encoding(head_bytes) else source.text()
        if found := _markup_format(markup.lstrip()):
            return found
        if markup.lstrip().startswith("<?xml"):
            raise UnknownFormatError(
                "XML that is not a feed, TimeML, HTML or Reuters SGML "
                "(name a format to force a reader)",
                source=source.name,
            )
    text = source.text()  # strict from here on: invalid UTF-8 is an error
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if looks_like_telegram(data):
            return "telegram"
        if data is None and looks_like_jsonl(text):
            return "jsonl"
        if isinstance(data, dict) and ("text" in data or "date" in data):
            return "jsonl"  # a JSON Lines file of one line
        raise UnknownFormatError(
            "JSON that is neither JSON Lines of articles nor a Telegram export",
            source=source.name,
        )
    if source.name.lower().endswith((".csv", ".tsv")) or looks_like_csv(text):
        return "csv"
    if looks_scraped(text):
        return "scraped"
    return "text"
