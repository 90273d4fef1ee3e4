"""Initial archive schema: articles, deduplication, extractions, full-text search,
and the (empty) tables linking fills: entities, developments, stories, claims.

Revision ID: 0001
Revises:
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_ref(name: str = "article_id", **kwargs: Any) -> sa.Column[str]:
    return sa.Column(
        name, sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), **kwargs
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("published_utc", sa.DateTime),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extras", sa.JSON, nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_articles_published_utc", "articles", ["published_utc"])
    op.create_table(
        "duplicates",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(64), nullable=False),
        _article_ref("duplicate_of", nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_duplicates_duplicate_of", "duplicates", ["duplicate_of"])
    op.create_index("ix_duplicates_content_hash", "duplicates", ["content_hash"])
    op.create_table(
        "article_minhash",
        _article_ref(primary_key=True),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "minhash_bands",
        _article_ref(primary_key=True),
        sa.Column("band", sa.SmallInteger, primary_key=True),
        sa.Column("key", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_minhash_bands_key", "minhash_bands", ["key"])
    op.create_table(
        "extractions",
        _article_ref(primary_key=True),
        sa.Column("schema", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )

    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("kb_id", sa.Text),
        sa.Column("data", sa.JSON),
    )
    op.create_index("ix_entities_name_type", "entities", ["name", "type"])
    op.create_table(
        "entity_aliases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "entity_id",
            sa.Integer,
            sa.ForeignKey("entities.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("normalised", sa.Text, nullable=False),
        sa.UniqueConstraint("entity_id", "alias", name="uq_entity_aliases_entity_alias"),
    )
    op.create_index("ix_entity_aliases_normalised", "entity_aliases", ["normalised"])
    op.create_table(
        "developments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(32)),
        sa.Column("summary", sa.Text),
        sa.Column("when_begin", sa.Text),
        sa.Column("when_end", sa.Text),
        sa.Column("modality", sa.String(16)),
        sa.Column("polarity", sa.String(16)),
        sa.Column("data", sa.JSON),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_developments_when_begin", "developments", ["when_begin"])
    op.create_table(
        "development_sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "development_id",
            sa.Integer,
            sa.ForeignKey("developments.id", ondelete="CASCADE"),
            nullable=False,
        ),
        _article_ref(nullable=False),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("data", sa.JSON),
    )
    op.create_index(
        "ix_development_sources_development_id", "development_sources", ["development_id"]
    )
    op.create_index("ix_development_sources_article_id", "development_sources", ["article_id"])
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("title", sa.Text),
        sa.Column("data", sa.JSON),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "story_members",
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "development_id",
            sa.Integer,
            sa.ForeignKey("developments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_story_members_development_id", "story_members", ["development_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("property", sa.Text),
        sa.Column("value", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("when_begin", sa.Text),
        sa.Column("when_end", sa.Text),
        sa.Column("speaker", sa.Text),
        _article_ref(),
        sa.Column(
            "development_id",
            sa.Integer,
            sa.ForeignKey("developments.id", ondelete="SET NULL"),
        ),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("data", sa.JSON),
    )
    op.create_index("ix_claims_subject", "claims", ["subject"])
    op.create_index("ix_claims_article_id", "claims", ["article_id"])

    _create_full_text_index()


def _create_full_text_index() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); "
            "END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.seq, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.seq, old.title, old.text); "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); "
            "END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_fts ON articles USING GIN "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text))"
        )
