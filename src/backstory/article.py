"""The Article: one news item as every stage of backstory sees it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

_SPACE = re.compile(r"\s+")

# Platforms a source posts on ("Source: Zelenskyy on Telegram"): a channel, no name.
SOCIAL_PLATFORMS = (
    "Telegram", "Twitter", "X", "Facebook", "Instagram", "YouTube", "TikTok", "Truth Social",
    "VKontakte", "Weibo", "LinkedIn", "Viber", "WhatsApp", "Threads",
)  # fmt: skip
# The platform a name on a "Source:" line ends with ("X, Head of ..., on Telegram").
CHANNEL_TAIL = re.compile(r",?\s+(?:on|via|in)\s+(?:" + "|".join(SOCIAL_PLATFORMS) + r")$")
# A page's "Source: ..." line: who its news came from ("Source: General Staff; DTEK")
SOURCE_LINE = re.compile(r"^[ \t]*Sources?:[ \t]*(?P<who>\S[^\n]*?)[ \t]*$", re.M)


@dataclass(frozen=True)
class Quote:
    """A quotation the page sets apart ("Quote from Zelenskyy: ...")."""

    speaker: str
    text: str


@dataclass(frozen=True)
class Extras:
    """Structured parts of a page kept apart from the body text.

    ``background`` holds the page's own ``Background:`` bullets. They stay in
    the body text too (they are earlier developments with their own dates and
    sources, and extraction reads them like any other sentence); here they are
    kept as a list for evaluation and display.
    """

    source_line: str | None = None
    details: str | None = None
    quotes: tuple[Quote, ...] = ()
    background: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    section: str | None = None
    tags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "source_line": self.source_line,
            "details": self.details,
            "quotes": [asdict(q) for q in self.quotes],
            "background": list(self.background),
            "captions": list(self.captions),
            "section": self.section,
            "tags": list(self.tags),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Extras:
        data = data or {}
        return cls(
            source_line=data.get("source_line"),
            details=data.get("details"),
            quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
            background=tuple(data.get("background", ())),
            captions=tuple(data.get("captions", ())),
            section=data.get("section"),
            tags=tuple(data.get("tags", ())),
        )


def normalise_for_identity(text: str) -> str:
    """The text as compared for identity: NFKC, casefolded, whitespace folded."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id_for(text: str, *, url: str | None = None) -> str:
    """A stable 16-hex-digit id: a hash of the normalised body text.

    The URL is deliberately not part of the id: the same text reached by two
    URLs (syndication, tracking parameters) is the same article.
    """
    del url  # kept in the signature so callers can pass it without caring
    digest = hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(frozen=True)
class Article:
    """One news article.

    ``published`` is timezone-aware when the source gave a zone or an
    offset; a naive value means "local time of the outlet, zone unknown".
    ``origin`` says where the article was read from (file, row, entry) so
    errors and provenance can point back at it.
    """

    text: str
    published: datetime | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    extras: Extras = field(default_factory=Extras)
    origin: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id_for(self.text, url=self.url))

    def to_json(self) -> dict[str, Any]:
        """The article as the JSON object of the extraction contract."""
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
            "extras": self.extras.to_json(),
            "origin": self.origin,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        published = data.get("published")
        return cls(
            id=data.get("id") or "",
            text=data["text"],
            published=datetime.fromisoformat(published) if published else None,
            title=data.get("title"),
            author=data.get("author"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            language=data.get("language") or "en",
            extras=Extras.from_json(data.get("extras")),
            origin=data.get("origin"),
        )
