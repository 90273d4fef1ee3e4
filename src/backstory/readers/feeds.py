"""RSS and Atom feeds (feedparser): one article per entry, the feed title as outlet.

The entry text is its full content (``content:encoded``, Atom ``content``)
or else its summary, converted from HTML to text. The date is the entry's
``published`` (RSS ``pubDate``), else ``updated``, parsed from the raw
string so the offset is kept. An entry without text or without a date is
an ``InputError`` value for that entry; the other entries still come out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import feedparser

from backstory.article import Article, Extras
from backstory.errors import InputError
from backstory.readers.dates import parse_date
from backstory.readers.html import fragment_text
from backstory.readers.source import Source


def looks_like_feed(head: str) -> bool:
    """True when the start of an XML document is an RSS, RDF or Atom feed."""
    sample = head[:4096].lower()
    return (
        "<rss" in sample
        or "<rdf:rdf" in sample
        or ("<feed" in sample and "www.w3.org/2005/atom" in sample)
    )


def read_feed(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """Each entry of a feed as an ``Article``, or an ``InputError`` value for a broken entry.

    ``published`` is not used: a feed entry without its own date is broken.
    """
    del published
    parsed = feedparser.parse(source.markup_text())
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        raise InputError(f"not a feed or a feed without entries{detail}", source=source.name)
    outlet = parsed.feed.get("title") or None
    language = (parsed.feed.get("language") or "en")[:2].lower()
    for number, entry in enumerate(parsed.entries, 1):
        label = f"{source.name}: entry {number}"
        if entry.get("title"):
            label += f" ({entry['title'][:60]!r})"
        try:
            yield _entry_article(
                entry,
                outlet=outlet,
                language=language,
                label=label,
                origin=f"{source.name}#entry{number}",
            )
        except InputError as exc:
            yield exc


def _entry_article(
    entry: Any, *, outlet: str | None, language: str, label: str, origin: str
) -> Article:
    html = ""
    for content in entry.get("content") or ():
        if content.get("value"):
            html = content["value"]
            break
    html = html or entry.get("summary") or ""
    text = fragment_text(html)
    if not text:
        raise InputError("entry has no text (no content and no summary)", source=label)
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    if not raw_date:
        raise InputError("entry has no date (no pubDate, published or updated)", source=label)
    when = parse_date(raw_date, source=label, field="entry date")
    tags = tuple(t.get("term") for t in entry.get("tags") or () if t.get("term"))
    return Article(
        text=text,
        published=when,
        title=entry.get("title") or None,
        author=entry.get("author") or None,
        url=entry.get("link") or None,
        outlet=outlet,
        language=language,
        extras=Extras(tags=tags),
        origin=origin,
    )
