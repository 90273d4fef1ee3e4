"""News sentences the temporal engine reads (elections, courts, markets, weather, school
terms, holidays): habits in a season, fiscal years, holidays and days of a month named
from now, halves and closing months, bounds and signals, on sentences written for these
tests."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

import pytest

from backstory.timex import tag_timexes

TUESDAY = datetime(2026, 3, 10, 9, 0)  # a Tuesday morning, ten days into spring
NOVEMBER = datetime(2025, 11, 20, 10, 0)


@cache
def _nlp() -> Any:
    from backstory.nlp import load_nlp

    return load_nlp()


def one(text: str, phrase: str, dct: datetime = TUESDAY, *, parsed: bool = False):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    doc = _nlp()(text) if parsed else None
    found = tag_timexes(text, dct, doc=doc)
    hits = [t for t in found if t.text == phrase]
    assert len(hits) == 1, [(t.text, t.value) for t in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a frequency adverb or "used to" tells of springs of many years, in a past too
        ("In spring the valley often flooded, residents recalled.", "spring", "XXXX-SP"),
        ("In spring the lower fields would often flood.", "spring", "XXXX-SP"),
        ("In winter the villagers used to cut ice from the lake.", "winter", "XXXX-WI"),
        # a bare season with a present state is a habit
        ("In winter, the pass is closed.", "winter", "XXXX-WI"),
        ("The mountain road is impassable in winter.", "winter", "XXXX-WI"),
        ("In summer, the lake is crowded with tourists.", "summer", "XXXX-SU"),
    ],
)
def test_a_season_in_a_habit_is_no_particular_one(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.value, t.begin, t.end_date) == (value, None, None)


def test_a_season_in_a_generic_present_read_from_the_parse() -> None:
    t = one("In winter, temperatures drop below minus 20.", "winter", parsed=True)
    assert t.value == "XXXX-WI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a timetable, a plan or a season named with "the" keeps one season
        ("The new stadium opens in spring.", "spring", "2026-SP"),
        ("The vote is in spring.", "spring", "2026-SP"),
        ("Elections are due in spring.", "spring", "2026-SP"),
        ("In the summer, the lake will be crowded with tourists.", "the summer", "2026-SU"),
        ("The pass is closed until spring.", "spring", "2026-SP"),
        ("Talks resume in spring.", "spring", "2026-SP"),
    ],
)
def test_a_season_of_a_timetable_or_plan_is_the_coming_one(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


def test_a_timetable_season_read_from_the_parse_stays_ahead() -> None:
    t = one("Talks resume in spring, the ministry said.", "spring", NOVEMBER, parsed=True)
    assert t.value == "2026-SP"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin", "end"),
    [
        ("Revenue rose 12% in FY2025/26.", "FY2025/26", "2026", "2025-01-01", "2026-12-31"),
        (
            "The government unveiled its budget for fiscal 2026-27 on Tuesday.",
            "fiscal 2026-27",
            "2027",
            "2026-01-01",
            "2027-12-31",
        ),
        ("The 2025-26 fiscal year was the hardest yet.", "2025-26", "2026", "2025-01-01",
         "2026-12-31"),
        # the text says when its fiscal year ends: that fiscal year's twelve months
        (
            "The group's financial year ends on 31 March. Profit for FY26 rose 5%.",
            "FY26",
            "2026",
            "2025-04-01",
            "2026-03-31",
        ),
        (
            "The group's financial year ends on 31 March. It expects FY2026/27 to be harder.",
            "FY2026/27",
            "2027",
            "2026-04-01",
            "2027-03-31",
        ),
        # with nothing said of its months, a one-year code keeps its year
        ("Profit for FY26 rose 5%.", "FY26", "2026", "2026-01-01", "2026-12-31"),
    ],
)  # fmt: skip
def test_a_fiscal_year_written_across_two_years_lasts_into_both(
    text: str, phrase: str, value: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.value, t.begin, t.end_date) == (value, begin, end)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin"),
    [
        ("Pilgrims crowded into Mecca during Ramadan last year.", "Ramadan", "2025-03",
         "2025-03-01"),
        ("The ceasefire held over Easter last year.", "Easter", "2025-04-20", "2025-04-20"),
        ("Diwali next year falls on a Sunday.", "Diwali", "2027-10-29", "2027-10-29"),
        # without the year counted, the Ramadan gone by (it began in February)
        ("Pilgrims crowded into Mecca during Ramadan.", "Ramadan", "2026-03", "2026-02-18"),
    ],
)  # fmt: skip
def test_a_holiday_followed_by_a_year_counted_from_now(
    text: str, phrase: str, value: str, begin: str
) -> None:
    t = one(text, phrase)
    assert (t.value, t.begin) == (value, begin)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The new law comes into force on the first day of next month.",
         "the first day of next month", "2026-04-01"),
        ("The offer expires on the last day of next month.", "the last day of next month",
         "2026-04-30"),
        ("Sales jumped on the last day of last month.", "the last day of last month",
         "2026-02-28"),
        ("On the first day of this month, prices rose.", "the first day of this month",
         "2026-03-01"),
        # "the month" is the one the story is in
        ("The strike began on May 3, 2024, and ended on the last day of the month.",
         "the last day of the month", "2024-05-31"),
    ],
)  # fmt: skip
def test_the_first_or_last_day_of_a_month_named_from_now(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


def test_the_last_day_of_the_month_in_a_habit_names_no_day() -> None:
    found = tag_timexes("Rent is usually due on the last day of the month.", TUESDAY)
    assert not [t for t in found if t.value.startswith("2026-03-")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "head to the polls in": a timetable, as "go to the polls on"
        ("Voters head to the polls in November.", "November", "2026-11"),
        ("Voters went to the polls in November.", "November", "2025-11"),
        # a date a recount or a retrial is ordered for lies ahead, as "set for"
        ("A recount was ordered for Thursday.", "Thursday", "2026-03-12"),
        ("On Friday, the commission ordered a recount for Monday.", "Monday", "2026-03-09"),
    ],
)
def test_elections_and_orders(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin", "end"),
    [
        ("The economy grew 0.3% in the final three months of 2025.", "the final three months",
         "2025-Q4", "2025-10-01", "2025-12-31"),
        ("Sales fell in the last six months of last year.", "the last six months", "2025-H2",
         "2025-07-01", "2025-12-31"),
        ("Orders dried up in the last four months of 2024.", "the last four months", "2024",
         "2024-09-01", "2024-12-31"),
    ],
)  # fmt: skip
def test_the_closing_months_of_a_year_named(
    text: str, phrase: str, value: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.value, t.begin, t.end_date) == (value, begin, end)


def test_the_last_months_with_no_year_are_a_span_up_to_now() -> None:
    assert one("Sales fell in the last three months.", "the last three months").value == "P3M"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod", "begin", "end"),
    [
        ("The firm will publish annual results in the second half of March.",
         "the second half of March", "2026-03", "END", "2026-03-16", "2026-03-31"),
        ("Prices fell in the first half of February.", "the first half of February", "2026-02",
         "START", "2026-02-01", "2026-02-15"),
        ("Talks will resume in the second half of May 2027.", "the second half of May 2027",
         "2027-05", "END", "2027-05-16", "2027-05-31"),
    ],
)  # fmt: skip
def test_a_half_of_a_month(
    text: str, phrase: str, value: str, mod: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.value, t.mod, t.begin, t.end_date) == (value, mod, begin, end)


def test_a_half_of_a_match_is_no_date() -> None:
    assert tag_timexes("He scored twice in the second half of the match.", TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "begin", "end"),
    [
        ("Results are expected in the early hours of tomorrow.", "the early hours of tomorrow",
         "2026-03-11", "2026-03-11", "2026-03-11"),
        ("The fire broke out in the small hours of yesterday morning.",
         "the small hours of yesterday morning", "2026-03-09TMO", "2026-03-09T00:00",
         "2026-03-09T05:59"),
    ],
)  # fmt: skip
def test_the_early_hours_of_a_day_named_from_today(
    text: str, phrase: str, value: str, begin: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.value, t.mod, t.begin, t.end_date) == (value, "START", begin, end)


@pytest.mark.parametrize(
    ("text", "phrase", "end"),
    [
        ("The results of the recount will be known before the end of the year.",
         "the end of the year", "2026-12-31"),
        ("The plant will close before the end of March.", "the end of March", "2026-03-31"),
    ],
)  # fmt: skip
def test_before_the_end_of_a_period_is_before_it_ends(text: str, phrase: str, end: str) -> None:
    t = one(text, phrase)
    assert (t.mod, t.begin, t.end_date) == ("BEFORE", None, end)


def test_before_the_start_of_a_period_is_before_it_begins() -> None:
    t = one("The war ended before the start of the year.", "the start of the year")
    assert (t.mod, t.begin, t.end_date) == ("BEFORE", None, "2025-12-31")


def test_after_the_start_of_a_period_is_from_its_start() -> None:
    t = one("Prices rose after the start of the year.", "the start of the year")
    assert (t.mod, t.begin, t.end_date) == ("AFTER", "2026-01-01", None)


def test_a_ranked_trading_day_is_not_counted_from_the_holiday() -> None:
    found = tag_timexes("The FTSE hit a record on the last trading day before Easter.", TUESDAY)
    assert [t.text for t in found] == ["Easter"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a signal before a season that names a span ("recess", "break"): the deed's tense
        # places the season, as "in the summer" is placed
        ("The minister said the bill would pass before the summer recess.", "the summer",
         "2027-SU"),
        ("Talks will resume after the summer break.", "the summer", "2027-SU"),
        ("MPs voted on the last sitting day before the summer recess.", "the summer", "2026-SU"),
    ],
)  # fmt: skip
def test_a_season_before_a_span_bounded_by_a_signal(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, datetime(2026, 11, 26, 10, 0)).value == value


def test_a_present_progressive_with_a_time_of_its_own_is_an_arrangement_ahead() -> None:
    from datetime import datetime

    from backstory import extract
    from backstory.article import Article

    read_on = datetime(2026, 3, 10, 10)
    x = extract(Article(text="Norway is hosting the summit in October.", published=read_on))
    (october,) = [t for t in x.timexes if t.text == "October"]
    assert october.value == "2026-10"
    x = extract(Article(text="The band is touring in autumn.", published=read_on))
    (autumn,) = [t for t in x.timexes if t.text == "autumn"]
    assert autumn.value == "2026-FA"
