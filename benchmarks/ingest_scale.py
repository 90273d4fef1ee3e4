"""Ingest with extraction, serially and on a local Dask cluster: articles per second.

Ingests the same articles twice in one run, each time into a fresh SQLite
archive: once serially (extraction in this process) and once with extraction
on a ``LocalCluster`` of ``--workers`` single-threaded processes. The
articles are the first ``--limit`` of Reuters-21578 (../shared/data, or
--data) when present, else the bundled demo corpus (31 articles). Both runs
load the spaCy model before the clock starts (here, and once on every
worker); the cluster's start-up is printed apart. Prints one line per run
and the ratio:

    python benchmarks/ingest_scale.py [--limit N] [--workers N] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from backstory import pipeline
from backstory.archive import Archive
from backstory.cluster import open_client
from backstory.ingest import IngestSummary, ingest
from backstory.readers import iter_articles
from backstory.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "src" / "backstory" / "demo" / "corpus"


def corpus(data: Path, limit: int, folder: Path) -> tuple[Path, str]:
    """What to ingest (and its label): the first ``limit`` Reuters-21578 articles with a
    body of some length, written to one JSON Lines file, else the demo corpus."""
    reuters = data / "reuters21578"
    if not reuters.is_dir():
        print(f"Reuters-21578 not found at {reuters}; using the bundled demo corpus.")
        return DEMO, "demo corpus"
    out = folder / "reuters.jsonl"
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for item in iter_articles(sorted(reuters.glob("reut2-*.sgm"))):
            if isinstance(item, Exception) or len(item.text) < 400 or item.published is None:
                continue
            row = {"date": item.published.isoformat(), "title": item.title, "text": item.text}
            handle.write(json.dumps(row) + "\n")
            n += 1
            if n >= limit:
                break
    return out, f"{n} Reuters-21578 articles"


def warm(settings: Settings) -> None:
    """Load the spaCy pipeline (on whichever process runs this)."""
    pipeline.extract("The talks resumed on 3 March 2024.", settings=settings)


def timed(
    source: Path, db: Path, settings: Settings, client: object = None
) -> tuple[float, IngestSummary]:
    with Archive.open(db) as archive:
        started = time.perf_counter()
        summary = ingest(archive, [source], settings=settings, client=client)
        return time.perf_counter() - started, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=80, help="Reuters articles to use.")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, label = corpus(args.data, args.limit, folder)
        warm(settings)
        serial_s, serial = timed(source, folder / "serial.db", settings)
        n = serial.added + serial.duplicates
        print(f"{label}: {serial.added} added, {serial.duplicates} duplicates")
        print(f"serial:          {n / serial_s:6.2f} articles/s ({serial_s:.1f} s)")
        started = time.perf_counter()
        with open_client(workers=args.workers) as client:
            client.run(warm, settings)
            startup = time.perf_counter() - started
            cluster_s, parallel = timed(source, folder / "cluster.db", settings, client)
        assert (parallel.added, parallel.duplicates) == (serial.added, serial.duplicates)
        print(
            f"{args.workers} workers:       {n / cluster_s:6.2f} articles/s ({cluster_s:.1f} s; "
            f"cluster start and model loads {startup:.1f} s more)"
        )
        print(f"ratio:           {serial_s / cluster_s:6.2f}x")


if __name__ == "__main__":  # the cluster's worker processes re-import this file
    main()
