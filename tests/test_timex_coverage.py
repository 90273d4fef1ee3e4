"""One test per coverage item of the temporal engine, on news sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from backstory.timex import tag_timexes

DCT = datetime(2024, 10, 25, 12, 44)  # a Friday


def one(text: str, phrase: str, dct: datetime | date | None = DCT):
    """The timex whose text is ``phrase`` (it must be found exactly once)."""
    found = [t for t in tag_timexes(text, dct) if t.text == phrase]
    assert len(found) == 1, [(t.text, t.value) for t in tag_timexes(text, dct)]
    return found[0]


# ---- absolute dates in every common style ---------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The ceasefire was signed on 25 October 2024 in Doha.", "25 October 2024", "2024-10-25"),
        ("The summit opened on October 23 with a minute of silence.", "October 23", "2024-10-23"),
        ("Shares fell sharply on Oct. 23, 2024, after the report.", "Oct. 23, 2024", "2024-10-23"),
        ("The ministry's filing is dated 2024-10-25.", "2024-10-25", "2024-10-25"),
        ("The decree, published on 23/10/2024, took effect at once.", "23/10/2024", "2024-10-23"),
        (
            "Polls closed on Friday, 25 October, without incident.",
            "Friday, 25 October",
            "2024-10-25",
        ),
        ("The plant was shut in March 2019 after the flood.", "March 2019", "2019-03"),
        ("The treaty dates from 1994.", "1994", "1994"),
        ("It was the worst drought of the 1990s.", "the 1990s", "199"),
        (
            "Industrial output recovered in the third quarter of 2023.",
            "the third quarter of 2023",
            "2023-Q3",
        ),
        ("Growth slowed in the first half of 2023.", "the first half of 2023", "2023-H1"),
        (
            "The carmaker lost money in the first two quarters of 2024.",
            "the first two quarters of 2024",
            "2024-H1",
        ),
        (
            "Orders picked up in the last two quarters of 2022.",
            "the last two quarters of 2022",
            "2022-H2",
        ),
        ("The program was launched in fiscal 2022.", "fiscal 2022", "2022"),
        ("The dam was flooded in the summer of 2021.", "the summer of 2021", "2021-SU"),
        ("The fortress was built in the 12th century.", "the 12th century", "11"),
        ("Exports fell in H1 2024, the ministry said.", "H1 2024", "2024-H1"),
        ("Revenue rose 4% in Q3 2024.", "Q3 2024", "2024-Q3"),
    ],
)
def test_absolute_dates(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_ambiguous_numeric_date_follows_the_article_style() -> None:
    uk = "The hearing on 3 October was adjourned; the ruling of 04/10/2024 followed."
    us = "The hearing on October 3 was adjourned; the ruling of 10/04/2024 followed."
    assert one(uk, "04/10/2024").value == "2024-10-04"
    assert one(us, "10/04/2024").value == "2024-10-04"


# ---- ranges ------------------------------------------------------------------
def test_day_range_is_one_date() -> None:
    t = one("Russia plans to send the units to the front on 27-28 October.", "27-28 October")
    assert (t.type, t.begin, t.end_date) == ("DATE", "2024-10-27", "2024-10-28")


@pytest.mark.parametrize("phrase", ["3 and 5 May", "3 to 5 May"])
def test_between_and_from_to_ranges(phrase: str) -> None:
    sentence = (
        f"Voting will take place {'between' if 'and' in phrase else 'from'} {phrase} next year."
    )
    t = one(sentence, f"{phrase} next year")  # the year named after the range is its own
    assert (t.begin, t.end_date) == ("2025-05-03", "2025-05-05")


def test_month_and_year_ranges() -> None:
    text = "The talks ran from March to May 2023, and the sanctions lasted from 2014 to 2016."
    found = {t.text: t for t in tag_timexes(text, DCT)}
    assert (found["March to May 2023"].begin, found["March to May 2023"].end_date) == (
        "2023-03-01",
        "2023-05-31",
    )
    assert (found["2014 to 2016"].begin, found["2014 to 2016"].end_date) == (
        "2014-01-01",
        "2016-12-31",
    )


# ---- bounds ----------------------------------------------------------------------
def test_as_early_as_is_a_lower_bound_in_the_future() -> None:
    t = one("The brigades will be ready for combat as early as 1 November.", "1 November")
    assert t.begin == "2024-11-01" and t.mod in ("ON_OR_AFTER", "START", "AFTER")


def test_by_the_end_of_the_year() -> None:
    t = one(
        "The government promised to restore power by the end of the year.", "the end of the year"
    )
    assert t.value == "2024" and t.mod == "ON_OR_BEFORE" and t.end_date == "2024-12-31"


def test_since_and_until() -> None:
    text = "The port has been closed since 2014 and talks are suspended until Friday."
    since, until = one(text, "2014"), one(text, "Friday")
    assert (
        since.mod == "ON_OR_AFTER"
        and since.begin == "2014-01-01"
        and since.end_date == "2024-10-25"
    )
    assert until.mod == "ON_OR_BEFORE" and until.end_date is not None


def test_before_after_no_later_than() -> None:
    text = "Bids must arrive no later than 15 November; none were opened before 1 October or after 2020."
    assert one(text, "15 November").mod == "ON_OR_BEFORE"
    assert one(text, "1 October").mod == "BEFORE"
    assert one(text, "2020").mod == "AFTER"


# ---- deictic ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Rescuers pulled two survivors from the rubble yesterday.", "yesterday", "2024-10-24"),
        ("The minister resigned last week.", "last week", "2024-W42"),
        ("Inflation is expected to ease this month.", "this month", "2024-10"),
        ("The envoy met the president on Friday.", "Friday", "2024-10-25"),
        ("The bank raised rates earlier this year.", "earlier this year", "2024"),
        ("The fire broke out two days ago.", "two days ago", "2024-10-23"),
        ("The cabinet will meet next Tuesday.", "next Tuesday", "2024-10-29"),
        ("The strike is planned for next year.", "next year", "2025"),
        ("Talks will resume tomorrow.", "tomorrow", "2024-10-26"),
    ],
)
def test_deictic(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert t.value == value and t.anchor == "dct"


def test_earlier_this_year_is_the_start_of_the_year() -> None:
    t = one("The bank raised rates earlier this year.", "earlier this year")
    assert t.mod == "START" and t.begin == "2024-01-01"


# ---- anaphoric: against the last date mentioned ----------------------------------
def test_the_next_day() -> None:
    text = "The drones struck Odesa on 3 March 2022. The next day, the port was closed."
    t = one(text, "The next day")
    assert t.value == "2022-03-04" and t.anchor == "narrative"


def test_that_same_day_is_the_narrative_day() -> None:
    text = "The site went up on Oct. 20. Its name was crossed out that same day."
    assert one(text, "that same day").value == "2024-10-20"


def test_that_week() -> None:
    text = "Parliament voted on 12 June 2023. Two ministers resigned that week."
    assert one(text, "that week").value == "2023-W24"


def test_the_week_of_a_day_is_the_week_that_holds_it() -> None:
    text = "The Senate will take up the bill the week of Nov. 4, aides said."
    assert one(text, "the week of Nov. 4").value == "2024-W45"


def test_the_day_before_or_after_a_day_is_counted_from_it() -> None:
    text = "Police arrested him the day before last Tuesday."
    assert one(text, "the day before last Tuesday").value == "2024-10-21"
    text = "The results came the day after Oct. 3."
    assert one(text, "the day after Oct. 3").value == "2024-10-04"


def test_a_clock_time_takes_the_weekday_after_its_zone_aside() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building."
    assert one(text, "about 10:35 a.m.").value == "2024-10-22T10:35"
    text = "He will leave at 4 in the morning (4 a.m. EDT Saturday), his lawyer said."
    assert one(text, "4 in the morning").value == "2024-10-26T04:00"


def test_sentence_initial_now_with_a_comma_is_a_discourse_marker() -> None:
    text = 'The plan failed. Now, the minister says, "we start again." Prices are now lower.'
    found = [t.text for t in tag_timexes(text, DCT)]
    assert found == ["now"]


def test_a_holiday_week_or_weekend_is_the_week_that_holds_the_holiday() -> None:
    text = "Shops were crowded as Christmas week began."
    assert one(text, "Christmas week", dct=date(2023, 12, 27)).value == "2023-W52"
    text = "Traffic was heavy over the Thanksgiving weekend."
    # (the article belongs to it, as to "the weekend")
    assert one(text, "the Thanksgiving weekend").value == "2023-W47-WE"


def test_a_dated_noun_does_not_move_the_story_into_its_year() -> None:
    text = "Talks followed the August 2019 cease-fire. Rebels attacked a town on Oct. 2."
    assert one(text, "Oct. 2").value == "2024-10-02"
    text = "The war began in August 2019. On Oct. 2, rebels attacked a town."
    assert one(text, "Oct. 2").value == "2019-10-02"


def test_last_month_name_skips_the_month_just_gone() -> None:
    # DCT 25 October 2024: "last September" would be "last month"
    assert one("Two helicopters crashed last September.", "last September").value == "2023-09"
    assert one("Two helicopters crashed last August.", "last August").value == "2024-08"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The bridge was closed on 2 May last year for repairs.", "2 May last year", "2023-05-02"),
        ("The plant will reopen on March 3 next year.", "March 3 next year", "2025-03-03"),
        ("Talks resumed on 9 January this year.", "9 January this year", "2024-01-09"),
    ],
)
def test_a_day_and_month_with_a_year_named_against_the_dct(
    sentence: str, phrase: str, value: str
) -> None:
    assert one(sentence, phrase).value == value


def test_a_month_later() -> None:
    text = "The factory closed in January 2020. A month later, the owners filed for bankruptcy."
    assert one(text, "A month later").value == "2020-02"


# ---- vague --------------------------------------------------------------------------
def test_recent_days_is_past_and_ends_at_the_dct() -> None:
    t = one("Shelling has intensified in recent days.", "recent days")
    assert (
        t.value == "PAST_REF" and t.vague and t.end_date is not None and t.end_date <= "2024-10-25"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The two leaders spoke by phone recently.", "recently", "PAST_REF"),
        ("Fresh sanctions will follow soon.", "soon", "FUTURE_REF"),
        ("The city is now without electricity.", "now", "PRESENT_REF"),
        ("About 300 workers are currently on strike.", "currently", "PRESENT_REF"),
    ],
)
def test_vague(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert t.value == value and t.vague


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor admitted that the city should have closed the bridge sooner.",
        "Investors expect the bank to cut rates sooner rather than later.",
    ],
)
def test_sooner_as_a_comparative_is_no_time(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT) if "soon" in t.text] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Engineers say the plant could one day supply half the region's power.", "FUTURE_REF"),
        ("The striker said he hopes to one day play for his country.", "FUTURE_REF"),
        ("The walkout lasted one day.", "P1D"),
        ("The vote was delayed by one day after the storm.", "P1D"),
    ],
)
def test_one_day_between_a_modal_and_its_verb_is_some_day_ahead(sentence: str, value: str) -> None:
    assert one(sentence, "one day").value == value


# ---- times and parts of the day ------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The first explosion was heard at 12:44.", "12:44", "2024-10-25T12:44"),
        ("The polls close at 3 p.m. EST.", "3 p.m. EST", "2024-10-25T15:00"),
        (
            "Protesters gathered Tuesday evening outside the embassy.",
            "Tuesday evening",
            "2024-10-22TEV",
        ),
        ("The curfew begins at midnight.", "midnight", "2024-10-25T24:00"),
        ("The vote ended at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2024-10-23T22:00"),
        ("The bank will announce its decision at 1400 GMT.", "1400 GMT", "2024-10-25T14:00"),
    ],
)
def test_times(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("TIME", value)


# ---- quarters, halves, fiscal years, seasons, decades, centuries --------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The carmaker reported a loss for the third quarter.", "the third quarter", "2024-Q3"),
        (
            "Sales should recover in the second half of next year.",
            "the second half of next year",
            "2025-H2",
        ),
        ("Exports grew last spring.", "last spring", "2024-SP"),
        ("The coalition hopes to pass the budget this winter.", "this winter", "2024-WI"),
        ("The city was rebuilt in the early 1950s.", "the early 1950s", "195"),
        ("The church dates from the 19th century.", "the 19th century", "18"),
    ],
)
def test_calendar_units(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


# ---- durations and sets ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The siege lasted for three weeks.", "three weeks", "P3W"),
        ("The rebels gave the army 48 hours to withdraw.", "48 hours", "PT48H"),
        ("Unemployment has fallen over the past two years.", "the past two years", "P2Y"),
        ("He served a five-year term.", "five-year", "P5Y"),
        ("Talks dragged on for several months.", "several months", "PXM"),
        ("The vote was over in a minute and a half.", "a minute and a half", "PT1M30S"),
        ("The envoys ended their third day-long meeting.", "day-long", "P1D"),
        ("The year-long inquiry closed.", "year-long", "P1Y"),
        ("It ended a decades-long feud.", "decades-long", "PXY"),
        ("Over the years the town shrank.", "the years", "PXY"),
    ],
)
def test_durations(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_a_unit_or_two_is_at_least_that_long() -> None:
    t = one("The envoy said the talks could take a day or two.", "a day or two")
    assert (t.type, t.value, t.mod) == ("DURATION", "P1D", "EQUAL_OR_MORE")
    # a date that far ahead, or later (DCT: Friday 25 October 2024)
    t = one("The ferry service should resume in a week or two.", "a week or two")
    assert (t.type, t.value, t.mod) == ("DATE", "2024-W44", "ON_OR_AFTER")
    assert (t.begin, t.end_date) == ("2024-10-28", None)
    # a timetable present looks ahead as a future does
    assert one("Ferries to the island resume in two weeks.", "two weeks").value == "2024-W45"
    # "or two" after a month names no span
    found = [t.text for t in tag_timexes("It opened in May or two weeks later.", DCT)]
    assert found == ["May", "two weeks later"]


def test_in_the_morning_is_the_morning_of_the_day_just_named() -> None:
    text = (
        "Protesters blocked the bridge on Tuesday. Police cleared it in the morning and "
        "the crowd returned during the night."
    )
    assert one(text, "the morning").value == "2024-10-22TMO"
    assert one(text, "the night").value == "2024-10-22TNI"
    text = "The summit opens on Monday. The leaders will meet in the afternoon."
    assert one(text, "the afternoon").value == "2024-10-28TAF"
    # a habit, or no day named: no time to place
    habit = "Trading resumed on Monday. The exchange opens in the morning."
    assert [t.text for t in tag_timexes(habit, DCT)] == ["Monday"]
    assert tag_timexes("Witnesses said the shooting began in the evening.", DCT) == []


def test_ages_are_not_durations() -> None:
    text = "The driver, 43 years old, and a 6-year-old girl were hurt in the two-day riots."
    assert [t.text for t in tag_timexes(text, DCT)] == ["two-day"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The report is published annually.", "annually", "P1Y"),
        ("The ministry updates its casualty figures weekly.", "weekly", "P1W"),
        ("Patrols pass twice a day.", "twice a day", "P1D"),
    ],
)
def test_sets(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("SET", value)


# ---- year inference by tense ------------------------------------------------------------
def test_year_inference_future_plan_takes_the_next_occurrence() -> None:
    dct = date(2024, 11, 20)
    t = one("The government plans to hold the referendum on 15 March.", "15 March", dct)
    assert t.value == "2025-03-15"


def test_year_inference_past_report_takes_the_last_occurrence() -> None:
    dct = date(2024, 2, 10)
    t = one("The army said the bridge was destroyed on 20 December.", "20 December", dct)
    assert t.value == "2023-12-20"


def test_year_inference_is_not_simply_closest() -> None:
    # 5 May 2024 is closer to the DCT than 5 May 2025, but a plan points forward
    dct = date(2024, 10, 25)
    assert one("Elections will be held on 5 May.", "5 May", dct).value == "2025-05-05"
    assert one("Elections were held on 5 May.", "5 May", dct).value == "2024-05-05"


def test_a_capitalised_name_is_not_read_as_a_past_verb() -> None:
    # "Fed" is not "fed": the central bank meeting five days ahead is this year's
    dct = date(2024, 3, 14)
    assert one("The Fed meets on March 19-20.", "March 19-20", dct).value == "2024-03-19"
    assert one("The Fed met on March 19-20.", "March 19-20", dct).value == "2023-03-19"


def test_year_inference_follows_a_distant_narrative_year() -> None:
    text = "The war began in February 2014. On 2 March, troops seized the parliament."
    assert one(text, "2 March").value == "2014-03-02"


def test_a_year_stated_in_one_list_item_does_not_carry_into_the_next() -> None:
    # each Background bullet stands alone: a yearless date in it is read from the DCT
    text = (
        "Background:\n\n  • In March 2023, the regulator opened an inquiry into the bank.\n"
        "  • On 14 March, the bank's chief executive resigned.\n"
    )
    assert one(text, "14 March").value == "2024-03-14"
    # in running prose the stated year still carries
    prose = "In March 2023, the regulator opened an inquiry. On 14 March, the chief resigned."
    assert one(prose, "14 March").value == "2023-03-14"


def test_a_narrative_year_does_not_pull_later_dates_back() -> None:
    # the story returns to the present: April is not the April before the stated date
    text = "The reactor was shut down on Nov. 3, 2019. The regulator agreed in April to a restart."
    assert one(text, "April", date(2021, 6, 7)).value == "2021-04"


def test_no_dct_leaves_the_year_unknown() -> None:
    t = one("The election took place on 5 May.", "5 May", None)
    assert t.value == "XXXX-05-05" and t.begin is None


# ---- tense and context rules, on financial and wire copy -------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a deadline or a schedule in a past-tense report still points ahead
        ("The bidder extended its offer to Nov. 20.", "Nov. 20", "1989-11-20"),
        (
            "The board declared a dividend, payable Dec. 15 to holders of record.",
            "Dec. 15",
            "1989-12-15",
        ),
        # a date that modifies a noun does not take the verb's tense
        ("The agency gave no reason for the Jan. 14 deadline.", "Jan. 14", "1990-01-14"),
        # a reporting verb right before the date governs it
        ("The union said Wednesday that the strike would continue.", "Wednesday", "1989-10-25"),
        ("Relatives vowed to fight Wednesday's ruling in court.", "Wednesday", "1989-10-25"),
        ("The envoy could arrive as early as Tuesday.", "Tuesday", "1989-10-31"),
        # "next to" is a place, not a future; the blast was reported in the past tense
        ("Dozens were hurt in the blast next to the station on Monday.", "Monday", "1989-10-23"),
        # an -ed adjective ("preferred shares", "an unspecified date") is not a past verb
        ("The bank will redeem its preferred shares on Oct. 31.", "Oct. 31", "1989-10-31"),
        ("The split would be paid on a still unspecified date in January.", "January", "1990-01"),
        ("The sale is to be completed around Nov. 1.", "around Nov. 1", "1989-11-01"),
        # a deadline set in the past still lies ahead; "Until Monday, ..." looks back
        ("The agency postponed until Tuesday any decision on the permit.", "Tuesday", "1989-10-31"),
        ("Until Monday, the police had named no suspect.", "Monday", "1989-10-23"),
        # no tense cue at all: the closest occurrence, not one nearly a year back
        ("Traders eye November contracts.", "November", "1989-11"),
    ],
)
def test_tense_rules(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase, date(1989, 10, 26)).value == value


def test_financial_comparison_is_the_same_quarter_a_year_before() -> None:
    text = "The chemical maker said third-quarter net income rose 12% from a year earlier."
    t = one(text, "a year earlier", date(1989, 10, 26))
    assert (t.value, t.begin, t.end_date) == ("1988-Q3", "1988-07-01", "1988-09-30")


def test_the_quarter_ended_is_the_quarter_most_of_it_falls_in() -> None:
    text = "The retailer said sales rose 8% in the quarter ended July 31."
    assert one(text, "the quarter", date(1989, 10, 30)).value == "1989-Q2"


def test_the_year_ended_is_a_fiscal_duration() -> None:
    t = one("Revenue was $76 million for the year ended March 31.", "the year", date(1989, 11, 1))
    assert (t.type, t.value) == ("DURATION", "P1Y")


def test_prefixed_years_and_months() -> None:
    text = "Prices peaked in mid-1996, and no merger was allowed post-1959."
    assert (one(text, "mid-1996").value, one(text, "mid-1996").mod) == ("1996", "MID")
    assert (one(text, "post-1959").value, one(text, "post-1959").mod) == ("1959", "AFTER")


def test_weekday_range_and_unspecified_anaphoric_day() -> None:
    found = {t.text: t for t in tag_timexes("The assembly sat from Monday to Wednesday.", DCT)}
    week = found["Monday to Wednesday"]
    assert (week.begin, week.end_date) == ("2024-10-21", "2024-10-23")
    text = "The firm was founded in 1987. That day, its shares doubled."
    t = one(text, "That day")
    assert (
        t.value == "1987-XX-XX"
        and t.vague
        and (t.begin, t.end_date) == ("1987-01-01", "1987-12-31")
    )


def test_programme_and_film_names_are_not_times() -> None:
    text = (
        'The envoy, speaking on the "This Week" programme, said talks resume this week. '
        "You are listening to World Today. The film High Noon opened at noon."
    )
    found = [t.text for t in tag_timexes(text, DCT)]
    assert found == ["this week", "noon"]


def test_may_and_march_before_a_noun_are_months() -> None:
    text = "Officials may delay the vote, but the May elections should go ahead; a march followed."
    # a date modifying a noun takes no tense: the closest May
    assert [(t.text, t.value) for t in tag_timexes(text, DCT)] == [("May", "2024-05")]


def test_rates_of_measure_are_not_sets() -> None:
    # a rate after an amount is part of the measure; a frequency stays a SET
    text = (
        "Winds reached 120 miles per hour; rescuers earn $30 per hour, the agency will save "
        "$500 million a year, and patrols pass twice a day and every hour."
    )
    found = [(t.text, t.type) for t in tag_timexes(text, DCT)]
    assert found == [("twice a day", "SET"), ("every hour", "SET")]


def test_a_year_inside_a_name_is_not_a_date() -> None:
    text = "The firm joined a venture called Orion 1980 and exhibited at Expo 2000 in 1999."
    assert [t.text for t in tag_timexes(text, DCT)] == ["1999"]


def test_seasons_after_into_and_of_the() -> None:
    dct = date(1989, 10, 26)
    assert one("Shortages lasted well into the summer.", "the summer", dct).value == "1989-SU"
    text = "Orders rose from the low levels of the early summer."
    t = one(text, "early summer", dct)
    assert (t.value, t.mod) == ("1989-SU", "START")


def test_comparisons_and_bare_earlier_are_not_timexes() -> None:
    text = "Earlier, the firm said its quarter-to-quarter sales rose; earlier this year they fell."
    assert [t.text for t in tag_timexes(text, DCT)] == ["earlier this year"]


def test_coming_and_ahead_are_future_and_vague_durations_in_timeml() -> None:
    text = "Rates should ease in coming weeks and hold in the months ahead."
    found = {t.text: t for t in tag_timexes(text, DCT)}
    assert set(found) == {"coming weeks", "the months ahead"}
    weeks, months = found["coming weeks"], found["the months ahead"]
    assert (weeks.value, weeks.timeml_type, weeks.timeml_value) == ("FUTURE_REF", "DURATION", "PXW")
    assert (months.value, months.timeml_value, months.begin) == ("FUTURE_REF", "PXM", "2024-10-25")


def test_a_forecast_quarter_is_not_the_quarter_a_report_compares() -> None:
    text = (
        "The steelmaker said third-quarter profit fell 54%. Analysts expect losses through "
        "the third quarter of 1990, and the company will cut output in the fourth quarter. "
        "In the year-ago period, it earned $101.4 million."
    )
    dct = date(1989, 10, 26)
    assert one(text, "the third quarter of 1990", dct).value == "1990-Q3"
    assert one(text, "the year-ago period", dct).value == "1988-Q3"


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Sales rose in the first and second quarters of 2024.", "2024-Q1", "2024-Q2"),
        ("Profit fell in the second and third quarters, the bank said.", "2025-Q2", "2025-Q3"),
        (
            "Auction houses usually do most of their business in the second and fourth quarters.",
            "XXXX-Q2",
            "XXXX-Q4",
        ),
    ],
)
def test_two_quarters_named_together_are_two_expressions(
    sentence: str, first: str, second: str
) -> None:
    found = [
        t
        for t in tag_timexes(sentence, date(2025, 10, 27))
        if "quarter" in t.text or t.text in ("first", "second", "third")
    ]
    assert [t.value for t in found] == [first, second]


def test_a_numbered_quarter_ended_on_a_day_not_yet_come_is_last_year_s() -> None:
    text = "In the year-ago quarter, the second quarter ended Oct. 31, the chain lost money."
    assert one(text, "the second quarter", date(2025, 10, 27)).value == "2024-Q2"
    retail = "The retailer said net rose in the fourth quarter ended Jan. 31."
    assert one(retail, "the fourth quarter", date(1990, 2, 20)).value == "1989-Q4"


def test_an_outlook_with_expect_object_to_is_a_forecast_quarter() -> None:
    text = (
        "The miner said third-quarter output fell 8%. Analysts expect the slump to continue "
        "into the fourth quarter. In the year-ago period, it shipped 2.1 million tonnes."
    )
    dct = date(2025, 10, 22)
    assert one(text, "the fourth quarter", dct).value == "2025-Q4"
    assert one(text, "the year-ago period", dct).value == "2024-Q3"


def test_a_yardstick_quarter_is_not_the_quarter_reported_on() -> None:
    text = (
        "The brewer said third-quarter profit rose 9%. After a weak second quarter, volumes "
        "recovered in Asia. Costs were lower than in the year-earlier period."
    )
    dct = date(2025, 10, 29)
    assert one(text, "weak second quarter", dct).value == "2025-Q2"
    assert one(text, "the year-earlier period", dct).value == "2024-Q3"


def test_the_year_period_is_that_year_s_reported_quarter() -> None:
    text = (
        "The insurer said net income rose 4% in the second quarter. In the 2024 period, it "
        "booked a one-time gain."
    )
    assert one(text, "the 2024 period", date(2025, 8, 6)).value == "2024-Q2"
    alone = "The sale of the unit brought a gain of $18 million in the 2023 period."
    assert one(alone, "the 2023 period", date(2025, 8, 6)).value == "2023"


def test_the_month_just_named_is_the_month() -> None:
    text = (
        "The port handled 210,000 containers in March, a record for the month, the authority said."
    )
    assert one(text, "the month", datetime(2025, 4, 2, 12)).value == "2025-03"
    # with no month named before it, "the month" is the current one
    assert one("Exports rose 3% over the month.", "the month", datetime(2025, 4, 2, 12)).value == (
        "2025-04"
    )


def test_by_a_weekday_is_a_deadline_ahead_unless_told_in_the_past_perfect() -> None:
    dct = datetime(2025, 3, 10, 8, 40)  # a Monday
    ahead = (
        "The union would extend the strike if the operator did not return to talks by Wednesday."
    )
    assert one(ahead, "Wednesday", dct).value == "2025-03-12"
    done = "Thirty-two countries had filed their reports by Wednesday."
    assert one(done, "Wednesday", dct).value == "2025-03-05"


# ---- a unit named by the week or year it falls in ---------------------------------------
@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "mod"),
    [
        ("He was detained on Thursday last week.", "Thursday last week", "2024-10-17", None),
        ("The envoy returns on Monday next week.", "Monday next week", "2024-10-28", None),
        (
            "Voters go to the polls in the spring of next year.",
            "the spring of next year",
            "2025-SP",
            None,
        ),
        (
            "The plant closed in the autumn of last year.",
            "the autumn of last year",
            "2023-FA",
            None,
        ),
        ("The law takes effect in January of next year.", "January of next year", "2025-01", None),
        (
            "Drones hit the port in the early hours of Tuesday.",
            "the early hours of Tuesday",
            "2024-10-22",
            "START",
        ),
    ],
)
def test_a_unit_inside_a_named_week_or_year(
    sentence: str, phrase: str, value: str, mod: str | None
) -> None:
    t = one(sentence, phrase)
    assert (t.value, t.mod) == (value, mod)


def test_a_four_digit_number_is_a_clock_time_only_with_a_zone() -> None:
    found = [(t.text, t.type) for t in tag_timexes("He worked 2000 hours in 1999.", DCT)]
    assert ("2000 hours", "DURATION") in found and all(typ != "TIME" for _, typ in found)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The president returns home on Friday after a three-day visit.", "Friday", "2024-10-25"),
        ("The summit opens Monday in Brussels.", "Monday", "2024-10-28"),
        ("The court said the trial resumes on Tuesday.", "Tuesday", "2024-10-29"),
        ("Tax returns filed on Tuesday were lost.", "Tuesday", "2024-10-22"),
        ("The two presidents meet separately Monday with the envoy.", "Monday", "2024-10-28"),
        ("The two presidents did not meet on Monday.", "Monday", "2024-10-21"),
    ],
)
def test_a_timetable_in_the_present_simple_looks_ahead(
    sentence: str, phrase: str, value: str
) -> None:
    assert one(sentence, phrase).value == value


def test_a_week_of_a_month_is_that_week() -> None:
    t = one("Shelling in the first week of October killed 40 people.", "the first week of October")
    assert (t.value, t.begin, t.end_date) == ("2024-W40", "2024-09-30", "2024-10-06")
    t = one("Talks stalled in the last week of June 2023.", "the last week of June 2023")
    assert t.value == "2023-W26"


def test_a_span_after_that_counts_from_the_story() -> None:
    text = "Parliament approved the budget in June 2021. A year after that, the government fell."
    assert one(text, "A year after that").value == "2022"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The ferry sails on Tuesday nights in summer.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("Markets open on Monday and Friday mornings.", "Monday", "XXXX-WXX-1TMO"),
        ("Markets open on Monday and Friday mornings.", "Friday mornings", "XXXX-WXX-5TMO"),
    ],
)
def test_a_weekday_part_of_day_in_the_plural_is_a_set(
    sentence: str, phrase: str, value: str
) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("SET", value)


def test_a_deadline_set_for_an_infinitive_is_the_coming_date() -> None:
    # asked in the past, but the deadline is five days ahead, not a year back
    text = "The regulator asked the bank to respond by Oct. 30."
    assert one(text, "Oct. 30").value == "2024-10-30"


def test_planning_for_a_month_points_ahead() -> None:
    text = "Diplomats are planning for a summit in April."
    assert one(text, "April").value == "2025-04"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The monastery has stood for two hundred years.", "two hundred years", "P200Y"),
        (
            "Some families kept the secret for more than two thousand years.",
            "more than two thousand years",
            "P2000Y",
        ),
        ("The dynasty ruled for a thousand years.", "a thousand years", "P1000Y"),
    ],
)
def test_hundreds_and_thousands_of_years(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_two_thousand_before_a_noun_is_a_count_not_a_year() -> None:
    found = [t.text for t in tag_timexes("Two thousand troops crossed the border.", DCT)]
    assert found == []


def test_a_timetable_date_is_the_closest_occurrence() -> None:
    # present tense and a date three days gone: this year's, not next year's
    assert one("The fast begins on Oct. 22.", "Oct. 22").value == "2024-10-22"
    assert one("The festival opens on 30 October.", "30 October").value == "2024-10-30"
    # a month in a timetable is the next one
    assert one("The current accord expires in March.", "March").value == "2025-03"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("A year and a half ago, the port was mined.", "A year and a half ago", "2023-04"),
        ("FY24 revenue rose 8%, the retailer said.", "FY24", "2024"),
    ],
)
def test_half_years_ago_and_short_fiscal_years(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Markets were turbulent in July and August of last year.", "July", "2023-07"),
        ("Exports fell in March and April, 2022.", "March", "2022-03"),
        ("Snow closed the pass in December and January 2021.", "December", "2020-12"),
    ],
)
def test_a_bare_month_shares_the_year_of_the_month_it_is_paired_with(
    sentence: str, phrase: str, value: str
) -> None:
    found = [t for t in tag_timexes(sentence, DCT, ranges=False) if t.text == phrase]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # a plan after the date is the verb it dates: the agreement was made in March
        ("In March, the central bank agreed to lend the insurer $85 billion.", "March", "2024-03"),
        ("On Tuesday, the union plans to hold a rally.", "Tuesday", "2024-10-29"),
        # "plans for" is the noun here, not a plan for Tuesday
        (
            "On Tuesday, the minister cut short her holiday plans for the crisis.",
            "Tuesday",
            "2024-10-22",
        ),
        # a purpose clause after the date does not date it
        (
            "During a conference call Tuesday among ministers to prepare for the summit, no deal was struck.",
            "Tuesday",
            "2024-10-22",
        ),
        # a caption's present tense far from the date
        (
            "Leaders of the two countries arrive for a statement on the economy at the presidential retreat Saturday.",
            "Saturday",
            "2024-10-19",
        ),
    ],
)
def test_verbs_after_a_fronted_date(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The quake struck at 1653 (2153 GMT) on Tuesday.", "1653", "2024-10-22T16:53"),
        ("The quake struck at 1653 (2153 GMT) on Tuesday.", "2153 GMT", "2024-10-22T21:53"),
        ("By 1100 (1600 GMT), rescuers had found 40 survivors.", "1100", "2024-10-25T11:00"),
        ("The truce began at 0400 on Tuesday.", "0400 on Tuesday", "2024-10-22T04:00"),
        ("Troops moved in at 0530 hours.", "0530", "2024-10-25T05:30"),
        (
            "Last modified on Tue 22 Oct 2024 09.30 GMT",
            "Tue 22 Oct 2024 09.30 GMT",
            "2024-10-22T09:30",
        ),
    ],
)
def test_a_wire_clock_time_given_in_two_zones(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("TIME", value)


def test_a_capitalised_tomorrow_after_a_quote_still_points_ahead() -> None:
    text = "\u201cThey knew that.\u201d Tomorrow (26 October) marks the anniversary."
    assert one(text, "26 October").value == "2024-10-26"


def test_for_a_span_before_that_is_a_duration() -> None:
    t = one("The site had been blocked for a decade before that.", "a decade")
    assert (t.type, t.value) == ("DURATION", "P10Y")


def test_a_weekday_pair_shares_the_named_week() -> None:
    text = "The boy attended school on Monday and Wednesday last week."
    found = {t.text: t.value for t in tag_timexes(text, DCT, ranges=False)}
    assert found == {"Monday": "2024-10-14", "Wednesday last week": "2024-10-16"}
    t = one(
        "The boy attended school from Monday to Wednesday last week.",
        "Monday to Wednesday last week",
    )
    assert (t.begin, t.end_date) == ("2024-10-14", "2024-10-16")


def test_listed_days_are_two_dates_in_timeml_and_one_span_in_the_archive() -> None:
    text = "Leaders will meet in Brussels on November 14 and 15 to discuss the budget."
    tml = [(t.text, t.value) for t in tag_timexes(text, DCT, ranges=False)]
    assert tml == [("November 14", "2024-11-14"), ("15", "2024-11-15")]
    both = one(text, "November 14 and 15")
    assert (both.begin, both.end_date) == ("2024-11-14", "2024-11-15")
    dashed = "Leaders will meet in Brussels on 14-15 November."
    assert [t.text for t in tag_timexes(dashed, DCT, ranges=False)] == ["14-15 November"]


def test_last_with_a_day_and_month() -> None:
    t = one("The currency was devalued by a similar amount last September 23.", "last September 23")
    assert t.value == "2023-09-23"


def test_a_possessive_date_takes_no_bound_from_the_preposition_before_it() -> None:
    # "after" bounds the drop, "since" the vote: the dates are the days themselves
    assert one("Growth will recover after last year's 4 pct drop.", "last year").mod is None
    t = one("Prices have fallen since Tuesday's vote.", "Tuesday")
    assert (t.mod, t.begin, t.end_date) == (None, "2024-10-22", "2024-10-22")


@pytest.mark.parametrize(
    "sentence",
    [
        "The People's Daily said the harvest was poor.",
        "Wen Wei Po, a Hong Kong daily, said the drought was severe.",
        "The letter ran on the front page of the party daily Granma.",
    ],
)
def test_a_daily_newspaper_is_no_set(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT)] == []


def test_daily_as_an_adverb_or_adjective_is_a_set() -> None:
    assert one("Protesters gather daily outside the house.", "daily").value == "P1D"
    assert one("The airline will fly a daily nonstop flight.", "daily").value == "P1D"


def test_a_reported_date_far_back_gives_way_to_a_close_one_ahead() -> None:
    # "said on" points back, but not eleven months back when the day is five days ahead
    assert (
        one("The company said on Oct. 30 it will redeem the notes.", "Oct. 30").value
        == "2024-10-30"
    )
    assert (
        one("The army said on 20 October that the bridge fell.", "20 October").value == "2024-10-20"
    )


def test_a_fiscal_year_the_article_defines() -> None:
    text = (
        "The bank expects inflation of 2% in the fiscal year that ends on 31 March. "
        "It raised its growth forecast for the current fiscal year to 7.3%, after 6.5% last fiscal year."
    )
    found = {t.text: (t.value, t.begin, t.end_date) for t in tag_timexes(text, DCT)}
    assert found["the current fiscal year"] == ("2025", "2024-04-01", "2025-03-31")
    assert found["last fiscal year"] == ("2024", "2023-04-01", "2024-03-31")
    # without such a sentence the fiscal year is not guessed
    assert (
        one("Growth in the current fiscal year was 3%.", "the current fiscal year").value == "2024"
    )


def test_a_hyphenated_month_span() -> None:
    t = one(
        "Forecasters expect heavy rain in the October-to-December season.", "October-to-December"
    )
    assert (t.begin, t.end_date) == ("2024-10-01", "2024-12-31")


def test_an_ordinal_day_counts_from_the_day_just_named() -> None:
    text = "The second round of talks opened on 14 October. Egypt walked out on the second day."
    assert one(text, "the second day").value == "2024-10-15"
    assert one("Today is the eighth day of the strike.", "the eighth day").value == "2024-10-25"
    assert [
        t.text for t in tag_timexes("He promised to act on his first day in office.", DCT)
    ] == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # "cut" is a past here (a subject before it, an object after it) ...
        (
            "On 7 February, the central bank cut its main rate by a quarter point.",
            "7 February",
            "2024-02-07",
        ),
        # ... and a noun here
        ("Markets expect a rate cut in February.", "February", "2025-02"),
        # "unchanged" is an adjective, not a past verb
        (
            "Analysts said the bank was likely to keep rates unchanged in February.",
            "February",
            "2025-02",
        ),
        # a month that describes a noun after a possessive is not placed by the verb
        (
            "The bank now expects growth of 2%, down from its October forecast of 2.6%.",
            "October",
            "2024-10",
        ),
    ],
)
def test_past_forms_adjectives_and_attributive_months(
    sentence: str, phrase: str, value: str
) -> None:
    assert one(sentence, phrase).value == value


def test_a_year_before_year_is_that_year_not_a_duration() -> None:
    t = one("The 2023 year net includes a one-off gain.", "2023")
    assert (t.type, t.value) == ("DATE", "2023")


def test_the_period_ending_on_a_day_is_the_closest_such_day() -> None:
    # said on 11 March: the year ending in twenty days, whatever the verb's tense
    text = "Group profit fell 10% in the year ending March 31, the firm said."
    assert one(text, "March 31", date(2025, 3, 11)).value == "2025-03-31"
    text = "Group profit fell 10% in the year ended March 31, the firm said."
    assert one(text, "March 31", date(2025, 3, 11)).value == "2024-03-31"


def test_long_term_before_a_noun_is_no_time() -> None:
    assert [
        t.text
        for t in tag_timexes("The drug is approved for the long term treatment of children.", DCT)
    ] == []
    assert one("In the long term, prices will fall.", "the long term").value == "FUTURE_REF"


def test_a_dateline_day_is_the_closest_to_publication() -> None:
    # filed a day "after" the publication time in another time zone; the verb is past
    text = "WELLINGTON, Oct. 26 - New Zealand's foreign debt fell to 32.9 billion dollars."
    assert one(text, "Oct. 26").value == "2024-10-26"
    text = "KYIV, Ukraine, Oct. 26 (Reuters) - Troops fell back from the town."
    assert one(text, "Oct. 26").value == "2024-10-26"


def test_a_deadline_after_by_is_the_closest_unless_a_future_or_past_perfect_says_otherwise() -> (
    None
):
    assert one("The change could take place by March.", "March").value == "2025-03"
    assert (
        one("The ministry asked the firm to repatriate the funds by Oct. 24.", "Oct. 24").value
        == "2024-10-24"
    )
    assert one("By March, prices had doubled.", "March").value == "2024-03"


def test_a_hyphenated_half() -> None:
    assert one("The debt will be repaid over 15-1/2 years.", "15-1/2 years").value == "P15Y6M"


def test_business_travel_is_no_timetable() -> None:
    text = "The infection came from exposure on business travel in Mexico between October 14-18."
    assert one(text, "October 14-18", date(2024, 11, 20)).value == "2024-10-14"


def test_the_fiscal_year_that_ends_on_a_day_the_article_gives() -> None:
    text = "The bank expects inflation of 2% in the fiscal year that ends on 31 March."
    t = one(text, "the fiscal year", date(2025, 12, 5))
    assert (t.begin, t.end_date) == ("2025-04-01", "2026-03-31")
    # TimeML tags it as the duration it lasts
    (tml,) = [
        x for x in tag_timexes(text, date(2025, 12, 5), ranges=False) if x.text == "the fiscal year"
    ]
    assert (tml.timeml_type, tml.timeml_value) == ("DURATION", "P1Y")


def test_since_a_yearless_date_is_the_last_one_gone_by() -> None:
    # the DCT is 25 October: "year-end" after "since" is last year's, whatever the verb
    assert one("The index change is measured since year-end.", "year-end").value == "2023-12-31"
    assert one("Bond yields have climbed since March 3.", "March 3").value == "2024-03-03"
    # with no look back, "year-end" is this year's
    assert one("The bank expects rates to fall by year-end.", "year-end").value == "2024-12-31"


def test_past_forms_spelt_as_the_base_form() -> None:
    text = (
        "On Monday, when the minister set aside her travel plans to fly to the capital, aid began."
    )
    assert one(text, "Monday").value == "2024-10-21"
    text = "The governor let the session close as previously planned on Tuesday."
    assert one(text, "Tuesday").value == "2024-10-22"


def test_as_planned_is_no_future_of_its_own() -> None:
    assert one("The vote was held as scheduled on Sunday.", "Sunday").value == "2024-10-20"
    text = "The launch will go ahead as originally planned on Sunday."
    assert one(text, "Sunday").value == "2024-10-27"


def test_a_month_in_the_possessive() -> None:
    text = "The agency made a small downward revision to September's payroll figures."
    assert one(text, "September").value == "2024-09"
    names = [t.text for t in tag_timexes("Theresa May's cabinet met again.", DCT)]
    assert names == []


# ---- wire copy and market reports ------------------------------------------------
def test_a_dateline_a_day_off_the_dct_anchors_today_and_yesterday() -> None:
    # filed in the evening UTC of the 16th, in a city where it is already the 17th
    dct = datetime(2023, 5, 16, 20, 10)
    text = (
        "AUCKLAND, May 17 - Dock workers went back to work this morning after a strike "
        "shut the ports yesterday, and the union meets again tomorrow."
    )
    assert one(text, "yesterday", dct).value == "2023-05-16"
    assert one(text, "tomorrow", dct).value == "2023-05-18"
    assert one(text, "this morning", dct).value == "2023-05-17TMO"
    # the DCT's clock time is another zone's: a clock time is on the dateline's day
    text = "TOKYO, May 17 - The central bank bought bonds at 10 a.m. and the yen firmed."
    assert one(text, "10 a.m.", datetime(2023, 5, 16, 22, 30)).value == "2023-05-17T10:00"
    # a dateline far from the DCT is a story's date, not the filing day
    far = "PARIS, May 2 - Ministers met yesterday."
    assert one(far, "yesterday", dct).value == "2023-05-15"


def test_a_day_number_of_a_compound_is_no_day() -> None:
    text = "March 10-year notes rose while June 3-month bills were steady, dealers said."
    found = {t.text: t.value for t in tag_timexes(text, date(2023, 2, 14), ranges=False)}
    assert "March 10" not in found and "June 3" not in found
    assert found["10-year"] == "P10Y"


def test_a_fraction_is_no_count_of_weeks() -> None:
    text = "Deposit rates: overnight 4-1/4 1/8 week fixed 4-5/16 3/16 one month 4-3/8."
    assert [t.text for t in tag_timexes(text, date(2023, 2, 14), ranges=False)] == ["one month"]


def test_a_contract_month_is_the_next_one() -> None:
    text = (
        "June crude futures opened lower in thin trade, while September bank bills were "
        "steady and palm oil was offered at 520 dollars for March/April shipment."
    )
    dct = date(2023, 4, 6)
    assert one(text, "June", dct).value == "2023-06"
    assert one(text, "September", dct).value == "2023-09"
    assert one(text, "March", dct).value == "2024-03"
    # a month of a past report stays in the past
    past = "The ministry said January deliveries of cars fell 3 pct."
    assert one(past, "January", dct).value == "2023-01"


def test_a_quarter_ended_on_a_day_ahead_in_an_outlook() -> None:
    dct = date(2023, 3, 16)
    text = "The group expects to report a loss for the quarter ended March 31."
    assert one(text, "March 31", dct).value == "2023-03-31"
    assert one(text, "the quarter", dct).value == "2023-Q1"
    past = "The group had a loss in the quarter ended June 30."
    assert one(past, "June 30", dct).value == "2022-06-30"


def test_a_future_through_a_season_is_the_next_one() -> None:
    text = "Officials said the field hospital would stay open through the winter."
    t = one(text, "the winter", date(2023, 6, 20))
    assert t.value == "2023-WI" and t.mod == "ON_OR_BEFORE"


def test_things_named_after_a_holiday_are_no_dates() -> None:
    text = "The town lit its Christmas tree before the Easter Island delegation arrived."
    assert tag_timexes(text, date(2023, 12, 4)) == []
    assert one("Shops close early on Christmas Eve.", "Christmas Eve", date(2023, 12, 4)).value == (
        "2023-12-24"
    )


def test_an_ordinal_day_of_a_month_in_words() -> None:
    text = "The envoy said he wrote to the ministry on the fourth of March and got no reply."
    assert one(text, "the fourth of March", date(2023, 3, 20)).value == "2023-03-04"
    text = "The accord was signed on the twenty-second of June, 1990."
    assert one(text, "the twenty-second of June, 1990", date(2023, 3, 20)).value == "1990-06-22"


def test_the_week_starting_a_day_is_that_days_week() -> None:
    text = "Import levies will be unchanged for the week starting March 27, officials said."
    assert one(text, "the week starting March 27", date(2023, 3, 22)).value == "2023-W13"


def test_a_weekday_named_with_tonight_or_tomorrow_is_ahead() -> None:
    dct = date(2023, 3, 21)  # a Tuesday
    text = "Flood watches were issued for late tonight and Wednesday along the river."
    assert one(text, "Wednesday", dct).value == "2023-03-22"
    text = "Forecasters said snow showers were likely tomorrow or Monday."
    assert one(text, "Monday", dct).value == "2023-03-27"
    # with "today" a weekday keeps the tense of its verb
    text = "The statements were made today and Monday."
    assert one(text, "Monday", dct).value == "2023-03-20"


def test_a_month_in_a_year_the_sentence_states() -> None:
    text = (
        "In 1957, the first cases of the new flu appeared in February. "
        "The virus returned in October."
    )
    dct = date(2023, 6, 1)
    assert one(text, "February", dct).value == "1957-02"
    assert one(text, "October", dct).value == "1957-10"
    # a deadline in the sentence is not set in that year
    text = "Under a plan approved in 2019, the bank had bought back shares through May 5."
    assert one(text, "May 5", dct).value == "2023-05-05"


def test_a_comma_standing_apart_in_tokenised_text() -> None:
    text = "On Sept. 11 , 2001 , she was at her desk . Wednesday , February 11 , 2009 ; 5:18 PM"
    found = {t.text: t.value for t in tag_timexes(text, date(2009, 2, 11))}
    assert found["Sept. 11 , 2001"] == "2001-09-11"
    assert found["Wednesday , February 11 , 2009"] == "2009-02-11"


def test_a_part_of_a_weekday_named_with_tonight_is_ahead() -> None:
    text = "The networks announced a telethon on Friday night and Saturday morning."
    assert one(text, "Saturday morning", date(2023, 3, 24)).value == "2023-03-25TMO"


def test_a_fronted_date_takes_the_main_clause_verb_however_far() -> None:
    text = (
        "In January, a week after the anniversary of the Supreme Court's landmark ruling on "
        "the matter, a bombing in the capital killed two guards."
    )
    assert one(text, "January").value == "2024-01"
    text = (
        "In January, after months of talks with the unions and the employers, the law will apply."
    )
    assert one(text, "January").value == "2025-01"


def test_due_on_a_day_points_ahead_unless_it_was_due() -> None:
    # the DCT is Friday 25 October 2024
    assert one("Quarterly figures are due on Thursday.", "Thursday").value == "2024-10-31"
    assert one("The loan payment was due on Monday.", "Monday").value == "2024-10-21"


def test_a_day_right_after_is_or_are_is_the_one_ahead() -> None:
    assert one("The runoff vote is on Sunday.", "Sunday").value == "2024-10-27"
    assert one("The filing deadline is Wednesday.", "Wednesday").value == "2024-10-30"


def test_after_and_before_a_clock_time_bound_it_at_that_minute() -> None:
    t = one("The blast occurred shortly after 3am local time.", "3am local time")
    assert (t.mod, t.begin, t.end_date) == ("AFTER", "2024-10-25T03:00", None)
    t = one("Residents fled just before 6 a.m. on Thursday.", "6 a.m. on Thursday")
    assert (t.mod, t.begin, t.end_date) == ("BEFORE", None, "2024-10-24T06:00")


def test_midnight_ends_the_day_it_names() -> None:
    t = one("The truce expires at midnight on Saturday.", "midnight on Saturday")
    assert (t.value, t.begin) == ("2024-10-26T24:00", "2024-10-27T00:00")


def test_the_turn_of_the_century_is_the_boundary_closest_to_the_tense() -> None:
    t = one("The bridge was built at the turn of the century.", "the turn of the century")
    assert (t.value, t.mod) == ("2000", "APPROX")
    text = "By the turn of the century, sea levels will rise by a metre."
    assert one(text, "the turn of the century").value == "2100"
    text = "Steel mills closed at the turn of the century."
    assert one(text, "the turn of the century", date(1998, 3, 1)).value == "1900"


def test_the_year_to_a_month_is_a_twelve_month_span() -> None:
    t = one("Consumer prices rose 3.1% in the year to September.", "the year")
    assert (t.type, t.value) == ("DURATION", "P1Y")
    assert one("Consumer prices rose 3.1% in the year to September.", "September").value == (
        "2024-09"
    )


def test_new_year_and_its_eve() -> None:
    assert one("Gunmen struck on New Year's Eve.", "New Year's Eve").value == "2023-12-31"
    text = "Negotiations will resume after the New Year holiday."
    assert one(text, "New Year").value == "2025-01-01"
    # another calendar's new year is its own day, not 1 January; a greeting is no date
    others = "Markets shut for the Lunar New Year. Happy New Year, the mayor said."
    assert [(t.text, t.value) for t in tag_timexes(others, DCT)] == [
        ("Lunar New Year", "2024-02-10")
    ]


def test_ahead_of_or_awaiting_a_weekday_is_the_one_to_come() -> None:
    text = "Protesters rallied on Wednesday ahead of Sunday's runoff."
    assert one(text, "Sunday").value == "2024-10-27"
    assert one("Investors await Tuesday's inflation figures.", "Tuesday").value == "2024-10-29"
    # a dated day may already have gone by
    text = "Turnout was high in the run-up to the Oct. 20 vote."
    assert one(text, "Oct. 20").value == "2024-10-20"


def test_the_nth_weekday_of_a_month() -> None:
    text = "The referendum will be held on the second Sunday of March."
    assert one(text, "the second Sunday of March").value == "2025-03-09"
    text = "Polls opened on the first Tuesday in November 2022."
    assert one(text, "the first Tuesday in November 2022").value == "2022-11-01"
    text = "The festival ended on the last Saturday of September."
    assert one(text, "the last Saturday of September").value == "2024-09-28"


def test_a_yardstick_date_does_not_move_the_story() -> None:
    text = (
        "The trade balance showed a surplus in March, against a 2.4 billion deficit in "
        "March 2022, the office said. Exports rose to 18.1 billion in March from 17.2 billion."
    )
    found = [t.value for t in tag_timexes(text, date(2023, 4, 20)) if t.text == "March"]
    assert found == ["2023-03", "2023-03"]


def test_a_time_word_capitalised_in_a_name() -> None:
    text = "The loan was arranged by The Long Term Credit Bank of Japan."
    assert tag_timexes(text, date(2023, 4, 20)) == []
    assert one("Prices will rise in the long term.", "the long term").value == "FUTURE_REF"


def test_a_year_given_after_a_yearless_date() -> None:
    text = "On the day before Thanksgiving in 1991, the Senate widened the bank's powers."
    assert one(text, "the day before Thanksgiving").value == "1991-11-27"
    text = "The dam burst on 3 March in 1958, the archive shows."
    assert one(text, "3 March").value == "1958-03-03"


def test_a_clock_time_in_the_sentence_of_a_stated_day() -> None:
    text = (
        "On 13 October 2022 supporters queued along the courthouse wall from 7:30 am "
        "to win a seat in the gallery."
    )
    assert one(text, "7:30 am").value == "2022-10-13T07:30"


def test_months_listed_after_a_future_month_and_year() -> None:
    text = (
        "The first jet is due for delivery in April 2027 with the others arriving in May, "
        "June and September of that year, the airline said."
    )
    found = {t.text: t.value for t in tag_timexes(text, date(2025, 3, 2))}
    assert (found["May"], found["June"], found["September"]) == ("2027-05", "2027-06", "2027-09")
    assert found["that year"] == "2027"
    # a year that only describes a noun does not set the sentence
    text = "Estimated 2022/23 maize deliveries were left unchanged from the forecast of early February."
    assert one(text, "early February", date(2023, 3, 2)).value == "2023-02"


def test_unlikely_to_looks_ahead() -> None:
    text = "Traders said the report is unlikely to move the market Tuesday."
    assert one(text, "Tuesday").value == "2024-10-29"


def test_a_dateline_ends_a_headline_year() -> None:
    text = "Vaccine plant to be running in 2027 LYON , France , May 12 - The drugmaker said."
    assert one(text, "May 12", date(2025, 5, 12)).value == "2025-05-12"


def test_a_month_span_with_a_dash_is_placed_by_its_last_month() -> None:
    # read on 25 October 2024: the span that ended in September is this year's
    t = one("The survey data cover January-September.", "January-September")
    assert (t.begin, t.end_date) == ("2024-01-01", "2024-09-30")
    t = one("Exports rose 4% in Jan–Mar 2023, the bureau said.", "Jan–Mar 2023")
    assert (t.begin, t.end_date) == ("2023-01-01", "2023-03-31")
    t = one("The rainy season runs November-February.", "November-February")
    assert (t.begin, t.end_date) == ("2024-11-01", "2025-02-28")


def test_a_two_digit_year_range_ends_a_sentence() -> None:
    t = one("Inflation eased in 2023-24.", "2023-24")
    assert (t.begin, t.end_date) == ("2023-01-01", "2024-12-31")


def test_this_past_weekend() -> None:
    t = one("The fighting this past weekend was the worst in months.", "this past weekend")
    assert t.value == "2024-W42-WE"


def test_a_fortnight_is_two_weeks() -> None:
    assert one("A ruling is expected within a fortnight.", "a fortnight").value == "P2W"
    assert one("The results came a fortnight ago.", "a fortnight ago").value == "2024-W41"


def test_broker_style_quarter_half_and_fiscal_codes() -> None:
    assert one("Same-store sales rose 4% in 2Q24.", "2Q24").value == "2024-Q2"
    assert one("Margins improved in 1H25, the bank said.", "1H25").value == "2025-H1"
    assert one("Q3'24 shipments fell.", "Q3'24").value == "2024-Q3"
    assert one("Parliament approved the FY2025/26 budget.", "FY2025/26").value == "2026"
    assert [t.text for t in tag_timexes("The FY2020-24 plan was shelved.", DCT)] == []


def test_the_nth_alone_is_a_day_of_the_month_the_story_is_in() -> None:
    # read on Friday 25 October 2024
    assert one("The final is on the 27th.", "the 27th").value == "2024-10-27"
    assert one("On the 5th, the rebels entered the city.", "the 5th").value == "2024-10-05"
    assert one("The levy must be paid by the 3rd.", "the 3rd").value == "2024-11-03"
    text = "On March 28 the talks opened in Geneva. By the 3rd, they had collapsed."
    assert one(text, "the 3rd").value == "2024-04-03"
    for text in ("He lives on the 15th floor.", "She plays on the 13th Floor tour."):
        assert [t.text for t in tag_timexes(text, DCT)] == []


def test_a_position_month_of_a_futures_report() -> None:
    text = "Cocoa futures held small gains at midmorning, with second position July up seven."
    assert one(text, "July", date(2023, 4, 7)).value == "2023-07"


def test_a_newspaper_named_after_its_day() -> None:
    text = "A poll in yesterday's Sunday Telegraph gave the party 41 pct."
    assert [t.text for t in tag_timexes(text, date(2023, 4, 3))] == ["yesterday"]
    assert one("On Sunday Times Square was empty.", "Sunday", date(2023, 4, 3)).value == (
        "2023-04-02"
    )


def test_figures_in_a_price_table_are_no_years() -> None:
    text = "Prices, last week's in brackets: TT 2000 2129(1900 2303) C 1750 2239(1720 2282)."
    assert [t.text for t in tag_timexes(text, date(2023, 4, 3))] == ["last week"]


def test_a_24_hour_time_with_its_zone_after_a_date_is_no_year() -> None:
    text = "19 JANUARY, 1815 GMT, ENTERING THE CITY. Finally the convoy is across."
    t = one(text, "19 JANUARY, 1815 GMT", date(2023, 1, 19))
    assert (t.type, t.value) == ("TIME", "2023-01-19T18:15")
    assert one("The law dates from 19 January, 1990.", "19 January, 1990").value == "1990-01-19"


def test_a_relative_clause_after_a_date_is_another_clause() -> None:
    text = (
        "The fund is weighing an offer made by its president on March 31 which would give it seats."
    )
    assert one(text, "March 31", date(2023, 4, 13)).value == "2023-03-31"
    # an acronym is no relative pronoun
    text = "On Tuesday the WHO will hold a meeting of doctors and scientists."
    assert one(text, "Tuesday", date(2023, 4, 3)).value == "2023-04-04"


def test_days_counted_from_the_last_day_named_not_a_month() -> None:
    text = (
        "The department said yesterday the deficit was 13.6 billion dollars in February, "
        "down from the figure it reported only two days earlier."
    )
    assert one(text, "two days earlier", date(2023, 4, 17)).value == "2023-04-14"
    text = "In March 2008 the bank collapsed. Three days later, regulators acted."
    # (no day named near: still counted within that month, not from the publication date)
    assert one(text, "Three days later", date(2023, 4, 17)).value.startswith("2008-03")


def test_a_yearless_month_moves_the_story_on_from_a_distant_date() -> None:
    text = (
        "The outbreak was first reported in December 2019. In March, the WHO declared a pandemic."
    )
    assert one(text, "March").value == "2020-03"
    text = "The siege began in November 2014. By March, the garrison had surrendered."
    assert one(text, "March").value == "2015-03"


def test_a_dated_noun_with_a_comma_set_year_does_not_set_the_story_year() -> None:
    text = (
        "Two men were charged in the Dec. 21, 1988, bombing of the airliner. They were "
        "handed over after the government agreed in April to a trial abroad."
    )
    assert one(text, "April", date(1999, 6, 7)).value == "1999-04"


def test_a_part_of_day_after_a_month_is_some_day_of_that_month() -> None:
    text = "In March 2022, troops withdrew from the town. That night, residents found the bodies."
    t = one(text, "That night")
    assert (t.value, t.begin, t.end_date) == ("2022-03-XXTNI", "2022-03-01", "2022-03-31")


def test_units_later_without_a_count_are_a_vague_span_after_the_story_day() -> None:
    text = "Rebels seized the airport on 3 October. Days later, the army struck back."
    t = one(text, "Days later")
    assert (t.value, t.begin, t.end_date) == ("FUTURE_REF", "2024-10-04", "2024-10-13")
    text = "The bridge collapsed on Sunday. Hours later, the mayor resigned."
    t = one(text, "Hours later")
    assert (t.begin, t.end_date) == ("2024-10-20", "2024-10-21")
    t = one("Several years ago, the plant closed.", "Several years ago")
    assert (t.value, t.begin, t.end_date) == ("PAST_REF", "2014-10-25", "2023-10-25")


def test_day_ranges_across_a_month_end_lists_and_slashes() -> None:
    t = one("The summit ran Oct. 30-Nov. 2, 2023, in Dubai.", "Oct. 30-Nov. 2, 2023")
    assert (t.begin, t.end_date) == ("2023-10-30", "2023-11-02")
    t = one("The holiday closure runs 22 December-5 January 2025.", "22 December-5 January 2025")
    assert (t.begin, t.end_date) == ("2024-12-22", "2025-01-05")
    t = one("Strikes hit on 1, 2 and 3 October.", "1, 2 and 3 October")
    assert (t.begin, t.end_date) == ("2024-10-01", "2024-10-03")
    t = one("The attack came on the night of 6/7 October.", "6/7 October")
    assert (t.begin, t.end_date) == ("2024-10-06", "2024-10-07")


def test_a_range_of_parts_of_months_spans_from_part_to_part() -> None:
    t = one("Rains fell from late September to early October.", "late September to early October")
    assert (t.begin, t.end_date) == ("2024-09-21", "2024-10-10")


def test_a_bare_clock_time_is_placed_by_the_tense_and_the_publication_time() -> None:
    published = datetime(2024, 10, 25, 9, 0)
    t = one("The shots rang out shortly before midnight.", "midnight", published)
    assert t.value == "2024-10-24T24:00"
    assert one("The blast came at 3pm.", "3pm", published).value == "2024-10-24T15:00"
    assert one("The minister will speak at 5am.", "5am", published).value == "2024-10-26T05:00"
    # a clock of another zone is not compared with the publication time
    assert one("The blast came at 3pm local time.", "3pm local time", published).value == (
        "2024-10-25T15:00"
    )
    assert one("Police arrested him at 7.30am.", "7.30am", published).value == "2024-10-25T07:30"
    text = "The bridge was hit on Wednesday evening. Witnesses said the missile struck at 9pm."
    assert one(text, "9pm", published).value == "2024-10-23T21:00"


def test_hours_and_minutes_in_the_afternoon() -> None:
    # published at 12:44: an arrival in the past at 16:30 was the day before
    assert one("He arrived at 4:30 in the afternoon.", "4:30 in the afternoon").value == (
        "2024-10-24T16:30"
    )


def test_no_earlier_than_is_a_bound_not_a_past() -> None:
    text = "The extra budget will probably be drawn up no earlier than August but before November."
    dct = date(2023, 4, 7)
    assert one(text, "August", dct).value == "2023-08"
    assert one(text, "November", dct).value == "2023-11"


def test_is_expected_in_looks_ahead() -> None:
    text = "A company spokesman said the listing is expected in the final quarter."
    assert one(text, "the final quarter", date(2023, 4, 7)).value == "2023-Q4"


def test_an_adverb_between_be_and_the_participle() -> None:
    text = "Details of the charges will be officially released Monday, prosecutors said."
    assert one(text, "Monday").value == "2024-10-28"
    assert one("The report was quietly released Monday.", "Monday").value == "2024-10-21"


def test_british_friday_week() -> None:
    # read on Friday 25 October 2024: the coming Friday is 1 November, a week on is the 8th
    assert one("The vote is on Friday week.", "Friday week").value == "2024-11-08"
    assert one("Talks resume a week on Monday.", "a week on Monday").value == "2024-11-04"


def test_a_date_fixed_for_something_lies_ahead() -> None:
    text = "Snap elections have been called for 7 December."
    assert one(text, "7 December", date(2025, 11, 12)).value == "2025-12-07"
    # "called for" something else is no schedule
    assert one("He called for calm on Monday.", "Monday").value == "2024-10-21"


def test_a_possibility_reported_after_that_lies_ahead() -> None:
    text = "Engineers warned on Wednesday that the dam could burst on Sunday."
    assert one(text, "Sunday").value == "2024-10-27"
    # a past ability is no future
    text = "The family said that they could not reach him on Monday."
    assert one(text, "Monday").value == "2024-10-21"


def test_until_after_a_past_state_looks_back() -> None:
    assert one("The border stayed closed until Tuesday.", "Tuesday").value == "2024-10-22"
    # a deadline set in the past still lies ahead
    assert one("The hearing was postponed until Tuesday.", "Tuesday").value == "2024-10-29"


def test_forecasts_and_polls_look_ahead() -> None:
    assert one("The storm is forecast to make landfall on Tuesday.", "Tuesday").value == (
        "2024-10-29"
    )
    assert one("Voters go to the polls on Sunday.", "Sunday").value == "2024-10-27"


def test_rules_that_apply_or_take_effect_in_the_present_look_ahead() -> None:
    text = "The ban, announced in August, applies from March."
    assert one(text, "March").value == "2025-03"
    assert one("The vote takes place on Sunday.", "Sunday").value == "2024-10-27"


def test_in_so_many_units_ahead_is_a_date_that_far_ahead() -> None:
    t = one("The vote will be held in two weeks.", "two weeks")
    assert (t.type, t.value, t.begin, t.end_date) == (
        "DATE",
        "2024-W45",
        "2024-11-04",
        "2024-11-10",
    )
    assert (t.timeml_type, t.timeml_value) == ("DURATION", "P2W")  # TimeML tags the duration
    # (the noun phrase is "10 days' time", as TimeML's extent rule has it)
    assert one("A ruling is due in 10 days' time.", "10 days' time").value == "2024-11-04"
    for text in ("Troops will leave within two weeks.", "Prices rose 5% in two weeks."):
        assert [t.type for t in tag_timexes(text, DCT)] == ["DURATION"]


def test_a_dashed_range_takes_no_bound_from_the_word_before() -> None:
    t = one("Since January-March, sales have fallen.", "January-March")
    assert (t.mod, t.begin, t.end_date) == (None, "2024-01-01", "2024-03-31")


def test_a_date_in_a_short_opening_phrase_takes_the_main_verbs_tense() -> None:
    text = "In a December speech, the governor said rates would stay high."
    assert one(text, "December").value == "2023-12"
    text = "In a speech in December, the governor warned that prices were rising."
    assert one(text, "December").value == "2023-12"
    assert one("At its November meeting, the board will vote.", "November").value == "2024-11"


def test_a_weekday_event_after_a_passive_by_is_not_a_deadline() -> None:
    text = "Hundreds of homes were destroyed by Tuesday's earthquake."
    assert one(text, "Tuesday").value == "2024-10-22"
    assert one("Markets were hit by Monday's sell-off.", "Monday").value == "2024-10-21"
    # a deadline still looks ahead
    assert one("Bids must be submitted by Monday's deadline.", "Monday").value == "2024-10-28"
    assert one("The firm must respond by Tuesday.", "Tuesday").value == "2024-10-29"


def test_a_live_blogs_clock_stamps_are_no_years() -> None:
    text = (
        "Rescue teams are arriving. 2057 In a statement, the agency said 15 staff were missing. "
        "2044 A charity in Miami says it has raised $1m. 1423 Frank Thorp, a US citizen, "
        "told reporters he was safe. The island was hit by four hurricanes in 2008 which "
        "wiped out 15% of its output."
    )
    assert [(t.text, t.value) for t in tag_timexes(text, DCT)] == [("2008", "2008")]
    # a chronology of years is no live blog
    text = "1947 India becomes independent. 1948 Gandhi is killed. 1950 The republic is founded."
    assert [t.value for t in tag_timexes(text, DCT)] == ["1947", "1948", "1950"]


def test_the_first_or_final_days_of_a_month() -> None:
    t = one(
        "The ceasefire collapsed in the final days of September.", "the final days of September"
    )
    assert (t.value, t.mod, t.begin, t.end_date) == ("2024-09", "END", "2024-09-21", "2024-09-30")
    t = one("Aid arrived in the first days of October.", "the first days of October")
    assert (t.mod, t.begin) == ("START", "2024-10-01")


def test_now_inside_a_title_is_no_time() -> None:
    text = "Stars joined the Hope for Haiti Now telethon. The army is now advancing."
    assert [t.text for t in tag_timexes(text, DCT)] == ["now"]


# ---- wire copy: clock times, timetables, compound adjectives --------------------
def test_a_clock_time_between_verb_and_weekday_leaves_the_verbs_tense() -> None:
    # "am" of a clock time is no verb, and the time does not put the verb out of reach
    text = "The border will be reopened at 6 am on Monday."
    assert one(text, "6 am on Monday").value == "2024-10-28T06:00"
    text = "Polling stations open at 8:00 am (0600 GMT) on Sunday."
    assert one(text, "Sunday").value == "2024-10-27"
    assert one(text, "8:00 am").value == "2024-10-27T08:00"


def test_a_timetable_verb_that_ends_something_looks_ahead_on_a_weekday() -> None:
    assert one("The dockers' strike ends on Tuesday, the union said.", "Tuesday").value == (
        "2024-10-29"
    )
    assert one("Schools in the region reopen on Monday.", "Monday").value == "2024-10-28"
    assert one("The envoy testifies before Congress on Wednesday.", "Wednesday").value == (
        "2024-10-30"
    )


def test_a_past_perfect_with_an_irregular_participle_is_no_deadline() -> None:
    text = "The blaze began on Tuesday and had spread to two villages by Thursday night."
    assert one(text, "Thursday night").value == "2024-10-24TNI"


def test_a_weekdays_event_is_placed_by_what_is_said_of_it() -> None:
    assert one("Sunday's runoff is expected to be tight.", "Sunday").value == "2024-10-27"
    assert one("Tuesday's debate was watched by millions.", "Tuesday").value == "2024-10-22"


def test_last_after_a_modal_is_the_verb() -> None:
    t = one("The repairs will last three weeks.", "three weeks")
    assert (t.type, t.value) == ("DURATION", "P3W")


def test_compound_adjectives_leave_out_the_article() -> None:
    assert one("Farmers staged a week-long blockade.", "week-long").value == "P1W"
    assert one("The 12-day trial opens on Monday.", "12-day").value == "P12D"


def test_the_last_quarter_of_a_year_and_no_quarter_final() -> None:
    t = one("Exports slumped in the last quarter of 2023.", "the last quarter of 2023")
    assert t.value == "2023-Q4"
    assert tag_timexes("The holders were knocked out in the quarter-finals.", DCT) == []


def test_a_day_with_a_name_of_its_own_is_no_weekday() -> None:
    text = "Retailers expect record sales on Black Friday and Cyber Monday."
    found = [(t.text, t.value) for t in tag_timexes(text, DCT)]
    assert found == [("Black Friday", "2024-11-29"), ("Cyber Monday", "2024-12-02")]


def test_what_was_done_by_a_weekday_is_behind_us() -> None:
    text = "The floods had cut off 40 villages, and by Wednesday night the army reached them."
    assert one(text, "Wednesday night").value == "2024-10-23TNI"
    text = "The storm knocked out power to 2 million homes by Thursday evening."
    assert one(text, "Thursday evening").value == "2024-10-24TEV"
    # a deadline asked for or set still lies ahead
    assert one("The union demanded an answer by Tuesday.", "Tuesday").value == "2024-10-29"
    assert one("Residents were told to leave by Monday.", "Monday").value == "2024-10-28"


def test_a_span_of_three_months_named_as_a_quarter_is_that_quarter() -> None:
    text = "Japan's economy shrank 0.4 percent in the July-September quarter."
    assert one(text, "the July-September quarter").value == "2024-Q3"
    text = "Exports grew in the October-December quarter of 2023."
    assert one(text, "the October-December quarter of 2023").value == "2023-Q4"
    # a span that is no calendar quarter keeps its months
    t = one("Rainfall was low in the February-April period.", "the February-April period")
    assert (t.value, t.begin, t.end_date) == ("2024-02", "2024-02-01", "2024-04-30")


def test_that_season_is_in_the_year_the_story_is_in() -> None:
    text = "The dam was completed in March 2019. That summer, the valley flooded."
    t = one(text, "That summer")
    assert (t.value, t.anchor) == ("2019-SU", "narrative")


def test_the_new_year_and_the_next_decade() -> None:
    december = date(2024, 12, 18)
    assert one("Fares will rise in the new year.", "the new year", december).value == "2025"
    t = one("The utility will spend $9 billion over the next decade.", "the next decade")
    assert (t.type, t.value) == ("DURATION", "P10Y")
    # "in the next decade" is the decade itself
    assert one("Demand will peak in the next decade.", "the next decade").value == "203"


def test_a_short_past_verb_places_its_weekday() -> None:
    text = "The singer, who died Sunday, will be buried on Thursday."
    assert one(text, "Sunday").value == "2024-10-20"
    assert one(text, "Thursday").value == "2024-10-31"
    assert one("The two sides tied Monday in Lyon.", "Monday").value == "2024-10-21"


def test_a_modal_perfect_looks_back() -> None:
    assert one("The striker could have scored on Sunday.", "Sunday").value == "2024-10-20"
    text = "Viewers of the debate on Tuesday would have noticed the gaffe."
    assert one(text, "Tuesday").value == "2024-10-22"
    # "should have" with a noun is no perfect
    assert one("By Monday, the lab should have enough samples.", "Monday").value == "2024-10-28"


def test_a_date_after_since_an_event_is_behind_us() -> None:
    text = "Sales of his records have tripled since his death on 12 December, the label said."
    assert one(text, "12 December", date(2025, 3, 2)).value == "2024-12-12"


def test_a_continuing_timetable_looks_ahead() -> None:
    text = "The witness, who was questioned all day, continues her testimony on Monday."
    assert one(text, "Monday").value == "2024-10-28"


def test_used_is_a_past_unless_used_to() -> None:
    text = "The farmer used his savings in March to buy a tractor."
    assert one(text, "March", date(2024, 1, 10)).value == "2023-03"


def test_a_past_state_until_a_month_ended_then() -> None:
    text = "The minister said he was not aware of the leak until August."
    assert one(text, "August", date(2024, 5, 2)).value == "2023-08"
    # a deadline set ahead stays ahead
    assert one("The ban was extended until August.", "August", date(2024, 5, 2)).value == "2024-08"
    text = "The airline said it was suspending flights until August."
    assert one(text, "August", date(2024, 5, 2)).value == "2024-08"


def test_a_century_as_a_compound_adjective_leaves_out_the_article() -> None:
    t = one("The 14th-century abbey was gutted by fire.", "14th-century")
    assert t.value == "13"
    assert one("It dates from the late 18th century.", "the late 18th century").value == "17"


def test_a_month_name_as_a_first_name_and_a_unit_inside_a_title() -> None:
    text = "Country singer June Carter recorded the song, the label said."
    assert tag_timexes(text, DCT) == []
    text = "Israel took the Golan Heights in the Six-Day War, which ended in June 1967."
    assert [t.text for t in tag_timexes(text, DCT)] == ["June 1967"]
    assert one("It was the first pandemic of the 21st Century.", "the 21st Century").value == "20"
    # a month before a name after a preposition is still the month
    assert one("In June Congress passed the bill.", "June").value == "2024-06"


def test_every_season_and_every_other_unit() -> None:
    t = one("Herders move the flocks uphill every summer.", "every summer")
    assert (t.type, t.value, t.quant) == ("SET", "XXXX-SU", "EVERY")
    t = one("The committee meets every other week.", "every other week")
    assert (t.type, t.value) == ("SET", "P2W")


def test_that_fall_as_a_verb_is_no_season() -> None:
    text = "The plan lets regulators wind down large firms that fall into trouble."
    assert tag_timexes(text, DCT) == []
    text = "The plant was sold in March 2019. That fall, the new owners closed it."
    assert one(text, "That fall").value == "2019-FA"


def test_the_following_day_after_a_month_is_some_day_of_it() -> None:
    text = "Parliament passed the law in January 2023. The following day, unions called a strike."
    t = one(text, "The following day")
    assert (t.value, t.begin, t.end_date) == ("2023-01-XX", "2023-01-01", "2023-01-31")


def test_bare_hours_as_a_span() -> None:
    t = one("Within hours, the appeal had raised $1 million.", "hours")
    assert (t.type, t.value) == ("DURATION", "PTXH")
    assert one("Stranded passengers waited for hours.", "hours").value == "PTXH"
    # trading hours are no span
    assert tag_timexes("The shares fell in after hours trading.", DCT) == []


def test_a_timetable_verb_reaches_over_a_lower_case_object() -> None:
    text = "The central bank starts a two-day policy meeting on Tuesday."
    assert one(text, "Tuesday").value == "2024-10-29"
    text = "The museum reopens its renovated east wing on Sunday."
    assert one(text, "Sunday").value == "2024-10-27"


def test_a_sentence_ending_inside_a_quotation_ends_the_clause() -> None:
    text = (
        '"The island wants to rebuild," he said, "and it will need help." '
        "On Tuesday, the president said he was sending engineers."
    )
    assert one(text, "Tuesday").value == "2024-10-22"


def test_a_modal_in_a_that_clause_does_not_place_the_weekday_of_its_noun() -> None:
    text = "The minister's plea Tuesday that the country should save water was ignored."
    assert one(text, "Tuesday").value == "2024-10-22"


@pytest.mark.parametrize(
    "sentence",
    [
        "Floodwaters rose to more than two metres by Wednesday night, officials said.",
        "The strike spread to about 40 ports by Wednesday, the union said.",
    ],
)
def test_a_figure_reached_by_a_weekday_in_the_past_is_the_day_gone_by(sentence: str) -> None:
    # "to" before an amount is a preposition, not an infinitive setting a deadline
    t = one(sentence, "Wednesday night" if "night" in sentence else "Wednesday")
    assert t.value.startswith("2024-10-23"), t


def test_an_infinitive_before_by_still_sets_a_deadline_ahead() -> None:
    t = one("Officials asked residents to leave the area by Wednesday.", "Wednesday")
    assert t.end_date == "2024-10-30", t


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        (
            "Troops entered the village at dawn on Sunday, residents said.",
            "dawn on Sunday",
            "2024-10-20TMO",
        ),
        (
            "Rescuers called off the search at nightfall on Thursday.",
            "nightfall on Thursday",
            "2024-10-24TEV",
        ),
    ],
)
def test_dawn_and_nightfall_are_parts_of_the_day(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_dawn_as_a_name_is_no_time() -> None:
    assert [t.text for t in tag_timexes("Dawn newspaper reported the raid.", DCT)] == []


def test_the_nth_day_in_apposition_to_a_day_is_that_day() -> None:
    text = "The summit closed on Wednesday, on the third day of talks in Geneva."
    assert one(text, "the third day").value == "2024-10-23"


def test_the_nth_day_after_a_day_still_counts_from_it() -> None:
    text = "The strike began on Monday, and on the third day the port shut."
    assert one(text, "the third day").value == "2024-10-23"


# ---- gaps closed: event anchors, overnight, named days, halves, to-date, dawn --------------
def test_a_unit_counted_from_an_event_dated_before_takes_its_date() -> None:
    text = (
        "Farmers blockaded the motorway near Lyon on Tuesday. "
        "The day after the blockade, the government offered new subsidies."
    )
    assert one(text, "The day").value == "2024-10-23"


def test_a_unit_counted_from_an_event_of_the_same_kind_told_in_other_words() -> None:
    text = (
        "The journalist was shot dead outside his home on 12 October. "
        "His colleagues held a vigil the night after his murder."
    )
    t = one(text, "the night")
    assert (t.type, t.value) == ("TIME", "2024-10-13TNI")


def test_a_unit_counted_from_an_event_in_apposition_is_that_day() -> None:
    text = "Turnout collapsed on Sunday, the day after the storm, officials said."
    assert one(text, "the day").value == "2024-10-20"


def test_a_unit_counted_from_an_undated_event_is_tagged_without_a_date() -> None:
    t = one("Investors sold bonds the week before the budget.", "the week")
    assert (t.type, t.value, t.begin, t.end_date) == ("DATE", "XXXX-WXX", None, None)
    t = one("Markets fell the day after the referendum.", "the day")
    assert (t.value, t.begin) == ("XXXX-XX-XX", None)


def test_the_day_after_a_date_still_counts_from_the_date() -> None:
    t = one("Talks resumed the day after Tuesday's vote.", "the day after Tuesday")
    assert t.value == "2024-10-23"


def test_an_ordinal_day_of_an_undated_event_is_tagged_without_a_date() -> None:
    t = one("The trade fair closed on its third day after a bomb threat.", "its third day")
    assert (t.value, t.begin) == ("XXXX-XX-XX", None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Overnight, drones struck two power stations in the south.", "2024-10-24TNI"),
        ("Firefighters battled the blaze overnight, the agency said.", "2024-10-24TNI"),
        ("Temperatures will drop below freezing overnight.", "2024-10-25TNI"),
    ],
)
def test_overnight_is_the_night_before_the_day_told_of(sentence: str, value: str) -> None:
    t = next(t for t in tag_timexes(sentence, DCT) if t.text.lower() == "overnight")
    assert (t.type, t.value) == ("TIME", value)
    assert t.begin == f"{value[:10]}T21:00"


def test_overnight_counts_from_a_day_of_its_own_sentence_or_clause() -> None:
    text = "On Wednesday, the river burst its banks after heavy rain overnight."
    assert one(text, "overnight").value == "2024-10-22TNI"
    text = "Families slept in their cars overnight in the town centre on Thursday."
    assert one(text, "overnight").value == "2024-10-23TNI"
    # a day of an earlier sentence may be the story's background: the publication day's
    text = (
        "The quake struck the coast on Wednesday afternoon. "
        "Aid workers said that overnight the port city had no power."
    )
    assert one(text, "overnight").value == "2024-10-24TNI"


@pytest.mark.parametrize(
    "sentence",
    [
        "Peace will not come overnight, the envoy warned.",
        "The singer became an overnight star.",
        "The central bank raised its overnight rate to 4.5%.",
        "Prices doubled almost overnight.",
    ],
)
def test_overnight_as_suddenly_or_a_kind_of_thing_is_no_time(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT) if "vernight" in t.text] == []


def test_nine_eleven_is_the_day_of_the_2001_attacks() -> None:
    t = one("Airport security has been tightened repeatedly since 9/11.", "9/11")
    assert (t.value, t.mod) == ("2001-09-11", "ON_OR_AFTER")
    # it names an event: a yearless date after it stays in the publication's year
    text = "The post-9/11 rules were eased. On 3 October, the agency reported fewer delays."
    assert one(text, "3 October").value == "2024-10-03"


def test_a_bare_half_after_a_year_is_that_years_half() -> None:
    text = "Car sales rose 4% in 2023, but demand cooled in the second half."
    t = one(text, "the second half")
    assert (t.value, t.begin, t.end_date) == ("2023-H2", "2023-07-01", "2023-12-31")


@pytest.mark.parametrize(
    "sentence",
    [
        "Arsenal led 2-0 in 2023's final and scored again in the second half.",
        "She wrote the book in 2019; the second half of it is set in Lagos.",
        "Nothing was decided in the second half.",
    ],
)
def test_a_bare_half_of_a_game_or_a_thing_is_no_date(sentence: str) -> None:
    assert "half" not in " ".join(t.text for t in tag_timexes(sentence, DCT))


@pytest.mark.parametrize("phrase", ["Year-to-date", "year to date", "YTD"])
def test_year_to_date_runs_from_january_to_the_publication_day(phrase: str) -> None:
    sentence = f"The fund is up 8% {phrase}, its manager said."
    if phrase[0].isupper() and phrase != "YTD":
        sentence = f"{phrase}, the fund is up 8%, its manager said."
    t = one(sentence, phrase)
    assert (t.type, t.value, t.begin, t.end_date) == ("DATE", "2024", "2024-01-01", "2024-10-25")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Dawn raids on Wednesday led to nine arrests in Antwerp.", "Dawn", "2024-10-23TMO"),
        (
            "Police carried out a dawn raid on a farm near Cork on 21 October.",
            "dawn",
            "2024-10-21TMO",
        ),
        ("Worshippers gathered for dusk prayers.", "dusk", "2024-10-25TEV"),
    ],
)
def test_dawn_or_dusk_before_a_noun_is_a_part_of_the_day(
    sentence: str, phrase: str, value: str
) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value, t.mod) == ("TIME", value, "START")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Dawn reporter was detained in Karachi.",
        "The editor told Dawn raids were expected.",
        "It was the dawn of a new era.",
    ],
)
def test_dawn_as_a_name_or_a_beginning_is_no_time(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT) if "awn" in t.text] == []


def test_last_or_next_before_a_named_day() -> None:
    assert one("Turkey prices soared last Thanksgiving.", "last Thanksgiving").value == "2023-11-23"
    assert one("The bridge should reopen by next Easter.", "next Easter").value == "2025-04-20"
    # "his last Christmas": his final one, no step back from now
    assert one("It was his last Christmas in Kabul.", "Christmas").value == "2023-12-25"


# ---- a future seen from a past report: the occurrence near publication ------------------
def test_a_future_in_a_past_report_takes_the_date_just_gone_by() -> None:
    text = "The utility assured regulators it would restore supply by April 2."
    t = one(text, "April 2", date(2024, 4, 6))
    assert t.end_date == "2024-04-02"
    # read long after, it is the next one
    assert one(text, "April 2", date(2024, 9, 6)).end_date == "2025-04-02"


@pytest.mark.parametrize(
    ("sentence", "dct", "value"),
    [
        # "was due to ..., but": read on a Friday, the day before; on a Monday, the day ahead
        (
            "The strike was due to begin on Thursday, but the union called it off.",
            DCT,
            "2024-10-24",
        ),
        (
            "The strike was due to begin on Thursday, but the union called it off.",
            date(2024, 10, 21),
            "2024-10-24",
        ),
        ("Official results were expected on Sunday.", DCT, "2024-10-27"),
        ("The envoy was to land in Cairo on Saturday.", date(2024, 10, 21), "2024-10-19"),
    ],
)
def test_a_plan_told_in_the_past_is_the_weekday_closest_to_publication(
    sentence: str, dct: date, value: str
) -> None:
    weekday = next(w for w in ("Thursday", "Sunday", "Saturday") if w in sentence)
    assert one(sentence, weekday, dct).value == value


def test_a_plan_the_clause_reports_as_called_off_is_seen_from_the_past() -> None:
    # read on a Monday: the Saturday just gone, not the one ahead
    text = "A peace concert planned in the capital for Saturday was cancelled after threats."
    assert one(text, "Saturday", date(2024, 10, 21)).value == "2024-10-19"
    # a plan still ahead keeps looking ahead
    text = "A peace concert planned in the capital for Saturday is sold out."
    assert one(text, "Saturday", date(2024, 10, 21)).value == "2024-10-26"


def test_a_long_list_of_days_after_would_is_still_a_future_in_a_past_report() -> None:
    text = (
        "The airline said two new services would leave Lagos on Monday and Wednesday "
        "evenings from March 30, with a third flying each Friday from August 6."
    )
    assert one(text, "August 6", date(2025, 2, 13)).value == "2025-08-06"


def test_a_bare_infinitive_after_let_is_no_timetable() -> None:
    # "begin" after "let the offensive": not a present timetable that looks ahead
    text = "The general let the offensive begin as planned Saturday night."
    assert one(text, "Saturday night", date(2024, 10, 21)).value == "2024-10-19TNI"


def test_a_future_in_a_past_report_still_looks_ahead_past_a_week() -> None:
    text = "The ministry said the field kitchens would stay open through the winter."
    assert one(text, "the winter", date(2024, 5, 2)).value == "2024-WI"


# ---- a timetable over a longer object; the year of a plan's "end of the year" ---------
@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank of England holds its Monetary Policy Committee meeting on Thursday.",
        "The Bundestag holds a special session on the budget crisis on Thursday.",
        "The two presidents hold talks in the Kremlin on Thursday.",
    ],
)
def test_a_timetable_verb_reaches_over_a_longer_or_capitalised_object(sentence: str) -> None:
    assert one(sentence, "Thursday").value == "2024-10-31"


def test_holds_as_owning_is_no_timetable() -> None:
    text = "The fund bought the stake in March and holds 6% of the company."
    assert one(text, "March").value == "2024-03"


def test_the_end_of_the_year_in_a_plan_is_not_a_yardstick_years() -> None:
    text = (
        "The two ministries agreed to cut tariffs to 5% by 2027, from 12% last year, "
        "and to sign a customs accord before the end of the year."
    )
    t = one(text, "the end of the year")
    # (before the year ends: to its last day, not to the day before its last third)
    assert t.value == "2024" and t.end_date == "2024-12-31"
    assert one(text, "last year").value == "2023"


def test_overnight_with_a_weekday_is_that_days_night() -> None:
    t = one("Shelling resumed overnight on Wednesday, residents said.", "overnight on Wednesday")
    assert (t.type, t.value) == ("TIME", "2024-10-23TNI")
    assert [t.text for t in tag_timexes("An overnight curfew was lifted.", DCT)] == []


def test_the_first_day_of_a_period_is_no_undated_event_day() -> None:
    found = [t.text for t in tag_timexes("Rents fall due on the first day of the month.", DCT)]
    assert "the first day" not in found


def test_a_day_of_the_month_in_a_past_reports_future_is_the_one_near_publication() -> None:
    text = "The envoy said the ceasefire would hold until the 30th."
    assert one(text, "the 30th", date(2024, 11, 2)).end_date == "2024-10-30"
    assert one(text, "the 30th", date(2024, 11, 12)).end_date == "2024-11-30"


def test_a_record_over_a_span_is_no_date_ahead() -> None:
    text = "Global trade takes its sharpest fall in 60 years, the WTO says."
    t = one(text, "60 years")
    assert (t.type, t.value) == ("DURATION", "P60Y")
    # a timetable's "in two weeks" still counts forward
    assert one("Ferries resume in two weeks.", "two weeks").type == "DATE"


def test_a_past_reports_future_leans_ahead_unless_the_day_just_went_by() -> None:
    # read on a Sunday: the Thursday ahead (four days) rather than the one three days back
    text = "The mayor said schools were likely to reopen on Thursday."
    assert one(text, "Thursday", date(2024, 10, 27)).value == "2024-10-31"
    # read on a Wednesday: the day before
    text = "The premier said he would chair a crisis meeting on Tuesday."
    assert one(text, "Tuesday", date(2024, 10, 23)).value == "2024-10-22"


def test_an_events_day_is_looked_for_past_a_year_of_some_other_thing() -> None:
    text = (
        "Clinics have treated 900 people since Monday's flood. "
        "The charity, founded after the floods of 1998, flew in tents for the flood's survivors. "
        "The day after the flood, volunteers cleared the main road."
    )
    assert one(text, "The day").value == "2024-10-22"


def test_a_deadline_in_a_present_passive_condition_is_the_coming_day() -> None:
    # "is not met by Monday": a present passive (with its negation), not a past "met"
    t = one(
        "The union will walk out if its pay claim is not met by Monday, its leader said.",
        "Monday",
        datetime(2025, 6, 11, 9, 0),  # a Wednesday
    )
    assert t.end_date == "2025-06-16", t


# ---- sports, courts, weather, health and markets copy (session 7) -------------
def test_a_clock_time_on_a_weekday_after_is_at_is_a_timetable() -> None:
    t = one("Kick-off is at 7:45 p.m. on Saturday, the league said.", "7:45 p.m. on Saturday")
    assert t.value == "2024-10-26T19:45"


def test_a_rescheduled_day_lies_after_the_decision() -> None:
    text = "The regulator delayed its ruling on the merger to Tuesday."
    assert one(text, "Tuesday").value == "2024-10-29"
    text = "The launch was pushed back to Thursday because of high winds."
    assert one(text, "Thursday", date(2024, 10, 29)).value == "2024-10-31"


def test_until_a_time_on_a_weekday_is_a_deadline_ahead() -> None:
    t = one("The offer is open until midnight on Sunday.", "midnight on Sunday")
    assert t.value == "2024-10-27T24:00"


def test_a_bare_clock_time_paired_with_a_dated_one_takes_its_day() -> None:
    text = "The bridge will be closed from 6 a.m. to 8 p.m. on Monday."
    assert one(text, "6 a.m.").value == "2024-10-28T06:00"
    assert one(text, "8 p.m. on Monday").value == "2024-10-28T20:00"


def test_a_weekday_after_a_is_no_particular_day() -> None:
    assert one("The final falls on a Sunday this year.", "Sunday").value == "XXXX-WXX-7"
    assert one("It was a Friday night in June.", "Friday night").value == "XXXX-WXX-5TNI"
    # the article of a noun the day describes: that week's day
    text = "Hundreds attended a Sunday night vigil for the victims."
    assert one(text, "Sunday night").value == "2024-10-20TNI"


def test_the_following_month_comes_after_the_storys_date() -> None:
    text = "He was elected in November 2016 and sworn in the following January."
    t = one(text, "the following January")
    assert (t.value, t.anchor) == ("2017-01", "narrative")
    text = "The law passed in June 2020; the previous March, the court had ruled."
    assert one(text, "the previous March").value == "2020-03"


def test_the_next_day_or_two_is_not_tomorrow() -> None:
    found = tag_timexes("The storm should weaken over the next day or two.", DCT)
    assert not [t for t in found if t.text == "the next day"]


def test_the_week_to_a_day_is_a_weeks_span() -> None:
    t = one("Hospital admissions fell 9% in the week to Sunday.", "the week")
    assert (t.type, t.value) == ("DURATION", "P1W")
    assert one("Sales fell in the month to 30 September.", "the month").value == "P1M"


def test_the_new_year_in_a_plan_is_the_coming_one_in_any_month() -> None:
    text = "The committee will meet again in the new year."
    assert one(text, "the new year", date(2024, 6, 3)).value == "2025"
    # a past told in spring: the year begun
    assert one("Sales picked up in the new year.", "the new year", date(2024, 4, 3)).value == "2024"


def test_a_season_after_at_least_or_before_at_the_earliest() -> None:
    text = "Officials expect the repairs to take until at least the summer."
    assert one(text, "the summer").value == "2025-SU"
    text = "The plant will reopen in the spring at the earliest."
    assert one(text, "the spring").value == "2025-SP"


def test_a_duration_after_a_dates_year_is_no_rate() -> None:
    text = "The king died on 6 February 1952, a week after his return from Kenya."
    assert one(text, "a week").value == "P1W"
    text = "The ceasefire began on October 1. Within a week, it had collapsed."
    assert one(text, "a week").value == "P1W"
    assert not tag_timexes("The licence costs $150 a year.", DCT)


def test_an_appositive_due_date_does_not_move_the_nouns_month() -> None:
    text = "Retail sales data for September, due on Tuesday, were delayed by the strike."
    assert one(text, "September").value == "2024-09"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("England face Wales at Twickenham on Saturday.", "Saturday", "2024-10-26"),
        ("Georgians vote again on Sunday after a tense campaign.", "Sunday", "2024-10-27"),
        ("Arsenal play Liverpool at the Emirates on Sunday.", "Sunday", "2024-10-27"),
        ("The regular season ends on April 12.", "April 12", "2025-04-12"),
    ],
)
def test_fixtures_and_polls_in_the_present_are_ahead(
    sentence: str, phrase: str, value: str
) -> None:
    assert one(sentence, phrase).value == value


def test_a_possessive_before_a_fixture_verb_makes_it_a_noun() -> None:
    text = "Parliament's vote on Monday was close."
    assert one(text, "Monday").value == "2024-10-21"


def test_overnight_into_a_day_is_the_night_before_it() -> None:
    t = one("Heavy rain is expected overnight into Sunday.", "overnight into Sunday")
    assert (t.value, t.begin, t.end_date) == (
        "2024-10-26TNI",
        "2024-10-26T21:00",
        "2024-10-27T05:59",
    )


def test_a_numbered_week_is_that_iso_week() -> None:
    assert one("Flu cases peaked in week 3, the agency said.", "week 3").value == "2024-W03"
    assert one("Activity rose in week 2 of 2025.", "week 2 of 2025").value == "2025-W02"
    # a season's round or a trial's count is no calendar week
    assert not tag_timexes("The Jets lost in Week 3.", DCT)
    assert not tag_timexes("It was week 3 of the trial.", DCT)


def test_a_year_earlier_after_a_month_is_that_month_a_year_before() -> None:
    text = "Inflation eased to 2.1% in September from a year earlier."
    assert one(text, "a year earlier").value == "2023-09"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The monsoon usually reaches Kerala in June.", "June", "XXXX-06"),
        ("Flu cases typically rise in winter.", "winter", "XXXX-WI"),
    ],
)
def test_a_habit_leaves_a_months_year_open(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("He has scored nine goals so far this season.", "this season", "PRESENT_REF"),
        ("The coach will stay next season, the club said.", "next season", "FUTURE_REF"),
        ("Last season's champions were knocked out.", "Last season", "PAST_REF"),
    ],
)
def test_a_sports_season_is_a_vague_reference(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_a_christmas_market_is_no_date() -> None:
    assert not tag_timexes("Christmas markets opened across Germany.", DCT)


def test_a_quarter_well_behind_in_a_plan_is_next_years() -> None:
    text = "The company expects to complete the deal in the first quarter."
    assert one(text, "the first quarter").value == "2025-Q1"
    # a quarter just ended is still reported on
    text = "The bank will report third-quarter results next week."
    assert one(text, "third-quarter").value == "2024-Q3"


def test_a_modal_before_a_verb_spelt_like_a_past_is_no_past() -> None:
    text = "The drought could last into the winter, the agency warned."
    assert one(text, "the winter").value == "2024-WI"


def test_a_hyphenated_half_before_results_is_this_years() -> None:
    assert one("Analysts expect second-half revenue to rise.", "second-half").value == "2024-H2"
    assert not tag_timexes("He scored a second-half winner.", DCT)


def test_runs_from_is_a_timetable_and_home_runs_a_noun() -> None:
    text = "The exhibition runs from March 3 to May 12."
    assert one(text, "March 3 to May 12").value == "2025-03-03"
    assert one("The home runs on Sunday won the game.", "Sunday").value == "2024-10-20"


def test_originally_scheduled_is_when_it_was_planned() -> None:
    text = "The race, originally scheduled for Wednesday, was moved to Sunday."
    assert one(text, "Wednesday").value == "2024-10-23"


def test_a_first_plan_since_changed_is_the_closest_occurrence_either_way() -> None:
    # (read on 25 October 2024) a plan since changed may lie well in the past
    text = "The new terminal was originally due to be completed in July, the airport said."
    assert one(text, "July").value == "2024-07"
    text = "The bridge was initially scheduled to open in November, but the steel came late."
    assert one(text, "November").value == "2024-11"
    # the new date of the plan still looks ahead
    text = "The ferry was originally due to sail in August but will now leave in March."
    assert one(text, "August").value == "2024-08"
    assert one(text, "March").value == "2025-03"


def test_next_weekend_said_on_a_friday_is_the_one_after_this_weekend() -> None:
    text = "The league resumes next weekend after the international break."
    # (read on Friday 25 October 2024: this weekend is 26-27 October)
    assert one(text, "next weekend").value == "2024-W44-WE"
    # read on a Wednesday, the weekend ahead
    assert one(text, "next weekend", datetime(2024, 10, 23, 9)).value == "2024-W43-WE"


def test_a_fortnight_back_or_ahead_is_two_weeks() -> None:
    t = one("Deaths have doubled in the past fortnight.", "the past fortnight")
    assert (t.type, t.value) == ("DURATION", "P2W")


def test_until_at_least_is_the_deadline_ahead() -> None:
    # "at least" between "until" and the day: still the date the delay runs to
    t = one(
        "All flights out of the island have been suspended until at least 14 November.",
        "14 November",
        datetime(2025, 11, 10, 8, 0),
    )
    assert t.begin == "2025-11-14", t


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Profit in Q1 FY26 fell 8%.", "Q1 FY26", "2026-Q1"),
        ("The carmaker's profit in H1 FY26 fell 30%.", "H1 FY26", "2026-H1"),
        ("Sales in 1H FY2025 rose.", "1H FY2025", "2025-H1"),
    ],
)
def test_a_broker_code_with_a_fiscal_year(sentence: str, phrase: str, value: str) -> None:
    # as "the first half of fiscal 2026": the fiscal year valued by the year it ends in
    assert one(sentence, phrase).value == value


def test_a_warning_issued_for_a_day_looks_ahead() -> None:
    dct = datetime(2024, 10, 24, 11, 0)  # a Thursday
    text = "The Met Office issued an amber warning for rain from 6 a.m. to 9 p.m. on Friday."
    assert one(text, "6 a.m.", dct).value == "2024-10-25T06:00"
    assert one(text, "9 p.m. on Friday", dct).value == "2024-10-25T21:00"
    assert (
        one("Forecasters issued a flood warning for Sunday.", "Sunday", dct).value == "2024-10-27"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "mod"),
    [
        ("Late on Monday, the minister resigned.", "Late on Monday", "2024-10-21", "END"),
        ("The deal was agreed early on Sunday.", "early on Sunday", "2024-10-20", "START"),
    ],
)
def test_late_or_early_on_a_weekday(sentence: str, phrase: str, value: str, mod: str) -> None:
    t = one(sentence, phrase)
    assert (t.value, t.mod) == (value, mod)


def test_a_weekday_subject_of_a_plan_is_the_one_ahead() -> None:
    text = "Saturday is expected to be the hottest day of the year so far."
    assert one(text, "Saturday").value == "2024-10-26"
    # a plan seen from the past: the Monday just gone
    assert one("Monday was expected to be calm.", "Monday").value == "2024-10-21"


def test_a_timetable_span_of_weekdays_lies_wholly_ahead() -> None:
    text = "The festival runs from Wednesday to Sunday."
    t = one(text, "Wednesday to Sunday")
    assert (t.begin, t.end_date) == ("2024-10-30", "2024-11-03")
    t = one("The festival ran from Wednesday to Sunday.", "Wednesday to Sunday")
    assert (t.begin, t.end_date) == ("2024-10-16", "2024-10-20")


def test_a_dateline_without_its_place_is_still_the_local_date() -> None:
    dct = datetime(2024, 10, 25, 23, 40)  # late on a Friday (UTC), Saturday where it was filed
    text = "Oct 26 (Reuters) - Negotiators will meet on Sunday, the ministry said on Saturday."
    assert one(text, "Saturday", dct).value == "2024-10-26"
    assert one(text, "Sunday", dct).value == "2024-10-27"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The index lost 4% the week before last.", "the week before last", "2024-W41"),
        ("The vote is due the month after next.", "the month after next", "2024-12"),
        ("The year before last was the driest on record.", "The year before last", "2022"),
    ],
)
def test_two_units_back_or_ahead(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_the_end_of_a_span_reported_on_is_not_pushed_ahead_by_the_publishing() -> None:
    text = "The bank's results for the 12 months to 30 September will be published in November."
    assert one(text, "30 September").value == "2024-09-30"


def test_forecast_for_a_time_looks_ahead() -> None:
    text = "Heavy rain is forecast for this evening and overnight."
    assert one(text, "overnight").value == "2024-10-25TNI"
    assert one("Snow is forecast for Sunday.", "Sunday").value == "2024-10-27"


def test_the_early_hours_of_a_dated_day() -> None:
    text = "Troops crossed the border in the early hours of Feb. 24, 2022."
    t = one(text, "the early hours of Feb. 24, 2022")
    assert (t.value, t.mod) == ("2022-02-24", "START")
    # alone, some hours
    assert one("He worked into the early hours.", "the early hours").value == "PTXH"


def test_the_past_before_a_count_is_no_vague_past() -> None:
    assert not tag_timexes("The index has risen in six of the past eight sessions.", DCT)
    assert one("In the past, the index rarely fell.", "the past").value == "PAST_REF"


def test_about_a_month_as_its_topic_is_no_approximation() -> None:
    t = one("No decision has been made about December, the chair said.", "December")
    assert t.mod is None
    assert one("The plant opened in about 1990.", "about 1990").mod == "APPROX"


def test_reports_its_results_on_a_weekday_is_a_timetable() -> None:
    assert one("Apple reports its results on Thursday.", "Thursday").value == "2024-10-31"


def test_a_monday_holidays_weekend_is_the_long_one_before_it() -> None:
    t = one("Memorial Day weekend traffic was the heaviest in years.", "Memorial Day weekend")
    assert (t.value, t.begin, t.end_date) == ("2024-W21-WE", "2024-05-25", "2024-05-26")
    # a Thursday holiday's weekend follows it
    assert one("Thanksgiving weekend sales rose.", "Thanksgiving weekend").value == "2023-W47-WE"


def test_decimal_seconds_keep_their_fraction() -> None:
    assert (
        one("The sprinter ran the 100 metres in 9.79 seconds.", "9.79 seconds").value == "PT9.79S"
    )


def test_the_end_of_last_season_or_of_a_numbered_week() -> None:
    t = one("The team were relegated at the end of last season.", "the end of last season")
    assert (t.value, t.mod) == ("PAST_REF", "END")
    assert one("Cases fell at the end of week 14.", "the end of week 14").mod == "END"


def test_a_date_set_for_a_hearing_lies_ahead_of_the_setting() -> None:
    text = "The judge gave prosecutors until Oct. 31 to respond, and set a hearing for Nov. 12."
    assert one(text, "Nov. 12").value == "2024-11-12"


def test_a_plan_goes_on_from_the_date_it_named() -> None:
    text = "The probe will fly past Venus in February 2025 and reach Mercury in November."
    assert one(text, "November").value == "2025-11"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The anniversary of the attack falls on Sunday.", "Sunday", "2024-10-27"),
        ("Preorders start on Monday.", "Monday", "2024-10-28"),
        ("The new phones ship on Nov. 1.", "Nov. 1", "2024-11-01"),
        ("The series premieres on Tuesday.", "Tuesday", "2024-10-29"),
    ],
)
def test_release_and_calendar_verbs_are_timetables(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_between_two_counts_of_a_unit_is_one_duration() -> None:
    t = one("The striker will be out for between six and eight weeks.", "six and eight weeks")
    assert (t.type, t.value, t.mod) == ("DURATION", "P6W", "EQUAL_OR_MORE")


def test_a_vote_against_something_dated_moves_the_story_there() -> None:
    # "against" of opposition is no yardstick figure ("against a surplus in 1986")
    text = (
        "The senate voted against the new tariffs on Oct. 8. The next day, the minister resigned."
    )
    assert one(text, "The next day").value == "2024-10-09"


def test_the_next_year_after_a_stated_year_in_a_past() -> None:
    text = "The suit was filed in 2015 and thrown out the next year."
    t = one(text, "the next year")
    assert (t.value, t.anchor) == ("2016", "narrative")
    # a plan still looks ahead from the publication
    assert one("The firm will hire 200 staff over the next year.", "the next year").value != "2016"


def test_a_weekday_listed_after_today_is_the_next_one() -> None:
    text = "Trade ministers meet in Lima on Friday and Saturday."
    assert one(text, "Saturday").value == "2024-10-26"
    # listed backwards, a day before today stays behind
    text = "Statements were issued on Friday and Thursday."
    assert one(text, "Thursday").value == "2024-10-24"


def test_a_plural_subject_returns_on_a_weekday_ahead() -> None:
    text = "Lawmakers return from their autumn recess on Monday."
    assert one(text, "Monday").value == "2024-10-28"


def test_the_first_months_of_a_year_are_a_duration_and_the_year() -> None:
    # TimeBank tags "the first nine months of 1989" as P9M and 1989 apart
    text = "Sales fell in the first six months of 2023."
    found = one(text, "the first six months")
    assert (found.timeml_type, found.timeml_value) == ("DURATION", "P6M")
    # and for the user, the months they are: the first half of 2023
    assert (found.value, found.begin, found.end_date) == ("2023-H1", "2023-01-01", "2023-06-30")
    assert one(text, "2023").value == "2023"


def test_results_of_the_quarter_just_ended_are_reported_ahead() -> None:
    dct = datetime(2025, 1, 27, 21, 0)
    text = (
        "The statistics office will publish its first estimate of fourth-quarter GDP on Thursday."
    )
    assert one(text, "fourth-quarter", dct).value == "2024-Q4"
    text = "The retailer will report results for the October-December quarter on Feb. 6."
    assert one(text, "the October-December quarter", dct).value == "2024-Q4"
    # a plan for the quarter is the one ahead
    text = "The company expects to close the deal in the fourth quarter."
    assert one(text, "the fourth quarter", dct).value == "2025-Q4"


def test_a_span_of_months_that_is_a_quarter() -> None:
    text = "The economy shrank in October-December, the third contraction in a row."
    assert one(text, "October-December").value == "2024-Q4"


def test_every_weekday_with_a_part_of_the_day_and_times_daily() -> None:
    t = one("The satirical show airs every Friday night.", "every Friday night")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-5TNI")
    t = one("Ferries to the island run twice daily.", "twice daily")
    assert (t.type, t.value, t.freq) == ("SET", "P1D", "2X")
    assert one("He swims every day in the morning.", "every day").value == "P1D"


def test_the_previous_and_following_season_of_the_story() -> None:
    text = "The couple wed in July 2016. The previous summer they had met in Lisbon."
    assert one(text, "The previous summer").value == "2015-SU"
    text = "The plant opened in May 2019 and closed the following winter."
    assert one(text, "the following winter").value == "2019-WI"


def test_until_at_least_a_month() -> None:
    text = "The central bank will keep buying bonds until at least March."
    assert one(text, "March").value == "2025-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "Flight 2012 from Atlanta landed safely.",
        "Room 2012 had been booked under a false name.",
        "The council adopted Resolution 2118 unanimously.",
    ],
)
def test_a_numbered_thing_is_no_year(sentence: str) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT) if t.text[:2] in ("20", "21")] == []


def test_an_infinitive_after_a_ranked_noun_is_no_plan() -> None:
    text = "It is the third storm to hit the coast, after a cyclone on Oct. 3."
    assert one(text, "Oct. 3").value == "2024-10-03"
    text = "She was the first woman to be elected mayor, on Oct. 3."
    assert one(text, "Oct. 3").value == "2024-10-03"


def test_a_state_after_stay_is_placed_by_the_verb_before() -> None:
    text = "The border crossing will stay closed through Wednesday."
    assert one(text, "Wednesday").value == "2024-10-30"


def test_what_was_scheduled_is_seen_from_the_past_that_cancels_it() -> None:
    dct = datetime(2024, 10, 22, 15, 0)  # a Tuesday
    text = "The candidates canceled rallies scheduled for Monday."
    assert one(text, "Monday", dct).value == "2024-10-21"
    assert one("Elections have been scheduled for Monday.", "Monday", dct).value == "2024-10-28"


def test_the_sept_11_attacks_are_dated_2001() -> None:
    text = "Security was tightened on the anniversary of the Sept. 11 attacks."
    assert one(text, "Sept. 11").value == "2001-09-11"
    assert one("The forum opens on Sept. 11 in Oslo.", "Sept. 11").value == "2025-09-11"


def test_a_clock_time_in_a_places_time() -> None:
    text = "The papal conclave's first vote ended at 7 p.m. Rome time on Tuesday."
    t = one(text, "7 p.m. Rome time on Tuesday")
    assert t.value == "2024-10-22T19:00"


def test_an_old_year_after_a_preposition() -> None:
    assert one("The abbey was founded in 1132 by monks.", "1132").value == "1132"
    assert [t.text for t in tag_timexes("The ferry carried 1250 people.", DCT)] == []


def test_hours_before_an_event_are_a_vague_span() -> None:
    t = one("The minister resigned hours after the crackdown began.", "hours")
    assert (t.type, t.value) == ("DURATION", "PTXH")
    assert [t.text for t in tag_timexes("Shares traded after hours.", DCT)] == []


def test_a_trip_on_a_weekday_and_a_court_that_hears_are_timetables() -> None:
    text = "The prime minister arrives in New Delhi on Monday on the first leg of an Asian tour."
    assert one(text, "Monday").value == "2024-10-28"
    text = "The Supreme Court hears arguments on the case on Tuesday."
    assert one(text, "Tuesday").value == "2024-10-29"


def test_in_weeks_time_is_one_expression() -> None:
    t = one("A ruling is expected in three weeks' time.", "three weeks' time")
    assert t.value == "2024-W46"
    assert one("The report is due in a fortnight's time.", "a fortnight's time").value == "2024-W45"


def test_years_ago_today_is_that_day() -> None:
    dct = datetime(2024, 9, 1, 9, 0)
    t = one(
        "Eighty-five years ago today, German troops crossed into Poland.",
        "Eighty-five years ago today",
        dct,
    )
    assert t.value == "1939-09-01"
    t = one(
        "The accord, signed 20 years ago this month, lapses in 2030.",
        "20 years ago this month",
        dct,
    )
    assert t.value == "2004-09"


def test_years_on_counts_from_the_story_and_later_needs_a_date() -> None:
    text = "The dam was finished in 2012. Ten years on, it has never been full."
    t = one(text, "Ten years on")
    assert (t.value, t.timeml_type, t.timeml_value) == ("2022", "DURATION", "P10Y")
    # no date told before: the span after some event, not a date after publication
    t = one("The war ended six years later, with Japan's surrender.", "six years later")
    assert (t.type, t.value) == ("DURATION", "P6Y")
    assert [x.text for x in tag_timexes("She sat five years on the board.", DCT)] == ["five years"]


def test_a_year_naming_an_event_does_not_place_the_sentences_dates() -> None:
    text = "The draw for the 2026 World Cup will take place in Washington on Dec. 5."
    assert one(text, "Dec. 5", datetime(2025, 11, 28, 9, 30)).value == "2025-12-05"
    assert one("In 2019, on Dec. 5, the pact was signed.", "Dec. 5").value == "2019-12-05"


def test_a_rank_before_a_compound_duration_belongs_to_the_noun() -> None:
    text = "The central bank's next two-day policy meeting ends on Dec. 11."
    assert one(text, "two-day").value == "P2D"
    assert one("Talks will go on for the next two days.", "the next two days").value == "P2D"


def test_since_the_start_of_the_quarter_is_the_current_one() -> None:
    dct = datetime(2025, 4, 7, 9, 0)
    text = "The stock has lost 20% since the start of the quarter."
    assert one(text, "the start of the quarter", dct).value == "2025-Q2"


def test_a_reporting_verb_in_a_future_passive_looks_ahead() -> None:
    text = "The winner will be announced in Stockholm on Monday."
    assert one(text, "Monday").value == "2024-10-28"
    assert one("The winner was announced on Monday.", "Monday").value == "2024-10-21"


def test_a_vote_after_a_is_a_noun_not_a_timetable() -> None:
    dct = datetime(2012, 6, 18, 6, 0)
    text = "It was the second election in six weeks, after an inconclusive vote on May 6."
    assert one(text, "May 6", dct).value == "2012-05-06"
    assert one("Greeks vote again on Sunday.", "Sunday", dct).value == "2012-06-24"


def test_later_than_planned_is_a_comparison() -> None:
    text = "The crane lifted the hull at 9 a.m. on Monday, three hours later than planned."
    t = one(text, "three hours")
    assert (t.type, t.value) == ("DURATION", "PT3H")


def test_two_counts_joined_by_and_are_one_duration() -> None:
    t = one(
        "The liner sank two hours and 40 minutes after hitting the iceberg.",
        "two hours and 40 minutes",
    )
    assert (t.type, t.value) == ("DURATION", "PT2H40M")
    assert one("He served a year and six months.", "a year and six months").value == "P1Y6M"


def test_open_or_closed_on_a_weekday_is_a_timetable() -> None:
    assert one("Polling stations are open from 7 a.m. on Sunday.", "7 a.m. on Sunday").value == (
        "2024-10-27T07:00"
    )
    assert one("Banks are closed on Monday for the holiday.", "Monday").value == "2024-10-28"
    assert one("Banks were closed on Monday.", "Monday").value == "2024-10-21"


def test_a_unit_number_word_joins_only_a_tens_word() -> None:
    text = "He stepped down in 1999 after a single five-year term."
    assert one(text, "five-year").value == "P5Y"
    assert one("The siege lasted twenty-five days.", "twenty-five days").value == "P25D"


def test_hours_before_a_named_person_acted() -> None:
    text = "The president spoke hours after Netanyahu warned the assembly."
    assert one(text, "hours").value == "PTXH"


def test_figures_for_a_month_gone_by_are_due_ahead() -> None:
    dct = datetime(2013, 6, 5, 8, 0)
    assert one("U.S. payrolls data for May are due on Friday.", "May", dct).value == "2013-05"
    assert one("The firm will sell the unit in May.", "May", dct).value == "2014-05"


def test_a_statement_on_the_next_weekday_in_a_story_stamped_late_utc() -> None:
    late = datetime(2025, 11, 28, 23, 40)  # a Friday, 23:40 UTC: Saturday in Kyiv
    text = "KYIV, Ukraine (AP) - Drones struck the capital overnight, officials said Saturday."
    assert one(text, "Saturday", late).value == "2025-11-29"
    early = datetime(2025, 11, 28, 15, 0)
    assert one("Officials said Saturday the storm had passed.", "Saturday", early).value == (
        "2025-11-22"
    )


def test_a_quarter_in_a_habit_has_no_year() -> None:
    text = "The retailer's fourth-quarter sales typically make up a third of the year's."
    assert one(text, "fourth-quarter").value == "XXXX-Q4"
    assert one("Fourth-quarter sales rose 5 percent.", "Fourth-quarter").value != "XXXX-Q4"


def test_a_named_day_before_a_date_is_no_weekday_of_it() -> None:
    text = "Black Monday, Oct. 19, 1987, wiped a fifth off the index."
    assert [t.text for t in tag_timexes(text, DCT)] == ["Oct. 19, 1987"]


def test_a_single_unit_is_one() -> None:
    t = one("The index lost a fifth of its value in a single day.", "a single day")
    assert (t.type, t.value) == ("DURATION", "P1D")


def test_by_the_weekend_in_a_modal_clause_is_the_coming_one() -> None:
    dct = datetime(2012, 8, 20, 8, 0)  # a Monday
    text = "The tropical storm could reach the coast by the weekend."
    assert one(text, "the weekend", dct).value == "2012-W34-WE"
    assert one("Talks resumed over the weekend.", "the weekend", dct).value == "2012-W33-WE"


def test_a_ranked_day_before_a_holiday_is_no_day_offset() -> None:
    dct = datetime(2012, 12, 21, 9, 0)
    text = "Shoppers will crowd the malls today, the busiest day before Christmas."
    assert one(text, "Christmas", dct).value == "2012-12-25"


def test_the_week_to_an_abbreviated_date_is_a_span() -> None:
    dct = datetime(2012, 12, 21, 9, 0)
    text = "Store sales in the week to Dec. 15 rose 8 percent."
    assert one(text, "the week", dct).value == "P1W"


@pytest.mark.parametrize(
    ("dct", "sentence", "value"),
    [
        # in January to March, "this winter" is the one that began last December
        (datetime(2026, 1, 20, 9), "Heating bills have soared this winter.", "2025-WI"),
        (datetime(2026, 3, 4, 9), "It was the third strike this winter.", "2025-WI"),
        # looking back in spring, too; looking ahead from then on, the next one
        (datetime(2026, 4, 28, 9), "Snow fell on only two days this winter.", "2025-WI"),
        (datetime(2026, 4, 28, 9), "The utility fears shortages this winter.", "2026-WI"),
        (datetime(2026, 9, 1, 9), "Prices will rise this winter.", "2026-WI"),
    ],
)
def test_this_winter_is_the_one_at_hand(dct: datetime, sentence: str, value: str) -> None:
    assert one(sentence, "this winter", dct).value == value


def test_earlier_and_later_this_month_split_the_month_at_publication() -> None:
    dct = datetime(2026, 3, 5, 10)
    later = one("The minister will visit Brussels later this month.", "later this month", dct)
    assert (later.value, later.begin, later.end_date) == ("2026-03", "2026-03-06", "2026-03-31")
    earlier = one("Earlier this week, police arrested two men.", "Earlier this week", dct)
    assert (earlier.begin, earlier.end_date) == ("2026-03-02", "2026-03-04")


def test_a_day_before_and_plus_a_second_verb_is_placed_by_the_first() -> None:
    dct = datetime(2026, 3, 5, 10)  # a Thursday
    text = (
        "The lender reported its results for the first half on Tuesday and will publish "
        "annual figures in August."
    )
    assert one(text, "Tuesday", dct).value == "2026-03-03"
    assert one(text, "August", dct).value == "2026-08"


def test_what_comes_into_force_on_a_day_does_so_on_the_next_one() -> None:
    dct = datetime(2026, 3, 5, 10)
    text = "The smoking ban comes into force on 1 April, a year after it was passed."
    assert one(text, "1 April", dct).value == "2026-04-01"
    assert one("The new tariffs come into effect on January 1.", "January 1", dct).value == (
        "2027-01-01"
    )


def test_a_first_plan_in_a_reduced_relative_is_the_closest_occurrence() -> None:
    dct = datetime(2026, 3, 5, 10)
    text = "The referendum, originally scheduled for 15 March, has been pushed back to May."
    assert one(text, "15 March", dct).value == "2026-03-15"


def test_a_past_verb_before_a_weekdays_event_places_it_before_a_later_future() -> None:
    dct = datetime(2026, 6, 10, 10)  # a Wednesday
    text = "Brazil beat Japan 3-1 in Saturday's quarter-final and will play Germany next."
    assert one(text, "Saturday", dct).value == "2026-06-06"
    text = "Thursday's semi-final was postponed after heavy rain, organisers said."
    assert one(text, "Thursday", dct).value == "2026-06-04"


def test_a_span_reported_on_in_the_past_is_over() -> None:
    dct = datetime(2026, 2, 12, 8)
    assert one("Pre-tax profit in the year to March fell 8%.", "March", dct).value == "2025-03"
    text = "Figures for the year to March will be published in May."
    assert one(text, "March", dct).value == "2026-03"


def test_a_weekday_of_a_named_week_and_a_clock_time_of_the_next_day() -> None:
    dct = datetime(2026, 3, 5, 10)  # a Thursday
    assert one("Ministers met on Tuesday of last week.", "Tuesday of last week", dct).value == (
        "2026-02-24"
    )
    text = "The ferry left at 11pm on Monday and docked at 7am the following day."
    t = one(text, "7am the following day", dct)
    assert (t.type, t.value) == ("TIME", "2026-03-03T07:00")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The hearing was adjourned for half an hour.", "half an hour", "PT30M"),
        ("The monarchy has ruled for half a century.", "half a century", "P50Y"),
        ("The bridge took a quarter of a century to finish.", "a quarter of a century", "P25Y"),
        ("Unemployment is at its lowest in a quarter-century.", "a quarter-century", "P25Y"),
        (
            "The pact has held for three-quarters of a century.",
            "three-quarters of a century",
            "P75Y",
        ),
    ],
)
def test_a_fraction_of_a_unit_is_that_much_of_it(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_a_fraction_of_a_unit_ago_counts_back_that_far() -> None:
    t = one("The monastery was abandoned half a century ago.", "half a century ago")
    assert t.value == "1974"


def test_a_ranked_weekday_of_each_month_is_a_set_and_of_the_month_this_months() -> None:
    dct = datetime(2026, 3, 5, 10)
    t = one(
        "The council meets on the second Tuesday of every month.",
        "the second Tuesday of every month",
        dct,
    )
    assert (t.type, t.value) == ("SET", "P1M")
    text = "The treaty will be signed on the last Friday of the month."
    t = one(text, "the last Friday of the month", dct)
    assert (t.type, t.value) == ("DATE", "2026-03-27")


def test_midnight_before_a_weekday_is_a_clock_time_not_the_verbs_object() -> None:
    dct = datetime(2026, 3, 12, 9)  # a Thursday
    t = one("The deadline for bids is midnight Friday.", "midnight Friday", dct)
    assert t.value == "2026-03-13T24:00"


def test_a_day_of_the_month_before_a_past_verb_is_a_date_not_a_nouns_rank() -> None:
    dct = datetime(2026, 3, 12, 9)
    t = one("The march on the 8th drew tens of thousands.", "the 8th", dct)
    assert t.value == "2026-03-08"
    assert not [x for x in tag_timexes("She rode in on the 3rd seed.", dct) if "3rd" in x.text]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The new tariff applies from the first of next month.", "the first of next month",
         "2026-04-01"),
        ("Rents were raised on the 2nd of this month.", "the 2nd of this month", "2026-03-02"),
        ("The ban expired on the twentieth of last month.", "the twentieth of last month",
         "2026-02-20"),
    ],
)  # fmt: skip
def test_a_day_of_this_next_or_last_month(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase, datetime(2026, 3, 12, 9)).value == value


def test_a_quarter_code_without_a_year_is_the_last_one_in_a_past_report() -> None:
    dct = datetime(2026, 3, 12, 9)
    assert one("Q4 revenue rose 8% on strong holiday demand.", "Q4", dct).value == "2025-Q4"
    assert one("The chipmaker expects Q3 sales to jump.", "Q3", dct).value == "2026-Q3"


def test_march_or_may_before_a_figure_is_the_month() -> None:
    dct = datetime(2026, 6, 10, 9)
    assert one("May exports rose 4% from a year earlier.", "May", dct).value == "2026-05"
    t = one("Economists expect March inflation to ease.", "March", datetime(2026, 4, 2, 9))
    assert t.value == "2026-03"
    assert not tag_timexes("Prices may rise further.", dct)


def test_a_lower_case_wire_zone_makes_a_clock_time_not_a_year() -> None:
    dct = datetime(2026, 3, 12, 9)
    text = "The insurer will brief analysts at 1400 est/1900 gmt today."
    t = one(text, "1900 gmt today", dct)
    assert (t.type, t.value) == ("TIME", "2026-03-12T19:00")
    assert not [x for x in tag_timexes(text, dct) if x.type == "DATE" and x.value == "1900"]


def test_a_figure_before_a_singular_year_ago_is_an_amount_not_a_span() -> None:
    dct = datetime(2026, 3, 12, 9)
    text = "Writedowns were 4,100,000 dlrs in the quarter vs 185,000 year ago."
    assert not [t for t in tag_timexes(text, dct) if t.text.endswith("year ago")]
    assert not tag_timexes("The cave was first lived in 150,000 years ago.", dct)
    assert one("The mill closed 12 years ago.", "12 years ago", dct).value == "2014"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The town's textile mills thrived in the 1800s.", "the 1800s", "18"),
        ("The pier was built in the early 1900s.", "the early 1900s", "19"),
        ("Broadband spread quickly in the 2000s.", "the 2000s", "200"),
        ("The canal opened in the 1820s.", "the 1820s", "182"),
    ],
)
def test_a_round_hundred_with_an_s_is_the_century(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_agreed_to_a_noun_is_no_plan() -> None:
    dct = datetime(2025, 12, 10, 9, 30)
    t = one("The warring parties agreed to a truce on Oct. 10, mediators said.", "Oct. 10", dct)
    assert t.value == "2025-10-10"
    t = one(
        "Ministers agreed to a rescue package for the lender early Saturday.", "early Saturday", dct
    )
    assert t.value == "2025-12-06"
    assert (
        one("The two sides agreed to meet again on Jan. 12.", "Jan. 12", dct).value == "2026-01-12"
    )


def test_last_as_a_verb_before_a_vague_span_stays_out() -> None:
    t = one("The hearings are expected to last several weeks.", "several weeks")
    assert (t.type, t.value) == ("DURATION", "PXW")
    assert one("Fuel prices climbed over the last several weeks.", "the last several weeks")


def test_a_clock_time_of_the_next_morning_is_one_expression_on_that_day() -> None:
    dct = datetime(2026, 2, 5, 11, 20)
    text = "The ferry left Dover on Monday and docked at 01:15 the next morning."
    t = one(text, "01:15 the next morning", dct)
    assert (t.type, t.value) == ("TIME", "2026-02-03T01:15")
    t = one("Crews were called at 11 p.m. that night.", "11 p.m. that night", dct)
    assert t.type == "TIME"


def test_a_range_of_yearless_days_is_the_shortest_span_from_its_start() -> None:
    dct = datetime(2026, 2, 5, 11)
    text = "The strike at the port ran from March 4 to March 8."
    t = one(text, "March 4 to March 8", dct)
    assert (t.begin, t.end_date) == ("2025-03-04", "2025-03-08")
    ends = tag_timexes(text, dct, ranges=False)
    assert [(x.text, x.value) for x in ends] == [
        ("March 4", "2025-03-04"),
        ("March 8", "2025-03-08"),
    ]


def test_a_range_ahead_across_new_year_ends_in_the_year_after_it_starts() -> None:
    dct = datetime(2026, 2, 5, 11)
    t = one("The night ferry will run from October to March.", "October to March", dct)
    assert (t.begin, t.end_date) == ("2026-10-01", "2027-03-31")
    t = one("The fair ran from Dec. 28 to Jan. 3.", "Dec. 28 to Jan. 3", dct)
    assert (t.begin, t.end_date) == ("2025-12-28", "2026-01-03")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Worshippers packed the cathedral on Palm Sunday.", "Palm Sunday", "2024-03-24"),
        ("The bishop will preach on Ash Wednesday.", "Ash Wednesday", "2025-03-05"),
        ("Pubs were crowded on St. Patrick's Day.", "St. Patrick's Day", "2024-03-17"),
        ("Banks close for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2025-01-20"),
        ("Florists were busy before Mother's Day.", "Mother's Day", "2024-05-12"),
        ("Veterans laid wreaths on Remembrance Sunday.", "Remembrance Sunday", "2023-11-12"),
        ("Troops paraded on Bastille Day.", "Bastille Day", "2024-07-14"),
        ("The shelling stopped for Eid al-Adha in 2013.", "Eid al-Adha", "2013-10-15"),
        ("Crowds filled the mosque on Eid ul-Fitr in 2013.", "Eid ul-Fitr", "2013-08-08"),
    ],
)
def test_more_named_days(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_ramadan_is_the_holy_month_with_its_days() -> None:
    t = one("Fighting eased during Ramadan, aid workers said.", "Ramadan")
    assert (t.value, t.begin, t.end_date) == ("2024-03", "2024-03-11", "2024-04-09")
    dct = datetime(2025, 12, 10, 9)
    t = one("Muslims will begin fasting for Ramadan in February.", "Ramadan", dct)
    assert (t.begin, t.end_date) == ("2026-02-18", "2026-03-19")


def test_sundown_is_the_evening() -> None:
    t = one("The fast ended at sundown on Thursday.", "sundown on Thursday")
    assert (t.type, t.value) == ("TIME", "2024-10-24TEV")


def test_in_the_next_units_is_the_span_ahead_not_a_date_that_far_on() -> None:
    dct = datetime(2013, 3, 15, 10)
    t = one(
        "The carmaker will add 2,000 jobs in the next three years.", "the next three years", dct
    )
    assert (t.type, t.value) == ("DURATION", "P3Y")
    t = one("A decision is expected in the coming 30 days.", "the coming 30 days", dct)
    assert (t.type, t.value) == ("DURATION", "P30D")
    t = one("Talks will resume in two weeks.", "two weeks", dct)
    assert (t.type, t.value) == ("DATE", "2013-W13")


def test_a_year_first_date_with_slashes() -> None:
    t = one("The regulator's notice, dated 2024/10/21, was posted online.", "2024/10/21")
    assert t.value == "2024-10-21"
    assert not tag_timexes("See the archive at /2024/10/21/page.", DCT)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The weeklong festival closes on Sunday.", "weeklong", "P1W"),
        ("A daylong strike shut the schools.", "daylong", "P1D"),
        ("The monthlong siege ended in May.", "monthlong", "P1M"),
        ("A yearlong audit found gaps.", "yearlong", "P1Y"),
        ("The day-long summit produced no deal.", "day-long", "P1D"),
    ],
)
def test_a_one_word_unit_long_is_that_span(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_a_ranked_weekend_of_a_month() -> None:
    dct = datetime(2013, 3, 20, 10)
    t = one(
        "The marathon takes place on the last weekend of April.", "the last weekend of April", dct
    )
    assert (t.value, t.begin, t.end_date) == ("2013-W17-WE", "2013-04-27", "2013-04-28")
    t = one("The fair was held on the first weekend in March.", "the first weekend in March", dct)
    assert (t.begin, t.end_date) == ("2013-03-02", "2013-03-03")


def test_midweek_midmonth_and_midyear_are_the_middle_of_the_unit_at_hand() -> None:
    dct = datetime(2025, 6, 18, 7, 45)  # a Wednesday
    t = one("The heat is expected to peak midweek, forecasters said.", "midweek", dct)
    assert (t.value, t.mod, t.begin, t.end_date) == ("2025-W25", "MID", "2025-06-18", "2025-06-20")
    t = one("Shares slid mid-week.", "mid-week", datetime(2025, 6, 16, 9))  # a Monday
    assert t.value == "2025-W24"
    t = one("The review is due by midyear.", "midyear", dct)
    assert (t.value, t.end_date) == ("2025", "2025-09-01")


def test_a_clock_time_on_a_weekdays_part_of_the_day_is_one_time_that_day() -> None:
    dct = datetime(2026, 1, 14, 13)  # a Wednesday
    t = one(
        "The singer died at 7:15 on Sunday morning, his agent said.", "7:15 on Sunday morning", dct
    )
    assert (t.type, t.value) == ("TIME", "2026-01-11T07:15")


def test_sets_of_a_few_units_and_of_weekends() -> None:
    t = one("The census is repeated every few years.", "every few years")
    assert (t.type, t.value) == ("SET", "PXY")
    t = one("The food bank is open on weekends.", "weekends")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WE")


def test_uk_time_is_a_zone() -> None:
    t = one("The statement came at around 3pm UK time.", "around 3pm UK time")
    assert (t.type, t.value) == ("TIME", "2024-10-25T15:00")


def test_minutes_or_hours_before_a_happening_are_a_vague_span() -> None:
    t = one("The jet lost contact minutes after takeoff.", "minutes")
    assert (t.type, t.value) == ("DURATION", "PTXM")
    t = one("The cyclone weakened hours before landfall.", "hours")
    assert (t.type, t.value) == ("DURATION", "PTXH")


def test_years_ago_this_week_is_that_week_so_many_years_back() -> None:
    dct = datetime(2013, 3, 25, 9)
    t = one("The invasion began 10 years ago this week.", "10 years ago this week", dct)
    assert (t.value, t.begin, t.end_date) == ("2003-W13", "2003-03-24", "2003-03-30")


def test_holy_thursday_is_maundy_thursday() -> None:
    t = one("The pope washed the feet of inmates on Holy Thursday.", "Holy Thursday")
    assert t.value == "2024-03-28"


def test_at_the_latest_and_at_the_earliest_bound_the_date_outside_its_extent() -> None:
    t = one("The fund will close on Nov. 30 at the latest.", "Nov. 30")
    assert (t.mod, t.begin, t.end_date) == ("ON_OR_BEFORE", None, "2024-11-30")
    t = one("A vote will come in March at the earliest.", "March")
    assert (t.value, t.mod, t.end_date) == ("2025-03", "ON_OR_AFTER", None)


def test_after_midnight_is_the_midnight_that_opens_the_day() -> None:
    dct = datetime(2025, 7, 6, 10)  # a Sunday
    t = one("The shelling began shortly after midnight on Sunday.", "midnight on Sunday", dct)
    assert (t.value, t.mod) == ("2025-07-06T00:00", "AFTER")
    t = one("Police were called just before midnight on Saturday.", "midnight on Saturday", dct)
    assert (t.value, t.mod) == ("2025-07-05T24:00", "BEFORE")


def test_a_date_after_since_does_not_move_the_story_there() -> None:
    dct = datetime(2025, 8, 20, 7)
    text = (
        "Inflation rose to 3.8 percent in July. The bank has cut rates five times since "
        "August last year. Services inflation rose to 5.0 percent from 4.7 percent a month earlier."
    )
    assert one(text, "a month earlier", dct).value == "2025-06"


def test_holy_week_is_the_week_before_easter() -> None:
    t = one("Pilgrims crowded Jerusalem during Holy Week.", "Holy Week")
    assert (t.value, t.begin, t.end_date) == ("2024-W13", "2024-03-25", "2024-03-31")


def test_a_timetable_after_an_aside_with_a_year_is_the_one_ahead() -> None:
    dct = datetime(2025, 12, 10, 9, 30)
    t = one("The law, passed in 2023, takes effect on Jan. 1.", "Jan. 1", dct)
    assert t.value == "2026-01-01"
    t = one("The law was passed in 2023 and took effect on Jan. 1.", "Jan. 1", dct)
    assert t.value == "2023-01-01"


def test_a_plan_told_of_a_day_gone_by_is_counted_from_that_day() -> None:
    dct = datetime(2013, 3, 8, 8)
    text = "On Nov. 2, the carmaker said it would open the plant on Dec. 1."
    assert one(text, "Dec. 1", dct).value == "2012-12-01"
    text = (
        "The index has surged 40 percent since November 14, when the premier called a snap "
        "election for December 16."
    )
    assert one(text, "December 16", dct).value == "2012-12-16"
    text = "On Monday, the company said it will launch the phone on March 16."
    assert one(text, "March 16", dct).value == "2013-03-16"


def test_in_the_afternoon_after_a_named_morning_is_that_days() -> None:
    dct = datetime(2025, 1, 19, 20)
    text = "The truce began on Sunday morning, and three hostages were freed in the afternoon."
    t = one(text, "the afternoon", dct)
    assert (t.type, t.value) == ("TIME", "2025-01-19TAF")


def test_this_weekday_in_a_past_clause_is_this_weeks() -> None:
    dct = datetime(2014, 3, 27, 9)  # a Thursday
    assert (
        one("The two leaders spoke this Monday by phone.", "this Monday", dct).value == "2014-03-24"
    )
    assert one("The two leaders will speak this Monday.", "this Monday", dct).value == "2014-03-31"


def test_a_bound_before_a_weekday_naming_a_noun_bounds_the_noun() -> None:
    dct = datetime(2019, 3, 14, 12)  # a Thursday
    t = one("Clashes broke out after Friday prayers in the old city.", "Friday", dct)
    assert (t.value, t.mod) == ("2019-03-08", None)
    t = one("The talks continue until Friday despite the strike.", "Friday", dct)
    assert t.mod == "ON_OR_BEFORE"


def test_a_date_in_a_relative_clause_is_not_dated_by_the_main_verb_after_it() -> None:
    dct = datetime(2013, 3, 5, 5)
    text = "The new leader, who became head of the ruling party in November, is expected to be sworn in on Thursday."
    assert one(text, "November", dct).value == "2012-11"


def test_from_a_year_earlier_to_a_figure_is_a_comparison_not_a_start() -> None:
    dct = datetime(2025, 8, 27, 21)
    t = one("Revenue rose 56% from a year earlier to $46.7 billion.", "a year earlier", dct)
    assert (t.value, t.mod) == ("2024", None)


def test_a_span_of_clock_times_over_midnight_ends_the_next_day() -> None:
    dct = datetime(2025, 1, 11, 19)
    found = tag_timexes("A curfew from 6 p.m. to 6 a.m. remains in effect.", dct)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("6 p.m.", "2025-01-11T18:00", "ON_OR_AFTER"),
        ("6 a.m.", "2025-01-12T06:00", None),
    ]


def test_a_range_from_a_part_of_a_day_is_a_time_in_both_forms() -> None:
    dct = datetime(2025, 1, 11, 19)
    text = "Strong winds are expected from Monday night through Wednesday."
    assert one(text, "Monday night through Wednesday", dct).type == "TIME"
    ends = tag_timexes(text, dct, ranges=False)
    assert [(t.text, t.type) for t in ends] == [("Monday night", "TIME"), ("Wednesday", "DATE")]


def test_a_second_bare_month_follows_the_first() -> None:
    dct = datetime(2024, 3, 21, 13)
    text = "Markets expect the first rate cut in June or August."
    assert [(t.text, t.value) for t in tag_timexes(text, dct)] == [
        ("June", "2024-06"),
        ("August", "2024-08"),
    ]
    text = "Talks are planned for November or January."
    assert one(text, "January", dct).value == "2025-01"


def test_a_year_in_a_relative_aside_does_not_set_the_main_clause_in_it() -> None:
    dct = datetime(2013, 3, 9, 22)
    text = (
        "The president, who first won office in 1998, had not been seen in public since he "
        "flew abroad for surgery on Dec. 10."
    )
    assert one(text, "Dec. 10", dct).value == "2012-12-10"
    text = "In 1998, the colonel won the presidency and on Dec. 6 he was sworn in."
    assert one(text, "Dec. 6", dct).value == "1998-12-06"


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The polling stations close at half past nine.", "half past nine", "2024-10-25T09:30"),
        ("The last train left at a quarter to eleven.", "a quarter to eleven", "2024-10-25T10:45"),
        (
            "The bomb went off at ten past six in the evening.",
            "ten past six in the evening",
            "2024-10-24T18:10",
        ),
    ],
)
def test_british_clock_times(sentence: str, phrase: str, value: str) -> None:
    t = one(sentence, phrase)
    assert (t.type, t.value) == ("TIME", value)


def test_figures_to_figures_are_no_clock_time() -> None:
    assert not tag_timexes("Shares rose by five to 10 percent.", DCT)
    assert not tag_timexes("About five to six people were hurt.", DCT)
    assert not tag_timexes("The court voted five to four.", DCT)


def test_the_next_hour_and_a_two_word_place_time() -> None:
    t = one("Police expect to make an arrest within the next hour.", "the next hour")
    assert (t.type, t.value) == ("DURATION", "PT1H")
    t = one("Wall Street closed at 4pm New York time.", "4pm New York time")
    assert t.value == "2024-10-25T16:00"


def test_a_day_of_the_month() -> None:
    dct = datetime(2024, 5, 15, 10)
    t = one("The ministry paid the grants on the 3rd of the month.", "the 3rd of the month", dct)
    assert t.value == "2024-05-03"
    t = one("Rent is usually due on the first of the month.", "the first of the month", dct)
    assert (t.type, t.value) == ("SET", "XXXX-XX-01")


def test_reuters_end_month_and_end_year() -> None:
    dct = datetime(2026, 2, 10, 8)
    t = one("The central bank expects inflation to ease by end-2026.", "end-2026", dct)
    assert (t.value, t.mod, t.end_date) == ("2026", "ON_OR_BEFORE", "2026-12-31")
    t = one("Reserves stood at $50 billion at end-March.", "end-March", dct)
    assert (t.value, t.mod) == ("2025-03", "END")
    t = one("Exports fell in the year to end-June.", "the year", dct)
    assert (t.type, t.value) == ("DURATION", "P1Y")
    t = one("Output grew in the year to the end of September.", "the year", dct)
    assert (t.type, t.value) == ("DURATION", "P1Y")


def test_the_first_months_of_the_year_not_yet_gone_are_last_years() -> None:
    dct = datetime(2026, 2, 10, 8)
    text = "The trade deficit widened in the first 11 months of the year."
    assert one(text, "the year", dct).value == "2025"
    text = "Car sales rose in the first two months of the year."
    assert one(text, "the year", datetime(2026, 3, 15, 8)).value == "2026"


def test_a_second_named_day_follows_the_first_within_the_year() -> None:
    dct = datetime(2025, 12, 22, 9)
    text = "The office was closed for two weeks over Christmas and New Year."
    found = {t.text: t.value for t in tag_timexes(text, dct)}
    assert (found["Christmas"], found["New Year"]) == ("2024-12-25", "2025-01-01")


def test_on_weekdays_is_a_set() -> None:
    t = one("The court sits on weekdays.", "weekdays")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WD")


def test_since_doing_something_on_a_day_is_a_day_gone_by() -> None:
    dct = datetime(2013, 4, 2, 6)
    text = "The envoy is due to visit Seoul next week, his first trip there since taking office on Feb. 1."
    assert one(text, "Feb. 1", dct).value == "2013-02-01"


def test_the_jan_6_and_oct_7_attacks_are_named_days() -> None:
    dct = datetime(2025, 3, 10, 9)
    text = "The president pardoned people charged over the Jan. 6 attack on the Capitol."
    assert one(text, "Jan. 6", dct).value == "2021-01-06"
    text = "The country has been at war since the Oct. 7 attack by Hamas."
    assert one(text, "Oct. 7", dct).value == "2023-10-07"
    assert one("The House will vote on Jan. 6.", "Jan. 6", dct).value == "2026-01-06"
    assert one("The Jan. 6 hearings begin.", "Jan. 6", datetime(2019, 3, 10)).value == "2019-01-06"


def test_this_month_name_gone_by_in_a_plan_is_next_years() -> None:
    dct = datetime(2013, 12, 5, 10)
    assert (
        one("The carmaker will open its new plant this March.", "this March", dct).value
        == "2014-03"
    )
    assert one("Sales of the drug jumped this March.", "this March", dct).value == "2013-03"


def test_the_full_year_reported_in_the_spring_is_last_years() -> None:
    dct = datetime(2013, 3, 22, 14)
    assert one("Losses for the full year were $2 billion.", "the full year", dct).value == "2012"
    assert one("The firm expects a profit for the full year.", "the full year", dct).value == "2013"


def test_one_more_cut_is_a_noun_not_a_past_verb() -> None:
    dct = datetime(2025, 6, 5, 15)
    text = "Markets now expect at most one more cut, probably in September or December."
    found = {t.text: t.value for t in tag_timexes(text, dct)}
    assert (found["September"], found["December"]) == ("2025-09", "2025-12")


def test_starting_a_day_with_no_verb_to_say_when_is_the_one_ahead() -> None:
    dct = datetime(2025, 9, 9, 20)  # a Tuesday
    text = "The phones go on sale Sept. 19, with preorders starting Friday."
    t = one(text, "Friday", dct)
    assert (t.value, t.mod) == ("2025-09-12", "ON_OR_AFTER")
    t = one("Starting Monday, the rebels shelled the city for a week.", "Monday", dct)
    assert t.value == "2025-09-08"


def test_every_named_day_is_a_set() -> None:
    t = one("The family gathers at the farm every Christmas.", "every Christmas")
    assert (t.type, t.value) == ("SET", "XXXX-12-25")
    t = one("Pilgrims return to the shrine each Easter.", "each Easter")
    assert (t.type, t.value) == ("SET", "XXXX-XX-XX")


def test_a_place_name_between_a_past_verb_and_its_date_does_not_weaken_the_past() -> None:
    dct = datetime(2026, 11, 5, 13)
    text = "The singer was detained at Lisbon's Humberto Delgado airport on Feb. 9."
    assert one(text, "Feb. 9", dct).value == "2026-02-09"


def test_a_day_counted_from_a_month_is_an_undated_day() -> None:
    dct = datetime(2026, 3, 19, 11)
    text = (
        "The brewer agreed to buy its rival in May 2025, paying 40% over the price the day before."
    )
    assert one(text, "the day before", dct).value == "XXXX-XX-XX"
    text = "Police arrested him on March 3. The day before, he had sold his car."
    assert one(text, "The day before", dct).value == "2026-03-02"


def test_a_range_read_after_a_distant_year_ends_in_the_year_it_starts() -> None:
    dct = datetime(2026, 9, 4, 8)
    text = "The siege began in January 2019. Inspectors stayed from Nov. 28 to Dec. 6."
    t = one(text, "Nov. 28 to Dec. 6", dct)
    assert (t.begin, t.end_date) == ("2019-11-28", "2019-12-06")


def test_a_distant_year_named_after_a_recent_date_in_its_sentence_is_a_look_back() -> None:
    dct = datetime(2026, 9, 4, 8)
    text = (
        "Talks on a new loan started in February, after the old programme, a facility "
        "approved in March 2019, lapsed. The lender's staff visited Accra twice, in April "
        "and again in June."
    )
    assert one(text, "April", dct).value == "2026-04"
    text = "The facility was approved in March 2019. The lender's staff visited Accra in April."
    assert one(text, "April", dct).value == "2019-04"


def test_the_end_of_the_decade_is_the_one_at_hand() -> None:
    dct = datetime(1997, 11, 12)
    t = one("The accord will expire at the end of the decade.", "the end of the decade", dct)
    assert (t.value, t.mod) == ("199", "END")
    t = one("Exports boomed at the start of the decade.", "the start of the decade", dct)
    assert (t.value, t.mod) == ("199", "START")
    assert not [t for t in tag_timexes("It was the best album of the decade.", dct)]


def test_a_timetable_verb_before_a_past_predicate_is_the_subject() -> None:
    dct = datetime(2026, 1, 15, 12)
    text = "Housing starts in November fell to their lowest level since 2020."
    assert one(text, "November", dct).value == "2025-11"
    text = "Customer returns in December jumped 5%, the retailer said."
    assert one(text, "December", dct).value == "2025-12"
    assert one("The new bridge opens in March.", "March", dct).value == "2026-03"


def test_until_a_compact_clock_time_on_a_weekday_is_a_deadline_ahead() -> None:
    dct = datetime(2026, 1, 15, 12)  # a Thursday
    text = "The judge adjourned the hearing until 10am on Monday."
    assert one(text, "10am on Monday", dct).value == "2026-01-19T10:00"
    text = "The pharmacy stayed open until 9.30pm on Tuesday to clear the queue."
    assert one(text, "9.30pm on Tuesday", dct).value == "2026-01-13T21:30"


def test_has_until_a_date_to_act_is_the_time_left_ahead() -> None:
    dct = datetime(1998, 3, 4)
    text = "Congress has until Oct. 1 to pass the spending bills."
    assert one(text, "Oct. 1", dct).value == "1998-10-01"
    text = "Creditors have only until Sept. 30 to file their claims."
    assert one(text, "Sept. 30", dct).value == "1998-09-30"


def test_plural_timetables_of_rules_and_talks_look_ahead() -> None:
    dct = datetime(2026, 1, 15, 12)  # a Thursday
    assert one("The new emission rules apply from October.", "October", dct).value == "2026-10"
    assert one("The peace talks conclude on Friday.", "Friday", dct).value == "2026-01-16"
    assert one("The export licences expire in July.", "July", dct).value == "2026-07"
    assert one("The export licences expired in July.", "July", dct).value == "2025-07"


def test_a_verb_spelt_as_its_past_after_and_shares_the_plan_it_is_joined_to() -> None:
    dct = datetime(2026, 1, 15, 12)
    text = "The mayor plans to unveil the budget in February and put it to a vote in March."
    assert one(text, "March", dct).value == "2026-03"
    text = "The carmaker will open the new plant in February and shut the old one in April."
    assert one(text, "April", dct).value == "2026-04"
    text = "The carmaker opened the new plant in February and shut the old one in April."
    assert one(text, "April", dct).value == "2025-04"


def test_n_units_later_moves_the_story_on() -> None:
    dct = datetime(2024, 6, 7, 9)
    text = (
        "On March 3, the board rejected the bid. Two days later, the bidder raised its "
        "offer. The next day, the board gave in."
    )
    assert one(text, "The next day", dct).value == "2024-03-06"
    text = (
        "The couple met in 1985. They married three years later and settled in Ohio that same year."
    )
    assert one(text, "that same year", dct).value == "1988"


def test_the_past_day_is_a_duration() -> None:
    dct = datetime(2025, 3, 14, 10)
    text = (
        "Over the past day, the army repelled 143 assaults along the front, the General Staff said."
    )
    t = one(text, "the past day", dct)
    assert (t.type, t.value) == ("DURATION", "P1D")


def test_the_last_day_of_a_month_is_that_day() -> None:
    dct = datetime(2025, 3, 14, 10)
    text = "Job openings fell to 7.6 million on the last day of January."
    assert one(text, "the last day of January", dct).value == "2025-01-31"
    text = "The levy must be paid by the last day of February 2024."
    assert one(text, "the last day of February 2024", dct).value == "2024-02-29"
    text = "The new tariff applies from the first day of April."
    assert one(text, "the first day of April", dct).value == "2025-04-01"


def test_a_bare_half_in_a_sentence_about_figures_is_a_half_of_the_year() -> None:
    dct = datetime(2026, 1, 15, 12)
    text = "The central bank is expected to deliver two more rate cuts in the first half."
    assert one(text, "the first half", dct).value == "2026-H1"
    text = "The brewer said pretax profit for the first half rose 38%."
    assert one(text, "the first half", dct).value == "2025-H1"
    text = "The striker scored twice in the first half."
    assert not [t for t in tag_timexes(text, dct) if t.text == "the first half"]
    text = "The index gained 10% in the first half, its best start since 2021."
    assert one(text, "the first half", datetime(2025, 7, 2, 12)).value == "2025-H1"


def test_the_full_year_after_last_years_fourth_quarter_is_that_year() -> None:
    dct = datetime(1991, 2, 22)
    text = "The steelmaker posted a loss for the fourth quarter and the full year."
    assert one(text, "the full year", dct).value == "1990"
    text = "Net income fell in the fourth quarter, and the steelmaker expects a profit for the full year."
    assert one(text, "the full year", dct).value == "1991"


def test_the_spring_before_a_new_clause_is_the_season() -> None:
    dct = datetime(2025, 12, 3, 9)
    text = "The footbridge has been shut since the spring and will reopen in the new year."
    assert one(text, "the spring", dct).value == "2025-SP"
    text = "Shares fell in the fall and recovered in December."
    assert one(text, "the fall", dct).value == "2025-FA"
    assert not tag_timexes("Since the fall of the Wall, Berlin has changed.", dct)


def test_a_weekday_with_a_day_of_the_month_is_the_day_that_falls_on_it() -> None:
    dct = datetime(1989, 10, 26)
    text = "The Dow plunged 190.58 points on Friday the 13th."
    assert one(text, "Friday the 13th", dct).value == "1989-10-13"
    text = "The board will meet on Monday, the 6th, to weigh the bid."
    assert one(text, "Monday, the 6th", dct).value == "1989-11-06"


def test_a_timetable_with_its_place_before_the_day_still_looks_ahead() -> None:
    dct = datetime(2025, 6, 20, 8)  # a Friday
    text = "The alliance's summit opens in The Hague on Tuesday."
    assert one(text, "Tuesday", dct).value == "2025-06-24"
    text = "The murder trial resumes at the Old Bailey on Monday."
    assert one(text, "Monday", dct).value == "2025-06-23"


def test_is_out_on_a_day_is_a_timetable() -> None:
    dct = datetime(2025, 7, 2, 12)  # a Wednesday
    text = "The jobs report for June is out on Thursday, a day early because of the holiday."
    assert one(text, "Thursday", dct).value == "2025-07-03"
    assert one("The jobs report was out on Thursday.", "Thursday", dct).value == "2025-06-26"


def test_a_participle_after_a_noun_in_a_plan_is_no_past() -> None:
    dct = datetime(2026, 1, 15, 12)
    text = "The new allowance will apply to income earned from April 6."
    assert one(text, "April 6", dct).value == "2026-04-06"
    text = "The congestion charge will cover vans registered after March 1."
    assert one(text, "March 1", dct).value == "2026-03-01"


def test_a_weekdays_event_with_a_timetable_verb_is_the_one_ahead() -> None:
    dct = datetime(2025, 3, 14, 10)  # a Friday
    assert one("Sunday's game kicks off at 4.30pm.", "Sunday", dct).value == "2025-03-16"
    assert one("Tuesday's vote was marred by violence.", "Tuesday", dct).value == "2025-03-11"


def test_plural_subjects_that_close_on_a_day_are_a_timetable() -> None:
    dct = datetime(2024, 10, 30, 7)  # a Wednesday
    text = "Polls close at 7pm Eastern time on Tuesday in most states."
    assert one(text, "7pm Eastern time on Tuesday", dct).value == "2024-11-05T19:00"
    assert one("Nominations close on Friday.", "Friday", dct).value == "2024-11-01"
    assert one("The Tories came close in May.", "May", dct).value == "2024-05"


def test_the_back_half_of_the_year_is_its_second_half() -> None:
    dct = datetime(2026, 1, 15, 12)
    text = "Analysts expect orders to rebound in the back half of the year."
    assert one(text, "the back half of the year", dct).value == "2026-H2"
    assert not tag_timexes("He scored twice in the back half of the game.", dct)


def test_full_year_before_a_figure_is_the_year_reported_on() -> None:
    dct = datetime(2026, 1, 15, 12)
    assert one("Full-year revenue reached a record $102 billion.", "Full-year", dct).value == "2025"
    text = "The retailer raised its full-year forecast on Thursday."
    assert one(text, "full-year", dct).value == "2026"
    text = "The lender will publish full-year results on Feb. 20."
    assert one(text, "full-year", dct).value == "2025"
    t = one("She worked a full year without pay.", "a full year", dct)
    assert (t.type, t.value) == ("DURATION", "P1Y")


def test_the_year_through_a_month_is_a_twelve_month_span() -> None:
    dct = datetime(2025, 3, 14, 10)
    for text in (
        "Factory output fell 2% in the year through September.",
        "Factory output fell 2% in the year to 30 September.",
    ):
        t = one(text, "the year", dct)
        assert (t.type, t.value) == ("DURATION", "P1Y")


def test_a_two_digit_year_after_a_preposition() -> None:
    dct = datetime(2025, 3, 14, 10)
    text = "The fund was launched in '98 and wound up in 2009."
    assert one(text, "'98", dct).value == "1998"
    assert one("She graduated with the class of ’04.", "’04", dct).value == "2004"


def test_weeks_or_months_ago_today_is_that_day() -> None:
    dct = datetime(2023, 11, 20, 8)
    text = "The foreign secretary was appointed a week ago today."
    t = one(text, "a week ago today", dct)
    assert (t.type, t.value) == ("DATE", "2023-11-13")
    text = "The ceasefire took hold three months ago today."
    assert one(text, "three months ago today", dct).value == "2023-08-20"


def test_that_autumn_without_a_preposition_is_the_season() -> None:
    dct = datetime(2025, 3, 14, 10)
    text = "The bridge was hit on 17 July 2023. It reopened that autumn."
    assert one(text, "that autumn", dct).value == "2023-FA"
    text = "The bridge was hit in 2023 and reopened that fall."
    assert one(text, "that fall", dct).value == "2023-FA"
    assert not tag_timexes("Firms that fall into trouble get help.", dct)


def test_a_quarter_named_by_its_last_month() -> None:
    dct = datetime(2025, 5, 2, 8)
    text = "The phone maker's revenue in the March quarter rose 5%."
    assert one(text, "the March quarter", dct).value == "2025-Q1"
    text = "Net profit for the December quarter fell 10%."
    assert one(text, "the December quarter", dct).value == "2024-Q4"
    text = "The company expects June-quarter revenue to grow."
    assert one(text, "June-quarter", dct).value == "2025-Q2"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # what a thing is for: the season at hand or about to begin, whatever the tense
        ("The utility stockpiled coal for the winter.", datetime(2025, 11, 17), "2025-WI"),
        ("The ski resort closed for the winter.", datetime(2026, 1, 20), "2025-WI"),
        ("Farmers planted seed for the summer.", datetime(2026, 5, 20), "2026-SU"),
        # no season at hand: the tense decides as before
        ("The ski resort closed for the winter.", datetime(2026, 4, 20), "2025-WI"),
        ("Heating bills soared in the winter.", datetime(2025, 11, 17), "2024-WI"),
    ],
)
def test_a_season_a_thing_is_for_is_the_one_at_hand(text: str, dct: datetime, value: str) -> None:
    timex = one(text, "the " + text.split("the ")[-1].rstrip("."), dct)
    assert timex.value == value


def test_a_clock_time_after_a_look_back_is_on_the_day_of_the_story() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = (
        "A gunman shot two guards at a bank on Wednesday, police said. He had quit his job "
        "at the bank on Monday. Shortly after 2 p.m., he walked in through a side door."
    )
    assert one(text, "2 p.m.", dct).value == "2014-05-07T14:00"
    text = (
        "A ferry sank off the island on Tuesday. A smaller boat had capsized nearby on "
        "Saturday. Around 6 a.m., fishermen spotted the first survivors."
    )
    assert one(text, "Around 6 a.m.", dct).value == "2014-05-06T06:00"
    # no look back: the story moves on to the day named last
    text = "The strike began on Monday. On Tuesday, talks resumed. At 4 p.m., the union walked out."
    assert one(text, "4 p.m.", dct).value == "2014-05-06T16:00"


def test_a_clock_time_in_a_past_narrative_keeps_the_day_told_without_a_publication_time() -> None:
    dct = datetime(2014, 5, 8)
    text = (
        "The freighter ran aground on Tuesday. It had been stuck in port for repairs since "
        "Friday. Just before 5 p.m., it left the harbour."
    )
    assert one(text, "5 p.m.", dct).value == "2014-05-06T17:00"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said a rate rise was most likely in late October.",
        "A verdict was unlikely before late October, lawyers said.",
        "The minister said an early vote was possible in late October.",
        "A deal is likely in late October, diplomats said.",
    ],
)
def test_what_is_called_likely_is_still_to_come(text: str) -> None:
    timex = one(text, "late October", datetime(2014, 7, 15))
    assert timex.value == "2014-10"


def test_a_word_ending_in_a_signal_sets_no_bound() -> None:
    dct = datetime(2014, 5, 8)
    assert one("Orb won the Kentucky Derby on Saturday.", "Saturday", dct).mod is None
    assert one("A barge sank nearby on Saturday.", "Saturday", dct).mod is None
    assert one("Repairs should be done by Saturday.", "Saturday", dct).mod == "ON_OR_BEFORE"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The new prime minister, who took office last week, makes his first trip abroad on Friday.",
            "2014-05-09",
        ),
        ("The treaty turns 50 on Saturday.", "2014-05-10"),
        ("The queen addresses parliament on Tuesday.", "2014-05-13"),
        ("The chief executive steps down on Friday after 12 years.", "2014-05-09"),
        ("The defending champion tees off at 8:40 a.m. on Saturday.", "2014-05-10T08:40"),
        # a noun before the day is no timetable
        ("The U-turns on Friday angered voters.", "2014-05-02"),
    ],
)
def test_an_occasion_in_the_present_is_the_one_ahead(text: str, value: str) -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    day = re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", text)
    assert day is not None
    found = [t for t in tag_timexes(text, dct) if day.group() in t.text]
    assert [t.value for t in found] == [value]


def test_a_date_inside_the_object_of_a_forecast_is_ahead() -> None:
    dct = datetime(2014, 5, 8)
    text = "The retailer expects sales in November, its busiest month, to rise 4 percent."
    assert one(text, "November", dct).value == "2014-11"


def test_a_timetable_verb_after_a_participle_and_a_determiner_is_a_noun() -> None:
    dct = datetime(2014, 5, 8)
    text = "Riot police clashed with students, a week after the disputed vote on April 30."
    assert one(text, "April 30", dct).value == "2014-04-30"
    assert one("The Scots vote on Thursday in a referendum.", "Thursday", dct).value == "2014-05-08"


def test_a_clock_time_is_not_on_the_day_a_report_was_made_or_a_day_recalled() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = (
        "A fire gutted a warehouse on Monday. Officials said Tuesday that the building had "
        "no sprinklers. Shortly after 3 p.m., smoke was seen rising from the roof."
    )
    assert one(text, "3 p.m.", dct).value == "2014-05-05T15:00"
    text = (
        "Two bombs hit the capital on Wednesday, days after a similar attack on Sunday. "
        "Just after 9 a.m., a third device went off near a school."
    )
    assert one(text, "9 a.m.", dct).value == "2014-05-07T09:00"


def test_a_us_zone_by_its_bare_name_joins_the_clock_time_to_its_day() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = "Tickets go on sale at 10 a.m. Eastern on Saturday."
    assert one(text, "10 a.m. Eastern on Saturday", dct).value == "2014-05-10T10:00"
    text = "Polls close at 8 p.m. Pacific Time on Tuesday."
    assert one(text, "8 p.m. Pacific Time on Tuesday", dct).value == "2014-05-13T20:00"
    # a name that goes on is no zone
    assert one("They met at 3 p.m. Central Park was empty.", "3 p.m.", dct)


def test_a_plan_that_had_been_set_for_a_day_is_no_plan_ahead() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = "The hearing, which had been scheduled for Tuesday, was moved to May 20."
    assert one(text, "Tuesday", dct).value == "2014-05-06"
    text = "The launch, which had been set for March, was delayed by a faulty valve."
    assert one(text, "March", dct).value == "2014-03"
    # a plan still standing looks ahead
    assert one("The vote has been set for Tuesday.", "Tuesday", dct).value == "2014-05-13"


def test_a_start_named_for_a_noun_before_a_past_verb_is_ahead() -> None:
    dct = datetime(2014, 12, 19)
    text = "The deadline to enroll for coverage starting Jan. 1 was extended to Tuesday."
    assert one(text, "Jan. 1", dct).value == "2015-01-01"
    assert one(text, "Tuesday", dct).value == "2014-12-23"
    text = "The bus fare rise, starting in March, was approved by the council."
    assert one(text, "March", dct).value == "2015-03"
    # a past verb before it still tells of a start gone by
    assert one("Fares rose 5 percent starting in March.", "March", dct).value == "2014-03"


def test_a_date_or_deadline_set_of_a_day_is_ahead_of_the_setting() -> None:
    dct = datetime(2014, 5, 8)
    text = "A federal judge on Tuesday set a trial date of Feb. 9."
    assert one(text, "Feb. 9", dct).value == "2015-02-09"
    text = "The agency set a deadline of March 31 for comments."
    assert one(text, "March 31", dct).value == "2015-03-31"


def test_on_track_for_is_ahead_and_a_cleft_guess_is_a_past() -> None:
    dct = datetime(2014, 7, 15)
    text = "The builder said the tower was on track for completion in late October."
    assert one(text, "late October", dct).value == "2014-10"
    text = "It was most likely in late October that the thieves got in, police said."
    assert one(text, "late October", dct).value == "2013-10"


def test_a_local_clock_time_crosses_midnight_from_the_day_its_gmt_aside_names() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = "The quake struck at 4 a.m. local time (2200 GMT Wednesday)."
    assert one(text, "4 a.m. local time", dct).value == "2014-05-08T04:00"
    assert one(text, "2200 GMT Wednesday", dct).value == "2014-05-07T22:00"
    text = "The ship sank at 8:30 p.m. local time (0030 GMT Thursday)."
    assert one(text, "8:30 p.m. local time", dct).value == "2014-05-07T20:30"
    text = "The blast came at 9 a.m. (0700 GMT Wednesday)."
    assert one(text, "9 a.m.", dct).value == "2014-05-07T09:00"


def test_a_quarter_of_a_game_is_no_date() -> None:
    dct = datetime(2014, 5, 8)
    text = "Durant scored 14 of his 36 points in the fourth quarter as the Thunder won the game."
    assert not [t for t in tag_timexes(text, dct) if "quarter" in t.text]
    # a quarter of figures keeps its year, game words or not
    text = "The video game maker's sales fell 8 percent in the fourth quarter."
    assert one(text, "the fourth quarter", dct).value == "2013-Q4"


def test_a_purpose_up_to_a_date_lies_ahead_of_the_deed() -> None:
    dct = datetime(2014, 3, 20)
    text = "The House on Tuesday passed a bill to keep federal agencies open through Sept. 30."
    assert one(text, "Sept. 30", dct).value == "2014-09-30"
    text = "The coach agreed last week to stay on until late September."
    assert one(text, "late September", dct).value == "2014-09"


def test_more_us_days_by_name() -> None:
    dct = datetime(2014, 5, 8)
    text = "The race is run every year on Patriots' Day, which fell on April 21."
    assert one(text, "Patriots' Day", dct).value == "2014-04-21"
    assert (
        one("The groundhog saw its shadow on Groundhog Day.", "Groundhog Day", dct).value
        == "2014-02-02"
    )
    assert one("Bars were packed on Cinco de Mayo.", "Cinco de Mayo", dct).value == "2014-05-05"


def test_a_count_of_time_before_a_rate_is_a_measure() -> None:
    dct = datetime(2014, 5, 8)
    assert not tag_timexes("The pharmacy is open 24 hours a day, seven days a week.", dct)
    assert not tag_timexes("The mill runs three shifts a day.", dct)
    text = "Nurses take her pulse three times a day."
    assert one(text, "three times a day", dct).type == "SET"
    # a span before a date counted back is no rate
    text = "The strike lasted two days a week ago."
    assert [t.text for t in tag_timexes(text, dct)] == ["two days", "a week ago"]


def test_a_span_of_weekdays_runs_ahead_from_its_first_day() -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    text = "The book fair runs Monday through Friday at the convention center."
    found = [(t.text, t.value) for t in tag_timexes(text, dct, ranges=False)]
    assert found == [("Monday", "2014-05-12"), ("Friday", "2014-05-16")]
    text = "The talks lasted from Sunday until Tuesday."
    found = [(t.text, t.value) for t in tag_timexes(text, dct, ranges=False)]
    assert found == [("Sunday", "2014-05-04"), ("Tuesday", "2014-05-06")]


def test_a_hyphened_span_takes_the_noun_it_names() -> None:
    dct = datetime(2014, 5, 8)
    text = "The study tracked 5,000 nurses over a 12-year period."
    assert one(text, "a 12-year period", dct).value == "P12Y"
    assert one("Sales fell over a two-week stretch.", "a two-week stretch", dct).value == "P2W"
    # a noun of another kind stays out
    assert one("The 10-year study found no link.", "10-year", dct).value == "P10Y"


def test_degrees_in_a_weather_report_are_no_decade() -> None:
    dct = datetime(2014, 5, 8)
    assert not tag_timexes("Highs will be in the upper 70s, forecasters said.", dct)
    found = tag_timexes("Temperatures dropped into the 30s overnight in Denver.", dct)
    assert [t.text for t in found] == ["overnight"]
    assert one("The band was at its peak in the 70s.", "the 70s", dct).value == "197"


def test_plural_subjects_that_take_effect_on_a_day_look_ahead() -> None:
    dct = datetime(2014, 12, 29)  # a Monday
    text = "The new fees take effect Thursday unless the council acts."
    assert one(text, "Thursday", dct).value == "2015-01-01"
    assert one("Officials did not take action on Friday.", "Friday", dct).value == "2014-12-26"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Budget talks wrap up Friday in Brussels.", "2014-05-09"),
        ("Preseason games kick off Saturday in Arizona.", "2014-05-10"),
        ("The two finalists square off Sunday.", "2014-05-11"),
        ("Bishops gather Tuesday for the synod.", "2014-05-13"),
        ("The election results are due Friday.", "2014-05-09"),
        # a past stays a past
        ("The payment was due Monday.", "2014-05-05"),
    ],
)
def test_phrasal_timetables_look_ahead(text: str, value: str) -> None:
    dct = datetime(2014, 5, 8)  # a Thursday
    day = re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", text)
    assert day is not None
    assert one(text, day.group(), dct).value == value


def test_what_is_expected_without_an_infinitive_is_ahead() -> None:
    dct = datetime(2014, 5, 9)  # a Friday
    text = "Forecasters expect heavy snow this weekend in the Rockies."
    assert one(text, "this weekend", dct).value == "2014-W19-WE"
    text = "Economists predict a rate rise in February."
    assert one(text, "February", dct).value == "2015-02"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The firm warned in December that profits would fall.", "2024-12"),
        ("The minister announced in December that fuel duty would rise.", "2024-12"),
        ("The regulator said in November it would open an inquiry.", "2024-11"),
        # no report yet: ahead
        ("The minister will announce in December whether duty will rise.", "2025-12"),
    ],
)
def test_a_past_report_of_a_month_is_the_month_gone_by(text: str, value: str) -> None:
    # read in October: a report is a past act, however close the next December is
    dct = datetime(2025, 10, 15, 9)
    month = re.search(r"November|December", text)
    assert month is not None
    assert one(text, month.group(), dct).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the weeks before the vote, dozens of candidates were barred.", "weeks", "PXW"),
        ("In the days after the attack, police made dozens of arrests.", "days", "PXD"),
        ("In the months since the election, the party has been in turmoil.", "months", "PXM"),
        ("In the hours following the quake, rescuers dug through the rubble.", "hours", "PTXH"),
    ],
)
def test_units_next_to_an_undated_happening_are_a_vague_duration(
    text: str, phrase: str, value: str
) -> None:
    found = one(text, phrase, datetime(2026, 3, 11))
    assert (found.type, found.value) == ("DURATION", value)


def test_units_next_to_a_dated_happening_are_counted_from_it() -> None:
    dct = datetime(2026, 3, 11)
    text = "Protests broke out on 1 February. In the days after the protests, hundreds were held."
    days = one(text, "days", dct)
    assert (days.type, days.value, days.begin, days.end_date) == (
        "DATE",
        "2026-02",
        "2026-02-02",
        "2026-02-08",
    )
    text = "The vote took place on 3 March. In the weeks before the vote, rivals were barred."
    weeks = one(text, "weeks", dct)
    # the span reaches back into January: only the year holds it all
    assert (weeks.value, weeks.begin, weeks.end_date) == ("2026", "2026-01-20", "2026-03-02")
    assert not [t for t in tag_timexes("The days are getting longer.", dct)]


def test_results_for_a_quarter_opening_a_sentence_are_of_the_quarter_just_ended() -> None:
    dct = datetime(2026, 1, 5, 8)
    text = "Results for the fourth quarter will be published in February."
    assert one(text, "the fourth quarter", dct).value == "2025-Q4"
    assert one(text, "February", dct).value == "2026-02"


def test_weeks_later_after_a_dated_day_is_a_day() -> None:
    dct = datetime(2026, 3, 11)
    text = "The treaty was signed on 2 February. Three weeks later, the first inspectors arrived."
    assert one(text, "Three weeks later", dct).value == "2026-02-23"
    # counted from publication, a week stays a week
    assert one("The plant closed two weeks ago.", "two weeks ago", dct).value == "2026-W09"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank raised rates in December and again in February.", "2025-02"),
        ("The bank will raise rates in December and again in February.", "2026-02"),
    ],
)
def test_a_month_joined_to_an_earlier_one_shares_its_verb(text: str, value: str) -> None:
    assert one(text, "February", datetime(2025, 10, 15, 9)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Oscars air Sunday on ABC.", "2013-03-10"),
        ("Thousands march on Sunday in Dublin's parade.", "2013-03-10"),
        ("Supporters rally Saturday outside parliament.", "2013-03-09"),
        ("The festivities get under way Saturday.", "2013-03-09"),
        # nouns and pasts stay pasts
        ("Jets carried out air strikes on Sunday.", "2013-03-03"),
        ("A march Sunday drew thousands.", "2013-03-03"),
        ("The festivities got under way Saturday.", "2013-03-02"),
    ],
)
def test_broadcasts_and_marches_in_the_present_are_timetables(text: str, value: str) -> None:
    dct = datetime(2013, 3, 6)  # a Wednesday
    day = re.search(r"(?:Satur|Sun)day", text)
    assert day is not None
    assert one(text, day.group(), dct).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Traders priced in a rate cut in September.", "September", "2026-09"),
        ("Markets are pricing in two cuts by December.", "December", "2026-12"),
        (
            "Analysts see the economy contracting in the second quarter.",
            "the second quarter",
            "2026-Q2",
        ),
        # a price set is a past; a seeing is a past
        ("The bonds were priced in euros on Tuesday.", "Tuesday", "2026-03-10"),
        ("Police saw the man running on Tuesday.", "Tuesday", "2026-03-10"),
    ],
)
def test_what_markets_price_in_or_analysts_see_is_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, datetime(2026, 3, 11, 9)).value == value


_MARCH_2026 = datetime(2026, 3, 11, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The minister arrived in Kyiv on 2 March. Earlier in the day, a missile hit the city.",
            "Earlier in the day",
            "2026-03-02",
        ),
        (
            "The ferry sank on 2 February. That Friday, divers recovered the first bodies.",
            "That Friday",
            "2026-02-06",
        ),
        (
            "The crash happened on Friday 6 March. Twenty-four hours later, the line reopened.",
            "Twenty-four hours later",
            "2026-03-07",
        ),
        (
            "The suspect was arrested in June 2024. He was charged in September and convicted "
            "in January.",
            "January",
            "2025-01",
        ),
        ("Inflation peaked in October 2022 and fell back in March.", "March", "2023-03"),
    ],
)
def test_anaphora_after_a_dated_sentence(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, _MARCH_2026).value == value


def test_earlier_in_the_day_without_a_day_told_of_is_the_publication_day() -> None:
    found = one(
        "Earlier in the day, the minister met union leaders.", "Earlier in the day", _MARCH_2026
    )
    assert found.value == "2026-03-11"


def test_a_weekday_first_planned_and_since_moved_is_the_closest() -> None:
    dct = datetime(2012, 12, 14)  # a Friday
    text = "The game, originally scheduled for Sunday, was moved to Monday night."
    assert one(text, "Sunday", dct).value == "2012-12-16"
    assert one(text, "Monday night", dct).value == "2012-12-17TNI"
    # a plain past stays the Sunday gone by
    assert one("The game was played on Sunday.", "Sunday", dct).value == "2012-12-09"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales in H1 rose 4%, the company said.", "2025-H1"),
        ("The company expects to break even in H2.", "2025-H2"),
        ("The group expects to return to profit in H1.", "2026-H1"),
    ],
)
def test_a_bare_half_code_among_figures(text: str, value: str) -> None:
    code = re.search(r"H[12]", text)
    assert code is not None
    assert one(text, code.group(), datetime(2025, 10, 15, 9)).value == value


@pytest.mark.parametrize(
    "text",
    ["Shell is investing in H2 to cut emissions.", "Demand for H2 from steelmakers rose 5%."],
)
def test_hydrogen_is_no_half_year(text: str) -> None:
    assert not [t for t in tag_timexes(text, datetime(2025, 10, 15)) if t.text == "H2"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The vote is likely in late spring or early summer.", "early summer", "2026-SU"),
        ("The plant will open in the spring or summer.", "summer", "2026-SU"),
        ("It will happen in spring or summer.", "spring", "2026-SP"),
    ],
)
def test_the_second_of_two_seasons_is_tagged(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, _MARCH_2026).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        (
            "Growth should pick up towards the back end of the year.",
            "the back end of the year",
            "2026",
            "END",
        ),
        (
            "Demand slumped at the tail end of last year.",
            "the tail end of last year",
            "2025",
            "END",
        ),
        (
            "A deal could be signed in the early part of next year.",
            "the early part of next year",
            "2027",
            "START",
        ),
        ("The war turned in the latter part of 2024.", "the latter part of 2024", "2024", "END"),
    ],
)
def test_parts_of_a_year(text: str, phrase: str, value: str, mod: str) -> None:
    found = one(text, phrase, _MARCH_2026)
    assert (found.value, found.mod) == (value, mod)


def test_this_time_last_or_next_year_is_the_same_day() -> None:
    text = "Sales were flat compared with this time last year."
    assert one(text, "this time last year", _MARCH_2026).value == "2025-03-11"
    text = "This time next year, the bridge will be open."
    assert one(text, "This time next year", _MARCH_2026).value == "2027-03-11"


def test_what_is_seen_happening_is_a_forecast_but_a_witness_saw_a_past() -> None:
    dct = datetime(2013, 6, 18)  # a Tuesday
    assert one("The bank is seen cutting rates in March.", "March", dct).value == "2014-03"
    assert one("He was seen leaving the house on Friday.", "Friday", dct).value == "2013-06-14"


def test_futures_for_a_month_are_the_next_contract() -> None:
    text = "Brent crude futures for May settled at $70.12 a barrel."
    assert one(text, "May", _MARCH_2026).value == "2026-05"


_OCTOBER_2025 = datetime(2025, 10, 15, 9)  # October copy: December is close ahead


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company first cut its forecast in December.", "2024-12"),
        ("A December forecast cut wiped 10% off the shares.", "2024-12"),
        ("The December meeting ended without a deal.", "2024-12"),
        ("The firm said in November it expected to cut its forecast in December.", "2024-12"),
        # still ahead: a noun's rank, a cancelled event, a plan
        ("The bank's first cut, probably in December, is awaited.", "2025-12"),
        ("The December meeting was cancelled.", "2025-12"),
        ("The December summit will be held in Rome.", "2025-12"),
    ],
)
def test_a_past_december_in_october_copy(text: str, value: str) -> None:
    assert one(text, "December", _OCTOBER_2025).value == value


def test_a_plan_reported_in_a_month_gone_by_is_seen_from_it() -> None:
    text = "He said in November 2024 that he planned to retire in March."
    assert one(text, "March", _OCTOBER_2025).value == "2025-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The final is a week tomorrow.", "a week tomorrow", "2026-03-19"),
        ("The budget is a fortnight today.", "a fortnight today", "2026-03-25"),
        ("The crash happened a week yesterday.", "a week yesterday", "2026-03-03"),
        ("It is a week today since the flood struck.", "a week today", "2026-03-04"),
    ],
)
def test_a_week_today_british(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, _MARCH_2026).value == value


def test_overnight_after_an_evening_is_that_evenings_night() -> None:
    text = "The polls closed at 10pm on Thursday and counting began overnight."
    assert one(text, "overnight", _MARCH_2026).value == "2026-03-05TNI"
    text = "On Tuesday, rebels advanced, and overnight they shelled the city."
    assert one(text, "overnight", _MARCH_2026).value == "2026-03-09TNI"


def test_minutes_later_after_a_clock_time_is_a_clock_time() -> None:
    text = "The plane took off at 11:05 a.m. and crashed 20 minutes later."
    found = one(text, "20 minutes later", _MARCH_2026)
    assert (found.type, found.value) == ("TIME", "2026-03-11T11:25")
    text = "The alarm sounded at 11pm on Monday and the roof collapsed two hours later."
    assert one(text, "two hours later", _MARCH_2026).value == "2026-03-10T01:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The museum is open daily from 9 a.m. to 5 p.m.", "5 p.m.", "XXXX-XX-XXT17:00"),
        ("The shop opens at 9am every day.", "9am", "XXXX-XX-XXT09:00"),
        ("Trading usually starts at 8am.", "8am", "XXXX-XX-XXT08:00"),
        # a past or a dated day keeps its day
        ("The shop was open daily until 6 p.m.", "6 p.m.", "2012-12-14T18:00"),
        ("The museum will open on Monday from 9 a.m. to 5 p.m.", "9 a.m.", "2012-12-17T09:00"),
    ],
)
def test_a_clock_time_of_every_day_has_no_date(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, datetime(2012, 12, 14, 10)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "take" of "take-off" is no timetable verb: the ferry sank, in the past
        (
            "The ferry capsized shortly after take-off from the quay on Oct. 2.",
            "Oct. 2",
            "2024-10-02",
        ),
        ("The crowd gathered before the kick-off on Oct. 12.", "Oct. 12", "2024-10-12"),
        # (a plan stays one)
        ("The probe will take off on Nov. 12.", "Nov. 12", "2024-11-12"),
    ],
)
def test_a_hyphenated_compound_is_read_by_its_last_word(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value
