"""Timeline summarisation on Timeline17 (tls-t17): date F1 and ROUGE, with a baseline.

For each topic in ../shared/data/tls-t17 (haiti, h1n1, mj, finan) the
articles (``articles.csv``: date,text) are ingested into a fresh in-memory
archive through the *fast path*: each article's temporal expressions are
tagged with ``backstory.timex.tag_timexes`` against its publication date and
its text is split into sentences; no entity or event extraction (a few
seconds per topic instead of the full pipeline's minutes). Linking then runs
exactly as on ingest (reports, developments, stories). For each gold
timeline, ``build_timeline`` makes a timeline with N = the number of gold
dates and K = the mean number of sentences per gold date over the gold date
range, and it is scored with tilse as news-tls does: date F1, concat ROUGE-1/2
F and alignment (date-content costs, many-to-one) ROUGE-1/2 F.

The baseline, in the same run: the N days with the most articles published,
with K sentences per day picked the same way from the articles of that day.

Usage:
    python benchmarks/tls_eval.py [--data ../shared/data/tls-t17] [--topics haiti mj]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.pool import StaticPool

from backstory.article import Article
from backstory.extraction import Extraction
from backstory.linking import link_extraction, prepare
from backstory.linking import tables as t
from backstory.linking.words import split_sentences
from backstory.timelines import ranking
from backstory.timelines.summaries import compress
from backstory.timelines.timeline import build_timeline

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tls-t17"
TOPICS = ("haiti", "h1n1", "mj", "finan")
Tagger = Callable[..., list]


def read_articles(topic_dir: Path) -> list[Article]:
    """The topic's articles, published at noon of their date."""
    csv.field_size_limit(sys.maxsize)
    with open(topic_dir / "articles.csv", newline="", encoding="utf-8") as f:
        return [
            Article(
                text=row["text"],
                published=dt.datetime.fromisoformat(row["date"][:10] + "T12:00:00"),
                origin=f"{topic_dir.name}:{i}",
            )
            for i, row in enumerate(csv.DictReader(f))
            if row["text"].strip()
        ]


def read_gold(path: Path) -> dict[dt.date, list[str]]:
    """A gold timeline in the Timeline17 format (a date, sentences, a dashed line)."""
    out: dict[dt.date, list[str]] = {}
    day: dt.date | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if set(line) == {"-"} and len(line) > 10:
            day = None
            continue
        try:
            day = dt.date.fromisoformat(line)
            out.setdefault(day, [])
            continue
        except ValueError:
            pass
        if day is not None and line:
            out[day].append(line)
    return {d: s for d, s in out.items() if s}


def fast_extraction(article: Article, tagger: Tagger) -> Extraction:
    """Timexes and sentences only: enough for date-wise timelines."""
    assert article.published is not None
    return Extraction(
        article=article,
        timexes=tagger(article.text, article.published),
        sentences=split_sentences(article.text),
    )


def ingest_topic(articles: list[Article], tagger: Tagger) -> Any:
    """A fresh in-memory archive with the topic's articles linked."""
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    prepare(engine)
    for article in articles:
        link_extraction(engine, fast_extraction(article, tagger))
    return engine


def generate(engine: Any, gold: dict[dt.date, list[str]]) -> dict[dt.date, list[str]]:
    """backstory's timeline with the gold's size over the gold's range."""
    n = len(gold)
    k = max(1, round(statistics.mean(len(s) for s in gold.values())))
    timeline = build_timeline(
        engine, since=min(gold).isoformat(), until=max(gold).isoformat(), max_dates=n, per_date=k
    )
    out: dict[dt.date, list[str]] = {}
    for item in timeline.items:
        out.setdefault(dt.date.fromisoformat(item.begin), []).append(item.text)
    return out


def baseline(engine: Any, gold: dict[dt.date, list[str]]) -> dict[dt.date, list[str]]:
    """The N days with the most articles published, K central sentences each."""
    n = len(gold)
    k = max(1, round(statistics.mean(len(s) for s in gold.values())))
    low, high = min(gold).isoformat(), max(gold).isoformat() + "T99"
    with engine.connect() as conn:
        rows = [
            dict(r)
            for r in conn.execute(
                select(t.development_sources).where(
                    t.development_sources.c.published.between(low, high)
                )
            ).mappings()
        ]
    articles_per_day: dict[str, set[str]] = {}
    for r in rows:
        articles_per_day.setdefault(r["published"][:10], set()).add(r["article_id"])
    days = sorted(articles_per_day, key=lambda d: (-len(articles_per_day[d]), d))[:n]
    vectoriser = ranking.Vectoriser(r["words"].split() for r in rows)
    out: dict[dt.date, list[str]] = {}
    for day in days:
        seen: set[tuple[str, int]] = set()
        candidates = []
        for r in rows:
            key = (r["article_id"], r["sentence_start"])
            if r["published"][:10] == day and key not in seen:
                seen.add(key)
                candidates.append((r["sentence"], r["words"].split(), 1.0))
        out[dt.date.fromisoformat(day)] = [
            compress(s) for s in ranking.pick(candidates, vectoriser, k)
        ]
    return out


def score(
    pred: dict[dt.date, list[str]], gold: dict[dt.date, list[str]], evaluator: Any
) -> dict[str, float]:
    """Date F1 and concat/alignment ROUGE-1/2 F of one predicted timeline."""
    from tilse.data.timelines import GroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline

    truth = GroundTruth([TilseTimeline(gold)])
    predicted = TilseTimeline(pred or {min(gold): [""]})
    shared = set(pred) & set(gold)
    precision = len(shared) / len(pred) if pred else 0.0
    recall = len(shared) / len(gold)
    date_f1 = 2 * precision * recall / (precision + recall) if shared else 0.0
    concat = evaluator.evaluate_concat(predicted, truth)
    align = evaluator.evaluate_align_date_content_costs_many_to_one(predicted, truth)
    return {
        "date_f1": date_f1,
        "concat_r1": concat["rouge_1"]["f_score"],
        "concat_r2": concat["rouge_2"]["f_score"],
        "align_r1": align["rouge_1"]["f_score"],
        "align_r2": align["rouge_2"]["f_score"],
    }


def load_tagger(spec: str) -> Tagger:
    """``module:function`` -> the function."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "tag_timexes")


def evaluate(data: Path, topics: list[str], tagger: Tagger) -> dict[str, list[dict[str, Any]]]:
    """Per-timeline scores of backstory and of the baseline."""
    from tilse.evaluation.rouge import TimelineRougeEvaluator

    evaluator = TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
    results: dict[str, list[dict[str, Any]]] = {"backstory": [], "baseline": []}
    for topic in topics:
        started = time.perf_counter()
        articles = read_articles(data / topic)
        engine = ingest_topic(articles, tagger)
        seconds = time.perf_counter() - started
        for gold_path in sorted((data / topic / "timelines").glob("*.txt")):
            gold = read_gold(gold_path)
            for method, make in (("backstory", generate), ("baseline", baseline)):
                row = {
                    "topic": topic,
                    "timeline": gold_path.stem,
                    "dates": len(gold),
                    "ingest_s": seconds,
                    "articles": len(articles),
                }
                row.update(score(make(engine, gold), gold, evaluator))
                results[method].append(row)
    return results


_COLUMNS = ("date_f1", "concat_r1", "concat_r2", "align_r1", "align_r2")


def topic_means(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Means over topics of the per-topic means (each topic weighs the same)."""
    topics = sorted({r["topic"] for r in rows})
    per_topic = [
        {c: statistics.mean(r[c] for r in rows if r["topic"] == topic) for c in _COLUMNS}
        for topic in topics
    ]
    return {c: statistics.mean(p[c] for p in per_topic) for c in _COLUMNS}


def format_report(results: dict[str, list[dict[str, Any]]]) -> str:
    """The per-timeline table and the means, for backstory and the baseline."""
    lines = []
    header = f"{'method':9} {'topic':6} {'timeline':38} {'N':>3} " + " ".join(
        f"{c:>9}" for c in _COLUMNS
    )
    lines.append(header)
    for method, rows in results.items():
        for r in rows:
            lines.append(
                f"{method:9} {r['topic']:6} {r['timeline'][:38]:38} {r['dates']:>3} "
                + " ".join(f"{r[c]:9.3f}" for c in _COLUMNS)
            )
    lines.append("")
    for method, rows in results.items():
        means = topic_means(rows)
        lines.append(
            f"{method:9} mean over topics: " + "  ".join(f"{c} {means[c]:.3f}" for c in _COLUMNS)
        )
    lines.append(
        "reference (news-tls DATEWISE, all of T17): date_f1 0.544  align_r1 0.120  align_r2 0.035"
    )
    timing = {r["topic"]: (r["ingest_s"], r["articles"]) for r in results["backstory"]}
    lines.append(
        "fast-path ingest (timexes, sentences, linking): "
        + ", ".join(f"{t} {n} articles in {sec:.0f} s" for t, (sec, n) in timing.items())
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--topics", nargs="*", default=list(TOPICS))
    parser.add_argument(
        "--tagger", default="backstory.timex:tag_timexes", help="module:function that tags timexes"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"tls_eval: no data at {args.data}", file=sys.stderr)
        return 1
    results = evaluate(args.data, args.topics, load_tagger(args.tagger))
    print(format_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
