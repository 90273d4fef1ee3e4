"""Stories: articles (and so their developments) about one ongoing matter.

Two articles belong to one story when they share a development, or when
they were published within ``STORY_WINDOW_DAYS`` of each other and share at
least ``SHARED_SALIENT`` of their salient names (the entities, or failing
those the content words, an article mentions most). A story is a connected
set of articles under that relation, so it does not depend on ingest order.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from backstory.extraction import Extraction
from backstory.linking import tables as t
from backstory.linking.words import content_words, name_key

STORY_WINDOW_DAYS = 14
SALIENT_PER_ARTICLE = 4
SHARED_SALIENT = 2


def salient_keys(extraction: Extraction) -> list[str]:
    """The names an article is most about, most mentioned first."""
    counts: Counter[str] = Counter()
    for entity in extraction.entities:
        counts[name_key(entity.name)] += len(entity.mentions) or 1
    if not counts:
        counts.update(content_words(extraction.article.title or "") * 2)
        counts.update(content_words(extraction.article.text[:2000]))
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return [k for k in ranked if k][:SALIENT_PER_ARTICLE]


def add_article(conn: Connection, extraction: Extraction, development_ids: set[int]) -> int:
    """Put the article into a story (merging stories it bridges); the story id."""
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    salient = salient_keys(extraction)
    linked: set[int] = set()
    if development_ids:
        shared = (
            conn.execute(
                select(t.development_sources.c.article_id)
                .where(
                    t.development_sources.c.development_id.in_(sorted(development_ids)),
                    t.development_sources.c.article_id != article.id,
                )
                .distinct()
            )
            .scalars()
            .all()
        )
        if shared:
            linked |= set(
                conn.execute(
                    select(t.story_members.c.story_id).where(
                        t.story_members.c.article_id.in_(shared)
                    )
                ).scalars()
            )
    query = select(t.story_members.c.story_id, t.story_members.c.salient).where(
        t.story_members.c.article_id != article.id
    )
    if published:
        when = datetime.fromisoformat(published)
        low = (when - timedelta(days=STORY_WINDOW_DAYS)).isoformat()
        high = (when + timedelta(days=STORY_WINDOW_DAYS)).isoformat()
        query = query.where(t.story_members.c.published.between(low, high))
    mine = set(salient)
    for story_id, keys in conn.execute(query):
        if len(mine & set(keys.split("|"))) >= SHARED_SALIENT:
            linked.add(story_id)
    if linked:
        story_id = min(linked)
        for other in sorted(linked - {story_id}):
            conn.execute(
                update(t.story_members)
                .where(t.story_members.c.story_id == other)
                .values(story_id=story_id)
            )
            conn.execute(t.stories.delete().where(t.stories.c.id == other))
    else:
        story_id = conn.execute(t.stories.insert().values(label=None)).inserted_primary_key[0]  # type: ignore[index]
    conn.execute(t.story_members.delete().where(t.story_members.c.article_id == article.id))
    conn.execute(
        t.story_members.insert().values(
            article_id=article.id,
            story_id=story_id,
            published=published,
            salient="|".join(salient),
            title=article.title,
            url=article.url,
        )
    )
    _label(conn, story_id)
    return story_id


def _label(conn: Connection, story_id: int) -> None:
    """A story is labelled by the salient names most of its articles share."""
    counts: Counter[str] = Counter()
    for keys in conn.execute(
        select(t.story_members.c.salient).where(t.story_members.c.story_id == story_id)
    ).scalars():
        counts.update(k for k in keys.split("|") if k)
    top = sorted(counts, key=lambda k: (-counts[k], k))[:3]
    conn.execute(update(t.stories).where(t.stories.c.id == story_id).values(label=", ".join(top)))


def list_stories(conn: Connection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every story, latest first: id, label, how many articles, first and last publication."""
    m = t.story_members.c
    n = func.count().label("articles")
    query = (
        select(
            t.stories.c.id,
            t.stories.c.label,
            n,
            func.min(m.published).label("first"),
            func.max(m.published).label("last"),
        )
        .join(t.story_members, m.story_id == t.stories.c.id)
        .group_by(t.stories.c.id, t.stories.c.label)
        .order_by(func.max(m.published).desc().nulls_last(), t.stories.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [dict(r) for r in conn.execute(query).mappings()]


def story_record(conn: Connection, story_id: int) -> dict[str, Any] | None:
    """One story with its articles (id, title, url, published, oldest first), or None."""
    label = conn.execute(select(t.stories.c.label).where(t.stories.c.id == story_id)).first()
    if label is None:
        return None
    m = t.story_members.c
    articles = conn.execute(
        select(m.article_id, m.title, m.url, m.published)
        .where(m.story_id == story_id)
        .order_by(m.published.asc().nulls_first(), m.article_id)
    ).mappings()
    return {"id": story_id, "label": label[0], "articles": [dict(a) for a in articles]}
