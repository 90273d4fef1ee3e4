"""Lines of a wildfire story told over a week: a quotation keeps its every word, a
figure's yardstick day dates nothing, the morning after a night is the next day, a
participle's deed shares its main verb's night, a span of days is not one night,
and a numbered name keeps its capital; through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.article import Article
from timeline_lines import lines_of, on


def test_a_quotation_keeps_the_day_word_it_holds(tmp_path) -> None:
    text = (
        "About 2,000 people were told to leave Fort Chipewyan on Monday as a fire closed in, "
        "officials said.\n\n"
        '"This fire is moving faster than any we have fought," fire chief Dana Moss told '
        'reporters on Monday. "We need everyone out tonight."'
    )
    items = lines_of(tmp_path, text, "2026-08-03T18:00")  # a Monday
    quoted = [line for line in on(items, "2026-08-03") if "everyone out" in line]
    assert quoted and all('"We need everyone out tonight."' in line for line in quoted)


def test_a_figures_yardstick_day_dates_no_saying(tmp_path) -> None:
    text = (
        "The fire has now burned about 38,000 hectares, the wildfire service said, up from "
        "21,000 hectares on Tuesday. Officials said it was 15% contained."
    )
    x = extract(Article(text=text, published=datetime(2026, 8, 6, 10)))  # a Thursday
    for said in (e for e in x.events if e.trigger == "said"):
        assert said.begin != "2026-08-04", said
    items = lines_of(tmp_path, text, "2026-08-06T10:00")
    assert any("15% contained" in line for line in on(items, "2026-08-06"))
    assert not any("contained" in line for line in on(items, "2026-08-04"))


def test_a_morning_clock_time_after_a_night_is_the_next_day() -> None:
    text = (
        "Some 150 firefighters, including crews flown in from Manitoba on Wednesday, worked "
        'through the night to save the hospital. "We lost a few sheds," the mayor said in a '
        "video posted at 6:30 a.m."
    )
    x = extract(Article(text=text, published=datetime(2026, 8, 6, 11)))  # a Thursday
    (clock,) = [t for t in x.timexes if t.text.startswith("6:30")]
    assert clock.value.startswith("2026-08-06T06:30")


def test_a_participles_deed_shares_its_main_verbs_night(tmp_path) -> None:
    text = (
        "Flames reached the western edge of Fort Smith overnight, destroying at least eight "
        "homes and a school, officials said on Thursday."
    )
    x = extract(Article(text=text, published=datetime(2026, 8, 6, 11)))  # a Thursday
    (destroying,) = [e for e in x.events if e.trigger == "destroying"]
    assert destroying.timex == "overnight"
    items = lines_of(tmp_path, text, "2026-08-06T11:00")
    assert len([i for i in items if "eight homes" in i.summary]) == 1


def test_a_span_from_a_night_to_a_day_is_not_one_night(tmp_path) -> None:
    text = "Heavy rain fell across the region from Friday night to Sunday, the weather office said."
    items = lines_of(tmp_path, text, "2026-08-11T09:00")  # a Tuesday
    (line,) = [i.summary for i in items if "rain fell" in i.summary]
    assert line.startswith("On 7-9 August, ")
    assert "night of 7-9" not in line


def test_a_numbered_name_opening_a_sentence_keeps_its_capital(tmp_path) -> None:
    text = "Route 58 reopened on Saturday under police escort, ending a four-day closure."
    items = lines_of(tmp_path, text, "2026-08-11T09:00")
    assert any(
        line.startswith("On 8 August, Route 58 reopened") for line in on(items, "2026-08-08")
    )
    other = "Some 300 people returned on Saturday, police said."
    items = lines_of(tmp_path, other, "2026-08-11T09:00")
    assert any(line.startswith("On 8 August, some 300 people") for line in on(items, "2026-08-08"))


def test_it_after_a_happening_with_a_clause_beside_it_is_that_happening(tmp_path) -> None:
    text = (
        "The fire, which was first spotted on August 1 after a lightning storm, has burned "
        "more than 30,000 hectares, according to Yukon Fire. It grew by nearly "
        "9,000 hectares on Monday alone as winds gusted to 50 km/h."
    )
    items = lines_of(tmp_path, text, "2026-08-11T09:00")  # a Tuesday
    (line,) = [i.summary for i in items if "9,000" in i.summary]
    assert line.startswith("On 10 August, the fire grew by nearly 9,000 hectares as winds")
    assert line.endswith("according to Yukon Fire.")


def test_what_a_thing_is_gives_no_line(tmp_path) -> None:
    text = (
        "A second fire forced the closure of Highway 5 on Wednesday evening. The highway is "
        "the only road link between Fort Smith and the south."
    )
    items = lines_of(tmp_path, text, "2026-08-06T11:00")  # a Thursday
    assert any("closure of Highway 5" in i.summary for i in items)
    assert not any("only road link" in i.summary for i in items)
