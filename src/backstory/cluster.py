"""Extraction on a Dask cluster, a bounded window of articles ahead of storing.

Extraction is a pure function of (article text, publication time, settings),
so it can run anywhere; storing and linking cannot (one writer, input
order, one transaction per article). ``extract_ahead`` therefore sends each
article that needs extracting to the cluster as soon as it is read, keeps at
most ``window`` of them in flight, and hands them back in input order with
the means to fetch their extraction: ``backstory.ingest`` stores them one by
one exactly as a serial ingest does. Library use:

    from backstory.cluster import open_client
    with open_client(workers=4) as client:          # or your own distributed.Client
        ingest(archive, ["news/"], settings=settings, client=client)

What is not sent: an article the archive already holds word for word (or
a copy of one: its content hash is recorded), unless the stored copy has no
extraction yet, in which case that one is sent; and an article whose text
is the same as one still in flight (the first is stored before it, so the
archive will know it). Near-duplicates are only recognised when stored, as
in a serial ingest; their extraction is then dropped.

The pipeline a worker loads is the one this process would: ``Settings.model``
left to the best installed is named before the settings are sent (a worker
machine with a better model installed would otherwise extract differently
from a serial run here). Each worker process loads the spaCy pipeline once: ``pipeline.extract``
keeps one built pipeline per ``Settings`` in a module-level cache and
``nlp.load_nlp`` caches the model by name, and a worker process lives for
many tasks. A worker that dies mid-article is replaced by its nanny and the
scheduler retries the article elsewhere; after
``distributed.scheduler.allowed-failures`` deaths it gives up with
``KilledWorker``, which ``ingest`` records as that article's failure.
"""

from __future__ import annotations

import logging
import warnings
from collections import Counter, deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from backstory import pipeline
from backstory.archive import Archive
from backstory.archive.deduplication import content_hash
from backstory.article import Article
from backstory.errors import ConfigError, InputError
from backstory.extraction import Extraction
from backstory.ingest import Extractor
from backstory.nlp import available_models
from backstory.settings import Settings

# In-flight articles per worker thread: enough that a worker never waits for
# the next article while the client stores the one before.
WINDOW_PER_THREAD = 4
CONNECT_TIMEOUT = 10.0
# How long the article at the head of the window may wait for its extraction
# before it is given up as failed: a cluster left without workers (a scheduler
# whose workers all went away, with no nanny to restart them) never answers.
RESULT_TIMEOUT = 600.0


def extract_on_worker(article: Article, settings: Settings) -> Extraction:
    """The extraction of one article (run on a worker; the pipeline is cached there)."""
    return pipeline.extract(article, settings=settings)


@contextmanager
def open_client(
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    timeout: float = CONNECT_TIMEOUT,
) -> Iterator[Any]:
    """A ``distributed.Client``: to the scheduler at ``scheduler`` (``tcp://host:port``),
    or to a local cluster of ``workers`` single-threaded processes started for it.

    The local cluster (and the connection) are closed on leaving.
    """
    if (workers is None) == (scheduler is None):
        raise ConfigError("give either a number of workers or a scheduler address, not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency
        raise ConfigError(
            f"Dask is not installed ({exc}); pip install 'dask[distributed]'"
        ) from exc
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(
                f"cannot connect to the Dask scheduler at {scheduler}: {_first_line(exc)}"
            ) from exc
        with client:
            yield client
        return
    try:
        with warnings.catch_warnings():
            # Without a dashboard the scheduler still serves its health and metrics
            # routes, on port 8787 if free, else another: that is no news to the user.
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # what goes wrong reaches the user as that article's failure; Dask's
                # own log lines (worker restarts, closing comms) would bury the summary
                silence_logs=logging.CRITICAL,
            )
    except (OSError, RuntimeError) as exc:  # e.g. "Nanny failed to start"
        raise ConfigError(
            f"cannot start a local Dask cluster of {workers} workers: {_first_line(exc)}"
        ) from exc
    with cluster, Client(cluster) as client:
        yield client


class WorkerDied(RuntimeError):
    """The worker processes extracting an article died (as many times as allowed)."""


class NoResult(RuntimeError):
    """The cluster gave no extraction for an article in the time allowed."""


@dataclass
class _Sent:
    """One article sent to the cluster, and the future of its extraction."""

    article: Article
    future: Any  # distributed.Future
    timeout: float = RESULT_TIMEOUT

    def extractor(self, settings: Settings) -> Extractor:
        def extraction_of(article: Article) -> Extraction:
            if _same(article, self.article):
                try:
                    result: Extraction = self.future.result(timeout=self.timeout)
                except TimeoutError as exc:
                    self.future.cancel()
                    raise NoResult(
                        f"no extraction from the cluster after {self.timeout:g} s "
                        "(has it any workers left?); the article is skipped"
                    ) from exc
                except Exception as exc:
                    if type(exc).__name__ == "KilledWorker":  # distributed.scheduler's
                        raise WorkerDied(
                            f"the worker process extracting it died "
                            f"{exc.args[2] + 1} time(s); the article is skipped"
                        ) from exc
                    raise
                return result
            # The archive changed its mind since the article was sent (rare): do it here.
            return pipeline.extract(article, settings=settings)

        return extraction_of


@dataclass
class _Pending:
    """An item read and not yet handed back: what was sent for it, its content hash."""

    item: Article | InputError
    sent: _Sent | None = None
    digest: str | None = None


def extract_ahead(
    client: Any,
    archive: Archive,
    items: Iterable[Article | InputError],
    *,
    settings: Settings,
    window: int | None = None,
    timeout: float = RESULT_TIMEOUT,
) -> Generator[tuple[Article | InputError, Extractor | None], None, None]:
    """Each item in input order, with the extractor to store it with (None: extract here).

    Reads ``items`` lazily, at most ``window`` ahead of the item yielded;
    closing the iterator cancels what is still in flight. An article whose
    extraction has not come back ``timeout`` seconds after its turn to be
    stored came fails (``NoResult``).
    """
    size = window if window is not None else default_window(client)
    if size < 1:
        raise ConfigError(f"window must be at least 1, got {size}")
    pending: deque[_Pending] = deque()
    in_flight: Counter[str] = Counter()  # content hashes of the pending articles
    sent_settings = settings_for_workers(settings)

    def send(item: Article | InputError) -> _Pending:
        if isinstance(item, InputError):
            return _Pending(item)
        digest = content_hash(item.text)
        seen = in_flight[digest] > 0
        in_flight[digest] += 1
        to_extract = None if seen else _needing_extraction(archive, item)
        if to_extract is None:
            return _Pending(item, digest=digest)
        future = client.submit(extract_on_worker, to_extract, sent_settings, pure=False)
        return _Pending(item, _Sent(to_extract, future, timeout), digest)

    def hand_back(entry: _Pending) -> tuple[Article | InputError, Extractor | None]:
        if entry.digest is not None:
            in_flight[entry.digest] -= 1
            if not in_flight[entry.digest]:
                del in_flight[entry.digest]
        return entry.item, entry.sent.extractor(settings) if entry.sent else None

    try:
        for item in items:
            pending.append(send(item))
            if len(pending) >= size:
                yield hand_back(pending.popleft())
        while pending:
            yield hand_back(pending.popleft())
    finally:
        for entry in pending:
            if entry.sent is not None:
                entry.sent.future.cancel()


def settings_for_workers(settings: Settings) -> Settings:
    """``settings`` with the spaCy pipeline named: the best installed here when
    ``settings.model`` is None (left as None when none is installed here: the
    workers then pick theirs)."""
    if settings.model is not None:
        return settings
    installed = available_models()
    return settings.with_(model=installed[0]) if installed else settings


def default_window(client: Any) -> int:
    """How many articles to keep in flight on ``client``'s cluster."""
    threads = sum(client.nthreads().values()) or 1
    return max(2, WINDOW_PER_THREAD * threads)


def _needing_extraction(archive: Archive, article: Article) -> Article | None:
    """The article to extract for ``article``: itself, the stored copy that has no
    extraction yet, or None when the archive holds a copy with its extraction."""
    try:
        found = archive.find_duplicate(article, near=False)
    except InputError:
        return None  # storing it will fail the same way, in its turn
    if found is None or found.duplicate_of is None:
        return article
    if archive.has_extraction(found.duplicate_of):
        return None
    return archive.get(found.duplicate_of)


def _same(a: Article, b: Article) -> bool:
    return a.id == b.id and a.text == b.text and a.published == b.published


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
