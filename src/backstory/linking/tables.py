"""The tables linking writes: entities, developments, stories and claims.

The archive reserves these table names; linking owns their columns. They are
created on first use (``ensure_tables``) so that linking works on any
SQLAlchemy engine, including a bare in-memory SQLite one used by the
benchmarks.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
)
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()

entities = Table(
    "link_entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
)

# Every name an entity went by, with the article and offsets it was seen at.
entity_aliases = Table(
    "link_entity_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, nullable=False, index=True),
    Column("alias", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    Column("is_name", Boolean, nullable=False, default=False),  # the extraction's canonical name
    Column("article_id", String(64), nullable=False, index=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("published", String(32)),
)

developments = Table(
    "link_developments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(32)),
    Column("begin", String(32), index=True),
    Column("end", String(32)),
    Column("modality", String(16)),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
)

# One row per report of a development: an event or a dated sentence of one article.
development_sources = Table(
    "link_development_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("development_id", Integer, nullable=False, index=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("published", String(32), index=True),
    Column("begin", String(32), index=True),
    Column("end", String(32)),
    Column("explicit", Boolean, nullable=False),
    Column("type", String(32)),
    Column("actor", Text),
    Column("target", Text),
    Column("theme", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("modality", String(16)),
    Column("polarity", String(16)),
    Column("speaker", Text),
    Column("cue", Text),
    Column("channel", Text),
    Column("start", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("position", Integer, nullable=False),  # index of the sentence in the article
    Column("timex_start", Integer),
    Column("timex_end", Integer),
    Column("words", Text, nullable=False),  # content words, space-separated
    Column("entities", Text, nullable=False),  # canonical names, "|"-separated
    # how a line from the sentence names its source, with the spans that back it (JSON)
    Column("attribution", Text),
)
Index("ix_link_sources_dev_begin", development_sources.c.begin, development_sources.c.type)

stories = Table(
    "link_stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", Text),
)

story_members = Table(
    "link_story_members",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("story_id", Integer, nullable=False, index=True),
    Column("published", String(32), index=True),
    Column("salient", Text, nullable=False),  # salient entity keys, "|"-separated
    Column("title", Text),
    Column("url", Text),
)

claims = Table(
    "link_claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subject", Text, nullable=False),
    Column("subject_key", Text, nullable=False, index=True),
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("approximate", Boolean, nullable=False),
    Column("unit", Text),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("said_on", String(32), index=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("published", String(32)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("modality", String(16)),
    Column("chain", Text),  # sources of the speaker, origin first, "|"-separated
    Column("relation", String(16)),
    Column("relation_to", Integer),
)


def ensure_tables(engine: Engine | Connection) -> None:
    """Create the linking tables that do not exist yet."""
    metadata.create_all(engine, checkfirst=True)


def missing_tables(engine: Engine | Connection) -> list[str]:
    """The names of the linking tables the database does not hold."""
    present = set(inspect(engine).get_table_names())
    return [name for name in metadata.tables if name not in present]
