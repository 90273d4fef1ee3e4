"""Wire copy of 2024-2026 the temporal engine reads: schedules, seasons before a noun,
anaphora and parse walks on verbless lines, on sentences written for these tests."""

from __future__ import annotations

import time
from datetime import datetime
from functools import cache
from typing import Any

import pytest

from backstory.timex import tag_timexes
from backstory.timex.anchor import tense_from_doc

THURSDAY = datetime(2025, 11, 20, 10, 0)  # a Thursday morning


@cache
def _nlp() -> Any:
    from backstory.nlp import load_nlp

    return load_nlp()


def one(text: str, phrase: str, dct: datetime = THURSDAY, *, parsed: bool = False):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    doc = _nlp()(text) if parsed else None
    found = tag_timexes(text, dct, doc=doc)
    hits = [t for t in found if t.text == phrase]
    assert len(hits) == 1, [(t.text, t.value) for t in found]
    return hits[0]


@pytest.mark.parametrize(
    "text",
    ["The outlook for next year.", "Next year, and the year after.", "Markets: the week ahead."],
)
def test_a_verbless_line_is_read_promptly_from_its_parse(text: str) -> None:
    doc = _nlp()(text)
    began = time.monotonic()
    found = tag_timexes(text, THURSDAY, doc=doc)
    for token in doc:
        assert tense_from_doc(doc, token.idx, token.idx + len(token)) is None
    assert time.monotonic() - began < 2
    assert found


def test_next_year_in_a_verbless_headline() -> None:
    assert one("The outlook for next year.", "next year", parsed=True).value == "2026"
