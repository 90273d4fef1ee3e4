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

from backstory.archive import Archive
from backstory.article import article_id_for

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


@pytest.mark.slow
def test_sigkill_during_ingest_with_extraction_leaves_no_article_without_one(
    tmp_path: Path,
) -> None:
    ids = write_batch(tmp_path / "batch", count=40)
    db = tmp_path / "archive.db"
    command = [sys.executable, "-m", "backstory", "ingest", str(tmp_path / "batch"),
               "--db", str(db), "--published", "2024-10-25T12:00"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while stored(db) < 3:
            assert process.poll() is None, "ingest ended before it could be killed"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert 3 <= stored(db) < len(ids)
    with sqlite3.connect(db) as raw:
        assert raw.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM extractions)"
        ).fetchone() == (0,)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr
    with Archive.open(db) as archive:
        assert {a.id for a in archive.articles(limit=None)} == set(ids)
        assert archive.stats()["extractions"] == len(ids)
        assert archive.integrity_check() == []
