"""Timeline quality floor on Timeline17 (../shared/data/tls-t17), as benchmarks/tls_eval.py
measures it: mean date F1 over the four topics and alignment ROUGE-1 above the
in-run baseline (the N days with the most articles). Floors may only go up."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from backstory.timex import tag_timexes
from conftest import ROOT

DATE_F1_FLOOR = 0.82


def _tls_eval():
    spec = importlib.util.spec_from_file_location("tls_eval", ROOT / "benchmarks" / "tls_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.data
@pytest.mark.slow
def test_timeline17_date_f1_and_alignment_rouge_floors(shared_data: Path) -> None:
    tls_eval = _tls_eval()
    data = shared_data / "tls-t17"
    if not data.is_dir():
        pytest.skip(f"Timeline17 not found at {data}")
    results = tls_eval.evaluate(data, list(tls_eval.TOPICS), tag_timexes)
    ours = tls_eval.topic_means(results["backstory"])
    baseline = tls_eval.topic_means(results["baseline"])
    assert ours["date_f1"] >= DATE_F1_FLOOR, tls_eval.format_report(results)
    assert ours["align_r1"] > baseline["align_r1"], tls_eval.format_report(results)
