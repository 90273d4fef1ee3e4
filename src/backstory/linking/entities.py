"""The entity base: one canonical entry per entity across all articles.

Each extracted entity is looked up by the keys of its name, aliases and
mention texts (and, for people, a surname key checked by string similarity,
so Syrsky = Syrskyi); every entry it matches is merged into one, and every
mention is kept as an alias row with its article and offsets (the evidence).
The canonical name is the name most articles used (ties: the longest), which
does not depend on the order articles arrive in.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import func, select, true, update
from sqlalchemy.engine import Connection

from backstory.archive.collation import bytewise
from backstory.extraction import Entity, Extraction
from backstory.linking import tables as t
from backstory.linking.words import name_key

_CLASSES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    # NER calls one product ORG in one article and PRODUCT in the next ("iPhone").
    "PRODUCT": "ORG",
    "NORP": "PLACE",
    "COUNTRY": "PLACE",
    "REGION": "PLACE",
    "CITY": "PLACE",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FACILITY": "PLACE",
}
# Similarity (0-100) two surnames need to be one person's spelling variants.
SURNAME_SIMILARITY = 85


def type_class(kind: str) -> str:
    """PERSON, ORG or PLACE: entities of one class may be one entity."""
    return _CLASSES.get(kind, kind)


def _keys(entity: Entity) -> set[str]:
    # a common noun the article called it by ("the agency", "the group") names no one
    # across articles: JAXA's "agency" and NASA's are not one entity
    names = {
        n
        for n in (*entity.aliases, *(m.text for m in entity.mentions))
        if any(ch.isupper() or ch.isdigit() for ch in n)
    }
    names.add(entity.name)
    return {k for k in (name_key(n) for n in names) if k}


def _surname(key: str) -> str:
    return key.rsplit(" ", 1)[-1]


def _surname_key(key: str) -> str:
    return "~" + _surname(key)[:4]


def _same_person(a_keys: set[str], b_keys: set[str]) -> bool:
    for a in a_keys:
        for b in b_keys:
            if len(_surname(a)) >= 4 and fuzz.ratio(_surname(a), _surname(b)) >= SURNAME_SIMILARITY:
                a_first, b_first = a.split()[:-1], b.split()[:-1]
                if not a_first or not b_first or a_first[0][:1] == b_first[0][:1]:
                    return True
    return False


def link_entities(conn: Connection, extraction: Extraction) -> dict[str, int]:
    """Fold the article's entities into the base; extraction name -> entity id."""
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    out: dict[str, int] = {}
    for entity in extraction.entities:
        keys = _keys(entity)
        cls = type_class(entity.type)
        lookup = set(keys)
        if cls == "PERSON":
            lookup |= {_surname_key(k) for k in keys}
        rows = conn.execute(
            select(t.entity_aliases.c.entity_id, t.entity_aliases.c.key, t.entities.c.type)
            .join(t.entities, t.entities.c.id == t.entity_aliases.c.entity_id)
            .where(t.entity_aliases.c.key.in_(sorted(lookup)))
        ).all()
        matched: set[int] = set()
        for entity_id, key, kind in rows:
            if type_class(kind) != cls:
                continue
            if key in keys or (
                key.startswith("~") and _same_person(keys, _keys_of(conn, entity_id))
            ):
                matched.add(entity_id)
        if matched:
            entity_id = min(matched)
            for other in sorted(matched - {entity_id}):
                conn.execute(
                    update(t.entity_aliases)
                    .where(t.entity_aliases.c.entity_id == other)
                    .values(entity_id=entity_id)
                )
                conn.execute(t.entities.delete().where(t.entities.c.id == other))
        else:
            entity_id = conn.execute(
                t.entities.insert().values(
                    name=entity.name,
                    type=entity.type,
                    country=entity.country,
                    lat=entity.lat,
                    lon=entity.lon,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        rows_to_add: list[dict[str, Any]] = [
            {
                "entity_id": entity_id,
                "alias": name,
                "key": name_key(name),
                "is_name": name == entity.name,
                "article_id": article.id,
                "start": None,
                "end": None,
                "published": published,
            }
            for name in sorted({entity.name, *entity.aliases})
            if name_key(name)
        ]
        rows_to_add += [
            {
                "entity_id": entity_id,
                "alias": m.text,
                "key": name_key(m.text),
                "is_name": False,
                "article_id": article.id,
                "start": m.start,
                "end": m.end,
                "published": published,
            }
            for m in entity.mentions
            if name_key(m.text)
        ]
        if cls == "PERSON":
            rows_to_add += [
                {
                    "entity_id": entity_id,
                    "alias": "",
                    "key": key,
                    "is_name": False,
                    "article_id": article.id,
                    "start": None,
                    "end": None,
                    "published": published,
                }
                for key in sorted({_surname_key(k) for k in keys})
            ]
        if rows_to_add:
            conn.execute(t.entity_aliases.insert(), rows_to_add)
        _refresh_entity(conn, entity_id, entity)
        out[entity.name] = entity_id
    return out


def _keys_of(conn: Connection, entity_id: int) -> set[str]:
    rows = conn.execute(
        select(t.entity_aliases.c.key).where(t.entity_aliases.c.entity_id == entity_id)
    ).scalars()
    return {k for k in rows if not k.startswith("~")}


def _refresh_entity(conn: Connection, entity_id: int, entity: Entity) -> None:
    """The canonical name: the one most articles used, ties to the longest, then the first."""
    rows = conn.execute(
        select(t.entity_aliases.c.alias, t.entity_aliases.c.article_id).where(
            t.entity_aliases.c.entity_id == entity_id,
            t.entity_aliases.c.is_name.is_(True),
        )
    ).all()
    articles: Counter[str] = Counter()
    for alias, _article_id in set(rows):
        articles[alias] += 1
    if not articles:
        return
    name = min(articles, key=lambda a: (-articles[a], -len(a), a))
    values: dict[str, Any] = {"name": name}
    if entity.lat is not None:
        values.update(lat=entity.lat, lon=entity.lon, country=entity.country)
    conn.execute(update(t.entities).where(t.entities.c.id == entity_id).values(**values))


def aliases_for(conn: Connection, query: str) -> list[str]:
    """Every name of the entities the query names (the query itself first)."""
    key = name_key(query)
    ids = (
        conn.execute(
            select(t.entity_aliases.c.entity_id).where(t.entity_aliases.c.key == key).distinct()
        )
        .scalars()
        .all()
    )
    names = [query]
    if ids:
        rows = conn.execute(
            select(t.entity_aliases.c.alias)
            .where(t.entity_aliases.c.entity_id.in_(ids), t.entity_aliases.c.alias != "")
            .distinct()
        ).scalars()
        names += sorted({a for a in rows if name_key(a) != key and len(a) > 2})
    return names


def places_within(conn: Connection, query: str) -> list[str]:
    """The names of the regions and cities the base places in the country the query
    names ("Kisumu County" for "Kenya"): what happens there happens in the country."""
    key = name_key(query)
    ids = select(t.entity_aliases.c.entity_id).where(t.entity_aliases.c.key == key)
    countries = (
        conn.execute(
            select(t.entities.c.country)
            .where(t.entities.c.id.in_(ids), t.entities.c.type == "COUNTRY")
            .distinct()
        )
        .scalars()
        .all()
    )
    countries = [c for c in countries if c]
    if not countries:
        return []
    rows = conn.execute(
        select(t.entities.c.name).where(
            t.entities.c.country.in_(countries), t.entities.c.type.in_(("REGION", "CITY"))
        )
    ).scalars()
    return sorted({name for name in rows if len(name) > 2})


def same_entity(conn: Connection, a: str | None, b: str | None) -> bool:
    """Whether two names denote one entity of the base (or are spelling variants)."""
    if not a or not b:
        return False
    a_key, b_key = name_key(a), name_key(b)
    if a_key == b_key:
        return True
    ids = conn.execute(
        select(t.entity_aliases.c.key, t.entity_aliases.c.entity_id).where(
            t.entity_aliases.c.key.in_([a_key, b_key])
        )
    ).all()
    a_ids = {i for k, i in ids if k == a_key}
    b_ids = {i for k, i in ids if k == b_key}
    return bool(a_ids & b_ids) or _same_person({a_key}, {b_key})


def _entity_rows(conn: Connection, where: Any, limit: int | None) -> list[dict[str, Any]]:
    """Entity records (without mentions) for the entities ``where`` selects, most
    widely reported first."""
    a = t.entity_aliases.c
    articles = func.count(a.article_id.distinct()).label("articles")
    query = (
        select(t.entities, articles)
        .join(t.entity_aliases, a.entity_id == t.entities.c.id)
        .where(where)
        .group_by(*t.entities.c)
        .order_by(articles.desc(), bytewise(t.entities.c.name), t.entities.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = [dict(r) for r in conn.execute(query).mappings()]
    names: dict[int, set[str]] = {r["id"]: set() for r in rows}
    if names:
        for entity_id, alias in conn.execute(
            select(a.entity_id, a.alias).where(a.entity_id.in_(sorted(names))).distinct()
        ):
            if alias:
                names[entity_id].add(alias)
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"],
            "country": r["country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "aliases": sorted(names[r["id"]] - {r["name"]}),
            "articles": int(r["articles"]),
        }
        for r in rows
    ]


def find_entities(conn: Connection, query: str | None = None, *, limit: int = 50) -> list[dict]:
    """The entities of the base whose name or an alias holds ``query`` (all without
    one), most widely reported first: id, name, type, place fields, aliases, articles."""
    if not query or not query.strip():
        return _entity_rows(conn, true(), limit)
    key = name_key(query)
    holding = t.entity_aliases.c.key.contains(key, autoescape=True)
    ids = select(t.entity_aliases.c.entity_id).where(holding).distinct()
    return _entity_rows(conn, t.entities.c.id.in_(ids), limit)


def entity_record(conn: Connection, entity_id: int) -> dict[str, Any] | None:
    """One entity with every mention (article id, alias, offsets), or None if unknown."""
    found = _entity_rows(conn, t.entities.c.id == entity_id, 1)
    if not found:
        return None
    a = t.entity_aliases.c
    mentions = conn.execute(
        select(a.article_id, a.alias, a.start, a.end, a.published)
        .where(a.entity_id == entity_id, a.start.is_not(None))
        .order_by(a.published.asc().nulls_first(), a.article_id, a.start)
    ).mappings()
    return found[0] | {"mentions": [dict(m) for m in mentions]}
