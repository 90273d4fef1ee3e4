"""Wire copy the temporal engine reads: the shopping days after Thanksgiving, "earlier
on Thursday", seasons across the turn of the year and nights named by a weekday, on
sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from backstory.timex import tag_timexes

THURSDAY = datetime(2025, 11, 20, 10, 0)  # a Thursday morning


def one(text: str, phrase: str, dct: datetime = THURSDAY):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    found = tag_timexes(text, dct)
    hits = [t for t in found if t.text == phrase]
    assert len(hits) == 1, [(t.text, t.value) for t in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shops will open late on Black Friday.", "Black Friday", "2025-11-28"),
        ("Analysts expect Cyber Monday sales to top $13 billion.", "Cyber Monday", "2025-12-01"),
        ("Black Friday 2024 was the weakest in a decade.", "Black Friday 2024", "2024-11-29"),
        ("The chain said Cyber Monday 2023 broke its record.", "Cyber Monday 2023", "2023-11-27"),
    ],
)
def test_the_shopping_days_after_thanksgiving(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("DATE", value)
    assert t.begin == t.end_date == value


def test_a_shopping_day_gone_by_said_after_it() -> None:
    t = one(
        "Retailers reported record sales on Black Friday.", "Black Friday", datetime(2025, 12, 3, 9)
    )
    assert t.value == "2025-11-28"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Earlier on Thursday, the minister met union leaders.",
            "Earlier on Thursday",
            "2025-11-20",
        ),
        ("The talks are due to resume later on Friday.", "later on Friday", "2025-11-21"),
        ("Earlier Tuesday, riot police cleared the square.", "Earlier Tuesday", "2025-11-18"),
    ],
)
def test_earlier_on_a_weekday_is_one_expression_for_that_day(
    text: str, phrase: str, value: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, None)
    assert t.begin == t.end_date == value


def test_a_unit_before_earlier_keeps_it() -> None:
    found = [
        (t.text, t.value)
        for t in tag_timexes("A week earlier on Monday, he had resigned.", THURSDAY)
    ]
    assert ("A week earlier", "2025-W46") in found
    assert ("Monday", "2025-11-17") in found


def test_timeml_leaves_earlier_before_a_weekday_outside() -> None:
    from backstory.timex.timeml import _timex_spans

    text = "Earlier on Thursday, the minister met union leaders."
    (span,) = _timex_spans(text, tag_timexes(text, THURSDAY))
    assert text[span[0] : span[1]] == "Thursday"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "interval"),
    [
        (
            "He scored 12 goals in the 2025-26 season.",
            "2025-26",
            "2026",
            ("2025-07-01", "2026-06-30"),
        ),
        (
            "The striker was loaned out for the 2024/25 Serie A campaign.",
            "2024/25",
            "2025",
            ("2024-07-01", "2025-06-30"),
        ),
        (
            "Enrolment fell 3% in the 2024-25 school year.",
            "2024-25",
            "2025",
            ("2024-07-01", "2025-06-30"),
        ),
        # a budget's year begins in a month of the country's own: both years
        (
            "The 2025-26 budget cut defence spending.",
            "2025-26",
            "2026",
            ("2025-01-01", "2026-12-31"),
        ),
    ],
)
def test_a_season_runs_from_one_years_second_half_to_the_next_ones_first(
    text: str, phrase: str, value: str, interval: tuple[str, str]
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.begin, t.end_date) == ("DATE", value, *interval)


@pytest.mark.parametrize(
    ("text", "phrase", "night"),
    [
        (
            "The storm is forecast to bring gales overnight Friday into Saturday.",
            "overnight Friday into Saturday",
            "2025-11-21",
        ),
        (
            "Snow is expected overnight on Sunday across the Highlands.",
            "overnight on Sunday",
            "2025-11-23",
        ),
        ("Overnight Tuesday, drones struck two power stations.", "Overnight Tuesday", "2025-11-18"),
    ],
)
def test_overnight_with_a_weekday_runs_into_the_next_morning(
    text: str, phrase: str, night: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("TIME", f"{night}TNI")
    morning = (datetime.fromisoformat(night) + timedelta(days=1)).date().isoformat()
    assert (t.begin, t.end_date) == (f"{night}T21:00", f"{morning}T05:59")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On Tuesday, rescuers worked through the night.", "the night", "2025-11-18TNI"),
        (
            "Firefighters battled the blaze on Sunday and kept at it throughout the night.",
            "the night",
            "2025-11-16TNI",
        ),
        (
            "On Monday, protesters stayed in the square throughout the day.",
            "the day",
            "2025-11-17",
        ),
    ],
)
def test_through_the_night_is_the_story_days(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.value, t.mod) == (value, None)
    assert t.begin is not None and t.begin.startswith(value[:10])


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers worked through the night.",
        "The pharmacy stays open through the night.",
        "The museum is open throughout the day.",
    ],
)
def test_through_the_night_without_a_day_told_of_is_no_timex(text: str) -> None:
    assert tag_timexes(text, THURSDAY) == []


def test_a_plan_through_the_night_after_a_day_gone_by_is_not_that_days_night() -> None:
    text = "The storm hit on Sunday. Crews will work through the night to restore power."
    assert [t.text for t in tag_timexes(text, THURSDAY)] == ["Sunday"]
