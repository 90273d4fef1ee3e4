"""Lines of a food-recall story and an election count: a toll told in the perfect is
the total by the day it was told, a "whose" clause's day is that clause's line, a
document that shows something is its own source, and a possessive week names its noun
(no line of the sentence on it); through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_toll_told_in_the_perfect_is_the_total_by_the_day_told(tmp_path) -> None:
    text = (
        "Four people have died and 23 have been taken to hospital in a salmonella outbreak "
        "linked to frozen chicken, the health ministry said on Wednesday."
    )
    items = lines_of(tmp_path, text, "2026-10-15T12:00")  # a Thursday
    (line,) = [i.summary for i in items if "salmonella" in i.summary]
    assert line.startswith("By 14 October, four people had died and 23 had been taken")
    news = "Rescuers have pulled two survivors from the rubble, the fire service said on Wednesday."
    items = lines_of(tmp_path, news, "2026-10-15T12:00")
    assert any(
        line.startswith("On 14 October, rescuers pulled") for line in on(items, "2026-10-14")
    )


def test_a_whose_clauses_day_is_that_clauses_line(tmp_path) -> None:
    text = (
        "A lawsuit was filed in the High Court on Friday on behalf of a Leeds woman whose "
        "father died in September."
    )
    items = lines_of(tmp_path, text, "2026-10-12T09:00")  # a Monday
    (september,) = [i for i in items if i.begin == "2026-09-01"]
    assert september.summary == "In September, a Leeds woman's father died."
    assert any(
        line.startswith("On 9 October, a lawsuit was filed") for line in on(items, "2026-10-09")
    )


def test_a_document_that_shows_is_its_own_source(tmp_path) -> None:
    text = (
        "Health Minister Anna Berg said on Monday that the government would review the rules. "
        "An audit report published by the food agency showed the plant had been inspected in "
        "March, when no problems were found."
    )
    items = lines_of(tmp_path, text, "2026-10-13T09:00")  # a Tuesday
    (march,) = [i.summary for i in items if i.begin == "2026-03-01"]
    assert march.startswith("In March, the plant was inspected")
    assert march.endswith("according to an audit report published by the food agency.")
    assert "Anna Berg" not in march


def test_a_possessive_week_names_its_noun_and_dates_no_line(tmp_path) -> None:
    text = (
        "The electoral commission declared Maria Duarte the winner of last week's election "
        "on Thursday with 52.1% of the vote."
    )
    items = lines_of(tmp_path, text, "2026-10-16T18:00")  # a Friday
    assert [i.begin for i in items if "winner" in i.summary] == ["2026-10-15"]


def test_a_pronoun_speaker_is_named_past_a_yardstick_and_an_owner(tmp_path) -> None:
    text = (
        "Commission chair Ruth Banda said the count was transparent. Turnout was 71%, she "
        "said, down from 77% in 2021.\n\n"
        '"We will not accept these results," said Tomas Halik\'s spokesman, Ivo '
        "Petrov, at a news conference. He said the party would file a complaint on Monday."
    )
    items = lines_of(tmp_path, text, "2026-10-16T18:00")  # a Friday
    (turnout,) = [i.summary for i in items if "Turnout" in i.summary or "turnout" in i.summary]
    assert "Ruth Banda said" in turnout and "she said" not in turnout
    (complaint,) = [i.summary for i in items if "complaint" in i.summary]
    assert "Ivo Petrov" in complaint and not complaint.split(", ", 1)[1].startswith("he ")


def test_a_participle_after_an_object_dates_that_object(tmp_path) -> None:
    text = (
        "The commission said it had examined the party's complaint, filed on Monday, and "
        "found that errors in four districts had been corrected."
    )
    items = lines_of(tmp_path, text, "2026-10-16T18:00")  # a Friday
    (monday,) = [i.summary for i in items if i.begin == "2026-10-12"]
    assert monday.startswith("On 12 October, the party's complaint was filed")
    assert "examined" not in monday
