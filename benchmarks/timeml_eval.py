"""TempEval-3 Task A scores of the temporal engine on TBAQ-cleaned (TimeBank, AQUAINT).

Runs the ``backstory timeml`` code path on every gold document (tags
stripped), scores the output against the gold TIMEX3s, and prints the
table; ``--errors N`` lists the N most frequent value errors, misses and
false alarms.

    python benchmarks/timeml_eval.py [--data ../shared/data/timeml/TBAQ-cleaned] [--errors 30]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from backstory.timex.scoring import Scores, evaluate_corpus, markdown_table
from corpora import SHARED_DATA

DEFAULT = SHARED_DATA / "timeml" / "TBAQ-cleaned"
COLUMNS = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
           "type_acc", "value_acc", "value_f1")  # fmt: skip


def table(results: dict[str, Scores]) -> str:
    """The scores as a Markdown table."""
    return markdown_table(results, COLUMNS)


def listing(s: Scores, n: int) -> str:
    out = ["", f"== value/type errors ({len(s.errors)}), most frequent first"]
    errs = Counter(
        (e.text.lower(), e.gold_type, e.gold_value, e.system_type, e.system_value) for e in s.errors
    )
    for (text, gt, gv, st, sv), c in errs.most_common(n):
        out.append(f"{c:4d}  {text!r:40} gold {gt} {gv:14} sys {st} {sv}")
    out.append(f"== missed ({len(s.missed)})")
    for (text, value), c in Counter((t.lower(), v) for _, t, v in s.missed).most_common(n):
        out.append(f"{c:4d}  {text!r:40} {value}")
    out.append(f"== spurious ({len(s.spurious)})")
    for (text, value), c in Counter((t.lower(), v) for _, t, v in s.spurious).most_common(n):
        out.append(f"{c:4d}  {text!r:40} {value}")
    out.append(f"== boundary ({len(s.boundary)})")
    for (g, t), c in Counter((g.lower(), t.lower()) for _, g, t in s.boundary).most_common(n):
        out.append(f"{c:4d}  gold {g!r:40} sys {t!r}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT), help="TBAQ-cleaned directory")
    parser.add_argument("--errors", type=int, default=0, help="list the N most frequent errors")
    args = parser.parse_args(argv)
    if not Path(args.data).is_dir():
        print(f"timeml_eval: no corpus at {args.data}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    results = evaluate_corpus(args.data)
    print(table(results))
    print(f"\n({time.perf_counter() - t0:.1f} s)")
    if args.errors:
        print(listing(results["all"], args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
