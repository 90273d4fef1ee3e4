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

from backstory.timex.scoring import SpanScores, evaluate_parts, match_spans, parsed_pair


class Mention(Protocol):
    start: int
    end: int
    event_class: str
    tense: str
    aspect: str
    polarity: str


@dataclass
class EventScores(SpanScores):
    """Counts behind the Task B event figures, and the mistakes for listing."""

    class_ok: int = 0
    tense_ok: int = 0
    aspect_ok: int = 0
    polarity_ok: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # doc, text, gold class
    spurious: list[tuple[str, str, str]] = field(default_factory=list)  # doc, text, our class
    confused: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, ours

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
        self._sum_counts(other, out)
        for name in ("class_ok", "tense_ok", "aspect_ok", "polarity_ok"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        out.missed = self.missed + other.missed
        out.spurious = self.spurious + other.spurious
        out.confused = self.confused + other.confused
        return out

    def row(self) -> dict[str, float]:
        """The figures by column name."""
        return self._span_row() | {"class_acc": self.class_accuracy, "class_f1": self.class_f1,
                                   "tense_acc": self.accuracy("tense"),
                                   "aspect_acc": self.accuracy("aspect"),
                                   "polarity_acc": self.accuracy("polarity")}  # fmt: skip


def score_events(
    gold: Sequence[Mention], system: Sequence[Mention], *, doc: str = "", text: str = ""
) -> EventScores:
    """Scores of one document's system events against its gold ones (offsets in the same text)."""
    s = EventScores()
    matches, missed, spurious = match_spans(s, gold, system)
    for i, j in matches:
        g, t = gold[i], system[j]
        s.tense_ok += g.tense == t.tense
        s.aspect_ok += g.aspect == t.aspect
        s.polarity_ok += g.polarity == t.polarity
        if g.event_class == t.event_class:
            s.class_ok += 1
        else:
            s.confused.append((doc, text[g.start : g.end], g.event_class, t.event_class))
    s.missed = [(doc, text[gold[i].start : gold[i].end], gold[i].event_class) for i in missed]
    s.spurious = [
        (doc, text[system[j].start : system[j].end], system[j].event_class) for j in spurious
    ]
    return s


def total_events(scores: Iterable[EventScores]) -> EventScores:
    """The micro-averaged sum of per-document scores."""
    out = EventScores()
    for s in scores:
        out = out.add(s)
    return out


def score_timeml_events(gold_xml: str, system_xml: str, *, doc: str = "") -> EventScores:
    """Event scores of a system-annotated TimeML document against the gold one (same text)."""
    gold, system = parsed_pair(gold_xml, system_xml, doc)
    return score_events(gold.gold_events, system.gold_events, doc=doc, text=gold.raw)


def evaluate_events(
    root: str | Path, parts: Sequence[str] = ("TimeBank", "AQUAINT"), *, model: str | None = None
) -> dict[str, EventScores]:
    """Task B event scores of ``backstory timeml`` output on each part of a TimeML corpus, and on all."""
    from backstory.timex.timeml import annotate_timeml

    def score_file(path: Path, gold_xml: str) -> EventScores:
        system_xml = annotate_timeml(gold_xml, str(path), events=True, model=model)
        return score_timeml_events(gold_xml, system_xml, doc=path.name)

    return evaluate_parts(root, parts, score_file, total_events)
