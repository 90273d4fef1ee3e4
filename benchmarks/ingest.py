"""Ingest throughput without extraction: articles per second on SQLite and PostgreSQL.

Reads Reuters-21578 from ../shared/data/reuters21578 (or --data), then
stores every article through ``backstory.ingest`` (deduplication included)
into a fresh SQLite file and into a throwaway PostgreSQL cluster (skipped
with a message when the server binaries are absent). Prints one line per
backend:

    python benchmarks/ingest.py [--limit N] [--data PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the throwaway PostgreSQL cluster helper

from backstory.archive import Archive  # noqa: E402
from backstory.article import Article  # noqa: E402
from backstory.errors import InputError  # noqa: E402
from backstory.ingest import ingest_article  # noqa: E402
from backstory.readers import iter_articles  # noqa: E402
from backstory.settings import Settings  # noqa: E402
from throwaway_postgres import ThrowawayPostgres, find_binaries  # noqa: E402


def read_reuters(folder: Path, limit: int | None) -> tuple[list[Article], float]:
    started = time.perf_counter()
    articles: list[Article] = []
    for item in iter_articles(sorted(folder.glob("reut2-*.sgm"))):
        if isinstance(item, InputError):
            raise SystemExit(f"unexpected bad input: {item}")
        articles.append(item)
        if limit and len(articles) >= limit:
            break
    return articles, time.perf_counter() - started


def store(target: str, articles: list[Article]) -> tuple[float, dict[str, int]]:
    settings = Settings(db=target)
    with Archive.open(settings) as archive:
        started = time.perf_counter()
        counts = {"added": 0, "duplicate": 0, "near-duplicate": 0}
        for article in articles:
            counts[ingest_article(archive, article, settings=settings, extract=False).status] += 1
        return time.perf_counter() - started, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N articles.")
    args = parser.parse_args()
    folder = args.data / "reuters21578"
    if not folder.is_dir():
        print(f"Reuters-21578 not found at {folder}; nothing to measure.")
        return
    articles, reading = read_reuters(folder, args.limit)
    n = len(articles)
    print(f"read {n} Reuters-21578 articles in {reading:.1f} s ({n / reading:.0f} articles/s)")
    with tempfile.TemporaryDirectory() as tmp:
        seconds, counts = store(str(Path(tmp) / "bench.db"), articles)
    print(f"SQLite:     {n / seconds:6.0f} articles/s  ({seconds:.1f} s; {counts})")
    binaries = find_binaries()
    if binaries is None:
        print("PostgreSQL: skipped (no server binaries; `make system-deps` installs them)")
        return
    with ThrowawayPostgres(binaries) as cluster:
        seconds, counts = store(cluster.create_database(), articles)
    print(f"PostgreSQL: {n / seconds:6.0f} articles/s  ({seconds:.1f} s; {counts})")


if __name__ == "__main__":
    main()
