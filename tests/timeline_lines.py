"""The timeline lines of one article, through the real extraction and a fresh archive,
each checked to be backed by the sentences it cites (for the clause tests)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backstory.article import Article
from backstory.linking.words import content_words
from backstory.timelines import build_timeline
from backstory.timelines.timeline import Item


def lines_of(tmp_path: Path, text: str, published: str) -> list[Item]:
    """The timeline items of ``text`` published at ``published`` (ISO), ten a day at most;
    every line's sources point at the text, and its words are theirs (a verb may be told
    in another form: "starting" -> "started"; "this year" as the year it is)."""
    from backstory.archive import Archive
    from backstory.ingest import ingest_article
    from backstory.settings import Settings

    article = Article(text=text, published=datetime.fromisoformat(published), title=None)
    with Archive.open(tmp_path / f"{article.id}.db") as archive:
        ingest_article(archive, article, settings=Settings())
        items = build_timeline(archive, per_date=10).items
    for item in items:
        words: set[str] = set()
        for s in item.sources:
            assert text[s.start : s.end] == s.sentence
            words |= set(content_words(s.sentence))
        body = item.summary.split(", ", 1)[1]
        stems = {w[:5] for w in words}
        assert all(w[:5] in stems or w.isdigit() for w in content_words(body)), item.summary
    return items


def on(items: list[Item], begin: str) -> list[str]:
    """The summaries of the lines that begin on ``begin``."""
    return [i.summary for i in items if i.begin == begin]
