"""SemEval-2015 Task 4 (TimeLine, main track A: raw text) on the trial data.

For each target entity of ``gold-timelines/`` (its name is the first line),
backstory builds the entity's cross-document timeline from the raw texts of
``cat/`` (the tokenised Wikinews articles; the publication date from the
``timeml/`` DCT, nothing else from the TimeML markup):

- sentences that name the target (its full name, the name without its first
  word when two or more words remain, a person's surname);
- the events the target takes part in: the nearest verb above each mention
  of the target in the dependency tree (spaCy), as the task's events are
  the target's predicates;
- each event's date: the temporal expression of its sentence nearest to it
  (``backstory.timex.tag_timexes``, normalised against the article's date),
  kept at its own precision (``2010-06-07``, ``2006-03``, ``1968``); an
  event whose sentence has none is placed at the last day its article
  mentioned before it, else at the article's date (news narrates around its
  reference day);
- ranks: by date, events of one date sharing a rank.

Scoring: the task's temporal-awareness measure (UzZaman and Allen, 2011) as
the task defines it: a timeline is read as a graph of temporal relations
between event mentions (same rank: simultaneous; lower rank: before; each
dated event anchored to its date); precision = |Sys- ∩ Ref+| / |Sys-|,
recall = |Ref- ∩ Sys+| / |Ref-|, where + is the transitive closure and - the
reduced graph. Unanchored (rank 0) events take part in no relation. The
best 2015 system of track A scored F1 7.85 on the test corpora.

Usage:
    python benchmarks/semeval2015_eval.py [--data ../shared/data/semeval2015-timeline-trial]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import itertools
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backstory.nlp import load_nlp

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "semeval2015-timeline-trial"
UNDATED = "XXXX-XX-XX"


@dataclass
class Document:
    doc_id: str
    dct: dt.datetime
    sentences: dict[int, list[str]]  # CAT sentence number -> tokens


def read_documents(data: Path) -> list[Document]:
    """The tokenised articles with their publication dates."""
    dcts: dict[str, dt.datetime] = {}
    for tml in (data / "timeml").glob("*.tml"):
        match = re.search(
            r'functionInDocument="CREATION_TIME"[^>]*value="([\d-]+)"', tml.read_text()
        )
        doc_id = re.split(r"[-_]", tml.stem, maxsplit=1)[0]
        if match:
            dcts[doc_id] = dt.datetime.fromisoformat(match.group(1)[:10])
    docs = []
    for cat in sorted((data / "cat").glob("*.xml")):
        root = ET.parse(cat).getroot()
        doc_id = root.get("doc_id") or cat.stem.split("-")[0]
        sentences: dict[int, list[str]] = defaultdict(list)
        for token in root.iter("token"):
            sentences[int(token.get("sentence", "0"))].append(token.text or "")
        if doc_id in dcts:
            docs.append(Document(doc_id, dcts[doc_id], dict(sentences)))
    return docs


def read_timeline(path: Path) -> tuple[str, list[tuple[int, str, list[str]]]]:
    """The target's name and its lines: (rank, date, coreferent mentions)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines[1:]:
        parts = line.strip().split("\t")
        if len(parts) >= 3:
            out.append((int(parts[0]), parts[1], parts[2:]))
    return lines[0].strip(), out


def target_names(name: str) -> list[str]:
    """The forms a target is named by in text."""
    words = name.split()
    names = [name]
    if len(words) >= 3:
        names.append(" ".join(words[1:]))
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        names.append(words[-1])
    return names


def build_timeline(
    target: str, docs: list[Document], nlp: Any, tag_timexes: Any
) -> list[tuple[int, str, list[str]]]:
    """The target's timeline in the task format, from raw text."""
    names = "|".join(re.escape(n) for n in target_names(target))
    pattern = re.compile(rf"\b(?:{names})\b", re.IGNORECASE)
    events: list[tuple[str, str]] = []  # (date, mention)
    for doc in docs:
        # An event with no date of its own is placed at the last day the
        # article mentioned before it, or at the article's date.
        anchor = doc.dct.date().isoformat()
        for number, tokens in sorted(doc.sentences.items()):
            text = " ".join(tokens)
            timexes = [
                t
                for t in tag_timexes(text, doc.dct)
                if t.type in ("DATE", "TIME") and t.value[:1].isdigit()
            ]
            days = [t.value[:10] for t in timexes if re.match(r"^\d{4}-\d{2}-\d{2}$", t.value[:10])]
            if not pattern.search(text):
                anchor = days[-1] if days else anchor
                continue
            parsed = nlp(text)
            seen: set[int] = set()
            for match in pattern.finditer(text):
                span = parsed.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                verb = _governing_verb(span.root)
                if verb is None or verb.i in seen:
                    continue
                seen.add(verb.i)
                when = _nearest(timexes, verb.idx)
                if when == UNDATED:
                    when = anchor or UNDATED
                events.append((when, f"{doc.doc_id}-{number}-{verb.text}"))
            anchor = days[-1] if days else anchor
    dated = sorted({d for d, _ in events if d != UNDATED})
    rank_of = {d: i + 1 for i, d in enumerate(dated)}
    lines: dict[tuple[int, str], list[str]] = defaultdict(list)
    for when, mention in events:
        lines[(rank_of.get(when, 0), when)].append(mention)
    return [
        (rank, when, [m]) for (rank, when), ms in sorted(lines.items()) for m in sorted(set(ms))
    ]


def _governing_verb(token: Any) -> Any:
    """The nearest verb at or above the token in the dependency tree."""
    node = token
    for _ in range(8):
        if node.pos_ == "VERB":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _nearest(timexes: list[Any], offset: int) -> str:
    if not timexes:
        return UNDATED
    best = min(timexes, key=lambda t: abs(t.start - offset))
    value = best.value
    return value[:10] if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", value) else UNDATED


def relations(timeline: list[tuple[int, str, list[str]]]) -> tuple[set[tuple], set[tuple]]:
    """(reduced graph, transitive closure) of a timeline's temporal relations."""
    by_rank: dict[int, list[str]] = defaultdict(list)
    anchors: set[tuple] = set()
    for rank, when, mentions in timeline:
        if rank <= 0:
            continue
        by_rank[rank].extend(mentions)
        for m in mentions:
            anchors.add((m, "ANCHORED", when))
    ranks = sorted(by_rank)
    for rank in ranks:
        by_rank[rank] = sorted(set(by_rank[rank]))
    reduced = set(anchors)
    closure = set(anchors)
    for i, rank in enumerate(ranks):
        group = by_rank[rank]
        reduced |= {_simultaneous(a, b) for a, b in itertools.pairwise(group)}
        closure |= {_simultaneous(a, b) for a in group for b in group if a < b}
        if i + 1 < len(ranks):
            reduced.add((group[-1], "BEFORE", by_rank[ranks[i + 1]][0]))
        for later in ranks[i + 1 :]:
            closure |= {(a, "BEFORE", b) for a in group for b in by_rank[later]}
    return reduced, closure


def _simultaneous(a: str, b: str) -> tuple:
    return (min(a, b), "SIMULTANEOUS", max(a, b))


def awareness_counts(system: list, gold: list) -> tuple[int, int, int, int]:
    """|Sys- ∩ Ref+|, |Sys-|, |Ref- ∩ Sys+|, |Ref-| of one timeline pair."""
    sys_reduced, sys_closure = relations(system)
    ref_reduced, ref_closure = relations(gold)
    return (
        len(sys_reduced & ref_closure),
        len(sys_reduced),
        len(ref_reduced & sys_closure),
        len(ref_reduced),
    )


def prf(counts: tuple[int, int, int, int]) -> tuple[float, float, float]:
    """Precision, recall and F1 from awareness counts."""
    p = counts[0] / counts[1] if counts[1] else 0.0
    r = counts[2] / counts[3] if counts[3] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def temporal_awareness(system: list, gold: list) -> tuple[float, float, float]:
    """Precision, recall and F1 of the system timeline against the gold one."""
    return prf(awareness_counts(system, gold))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--tagger", default="backstory.timex:tag_timexes", help="module:function")
    parser.add_argument("--show", action="store_true", help="print each system timeline")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"semeval2015_eval: no data at {args.data}", file=sys.stderr)
        return 1
    module, _, name = args.tagger.partition(":")
    tag_timexes = getattr(importlib.import_module(module), name)
    docs = read_documents(args.data)
    nlp = load_nlp(None)
    totals = [0, 0, 0, 0]
    paths = sorted((args.data / "gold-timelines").glob("*.txt"))
    print(f"{'target':24} {'gold':>5} {'sys':>5} {'P':>7} {'R':>7} {'F1':>7}")
    for path in paths:
        target, gold = read_timeline(path)
        system = build_timeline(target, docs, nlp, tag_timexes)
        counts = awareness_counts(system, gold)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        p, r, f = prf(counts)
        print(
            f"{target:24} {len(gold):>5} {len(system):>5} {100 * p:7.2f} {100 * r:7.2f} {100 * f:7.2f}"
        )
        if args.show:
            for rank, when, mentions in system:
                print(f"  {rank}\t{when}\t" + "\t".join(mentions))
    p, r, f = prf((totals[0], totals[1], totals[2], totals[3]))
    print(
        f"{'micro (all timelines)':24} {'':>5} {'':>5} {100 * p:7.2f} {100 * r:7.2f} {100 * f:7.2f}"
    )
    print("reference: best 2015 track-A system, F1 7.85 (test corpora)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
