"""The HTML pages: search, timelines, the article view, claim charts and the map.

Each page gets its data from the same functions as the JSON API (and so as
the CLI) and renders it with a Jinja2 template from ``templates/``. Every
line shown links to its sources: ``/articles/{id}?start=..&end=..#quoted``
opens the article scrolled to the quoted span, highlighted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from backstory.errors import InputError
from backstory.linking import prepare
from backstory.linking.entities import entity_record, find_entities
from backstory.linking.stories import list_stories, story_record
from backstory.records import article_record, claims_record
from backstory.timelines.exports import geojson_of
from backstory.web import charts
from backstory.web.api import archive_of, timeline_of
from backstory.web.markup import annotated_html, annotations_of

TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
TEMPLATES.env.globals["source_url"] = charts.source_url

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Text = Annotated[str | None, Query()]


def _count(value: str | None, field: str) -> int | None:
    """A positive whole number from a form field (empty: none); a 400 naming it otherwise."""
    if value is None or not value.strip():
        return None
    if not value.strip().isdigit() or int(value) < 1:
        raise HTTPException(400, f"{field}: not a positive whole number: {value!r}")
    return int(value)


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context)


def error_page(request: Request, status: int, message: str) -> str:
    """The HTML of an error page saying what went wrong."""
    template = TEMPLATES.get_template("error.html")
    return template.render(request=request, status=status, message=message)


@router.get("/")
def home(request: Request, q: Text = None) -> HTMLResponse:
    archive = archive_of(request)
    query = q.strip() if q and q.strip() else None
    articles, total, error = [], 0, None
    with prepare(archive).connect() as conn:
        entities = find_entities(conn, query, limit=20)
        stories = [] if query else list_stories(conn, limit=20)
    if query:
        try:
            articles = archive.articles(query=query, limit=30)
            total = archive.count(query=query)
        except InputError as exc:
            error = str(exc)
    return render(
        request,
        "home.html",
        q=query or "",
        articles=articles,
        total=total,
        entities=entities,
        stories=stories,
        error=error,
        stats=None if query else archive.stats(),
    )


@router.get("/timeline")
def timeline_page(
    request: Request,
    about: Text = None,
    since: Text = None,
    until: Text = None,
    max_dates: Text = None,
    per_date: Text = None,
) -> HTMLResponse:
    timeline = timeline_of(
        archive_of(request),
        about=about,
        since=since,
        until=until,
        max_dates=_count(max_dates, "max_dates"),
        per_date=_count(per_date, "per_date"),
    )
    return render(
        request,
        "timeline.html",
        heading=f"Timeline: {about}" if about else "Timeline of the archive",
        timeline=timeline.to_json(),
        form={
            "about": about or "",
            "since": since or "",
            "until": until or "",
            "max_dates": max_dates or "",
        },
        subject=None,
    )


@router.get("/entities/{entity_id}")
def entity_page(
    request: Request, entity_id: int, since: Text = None, until: Text = None
) -> HTMLResponse:
    with prepare(archive_of(request)).connect() as conn:
        entity = entity_record(conn, entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    timeline = timeline_of(archive_of(request), about=entity["name"], since=since, until=until)
    return render(
        request,
        "timeline.html",
        heading=entity["name"],
        timeline=timeline.to_json(),
        form=None,
        subject={"kind": "entity", "record": entity},
    )


@router.get("/stories")
def stories_page(request: Request) -> HTMLResponse:
    with prepare(archive_of(request)).connect() as conn:
        stories = list_stories(conn)
    return render(request, "stories.html", stories=stories)


@router.get("/stories/{story_id}")
def story_page(
    request: Request, story_id: int, since: Text = None, until: Text = None
) -> HTMLResponse:
    with prepare(archive_of(request)).connect() as conn:
        story = story_record(conn, story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id}")
    timeline = timeline_of(archive_of(request), story=story_id, since=since, until=until)
    return render(
        request,
        "timeline.html",
        heading=f"Story: {story['label'] or story_id}",
        timeline=timeline.to_json(),
        form=None,
        subject={"kind": "story", "record": story},
    )


@router.get("/articles/{article_id}")
def article_page(
    request: Request,
    article_id: str,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    try:
        record = article_record(archive_of(request), article_id)
    except InputError as exc:
        raise HTTPException(404, str(exc)) from exc
    quoted = (start, end) if start is not None and end is not None and start < end else None
    annotations = annotations_of(record["extraction"])
    counts = {
        kind: sum(a.kind == kind for a in annotations)
        for kind in ("timex", "entity", "event", "quantity")
    }
    return render(
        request,
        "article.html",
        article=record,
        body=annotated_html(record["text"], annotations, quoted),
        quoted=quoted,
        quoted_text=record["text"][quoted[0] : quoted[1]] if quoted else None,
        counts=counts,
    )


@router.get("/claims")
def claims_page(request: Request, about: Text = None) -> HTMLResponse:
    record = claims_record(archive_of(request), about=about or None)
    charts_of = [
        {
            "subject": history["subject"],
            "history": history["history"],
            "chart": charts.claim_chart(history["history"], title=history["subject"]),
        }
        for history in record["claims"]
    ]
    return render(request, "claims.html", about=about or "", claims=charts_of)


@router.get("/map")
def map_page(
    request: Request,
    about: Text = None,
    since: Text = None,
    until: Text = None,
    story: Annotated[int | None, Query()] = None,
) -> HTMLResponse:
    timeline = timeline_of(archive_of(request), about=about, since=since, until=until, story=story)
    features = geojson_of(timeline)["features"]
    return render(
        request,
        "map.html",
        features=features,
        drawing=charts.events_map(features),
        form={"about": about or "", "since": since or "", "until": until or ""},
    )
