"""Lines of follow-up stories: a possessive day names its noun ("the toll from Friday's
storm rose ... on Sunday" is Sunday's line), a "since" clause after a perfect main clause
is its own day's line, a relative clause on the object is told of that object, a
participle opening a date goes with it, and a framing "It came a day after ..." is no
speaker's; through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from extraction_probes import events_with, extracted
from timeline_lines import lines_of, on


def test_a_possessive_day_dates_its_noun_not_the_sentence(tmp_path) -> None:
    text = (
        "The number of people killed by Friday's landslide in the Lamjung district rose "
        "to 64 on Sunday, police said."
    )
    items = lines_of(tmp_path, text, "2025-08-11T08:00")
    (line,) = on(items, "2025-08-10")  # Sunday
    assert "the 8 August landslide" in line  # (not "8 August's landslide")
    assert "rose to 64" in line
    assert on(items, "2025-08-08") == []  # no line of the whole sentence on Friday


def test_a_since_clause_after_a_perfect_state_is_its_days_line(tmp_path) -> None:
    text = (
        "The port has been closed to cargo ships since protesters blockaded its main "
        "gate in March 2024, the harbour authority said on Thursday."
    )
    items = lines_of(tmp_path, text, "2025-05-16T10:00")
    (line,) = on(items, "2024-03-01")
    assert line.startswith("In March 2024, protesters blockaded its main gate")
    assert "has been closed" not in line and "was closed" not in line


def test_a_relative_clause_on_the_object_is_told_of_that_object(tmp_path) -> None:
    text = (
        "Japan sent a medical team of 40 doctors, which reached the port city on "
        "Tuesday, and South Korea pledged $5 million in emergency aid."
    )
    items = lines_of(tmp_path, text, "2025-02-13T09:00")
    (line,) = on(items, "2025-02-11")
    assert line == "On 11 February, a medical team of 40 doctors reached the port city."


def test_a_participle_opening_a_dropped_date_goes_with_it(tmp_path) -> None:
    text = (
        "The two rival factions agreed a three-day truce in the northern province starting "
        "on Saturday, mediators said on Thursday."
    )
    items = lines_of(tmp_path, text, "2025-06-12T15:00")
    lines = [i.summary for i in items]
    assert lines, "the truce makes a line"
    assert not any("starting" in line for line in lines), lines  # (was "... starting,")


def test_a_thing_announced_is_no_claim(tmp_path) -> None:
    text = (
        "The rebel council announced a two-week ceasefire in the flooded districts "
        "starting on Sunday."
    )
    items = lines_of(tmp_path, text, "2025-06-12T15:00")
    (line,) = on(items, "2025-06-15")
    assert "announced a two-week ceasefire" in line  # (was "a two-week ceasefire ...,
    # according to the rebel council", no verb)


def test_a_framing_came_after_is_not_the_speakers() -> None:
    text = (
        "The curfew will be lifted on Monday, the interior ministry said on Friday. "
        "It came a day after opposition leaders called off their street protests."
    )
    extraction = extracted(text, datetime.fromisoformat("2025-09-05T18:00"))
    (called,) = [e for e in extraction.events if e.start > text.index("It came")]
    assert called.attribution is None or called.attribution.speaker != "interior ministry"
    said = [e for e in extraction.events if e.attribution and e.attribution.speaker]
    assert any("ministry" in (e.attribution.speaker or "") for e in said)  # the curfew's


def test_a_count_of_more_than_is_no_yardstick(tmp_path) -> None:
    text = (
        "The railway cancelled more than 600 trains on Tuesday as it tried to repair its "
        "signalling network, after scrapping 1,400 on Monday."
    )
    items = lines_of(tmp_path, text, "2025-01-15T09:00")
    (tuesday,) = on(items, "2025-01-14")
    assert "cancelled more than 600 trains" in tuesday
    (monday,) = on(items, "2025-01-13")
    assert "scrapped 1,400 trains" in monday and "600" not in monday  # (the noun left out)


def test_a_claim_opened_by_where_it_was_said_is_the_claims_line(tmp_path) -> None:
    text = (
        "In a statement, the airline said the engine fitted at 0315 GMT on March 3 had a "
        "cracked fan blade that inspectors had missed."
    )
    items = lines_of(tmp_path, text, "2025-03-10T12:00")
    (line,) = on(items, "2025-03-03")
    assert "according to the airline" in line
    assert "said" not in line.split(", according to")[0]


def test_a_clock_time_inside_a_claim_of_the_same_day_is_the_claims(tmp_path) -> None:
    text = (
        "A power cut left most of the city without electricity on Thursday. The grid "
        "operator said it had restored supply to the hospitals at 0640 GMT."
    )
    items = lines_of(tmp_path, text, "2025-11-20T15:00")
    (line,) = [i.summary for i in items if "restored" in i.summary]
    assert line.startswith("At 0640 GMT on 20 November")
    assert "said" not in line  # (the operator did not say it at 0640)


def test_it_saying_after_a_saying_is_the_same_speaker(tmp_path) -> None:
    text = (
        "In an internal review, the utility said a worn insulator on one of its "
        "transmission lines had caused the blackout on Monday. It said it would inspect "
        "every line in the region by March."
    )
    items = lines_of(tmp_path, text, "2025-11-19T12:00")
    lines = [i.summary for i in items if "inspect" in i.summary]
    assert lines and all("the utility said" in line.lower() for line in lines), lines


def test_a_year_named_from_publication_keeps_its_own_preposition(tmp_path) -> None:
    text = (
        "The senate passed a stopgap law on Tuesday that lets ministries keep spending "
        "into next year."
    )
    items = lines_of(tmp_path, text, "2025-12-18T10:00")
    (line,) = on(items, "2025-12-16")
    assert "into 2026" in line and "into in" not in line


def test_a_closing_clause_of_time_with_its_own_date_leaves_the_line(tmp_path) -> None:
    text = (
        "Okafor, a veteran trade negotiator, was appointed finance minister only in "
        "October, after a court ruling in August forced his predecessor out."
    )
    items = lines_of(tmp_path, text, "2025-12-01T09:00")
    (october,) = on(items, "2025-10-01")
    assert "appointed finance minister" in october
    assert "August" not in october and "court ruling" not in october


def test_he_after_a_name_set_beside_a_person_noun_is_that_name(tmp_path) -> None:
    text = (
        "Lindqvist, a former Eurozone negotiator, was appointed governor only in "
        "September. He had cut the central bank's main rate on Monday, prompting a sell-off."
    )
    items = lines_of(tmp_path, text, "2025-11-26T18:00")
    (monday,) = on(items, "2025-11-24")
    assert monday.startswith("On 24 November, Lindqvist")


def test_a_clause_set_days_apart_takes_no_date_of_its_main_clause() -> None:
    text = (
        "Divers recovered the second flight recorder on Thursday, six days after the "
        "helicopter crashed into the sea."
    )
    extraction = extracted(text, datetime.fromisoformat("2025-09-12T10:00"))
    (crash,) = events_with(extraction, "crashed")
    assert crash.begin is None  # (not Thursday, the recovery's day)


def test_a_closing_when_clause_and_a_bound_clock_keep_the_line_whole(tmp_path) -> None:
    text = (
        "Talks between the port operator and the dockers' union collapsed on Monday, when "
        "the union rejected a pay offer for 2026. The operator confirmed that it would "
        "close the container terminal from 06:00 local time."
    )
    items = lines_of(tmp_path, text, "2025-10-14T11:00")
    (monday,) = on(items, "2025-10-13")
    assert "rejected a pay offer" in monday
    (closing,) = [i.summary for i in items if "container terminal" in i.summary]
    assert "confirmed" in closing


def test_what_is_told_hours_after_another_happening_is_not_on_the_publication_day(
    tmp_path,
) -> None:
    text = (
        "A magnitude 6.9 earthquake struck the island on Friday. Rebels shelled two "
        "villages in the north hours after the quake, a monitoring group said."
    )
    items = lines_of(tmp_path, text, "2025-04-07T10:00")  # a Monday
    assert on(items, "2025-04-04")  # the quake's own line
    assert not [i.summary for i in items if "shelled" in i.summary and i.begin == "2025-04-07"]


def test_a_list_of_years_in_a_main_clause_is_one_line_of_them_all(tmp_path) -> None:
    text = "Moreau ran for the party leadership three times, in 1998, 2004 and 2011."
    items = lines_of(tmp_path, text, "2024-12-13T13:30")
    lines = [i.summary for i in items]
    assert lines == ["In 1998, 2004 and 2011, Moreau ran for the party leadership three times."]


def test_a_participle_set_off_after_the_subject_gives_a_line_a_year(tmp_path) -> None:
    text = (
        "The quotas, first imposed in 2018 and tightened in 2023, cover cold-rolled "
        "steel from 14 countries."
    )
    items = lines_of(tmp_path, text, "2025-11-20T10:00")
    assert on(items, "2018-01-01") == ["In 2018, the quotas were first imposed."]
    assert on(items, "2023-01-01") == ["In 2023, the quotas were tightened."]
