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


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The club plans to sign a striker in the summer transfer window.",
            "the summer",
            "2026-SU",
        ),
        ("United will move for a goalkeeper in the summer window.", "the summer", "2026-SU"),
        ("The club signed two defenders in the summer window.", "the summer", "2025-SU"),
    ],
)
def test_a_season_before_a_span_noun_is_placed_by_the_verb(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Police said the gunman had bought the rifle the evening before.", "the evening before",
         "2025-11-19TEV"),
        ("The ministers met on Monday. The afternoon before, aides had drafted a text.",
         "The afternoon before", "2025-11-16TAF"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_before_or_after(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Net profit in the first half of FY26 rose 12%, the lender said.",
         "the first half of FY26", "2026-H1"),
        ("Sales in the third quarter of FY25 fell 3%.", "the third quarter of FY25", "2025-Q3"),
        ("Revenue in the first quarter of fiscal year 2026 is seen rising.",
         "the first quarter of fiscal year 2026", "2026-Q1"),
        ("Margins narrowed in the second half of fiscal year 2025.",
         "the second half of fiscal year 2025", "2025-H2"),
    ],
)  # fmt: skip
def test_a_quarter_or_half_of_a_fiscal_year_code(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Hotel bookings surged ahead of Thanksgiving, the group said.", "Thanksgiving",
         "2025-11-27"),
        ("The lira weakened in the run-up to the Dec. 3 vote.", "Dec. 3", "2025-12-03"),
        ("The lira weakened ahead of the Nov. 3 vote.", "Nov. 3", "2025-11-03"),
        ("Traders awaited December's rate decision.", "December", "2025-12"),
    ],
)  # fmt: skip
def test_what_a_past_deed_awaited_is_the_closest(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The farmers' market is held every second Saturday.", "every second Saturday",
         "XXXX-WXX-6"),
        ("The survey is carried out every third year.", "every third year", "P3Y"),
        ("Bins are collected every other Friday.", "every other Friday", "XXXX-WXX-5"),
    ],
)  # fmt: skip
def test_every_second_or_third_unit_is_one_set(text: str, phrase: str, value: str) -> None:
    found = one(text, phrase)
    assert (found.type, found.value, found.quant) == ("SET", value, "EVERY")


def test_a_list_of_months_that_steps_back_stays_behind() -> None:
    text = "Exports fell in December and November, customs data showed."
    dct = datetime(2026, 1, 8, 10, 0)
    assert (one(text, "December", dct).value, one(text, "November", dct).value) == (
        "2025-12",
        "2025-11",
    )


def test_a_pair_of_months_ahead_across_new_year_still_follows() -> None:
    text = "The central bank could cut rates in November or January."
    dct = datetime(2025, 10, 20, 10, 0)
    assert one(text, "January", dct).value == "2026-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Power was restored to most homes in the early hours, the utility said.",
         "the early hours", "2025-11-20"),
        ("Rebels attacked the base on Sunday. In the early hours, drones struck the airport.",
         "the early hours", "2025-11-16"),
        ("Negotiators met on Tuesday and talked into the early hours.", "the early hours",
         "2025-11-19"),
        ("Protests broke out in March 2024. In the early hours, police moved in.",
         "the early hours", "XXXX-XX-XX"),
    ],
)  # fmt: skip
def test_the_early_hours_are_the_start_of_the_day_told_of(
    text: str, phrase: str, value: str
) -> None:
    found = one(text, phrase)
    assert (found.type, found.value, found.mod) == ("DATE", value, "START")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Exports were down 4% from the same month last year.", "the same month last year",
         "2024-11"),
        ("Exports in October fell 4% from the same month a year earlier.",
         "the same month a year earlier", "2024-10"),
        ("Footfall rose 3% from the same day last year.", "the same day last year",
         "2024-11-20"),
        ("The same week last year, prices fell.", "The same week last year", "2024-W47"),
    ],
)  # fmt: skip
def test_the_same_unit_last_year(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value
