"""Property tests: any article goes through the archive and comes back equal."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_fixtures import *  # noqa: F403  (archive, archive_target, postgres_cluster)
from backstory.archive import Archive
from backstory.article import Article, Extras, Quote

# What a database can hold as text: no NUL, no lone surrogates.
texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))
optional = st.none() | texts
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.none() | offsets
)
extras = st.builds(
    Extras,
    source_line=optional,
    details=optional,
    quotes=st.lists(st.builds(Quote, speaker=texts, text=texts), max_size=3).map(tuple),
    background=st.lists(texts, max_size=3).map(tuple),
    captions=st.lists(texts, max_size=2).map(tuple),
    section=optional,
    tags=st.lists(texts, max_size=3).map(tuple),
)
articles = st.builds(
    Article,
    text=texts.filter(lambda t: t.strip()),
    published=st.none() | moments,
    title=optional,
    author=optional,
    url=optional,
    outlet=optional,
    language=st.sampled_from(["en", "de", "uk", "pt-BR"]),
    extras=extras,
    origin=optional,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(article=articles)
def test_articles_round_trip(archive: Archive, article: Article) -> None:
    # A unique tail keeps generated texts from being duplicates of earlier examples.
    article = Article(
        **{**article.__dict__, "id": "", "text": f"{article.text} {uuid.uuid4().hex}"}
    )
    result = archive.add(article)
    if result.status == "added":
        assert archive.get(article.id) == article
    else:  # short generated texts can still be near-duplicates of earlier ones
        assert result.duplicate_of is not None
        assert archive.get(result.duplicate_of).id == result.duplicate_of


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(article=articles)
def test_adding_twice_stores_once(archive: Archive, article: Article) -> None:
    before = archive.count()
    first = archive.add(article)
    second = archive.add(article)
    assert second.status != "added"
    assert second.duplicate_of == (
        first.article_id if first.status == "added" else first.duplicate_of
    )
    assert archive.count() == before + (first.status == "added")
