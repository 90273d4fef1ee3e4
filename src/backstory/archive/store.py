"""The ``Archive``: articles, their duplicates and extractions in one database.

SQLite (a file, the default) or PostgreSQL behind one SQLAlchemy Core code
path. Every write is one transaction that takes the writer lock first, so
an article, its deduplication records and its extraction are stored
together or not at all (a process killed mid-batch leaves whole articles).
"""

from __future__ import annotations

import os
import time as time_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from types import TracebackType
from typing import Any, Literal

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from backstory.archive import deduplication as dedup
from backstory.archive.collation import bytewise
from backstory.archive.connection import (
    create_archive_engine,
    display_url,
    is_read_only,
    lock_for_writing,
    writer,
)
from backstory.archive.migration import current_revision, head_revision, upgrade
from backstory.archive.schema import TABLES, Tables
from backstory.archive.search import matches
from backstory.article import Article, Extras
from backstory.errors import ArchiveError, InputError
from backstory.extraction import Extraction
from backstory.settings import Settings

AddStatus = Literal["added", "duplicate", "near-duplicate"]

# How many near-duplicate candidates get a word-by-word comparison at most.
_BODY_CHECKS = 5

# Statements of the write path, built once (building them per article costs more
# than running them).
_T = TABLES
_ID_BY_HASH = select(_T.articles.c.id).where(_T.articles.c.content_hash == bindparam("digest"))
_ID_BY_ID = select(_T.articles.c.id).where(_T.articles.c.id == bindparam("article_id"))
_SEEN_COPY = (
    select(_T.duplicates.c.duplicate_of, _T.duplicates.c.kind, _T.duplicates.c.similarity)
    .where(_T.duplicates.c.content_hash == bindparam("digest"))
    .limit(1)
)
_CANDIDATES = (
    select(_T.article_minhash.c.article_id, _T.article_minhash.c.signature, _T.articles.c.seq)
    .join(_T.articles, _T.articles.c.id == _T.article_minhash.c.article_id)
    .where(
        _T.article_minhash.c.article_id.in_(
            select(_T.minhash_bands.c.article_id)
            .where(_T.minhash_bands.c.key.in_(bindparam("keys", expanding=True)))
            .distinct()
        )
    )
)
_INSERT_ARTICLE = insert(_T.articles)
_INSERT_SIGNATURE = insert(_T.article_minhash)
_INSERT_BANDS = insert(_T.minhash_bands)


@dataclass(frozen=True)
class AddResult:
    """What ``Archive.add`` did with an article.

    ``article_id`` is the id of the article given; for a duplicate,
    ``duplicate_of`` is the stored article it copies and ``similarity`` how
    close it is (1.0 for an exact duplicate).
    """

    status: AddStatus
    article_id: str
    duplicate_of: str | None = None
    similarity: float | None = None


# SQLite answers "database is locked" at once, without waiting, when two processes
# create or switch the same new file to WAL at the same moment (a busy timeout does
# not cover it); opening tries again a few times before giving up.
_OPEN_ATTEMPTS = 8


def _upgrade_when_free(engine: Any) -> None:
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            upgrade(engine)
            return
        except DBAPIError as exc:
            locked = "database is locked" in str(exc) and engine.dialect.name == "sqlite"
            if not locked or attempt == _OPEN_ATTEMPTS - 1:
                raise
            time_module.sleep(0.05 * 2**attempt)


def _check_revision(engine: Any) -> None:
    """ArchiveError unless the archive is at the schema revision this backstory writes."""
    with engine.connect() as conn:
        revision = current_revision(conn)
    if revision != head_revision():
        found = f"schema revision {revision}" if revision else "no backstory schema"
        raise ArchiveError(
            f"cannot open archive {display_url(engine)} read-only: it has {found}, "
            f"expected {head_revision()} (open it once for writing, e.g. `backstory stats`)"
        )


class Archive:
    """A store of articles, their duplicates and their extractions.

    Open it with ``Archive.open(path_or_url)`` (or a ``Settings``) and use it
    as a context manager. ``engine`` and ``tables`` are there for the linking
    code that keeps its own tables in the same database.
    """

    def __init__(self, engine: Engine, *, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings or Settings()
        self.tables: Tables = TABLES
        self.dialect: str = engine.dialect.name

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(
        cls,
        target: Settings | str | os.PathLike[str] | None = None,
        *,
        settings: Settings | None = None,
        create: bool = True,
        read_only: bool = False,
    ) -> Archive:
        """The archive at ``target`` (a Settings, an SQLite path or a database URL), migrated.

        With ``create=False`` a missing SQLite file is an error instead of a new archive.
        With ``read_only=True`` the archive must exist at the newest schema revision
        (nothing is migrated) and every connection refuses to write.
        """
        if isinstance(target, Settings):
            settings = target
        elif target is not None:
            settings = (settings or Settings()).with_(db=os.fspath(target))
        settings = settings or Settings()
        if (not create or read_only) and "://" not in settings.db:
            if not os.path.exists(settings.db):
                raise ArchiveError(
                    f"no archive at {settings.db}: build one with `backstory ingest` (or pass --db)"
                )
            if not os.path.isfile(settings.db):
                raise ArchiveError(f"no archive at {settings.db}: it is not a file")
        engine = create_archive_engine(settings.db_url, read_only=read_only)
        try:
            if read_only:
                _check_revision(engine)
            else:
                _upgrade_when_free(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise ArchiveError(
                f"cannot open archive {display_url(engine)}: {_first_line(exc)}"
            ) from exc
        except Exception as exc:  # alembic: an archive written by a newer backstory
            engine.dispose()
            if type(exc).__module__.startswith("alembic"):
                raise ArchiveError(f"cannot migrate archive {display_url(engine)}: {exc}") from exc
            raise
        return cls(engine, settings=settings)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """Whether the archive was opened read-only (every write is refused)."""
        return is_read_only(self.engine)

    @property
    def url(self) -> str:
        """The database URL, without a password."""
        return display_url(self.engine)

    # -- adding --------------------------------------------------------------

    def add(
        self,
        article: Article,
        *,
        extraction: Extraction | None = None,
        then: Callable[[Connection], None] | None = None,
    ) -> AddResult:
        """Store ``article`` (and its extraction) unless it duplicates a stored one.

        An exact or near-duplicate is recorded in ``duplicates`` against the
        stored article and not stored again. One transaction; ``then`` runs
        in it (given its connection) after a new article is written, and
        what it writes commits with the article or, if it raises, is rolled
        back with it (ingest links the article there).
        """
        _check_storable(article)
        digest = dedup.content_hash(article.text)
        signature = dedup.signature_of(article.text)
        try:
            with writer(self.engine.connect()) as conn, conn.begin():
                lock_for_writing(conn)
                found = self._find_duplicate(conn, article, digest, signature)
                if found is not None:
                    self._record_duplicate(conn, article, digest, found)
                    return found
                self._insert_article(conn, article, digest, signature)
                if extraction is not None:
                    self._write_extraction(conn, article.id, extraction)
                if then is not None:
                    then(conn)
        except IntegrityError as exc:
            raise ArchiveError(f"cannot store article {article.id}: {_first_line(exc)}") from exc
        return AddResult("added", article.id)

    def find_duplicate(self, article: Article, *, near: bool = True) -> AddResult | None:
        """What ``add`` would report for a duplicate of a stored article, or None if it is new.

        With ``near=False`` only exact copies are looked for: a few indexed
        queries on the content hash, without the MinHash signature.
        """
        digest = dedup.content_hash(article.text)
        with self.engine.connect() as conn:
            if not near:
                return self._find_exact_duplicate(conn, article, digest)
            return self._find_duplicate(conn, article, digest, dedup.signature_of(article.text))

    def has_extraction(self, article_id: str) -> bool:
        """Whether the stored article ``article_id`` has a stored extraction."""
        e = self.tables.extractions
        with self.engine.connect() as conn:
            found = conn.execute(select(e.c.article_id).where(e.c.article_id == article_id))
            return found.first() is not None

    def _find_duplicate(
        self, conn: Connection, article: Article, digest: str, signature: np.ndarray
    ) -> AddResult | None:
        found = self._find_exact_duplicate(conn, article, digest)
        if found is not None:
            return found
        return self._find_near_duplicate(conn, article, signature)

    def _find_exact_duplicate(
        self, conn: Connection, article: Article, digest: str
    ) -> AddResult | None:
        stored = conn.execute(_ID_BY_HASH, {"digest": digest}).first()
        if stored is not None:
            return AddResult("duplicate", article.id, stored.id, 1.0)
        if conn.execute(_ID_BY_ID, {"article_id": article.id}).first():
            raise InputError(
                f"article id {article.id} is already used by an article with other text",
                source=article.origin,
            )
        seen = conn.execute(_SEEN_COPY, {"digest": digest}).first()
        if seen is not None:
            status: AddStatus = "near-duplicate" if seen.kind == "near" else "duplicate"
            return AddResult(status, article.id, seen.duplicate_of, seen.similarity)
        return None

    def _find_near_duplicate(
        self, conn: Connection, article: Article, signature: np.ndarray
    ) -> AddResult | None:
        t = self.tables
        threshold = self.settings.near_duplicate_threshold
        rows = conn.execute(_CANDIDATES, {"keys": dedup.band_keys(signature)}).all()
        scored = sorted(
            (
                (
                    dedup.estimated_jaccard(signature, dedup.signature_from_bytes(r.signature)),
                    -r.seq,
                    r.article_id,
                )
                for r in rows
            ),
            reverse=True,
        )
        if scored and scored[0][0] >= threshold:
            return AddResult("near-duplicate", article.id, scored[0][2], round(scored[0][0], 4))
        # Same body, other header or footer: compare the words of the closest candidates.
        best: tuple[float, int, str] | None = None
        for estimate, minus_seq, candidate_id in scored[:_BODY_CHECKS]:
            if estimate < dedup.BODY_CHECK_FLOOR:
                break
            stored_text = conn.execute(
                select(t.articles.c.text).where(t.articles.c.id == candidate_id)
            ).scalar_one()
            similarity = dedup.body_similarity(article.text, stored_text)
            if similarity >= threshold and (best is None or (similarity, minus_seq) > best[:2]):
                best = (similarity, minus_seq, candidate_id)
        if best is not None:
            return AddResult("near-duplicate", article.id, best[2], round(best[0], 4))
        return None

    def _record_duplicate(
        self, conn: Connection, article: Article, digest: str, found: AddResult
    ) -> None:
        t = self.tables
        if found.status == "duplicate" and found.duplicate_of == article.id:
            stored_origin = conn.execute(
                select(t.articles.c.origin).where(t.articles.c.id == article.id)
            ).scalar_one()
            if stored_origin == article.origin:
                return  # the very same copy read again: nothing new to record
        already = conn.execute(
            select(t.duplicates.c.seq).where(
                t.duplicates.c.content_hash == digest,
                t.duplicates.c.duplicate_of == found.duplicate_of,
                _same(t.duplicates.c.origin, article.origin),
            )
        ).first()
        if already is not None:
            return
        conn.execute(
            insert(t.duplicates).values(
                article_id=article.id,
                duplicate_of=found.duplicate_of,
                kind="near" if found.status == "near-duplicate" else "exact",
                similarity=found.similarity if found.similarity is not None else 1.0,
                content_hash=digest,
                origin=article.origin,
                url=article.url,
                title=article.title,
                added_at=_now(),
            )
        )

    def _insert_article(
        self, conn: Connection, article: Article, digest: str, signature: np.ndarray
    ) -> None:
        conn.execute(_INSERT_ARTICLE, _row_of(article, digest))
        conn.execute(
            _INSERT_SIGNATURE,
            {"article_id": article.id, "signature": dedup.signature_bytes(signature)},
        )
        conn.execute(
            _INSERT_BANDS,
            [
                {"article_id": article.id, "band": band, "key": key}
                for band, key in enumerate(dedup.band_keys(signature))
            ],
        )

    # -- reading -------------------------------------------------------------

    def get(self, article_id: str) -> Article:
        """The stored article with this id; InputError when there is none."""
        t = self.tables
        with self.engine.connect() as conn:
            row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).first()
            if row is not None:
                return _article_of(row._mapping)
            copy = conn.execute(
                select(t.duplicates.c.duplicate_of).where(t.duplicates.c.article_id == article_id)
            ).first()
        if copy is not None:
            raise InputError(
                f"no article with id {article_id}: it is a duplicate of {copy.duplicate_of}"
            )
        raise InputError(f"no article with id {article_id}")

    def articles(
        self,
        limit: int | None = 20,
        offset: int = 0,
        query: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
    ) -> list[Article]:
        """Stored articles, newest first; ``query`` is a full-text search (see ``search``).

        ``since``/``until`` bound the publication time (inclusive; a date
        covers its whole day). Articles without a date sort last.
        """
        t = self.tables
        stmt = (
            select(t.articles)
            .where(*self._filters(query, since, until))
            .order_by(t.articles.c.published_utc.desc().nulls_last(), t.articles.c.seq.desc())
            .offset(offset)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            return [_article_of(row._mapping) for row in conn.execute(stmt)]

    def count(
        self,
        query: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
    ) -> int:
        """How many articles are stored (matching the same filters as ``articles``)."""
        t = self.tables
        stmt = (
            select(func.count()).select_from(t.articles).where(*self._filters(query, since, until))
        )
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def _filters(
        self, query: str | None, since: date | datetime | None, until: date | datetime | None
    ) -> list[ColumnElement[bool]]:
        column = self.tables.articles.c.published_utc
        filters: list[ColumnElement[bool]] = []
        if query is not None:
            filters.append(matches(self.tables.articles, query, self.dialect))
        if since is not None:
            filters.append(column >= _bound(since))
        if until is not None:
            if isinstance(until, datetime):
                filters.append(column <= _bound(until))
            else:
                filters.append(column < _bound(until + timedelta(days=1)))
        return filters

    def duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """The copies recorded as duplicates of a stored article, oldest first."""
        d = self.tables.duplicates
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(d.c.article_id, d.c.kind, d.c.similarity, d.c.origin, d.c.url, d.c.title)
                .where(d.c.duplicate_of == article_id)
                .order_by(d.c.seq)
            )
            return [dict(row._mapping) for row in rows]

    def stats(self) -> dict[str, Any]:
        """What the archive holds: counts, publication range, outlets, languages."""
        t = self.tables
        with self.engine.connect() as conn:

            def count(table: Any, *where: Any) -> int:
                stmt = select(func.count()).select_from(table)
                return int(conn.execute(stmt.where(*where) if where else stmt).scalar_one())

            def edge(order: Any) -> str | None:
                return conn.execute(
                    select(t.articles.c.published)
                    .where(t.articles.c.published_utc.is_not(None))
                    .order_by(order, t.articles.c.seq)
                    .limit(1)
                ).scalar()

            def tally(column: Any, limit: int = 20) -> dict[str, int]:
                n = func.count().label("n")
                rows = conn.execute(
                    select(column, n)
                    .group_by(column)
                    .order_by(n.desc(), bytewise(column).asc().nulls_first())
                    .limit(limit)
                )
                return {
                    (row[0] if row[0] is not None else "(unknown)"): int(row[1]) for row in rows
                }

            return {
                "database": self.url,
                "schema_revision": current_revision(conn),
                "articles": count(t.articles),
                "duplicates": count(t.duplicates, t.duplicates.c.kind == "exact"),
                "near_duplicates": count(t.duplicates, t.duplicates.c.kind == "near"),
                "extractions": count(t.extractions),
                "published": {
                    "first": edge(t.articles.c.published_utc.asc()),
                    "last": edge(t.articles.c.published_utc.desc()),
                    "undated": count(t.articles, t.articles.c.published_utc.is_(None)),
                },
                "outlets": tally(t.articles.c.outlet),
                "languages": tally(t.articles.c.language),
                "entities": count(t.entities),
                "developments": count(t.developments),
                "stories": count(t.stories),
                "claims": count(t.claims),
            }

    # -- extractions ---------------------------------------------------------

    def save_extraction(
        self, extraction: Extraction, *, then: Callable[[Connection], None] | None = None
    ) -> None:
        """Store (or replace) the extraction of a stored article, in one transaction
        (in which ``then`` runs afterwards, as in ``add``)."""
        with writer(self.engine.connect()) as conn, conn.begin():
            lock_for_writing(conn)
            exists = conn.execute(
                select(self.tables.articles.c.id).where(
                    self.tables.articles.c.id == extraction.article.id
                )
            ).first()
            if exists is None:
                raise InputError(f"no article with id {extraction.article.id}: store it first")
            self._write_extraction(conn, extraction.article.id, extraction)
            if then is not None:
                then(conn)

    def _write_extraction(self, conn: Connection, article_id: str, extraction: Extraction) -> None:
        e = self.tables.extractions
        data = extraction.to_json()
        data["article"] = {"id": article_id}  # the article itself is in ``articles``
        conn.execute(delete(e).where(e.c.article_id == article_id))
        conn.execute(
            insert(e).values(
                article_id=article_id,
                schema=data["schema"],
                data=data,
                created_at=_now(),
            )
        )

    def get_extraction(self, article_id: str) -> Extraction | None:
        """The stored extraction of an article, or None when it has none."""
        e = self.tables.extractions
        with self.engine.connect() as conn:
            data = conn.execute(select(e.c.data).where(e.c.article_id == article_id)).scalar()
        if data is None:
            return None
        data = dict(data)
        data["article"] = self.get(article_id).to_json()
        return Extraction.from_json(data)

    def iter_extractions(self, batch: int = 500) -> Iterable[Extraction]:
        """Every stored extraction, in the order the articles were added."""
        t = self.tables
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(t.articles, t.extractions.c.data.label("extraction_data"))
                    .join(t.extractions, t.extractions.c.article_id == t.articles.c.id)
                    .where(t.articles.c.seq > last)
                    .order_by(t.articles.c.seq)
                    .limit(batch)
                ).all()
            if not rows:
                return
            for row in rows:
                data = dict(row.extraction_data)
                data["article"] = _article_of(row._mapping).to_json()
                yield Extraction.from_json(data)
            last = rows[-1].seq

    # -- checking ------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """Problems found in the archive; an empty list means it is sound."""
        t = self.tables
        problems: list[str] = []
        with writer(self.engine.connect()) as conn, conn.begin():
            if self.dialect == "sqlite":
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    problems.extend(f"sqlite: {line}" for line in result)
                for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"foreign key: {row[0]} row {row[1]} -> missing {row[2]}")
                try:
                    conn.exec_driver_sql(
                        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
                    )
                except DBAPIError as exc:
                    problems.append(f"full-text index: {_first_line(exc)}")
            revision = current_revision(conn)
            if revision != head_revision():
                problems.append(f"schema revision {revision}, expected {head_revision()}")
            unsigned = conn.execute(
                select(func.count())
                .select_from(t.articles)
                .where(~t.articles.c.id.in_(select(t.article_minhash.c.article_id)))
            ).scalar_one()
            if unsigned:
                problems.append(f"{unsigned} articles without a MinHash signature")
            banded = select(t.minhash_bands.c.article_id).group_by(t.minhash_bands.c.article_id)
            wrong_bands = conn.execute(
                select(func.count()).select_from(
                    banded.having(func.count() != dedup.BANDS).subquery()
                )
            ).scalar_one()
            if wrong_bands:
                problems.append(f"{wrong_bands} articles with a wrong number of LSH bands")
            conn.rollback()  # the FTS5 check is formally a write
        return problems


def _check_storable(article: Article) -> None:
    """InputError unless the article can be stored (some text; no NUL characters)."""
    if not article.text.strip():
        raise InputError("article has no text", source=article.origin)
    values: list[Any] = [article.text, article.title, article.author, article.url, article.outlet]
    values.extend(_strings_in(article.extras.to_json()))
    for value in values:
        if isinstance(value, str) and "\x00" in value:
            raise InputError(
                "article contains NUL characters (binary data?)", source=article.origin
            )


def _strings_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_in(item)


def _row_of(article: Article, digest: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "published_utc": _utc(article.published),
        "language": article.language,
        "text": article.text,
        "extras": article.extras.to_json(),
        "origin": article.origin,
        "content_hash": digest,
        "added_at": _now(),
    }


def _article_of(row: Any) -> Article:
    published = row["published"]
    return Article(
        id=row["id"],
        text=row["text"],
        published=datetime.fromisoformat(published) if published else None,
        title=row["title"],
        author=row["author"],
        url=row["url"],
        outlet=row["outlet"],
        language=row["language"],
        extras=Extras.from_json(row["extras"]),
        origin=row["origin"],
    )


def _utc(moment: datetime | None) -> datetime | None:
    """Naive UTC for sorting; a naive moment (outlet's local time, zone unknown) is kept as is."""
    if moment is None or moment.utcoffset() is None:
        return moment
    try:
        return moment.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return None


def _bound(moment: date | datetime) -> datetime:
    if not isinstance(moment, datetime):
        moment = datetime.combine(moment, time.min)
    return _utc(moment) or moment


def _same(column: Any, value: str | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else and_(column == value)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]
