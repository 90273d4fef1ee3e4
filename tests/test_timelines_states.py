"""Lines of what happened, not of what holds: a state told in the present ("is survived
by", "employs") is no line of the publication day; through the real extraction and the
archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_present_state_is_no_line_of_the_publication_day(tmp_path) -> None:
    text = (
        "Retired judge Irena Kowal died on Sunday at her home in Gdansk, her family said "
        "on Monday. She was 88.\n\n"
        "Kowal is survived by her two sons and a granddaughter."
    )
    items = lines_of(tmp_path, text, "2025-02-17T10:00")
    assert not [i for i in items if "survived" in i.summary]
    assert len(on(items, "2025-02-16")) == 1  # the death


def test_a_firms_size_in_the_present_is_no_line(tmp_path) -> None:
    text = (
        "Dutch packaging maker Verpak said on Tuesday it would close two plants in "
        "Belgium.\n\n"
        "The group employs about 6,300 people in 11 countries."
    )
    items = lines_of(tmp_path, text, "2025-02-18T10:00")
    assert not [i for i in items if "employs" in i.summary]
    assert len(on(items, "2025-02-18")) == 1


def test_an_undated_past_told_after_a_day_long_gone_is_no_line_of_today(tmp_path) -> None:
    text = (
        "LISBON, Aug 7 - Hundreds of residents gathered in Pedrogao on Thursday to mark a "
        "year since wildfires destroyed 300 homes in the district.\n\n"
        "Strong winds on Aug. 6, 2024 pushed the flames into the valley within minutes. "
        "Firefighters reached the first villages only after midnight.\n\n"
        "The civil protection agency drew sharp criticism over its response. The mayor "
        "said on Thursday that rebuilding would take years."
    )
    items = lines_of(tmp_path, text, "2025-08-07T12:00")
    assert not [i for i in items if "criticism" in i.summary]
    assert any("rebuilding" in line for line in on(items, "2025-08-07"))


def test_a_finding_told_after_a_day_long_gone_is_still_the_days_news(tmp_path) -> None:
    text = (
        "The freighter ran aground off Gotland on Sept. 2, spilling fuel oil along the "
        "coast.\n\n"
        "The maritime authority recommended that all ships in the strait carry a second "
        "pilot."
    )
    items = lines_of(tmp_path, text, "2025-10-14T09:00")
    assert any("recommended" in line for line in on(items, "2025-10-14"))


def test_a_year_after_after_is_no_clause_of_time(tmp_path) -> None:
    text = (
        "Floods damaged more than 40,000 homes across the country this year, the highest "
        "number on record after 2021, the national weather service said on Thursday."
    )
    items = lines_of(tmp_path, text, "2025-10-30T14:00")
    (line,) = on(items, "2025-10-30")
    assert line.startswith("On 30 October, floods damaged more than 40,000 homes")


def test_an_owner_opening_a_line_keeps_the_capital_of_its_name(tmp_path) -> None:
    text = (
        "Seoul's finance ministry said on Monday it would cut the fuel tax by 10%.\n\n"
        "Cloud firm Stratus Labs said on Monday its systems had been restored. Its shares "
        "fell 4% on Monday."
    )
    items = lines_of(tmp_path, text, "2025-10-27T14:00")  # a Monday
    lines = on(items, "2025-10-27")
    assert any(line.startswith("On 27 October, Seoul's finance ministry") for line in lines)
    assert not [line for line in lines if "seoul's" in line or "stratus" in line]
