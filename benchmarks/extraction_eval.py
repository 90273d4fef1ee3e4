"""Extraction quality on real annotated data; prints the tables.

1. Event triggers on the SemEval-2015 Task 4 trial data (Wikinews, CAT XML
   in ../shared/data/semeval2015-timeline-trial/cat): precision, recall and
   F1 of our event triggers against the gold event mentions (a predicted
   trigger matches a gold mention when they share a token).
2. Anchoring: of the gold events placed on a date in the gold timelines
   (``gold-timelines/*.txt``, dates other than XXXX-XX-XX), the share whose
   extracted event has the right date (``when.begin`` agrees with the gold
   date to the gold's granularity: day, month or year). Gold events we did
   not extract count as wrong; the share among the ones we did extract is
   printed too.
3. Entity linking: the share of the seed article's entity expectations met,
   and accuracy on our own annotated articles (tests/fixtures/annotated,
   guidelines in docs/annotation-guidelines.md).

    PYTHONPATH=src python benchmarks/extraction_eval.py [--model NAME]

The gold CAT annotation marks only the events of the SemEval target
entities' timelines, so precision is a lower bound: many of our extra
events are real events the annotators did not mark.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SHARED_DATA, cat_documents, gold_anchors

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = ROOT / "tests" / "fixtures" / "annotated"
SEED = ROOT / "tests" / "fixtures" / "seed" / "000_496289bd27277af9.txt"
SEED_EXPECTED = SEED.with_name("000_496289bd27277af9.expected.json")


def evaluate_events(settings: Any) -> dict[str, float]:
    """Trigger P/R/F1 and date anchoring on the CAT documents."""
    from backstory.article import Article
    from backstory.pipeline import build_pipeline

    docs = cat_documents(SHARED_DATA)
    anchors = gold_anchors(SHARED_DATA)
    articles = [Article(text=d.text, published=d.dct) for d in docs]
    extractions = list(build_pipeline(settings).pipe(articles))
    tp_pred = n_pred = tp_gold = n_gold = 0
    anchored = anchored_right = anchored_found = 0
    for doc, extraction in zip(docs, extractions, strict=True):
        token_at: dict[int, str] = {}
        for t_id, (start, end) in doc.token_offsets.items():
            for i in range(start, end):
                token_at[i] = t_id
        predicted = []
        for event in extraction.events:
            tokens = {token_at[i] for i in range(event.start, event.end) if i in token_at}
            predicted.append((tokens, event))
        gold = [set(g) for g in doc.gold_events if g]
        n_pred += len(predicted)
        n_gold += len(gold)
        tp_pred += sum(1 for tokens, _ in predicted if any(tokens & g for g in gold))
        tp_gold += sum(1 for g in gold if any(tokens & g for tokens, _ in predicted))
        doc_id = doc.name.split("-")[0].split("_")[0]
        for (gold_doc, sentence, word), date in anchors.items():
            if gold_doc != doc_id or date.startswith("XXXX"):
                continue
            t_id = _token_of(doc, sentence, word)
            if t_id is None:
                continue
            anchored += 1
            event = next((e for tokens, e in predicted if t_id in tokens), None)
            if event is None:
                continue
            anchored_found += 1
            granularity = len(date.rstrip("X-").rstrip("-"))
            if event.begin and event.begin[:granularity] == date[:granularity]:
                anchored_right += 1
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(docs),
        "gold events": n_gold,
        "predicted events": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "anchored gold events": anchored,
        "anchored right (all gold)": anchored_right / anchored if anchored else 0.0,
        "anchored right (extracted)": anchored_right / anchored_found if anchored_found else 0.0,
    }


def _token_of(doc: Any, sentence: int, word: str) -> str | None:
    for (s, _), t_id in sorted(doc.token_position.items()):
        if s == sentence:
            start, end = doc.token_offsets[t_id]
            if doc.text[start:end] == word:
                return t_id
    return None


def evaluate_seed_entities(settings: Any) -> tuple[int, int]:
    """(expectations met, expectations) for the seed's entity section."""
    from backstory.pipeline import extract
    from backstory.readers import read_articles

    article = next(iter(read_articles(SEED)))
    data = extract(article, settings=settings).to_json()
    expected = json.loads(SEED_EXPECTED.read_text("utf-8"))["entities"]
    met = sum(1 for want in expected if _seed_entity_ok(data, want))
    return met, len(expected)


def _seed_entity_ok(data: dict[str, Any], want: dict[str, Any]) -> bool:
    low = want["name"].casefold()
    entity = next(
        (
            e
            for e in data["entities"]
            if e["name"].casefold() == low or low in (a.casefold() for a in e["aliases"])
        ),
        None,
    )
    if entity is None:
        return False
    if "type" in want and entity["type"] != want["type"]:
        return False
    if "country" in want and entity.get("country") != want["country"]:
        return False
    if "lat" in want:
        tol = want.get("tolerance_deg", 1.0)
        if entity.get("lat") is None or abs(entity["lat"] - want["lat"]) > tol:
            return False
        if abs(entity["lon"] - want["lon"]) > tol:
            return False
    text = data["article"]["text"]
    seen = {text[s:e].casefold() for s, e in entity["mentions"]}
    seen |= {a.casefold() for a in entity["aliases"]}
    return all(f.casefold() in seen for f in want.get("must_cover", ()))


def load_annotated() -> list[tuple[str, str, Any, list[dict[str, Any]]]]:
    """(name, text, published, gold mentions) of every annotated article whose text is at hand."""
    from datetime import datetime

    out = []
    for path in sorted(ANNOTATED.glob("*.json")):
        spec = json.loads(path.read_text("utf-8"))
        source = spec["source"]
        text = published = None
        if source["corpus"] == "wikinews":
            for line in (ROOT / source["path"]).read_text("utf-8").splitlines():
                row = json.loads(line)
                if row["title"] == source["title"]:
                    text, published = row["text"], datetime.fromisoformat(row["date"])
        elif source["corpus"] == "reuters21578":
            from corpora import reuters_articles

            for body, date in reuters_articles(SHARED_DATA):
                if body.startswith(source["starts_with"]):
                    text, published = body, date
                    break
        if text is not None:
            out.append((path.stem, text, published, spec["mentions"]))
    return out


def gold_spans(text: str, mentions: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Gold (start, end, item) spans, longer strings claiming their occurrences first."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for item in sorted(mentions, key=lambda m: -len(m["text"])):
        pattern = re.compile(r"(?<!\w)" + re.escape(item["text"]) + r"(?!\w)")
        for k, m in enumerate(pattern.finditer(text)):
            if "occurrences" in item and k not in item["occurrences"]:
                continue
            if any(s <= m.start() and m.end() <= e for s, e, _ in spans):
                continue
            spans.append((m.start(), m.end(), item))
    return sorted(spans, key=lambda s: s[0])


def evaluate_annotated(settings: Any) -> list[tuple[str, int, int]]:
    """(article, correct, gold mentions) for each annotated article."""
    from backstory.article import Article
    from backstory.pipeline import extract

    rows = []
    for name, text, published, mentions in load_annotated():
        extraction = extract(Article(text=text, published=published), settings=settings)
        correct = total = 0
        for start, end, item in gold_spans(text, mentions):
            total += 1
            entity = next(
                (
                    e
                    for e in extraction.entities
                    if any(m.start < end and start < m.end for m in e.mentions)
                ),
                None,
            )
            if entity is None:
                continue
            names = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
            ok = item["entity"].casefold() in names and entity.type in item["type"]
            if "country" in item:
                ok = ok and entity.country == item["country"]
            correct += ok
        rows.append((name, correct, total))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: best installed)")
    args = parser.parse_args()
    from backstory.nlp import resolve_model
    from backstory.settings import Settings

    settings = Settings(model=args.model)
    print(f"model: {resolve_model(args.model)}")
    print("\nEvent triggers and anchoring (SemEval-2015 Task 4 trial, Wikinews CAT)")
    if (SHARED_DATA / "semeval2015-timeline-trial").is_dir():
        for key, value in evaluate_events(settings).items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"  {key:<28} {shown}")
    else:
        print(f"  skipped: {SHARED_DATA} not found")
    met, total = evaluate_seed_entities(settings)
    print(f"\nEntity linking, seed expectations: {met}/{total} = {met / total:.3f}")
    rows = evaluate_annotated(settings)
    print("\nEntity linking, annotated articles (tests/fixtures/annotated)")
    for name, correct, total in rows:
        print(f"  {name:<32} {correct:>3}/{total:<3} {correct / total:.3f}")
    correct, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    if total:
        print(f"  {'all':<32} {correct:>3}/{total:<3} {correct / total:.3f}")


if __name__ == "__main__":
    main()
