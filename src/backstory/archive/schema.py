"""The archive's tables, as the queries see them (SQLAlchemy Core).

This is the *current* schema; the versioned migrations in ``migrations/``
create and change it (they keep their own frozen copies of the DDL, as
migrations must). A change here needs a new migration.

Articles and their deduplication:

    articles          one row per distinct article (``id`` = Article.id)
    duplicates        copies seen and not stored: exact or near, of which article
    article_minhash   the MinHash signature of each article
    minhash_bands     its LSH band keys (indexed: near-duplicate lookup)
    extractions       the extraction contract object of each article

What ``backstory watch`` remembers of each feed it read (so a restarted
watcher asks only for changes):

    feed_validators   per feed: the ETag / Last-Modified the server sent, or a
                      file's modification time and size

Cross-article structures, filled by linking (generic on purpose; later
migrations may add columns):

    entities, entity_aliases, developments, development_sources,
    stories, story_members, claims

Full-text search lives outside these definitions because it is
dialect-specific: an FTS5 table ``articles_fts`` kept in sync by triggers on
SQLite, an expression GIN index over ``to_tsvector`` on PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

_ARTICLE_FK = "articles.id"


def _article_ref(name: str = "article_id", **kwargs: object) -> Column:
    return Column(name, String(64), ForeignKey(_ARTICLE_FK, ondelete="CASCADE"), **kwargs)  # type: ignore[arg-type]


articles = Table(
    "articles",
    metadata,
    # An integer key: FTS5 needs a stable integer rowid; everything else refers to ``id``.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", Text),  # ISO 8601 as given: with its offset, or naive
    Column("published_utc", DateTime, index=True),  # naive UTC (naive input taken as UTC)
    Column("language", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("extras", JSON, nullable=False),
    Column("origin", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("added_at", DateTime, nullable=False),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), nullable=False),  # the id the copy would have had
    _article_ref("duplicate_of", nullable=False, index=True),
    Column("kind", String(8), nullable=False),  # "exact" or "near"
    Column("similarity", Float, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("origin", Text),
    Column("url", Text),
    Column("title", Text),
    Column("added_at", DateTime, nullable=False),
)

article_minhash = Table(
    "article_minhash",
    metadata,
    _article_ref(primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

minhash_bands = Table(
    "minhash_bands",
    metadata,
    _article_ref(primary_key=True),
    Column("band", SmallInteger, primary_key=True),
    Column("key", BigInteger, nullable=False, index=True),
)

extractions = Table(
    "extractions",
    metadata,
    _article_ref(primary_key=True),
    Column("schema", String(64), nullable=False),
    Column("data", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("kb_id", Text),
    Column("data", JSON),
    Index("ix_entities_name_type", "name", "type"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("normalised", Text, nullable=False, index=True),
    UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_alias"),
)

developments = Table(
    "developments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(32)),
    Column("summary", Text),
    Column("when_begin", Text, index=True),
    Column("when_end", Text),
    Column("modality", String(16)),
    Column("polarity", String(16)),
    Column("data", JSON),
    Column("created_at", DateTime, nullable=False),
)

development_sources = Table(
    "development_sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "development_id",
        Integer,
        ForeignKey("developments.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    _article_ref(nullable=False, index=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("data", JSON),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("data", JSON),
    Column("created_at", DateTime, nullable=False),
)

story_members = Table(
    "story_members",
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "development_id",
        Integer,
        ForeignKey("developments.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject", Text, nullable=False, index=True),
    Column("property", Text),
    Column("value", Text),
    Column("unit", Text),
    Column("when_begin", Text),
    Column("when_end", Text),
    Column("speaker", Text),
    _article_ref(index=True),
    Column("development_id", Integer, ForeignKey("developments.id", ondelete="SET NULL")),
    Column("start", Integer),
    Column("end", Integer),
    Column("data", JSON),
)

feed_validators = Table(
    "feed_validators",
    metadata,
    Column("feed", Text, primary_key=True),  # the URL, or a file's absolute path
    Column("etag", Text),
    Column("last_modified", Text),
    Column("file_mtime_ns", BigInteger),
    Column("file_size", BigInteger),
    # whether the entries were extracted when it was read: a watcher that extracts
    # does not trust what a --no-extract one read (it stored the entries unextracted)
    Column("extracted", Boolean, nullable=False),
    Column("read_at", DateTime, nullable=False),
)


@dataclass(frozen=True)
class Tables:
    """The archive's tables by name, for code that queries them directly (linking)."""

    articles: Table = articles
    duplicates: Table = duplicates
    article_minhash: Table = article_minhash
    minhash_bands: Table = minhash_bands
    extractions: Table = extractions
    entities: Table = entities
    entity_aliases: Table = entity_aliases
    developments: Table = developments
    development_sources: Table = development_sources
    stories: Table = stories
    story_members: Table = story_members
    claims: Table = claims
    feed_validators: Table = feed_validators


TABLES = Tables()
