"""Lines of an outbreak story: a figure's yardstick day ("down from more than 400 a
week in mid-February") and the stretch a reported count covers ("reporting 64 new cases
in the past week") make no line of their own, and a since-clause whose "it" is the main
clause's subject is that subject's line; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_figures_yardstick_and_its_counted_stretch_make_no_lines(tmp_path) -> None:
    text = (
        "Haiti's measles outbreak is easing, the health ministry said on Tuesday, "
        "reporting 38 new cases in the past week, down from more than 250 a week in "
        "early April."
    )
    items = lines_of(tmp_path, text, "2026-05-12T09:00")  # a Tuesday
    assert [i.begin for i in items] == ["2026-05-12"]


def test_a_since_clause_of_it_is_the_main_subjects_line(tmp_path) -> None:
    text = (
        "A dengue outbreak in Peru's Piura region has infected 4,100 people and killed 31 "
        "since it was first detected on March 2, the regional health office said on Monday."
    )
    items = lines_of(tmp_path, text, "2026-04-14T09:00")  # a Tuesday
    (line,) = on(items, "2026-03-02")
    assert line.startswith(
        "On 2 March, a dengue outbreak in Peru's Piura region was first detected"
    )
    assert "4,100" not in line


def test_a_state_kept_until_a_day_ahead_is_a_line_to_that_day_naming_he(tmp_path) -> None:
    text = (
        "Most of the new cases are in Jacmel, Health Minister Paul Etienne told a news "
        "conference in Port-au-Prince. Markets in the town will stay closed until May 20, "
        "he said."
    )
    items = lines_of(tmp_path, text, "2026-05-12T09:00")
    (line,) = [i.summary for i in items if "Markets" in i.summary or "markets" in i.summary]
    assert line == "Until 20 May, markets in the town will stay closed, Paul Etienne said."


def test_a_weekend_gone_by_dates_its_line(tmp_path) -> None:
    text = "Nurses vaccinated about 31,000 children in Jacmel over the weekend."
    items = lines_of(tmp_path, text, "2026-05-12T09:00")  # a Tuesday
    assert [(i.begin, i.end) for i in items] == [("2026-05-09", "2026-05-10")]


def test_a_tally_in_the_perfect_since_a_date_is_the_days_total(tmp_path) -> None:
    text = "The outbreak has killed 19 people and infected 870 since April 2, officials said."
    items = lines_of(tmp_path, text, "2026-05-12T09:00")
    (line,) = on(items, "2026-05-12")
    assert line.startswith("By 12 May, the outbreak had killed 19 people and infected 870")
    assert not on(items, "2026-04-02")
