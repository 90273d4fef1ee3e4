"""Reuters-21578 SGML (``reut2-*.sgm``): many ``<REUTERS>`` documents per file.

Each document gives ``DATE`` (``26-FEB-1987 15:01:01.79``, no zone: kept
naive; a garbled time keeps the day), ``TITLE``, ``DATELINE`` and ``BODY`` (the body starts with the dateline,
``SALVADOR, Feb 26 - ...``, as the wire copy reads; ``TOPICS`` become tags); SGML entities (``&lt;``,
``&#3;``) are decoded and control characters dropped, as is the closing
``Reuter`` sign-off. ``TYPE="UNPROC"`` documents have their text straight
inside ``TEXT``; ``TYPE="BRIEF"`` ones only a title, which then is the text.
The 70-column lines of the wire are unwrapped: an indented line starts a
paragraph, the other line breaks become spaces. A document with neither body nor title is not an article and is passed over
silently (it is not a failure). The files are 7-bit ASCII with a few stray
Latin-1 bytes, so they are decoded as Latin-1 when they are not UTF-8.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime

from backstory.article import Article, Extras
from backstory.errors import DateError, InputError
from backstory.readers.dates import parse_date
from backstory.readers.plaintext import tidy_text
from backstory.readers.source import Source

_DOCUMENT = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PARAGRAPH = re.compile(r"\n[ \t]+")
_SIGNOFF = re.compile(r"\s*\b(?:Reuter|REUTER)\s*$")


def looks_like_reuters(head: str) -> bool:
    """True for Reuters-21578 SGML."""
    return "<!DOCTYPE lewis" in head[:200] or head.lstrip().startswith("<REUTERS")


def read_reuters(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """Each Reuters document with a body or a title as an ``Article``."""
    text = source.text(fallback_encoding="latin-1")
    found = False
    for match in _DOCUMENT.finditer(text):
        found = True
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        number = attributes.get("NEWID", "?")
        where = f"{source.name}: document NEWID={number}"
        try:
            article = _document(match.group(2), where=where, published=published)
        except InputError as exc:
            yield exc
            continue
        if article is not None:
            yield article
    if not found:
        raise InputError("no <REUTERS> documents in this SGML file", source=source.name)


def _document(sgml: str, *, where: str, published: datetime | None) -> Article | None:
    title = _field(sgml, "TITLE")
    body = _field(sgml, "BODY")
    if body is None and 'TYPE="UNPROC"' in sgml:
        body = _field(sgml, "TEXT")
    body = _SIGNOFF.sub("", body) if body else body
    dateline = _field(sgml, "DATELINE")
    if body and dateline:
        body = f"{dateline.rstrip(' -')} - {body}"  # as the wire copy reads
    if not body and not title:
        return None
    raw_date = _field(sgml, "DATE")
    when = _date(raw_date, where=where) if raw_date else published
    topics = tuple(re.findall(r"<D>([^<]*)</D>", _raw(sgml, "TOPICS") or ""))
    return Article(
        text=unwrap(body) if body else tidy_text(title or ""),
        published=when,
        title=title,
        outlet="Reuters",
        extras=Extras(tags=topics),
        origin=where.replace(": document NEWID=", "#"),
    )


def unwrap(body: str) -> str:
    """The wire copy's hard-wrapped lines as paragraphs: an indented line starts one."""
    paragraphs = _PARAGRAPH.split(body.replace("\r", ""))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _date(raw: str, *, where: str) -> datetime:
    """The DATE field; a few documents have a garbled time ("605:12:19.12"), which keeps the day."""
    try:
        return parse_date(raw, source=where, field="DATE")
    except DateError:
        return parse_date(raw.split()[0], source=where, field="DATE")


def _raw(sgml: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", sgml, re.S)
    return match.group(1) if match else None


def _field(sgml: str, tag: str) -> str | None:
    raw = _raw(sgml, tag)
    if raw is None:
        return None
    value = _CONTROL.sub("", html.unescape(raw))
    value = re.sub(r"<[^>]+>", "", value) if tag == "TEXT" else value
    value = re.sub(r"[ \t]+\n", "\n", value).strip()
    return value or None
