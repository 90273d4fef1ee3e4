"""``watch``: feeds polled over real HTTP (a local server) and from files; only new
entries are added, conditional GETs are sent, a feed that is down or malformed is one
warning and the others go on, Ctrl-C stops cleanly."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from archive_fixtures import postgres_cluster  # noqa: F401  (a fixture, by name)
from backstory.archive import Archive
from backstory.settings import Settings
from backstory.watch import FeedWatcher, watch
from conftest import FIXTURES, ROOT

RSS = (FIXTURES / "feeds" / "wikinews-rss2.xml").read_text(encoding="utf-8")
ITEMS = re.findall(r"<item>.*?</item>", RSS, flags=re.S)


def feed_with(count: int) -> str:
    """The Wikinews RSS fixture with only its first ``count`` items."""
    head, tail = RSS[: RSS.index("<item>")], RSS[RSS.rindex("</item>") + len("</item>") :]
    return head + "\n".join(ITEMS[:count]) + tail


def write_feed(path: Path, count: int, *, age: int = 0) -> None:
    """Write the feed and date it ``age`` seconds ahead (HTTP dates have whole seconds)."""
    path.write_text(feed_with(count), encoding="utf-8")
    stamp = time.time() + age
    os.utime(path, (stamp, stamp))


class FeedServer:
    """A real HTTP server on localhost serving a folder, recording the request headers."""

    def __init__(self, folder: Path) -> None:
        self.requests: list[dict[str, str]] = []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(dict(self.headers))
                super().do_GET()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(folder)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{name}"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[FeedServer, Path]]:
    folder = tmp_path / "site"
    folder.mkdir()
    server = FeedServer(folder)
    server.thread.start()
    yield server, folder
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "news.db") as opened:
        yield opened


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_only_new_entries_are_added_and_unchanged_feeds_are_not_read_again(
    served: tuple[FeedServer, Path], archive: Archive
) -> None:
    server, folder = served
    write_feed(folder / "rss.xml", 2)
    watcher = FeedWatcher(archive, [server.url("rss.xml")], settings=Settings(), extract=False)

    first = watcher.poll()
    assert (first.added, first.duplicates, first.failures) == (2, 0, [])
    assert archive.count() == 2

    second = watcher.poll()  # the server answers 304 to the conditional GET
    assert [f.status for f in second.feeds] == ["unchanged"]
    assert "If-Modified-Since" in server.requests[-1]

    write_feed(folder / "rss.xml", 4, age=10)
    third = watcher.poll()
    assert (third.added, third.duplicates, third.failures) == (2, 2, [])
    titles = sorted(a.title or "" for a in archive.articles(limit=10))
    assert titles == sorted(re.search(r"<title>(.*?)</title>", i).group(1) for i in ITEMS)  # type: ignore[union-attr]


def test_a_feed_file_is_read_again_only_when_it_changes(tmp_path: Path, archive: Archive) -> None:
    feed = tmp_path / "local.xml"
    write_feed(feed, 1)
    polls = []

    def between_polls(seconds: float) -> None:
        if len(polls) == 2:
            write_feed(feed, 3, age=5)

    for report in watch(
        archive, [feed], settings=Settings(), every=1, extract=False, sleep=between_polls
    ):
        polls.append(report)
        if len(polls) == 3:
            break
    assert [(p.added, p.duplicates, p.feeds[0].status) for p in polls] == [
        (1, 0, "read"),
        (0, 0, "unchanged"),
        (2, 1, "read"),
    ]


def test_a_feed_that_is_down_or_malformed_fails_alone(
    served: tuple[FeedServer, Path], archive: Archive
) -> None:
    server, folder = served
    write_feed(folder / "rss.xml", 2)
    (folder / "page.html").write_text("<html><body><p>No feed here.</p></body></html>")
    (folder / "broken.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel>')
    down = f"http://127.0.0.1:{closed_port()}/rss.xml"
    feeds = [down, server.url("missing.xml"), server.url("page.html"), server.url("broken.xml")]
    watcher = FeedWatcher(
        archive, [*feeds, server.url("rss.xml")], settings=Settings(), extract=False
    )
    report = watcher.poll()
    assert report.added == 2
    assert report.failed_feeds == feeds
    errors = [f.error or "" for f in report.feeds[:4]]
    assert errors[0].startswith(f"{down}: cannot fetch")
    assert errors[1] == f"{server.url('missing.xml')}: cannot fetch: HTTP 404"
    assert "not an RSS or Atom feed" in errors[2]
    assert errors[3].startswith(server.url("broken.xml"))
    assert all("\n" not in error for error in errors)
    # a failed feed is fetched in full next time, not skipped as unchanged
    again = watcher.poll()
    assert again.failed_feeds == feeds and again.feeds[4].status == "unchanged"


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backstory", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )


def test_once_with_a_bad_url_prints_one_warning_and_exits_1(
    served: tuple[FeedServer, Path], tmp_path: Path
) -> None:
    server, folder = served
    write_feed(folder / "rss.xml", 1)
    bad = f"http://127.0.0.1:{closed_port()}/feed.xml"
    db = str(tmp_path / "w.db")
    result = run_cli("watch", bad, server.url("rss.xml"), "--db", db, "--once", "--no-extract")
    assert result.returncode == 1
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith(f"backstory: warning: {bad}: cannot fetch")
    [line] = result.stdout.strip().splitlines()
    assert "poll 1: 1 new, 0 duplicates, 1 failures" in line and "1 failed of 2 feeds" in line
    again = run_cli("watch", server.url("rss.xml"), "--db", db, "--once", "--no-extract")
    # the archive remembers the feed it read: the conditional GET gets a 304
    assert again.returncode == 0
    assert "0 new, 0 duplicates, 0 failures (0 read, 1 unchanged" in again.stdout


@pytest.mark.slow
def test_watch_extracts_new_entries_until_ctrl_c(
    served: tuple[FeedServer, Path], tmp_path: Path
) -> None:
    server, folder = served
    write_feed(folder / "rss.xml", 1)
    db = tmp_path / "w.db"
    command = ["watch", server.url("rss.xml"), "--db", str(db), "--every", "0.5"]
    process = subprocess.Popen(
        [sys.executable, "-m", "backstory", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert process.stdout is not None
    try:
        assert "poll 1: 1 new" in process.stdout.readline()
        write_feed(folder / "rss.xml", 2, age=10)
        lines = []
        while len(lines) < 5 and not any(" 1 new, 1 duplicates" in line for line in lines):
            lines.append(process.stdout.readline())
        assert " 1 new, 1 duplicates, 0 failures" in lines[-1], lines
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "backstory: stopped after" in stderr
    with Archive.open(str(db), create=False) as archive:
        assert archive.count() == 2
        stored = archive.articles(limit=5)
        assert all(archive.get_extraction(a.id) is not None for a in stored)


def test_an_etag_is_sent_back_and_a_304_reads_nothing(archive: Archive) -> None:
    import httpx

    seen: list[str | None] = []
    body = {"feed": feed_with(1)}

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("If-None-Match"))
        tag = f'"v{len(body["feed"])}"'
        if request.headers.get("If-None-Match") == tag:
            return httpx.Response(304)
        return httpx.Response(200, text=body["feed"], headers={"ETag": tag})

    url = "https://news.example.org/rss.xml"
    watcher = FeedWatcher(
        archive, [url], settings=Settings(), extract=False, transport=httpx.MockTransport(server)
    )
    assert watcher.poll().added == 1
    assert watcher.poll().feeds[0].status == "unchanged"
    body["feed"] = feed_with(3)
    assert (watcher.poll().added, archive.count()) == (2, 3)
    assert seen == [None, f'"v{len(feed_with(1))}"', f'"v{len(feed_with(1))}"']


# -- what is remembered outlives the watcher ---------------------------------


class ValidatingFeed:
    """A real HTTP server for one feed that sends an ETag and a Last-Modified, answers
    a conditional GET that matches them with 304, and counts what it was asked."""

    def __init__(self) -> None:
        self.body = feed_with(2).encode("utf-8")
        self.modified = "Sun, 29 Nov 2026 21:05:00 GMT"
        self.plain = self.conditional = self.not_modified = 0
        self.validators_sent: list[tuple[str | None, str | None]] = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                tag = f'"{hashlib.sha256(feed.body).hexdigest()[:16]}"'
                sent = (self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
                if sent == (None, None):
                    feed.plain += 1
                else:
                    feed.conditional += 1
                    feed.validators_sent.append(sent)
                if sent[0] == tag:
                    feed.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", tag)
                self.send_header("Last-Modified", feed.modified)
                self.send_header("Content-Length", str(len(feed.body)))
                self.end_headers()
                self.wfile.write(feed.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/rss.xml"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)


@pytest.fixture
def validating_feed() -> Iterator[ValidatingFeed]:
    feed = ValidatingFeed()
    feed.thread.start()
    try:
        yield feed
    finally:
        feed.httpd.shutdown()
        feed.httpd.server_close()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_watch_run_again_in_a_new_process_sends_a_conditional_get(
    validating_feed: ValidatingFeed, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    feed = validating_feed
    if backend == "sqlite":
        db = str(tmp_path / "w.db")
    else:  # skips without PostgreSQL
        db = request.getfixturevalue("postgres_cluster").create_database()
    first = run_cli("watch", feed.url, "--db", db, "--once", "--no-extract")
    assert first.returncode == 0, first.stderr
    assert "2 new, 0 duplicates, 0 failures (1 read, 0 unchanged" in first.stdout
    assert (feed.plain, feed.conditional) == (1, 0)

    again = run_cli("watch", feed.url, "--db", db, "--once", "--no-extract")
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 duplicates, 0 failures (0 read, 1 unchanged" in again.stdout
    tag = f'"{hashlib.sha256(feed.body).hexdigest()[:16]}"'
    assert feed.validators_sent == [(tag, feed.modified)]
    assert (feed.plain, feed.conditional, feed.not_modified) == (1, 1, 1)

    feed.body = feed_with(4).encode("utf-8")
    changed = run_cli("watch", feed.url, "--db", db, "--once", "--no-extract")
    assert "2 new, 2 duplicates, 0 failures (1 read, 0 unchanged" in changed.stdout
    assert (feed.conditional, feed.not_modified) == (2, 1)
    with Archive.open(db, create=False) as archive:
        assert archive.count() == 4


def test_a_feed_file_read_by_an_earlier_watcher_is_not_read_again(
    tmp_path: Path, archive: Archive
) -> None:
    feed = tmp_path / "local.xml"
    write_feed(feed, 2)
    [first] = watch(archive, [feed], settings=Settings(), once=True, extract=False)
    assert (first.added, first.feeds[0].status) == (2, "read")
    relative = os.path.relpath(feed)  # the same file, named otherwise
    [again] = watch(archive, [relative], settings=Settings(), once=True, extract=False)
    assert again.feeds[0].status == "unchanged"
    write_feed(feed, 3, age=5)
    [changed] = watch(archive, [feed], settings=Settings(), once=True, extract=False)
    assert (changed.added, changed.duplicates, changed.feeds[0].status) == (1, 2, "read")


def test_a_feed_with_an_entry_that_failed_is_read_in_full_by_the_next_watcher(
    tmp_path: Path, archive: Archive
) -> None:
    feed = tmp_path / "local.xml"
    text = feed_with(2)
    undated = re.sub(r"<pubDate>[^<]*</pubDate>", "", text, count=1)  # the first entry fails
    feed.write_text(undated, encoding="utf-8")
    for _ in range(2):  # each time a new watcher, as after a restart
        [report] = watch(archive, [feed], settings=Settings(), once=True, extract=False)
        assert report.feeds[0].status == "read" and len(report.failures) == 1
    assert archive.count() == 1


def test_another_archive_reads_the_feed_in_full(
    validating_feed: ValidatingFeed, tmp_path: Path
) -> None:
    for name in ("one.db", "two.db"):
        with Archive.open(tmp_path / name) as archive:
            [report] = watch(
                archive, [validating_feed.url], settings=Settings(), once=True, extract=False
            )
        assert report.added == 2
    assert (validating_feed.plain, validating_feed.conditional) == (2, 0)


@pytest.mark.slow
def test_a_watcher_that_extracts_reads_in_full_what_one_that_only_stored_had_read(
    validating_feed: ValidatingFeed, archive: Archive
) -> None:
    feed = validating_feed
    [stored] = watch(archive, [feed.url], settings=Settings(), once=True, extract=False)
    assert stored.added == 2
    assert not any(archive.has_extraction(a.id) for a in archive.articles(limit=10))
    [extracted] = watch(archive, [feed.url], settings=Settings(), once=True)
    assert (extracted.added, extracted.duplicates, extracted.feeds[0].status) == (0, 2, "read")
    assert all(archive.has_extraction(a.id) for a in archive.articles(limit=10))
    assert (feed.plain, feed.conditional) == (2, 0)
    for extract in (True, False):  # now both trust what was remembered
        [report] = watch(archive, [feed.url], settings=Settings(), once=True, extract=extract)
        assert report.feeds[0].status == "unchanged"
    assert (feed.plain, feed.conditional, feed.not_modified) == (2, 2, 2)
