"""The archive on SQLite and on a real PostgreSQL: storing, deduplicating, searching.

The texts in tests/fixtures/archive are short news reports written for these
tests; the seed article is the real scraped page.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive_fixtures import *  # noqa: F403  (archive, archive_target, postgres_cluster)
from backstory.archive import Archive
from backstory.archive.migration import head_revision
from backstory.article import Article, Extras, Quote
from backstory.errors import ArchiveError, BackstoryError, InputError
from backstory.extraction import Entity, Extraction, Mention, Timex
from backstory.settings import Settings
from conftest import FIXTURES, SEED

REPORTS = FIXTURES / "archive"
KYIV = timezone(timedelta(hours=3))


def report(name: str, **fields: object) -> Article:
    return Article(
        text=(REPORTS / f"{name}.txt").read_text(encoding="utf-8"), origin=name, **fields
    )  # type: ignore[arg-type]


def seed() -> Article:
    return Article(
        text=SEED.read_text(encoding="utf-8"),
        title="Intelligence reports Russia about to deploy first North Korean troops soon",
        author="Valentyna Romanenko",
        published=datetime(2024, 10, 25, 12, 44, tzinfo=KYIV),
        outlet="Ukrainska Pravda",
        url="https://www.pravda.com.ua/eng/news/2024/10/25/7481443/",
        extras=Extras(
            source_line="Zelenskyy on Telegram",
            quotes=(Quote("Zelenskyy", "The world can clearly see what Russia truly wants"),),
            background=("On 17 October, Zelenskyy specified ...",),
            captions=("Commander-in-Chief Oleksandr Syrsky.",),
        ),
        origin=str(SEED),
    )


def test_an_article_comes_back_as_it_went_in(archive: Archive) -> None:
    article = seed()
    result = archive.add(article)
    assert result.status == "added" and result.article_id == article.id
    assert archive.get(article.id) == article
    assert archive.count() == 1


def test_the_same_article_twice_is_stored_once(archive: Archive) -> None:
    first = archive.add(report("flood"))
    again = archive.add(report("flood"))
    assert again.status == "duplicate" and again.duplicate_of == first.article_id
    assert again.similarity == 1.0
    assert archive.count() == 1
    assert archive.duplicates(first.article_id) == []  # the same copy read twice is not news


def test_the_same_text_from_another_source_is_an_exact_duplicate(archive: Archive) -> None:
    first = archive.add(report("flood"))
    text = (REPORTS / "flood.txt").read_text(encoding="utf-8")
    copy = Article(text="\n\n" + text.replace(" ", "  ") + "\n", origin="mirror.txt")
    result = archive.add(copy)
    assert (result.status, result.duplicate_of) == ("duplicate", first.article_id)
    [recorded] = archive.duplicates(first.article_id)
    assert recorded["kind"] == "exact" and recorded["origin"] == "mirror.txt"
    assert archive.count() == 1


def test_a_syndicated_copy_with_another_footer_is_a_near_duplicate(archive: Archive) -> None:
    original = archive.add(seed())
    body = SEED.read_text(encoding="utf-8")
    copy = Article(
        text="  ".join(body.split(" ")).replace("\n\n", "\n \n\n")
        + "\n\nThis article was first published by Ukrainska Pravda and is republished "
        "with permission. Follow our live coverage of the war on our website and "
        "subscribe to the daily newsletter.",
        origin="syndicated.txt",
    )
    result = archive.add(copy)
    assert result.status == "near-duplicate"
    assert result.duplicate_of == original.article_id
    assert result.similarity is not None and result.similarity >= 0.9
    assert archive.count() == 1
    with pytest.raises(InputError, match=f"duplicate of {original.article_id}"):
        archive.get(copy.id)
    # Reading the same copy again does not record it twice.
    assert archive.add(copy).status == "near-duplicate"
    assert len(archive.duplicates(original.article_id)) == 1


def test_a_copy_with_a_long_footer_is_judged_by_its_body(archive: Archive) -> None:
    """MinHash alone is below 0.9 here; the longest common run of words is not."""
    original = archive.add(seed())
    body = SEED.read_text(encoding="utf-8")
    footer = " ".join((REPORTS / "budget.txt").read_text(encoding="utf-8").split()[:40])
    result = archive.add(Article(text=body + "\n\nMore news: " + footer, origin="long-footer"))
    assert (result.status, result.duplicate_of) == ("near-duplicate", original.article_id)


def test_an_edited_copy_is_a_near_duplicate_and_a_different_report_is_not(archive: Archive) -> None:
    original = archive.add(report("flood"))
    text = (REPORTS / "flood.txt").read_text(encoding="utf-8")
    edited = Article(text=text.replace("About 2,400 people", "Nearly 2,500 people"), origin="ed")
    assert archive.add(edited).status == "near-duplicate"
    half = text[: len(text) // 2] + (REPORTS / "budget.txt").read_text(encoding="utf-8")
    assert archive.add(Article(text=half, origin="half")).status == "added"
    assert archive.add(report("vaccine")).status == "added"
    assert archive.count() == 3
    assert archive.get(original.article_id).origin == "flood"


def test_a_stricter_threshold_keeps_an_edited_copy(archive_target: str) -> None:
    settings = Settings(db=archive_target, near_duplicate_threshold=1.0)
    with Archive.open(settings) as archive:
        text = (REPORTS / "flood.txt").read_text(encoding="utf-8")
        archive.add(Article(text=text))
        edited = Article(text=text.replace("About 2,400 people", "Nearly 2,500 people"))
        assert archive.add(edited).status == "added"


def test_full_text_search(archive: Archive) -> None:
    for name in ("flood", "budget", "vaccine"):
        archive.add(report(name, title=f"Report: {name}"))
    archive.add(seed())

    def found(query: str) -> set[str]:
        return {a.origin or "" for a in archive.articles(query=query, limit=None)}

    assert found("sandbags") == {"flood"}
    assert found("flooded river") == {"flood"}
    assert found("floods") == {"flood"}  # stemmed
    assert found('"North Korean troops"') == {str(SEED)}
    assert found("vaccine OR budget") == {"vaccine", "budget"}
    assert found("ministry") == {"vaccine", str(SEED)}
    assert found("ministry -influenza") == {str(SEED)}
    assert found("Report budget") == {"budget"}  # titles are indexed too
    assert found("U.S.-led (talks) AND: *") == set()  # punctuation is not query syntax
    assert archive.count(query="ministry") == 2
    with pytest.raises(InputError, match="no words"):
        archive.articles(query=" -- ")


def test_listing_order_and_date_filters(archive: Archive) -> None:
    archive.add(report("flood", published=datetime(2024, 3, 5, 9, 0, tzinfo=UTC)))
    archive.add(report("budget", published=datetime(2024, 3, 7, 23, 30, tzinfo=KYIV)))
    archive.add(report("vaccine"))  # undated
    archive.add(seed())
    order = [a.origin for a in archive.articles(limit=None)]
    assert order == [str(SEED), "budget", "flood", "vaccine"]
    assert [a.origin for a in archive.articles(limit=2, offset=1)] == ["budget", "flood"]
    march = archive.articles(since=date(2024, 3, 1), until=date(2024, 3, 31), limit=None)
    assert [a.origin for a in march] == ["budget", "flood"]
    # 23:30 in Kyiv on 7 March is 20:30 UTC on 7 March.
    assert [a.origin for a in archive.articles(since=date(2024, 3, 7), until=date(2024, 3, 7))] == [
        "budget"
    ]
    late = archive.articles(since=datetime(2024, 3, 7, 21, 0, tzinfo=UTC))
    assert [a.origin for a in late] == [str(SEED)]
    assert archive.count(since=date(2024, 1, 1)) == 3


def test_extractions_are_stored_with_their_article(archive: Archive) -> None:
    article = seed()
    text = article.text
    start = text.index("27-28 October")
    extraction = Extraction(
        article=article,
        timexes=[
            Timex(
                start,
                start + 13,
                "27-28 October",
                "DATE",
                "2024-10-27",
                begin="2024-10-27",
                end_date="2024-10-28",
            )
        ],
        entities=[
            Entity(
                "Kursk Oblast",
                "REGION",
                [
                    Mention(
                        text.index("Kursk Oblast"), text.index("Kursk Oblast") + 12, "Kursk Oblast"
                    )
                ],
                aliases=["Kursk Oblast"],
                country="RU",
                lat=51.5,
                lon=36.0,
            )
        ],
    )
    assert archive.get_extraction(article.id) is None
    archive.add(article, extraction=extraction)
    stored = archive.get_extraction(article.id)
    assert stored is not None
    assert stored.to_json() == extraction.to_json()
    extraction.errors.append("events: RuntimeError: boom")
    archive.save_extraction(extraction)  # replaces
    stored = archive.get_extraction(article.id)
    assert stored is not None and stored.errors == ["events: RuntimeError: boom"]
    assert [e.article.id for e in archive.iter_extractions()] == [article.id]
    with pytest.raises(InputError, match="no article with id"):
        archive.save_extraction(Extraction(article=report("flood")))


def test_stats(archive: Archive) -> None:
    archive.add(seed())
    archive.add(report("flood", outlet="Wire", published=datetime(2023, 1, 2, 8, 0)))
    archive.add(report("flood"))
    stats = archive.stats()
    assert stats["articles"] == 2
    assert stats["duplicates"] == 0 and stats["near_duplicates"] == 0
    assert stats["published"] == {
        "first": "2023-01-02T08:00:00",
        "last": "2024-10-25T12:44:00+03:00",
        "undated": 0,
    }
    assert stats["outlets"] == {"Ukrainska Pravda": 1, "Wire": 1}
    assert stats["schema_revision"] == head_revision()
    assert stats["extractions"] == stats["entities"] == stats["claims"] == 0


def test_integrity_check_of_a_sound_archive_is_empty(archive: Archive) -> None:
    for name in ("flood", "budget"):
        archive.add(report(name))
    assert archive.integrity_check() == []


def test_unknown_ids_and_bad_articles_are_input_errors(archive: Archive) -> None:
    with pytest.raises(InputError, match="no article with id 0123456789abcdef"):
        archive.get("0123456789abcdef")
    with pytest.raises(InputError, match=r"bad\.bin: article contains NUL"):
        archive.add(Article(text="a\x00b", origin="bad.bin"))
    with pytest.raises(InputError, match=r"empty\.txt: article has no text"):
        archive.add(Article(text=" \n\t", origin="empty.txt"))
    archive.add(report("flood"))
    clash = Article(text="Other text entirely.", id=report("flood").id, origin="clash")
    with pytest.raises(InputError, match="already used"):
        archive.add(clash)
    assert archive.count() == 1


def test_reopening_keeps_everything_and_does_not_migrate_twice(archive_target: str) -> None:
    with Archive.open(archive_target) as archive:
        archive.add(report("budget"))
    with Archive.open(archive_target) as archive:
        assert archive.count() == 1
        assert archive.add(report("budget")).status == "duplicate"
        assert archive.stats()["schema_revision"] == head_revision()


def test_an_archive_of_an_earlier_revision_gets_the_feed_validators_table(
    archive_target: str,
) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from backstory.archive.connection import create_archive_engine
    from backstory.archive.migration import _config

    engine = create_archive_engine(Settings(db=archive_target).db_url)
    with engine.begin() as conn:  # an archive made by the backstory before feed validators
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
    assert not inspect(engine).has_table("feed_validators")
    engine.dispose()
    with pytest.raises(ArchiveError, match="it has schema revision 0004"):
        Archive.open(archive_target, read_only=True)
    with Archive.open(archive_target) as archive:
        assert archive.stats()["schema_revision"] == head_revision()
        assert inspect(archive.engine).has_table("feed_validators")


def test_feed_validators_are_kept_per_feed_and_replaced(archive_target: str) -> None:
    from backstory.archive.feeds import FeedValidators, load_validators, save_validators

    url = "https://news.example.org/rss.xml"
    served = FeedValidators(etag='W/"a1"', last_modified="Sun, 29 Nov 2026 21:05:00 GMT")
    on_disk = FeedValidators(file_stamp=(1_795_000_000_123_456_789, 48_213), extracted=False)
    with Archive.open(archive_target) as archive:
        assert load_validators(archive, url) is None
        save_validators(archive, url, served)
        save_validators(archive, "/srv/feeds/local.xml", on_disk)
    with Archive.open(archive_target) as archive:
        assert load_validators(archive, url) == served
        assert load_validators(archive, "/srv/feeds/local.xml") == on_disk
        newer = FeedValidators(etag='"b2"')
        save_validators(archive, url, newer)
        assert load_validators(archive, url) == newer
        assert load_validators(archive, "/srv/feeds/local.xml") == on_disk


def test_sqlite_is_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Archive.open(path) as archive:
        archive.add(report("flood"))
        with archive.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "articles_fts", "duplicates", "extractions", "entities", "claims"} <= tables
    assert {"developments", "development_sources", "stories", "story_members"} <= tables
    assert {"entity_aliases", "minhash_bands", "article_minhash", "alembic_version"} <= tables


def test_open_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="does not exist"):
        Archive.open(tmp_path / "no" / "such" / "folder.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just some bytes" * 100)
    with pytest.raises(ArchiveError, match=r"cannot open archive .*junk\.db"):
        Archive.open(junk)
    with pytest.raises(ArchiveError, match="no archive at"):
        Archive.open(tmp_path / "missing.db", create=False)
    with pytest.raises(BackstoryError, match="cannot open archive"):
        Archive.open("postgresql://nobody@127.0.0.1:1/none")


def test_settings_turn_paths_and_urls_into_database_urls() -> None:
    assert Settings(db="news.db").db_url.startswith("sqlite:///")
    assert Settings(db="postgresql://u@h/db").db_url == "postgresql+psycopg://u@h/db"


def test_opening_waits_out_a_brief_lock_by_another_process(tmp_path, monkeypatch) -> None:
    # two processes creating the same new SQLite file can get "database is locked" at once,
    # before any busy timeout applies; opening tries again instead of failing the ingest
    from sqlalchemy.exc import OperationalError

    from backstory.archive import store

    real, calls = store.upgrade, []

    def flaky(engine):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError(
                "PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("database is locked")
            )
        return real(engine)

    monkeypatch.setattr(store, "upgrade", flaky)
    archive = store.Archive.open(tmp_path / "a.db")
    archive.close()
    assert len(calls) == 3
