"""Lines of a verdict story: a yearless date after a paragraph that closed on a relative
clause's year gone by ("a villa that police searched in February 2024.") is in the
story's own year, and a ranking told in the present is no line of the publication day;
through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.article import Article
from timeline_lines import lines_of, on


def test_a_relative_clauses_old_year_does_not_carry_into_the_next_paragraph(tmp_path) -> None:
    text = (
        "The court also seized two yachts, including one that customs officers had "
        "impounded in May 2023.\n\n"
        "The hearings began on Oct. 2 and heard 40 witnesses."
    )
    x = extract(Article(text=text, published=datetime(2026, 12, 1, 9)))
    (oct2,) = [t for t in x.timexes if t.text == "Oct. 2"]
    assert oct2.value == "2026-10-02"
    items = lines_of(tmp_path, text, "2026-12-01T09:00")
    assert on(items, "2026-10-02") and not on(items, "2023-10-02")


def test_a_reported_clauses_old_year_still_sets_the_story_year() -> None:
    text = "Police said that the suspect fled abroad in June 2023.\n\nOn July 4, he was caught."
    x = extract(Article(text=text, published=datetime(2026, 12, 1, 9)))
    (july4,) = [t for t in x.timexes if t.text == "July 4"]
    assert july4.value == "2023-07-04"


def test_a_ranking_told_in_the_present_is_no_line_of_the_day(tmp_path) -> None:
    text = (
        "A court in Riga opened the trial of four customs officers on Monday. The World "
        "Bank ranks Latvia 19th of 190 economies for the ease of trading across borders."
    )
    items = lines_of(tmp_path, text, "2026-10-06T09:00")  # a Tuesday
    assert [i.begin for i in items] == ["2026-10-05"]


def test_a_participle_on_a_prepositions_noun_in_a_present_sentence_is_its_years_line(
    tmp_path,
) -> None:
    text = (
        "The city council met on Tuesday. Foreign buyers pay an extra 15% stamp duty "
        "under a rule introduced in 2022."
    )
    items = lines_of(tmp_path, text, "2025-06-12T09:00")
    (line,) = on(items, "2022-01-01")
    assert line == "In 2022, a rule was introduced."


def test_a_sentence_that_only_tells_of_silence_makes_no_line(tmp_path) -> None:
    text = (
        "The opposition said on Thursday it would challenge the count in court. It did not "
        "give details. The electoral commission declined to comment. Officials could not "
        "be reached for comment on Friday."
    )
    items = lines_of(tmp_path, text, "2025-09-20T09:00")  # a Saturday
    assert [i.begin for i in items] == ["2025-09-18"]
    assert all("comment" not in i.summary and "details" not in i.summary for i in items)
