"""Full-text search over article title and text, one query language for both databases.

A query is words (all must match), ``"quoted phrases"``, ``OR`` between
alternatives and ``-word`` to exclude, the syntax of PostgreSQL's
``websearch_to_tsquery``; on SQLite it is translated to an FTS5 query with
every term quoted, so punctuation in user input is never FTS5 syntax.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, Table, literal_column, select, text

from backstory.errors import InputError

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def fts5_query(query: str) -> str:
    """The FTS5 MATCH expression for a web-search style query."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(query):
        minus, phrase, word = match.groups()
        if word is not None and word == "OR":
            pending_or = bool(positive)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        term_text = phrase if phrase is not None else word
        terms = re.findall(r"\w+", term_text or "")
        if not terms:
            continue
        term = '"' + " ".join(terms) + '"'
        if minus:
            negative.append(term)
        elif pending_or:
            positive[-1] = f"{positive[-1]} OR {term}"
            pending_or = False
        else:
            positive.append(term)
    if not positive:
        raise InputError(f"search query has no words to look for: {query!r}")
    expression = " AND ".join(f"({p})" for p in positive)
    for term in negative:
        expression = f"{expression} NOT {term}"
    return expression


def matches(articles: Table, query: str, dialect: str) -> ColumnElement[bool]:
    """A WHERE clause: the article's title or text matches ``query``."""
    if dialect == "sqlite":
        hits = (
            select(literal_column("rowid", Integer))
            .select_from(text("articles_fts"))
            .where(text("articles_fts MATCH :fts_query").bindparams(fts_query=fts5_query(query)))
        )
        return articles.c.seq.in_(hits)
    if dialect == "postgresql":
        if not re.search(r"\w", query):
            raise InputError(f"search query has no words to look for: {query!r}")
        # Spelled exactly as the GIN index expression so that the index is used.
        return text(
            "to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text) "
            "@@ websearch_to_tsquery('english', :pg_query)"
        ).bindparams(pg_query=query)  # type: ignore[return-value]
    raise InputError(f"full-text search is not available on {dialect}")
