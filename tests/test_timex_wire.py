"""Wire copy a news editor meets: weather warnings, markets, fixtures and courts, on
sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes
from backstory.timex.holidays import lunar_new_year

FRIDAY = datetime(2025, 3, 14, 9, 20)  # a Friday morning


def one(text: str, phrase: str, dct: datetime = FRIDAY):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    found = [t for t in tag_timexes(text, dct) if t.text == phrase]
    assert len(found) == 1, [(t.text, t.value) for t in tag_timexes(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "An amber warning for snow is in place from 6pm on Sunday until midday Monday.",
            "6pm on Sunday",
            "2025-03-16T18:00",
        ),
        (
            "An amber warning for snow is in place from 6pm on Sunday until midday Monday.",
            "midday Monday",
            "2025-03-17T12:00",
        ),
        ("The night curfew is in force from Saturday.", "Saturday", "2025-03-15"),
        ("The new speed limits are in effect from Monday.", "Monday", "2025-03-17"),
        ("Heavy snow is forecast on Sunday in the Highlands.", "Sunday", "2025-03-16"),
        ("Gales are predicted from Sunday evening.", "Sunday evening", "2025-03-16TEV"),
        # a past stays a past
        ("The warning was in place on Sunday.", "Sunday", "2025-03-09"),
    ],
)
def test_a_warning_in_place_or_a_forecast_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "first", "second", "values"),
    [
        # read on a Friday morning: the Friday after the Thursday, not today
        (
            "The storm is expected to make landfall late Thursday or early Friday.",
            "late Thursday",
            "early Friday",
            ("2025-03-20", "2025-03-21"),
        ),
        (
            "Ministers will decide on Thursday or Friday.",
            "Thursday",
            "Friday",
            ("2025-03-20", "2025-03-21"),
        ),
        # in a past both are gone by, in turn
        (
            "Police raided the flats on Tuesday and Wednesday.",
            "Tuesday",
            "Wednesday",
            ("2025-03-11", "2025-03-12"),
        ),
    ],
)
def test_two_weekdays_offered_come_in_turn(
    text: str, first: str, second: str, values: tuple[str, str]
) -> None:
    assert (one(text, first).value, one(text, second).value) == values


@pytest.mark.parametrize(
    ("dct", "value"),
    [
        (FRIDAY, "2025-Q1"),  # the quarter about to close
        (datetime(2025, 4, 10, 9), "2025-Q1"),  # the quarter just closed
    ],
)
def test_a_quarter_ending_a_day_is_the_one_that_closes_nearest(dct: datetime, value: str) -> None:
    text = "The retailer will report results for the quarter ending March 31 on April 24."
    assert one(text, "the quarter", dct).value == value
    assert one(text, "March 31", dct).value == "2025-03-31"
    # a past report is about a quarter gone by
    text = "The retailer posted a loss for the quarter ending Dec. 31."
    assert one(text, "the quarter", dct).value == "2024-Q4"


@pytest.mark.parametrize(
    "phrase", ["the winter of 2022-23", "the winter of 2022/23", "winter 2022-2023"]
)
def test_a_winter_across_two_years_is_one_expression(phrase: str) -> None:
    found = one(f"Europe's gas use fell by a fifth in {phrase}, the agency said.", phrase)
    assert (found.value, found.begin, found.end_date) == ("2022-WI", "2022-12-01", "2023-02-28")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The economy grew 0.3% in the fourth quarter from the previous quarter.",
            "the previous quarter",
            "2024-Q3",
        ),
        (
            "Output grew 1.1% in the third quarter of 2023, faster than in the preceding quarter.",
            "the preceding quarter",
            "2023-Q2",
        ),
        # no quarter told of: the one before publication's
        ("Margins were wider than in the previous quarter.", "the previous quarter", "2024-Q4"),
    ],
)
def test_the_previous_quarter_is_the_one_before_the_quarter_told_of(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2012, "2012-01-23"),
        (2015, "2015-02-19"),
        (2020, "2020-01-25"),
        (2023, "2023-01-22"),
        (2024, "2024-02-10"),
        (2025, "2025-01-29"),
        (2026, "2026-02-17"),
        (2034, "2034-02-19"),  # after the leap eleventh month of 2033
    ],
)
def test_the_lunar_new_year_follows_the_chinese_calendar(year: int, day: str) -> None:
    assert lunar_new_year(year).isoformat() == day


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Millions travelled home for Lunar New Year.", "Lunar New Year", "2025-01-29"),
        ("Chinese New Year falls in February next year.", "Chinese New Year", "2026-02-17"),
        ("Factories slowed ahead of the Spring Festival.", "Spring Festival", "2025-01-29"),
        (
            "Crowds packed Chinatown for Chinese New Year 2024.",
            "Chinese New Year 2024",
            "2024-02-10",
        ),
    ],
)
def test_the_lunar_new_year_is_its_day(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_new_year_alone_is_the_first_of_january() -> None:
    assert one("Markets reopened after the New Year holiday.", "New Year").value == "2025-01-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Home prices rose 4% in the 12 months through June.", "June", "2024-06", None),
        ("Exports grew 3% in the year through February.", "February", "2025-02", None),
        # a state up to a day is still bounded by it
        ("The ferry service will run through June.", "June", "2025-06", "ON_OR_BEFORE"),
    ],
)
def test_a_span_through_a_month_ends_there_without_a_bound(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    found = one(text, phrase)
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "City travel to Madrid for the second leg on Tuesday night.",
            "Tuesday night",
            "2025-03-18TNI",
        ),
        ("The champions fly to Lisbon on Wednesday.", "Wednesday", "2025-03-19"),
        # a noun, and a past, stay behind
        ("Air travel on Tuesday was hit by fog.", "Tuesday", "2025-03-11"),
        ("He fell ill on business travel on Monday.", "Monday", "2025-03-10"),
        ("They did not travel on Monday.", "Monday", "2025-03-10"),
    ],
)
def test_a_team_travels_on_a_weekday_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_a_clock_time_after_a_gmt_aside_keeps_the_local_day() -> None:
    text = "Polling stations open at 7 a.m. (2300 GMT Saturday) and close at 6 p.m."
    assert one(text, "7 a.m.").value == "2025-03-16T07:00"
    assert one(text, "2300 GMT Saturday").value == "2025-03-15T23:00"
    assert one(text, "6 p.m.").value == "2025-03-16T18:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Temperatures could hit 20C this weekend.", "this weekend", "2025-W11-WE"),
        ("The final vote could come on Tuesday.", "Tuesday", "2025-03-18"),
        ("Rain and gales this weekend, forecasters say.", "this weekend", "2025-W11-WE"),
        # a past ability, a past that did not happen, a past weekend stay behind
        ("Officials could not reach the village on Tuesday.", "Tuesday", "2025-03-11"),
        ("Residents could see the smoke on Tuesday.", "Tuesday", "2025-03-11"),
        ("The storm hit the coast this weekend.", "this weekend", "2025-W10-WE"),
    ],
)
def test_what_could_happen_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The festival returns on the weekend of June 27.",
            "the weekend of June 27",
            "2025-W26-WE",
        ),
        (
            "Marches are planned for the weekend of March 22-23.",
            "the weekend of March 22-23",
            "2025-W12-WE",
        ),
        (
            "Voters head to the polls on the weekend of 5 April.",
            "the weekend of 5 April",
            "2025-W14-WE",
        ),
    ],
)
def test_the_weekend_of_a_day_is_the_weekend_that_holds_it(
    text: str, phrase: str, value: str
) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The carmaker reports first-half results on July 30.", "July 30", "2025-07-30"),
        ("The brewer reports full-year earnings on Thursday.", "Thursday", "2025-03-20"),
        ("The brewer reports full-year earnings on Thursday.", "full-year", "2024"),
        ("The lender reports fourth quarter earnings on Tuesday.", "Tuesday", "2025-03-18"),
        # told in the past, gone by
        ("The carmaker reported first-half results on Tuesday.", "Tuesday", "2025-03-11"),
    ],
)
def test_a_company_reports_its_results_on_a_day_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The government expects growth of 6.3% in fiscal 2025-26.", "fiscal 2025-26"),
        ("The deficit widened in fiscal year 2025/26, the ministry said.", "fiscal year 2025/26"),
        ("The budget for the 2025-26 fiscal year was tabled on Feb. 1.", "2025-26"),
    ],
)
def test_a_fiscal_year_across_two_is_valued_by_the_year_it_ends_in(text: str, phrase: str) -> None:
    assert one(text, phrase).value == "2026"


def test_a_span_of_years_stays_a_span() -> None:
    found = one("The attacks took place in 2015-17.", "2015-17")
    assert (found.begin, found.end_date) == ("2015-01-01", "2017-12-31")


_THURSDAY_MORNING = datetime(2025, 1, 23, 7, 10)


def test_clock_spans_after_a_day_share_it() -> None:
    text = (
        "The red warning is in place from 7am until 2pm on Friday in the north and from "
        "10am to 5pm in the south."
    )
    values = [
        one(text, p, _THURSDAY_MORNING).value for p in ("7am", "2pm on Friday", "10am", "5pm")
    ]
    assert values == [
        "2025-01-24T07:00",
        "2025-01-24T14:00",
        "2025-01-24T10:00",
        "2025-01-24T17:00",
    ]


def test_a_second_clock_span_on_a_weekday_shares_the_timetable() -> None:
    text = "Polls are open from 7am to 2pm on Friday and from 10am to 5pm on Saturday."
    assert one(text, "5pm on Saturday", _THURSDAY_MORNING).value == "2025-01-25T17:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The judge set sentencing for Feb. 12.", "Feb. 12", "2026-02-12"),
        ("The court scheduled arguments for Jan. 9.", "Jan. 9", "2026-01-09"),
        ("The judge set a retrial for March 2.", "March 2", "2026-03-02"),
    ],
)
def test_a_court_date_set_lies_ahead_of_the_setting(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, datetime(2025, 11, 20, 16)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Revenue for fiscal 2024 ended June 30 rose 10%.", "June 30", "2024-06-30"),
        (
            "The group expects a loss for fiscal year 2026 ending March 31.",
            "March 31",
            "2026-03-31",
        ),
        ("Profit in FY2024 ended Sept. 30 fell by a third.", "Sept. 30", "2024-09-30"),
    ],
)
def test_a_named_fiscal_year_closes_in_its_own_year(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_autumn_before_a_noun_is_the_season() -> None:
    text = "The measures will be set out in the autumn budget."
    assert one(text, "the autumn", datetime(2025, 6, 2, 9)).value == "2025-FA"
    # "spring" and "fall" before a noun may be no season
    assert not [t for t in tag_timexes("Water from the spring supply was cut.", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Trading in the shares resumed on the 12th after a two-day halt.",
        "The ferry sailed again on the 12th despite the gales.",
    ],
)
def test_a_day_of_the_month_before_a_phrase_of_its_own(text: str) -> None:
    assert one(text, "the 12th").value == "2025-03-12"


def test_a_fixture_against_a_named_opponent_lies_ahead() -> None:
    text = "Spurs play Manchester United in the Europa League final in Bilbao on Wednesday."
    assert one(text, "Wednesday", datetime(2025, 5, 19, 8)).value == "2025-05-21"
    # a past result stays behind
    text = "Spurs beat Manchester United in the Europa League final in Bilbao on Wednesday."
    assert one(text, "Wednesday", datetime(2025, 5, 23, 8)).value == "2025-05-21"


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        # a Saturday: the seven days up to it, not the ISO week that holds it
        (
            "Initial jobless claims rose to 226,000 in the week ended Aug. 2.",
            "the week ended Aug. 2",
            ("2025-07-27", "2025-08-02"),
        ),
        (
            "Grain stocks fell in the week ending Friday, Aug. 1.",
            "the week ending Friday, Aug. 1",
            ("2025-07-26", "2025-08-01"),
        ),
        (
            "Hearings are set for the week starting Sept. 3.",
            "the week starting Sept. 3",
            ("2025-09-03", "2025-09-09"),
        ),
    ],
)
def test_a_week_ended_or_starting_on_a_day_runs_seven_days_from_it(
    text: str, phrase: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase, datetime(2025, 8, 7, 14))
    assert (found.begin, found.end_date) == interval


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The group expects to complete the takeover in Q3.", "2026-Q3"),
        # results of a quarter gone by are still reported; a past is a past
        ("The group will report Q3 results on Tuesday.", "2025-Q3"),
        ("Sales rose 4% in Q3.", "2025-Q3"),
    ],
)
def test_a_quarter_code_planned_in_december_is_next_years(text: str, value: str) -> None:
    assert one(text, "Q3", datetime(2025, 12, 10, 9)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wall Street ended the year up 16%, its third straight annual gain.", "2025"),
        ("The Hang Seng closed the year at 20,060.", "2025"),
        # a year still to close is the one under way
        ("The index will close the year higher, strategists say.", "2026"),
    ],
)
def test_a_year_closed_told_in_january_is_the_one_gone_by(text: str, value: str) -> None:
    assert one(text, "the year", datetime(2026, 1, 12, 9)).value == value
