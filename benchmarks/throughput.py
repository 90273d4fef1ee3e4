"""Throughput: full extraction vs bare spaCy ``nlp.pipe`` on the same Reuters texts.

Runs both on the same Reuters-21578 articles, with 1 and 2 worker
processes, and prints articles/s for each, their ratio and the peak
resident memory of each worker process. Every worker is a fresh process
(spawned), loads the model and the gazetteers, warms up on a few articles
that are not timed, then processes its share.

    PYTHONPATH=src python benchmarks/throughput.py --articles 400

Target (issue 4): full >= 0.6x bare spaCy with the same model, peak
memory <= 1.5 GB per process.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import reuters_articles


def _worker(args: tuple[str, str | None, list[tuple[str, object]]]) -> tuple[int, float, float]:
    """(articles, seconds, peak RSS in MB) of one worker on its share."""
    mode, model, articles = args
    from backstory.article import Article
    from backstory.nlp import load_nlp
    from backstory.pipeline import build_pipeline
    from backstory.settings import Settings

    settings = Settings(model=model)
    nlp = load_nlp(model)
    pipeline = build_pipeline(settings)
    warm = [Article(text=t, published=d) for t, d in articles[:5]]  # type: ignore[arg-type]
    if mode == "bare":
        list(nlp.pipe(a.text for a in warm))
    else:
        list(pipeline.pipe(warm))
    texts = [t for t, _ in articles]
    start = time.perf_counter()
    if mode == "bare":
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        for _ in pipeline.pipe(
            (Article(text=t, published=d) for t, d in articles),  # type: ignore[arg-type]
            batch_size=32,
        ):
            pass
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return len(texts), elapsed, peak


def measure(mode: str, model: str | None, articles: list, processes: int) -> tuple[float, float]:
    """(articles per second, peak MB of the largest worker) for one configuration."""
    shares = [articles[i::processes] for i in range(processes)]
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes) as pool:
        results = pool.map(_worker, [(mode, model, share) for share in shares])
    done = sum(r[0] for r in results)
    slowest = max(r[1] for r in results)
    return done / slowest, max(r[2] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="Reuters articles to process")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: best installed)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from backstory.nlp import resolve_model

    articles = reuters_articles(limit=args.articles)
    print(f"model: {resolve_model(args.model)}; {len(articles)} Reuters-21578 articles")
    print(
        f"{'processes':>9}  {'bare spaCy art/s':>16}  {'full art/s':>10}  {'ratio':>5}  "
        f"{'peak MB bare':>12}  {'peak MB full':>12}"
    )
    for n in args.processes:
        bare, bare_mb = measure("bare", args.model, articles, n)
        full, full_mb = measure("full", args.model, articles, n)
        print(
            f"{n:>9}  {bare:>16.1f}  {full:>10.1f}  {full / bare:>5.2f}  {bare_mb:>12.0f}  {full_mb:>12.0f}"
        )


if __name__ == "__main__":
    main()
