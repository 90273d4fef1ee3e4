"""The archive commands: ingest, articles, show, stats, demo."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from backstory.cli import cli
from conftest import FIXTURES, SEED

REPORTS = FIXTURES / "archive"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner) -> str:
    """An archive holding the three reports and the seed article (no extraction)."""
    folder = tmp_path / "batch"
    shutil.copytree(REPORTS, folder)
    shutil.copy(SEED, folder / SEED.name)
    path = str(tmp_path / "news.db")
    result = runner.invoke(cli, ["ingest", str(folder), "--db", path, "--no-extract"])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_a_summary_and_is_idempotent(
    runner: CliRunner, db: str, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["ingest", str(tmp_path / "batch"), "--db", db, "--no-extract"])
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["duplicates"], summary["failed"]) == (0, 4, 0)


def test_ingest_reports_failures_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(REPORTS / "flood.txt", folder)
    (folder / "empty.txt").write_text("")
    result = runner.invoke(
        cli, ["ingest", str(folder), "--db", str(tmp_path / "a.db"), "--no-extract"]
    )
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["added"] == 1 and summary["failed"] == 1
    assert "empty.txt" in summary["failures"][0]
    assert "empty.txt" in result.stderr


def test_ingest_rejects_an_unknown_format_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["ingest", str(REPORTS), "--db", str(tmp_path / "a.db"), "--format", "papyrus"]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "papyrus" in result.stderr


def test_articles_in_every_format(runner: CliRunner, db: str) -> None:
    listed = json.loads(runner.invoke(cli, ["articles", "--db", db]).stdout)
    assert len(listed) == 4 and {"id", "title", "published", "origin"} <= set(listed[0])
    found = json.loads(runner.invoke(cli, ["articles", "--db", db, "--search", "sandbags"]).stdout)
    assert [Path(a["origin"]).name for a in found] == ["flood.txt"]
    table = runner.invoke(cli, ["articles", "--db", db, "--format", "table", "--limit", "2"]).stdout
    assert table.splitlines()[0].split()[:2] == ["id", "published"] and len(table.splitlines()) == 4
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(cli, ["articles", "--db", db, "--format", "csv"]).stdout)
        )
    )
    assert len(rows) == 4 and {r["id"] for r in rows} == {a["id"] for a in listed}


def test_articles_date_filters(runner: CliRunner, db: str, tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text((REPORTS / "flood.txt").read_text() + "\nUpdate: the river fell overnight.\n")
    fresh = str(tmp_path / "dated.db")
    runner.invoke(
        cli,
        [
            "ingest",
            str(dated),
            "--db",
            fresh,
            "--no-extract",
            "--published",
            "2024-05-01T10:00+02:00",
        ],
    )
    args = ["articles", "--db", fresh]
    assert len(json.loads(runner.invoke(cli, [*args, "--since", "2024-05-01"]).stdout)) == 1
    assert json.loads(runner.invoke(cli, [*args, "--until", "2024-04-30"]).stdout) == []
    bad = runner.invoke(cli, [*args, "--since", "last tuesday"])
    assert bad.exit_code == 1 and "--since" in bad.stderr


def test_show_json_and_text(runner: CliRunner, db: str) -> None:
    [flood] = json.loads(
        runner.invoke(cli, ["articles", "--db", db, "--search", "sandbags"]).stdout
    )
    shown = json.loads(runner.invoke(cli, ["show", flood["id"], "--db", db]).stdout)
    assert shown["id"] == flood["id"] and "sandbags" in shown["text"]
    assert shown["duplicates"] == [] and shown["extraction"] is None
    text = runner.invoke(cli, ["show", flood["id"], "--db", db, "--format", "text"]).stdout
    assert f"id: {flood['id']}" in text and "sandbags" in text


def test_show_an_unknown_id_is_one_line_and_exit_1(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["show", "ffffffffffffffff", "--db", db])
    assert result.exit_code == 1
    assert result.stderr.strip() == "backstory: error: no article with id ffffffffffffffff"


def test_reading_commands_do_not_create_an_archive(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = runner.invoke(cli, ["stats", "--db", str(missing)])
    assert result.exit_code == 1 and "no archive at" in result.stderr
    assert not missing.exists()


def test_stats(runner: CliRunner, db: str) -> None:
    stats = json.loads(runner.invoke(cli, ["stats", "--db", db]).stdout)
    assert stats["articles"] == 4 and stats["duplicates"] == 0
    table = runner.invoke(cli, ["stats", "--db", db, "--format", "table"]).stdout
    assert any(line.split() == ["articles", "4"] for line in table.splitlines())


def test_the_database_comes_from_the_environment(runner: CliRunner, db: str) -> None:
    stats = json.loads(runner.invoke(cli, ["stats"], env={"BACKSTORY_DB": db}).stdout)
    assert stats["articles"] == 4


def test_demo_builds_a_fresh_archive_and_describes_it(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    first = runner.invoke(cli, ["demo", "--db", str(path), "--format", "json", "--no-extract"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["articles"] >= 1 and summary["ingest"]["failed"] == 0
    again = runner.invoke(cli, ["demo", "--db", str(path), "--format", "json", "--no-extract"])
    assert (
        json.loads(again.stdout)["ingest"]["added"] == summary["articles"]
    )  # rebuilt, not re-added
    text = runner.invoke(cli, ["demo", "--db", str(path), "--no-extract"]).stdout
    assert f"{summary['articles']} articles" in text and "backstory articles" in text


def test_demo_refuses_to_overwrite_another_archive(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["demo", "--db", db, "--no-extract"])
    assert result.exit_code == 1 and "not a demo archive" in result.stderr
    assert json.loads(runner.invoke(cli, ["stats", "--db", db]).stdout)["articles"] == 4


def test_the_module_runs_as_a_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "backstory",
            "ingest",
            str(REPORTS),
            "--db",
            str(tmp_path / "a.db"),
            "--no-extract",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 3


@pytest.mark.slow
def test_demo_with_extraction_writes_the_newest_articles_background(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(cli, ["demo", "--db", str(tmp_path / "demo.db"), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["extractions"] == summary["articles"]
    assert summary["top_entities"] and summary["top_entities"][0]["articles"] >= 2
    background = summary["background"]
    assert background is not None, "the demo should show the newest article's Background"
    bullets = [line for line in background.splitlines() if line.startswith("- ")]
    assert len(bullets) >= 3
    # Every line links to the article it comes from.
    assert all("article:" in line for line in bullets)


def test_an_empty_background_says_why_on_stderr(tmp_path) -> None:
    import subprocess
    import sys

    article = tmp_path / "note.txt"
    article.write_text(
        "Dockworkers in Gdansk began a 48-hour strike on Monday over pay, the union said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "news.db")
    from conftest import SEED

    ingest = [sys.executable, "-m", "backstory", "ingest", str(SEED), "--db", db]
    assert subprocess.run(ingest, capture_output=True, check=False).returncode == 0
    result = subprocess.run(
        [sys.executable, "-m", "backstory", "background", str(article), "--db", db,
         "--published", "2025-03-10T08:00"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Background:"
    assert "no earlier report" in result.stderr
