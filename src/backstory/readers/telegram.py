"""Telegram channel exports (``result.json`` written by Telegram Desktop).

The documented format::

    {"name": "Channel", "type": "public_channel", "id": 1234, "messages": [
        {"id": 7, "type": "message", "date": "2024-10-25T12:44:00",
         "date_unixtime": "1729849440", "text": "..." or ["..", {"type": "link", "text": ".."}],
         "text_entities": [...]}, ...]}

One article per post with text; the channel name is the outlet. Service
messages (``"type": "service"``) and posts without text (a photo with no
caption) are not articles and are passed over. ``date_unixtime`` is the
exact instant and gives a UTC-aware date; without it ``date`` is taken as
naive local time. The author is the post signature (``author``), or in a group the
member who wrote it. Telegram posts have no title, so the title is the post's
first line when it is short. Exports carry no channel username; when the
file has a ``username`` key, posts get ``https://t.me/<username>/<id>`` urls.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from backstory.article import Article
from backstory.errors import InputError
from backstory.readers.dates import from_unix, parse_date
from backstory.readers.plaintext import tidy_text
from backstory.readers.source import Source

_MAX_TITLE = 120


def looks_like_telegram(data: Any) -> bool:
    """True for a parsed JSON object shaped like a Telegram Desktop export."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("messages"), list)
        and ("name" in data or "type" in data)
    )


def read_telegram(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """Each post with text as an ``Article``; a post with a bad date is an ``InputError`` value."""
    del published  # every Telegram post carries its own date
    try:
        export = json.loads(source.text())
    except ValueError as exc:
        raise InputError(f"not valid JSON ({exc})", source=source.name) from exc
    if not looks_like_telegram(export):
        raise InputError("not a Telegram export (no 'messages' list)", source=source.name)
    channel = export.get("name") or None
    username = (export.get("username") or "").lstrip("@") or None
    for message in export["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue
        text = tidy_text(flatten_text(message.get("text", "")))
        if not text:
            continue
        post_id = message.get("id")
        where = f"{source.name}: message {post_id}"
        try:
            if message.get("date_unixtime"):
                when = from_unix(message["date_unixtime"])
            elif message.get("date"):
                when = parse_date(str(message["date"]), source=where, field="date")
            else:
                raise InputError("post has no date", source=where)
        except (ValueError, OverflowError, InputError) as exc:
            yield (
                exc
                if isinstance(exc, InputError)
                else InputError(f"bad date_unixtime ({exc})", source=where)
            )
            continue
        first_line = text.split("\n", 1)[0]
        yield Article(
            text=text,
            published=when,
            title=first_line if len(first_line) <= _MAX_TITLE else None,
            author=_author(message, channel),
            url=f"https://t.me/{username}/{post_id}" if username and post_id is not None else None,
            outlet=channel,
            origin=f"{source.name}#message{post_id}",
        )


def _author(message: dict[str, Any], channel: str | None) -> str | None:
    """The post's signature, or in a group the member who wrote it (not the channel itself)."""
    sender = message.get("from")
    return message.get("author") or (sender if sender and sender != channel else None)


def flatten_text(value: Any) -> str:
    """The plain text of a Telegram ``text`` field (a string or a list of strings and entities)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            part
            if isinstance(part, str)
            else str(part.get("text", ""))
            if isinstance(part, dict)
            else ""
            for part in value
        )
    return ""
