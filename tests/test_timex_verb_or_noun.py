"""A timetable verb ("hosts", "meets", "opens") right after a past verb is its object, a
noun: it does not make the date ahead ("beat hosts Germany on July 5" is the past July 5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes

DCT = datetime(2025, 7, 13, 21)


@pytest.mark.parametrize(
    ("sentence", "day", "value"),
    [
        ("Portugal beat hosts Switzerland in the semi-finals on July 2.", "July 2", "2025-07-02"),
        (
            "The Kiwis defeated hosts Australia by six wickets on July 9 to level the series.",
            "July 9",
            "2025-07-09",
        ),
        ("Italy drew against hosts Norway on July 4 in Oslo.", "July 4", "2025-07-04"),
    ],
)
def test_a_schedule_word_after_a_past_verb_is_its_object(sentence, day, value) -> None:
    found = [t for t in tag_timexes(sentence, DCT) if t.text == day]
    assert [t.value for t in found] == [value]


def test_a_schedule_verb_of_its_own_subject_still_looks_ahead() -> None:
    sentence = "Switzerland hosts Portugal in the final on July 2."
    found = [t for t in tag_timexes(sentence, datetime(2025, 6, 20, 9)) if t.text == "July 2"]
    assert [t.value for t in found] == ["2025-07-02"]
    found = [t for t in tag_timexes(sentence, DCT) if t.text == "July 2"]
    assert [t.value for t in found] == ["2026-07-02"]
