"""The archive: where articles, their duplicates and their extractions are kept.

``Archive.open(path_or_url)`` gives an SQLite archive for a path (WAL mode,
FTS5 full-text index, foreign keys on) or a PostgreSQL one for a
``postgresql://`` URL (a GIN ``tsvector`` index), through one SQLAlchemy Core
code path. The schema is versioned with alembic: opening an archive applies
the scripts in ``migrations/versions`` it has not seen yet.

    schema.py         the tables (articles, duplicates, extractions, and the
                      entity/development/story/claim tables linking fills)
    store.py          ``Archive`` and ``AddResult``
    deduplication.py  content hashes, MinHash and LSH band keys
    search.py         full-text queries for FTS5 and PostgreSQL
    feeds.py          what ``backstory watch`` remembers of each feed
    collation.py      text sorted by code point on SQLite and PostgreSQL alike
    connection.py     engines, SQLite pragmas, the writer lock
    migration.py      running the migrations
"""

from backstory.archive.store import AddResult, Archive

__all__ = ["AddResult", "Archive"]
