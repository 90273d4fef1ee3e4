"""The evaluation gate of EVENT recognition: TempEval-3 Task B scores of ``backstory timeml``
on TBAQ-cleaned, with the TIMEX3 scores of the same output unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from backstory.cli import cli
from backstory.timeml_events import score_timeml_events
from backstory.timeml_events.scoring import total_events
from backstory.timex.scoring import score_timeml, total

# What the recogniser reaches now on all of TBAQ-cleaned (rounded down); floors may only go up.
FLOORS = {"strict_f1": 0.85, "relaxed_f1": 0.85, "class_acc": 0.82, "class_f1": 0.70}
# The TIMEX3 floors of tests/test_timex_eval.py: adding events must not change the timexes.
TIMEX_FLOORS = {"relaxed_f1": 0.94, "strict_f1": 0.89, "value_f1": 0.82}
_TAGS = re.compile(r"<[^>]+>")


def _text_of(xml: str) -> str:
    match = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    assert match is not None
    return _TAGS.sub("", match.group(1))


@pytest.mark.data
@pytest.mark.slow
def test_timeml_events_score_at_the_floors(shared_data: Path, tmp_path: Path) -> None:
    corpus = shared_data / "timeml" / "TBAQ-cleaned"
    runner = CliRunner()
    events, timexes = [], []
    for part in ("TimeBank", "AQUAINT"):
        result = runner.invoke(cli, ["timeml", str(corpus / part), str(tmp_path / part)])
        assert result.exit_code == 0, result.output
        for gold_path in sorted((corpus / part).glob("*.tml")):
            gold = gold_path.read_text(encoding="utf-8")
            out = (tmp_path / part / gold_path.name).read_text(encoding="utf-8")
            assert _text_of(out) == _text_of(gold), f"{gold_path.name}: text changed"
            events.append(score_timeml_events(gold, out, doc=gold_path.name))
            timexes.append(score_timeml(gold, out, doc=gold_path.name))
    row = total_events(events).row()
    for name, floor in FLOORS.items():
        assert row[name] >= floor, f"event {name} {row[name]:.3f} < floor {floor}"
    timex_row = total(timexes).row()
    for name, floor in TIMEX_FLOORS.items():
        assert timex_row[name] >= floor, f"timex {name} {timex_row[name]:.3f} < floor {floor}"


def test_event_scorer_counts_strict_relaxed_and_class() -> None:
    from backstory.timeml_events.scoring import score_events
    from backstory.timex.timeml import GoldEvent

    gold = [
        GoldEvent(0, 4, "said", "e1", "REPORTING", tense="PAST"),
        GoldEvent(10, 16, "attack", "e2", "OCCURRENCE"),
        GoldEvent(20, 25, "hopes", "e3", "I_STATE"),
    ]
    ours = [
        GoldEvent(0, 4, "said", "e1", "REPORTING", tense="PRESENT"),
        GoldEvent(10, 18, "attacks", "e2", "STATE"),
        GoldEvent(30, 33, "won", "e3", "OCCURRENCE"),
    ]
    s = score_events(gold, ours)
    assert s.strict == (pytest.approx(1 / 3), pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert s.relaxed[2] == pytest.approx(2 / 3)
    assert (s.matched, s.class_ok) == (2, 1)
    assert s.class_f1 == pytest.approx(2 / 3 * 0.5)
    assert s.accuracy("tense") == 0.5 and s.accuracy("polarity") == 1.0
    assert [m[2] for m in s.missed] == ["I_STATE"] and [f[2] for f in s.spurious] == ["OCCURRENCE"]
