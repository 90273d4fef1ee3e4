"""Lines of a relative clause told of the right noun (the verb's number picks it out of
"NOUN of NOUN", a place inside a phrase set off by a comma is not the antecedent), a
state that holds "until at least" a day ahead, and present states that are no
publication-day lines; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_the_verbs_number_picks_the_noun_before_of(tmp_path) -> None:
    text = (
        "UNICEF said it had shipped 80,000 litres of drinking water, which are due to "
        "arrive at the camps on Thursday."
    )
    items = lines_of(tmp_path, text, "2025-02-03T09:00")  # a Monday
    (line,) = on(items, "2025-02-06")
    assert "80,000 litres of drinking water are due to arrive at the camps" in line
    assert "drinking water are" not in line.replace("litres of drinking water are", "")


def test_a_singular_verb_climbs_to_the_singular_noun_before_of(tmp_path) -> None:
    text = "The hospital ordered a shipment of generators, which was delivered on Tuesday."
    items = lines_of(tmp_path, text, "2025-02-07T09:00")  # a Friday
    (line,) = on(items, "2025-02-04")
    assert line == "On 4 February, a shipment of generators was delivered."


def test_a_place_in_a_phrase_set_off_by_a_comma_is_not_the_antecedent(tmp_path) -> None:
    text = (
        "Landslides blocked the highway between Manali and Keylong, the only road link to "
        "Ladakh, which stayed closed on Sunday."
    )
    items = lines_of(tmp_path, text, "2025-07-14T09:00")  # a Monday
    (line,) = on(items, "2025-07-13")
    assert "the only road link to Ladakh stayed closed" in line
    assert not line.startswith("On 13 July, Ladakh")


def test_a_state_until_at_least_a_weekday_lies_ahead(tmp_path) -> None:
    text = "The border crossing will remain shut until at least Friday, the customs agency said."
    items = lines_of(tmp_path, text, "2025-03-11T09:00")  # a Tuesday
    assert [i.begin for i in items if "shut" in i.summary] == ["2025-03-14"]


def test_how_many_people_live_somewhere_is_no_line_of_the_day(tmp_path) -> None:
    text = (
        "Authorities ordered the evacuation of three coastal towns on Monday. About "
        "45,000 people live in the towns, most of them fishermen."
    )
    items = lines_of(tmp_path, text, "2025-03-11T09:00")
    assert [i.begin for i in items] == ["2025-03-10"]
    assert all("live" not in i.summary for i in items)


def test_a_bound_with_at_least_takes_no_second_preposition() -> None:
    from backstory.timelines.summaries import absolute_days

    s = "The port closed on Monday and will stay shut until at least Friday, officials said."
    start = s.index("on Monday")
    sentence, _ = absolute_days(s, "2025-03-11T09:00:00", (start, start + 9))
    assert "until at least 14 March" in sentence
    assert "at least on" not in sentence


def test_last_and_a_month_name_is_written_with_its_year() -> None:
    from backstory.timelines.summaries import absolute_days

    s = (
        "The envoy will visit Seoul on Sept. 3, her first trip since the new government "
        "took office last November, the ministry said."
    )
    start = s.index("Sept. 3")
    sentence, _ = absolute_days(s, "2025-08-21T09:00:00", (start, start + 7))
    assert "took office in November 2024" in sentence
