"""Watching feeds: each poll ingests what is new in a list of RSS/Atom feeds.

``FeedWatcher(archive, feeds, settings=...)`` remembers, per feed (a file or
an http(s) URL), what it needs to ask only for changes: the ``ETag`` and
``Last-Modified`` the server last sent (a conditional GET; a ``304 Not
Modified`` reads nothing) or, for a file, its modification time and size.
``poll()`` reads each feed that changed with the feed reader and ingests its
entries like ``backstory ingest`` (extracted, linked, one transaction per
article); entries already archived are recognised as duplicates by the
archive, so a feed re-read adds nothing twice.

What is remembered of a feed is saved in the archive once the feed is read
with no failure (``backstory.archive.feeds``), so a watcher started again
later, in another process, asks only for changes too (and reads in full a
feed one of whose entries failed, to try it again). A watcher that extracts does not trust
what one that only stored (``extract=False``) remembered: it reads such a
feed in full once, to extract the entries stored without extraction.

A feed that is down, not a feed, or malformed fails for that poll only
(``FeedPoll.error``, one line naming it); the others are still read and the
next poll tries it again. Errors of the archive or the configuration stop
the watch. ``watch(...)`` yields one ``PollReport`` per poll, sleeping
``every`` seconds in between; the caller stops it (Ctrl-C in the CLI).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from backstory.archive import Archive
from backstory.archive.feeds import FeedValidators, load_validators, save_validators
from backstory.article import Article
from backstory.errors import InputError
from backstory.ingest import IngestEvent, ingest_items
from backstory.readers import detect_format, read_source
from backstory.readers.source import Source, fetch_if_changed, is_url, load_file
from backstory.settings import Settings

FeedStatus = Literal["read", "unchanged", "failed"]


@dataclass
class FeedPoll:
    """What one poll did with one feed."""

    feed: str
    status: FeedStatus
    added: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)  # entries or articles that failed
    error: str | None = None  # why the feed itself failed


@dataclass
class PollReport:
    """One poll of every feed: when, and what each feed gave."""

    number: int
    at: datetime
    feeds: list[FeedPoll]

    @property
    def added(self) -> int:
        return sum(f.added for f in self.feeds)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.feeds)

    @property
    def failures(self) -> list[str]:
        """The feeds that failed and the entries or articles that did, one line each."""
        lines: list[str] = []
        for feed in self.feeds:
            if feed.error:
                lines.append(feed.error)
            lines.extend(feed.failures)
        return lines

    @property
    def failed_feeds(self) -> list[str]:
        return [f.feed for f in self.feeds if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        return {
            "poll": self.number,
            "at": self.at.isoformat(),
            "added": self.added,
            "duplicates": self.duplicates,
            "failed": len(self.failures),
            "failures": self.failures,
            "feeds": [
                {"feed": f.feed, "status": f.status, "added": f.added, "duplicates": f.duplicates}
                for f in self.feeds
            ],
        }


class FeedWatcher:
    """Polls a fixed list of feeds into one archive."""

    def __init__(
        self,
        archive: Archive,
        feeds: Sequence[str | Path],
        *,
        settings: Settings,
        extract: bool = True,
        transport: Any = None,
        progress: Callable[[IngestEvent], None] | None = None,
    ) -> None:
        if not feeds:
            raise InputError("no feed to watch: give at least one feed file or URL")
        self.archive = archive
        self.feeds = [str(feed) for feed in feeds]
        self.settings = settings
        self.extract = extract
        self.transport = transport
        self.progress = progress
        self.polls = 0
        self._known = {feed: self._saved(feed) for feed in self.feeds}

    def poll(self) -> PollReport:
        """Read every feed that changed and ingest its new entries."""
        self.polls += 1
        at = datetime.now(UTC).replace(microsecond=0)
        return PollReport(self.polls, at, [self._poll_feed(feed) for feed in self.feeds])

    def _saved(self, feed: str) -> FeedValidators:
        """What the archive remembers of ``feed`` and this watcher may trust."""
        saved = load_validators(self.archive, _feed_key(feed))
        if saved is None or (self.extract and not saved.extracted):
            return FeedValidators()
        return saved

    def _poll_feed(self, feed: str) -> FeedPoll:
        known = self._known[feed]
        try:
            loaded = self._changed(feed, known)
            if loaded is None:
                return FeedPoll(feed, "unchanged")
            source, seen = loaded
            entries = _feed_entries(source)
        except InputError as exc:
            return FeedPoll(feed, "failed", error=str(exc))
        summary = ingest_items(
            self.archive,
            entries,
            settings=self.settings,
            extract=self.extract,
            progress=self.progress,
        )
        self._known[feed] = seen  # only once read: a feed that failed is fetched again in full
        if not summary.failed:  # else a watcher started later tries the failed entries again
            save_validators(self.archive, _feed_key(feed), seen)
        return FeedPoll(feed, "read", summary.added, summary.duplicates, list(summary.failed))

    def _changed(self, feed: str, known: FeedValidators) -> tuple[Source, FeedValidators] | None:
        """The feed's content if it changed since last read (and what to remember of
        this version), or None."""
        if is_url(feed):
            fetched = fetch_if_changed(
                feed,
                etag=known.etag,
                last_modified=known.last_modified,
                transport=self.transport,
                timeout=self.settings.http_timeout,
            )
            if fetched.source is None:
                return None
            seen = FeedValidators(
                etag=fetched.etag, last_modified=fetched.last_modified, extracted=self.extract
            )
            return fetched.source, seen
        path = Path(feed)
        try:
            stat = path.stat()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=feed) from exc
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == known.file_stamp:
            return None
        seen = FeedValidators(file_stamp=stamp, extracted=self.extract)
        return load_file(path), seen


def watch(
    archive: Archive,
    feeds: Sequence[str | Path],
    *,
    settings: Settings,
    every: float = 300.0,
    once: bool = False,
    extract: bool = True,
    transport: Any = None,
    progress: Callable[[IngestEvent], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[PollReport]:
    """One ``PollReport`` per poll of ``feeds``, ``every`` seconds apart (one poll if ``once``)."""
    if every <= 0:
        raise InputError(f"every: the interval must be positive, got {every}")
    watcher = FeedWatcher(
        archive, feeds, settings=settings, extract=extract, transport=transport, progress=progress
    )
    while True:
        yield watcher.poll()
        if once:
            return
        sleep(every)


def _feed_key(feed: str) -> str:
    """Whom the archive remembers a feed by: its URL, or the file's absolute path."""
    return feed if is_url(feed) else str(Path(feed).resolve())


def _feed_entries(source: Source) -> list[Article | InputError]:
    """The entries of a feed, read whole (a feed is small) so that a malformed one
    fails before anything of it is ingested."""
    found = detect_format(source)
    if found != "feed":
        raise InputError(f"not an RSS or Atom feed (it reads as {found})", source=source.name)
    return list(read_source(source, format="feed"))
