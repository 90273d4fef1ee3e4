"""TempEval-3 Task B event scores of ``backstory timeml`` on TBAQ-cleaned (TimeBank, AQUAINT).

Runs the ``backstory timeml`` code path with EVENT recognition on every gold
document (tags stripped), scores the EVENT tags against the gold ones
(strict and relaxed extent P/R/F1, class accuracy over the relaxed matches,
class F1 = relaxed F1 x class accuracy, micro-averaged, as the TempEval-3
toolkit does; and the tense, aspect and polarity accuracy of the MAKEINSTANCEs) and prints the table and the most frequent misses, false
alarms and class confusions (``--errors N``, 25 by default).

    python benchmarks/timeml_events_eval.py [--data ../shared/data/timeml/TBAQ-cleaned] [--errors 25]

Reference (TempEval-3 platinum test set, UzZaman et al. 2013): best event
F1 81.05 (ATT-1), best class F1 about 71.9.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backstory.timeml_events import EventScores, evaluate_events
from backstory.timex.scoring import markdown_table
from corpora import SHARED_DATA

DEFAULT = SHARED_DATA / "timeml" / "TBAQ-cleaned"
COLUMNS = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
           "class_acc", "class_f1", "tense_acc", "aspect_acc", "polarity_acc")  # fmt: skip


def table(results: dict[str, EventScores]) -> str:
    """The scores as a Markdown table."""
    return markdown_table(results, COLUMNS)


def listing(s: EventScores, n: int) -> str:
    """The most frequent misses, false alarms and class confusions."""
    out = [f"\n== missed ({len(s.missed)}), most frequent first"]
    for (text, cls), c in Counter((t.lower(), k) for _, t, k in s.missed).most_common(n):
        out.append(f"{c:4d}  {text!r:28} {cls}")
    out.append(f"== false alarms ({len(s.spurious)})")
    for (text, cls), c in Counter((t.lower(), k) for _, t, k in s.spurious).most_common(n):
        out.append(f"{c:4d}  {text!r:28} {cls}")
    out.append(f"== class confusions ({len(s.confused)})")
    for (text, g, o), c in Counter((t.lower(), g, o) for _, t, g, o in s.confused).most_common(n):
        out.append(f"{c:4d}  {text!r:28} gold {g:11} ours {o}")
    by_class = Counter((g, o) for _, _, g, o in s.confused)
    out.append("== confusions by class (gold -> ours)")
    for (g, o), c in by_class.most_common(n):
        out.append(f"{c:4d}  {g} -> {o}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT), help="TBAQ-cleaned directory")
    parser.add_argument("--errors", type=int, default=25, help="list the N most frequent errors")
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline (default: the best installed)"
    )
    args = parser.parse_args(argv)
    if not Path(args.data).is_dir():
        print(f"timeml_events_eval: no corpus at {args.data}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    results = evaluate_events(args.data, model=args.model)
    print(table(results))
    print(f"\n({time.perf_counter() - t0:.1f} s)")
    if args.errors:
        print(listing(results["all"], args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
