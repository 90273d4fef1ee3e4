"""Ingest: batches of files into the archive, idempotent, near-duplicate aware,
one failure never stopping the batch."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from archive_fixtures import *  # noqa: F403  (archive, archive_target, postgres_cluster)
from backstory import linking
from backstory.archive import Archive
from backstory.extraction import Extraction
from backstory.ingest import IngestEvent, ingest
from backstory.settings import Settings
from conftest import FIXTURES, SEED

REPORTS = FIXTURES / "archive"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with the three reports and the seed article."""
    folder = tmp_path / "batch"
    shutil.copytree(REPORTS, folder)
    shutil.copy(SEED, folder / SEED.name)
    return folder


def test_ingest_is_idempotent(archive: Archive, batch: Path) -> None:
    settings = Settings()
    first = ingest(archive, [batch], settings=settings, extract=False)
    assert (first.added, first.duplicates, first.failed) == (4, 0, [])
    again = ingest(archive, [batch], settings=settings, extract=False)
    assert (again.added, again.duplicates, again.failed) == (0, 4, [])
    assert archive.count() == 4
    assert archive.stats()["duplicates"] == 0  # the same files again are not new copies


def test_a_syndicated_copy_is_recorded_as_a_duplicate_of_the_first(
    archive: Archive, batch: Path, tmp_path: Path
) -> None:
    ingest(archive, [batch], settings=Settings(), extract=False)
    text = SEED.read_text(encoding="utf-8")
    copy = tmp_path / "syndicated.txt"
    copy.write_text(
        "\n".join(line.strip() + "   " for line in text.splitlines())
        + "\n\n(c) 2024 All rights reserved. Republished under licence; "
        "do not redistribute without written permission.\n",
        encoding="utf-8",
    )
    summary = ingest(archive, [copy], settings=Settings(), extract=False)
    assert (summary.added, summary.duplicates, summary.near_duplicates) == (0, 1, 1)
    original = archive.articles(query='"North Korean"')[0]
    [recorded] = archive.duplicates(original.id)
    assert recorded["kind"] == "near" and recorded["origin"].endswith("syndicated.txt")
    assert archive.count() == 4


def test_bad_inputs_are_reported_and_skipped(archive: Archive, batch: Path) -> None:
    (batch / "empty.txt").write_bytes(b"")
    (batch / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    events: list[IngestEvent] = []
    summary = ingest(archive, [batch], settings=Settings(), extract=False, progress=events.append)
    assert summary.added == 4
    assert len(summary.failed) == 2
    assert any("empty.txt" in reason for reason in summary.failed)
    assert any("latin1.txt" in reason for reason in summary.failed)
    assert sorted(e.status for e in events) == ["added"] * 4 + ["failed"] * 2
    assert archive.count() == 4


def test_missing_paths_fail_without_stopping_the_batch(archive: Archive, batch: Path) -> None:
    summary = ingest(archive, [batch / "nope.txt", batch], settings=Settings(), extract=False)
    assert summary.added == 4
    [reason] = summary.failed
    assert "nope.txt" in reason


def test_new_articles_are_extracted_stored_and_linked(
    archive: Archive, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked: list[str] = []
    monkeypatch.setattr(linking, "link_extraction", lambda a, e: linked.append(e.article.id))
    summary = ingest(archive, [batch / "flood.txt", batch / "budget.txt"], settings=Settings())
    assert summary.added == 2 and not summary.failed
    stored = archive.articles(limit=None)
    assert sorted(linked) == sorted(a.id for a in stored)
    for article in stored:
        extraction = archive.get_extraction(article.id)
        assert extraction is not None and extraction.article == article
    # A duplicate is not stored or extracted again; its original is handed to linking
    # again (idempotent there) so that a re-run completes what a killed run left undone.
    flood = next(a.id for a in stored if "sandbags" in a.text)
    again = ingest(archive, [batch / "flood.txt"], settings=Settings())
    assert again.duplicates == 1 and linked[2:] == [flood]


def test_a_later_run_with_extraction_extracts_what_was_stored_without(
    archive: Archive, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(linking, "link_extraction", lambda a, e: None)
    ingest(archive, [batch / "vaccine.txt"], settings=Settings(), extract=False)
    [article] = archive.articles()
    assert archive.get_extraction(article.id) is None
    ingest(archive, [batch / "vaccine.txt"], settings=Settings())
    assert archive.get_extraction(article.id) is not None


def test_one_failing_article_does_not_stop_the_batch(
    archive: Archive, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fussy_linker(_archive: Archive, extraction: Extraction) -> None:
        if "sandbags" in extraction.article.text:
            raise RuntimeError("cannot link this one")

    monkeypatch.setattr(linking, "link_extraction", fussy_linker)
    summary = ingest(archive, [batch], settings=Settings())
    assert summary.added == 3
    [reason] = summary.failed
    assert "flood.txt" in reason and "RuntimeError: cannot link this one" in reason
    # Linking runs in the article's transaction: its failure leaves nothing of the article.
    assert archive.count() == 3
    assert not any("sandbags" in a.text for a in archive.articles(limit=None))


def _link_rows(archive: Archive) -> dict[str, int]:
    from sqlalchemy import func, select

    from backstory.linking import tables

    with archive.engine.connect() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in tables.metadata.sorted_tables
        }


def test_article_extraction_and_linking_commit_together_or_not_at_all(
    archive: Archive, batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_link = linking.link_extraction

    def dying_linker(target: object, extraction: Extraction) -> None:
        real_link(target, extraction)  # writes the article's entities, developments, ...
        if "sandbags" in extraction.article.text:
            raise RuntimeError("killed while linking")  # ... then dies before the commit

    monkeypatch.setattr(linking, "link_extraction", dying_linker)
    day = datetime(2024, 10, 25, 12, 0)
    summary = ingest(
        archive, [batch / "budget.txt", batch / "flood.txt"], settings=Settings(), published=day
    )
    assert summary.added == 1 and len(summary.failed) == 1
    [budget] = archive.articles(limit=None)
    assert archive.stats()["extractions"] == 1
    after_one = _link_rows(archive)
    assert after_one["link_story_members"] == 1 and after_one["link_development_sources"] > 0
    with archive.engine.connect() as conn:
        from sqlalchemy import select

        from backstory.linking import tables

        linked = set(conn.execute(select(tables.development_sources.c.article_id)).scalars())
        linked |= set(conn.execute(select(tables.entity_aliases.c.article_id)).scalars())
    assert linked == {budget.id}  # nothing of the failed article, in any table
    monkeypatch.setattr(linking, "link_extraction", real_link)
    again = ingest(archive, [batch / "flood.txt"], settings=Settings(), published=day)
    assert again.added == 1 and not again.failed
    assert archive.stats()["extractions"] == 2 and _link_rows(archive)["link_story_members"] == 2
