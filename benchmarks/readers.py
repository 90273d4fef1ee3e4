"""Reader throughput: articles per second read from the evaluation data (no archive, no extraction).

    PYTHONPATH=src python benchmarks/readers.py [--data ../shared/data]

Prints one line per data set: files, articles, errors, seconds, articles/s.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from backstory.demo import corpus_path
from backstory.errors import InputError
from backstory.readers import expand_sources, iter_articles

ROOT = Path(__file__).resolve().parent.parent


def measure(label: str, sources: list[str]) -> None:
    files = list(expand_sources(sources))
    start = time.perf_counter()
    articles = errors = 0
    for item in iter_articles(files):
        if isinstance(item, InputError):
            errors += 1
        else:
            articles += 1
    seconds = time.perf_counter() - start
    print(
        f"{label:<28} files {len(files):>4}  articles {articles:>6}  errors {errors:>3}  "
        f"{seconds:7.2f} s  {articles / seconds:9.0f} articles/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("BACKSTORY_SHARED_DATA") or ROOT.parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=Path(default))
    data = parser.parse_args().data
    measure("demo corpus (jsonl+scraped)", [str(corpus_path())])
    if not data.is_dir():
        print(f"{data}: not found; only the demo corpus was measured", file=sys.stderr)
        return 0
    measure("Reuters-21578 (reuters)", [str(data / "reuters21578" / "reut2-*.sgm")])
    measure("Timeline17 (csv)", [str(data / "tls-t17" / "*" / "articles.csv")])
    measure("TimeML (timeml)", [str(data / "timeml" / "TBAQ-cleaned" / "**" / "*.tml")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
