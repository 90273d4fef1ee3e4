"""TimeML ``.tml`` files: the DCT as the publication date, TEXT as the body.

The body is the content of ``<TEXT>`` with every tag (TIMEX3, EVENT, SIGNAL,
``<s>``) stripped and nothing else changed, apart from a line break where
``<s>`` sentence elements were written back to back and the outer blank
lines; it is not detokenised, so it stays the text TimeML annotations
describe. The title is ``<TITLE>``, else a one-line ``<EXTRAINFO>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from lxml import etree

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.dates import parse_date
from backstory.readers.source import Source

_MAX_TITLE = 200


def looks_like_timeml(head: str) -> bool:
    """True when the start of an XML document is TimeML."""
    sample = head[:2048]
    return "<TimeML" in sample or ("<DCT>" in sample and "<TEXT>" in head[:20000])


def read_timeml(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The one article of a TimeML document."""
    text = source.markup_text()
    try:
        root = etree.fromstring(
            text.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False)
        )
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed TimeML ({exc})", source=source.name) from exc
    body_element = root.find(".//TEXT")
    if body_element is None:
        raise InputError("TimeML without a <TEXT> element", source=source.name)
    body = _plain_text(body_element).strip()
    if not body:
        raise InputError("TimeML <TEXT> is empty", source=source.name)
    when = published
    dct = root.find(".//DCT/TIMEX3")
    if dct is not None and dct.get("value"):
        when = parse_date(dct.get("value", ""), source=source.name, field="DCT")
    yield Article(
        text=body,
        published=when,
        title=_title(root),
        url=source.url,
        origin=source.name,
    )


def _plain_text(element: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tag == "s" and parts and not parts[-1][-1:].isspace():
                parts.append("\n")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def _title(root: Any) -> str | None:
    for tag in ("TITLE", "EXTRAINFO"):
        element = root.find(f".//{tag}")
        if element is not None:
            value = "".join(element.itertext()).strip()
            if value and "\n" not in value and len(value) <= _MAX_TITLE:
                return value
    return None
