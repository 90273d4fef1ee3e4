"""Lines of a volcano story: a clock time with no day of its own, after a lead whose
happening is of no typed kind ("erupted early on Sunday"), is on the story's last day
named (not a saying's); through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.article import Article
from timeline_lines import lines_of, on


def test_a_bare_clock_time_is_on_the_storys_last_day_named(tmp_path) -> None:
    text = (
        "Indonesia's Mount Lewotobi erupted early on Sunday, sending ash 9 kilometres into "
        "the sky, the geology agency said.\n\n"
        "The eruption began at about 2:40 a.m. local time, the agency said. It raised the "
        "alert level to the highest."
    )
    x = extract(Article(text=text, published=datetime(2026, 4, 13, 8)))  # a Monday
    (clock,) = [t for t in x.timexes if t.text.startswith("about 2:40")]
    assert clock.value.startswith("2026-04-12T02:40")
    items = lines_of(tmp_path, text, "2026-04-13T08:00")
    assert any(
        line.startswith("At about 2:40 a.m. local time on 12 April, the eruption began")
        for line in on(items, "2026-04-12")
    )


def test_a_sayings_day_is_not_the_day_of_a_bare_clock_time() -> None:
    text = "Officials said on Sunday the volcano was calm. The eruption began at 3:15 a.m."
    x = extract(Article(text=text, published=datetime(2026, 4, 13, 12)))
    (clock,) = [t for t in x.timexes if t.text == "3:15 a.m."]
    assert not clock.value.startswith("2026-04-12")


def test_a_passive_report_naming_no_reporter_is_not_the_speaker_before() -> None:
    text = (
        "Flights at Temuco airport were suspended on Sunday, the airport operator said. "
        "No deaths have been reported."
    )
    x = extract(Article(text=text, published=datetime(2026, 4, 13, 8)))
    (reported,) = [e for e in x.events if e.trigger == "reported"]
    assert reported.attribution is None or reported.attribution.speaker is None
    (suspended,) = [e for e in x.events if e.trigger == "suspended"]
    assert suspended.attribution is not None
    assert suspended.attribution.speaker == "airport operator"
