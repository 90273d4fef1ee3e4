"""TempEval-3 Task A scoring of temporal expressions.

Span scores as the TempEval-3 toolkit computes them, micro-averaged over
all documents: strict (same extent) and relaxed (overlapping extent)
precision, recall and F1. Attribute scores over the relaxed matches: type
accuracy and value accuracy; value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar


class Annotated(Protocol):
    start: int
    end: int
    type: str
    value: str


@dataclass
class ValueError_:
    """One relaxed match whose value (or type) differs."""

    doc: str
    text: str
    gold_type: str
    gold_value: str
    system_type: str
    system_value: str
    start: int = 0


class Span(Protocol):
    start: int
    end: int


@dataclass
class SpanScores:
    """Span counts of a TempEval-3 entity evaluation: strict (same extent) and
    relaxed (overlapping extent) matches of system against gold mentions."""

    gold: int = 0
    system: int = 0
    strict_tp_sys: int = 0
    strict_tp_gold: int = 0
    relaxed_tp_sys: int = 0
    relaxed_tp_gold: int = 0
    matched: int = 0

    _COUNTS = ("gold", "system", "strict_tp_sys", "strict_tp_gold", "relaxed_tp_sys",
               "relaxed_tp_gold", "matched")  # fmt: skip

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict(self) -> tuple[float, float, float]:
        p = self.strict_tp_sys / self.system if self.system else 0.0
        r = self.strict_tp_gold / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    @property
    def relaxed(self) -> tuple[float, float, float]:
        p = self.relaxed_tp_sys / self.system if self.system else 0.0
        r = self.relaxed_tp_gold / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    def _sum_counts(self, other: SpanScores, out: SpanScores) -> None:
        for name in self._COUNTS:
            setattr(out, name, getattr(self, name) + getattr(other, name))

    def _span_row(self) -> dict[str, float]:
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp,
                "relaxed_r": rr, "relaxed_f1": rf}  # fmt: skip


def markdown_table(results: dict[str, Any], columns: Sequence[str]) -> str:
    """Score sheets by corpus as a Markdown table of the named ``row()`` columns."""
    lines = ["| corpus | gold | system | " + " | ".join(columns) + " |",
             "|---|---:|---:|" + "---:|" * len(columns)]  # fmt: skip
    for name, sheet in results.items():
        row = sheet.row()
        cells = " | ".join(f"{row[c]:.3f}" for c in columns)
        lines.append(f"| {name} | {sheet.gold} | {sheet.system} | {cells} |")
    return "\n".join(lines)


def match_spans(
    scores: SpanScores, gold: Sequence[Span], system: Sequence[Span]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Fill the span counts of ``scores``; return the one-to-one relaxed matches
    (gold index, system index; largest overlap first), the unmatched gold and the
    unmatched system indices."""
    scores.gold, scores.system = len(gold), len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    sys_spans = {(t.start, t.end) for t in system}
    scores.strict_tp_sys = sum((t.start, t.end) in gold_spans for t in system)
    scores.strict_tp_gold = sum((g.start, g.end) in sys_spans for g in gold)
    scores.relaxed_tp_sys = sum(any(_overlap(t, g) for g in gold) for t in system)
    scores.relaxed_tp_gold = sum(any(_overlap(g, t) for t in system) for g in gold)
    pairs = sorted(
        ((_overlap(g, t), i, j) for i, g in enumerate(gold) for j, t in enumerate(system)
         if _overlap(g, t)),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_s: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        matches.append((i, j))
    scores.matched = len(matches)
    missed = [i for i in range(len(gold)) if i not in used_g]
    spurious = [j for j in range(len(system)) if j not in used_s]
    return matches, missed, spurious


@dataclass
class Scores(SpanScores):
    type_ok: int = 0
    value_ok: int = 0
    errors: list[ValueError_] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # doc, text, value
    spurious: list[tuple[str, str, str]] = field(default_factory=list)
    boundary: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # doc, gold text, system text

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.matched if self.matched else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.matched if self.matched else 0.0

    @property
    def value_f1(self) -> float:
        return self.relaxed[2] * self.value_accuracy

    @property
    def type_f1(self) -> float:
        return self.relaxed[2] * self.type_accuracy

    def add(self, other: Scores) -> Scores:
        out = Scores()
        self._sum_counts(other, out)
        out.type_ok = self.type_ok + other.type_ok
        out.value_ok = self.value_ok + other.value_ok
        out.errors = self.errors + other.errors
        out.missed = self.missed + other.missed
        out.spurious = self.spurious + other.spurious
        out.boundary = self.boundary + other.boundary
        return out

    def row(self) -> dict[str, float]:
        return self._span_row() | {"type_acc": self.type_accuracy,
                                   "value_acc": self.value_accuracy,
                                   "value_f1": self.value_f1}  # fmt: skip


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_document(
    gold: Sequence[Annotated], system: Sequence[Annotated], *, doc: str = "", text: str = ""
) -> Scores:
    """Scores of one document's system timexes against its gold ones (offsets in the same text)."""
    s = Scores()
    matches, missed, spurious = match_spans(s, gold, system)
    for i, j in matches:
        g, t = gold[i], system[j]
        s.type_ok += g.type == t.type
        s.value_ok += g.value == t.value
        if g.value != t.value or g.type != t.type:
            s.errors.append(
                ValueError_(doc, text[g.start : g.end], g.type, g.value, t.type, t.value, g.start)
            )
        if (g.start, g.end) != (t.start, t.end):
            s.boundary.append((doc, text[g.start : g.end], text[t.start : t.end]))
    s.missed = [(doc, text[gold[i].start : gold[i].end], gold[i].value) for i in missed]
    s.spurious = [(doc, text[system[j].start : system[j].end], system[j].value) for j in spurious]
    return s


def total(scores: Iterable[Scores]) -> Scores:
    """The micro-averaged sum of per-document scores."""
    out = Scores()
    for s in scores:
        out = out.add(s)
    return out


def parsed_pair(gold_xml: str, system_xml: str, doc: str = "") -> tuple[Any, Any]:
    """The gold and the system TimeML of one document, which must hold the same text."""
    from backstory.timex.timeml import parse_timeml

    gold = parse_timeml(gold_xml, doc)
    system = parse_timeml(system_xml, doc)
    if gold.raw != system.raw:
        raise ValueError(f"{doc}: the annotated text differs from the gold text")
    return gold, system


def score_timeml(gold_xml: str, system_xml: str, *, doc: str = "") -> Scores:
    """Scores of a system-annotated TimeML document against the gold one (same text)."""
    gold, system = parsed_pair(gold_xml, system_xml, doc)
    return score_document(gold.gold, system.gold, doc=doc, text=gold.raw)


S = TypeVar("S", bound=SpanScores)


def evaluate_parts(
    root: str | Path,
    parts: Sequence[str],
    score_file: Callable[[Path, str], S],
    summed: Callable[[Iterable[S]], S],
) -> dict[str, S]:
    """Each part's micro-averaged scores, and all parts': ``score_file(path, gold_xml)``
    scores one gold TimeML file, ``summed`` adds score sheets up."""
    results: dict[str, S] = {}
    for part in parts:
        results[part] = summed(
            score_file(path, path.read_text(encoding="utf-8"))
            for path in sorted((Path(root) / part).glob("*.tml"))
        )
    results["all"] = summed(results[p] for p in parts)
    return results


def evaluate_corpus(
    root: str | Path, parts: Sequence[str] = ("TimeBank", "AQUAINT")
) -> dict[str, Scores]:
    """TempEval-3 scores of ``backstory timeml`` output on each part of a TimeML corpus, and on all."""
    from backstory.timex.timeml import annotate_timeml

    def score_file(path: Path, gold_xml: str) -> Scores:
        return score_timeml(gold_xml, annotate_timeml(gold_xml, str(path)), doc=path.name)

    return evaluate_parts(root, parts, score_file, total)
