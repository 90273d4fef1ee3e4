"""News sentences the temporal engine reads: named days gone by after a past report,
nights that run into the next morning, opening hours, the early hours of a day named,
and seasons in habits, on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes

THURSDAY = datetime(2025, 11, 20, 10, 0)  # a Thursday morning


def found(text: str, dct: datetime = THURSDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, dct)]


def one(text: str, phrase: str, dct: datetime = THURSDAY):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    tags = tag_timexes(text, dct)
    hits = [t for t in tags if t.text == phrase]
    assert len(hits) == 1, [(t.text, t.value) for t in tags]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "value"),
    [
        # a week before this year's Black Friday: the report is of last year's
        (
            "Retailers reported record sales on Black Friday.",
            "Black Friday",
            THURSDAY,
            "2024-11-29",
        ),
        (
            "The bishop said on Christmas Eve that the war must end.",
            "Christmas Eve",
            datetime(2025, 12, 19, 8),
            "2024-12-24",
        ),
        (
            "Airlines reported record traffic on Thanksgiving.",
            "Thanksgiving",
            datetime(2025, 11, 22, 8),
            "2024-11-28",
        ),
    ],
)
def test_a_named_day_after_a_past_report_is_the_one_gone_by(
    text: str, phrase: str, dct: datetime, value: str
) -> None:
    assert one(text, phrase, dct).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Retailers expect record sales on Black Friday.", "Black Friday", "2025-11-28"),
        ("The chain said it will open early on Black Friday.", "Black Friday", "2025-11-28"),
    ],
)
def test_a_named_day_ahead_in_a_plan_stays_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin", "end"),
    [
        (
            "Heavy rain fell overnight Friday into Saturday, flooding roads.",
            "overnight Friday into Saturday",
            "2025-11-14TNI",
            "2025-11-14T21:00",
            "2025-11-15T05:59",
        ),
        (
            "Forecasters expect snow overnight Sunday into Monday.",
            "overnight Sunday into Monday",
            "2025-11-23TNI",
            "2025-11-23T21:00",
            "2025-11-24T05:59",
        ),
        (
            "Gunmen raided the village overnight into Tuesday, officials said.",
            "overnight into Tuesday",
            "2025-11-17TNI",
            "2025-11-17T21:00",
            "2025-11-18T05:59",
        ),
    ],
)
def test_overnight_into_the_next_day_is_one_night(
    text: str, phrase: str, value: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.begin, t.end_date) == ("TIME", value, begin, end)
    # the day the night runs into is no date of its own
    assert [x[0] for x in found(text)] == [phrase]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fire broke out on Sunday in the early hours of the morning.", "2025-11-16TMO"),
        (
            "Police were called to the flat on 12 November. The man was arrested in the early "
            "hours of the morning.",
            "2025-11-12TMO",
        ),
    ],
)
def test_the_early_hours_of_the_morning_of_a_day_told_of(text: str, value: str) -> None:
    t = one(text, "the early hours of the morning")
    day = value[:10]
    assert (t.type, t.value, t.mod) == ("TIME", value, "START")
    assert (t.begin, t.end_date) == (f"{day}T00:00", f"{day}T05:59")


def test_the_early_hours_of_a_named_day_are_unchanged() -> None:
    t = one("The fire broke out in the early hours of Sunday.", "the early hours of Sunday")
    assert (t.value, t.mod) == ("2025-11-16", "START")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The museum is open Monday to Saturday.", "Monday to Saturday", "XXXX-WXX-1/XXXX-WXX-6"),
        (
            "The library opens Monday through Friday from 9 a.m. to 5 p.m.",
            "Monday through Friday",
            "XXXX-WXX-1/XXXX-WXX-5",
        ),
        (
            "Most market stalls open from Tuesday to Sunday.",
            "Tuesday to Sunday",
            "XXXX-WXX-2/XXXX-WXX-7",
        ),
    ],
)
def test_opening_days_are_a_set(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.quant) == ("SET", value, "EVERY")
    assert t.begin is None


@pytest.mark.parametrize(
    ("text", "phrase", "begin", "end"),
    [
        (
            "The strike ran from Monday to Saturday.",
            "Monday to Saturday",
            "2025-11-10",
            "2025-11-15",
        ),
        (
            "The road was open Monday to Saturday last week.",
            "Monday to Saturday last week",
            "2025-11-10",
            "2025-11-15",
        ),
    ],
)
def test_a_span_of_weekdays_in_a_past_is_one_week(
    text: str, phrase: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.begin, t.end_date) == ("DATE", begin, end)


def test_a_single_opening_day_is_that_day() -> None:
    assert one("The new bridge will open Monday.", "Monday").value == "2025-11-24"


def test_opening_days_in_timeml_are_two_sets() -> None:
    tags = tag_timexes("The museum is open Monday to Saturday.", THURSDAY, ranges=False)
    assert [(t.text, t.type, t.value) for t in tags] == [
        ("Monday", "SET", "XXXX-WXX-1"),
        ("Saturday", "SET", "XXXX-WXX-6"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gunmen opened fire at 1am on Saturday night, police said.", "1am on Saturday night",
         "2025-11-16T01:00"),
        ("The first shots were heard at 11pm on Saturday night.", "11pm on Saturday night",
         "2025-11-15T23:00"),
    ],
)  # fmt: skip
def test_a_clock_time_in_a_night_after_midnight_is_the_next_day(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In winter the river often floods the lower town.", "winter", "XXXX-WI"),
        ("In winter the mountain pass is often closed by snow.", "winter", "XXXX-WI"),
        ("The river flooded the lower town in winter.", "winter", "2024-WI"),
        # a frequency adverb tells of summers of many years, in a past too
        ("In summer the valley often flooded.", "summer", "XXXX-SU"),
    ],
)
def test_a_season_in_a_present_habit_is_no_particular_one(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside parliament throughout the day on Monday.",
        "Throughout the day on Monday, crowds queued outside the court.",
    ],
)
def test_throughout_the_day_on_a_weekday_is_that_day(text: str) -> None:
    t = one(text, "Monday")
    assert (t.value, t.begin, t.end_date) == ("2025-11-17", "2025-11-17", "2025-11-17")


def test_the_hours_of_opening_days_are_any_day() -> None:
    tags = tag_timexes("The museum is open from Monday to Saturday, 10am to 6pm.", THURSDAY)
    assert [(t.text, t.value) for t in tags] == [
        ("Monday to Saturday", "XXXX-WXX-1/XXXX-WXX-6"),
        ("10am", "XXXX-XX-XXT10:00"),
        ("6pm", "XXXX-XX-XXT18:00"),
    ]


def test_two_days_polls_open_are_dates() -> None:
    tags = tag_timexes("Polling stations open Monday and Tuesday.", THURSDAY)
    assert [(t.text, t.type, t.value) for t in tags] == [
        ("Monday", "DATE", "2025-11-24"),
        ("Tuesday", "DATE", "2025-11-25"),
    ]
