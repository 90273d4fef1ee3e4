"""The shapes of the API's answers, for the OpenAPI description only.

The endpoints return what the library's record functions build (the same
JSON as the CLI); these models describe it in ``/api/openapi.json``
(``responses={200: {"model": ...}}``) without filtering or re-validating it,
so a field the library adds shows up in answers before it is described here.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(_Open):
    detail: str = Field(description="One line saying what is wrong, naming the id or parameter.")


class Source(_Open):
    article_id: str
    title: str | None
    url: str | None
    start: int = Field(description="Offset of the quoted sentence's first character in the text.")
    end: int = Field(description="Offset just past the quoted sentence's last character.")
    sentence: str = Field(description="article text[start:end]")
    published: str | None


class When(_Open):
    begin: str = Field(description="First day (ISO 8601).")
    end: str = Field(description="Last day (ISO 8601), inclusive.")
    precision: str = Field(description='"day", "days", "week", "month" or "year".')


class Location(_Open):
    name: str
    lat: float | None
    lon: float | None


class TimelineItem(_Open):
    when: When
    summary: str = Field(description="The line, in the Background style, its day first.")
    modality: str = Field(description="asserted, reported, planned, likely, denied, ...")
    sources: list[Source]
    type: str | None = Field(None, description="Event type (PLOVER-like), when there is one.")
    location: Location | None = None


class Timeline(_Open):
    schema_: str = Field(alias="schema", description='"backstory.timeline/1"')
    query: dict[str, Any]
    items: list[TimelineItem] = Field(description="Ordered by when.begin.")


class ArticleRow(_Open):
    id: str
    published: str | None
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    language: str | None
    origin: str | None


class Articles(_Open):
    query: dict[str, Any]
    total: int = Field(description="How many articles match (all pages).")
    articles: list[ArticleRow]


class Extraction(_Open):
    schema_: str = Field(alias="schema", description='"backstory.extraction/1"')
    timexes: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    events: list[dict[str, Any]]


class ArticleRecord(ArticleRow):
    text: str
    extras: dict[str, Any]
    duplicates: list[dict[str, Any]]
    extraction: Extraction | None = Field(
        description="Every item with start/end offsets into text; null when not extracted."
    )


class Entity(_Open):
    id: int
    name: str = Field(description="Canonical name.")
    type: str
    country: str | None
    lat: float | None
    lon: float | None
    aliases: list[str]
    articles: int = Field(description="Articles naming it.")


class Mention(_Open):
    article_id: str
    alias: str = Field(description="The name as written: article text[start:end].")
    start: int
    end: int
    published: str | None


class EntityRecord(Entity):
    mentions: list[Mention]


class Entities(_Open):
    query: dict[str, Any]
    entities: list[Entity]


class Story(_Open):
    id: int
    label: str | None
    articles: int
    first: str | None
    last: str | None


class Stories(_Open):
    stories: list[Story]


class StoryArticle(_Open):
    article_id: str
    title: str | None
    url: str | None
    published: str | None


class StoryRecord(_Open):
    id: int
    label: str | None
    articles: list[StoryArticle]


class ClaimSource(_Open):
    article_id: str
    title: str | None
    start: int = Field(description="Offset of the stated value (text[start:end] == claim text).")
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str


class Claim(_Open):
    id: int
    value: float
    approximate: bool
    unit: str | None
    text: str
    speaker: str | None
    said_on: str | None
    relation: str = Field(description="first report, update, confirmation, contradiction, ...")
    relation_to: int | None
    modality: str | None
    source: ClaimSource


class ClaimHistory(_Open):
    subject: str
    history: list[Claim] = Field(description="In the order the values were stated.")
    within: str | None = Field(
        default=None,
        description="The subject of the country's toll of the same kind this place lies in.",
    )
    parts: list[str] = Field(
        default_factory=list, description="Subjects of tolls of places lying in this one."
    )


class Claims(_Open):
    schema_: str = Field(alias="schema", description='"backstory.claims/1"')
    query: dict[str, Any]
    claims: list[ClaimHistory]


class Feature(_Open):
    type: str = Field(description='"Feature"')
    geometry: dict[str, Any] = Field(description='{"type": "Point", "coordinates": [lon, lat]}')
    properties: dict[str, Any] = Field(
        description="begin, end, summary, modality, location and sources (as in a timeline)."
    )


class FeatureCollection(_Open):
    type: str = Field(description='"FeatureCollection"')
    features: list[Feature]


class Stats(_Open):
    database: str
    schema_revision: str | None
    articles: int
    duplicates: int
    near_duplicates: int
    extractions: int
    published: dict[str, Any]
    outlets: dict[str, int]
    languages: dict[str, int]
    entities: int
    developments: int
    stories: int
    claims: int
