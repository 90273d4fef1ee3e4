"""HTML pages: trafilatura for the main text, title and author; the date from
the page's own metadata, else htmldate.

The date is read from the page first (``article:published_time``,
``datePublished`` in JSON-LD or microdata, ``<time datetime>``, ...), keeping
its time and offset; htmldate is the fallback (it finds a day, no time).
A page where trafilatura finds no main text (an index page, a login wall)
is an ``InputError``: "HTML without article text".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import htmldate
import lxml.html
import trafilatura

from backstory.article import Article
from backstory.errors import DateError, InputError
from backstory.readers.dates import parse_date
from backstory.readers.plaintext import tidy_text
from backstory.readers.source import Source

_META_DATES = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_META_AUTHORS = ("author", "article:author", "dc.creator", "byl", "parsely-author")
_MIN_TEXT = 25


def read_html(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The one article of an HTML page."""
    yield parse_html(source.markup_text(), origin=source.name, url=source.url, published=published)


def parse_html(
    html: str, *, origin: str, url: str | None = None, published: datetime | None = None
) -> Article:
    """The ``Article`` of one HTML page; ``InputError`` when it holds no article text."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False,
    )  # fmt: skip
    raw = (getattr(document, "text", None) or "") if document is not None else ""
    # trafilatura writes one block per line; paragraphs are blank-line separated here.
    text = tidy_text(raw.replace("\n", "\n\n"))
    if len(text) < _MIN_TEXT:
        raise InputError("HTML without article text (no main text found)", source=origin)
    tree = _parse_tree(html)
    when = _page_date(tree, origin) if tree is not None else None
    if when is None:
        when = _htmldate(html) or published
    meta = _meta(tree) if tree is not None else {}
    title = getattr(document, "title", None) or meta.get("og:title")
    author = getattr(document, "author", None) or next(
        (meta[k] for k in _META_AUTHORS if meta.get(k)), None
    )
    outlet = meta.get("og:site_name") or getattr(document, "sitename", None)
    page_url = url or meta.get("og:url") or getattr(document, "url", None)
    language = (getattr(document, "language", None) or _lang(tree) or "en")[:2].lower()
    return Article(
        text=text, published=when, title=title, author=author, url=page_url, outlet=outlet,
        language=language, origin=origin,
    )  # fmt: skip


def _parse_tree(html: str) -> Any:
    try:
        # The text is already decoded: the parser must not re-decode it by <meta charset>.
        parser = lxml.html.HTMLParser(encoding="utf-8")
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        value = element.get("content")
        if key and value and key.lower() not in found:
            found[key.lower()] = value.strip()
    return found


def _page_date(tree: Any, origin: str) -> datetime | None:
    """The publication datetime the page states about itself, with time and offset."""
    candidates: list[str] = []
    meta = _meta(tree)
    candidates += [meta[k.lower()] for k in _META_DATES if meta.get(k.lower())]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            candidates += _json_ld_dates(script.text)
    candidates += [t.get("datetime") for t in tree.iter("time") if t.get("datetime")]
    for value in candidates:
        try:
            return parse_date(value, source=origin, field="page date")
        except DateError:
            continue
    return None


def _json_ld_dates(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _htmldate(html: str) -> datetime | None:
    found = htmldate.find_date(html, original_date=True, extensive_search=False)
    return datetime.fromisoformat(found) if found else None


def _lang(tree: Any) -> str | None:
    if tree is None:
        return None
    return tree.get("lang") or None


_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
}


def fragment_text(fragment: str) -> str:
    """The readable text of an HTML fragment (a feed's ``content:encoded``), paragraphs kept."""
    if "<" not in fragment:
        return tidy_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return tidy_text(fragment)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(element: Any) -> None:
        block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if element.text and isinstance(element.tag, str):
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return tidy_text("\n".join(lines))
