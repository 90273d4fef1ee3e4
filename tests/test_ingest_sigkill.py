"""Crash and concurrency safety: SIGKILL mid-batch, two ingests into one archive at once."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_fixtures import *  # noqa: F403  (archive_target on SQLite and PostgreSQL)
from backstory.archive import Archive
from backstory.article import article_id_for
from backstory.settings import Settings

BATCH = 1500

# A vocabulary of news words; each generated article is a random draw from it, so no
# two articles are near-duplicates of each other.
WORDS = [
    "government",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "the",
    "army",
    "would",
    "send",
    "more",
    "troops",
    "to",
    "the",
    "border",
    "region",
    "after",
    "talks",
    "with",
    "officials",
    "from",
    "the",
    "neighbouring",
    "country",
    "failed",
    "to",
    "produce",
    "an",
    "agreement",
    "on",
    "trade",
    "tariffs",
    "water",
    "rights",
    "and",
    "the",
    "release",
    "of",
    "prisoners",
    "held",
    "since",
    "the",
    "spring",
    "elections",
    "in",
    "which",
    "the",
    "opposition",
    "party",
    "won",
    "most",
    "seats",
    "in",
    "parliament",
    "while",
    "protesters",
    "gathered",
    "outside",
    "the",
    "central",
    "bank",
    "demanding",
    "lower",
    "prices",
    "for",
    "fuel",
    "bread",
    "and",
    "electricity",
    "as",
    "inflation",
    "reached",
    "its",
    "highest",
    "level",
    "in",
    "a",
    "decade",
    "according",
    "to",
    "figures",
    "published",
    "by",
    "the",
    "statistics",
    "office",
]


def write_batch(folder: Path, count: int = BATCH) -> list[str]:
    """``count`` distinct text files; returns their article ids."""
    folder.mkdir()
    rng = random.Random(20241025)
    ids = []
    for n in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(120)) + f". Report number {n}.\n"
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        ids.append(article_id_for(text))
    return ids


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun(tmp_path: Path) -> None:
    ids = write_batch(tmp_path / "batch")
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "backstory", "ingest", str(tmp_path / "batch"),
               "--db", str(db), "--no-extract"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while stored(db) < 50:
            if process.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {process.stderr.read()!r}")
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()  # type: ignore[union-attr]
    assert process.returncode == -signal.SIGKILL

    killed_at = stored(db)
    assert 50 <= killed_at < BATCH, "the kill must land mid-batch"
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Archive.open(db) as archive:
        assert archive.integrity_check() == []

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr

    with Archive.open(db) as archive:
        assert archive.count() == BATCH
        assert archive.integrity_check() == []
        assert archive.stats()["duplicates"] == archive.stats()["near_duplicates"] == 0
        present = {a.id for a in archive.articles(limit=None)}
    assert present == set(ids)


@pytest.mark.slow
def test_two_processes_ingesting_the_same_batch_store_each_article_once(tmp_path: Path) -> None:
    ids = write_batch(tmp_path / "batch")
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "backstory", "ingest", str(tmp_path / "batch"),
               "--db", str(db), "--no-extract"]  # fmt: skip
    workers = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [w.communicate(timeout=600)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0]
    summaries = [json.loads(out) for out in outputs]
    assert sum(s["added"] for s in summaries) == BATCH
    assert sum(s["duplicates"] for s in summaries) == BATCH
    with Archive.open(db) as archive:
        assert {a.id for a in archive.articles(limit=None)} == set(ids)
        assert archive.integrity_check() == []


def _count(url: str, sql: str) -> int:
    """One count from the archive at ``url`` (0 while its tables do not exist yet)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(Settings(db=url).db_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    except DBAPIError:
        return 0
    finally:
        engine.dispose()


_UNEXTRACTED = "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM extractions)"
_UNLINKED = (
    "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM link_story_members)"
)
# Link rows of articles that are not stored: what linking outside the article's
# transaction could leave behind.
_ORPHANS = (
    "SELECT count(*) FROM link_development_sources"
    " WHERE article_id NOT IN (SELECT id FROM articles)"
)


@pytest.mark.slow
def test_sigkill_during_ingest_with_extraction_leaves_whole_articles(
    archive_target: str, tmp_path: Path
) -> None:
    """Killed mid-batch, every stored article is extracted and linked, and no link rows
    belong to an article that is not stored (one transaction each, SQLite and PostgreSQL)."""
    batch = tmp_path / "batch"
    ids = write_batch(batch, count=40)
    command = [sys.executable, "-m", "backstory", "ingest", str(batch),
               "--db", archive_target, "--published", "2024-10-25T12:00"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while _count(archive_target, "SELECT count(*) FROM articles") < 3:
            assert process.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    killed_at = _count(archive_target, "SELECT count(*) FROM articles")
    assert 3 <= killed_at < len(ids)
    assert _count(archive_target, _UNEXTRACTED) == 0
    assert _count(archive_target, _UNLINKED) == 0
    assert _count(archive_target, _ORPHANS) == 0
    assert _count(archive_target, "SELECT count(*) FROM link_story_members") == killed_at
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    with Archive.open(archive_target) as archive:
        assert {a.id for a in archive.articles(limit=None)} == set(ids)
        assert archive.stats()["extractions"] == len(ids)
        assert archive.integrity_check() == []
    assert _count(archive_target, _UNLINKED) == 0
    assert _count(archive_target, "SELECT count(*) FROM link_story_members") == len(ids)
