"""News sentences the temporal engine reads: a clock time on a weekday's night, the
early hours of the morning on a day named, the days of one timetable told in turn,
"the past week", and habits with a plural subject or a season opening the sentence,
on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes

WEDNESDAY = datetime(2026, 3, 4, 10, 0)  # a Wednesday morning
TUESDAY = datetime(2026, 3, 3, 10, 0)
FRIDAY = datetime(2026, 3, 6, 10, 0)


def one(text: str, phrase: str, dct: datetime = WEDNESDAY):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    tags = tag_timexes(text, dct)
    hits = [t for t in tags if t.text == phrase]
    assert len(hits) == 1, [(t.text, t.value) for t in tags]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the small hours of a weekday's night are on the next day
        ("A car bomb went off at 2 a.m. Friday night outside the ministry.", "2 a.m. Friday night",
         "2026-02-28T02:00"),
        ("Firefighters were called at 3:15 a.m. Saturday night.", "3:15 a.m. Saturday night",
         "2026-03-01T03:15"),
        # a late evening hour stays on the day
        ("The suspect was arrested at 10 p.m. Tuesday night.", "10 p.m. Tuesday night",
         "2026-03-03T22:00"),
        ("Police were called at 9 p.m. Monday evening.", "9 p.m. Monday evening",
         "2026-03-02T21:00"),
    ],
)  # fmt: skip
def test_clock_time_on_a_weekday_night(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


def test_small_hours_after_a_night_named_before() -> None:
    tags = tag_timexes("Shelling began on Friday night and at 2 a.m. the bridge fell.", WEDNESDAY)
    clock = [t for t in tags if t.text == "2 a.m."]
    assert clock and clock[0].value == "2026-02-28T02:00"
    tags = tag_timexes("Shelling began on Friday night and at 11 p.m. the bridge fell.", WEDNESDAY)
    clock = [t for t in tags if t.text == "11 p.m."]
    assert clock and clock[0].value == "2026-02-27T23:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin"),
    [
        ("Negotiators argued into the early hours of the morning on Saturday.",
         "the early hours of the morning on Saturday", "2026-02-28TMO", "2026-02-28T00:00"),
        ("The warehouse caught fire in the early hours of the morning on Sunday.",
         "the early hours of the morning on Sunday", "2026-03-01TMO", "2026-03-01T00:00"),
    ],
)  # fmt: skip
def test_early_hours_of_the_morning_on_a_day(
    text: str, phrase: str, value: str, begin: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.mod, t.begin) == ("TIME", value, "START", begin)
    assert not [x for x in tag_timexes(text, WEDNESDAY) if x.type == "DURATION"]


def test_early_hours_on_a_day() -> None:
    t = one("Looters struck in the early hours on Monday.", "the early hours on Monday")
    assert (t.value, t.mod) == ("2026-03-02", "START")


@pytest.mark.parametrize(
    ("text", "first", "second", "values"),
    [
        ("Polls open Monday and close on Saturday.", "Monday", "Saturday",
         ("2026-03-09", "2026-03-14")),
        ("The fair opens on Tuesday and closes on Sunday.", "Tuesday", "Sunday",
         ("2026-03-10", "2026-03-15")),
        ("The envoy will land in Cairo on Monday and meet the president on Thursday.", "Monday",
         "Thursday", ("2026-03-09", "2026-03-12")),
    ],
)  # fmt: skip
def test_days_of_one_timetable_in_turn(
    text: str, first: str, second: str, values: tuple[str, str]
) -> None:
    assert (one(text, first).value, one(text, second).value) == values


def test_days_of_a_past_report_stay_gone_by() -> None:
    # a past clause keeps the days gone by
    text = "The market opened on Monday and closed on Tuesday."
    assert (one(text, "Monday").value, one(text, "Tuesday").value) == ("2026-03-02", "2026-03-03")


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "value", "begin", "end"),
    [
        # the seven days up to the publication, named by the week holding most of them
        ("Police made 40 arrests in the past week.", "the past week", TUESDAY, "2026-W09",
         "2026-02-25", "2026-03-03"),
        ("The patient has been in intensive care for the last week.", "the last week", FRIDAY,
         "2026-W10", "2026-02-28", "2026-03-06"),
    ],
)  # fmt: skip
def test_the_past_week_is_the_seven_days_to_now(
    text: str, phrase: str, dct: datetime, value: str, begin: str, end: str
) -> None:
    t = one(text, phrase, dct)
    assert (t.type, t.value, t.begin, t.end_date) == ("DATE", value, begin, end)


def test_last_week_stays_the_calendar_week() -> None:
    t = one("Shares fell 4% last week.", "last week", TUESDAY)
    assert (t.value, t.begin, t.end_date) == ("2026-W09", "2026-02-23", "2026-03-01")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Fuel prices always rise in December.", "December", "XXXX-12"),
        ("Hotels often fill up in August.", "August", "XXXX-08"),
        ("They rarely sell in January.", "January", "XXXX-01"),
        # a past keeps the one gone by
        ("Fuel prices always rose in December.", "December", "2025-12"),
        ("Shares often fell in December.", "December", "2025-12"),
    ],
)
def test_habit_with_a_plural_present(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In spring the river often floods the lower town.", "spring", "XXXX-SP"),
        ("In fall the ferries rarely run.", "fall", "XXXX-FA"),
        ("Prices climbed. In the spring the market collapsed.", "the spring", "2025-SP"),
    ],
)
def test_season_opening_a_sentence(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase, datetime(2026, 1, 20, 10, 0))
    assert t.value == value


def test_spring_as_a_verb_stays_untagged() -> None:
    tags = tag_timexes("Leaks spring up in the old pipes every year.", WEDNESDAY)
    assert not [t for t in tags if "spring" in t.text]
