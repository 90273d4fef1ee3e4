"""The seed article's timexes come out right through ``backstory extract``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SEED, SEED_EXPECTED

EXPECTED = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extracted() -> list[dict]:
    article = EXPECTED["article"]
    published = f"{article['published_date']}T{article.get('published_time') or '00:00'}"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "backstory",
            "extract",
            str(SEED),
            "--published",
            published,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)["timexes"]


@pytest.mark.parametrize("want", EXPECTED["timexes"], ids=lambda w: w["text"])
def test_seed_timex(extracted: list[dict], want: dict) -> None:
    check_timex(extracted, want)


def check_timex(extracted: list[dict], want: dict) -> None:
    """Every timex with the expected text has the expected interval, mod and vagueness."""
    found = [t for t in extracted if t["text"] == want["text"]]
    assert found, f"no timex with text {want['text']!r}; got {[t['text'] for t in extracted]}"
    for t in found:
        interval = t.get("interval") or {}
        if "begin" in want:
            assert interval.get("begin") == want["begin"], t
        if "end" in want:
            assert interval.get("end") == want["end"], t
        if "mod_one_of" in want:
            assert t["mod"] in want["mod_one_of"], t
        if "latest_end" in want:
            assert interval.get("end") and interval["end"] <= want["latest_end"], t
        if "vague" in want:
            assert bool(t.get("vague")) == want["vague"], t
