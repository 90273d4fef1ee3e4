"""Lines from relative clauses dated by a year gone by ("X, who won the prize in 2008,
died on Monday"), told of the name an apposition stands for, one predicate a line; a
wire dateline is no part of a sentence's grammar; a count opening a line is lower
case; a goal's deadline ("a pledge to provide $100 billion a year by 2020") is no
"By" line; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_relative_clause_of_a_past_year_is_that_years_line(tmp_path) -> None:
    text = (
        "Vera Lindqvist, the Swedish diplomat who brokered the Baltic fisheries accord in "
        "1996, has died at the age of 91, her family said on Tuesday."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "1996-01-01") == [
        "In 1996, Vera Lindqvist brokered the Baltic fisheries accord."
    ]
    assert len(on(items, "2025-03-11")) == 1  # the death, on the day the family spoke


def test_a_relative_clause_of_two_years_gives_a_line_a_year(tmp_path) -> None:
    text = (
        "Among the prisoners released was Tomas Kerr, a journalist who was detained in "
        "2019 and sentenced to eight years in prison in 2021."
    )
    items = lines_of(tmp_path, text, "2024-06-03T12:00")
    assert on(items, "2019-01-01") == ["In 2019, Tomas Kerr was detained."]
    (sentenced,) = on(items, "2021-01-01")
    assert sentenced.startswith("In 2021, Tomas Kerr was sentenced to eight years in prison")
    assert "2019" not in sentenced


def test_a_relative_word_after_a_preposition_makes_no_year_line(tmp_path) -> None:
    text = (
        "She was elected mayor in 2010 and served two terms, during which the city "
        "opened its first metro line in 2014."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert not any(" was served" in i.summary or "she served" in i.summary for i in items)


def test_a_dateline_does_not_become_the_subject_of_a_relative_clause(tmp_path) -> None:
    text = (
        "ANKARA, March 4 - Three Dutch engineers who had been held in Syria landed in "
        "Turkey on Tuesday after being freed in a deal brokered by Qatar, officials said."
    )
    items = lines_of(tmp_path, text, "2025-03-04T15:00")
    (line,) = on(items, "2025-03-04")
    assert line.startswith("On 4 March, three Dutch engineers who had been held in Syria landed")
    assert "ANKARA" not in line


def test_a_goals_deadline_is_no_by_line(tmp_path) -> None:
    text = (
        "The new target replaces a pledge made in 2015 by donor states to provide "
        "$20 billion in aid a year by 2022, a goal that was met in 2024."
    )
    items = lines_of(tmp_path, text, "2025-05-20T10:00")
    assert not [i for i in items if i.summary.startswith("By ")]


def test_an_opening_participle_with_a_year_is_that_years_line(tmp_path) -> None:
    text = "Born in 1948 in the university town of Tartu, Kask trained as a lawyer in Leningrad."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    (line,) = on(items, "1948-01-01")
    assert line == "In 1948, Kask was born in the university town of Tartu."


def test_two_years_of_a_sentence_with_no_event_give_a_line_each(tmp_path) -> None:
    text = (
        "Rask studied law in Uppsala. He entered parliament in 1979 and chaired its "
        "finance committee in 1991."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert [len(on(items, f"{y}-01-01")) for y in (1979, 1991)] == [1, 1]
    assert "1991" not in on(items, "1979-01-01")[0]


def test_a_summit_is_not_named_by_a_meeting_held_during_it(tmp_path) -> None:
    text = (
        "Ministers at the ocean summit in Lisbon reached a deal early on Sunday.\n\n"
        "Fishing nations had left a meeting on Saturday in protest.\n\n"
        "The host said the summit would be remembered for the deal."
    )
    items = lines_of(tmp_path, text, "2025-06-22T05:00")
    assert not [line for line in on(items, "2025-06-21") if "remembered" in line]


def test_a_phrase_set_off_in_quotes_is_no_speech(tmp_path) -> None:
    text = (
        "The talks were clouded by remarks from Prime Minister Ivo Sander, who called "
        'the levy a "necessary evil" in a speech on March 3.'
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "2025-03-03") == [
        'On 3 March, Prime Minister Ivo Sander called the levy a "necessary evil" in a speech.'
    ]


def test_an_undated_past_perfect_is_no_line_of_the_publication_day(tmp_path) -> None:
    text = (
        "A judge sentenced the former banker to nine years in prison on Tuesday.\n\n"
        "Prosecutors had asked for 15 years, while his lawyers had sought probation.\n\n"
        "His lawyers said he would appeal."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert not [i for i in items if "Prosecutors" in i.summary or "prosecutors" in i.summary]
    assert len(on(items, "2025-03-11")) == 1
    assert len(on(items, "2025-03-12")) == 1  # the lawyers' saying


def test_two_dated_objects_of_one_verb_give_a_line_each(tmp_path) -> None:
    text = (
        "Norway beat hosts Sweden in the group stage on June 30 and Denmark 3-1 in the "
        "semi-finals in Malmo last Wednesday."
    )
    items = lines_of(tmp_path, text, "2025-07-13T21:00")  # a Sunday
    assert on(items, "2025-06-30") == ["On 30 June, Norway beat hosts Sweden in the group stage."]
    assert on(items, "2025-07-09") == [
        "On 9 July, Norway beat Denmark 3-1 in the semi-finals in Malmo."
    ]


def test_a_second_dated_part_opening_with_a_preposition_keeps_the_object(tmp_path) -> None:
    text = "The regulator raised its fee to 2% in March and to 2.5% in June."
    items = lines_of(tmp_path, text, "2025-07-13T21:00")
    assert on(items, "2025-06-01") == ["In June, the regulator raised its fee to 2.5%."]
    assert on(items, "2025-03-01") == ["In March, the regulator raised its fee to 2%."]


def test_a_closing_relative_clause_of_another_year_leaves_the_line(tmp_path) -> None:
    text = (
        "She was elected mayor in 2010 and served two terms, during which the city "
        "opened its first metro line in 2014."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    (line,) = on(items, "2010-01-01")
    assert line == "In 2010, she was elected mayor and served two terms."


def test_a_relative_clause_of_a_day_gone_by_is_that_days_line(tmp_path) -> None:
    text = (
        "Ferrari's rookie driver Ola Berg, who turned 19 on Saturday, was named driver "
        "of the day after the race."
    )
    items = lines_of(tmp_path, text, "2025-07-13T20:00")  # a Sunday
    assert on(items, "2025-07-12") == ["On 12 July, Ferrari's rookie driver Ola Berg turned 19."]


def test_he_reaches_back_over_a_chain_of_his_own_sentences_to_his_name(tmp_path) -> None:
    text = (
        "Born in 1941 in Turku, Lauri Salo trained as an engineer. He joined the state "
        "railway in 1966. As its chief, he oversaw the electrification of the main line. "
        "The network carried 40 million passengers in 1980. He was appointed transport "
        "minister in 1983."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "1983-01-01") == ["In 1983, Lauri Salo was appointed transport minister."]


def test_he_is_left_when_the_chain_meets_another_person(tmp_path) -> None:
    text = (
        "Lauri Salo trained as an engineer. His deputy, Mikko Rinne, ran the depot. He "
        "joined the state railway in 1966. The network carried 40 million passengers in "
        "1980. He was appointed transport minister in 1983."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "1983-01-01") == ["In 1983, he was appointed transport minister."]


def test_a_dated_clause_after_but_is_the_line_alone(tmp_path) -> None:
    text = "The carmaker challenged the penalty, but the appeals court upheld it in March 2023."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "2023-03-01") == ["In March, the appeals court upheld the penalty."]


def test_an_owner_named_before_a_name_keeps_its_capital(tmp_path) -> None:
    text = "THE HAGUE, March 12 - Alphabet's Google won a reprieve from the Dutch regulator on Tuesday."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "2025-03-11") == [
        "On 11 March, Alphabet's Google won a reprieve from the Dutch regulator."
    ]


def test_a_year_before_a_dated_predicate_after_and_has_its_own_line(tmp_path) -> None:
    text = (
        "Prime Minister Ana Varga said on Thursday she would step down next month. Varga, "
        "51, told her party that she was exhausted. She became prime minister in 2018 at the "
        "age of 44, leading a minority government, and won a second term in May 2022."
    )
    items = lines_of(tmp_path, text, "2025-01-16T09:00")
    (year,) = on(items, "2018-01-01")
    assert year.startswith("In 2018, Ana Varga became prime minister at the age of 44")
    assert "2022" not in year and "second term" not in year
    assert on(items, "2022-05-01") == ["In May 2022, Ana Varga won a second term."]


def test_a_possessive_after_a_named_subject_is_left_as_its_own(tmp_path) -> None:
    text = (
        "Prime Minister Ana Varga said on Thursday she would step down next month. Varga, "
        "51, told her party that she was exhausted."
    )
    items = lines_of(tmp_path, text, "2025-01-16T09:00")
    assert any("Varga, 51, told her party" in line for line in on(items, "2025-01-16"))


def test_an_after_clause_whose_subject_owns_its_its_is_the_days_line(tmp_path) -> None:
    text = (
        "The rate rise came after the country's largest employers' federation said on "
        "Friday that its members had agreed pay rises averaging 4.1%."
    )
    items = lines_of(tmp_path, text, "2025-03-19T06:40")  # a Wednesday
    (line,) = on(items, "2025-03-14")
    assert line.startswith("On 14 March, the country's largest employers' federation said")
    assert "rate rise" not in line


def test_a_closing_participle_with_a_date_long_gone_is_that_dates_line(tmp_path) -> None:
    text = "The governor steered the state through the drought, rationing its water in August 2022."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "2022-08-01") == ["In August, the governor rationed the state's water."]


def test_a_closing_participle_of_the_days_news_stays_whole(tmp_path) -> None:
    text = "The storm swept across the island, killing 12 people on Tuesday."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert on(items, "2025-03-11") == [
        "On 11 March, the storm swept across the island, killing 12 people."
    ]


def test_a_focus_word_goes_with_the_date_it_stands_before(tmp_path) -> None:
    text = "Residents of the valley received a text warning only after 9 p.m. on Tuesday."
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    (line,) = on(items, "2025-03-11")
    assert " only" not in line and "received a text warning" in line


def test_a_relative_clauses_target_date_or_stretch_makes_no_line(tmp_path) -> None:
    text = (
        "It is the second delay for the probe, which was moved to May this year after a "
        "valve failed. Okafor, who had survived two votes since taking office in June "
        "last year, told lawmakers on Tuesday that she would not resign."
    )
    items = lines_of(tmp_path, text, "2025-03-12T09:00")
    assert not on(items, "2025-05-01")
    assert not on(items, "2024-06-01")


def test_a_participle_after_an_object_with_a_year_gone_by_is_that_years_line(tmp_path) -> None:
    text = (
        "The accord replaces a commitment made in 2015 by Nordic states to cut fishing "
        "quotas by a third by 2025, a goal that was reached early, in 2021."
    )
    items = lines_of(tmp_path, text, "2025-05-20T10:00")
    assert on(items, "2015-01-01") == [
        "In 2015, a commitment was made by Nordic states to cut fishing quotas by a third by 2025."
    ]
    (reached,) = on(items, "2021-01-01")
    assert reached.startswith("In 2021, a goal was reached early")


def test_a_that_clause_of_a_time_or_a_report_of_a_day_makes_no_line(tmp_path) -> None:
    text = (
        "Exports grew 4% in the year that ended in June, the statistics office said in a "
        "report published on Tuesday."
    )
    items = lines_of(tmp_path, text, "2025-09-12T10:00")  # a Friday
    assert not on(items, "2025-06-01")
    assert not [i for i in items if "was published" in i.summary]


def test_a_relative_clause_with_a_list_of_years_names_every_year(tmp_path) -> None:
    text = (
        "Kenya, who won the regional cup in 1998, 2004 and 2011, beat Ghana 2-0 in the "
        "final on Sunday."
    )
    items = lines_of(tmp_path, text, "2025-03-10T09:00")
    assert on(items, "1998-01-01") == ["In 1998, 2004 and 2011, Kenya won the regional cup."]
    assert not [i for i in items if "2004" in i.summary and i.begin != "1998-01-01"]


def test_last_year_places_a_past_sentence_in_that_year(tmp_path) -> None:
    text = (
        "The regulator opened an inquiry into Danish pork imports on Tuesday.\n\n"
        "Imports from Denmark rose to 340,000 tonnes last year."
    )
    items = lines_of(tmp_path, text, "2025-05-21T10:00")
    assert on(items, "2024-01-01") == ["In 2024, imports from Denmark rose to 340,000 tonnes."]
