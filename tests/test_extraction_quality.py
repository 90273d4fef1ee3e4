"""Quality floors for extraction on real annotated data (floors may only go up).

The figures come from benchmarks/extraction_eval.py; see README "Extraction".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import extraction_eval
from backstory.settings import Settings


@pytest.mark.slow
def test_entity_linking_accuracy_on_annotated_articles() -> None:
    rows = extraction_eval.evaluate_annotated(Settings())
    correct, total = sum(r[1] for r in rows), sum(r[2] for r in rows)
    assert total >= 80  # the three Wikinews articles at least
    assert correct / total >= 0.94, rows


@pytest.mark.slow
def test_seed_entity_expectations_all_met() -> None:
    met, total = extraction_eval.evaluate_seed_entities(Settings())
    assert met == total


@pytest.mark.data
@pytest.mark.slow
def test_event_triggers_and_anchoring_on_wikinews(shared_data: Path) -> None:
    scores = extraction_eval.evaluate_events(Settings())
    assert scores["precision"] >= 0.8
    assert scores["f1"] >= 0.40
    assert scores["anchored right (extracted)"] >= 0.60
