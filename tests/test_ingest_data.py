"""Acceptance data: every Reuters-21578 SGML file and every Timeline17 CSV ingest
(``backstory ingest --no-extract``) without a single failure (needs ../shared/data)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backstory.archive import Archive

pytestmark = [pytest.mark.data, pytest.mark.slow]


def run_ingest(paths: list[Path], db: Path) -> dict[str, object]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "backstory",
            "ingest",
            *map(str, paths),
            "--db",
            str(db),
            "--no-extract",
        ],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, object] = json.loads(done.stdout)
    assert summary["failed"] == 0 and summary["failures"] == []
    return summary


def test_reuters_21578_ingests_without_failure(shared_data: Path, tmp_path: Path) -> None:
    files = sorted((shared_data / "reuters21578").glob("reut2-*.sgm"))
    assert len(files) == 22
    db = tmp_path / "reuters.db"
    summary = run_ingest(files, db)
    added, duplicates = int(summary["added"]), int(summary["duplicates"])  # type: ignore[call-overload]
    # 21,578 documents; a few have neither title nor body, a few hundred are repeats.
    assert added > 20_000 and added + duplicates > 21_000
    with Archive.open(db) as archive:
        assert archive.count() == added
        assert archive.integrity_check() == []
        assert archive.count(query="cocoa") > 50


def test_timeline17_csvs_ingest_without_failure(shared_data: Path, tmp_path: Path) -> None:
    files = sorted((shared_data / "tls-t17").glob("*/articles.csv"))
    assert len(files) == 4
    db = tmp_path / "t17.db"
    summary = run_ingest(files, db)
    with Archive.open(db) as archive:
        assert archive.count() == summary["added"] > 1000
        assert archive.count(query="Haiti earthquake") > 50
