"""Schedules a news desk reports: weather warnings, fixtures moved, court listings,
results seasons and sports seasons, on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes
from backstory.timex.holidays import diwali, holi

THURSDAY = datetime(2026, 11, 26, 10, 0)  # a Thursday morning


def one(text: str, phrase: str, dct: datetime = THURSDAY):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    found = [t for t in tag_timexes(text, dct) if t.text == phrase]
    assert len(found) == 1, [(t.text, t.value) for t in tag_timexes(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "An amber warning for ice is in force from 6pm Thursday to 10am Friday.",
            "10am Friday",
            "2026-11-27T10:00",
        ),
        (
            "The yellow warning is valid from 18:00 on Thursday until 09:00 on Friday.",
            "09:00 on Friday",
            "2026-11-27T09:00",
        ),
        (
            "The bridge will close to traffic from 8pm Saturday to 6am Monday.",
            "6am Monday",
            "2026-11-30T06:00",
        ),
    ],
)
def test_a_span_from_today_ends_on_or_after_its_start(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_a_span_gone_by_keeps_both_ends_behind() -> None:
    text = "Roads were closed from 8pm Friday to 6am Monday while the bridge was inspected."
    assert (one(text, "8pm Friday").value, one(text, "6am Monday").value) == (
        "2026-11-20T20:00",
        "2026-11-23T06:00",
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The derby, called off in October, has been rearranged for the 30th.",
            "the 30th",
            "2026-11-30",
        ),
        (
            "The hearing was adjourned to the 3rd to allow the defence more time.",
            "the 3rd",
            "2026-12-03",
        ),
        ("The deadline for objections has been extended to the 15th.", "the 15th", "2026-12-15"),
        ("The case is listed for the 9th at Leeds Crown Court.", "the 9th", "2026-12-09"),
        ("The cup tie has been rescheduled for Tuesday night.", "Tuesday night", "2026-12-01TNI"),
    ],
)
def test_a_day_set_or_moved_to_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "She was listed for the 5th time among the richest women in Britain.",
        "The club moved to the 3rd place in the table.",
    ],
)
def test_an_ordinal_ranking_a_noun_is_no_day(text: str) -> None:
    assert [t.text for t in tag_timexes(text, THURSDAY)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "interval"),
    [
        (
            "Group sales rose 4% in the first nine months of the year, the retailer said.",
            "the first nine months",
            datetime(2025, 11, 20, 9),
            ("2025-01-01", "2025-09-30"),
        ),
        # said in March, the nine months last ended in September of the year before
        (
            "Exports grew 3.1% in the first nine months, customs data showed.",
            "the first nine months",
            datetime(2025, 3, 14, 9),
            ("2024-01-01", "2024-09-30"),
        ),
        (
            "Output in the first four months of last year fell by a fifth.",
            "the first four months",
            datetime(2025, 11, 20, 9),
            ("2024-01-01", "2024-04-30"),
        ),
        (
            "Arrivals rose 12% in the first eight months of 2024 from a year earlier.",
            "the first eight months",
            datetime(2025, 3, 14, 9),
            ("2024-01-01", "2024-08-31"),
        ),
        # a forecast: the months still to come
        (
            "The airline expects revenue to fall in the first six months.",
            "the first six months",
            datetime(2025, 3, 14, 9),
            ("2025-01-01", "2025-06-30"),
        ),
    ],
)
def test_the_opening_months_of_a_year_are_its_months(
    text: str, phrase: str, dct: datetime, interval: tuple[str, str]
) -> None:
    found = one(text, phrase, dct)
    assert (found.type, found.begin, found.end_date) == ("DATE", *interval)
    # TimeML annotates them as the duration they last
    months = int(interval[1][5:7])
    assert (found.timeml_type, found.timeml_value) == ("DURATION", f"P{months}M")


def test_the_first_six_months_of_a_year_are_its_first_half() -> None:
    text = "Net profit rose 8% in the first six months, the bank said."
    assert one(text, "the first six months", datetime(2025, 11, 20, 9)).value == "2025-H1"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The first six months of his presidency were chaotic.", "The first six months"),
        (
            "The first three months after surgery are the hardest, doctors say.",
            "The first three months",
        ),
        (
            "The first nine months were tough for the squad, the coach said.",
            "The first nine months",
        ),
    ],
)
def test_the_opening_months_of_something_else_stay_a_duration(text: str, phrase: str) -> None:
    assert one(text, phrase).type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "interval"),
    [
        (
            "Spurs have lost 14 league games in the 2024-25 Premier League season.",
            "2024-25",
            "2025",
            ("2024-07-01", "2025-06-30"),
        ),
        (
            "He scored 31 goals in the 2023/24 campaign before his move.",
            "2023/24",
            "2024",
            ("2023-07-01", "2024-06-30"),
        ),
        (
            "Tuition fees will rise again in the 2025-26 academic year.",
            "2025-26",
            "2026",
            ("2025-07-01", "2026-06-30"),
        ),
        # a winter across the turn of the year is that season
        (
            "Gas storage held up well through the 2024-25 winter.",
            "2024-25",
            "2024-WI",
            ("2024-12-01", "2025-02-28"),
        ),
    ],
)
def test_a_season_across_the_turn_of_a_year_spans_both(
    text: str, phrase: str, value: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase, datetime(2025, 3, 14, 9))
    assert (found.value, found.begin, found.end_date) == (value, *interval)


def test_years_joined_without_a_season_stay_a_span_from_the_first() -> None:
    found = one("Wages fell in real terms in 2022-23.", "2022-23", datetime(2025, 3, 14, 9))
    assert (found.value, found.begin, found.end_date) == ("2022", "2022-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The striker will leave the club at the end of the season.", "PRESENT_REF"),
        ("The course will stay closed until the end of the season.", "PRESENT_REF"),
        ("He retired at the end of the season, his agent said.", "PAST_REF"),
    ],
)
def test_the_end_of_the_season_is_the_season_told_of(text: str, value: str) -> None:
    found = one(text, "the end of the season", datetime(2025, 3, 14, 9))
    assert (found.value, found.mod) == (value, "END")


@pytest.mark.parametrize(
    "text",
    [
        "The season opens in August with a home game.",
        "It was the start of the season of goodwill.",
        "The end of the season's fixture list is packed.",
    ],
)
def test_the_season_alone_or_of_something_is_no_timex(text: str) -> None:
    assert [t.text for t in tag_timexes(text, THURSDAY) if "season" in t.text] == []


# the dates India's central government listed as the Holi holiday
@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2010, "2010-03-01"),
        (2016, "2016-03-24"),
        (2018, "2018-03-02"),
        (2020, "2020-03-10"),
        (2021, "2021-03-29"),
        (2023, "2023-03-08"),
        (2024, "2024-03-25"),
        (2025, "2025-03-14"),
        (2026, "2026-03-04"),
    ],
)
def test_holi_follows_the_full_moon_of_phalguna(year: int, day: str) -> None:
    assert holi(year).isoformat() == day


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Stock markets in Mumbai are shut for Holi.", datetime(2025, 3, 13, 18), "2025-03-14"),
        (
            "Holi falls early next year, in the first week of March.",
            datetime(2025, 11, 20, 9),
            "2026-03-04",
        ),
        (
            "Crowds threw coloured powder in Mathura as Holi began.",
            datetime(2024, 3, 26, 9),
            "2024-03-25",
        ),
    ],
)
def test_holi_is_its_day(text: str, dct: datetime, value: str) -> None:
    assert one(text, "Holi", dct).value == value


def test_a_holiday_inn_is_no_holi() -> None:
    assert tag_timexes("The Holiday Inn by the station was full.", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Traffic on the motorways is expected to peak on the Friday before Christmas.",
            "the Friday before Christmas",
            "2026-12-18",
        ),
        (
            "The second vote is due on the Tuesday after Easter, the speaker said.",
            "the Tuesday after Easter",
            "2027-03-30",
        ),
        (
            "The talks resumed on the Wednesday after March 3 and broke down again.",
            "the Wednesday after March 3",
            "2026-03-04",
        ),
    ],
)
def test_a_weekday_before_or_after_a_day_is_counted_from_it(
    text: str, phrase: str, value: str
) -> None:
    found = one(text, phrase)
    assert (found.value, found.mod) == (value, None)


def test_a_ranked_weekday_before_a_holiday_is_not_counted() -> None:
    # "the busiest Friday": a Friday ranked among several, not one counted
    found = tag_timexes("The busiest Friday before Christmas is usually the last.", THURSDAY)
    assert "2026-12-18" not in [t.value for t in found]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        (
            "Consumer prices rose 2.1% y/y in Oct., the statistics office said.",
            "Oct.",
            "2026-10",
            None,
        ),
        (
            "The central bank last cut rates in mid-Nov. after weak jobs data.",
            "mid-Nov.",
            "2026-11",
            "MID",
        ),
        (
            "Factory orders have fallen every month since Sept, the survey found.",
            "Sept",
            "2026-09",
            "ON_OR_AFTER",
        ),
    ],
)
def test_a_month_abbreviated_after_a_preposition_is_the_month(
    text: str, phrase: str, value: str, mod: str | None
) -> None:
    found = one(text, phrase)
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    "text",
    [
        "Jan and Dec shared the prize at the festival.",
        "The Oct. 12 deadline was missed.",
    ],
)
def test_an_abbreviation_without_a_preposition_is_no_month_alone(text: str) -> None:
    assert all(t.text not in ("Jan", "Dec", "Oct.") for t in tag_timexes(text, THURSDAY))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The group reiterated its guidance for the current financial year.",
            "the current financial year",
            "2026",
        ),
        (
            "The council set its budget for the next financial year on Tuesday.",
            "the next financial year",
            "2027",
        ),
        ("Pre-tax profit halved in the last financial year.", "the last financial year", "2025"),
    ],
)
def test_a_financial_year_is_a_fiscal_year(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_a_financial_year_ending_in_march_spans_april_to_march() -> None:
    text = (
        "The retailer, whose financial year ends on 31 March, expects profit to rise "
        "in the current financial year."
    )
    found = one(text, "the current financial year")
    assert (found.value, found.begin, found.end_date) == ("2027", "2026-04-01", "2027-03-31")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The amber warning for wind has been extended into Saturday.", "Saturday", "2026-11-28"),
        ("The night curfew was extended into next week.", "next week", "2026-W49"),
        ("The snow warning was extended into Sunday morning.", "Sunday morning", "2026-11-29TMO"),
        # a happening that ran on into a day is behind the report
        ("The talks dragged into Saturday without a deal.", "Saturday", "2026-11-21"),
    ],
)
def test_a_warning_extended_into_a_day_lasts_until_it(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("City face Real Madrid in the last 16 in mid-February.", "mid-February", "2027-02"),
        ("Arsenal play Porto in the last 16 in March.", "March", "2027-03"),
        # a past verb still places the month behind
        ("United lost their last game in March to a late penalty.", "March", "2026-03"),
    ],
)
def test_the_last_sixteen_of_a_cup_is_no_past(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_turn_of_the_year_reported_is_the_one_gone_by() -> None:
    found = one("The policy was announced at the turn of the year.", "the turn of the year")
    assert (found.value, found.mod) == ("2026-01-01", "APPROX")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("MPs voted on the last sitting day before the summer recess.", "the summer"),
        ("Talks will resume after the summer break.", "the summer"),
    ],
)
def test_a_signal_before_a_season_that_names_a_noun_bounds_the_noun(text: str, phrase: str) -> None:
    found = one(text, phrase)
    assert (found.mod, found.begin[5:], found.end_date[5:]) == (None, "06-01", "08-31")


def test_a_signal_before_a_season_alone_bounds_it() -> None:
    found = one("The bill must pass before the summer.", "the summer")
    assert (found.value, found.mod) == ("2027-SU", "BEFORE")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The deadline for appeals is three weeks on Friday.",
            "three weeks on Friday",
            "2026-12-18",
        ),
        ("The verdict is due two weeks on Tuesday.", "two weeks on Tuesday", "2026-12-15"),
        ("The case returns to court a week on Monday.", "a week on Monday", "2026-12-07"),
    ],
)
def test_weeks_on_a_weekday_count_from_the_coming_one(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("A snap election could be called as early as March.", "March", "2027-03"),
        ("Rates could be cut as soon as May, traders bet.", "May", "2027-05"),
    ],
)
def test_march_or_may_after_as_early_as_is_the_month(text: str, phrase: str, value: str) -> None:
    found = one(text, phrase)
    assert (found.value, found.mod) == (value, "ON_OR_AFTER")


def test_may_after_a_comparison_is_a_name() -> None:
    assert tag_timexes("The new leader is every bit as cautious as May.", THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        (
            "The fair opens on Friday 4th, weather permitting.",
            "Friday 4th",
            ("2026-12-04", "2026-12-04"),
        ),
        ("Hawks lost at home on Saturday 21st.", "Saturday 21st", ("2026-11-21", "2026-11-21")),
        (
            "The festival runs from Fri 4th to Sun 6th December.",
            "Fri 4th to Sun 6th December",
            ("2026-12-04", "2026-12-06"),
        ),
    ],
)
def test_a_weekday_before_a_bare_ordinal_is_that_day(
    text: str, phrase: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase)
    assert (found.begin, found.end_date) == interval


def test_a_weekday_before_a_ranked_place_is_the_weekday() -> None:
    assert one("She finished Sunday 3rd place in the sprint.", "Sunday").value == "2026-11-22"


# the dates India's central government listed as the Diwali (Deepavali) holiday
@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2013, "2013-11-03"),
        (2017, "2017-10-19"),
        (2018, "2018-11-07"),
        (2020, "2020-11-14"),
        (2022, "2022-10-24"),
        (2023, "2023-11-12"),
        (2025, "2025-10-20"),
    ],
)
def test_diwali_is_the_evening_of_the_new_moon_that_ends_ashvin(year: int, day: str) -> None:
    assert diwali(year).isoformat() == day


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Families travelled home for Diwali last month.", datetime(2025, 11, 20, 9), "2025-10-20"),
        (
            "Gold sales usually jump in the weeks before Diwali.",
            datetime(2026, 10, 1, 9),
            "2026-11-08",
        ),
    ],
)
def test_diwali_is_its_day(text: str, dct: datetime, value: str) -> None:
    assert one(text, "Diwali", dct).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        (
            "Shares fell late last week after the profit warning.",
            "late last week",
            ("2026-11-19", "2026-11-22"),
        ),
        (
            "Flights were cancelled towards the end of last week.",
            "the end of last week",
            ("2026-11-19", "2026-11-22"),
        ),
    ],
)
def test_late_in_a_week_is_from_its_thursday(
    text: str, phrase: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase)
    assert (found.mod, found.begin, found.end_date) == ("END", *interval)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "interval"),
    [
        (
            "The software maker reported revenue for its fiscal second quarter ended Dec. 31.",
            "fiscal second quarter",
            "2026-Q4",
            ("2026-10-01", "2026-12-31"),
        ),
        # three months that make up no calendar quarter keep the rank
        (
            "The retailer's profit in the fiscal fourth quarter ended Jan. 31 rose 5%.",
            "the fiscal fourth quarter",
            "2026-Q4",
            ("2026-11-01", "2027-01-31"),
        ),
    ],
)
def test_a_fiscal_quarter_ending_a_day_is_the_three_months_to_it(
    text: str, phrase: str, value: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase, datetime(2027, 2, 3, 10))
    assert (found.value, found.begin, found.end_date) == (value, *interval)


def test_timeml_keeps_a_fiscal_quarters_rank() -> None:
    text = "Sales rose 9% in the fiscal first quarter ended Sept. 30."
    found = one(text, "the fiscal first quarter", datetime(2026, 11, 3, 10))
    assert (found.value, found.timeml_value) == ("2026-Q3", "2026-Q1")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two candidates will debate for the last time on Sunday evening.", "2026-11-29TEV"),
        ("The two candidates met for the last time on Sunday evening.", "2026-11-22TEV"),
    ],
)
def test_for_the_last_time_is_no_past_of_its_own(text: str, value: str) -> None:
    assert one(text, "Sunday evening").value == value


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # said on a Saturday evening: the race is the next day
        (
            "Verstappen took pole for Sunday's race in Abu Dhabi.",
            datetime(2026, 11, 28, 19),
            "2026-11-29",
        ),
        ("Fans queued overnight for Saturday's final.", THURSDAY, "2026-11-28"),
        # said on the Monday after: the march is gone by
        (
            "Police prepared for Sunday's march with road closures.",
            datetime(2026, 11, 30, 9),
            "2026-11-29",
        ),
    ],
)
def test_what_a_deed_readies_for_follows_it(text: str, dct: datetime, value: str) -> None:
    found = [t for t in tag_timexes(text, dct) if t.text in ("Sunday", "Saturday")]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        (
            "The title fight is scheduled for the early hours of Sunday morning UK time.",
            "the early hours of Sunday morning",
            ("2026-11-29T00:00", "2026-11-29T05:59"),
        ),
        (
            "Police were called to the flat in the small hours of Saturday morning.",
            "the small hours of Saturday morning",
            ("2026-11-21T00:00", "2026-11-21T05:59"),
        ),
    ],
)
def test_the_early_hours_of_a_morning_are_after_midnight(
    text: str, phrase: str, interval: tuple[str, str]
) -> None:
    found = one(text, phrase)
    assert (found.begin, found.end_date) == interval


def test_the_opening_months_of_this_year_are_this_years_even_before_they_end() -> None:
    text = "Sales rose 3% in the first six months of this year, the trade body said."
    found = one(text, "the first six months", datetime(2026, 6, 10, 10))
    assert (found.value, found.begin, found.end_date) == ("2026-H1", "2026-01-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # said on Thanksgiving Day 2026: the Monday after this one is still ahead
        ("Shops reported record online sales on the Monday after Thanksgiving.", "2025-12-01"),
        ("Retailers had their busiest day on the Monday after Thanksgiving.", "2025-12-01"),
        ("Officials said the vote would be held on the Monday after Thanksgiving.", "2026-11-30"),
    ],
)
def test_a_weekday_counted_from_a_holiday_in_a_past_is_gone_by(text: str, value: str) -> None:
    assert one(text, "the Monday after Thanksgiving").value == value
