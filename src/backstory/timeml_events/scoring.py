"""TempEval-3 Task B scoring of EVENT extents and classes.

As the TempEval-3 toolkit's entity evaluation does it, micro-averaged over
documents: strict (same extent) and relaxed (overlapping extent) precision,
recall and F1, class accuracy over the one-to-one relaxed matches, and
class F1 = relaxed F1 x class accuracy; also the accuracy of the tense,
aspect and polarity of each match's MAKEINSTANCE.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


class Mention(Protocol):
    start: int
    end: int
    event_class: str
    tense: str
    aspect: str
    polarity: str


@dataclass
class EventScores:
    """Counts behind the Task B event figures, and the mistakes for listing."""

    gold: int = 0
    system: int = 0
    strict_tp_sys: int = 0
    strict_tp_gold: int = 0
    relaxed_tp_sys: int = 0
    relaxed_tp_gold: int = 0
    matched: int = 0
    class_ok: int = 0
    tense_ok: int = 0
    aspect_ok: int = 0
    polarity_ok: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # doc, text, gold class
    spurious: list[tuple[str, str, str]] = field(default_factory=list)  # doc, text, our class
    confused: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, ours

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

    @property
    def class_accuracy(self) -> float:
        return self.class_ok / self.matched if self.matched else 0.0

    @property
    def class_f1(self) -> float:
        return self.relaxed[2] * self.class_accuracy

    def accuracy(self, attribute: str) -> float:
        """The share of relaxed matches whose ``tense``, ``aspect`` or ``polarity`` agrees."""
        return getattr(self, f"{attribute}_ok") / self.matched if self.matched else 0.0

    def add(self, other: EventScores) -> EventScores:
        """The sum of two score sheets (micro-averaging)."""
        out = EventScores()
        for name in ("gold", "system", "strict_tp_sys", "strict_tp_gold", "relaxed_tp_sys",
                     "relaxed_tp_gold", "matched", "class_ok", "tense_ok", "aspect_ok",
                     "polarity_ok"):  # fmt: skip
            setattr(out, name, getattr(self, name) + getattr(other, name))
        out.missed = self.missed + other.missed
        out.spurious = self.spurious + other.spurious
        out.confused = self.confused + other.confused
        return out

    def row(self) -> dict[str, float]:
        """The figures by column name."""
        sp, sr, sf = self.strict
        rp, rr, rf = self.relaxed
        return {"strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp,
                "relaxed_r": rr, "relaxed_f1": rf, "class_acc": self.class_accuracy,
                "class_f1": self.class_f1, "tense_acc": self.accuracy("tense"),
                "aspect_acc": self.accuracy("aspect"),
                "polarity_acc": self.accuracy("polarity")}  # fmt: skip


def _overlap(a: Mention, b: Mention) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_events(
    gold: Sequence[Mention], system: Sequence[Mention], *, doc: str = "", text: str = ""
) -> EventScores:
    """Scores of one document's system events against its gold ones (offsets in the same text)."""
    s = EventScores(gold=len(gold), system=len(system))
    gold_spans = {(g.start, g.end) for g in gold}
    sys_spans = {(t.start, t.end) for t in system}
    s.strict_tp_sys = sum((t.start, t.end) in gold_spans for t in system)
    s.strict_tp_gold = sum((g.start, g.end) in sys_spans for g in gold)
    s.relaxed_tp_sys = sum(any(_overlap(t, g) for g in gold) for t in system)
    s.relaxed_tp_gold = sum(any(_overlap(g, t) for t in system) for g in gold)
    pairs = sorted(
        ((_overlap(g, t), i, j) for i, g in enumerate(gold) for j, t in enumerate(system)
         if _overlap(g, t)),
        reverse=True,
    )  # fmt: skip
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, i, j in pairs:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        g, t = gold[i], system[j]
        s.matched += 1
        s.tense_ok += g.tense == t.tense
        s.aspect_ok += g.aspect == t.aspect
        s.polarity_ok += g.polarity == t.polarity
        if g.event_class == t.event_class:
            s.class_ok += 1
        else:
            s.confused.append((doc, text[g.start : g.end], g.event_class, t.event_class))
    s.missed = [(doc, text[g.start : g.end], g.event_class)
                for i, g in enumerate(gold) if i not in used_g]  # fmt: skip
    s.spurious = [(doc, text[t.start : t.end], t.event_class)
                  for j, t in enumerate(system) if j not in used_s]  # fmt: skip
    return s


def total_events(scores: Iterable[EventScores]) -> EventScores:
    """The micro-averaged sum of per-document scores."""
    out = EventScores()
    for s in scores:
        out = out.add(s)
    return out


def score_timeml_events(gold_xml: str, system_xml: str, *, doc: str = "") -> EventScores:
    """Event scores of a system-annotated TimeML document against the gold one (same text)."""
    from backstory.timex.timeml import parse_timeml

    gold = parse_timeml(gold_xml, doc)
    system = parse_timeml(system_xml, doc)
    if gold.raw != system.raw:
        raise ValueError(f"{doc}: the annotated text differs from the gold text")
    return score_events(gold.gold_events, system.gold_events, doc=doc, text=gold.raw)


def evaluate_events(
    root: str | Path, parts: Sequence[str] = ("TimeBank", "AQUAINT"), *, model: str | None = None
) -> dict[str, EventScores]:
    """Task B event scores of ``backstory timeml`` output on each part of a TimeML corpus, and on all."""
    from backstory.timex.timeml import annotate_timeml

    results: dict[str, EventScores] = {}
    for part in parts:
        scores = []
        for path in sorted((Path(root) / part).glob("*.tml")):
            gold_xml = path.read_text(encoding="utf-8")
            system_xml = annotate_timeml(gold_xml, str(path), events=True, model=model)
            scores.append(score_timeml_events(gold_xml, system_xml, doc=path.name))
        results[part] = total_events(scores)
    results["all"] = total_events(results[p] for p in parts)
    return results
