"""The JSON API under ``/api``: read-only views of the archive.

Every endpoint is a GET and gives what the CLI gives for the same request
(``/api/timeline`` is ``backstory timeline --format json``,
``/api/articles/{id}`` is ``backstory show``, ``/api/claims`` is
``backstory claims --format json``), built by the same functions. Errors
are JSON ``{"detail": "one line"}``: 404 for an unknown id, 400 for a bad
date or search query, 422 for a parameter of the wrong type (the message
names it).
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from backstory.archive import Archive
from backstory.errors import DateError, InputError
from backstory.linking import prepare
from backstory.linking.entities import entity_record, find_entities
from backstory.linking.stories import list_stories, story_record
from backstory.records import (
    article_listing,
    article_record,
    claims_record,
    day_of,
    publication_bound,
)
from backstory.timelines.exports import geojson_of
from backstory.timelines.timeline import Timeline, build_timeline
from backstory.web import schemas

router = APIRouter(prefix="/api")

Responses = dict[int | str, dict[str, Any]]
NOT_FOUND: Responses = {
    404: {"model": schemas.Error, "description": "An unknown id; `detail` says which."}
}
BAD_INPUT: Responses = {
    400: {
        "model": schemas.Error,
        "description": "A bad date or search query; `detail` names the parameter.",
    }
}

WRONG_TYPE: Responses = {
    422: {
        "model": schemas.Error,
        "description": "A parameter of the wrong type or out of range; `detail` names it.",
    }
}


def answers(model: type[schemas.BaseModel], *errors: Responses) -> Responses:
    """The responses of an endpoint for OpenAPI: ``model`` on success, then the errors."""
    out: Responses = {200: {"model": model}, **WRONG_TYPE}
    for error in errors:
        out.update(error)
    return out


About = Annotated[
    str | None,
    Query(description="Entity or words the timeline is about.", examples=["North Korea"]),
]
Since = Annotated[str | None, Query(description="First day (ISO 8601 date) of the developments.")]
Until = Annotated[str | None, Query(description="Last day (ISO 8601 date) of the developments.")]
MaxDates = Annotated[int | None, Query(ge=1, description="Keep only the N days that matter most.")]
PerDate = Annotated[int | None, Query(ge=1, description="Developments per day (default 3).")]
Limit = Annotated[int, Query(ge=0, le=1000, description="Most records to give.")]


# Endpoints run in a pool of threads; a timeline may run the process's one spaCy
# pipeline (to resolve a pronoun), which spaCy does not promise is safe to share
# between threads, so timelines are built one at a time.
_ONE_TIMELINE_AT_A_TIME = threading.Lock()


def archive_of(request: Request) -> Archive:
    """The archive the app serves."""
    archive: Archive = request.app.state.archive
    return archive


def timeline_of(
    archive: Archive,
    *,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    max_dates: int | None = None,
    per_date: int | None = None,
    story: int | None = None,
) -> Timeline:
    """``build_timeline`` for API parameters (a bad date is a 400 naming it)."""
    first, last = _day(since, "since"), _day(until, "until")
    with _ONE_TIMELINE_AT_A_TIME:
        return build_timeline(
            archive,
            about=about or None,
            since=first,
            until=last,
            max_dates=max_dates,
            per_date=per_date,
            story=story,
        )


def _day(value: str | None, field: str) -> str | None:
    try:
        return day_of(value or None, field=field)
    except DateError as exc:
        raise HTTPException(400, str(exc)) from exc


def _bound(value: str | None, field: str) -> Any:
    try:
        return publication_bound(value or None, field=field)
    except DateError as exc:
        raise HTTPException(400, str(exc)) from exc


@router.get(
    "/articles",
    response_model=None,
    summary="Search or list articles",
    description="Stored articles, newest first, or those whose title or text matches `q` "
    '(words, "a phrase", OR, -word), published between `since` and `until`. Each row is '
    "a row of `backstory articles --format json`.",
    responses=answers(schemas.Articles, BAD_INPUT),
)
def get_articles(
    request: Request,
    q: Annotated[str | None, Query(description="Full-text search query.")] = None,
    since: Annotated[
        str | None, Query(description="Published on or after (ISO 8601 date or datetime).")
    ] = None,
    until: Annotated[
        str | None, Query(description="Published on or before (ISO 8601 date or datetime).")
    ] = None,
    limit: Limit = 20,
    offset: Annotated[int, Query(ge=0, description="Records to skip.")] = 0,
) -> dict[str, Any]:
    archive = archive_of(request)
    first, last = _bound(since, "since"), _bound(until, "until")
    query = q if q and q.strip() else None
    try:
        found = archive.articles(limit=limit, offset=offset, query=query, since=first, until=last)
        total = archive.count(query=query, since=first, until=last)
    except InputError as exc:
        raise HTTPException(400, f"q: {exc}") from exc
    return {
        "query": {"q": query, "since": since, "until": until, "limit": limit, "offset": offset},
        "total": total,
        "articles": [article_listing(a) for a in found],
    }


@router.get(
    "/articles/{article_id}",
    response_model=None,
    summary="One article with its annotations",
    description="The article, its recorded duplicates and its extraction (timexes, entities, "
    "quantities, events, each with `start`/`end` offsets into `text`): what "
    "`backstory show ID --format json` prints.",
    responses=answers(schemas.ArticleRecord, NOT_FOUND),
)
def get_article(
    request: Request, article_id: Annotated[str, Path(description="The article's id.")]
) -> dict[str, Any]:
    try:
        return article_record(archive_of(request), article_id)
    except InputError as exc:
        raise HTTPException(404, str(exc)) from exc


@router.get(
    "/timeline",
    response_model=None,
    summary="Timeline for a query",
    description="The dated developments, ordered by when they happened, each with its sources "
    "(article id, title, url and the offsets of the sentence): the `backstory.timeline/1` "
    "JSON of `backstory timeline --format json` with the same options.",
    responses=answers(schemas.Timeline, BAD_INPUT),
)
def get_timeline(
    request: Request,
    about: About = None,
    since: Since = None,
    until: Until = None,
    max_dates: MaxDates = None,
    per_date: PerDate = None,
) -> dict[str, Any]:
    return timeline_of(
        archive_of(request),
        about=about,
        since=since,
        until=until,
        max_dates=max_dates,
        per_date=per_date,
    ).to_json()


@router.get(
    "/entities",
    response_model=None,
    summary="Search entities",
    description="Entities of the archive's entity base whose name or an alias holds `q` (all "
    "without it), most widely reported first: id, canonical name, type, country, "
    "coordinates, aliases and the number of articles naming it.",
    responses=answers(schemas.Entities),
)
def get_entities(
    request: Request,
    q: Annotated[str | None, Query(description="Part of a name or alias.")] = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    with prepare(archive_of(request)).connect() as conn:
        found = find_entities(conn, q, limit=limit)
    return {"query": {"q": q, "limit": limit}, "entities": found}


def _entity(request: Request, entity_id: int) -> dict[str, Any]:
    with prepare(archive_of(request)).connect() as conn:
        found = entity_record(conn, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return found


@router.get(
    "/entities/{entity_id}",
    response_model=None,
    summary="One entity with its mentions",
    description="The entity and every mention of it: article id, the name used and its "
    "offsets in the article's text.",
    responses=answers(schemas.EntityRecord, NOT_FOUND),
)
def get_entity(
    request: Request, entity_id: Annotated[int, Path(description="The entity's id.")]
) -> dict[str, Any]:
    return _entity(request, entity_id)


@router.get(
    "/entities/{entity_id}/timeline",
    response_model=None,
    summary="An entity's timeline",
    description="The timeline about the entity (its canonical name and every alias): "
    "`backstory timeline --about NAME --format json`.",
    responses=answers(schemas.Timeline, NOT_FOUND, BAD_INPUT),
)
def get_entity_timeline(
    request: Request,
    entity_id: Annotated[int, Path(description="The entity's id.")],
    since: Since = None,
    until: Until = None,
    max_dates: MaxDates = None,
    per_date: PerDate = None,
) -> dict[str, Any]:
    entity = _entity(request, entity_id)
    return timeline_of(
        archive_of(request),
        about=entity["name"],
        since=since,
        until=until,
        max_dates=max_dates,
        per_date=per_date,
    ).to_json()


@router.get(
    "/stories",
    response_model=None,
    summary="List stories",
    description="Stories (articles about one ongoing matter), latest first: id, label, "
    "number of articles, first and last publication.",
    responses=answers(schemas.Stories),
)
def get_stories(request: Request, limit: Limit = 100) -> dict[str, Any]:
    with prepare(archive_of(request)).connect() as conn:
        return {"stories": list_stories(conn, limit=limit)}


def _story(request: Request, story_id: int) -> dict[str, Any]:
    with prepare(archive_of(request)).connect() as conn:
        found = story_record(conn, story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id}")
    return found


@router.get(
    "/stories/{story_id}",
    response_model=None,
    summary="One story with its articles",
    description="The story's label and its articles (id, title, url, publication), oldest first.",
    responses=answers(schemas.StoryRecord, NOT_FOUND),
)
def get_story(
    request: Request, story_id: Annotated[int, Path(description="The story's id.")]
) -> dict[str, Any]:
    return _story(request, story_id)


@router.get(
    "/stories/{story_id}/timeline",
    response_model=None,
    summary="A story's timeline",
    description="The timeline of the story's articles: "
    "`backstory timeline --story ID --format json`.",
    responses=answers(schemas.Timeline, NOT_FOUND, BAD_INPUT),
)
def get_story_timeline(
    request: Request,
    story_id: Annotated[int, Path(description="The story's id.")],
    about: About = None,
    since: Since = None,
    until: Until = None,
    max_dates: MaxDates = None,
    per_date: PerDate = None,
) -> dict[str, Any]:
    _story(request, story_id)
    return timeline_of(
        archive_of(request),
        about=about,
        since=since,
        until=until,
        max_dates=max_dates,
        per_date=per_date,
        story=story_id,
    ).to_json()


@router.get(
    "/claims",
    response_model=None,
    summary="Claim histories",
    description="Each subject's stated values in the order they were made, with speaker, "
    "day, relation (update, confirmation, contradiction) and source offsets: the "
    "`backstory.claims/1` JSON of `backstory claims --format json`.",
    responses=answers(schemas.Claims),
)
def get_claims(
    request: Request,
    about: Annotated[
        str | None, Query(description="Only claims whose subject or sentence names this.")
    ] = None,
) -> dict[str, Any]:
    return claims_record(archive_of(request), about=about or None)


@router.get(
    "/events.geojson",
    response_model=None,
    summary="Located events as GeoJSON",
    description="A GeoJSON FeatureCollection of the timeline's lines whose development has a "
    "place (coordinates from the offline gazetteer), each with its sources: "
    "`backstory timeline --format geojson` with the same options.",
    responses=answers(schemas.FeatureCollection, BAD_INPUT),
)
def get_events_geojson(
    request: Request,
    about: About = None,
    since: Since = None,
    until: Until = None,
    max_dates: MaxDates = None,
    per_date: PerDate = None,
    story: Annotated[int | None, Query(description="Only this story's articles.")] = None,
) -> dict[str, Any]:
    if story is not None:
        _story(request, story)
    timeline = timeline_of(
        archive_of(request),
        about=about,
        since=since,
        until=until,
        max_dates=max_dates,
        per_date=per_date,
        story=story,
    )
    return geojson_of(timeline)


@router.get(
    "/stats",
    response_model=None,
    summary="What the archive holds",
    description="Counts of articles, duplicates, extractions and linked items, the "
    "publication range, outlets and languages: `backstory stats`.",
    responses=answers(schemas.Stats),
)
def get_stats(request: Request) -> dict[str, Any]:
    return archive_of(request).stats()
