"""Lines of a rail-crash story: the day of a saying closing a sentence does not move the
story's day ("derailed late on Sunday, ..., the fire service said on Monday. Crews
worked through the night": Sunday's night); a strike called "for Friday" lies ahead of
the calling; a clause of time before a closing saying's day does not take that day;
through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.article import Article
from timeline_lines import lines_of, on


def test_a_closing_sayings_day_does_not_move_the_storys_night(tmp_path) -> None:
    text = (
        "A bus carrying 48 people plunged into a ravine near the town of Ayacucho late on "
        "Saturday, killing at least 12, police said on Sunday. Rescue teams worked through "
        "the night to free passengers trapped under the wreck."
    )
    x = extract(Article(text=text, published=datetime(2026, 3, 16, 8)))  # a Monday
    (night,) = [t for t in x.timexes if t.text == "the night"]
    assert night.value == "2026-03-14TNI"
    items = lines_of(tmp_path, text, "2026-03-16T08:00")
    (line,) = [i.summary for i in items if "Rescue teams" in i.summary or "rescue" in i.summary]
    assert line == (
        "On the night of 14 March, rescue teams worked to free passengers trapped under the wreck."
    )


def test_a_strike_called_for_a_weekday_lies_ahead_of_the_calling() -> None:
    text = "Dock workers called a 48-hour port strike for Friday to protest against pay cuts."
    x = extract(Article(text=text, published=datetime(2026, 9, 16, 15)))  # a Wednesday
    (friday,) = [t for t in x.timexes if t.text == "Friday"]
    assert friday.value == "2026-09-18"


def test_a_clause_of_time_before_a_closing_sayings_day_keeps_the_main_clause(tmp_path) -> None:
    text = (
        "The death toll from Saturday's bus crash near Ayacucho has reached 17, after "
        "five of the injured died in hospital, the health ministry said on Tuesday."
    )
    items = lines_of(tmp_path, text, "2026-03-17T12:00")  # a Tuesday
    (line,) = on(items, "2026-03-17")
    assert "reached 17" in line and line.startswith("On 17 March, the death toll")


def test_a_day_owning_the_doer_of_a_past_deed_is_its_line(tmp_path) -> None:
    text = (
        "Bus services between Lima and Huancayo resumed on Thursday. Friday's strike "
        "halted all buses across the region."
    )
    items = lines_of(tmp_path, text, "2026-03-23T09:00")  # a Monday
    assert on(items, "2026-03-20") == [
        "On 20 March, the strike halted all buses across the region."
    ]
    plain = "Sunday's vote was marred by violence."
    assert [i.begin for i in lines_of(tmp_path, plain, "2026-03-23T09:00")] == ["2026-03-23"]


def test_a_named_subjects_second_act_of_saying_holds_the_claim_of_a_day_ahead(
    tmp_path,
) -> None:
    text = (
        "Peruvian President Jose Jeri called the crash a national tragedy and said the "
        "government would present new bus safety rules to Congress on March 30."
    )
    items = lines_of(tmp_path, text, "2026-03-17T12:00")
    (line,) = on(items, "2026-03-30")
    assert line.startswith("On 30 March, the government would present new bus safety rules")
    assert line.endswith("according to Peruvian President Jose Jeri.")


def test_a_day_set_for_something_is_no_line_of_its_own_the_setting_is(tmp_path) -> None:
    text = (
        "Dock workers called a 48-hour port strike for Friday to protest against pay cuts. "
        "A judge set a new hearing for Oct. 5."
    )
    items = lines_of(tmp_path, text, "2026-09-16T15:00")  # a Wednesday
    assert on(items, "2026-09-16") == [
        "On 16 September, dock workers called a 48-hour port strike for 18 September to "
        "protest against pay cuts.",
        "On 16 September, a judge set a new hearing for 5 October.",
    ]
    assert [i.begin for i in items] == ["2026-09-16", "2026-09-16"]


def test_a_day_set_with_no_day_of_the_setting_lies_ahead_of_the_publication() -> None:
    published = datetime(2026, 9, 16, 15)  # a Wednesday
    undated = extract(Article(text="A judge set a new hearing for Monday.", published=published))
    (monday,) = [t for t in undated.timexes if t.text == "Monday"]
    assert monday.value == "2026-09-21"
    dated = extract(
        Article(text="On Friday, a judge set a new hearing for Monday.", published=published)
    )
    (monday,) = [t for t in dated.timexes if t.text == "Monday"]
    assert monday.value == "2026-09-14"  # after the Friday of the setting
