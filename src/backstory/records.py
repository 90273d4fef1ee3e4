"""The JSON records the CLI and the web API both give, each defined once.

``backstory show`` and ``GET /api/articles/{id}`` give ``article_record``;
``backstory articles`` and ``GET /api/articles`` give ``article_listing``
rows; ``backstory claims --format json`` and ``GET /api/claims`` give
``claims_record``. Dates given by a user are read by ``day_of`` (timeline
ranges) and ``publication_bound`` (publication ranges), whose errors name
the option or parameter at fault.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from backstory.archive import Archive
from backstory.article import Article
from backstory.errors import DateError
from backstory.linking import prepare
from backstory.linking.claims import claim_histories

CLAIMS_SCHEMA = "backstory.claims/1"


def parse_moment(value: str, *, field: str) -> datetime:
    """An ISO 8601 date or datetime; a DateError naming ``field`` otherwise."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise DateError(f"{field}: not an ISO 8601 date or datetime: {value!r}") from exc


def day_of(value: str | None, *, field: str) -> str | None:
    """The ISO day of an ISO date or datetime (None for None), for timeline ranges."""
    return parse_moment(value, field=field).date().isoformat() if value else None


def publication_bound(value: str | None, *, field: str) -> date | datetime | None:
    """A date when the value is one (it covers the whole day), else a datetime."""
    if value is None:
        return None
    moment = parse_moment(value, field=field)
    return moment.date() if len(value.strip()) <= 10 else moment


def article_listing(article: Article) -> dict[str, Any]:
    """An article's row in a list: its fields without the text and extras."""
    row = article.to_json()
    del row["text"], row["extras"]
    return row


def article_record(archive: Archive, article_id: str) -> dict[str, Any]:
    """The stored article with its duplicates and its extraction (None when it has
    none; every item with offsets into the article's text). InputError for an unknown id."""
    article = archive.get(article_id)
    data: dict[str, Any] = article.to_json()
    data["duplicates"] = archive.duplicates(article.id)
    extraction = archive.get_extraction(article.id)
    if extraction is None:
        data["extraction"] = None
    else:
        contract = extraction.to_json()
        del contract["article"]
        data["extraction"] = contract
    return data


def claims_record(archive: Archive, *, about: str | None = None) -> dict[str, Any]:
    """The ``backstory.claims/1`` object: every claim history (about a query)."""
    with prepare(archive).connect() as conn:
        histories = claim_histories(conn, about=about)
    return {"schema": CLAIMS_SCHEMA, "query": {"about": about}, "claims": histories}
