"""Lines of follow-up stories (set 19): a sentence that counts more of what the sentence
before told, a warning after a dated act, a deadline ahead, a figure's period, what a
warning is of, dated participles, relative clauses and decisions; through the real
extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_sentence_counting_more_is_on_the_day_before_it_and_its_source(tmp_path) -> None:
    text = (
        "At least 14 miners were killed in the collapse on Tuesday, rescuers said. "
        "Another 60 were hurt, and nine are still trapped."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")  # a Friday
    assert on(items, "2026-11-20") == []  # (was a bare publication-day line)
    (_, more) = on(items, "2026-11-17")
    assert more.startswith("On 17 November, another 60 were hurt")
    assert more.endswith("according to rescuers.")


def test_a_count_of_others_after_an_unsourced_day_keeps_that_day(tmp_path) -> None:
    text = (
        "Two border guards were shot dead near the crossing on Sunday. "
        "Three others were wounded and flown to a hospital in the capital."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert (
        "On 15 November, three others were wounded and flown to a hospital in the capital."
        in on(items, "2026-11-15")
    )
    assert on(items, "2026-11-20") == []


def test_another_thing_planned_is_no_more_of_the_day_before(tmp_path) -> None:
    text = (
        "The carmaker closed its plant in Ghent on Monday, a spokeswoman said. "
        "Another two plants are set to close next year."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert len(on(items, "2026-11-16")) == 1


def test_a_warning_after_what_the_subject_did_is_cut_from_its_line(tmp_path) -> None:
    text = (
        "The statistics office revised its growth estimate on Wednesday but warned that "
        "the economy could shrink in the spring."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-18")
    assert line == "On 18 November, the statistics office revised its growth estimate."


def test_a_warning_of_something_joined_by_and_is_cut_too(tmp_path) -> None:
    text = "The ferry operator cancelled 40 crossings on Tuesday and warned of more delays."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-17")
    assert line == "On 17 November, the ferry operator cancelled 40 crossings."


def test_a_plain_saying_joined_by_and_still_tells_the_sentence_whole(tmp_path) -> None:
    text = "The ferry operator cancelled 40 crossings on Tuesday and said it would add buses."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-17")
    assert line.endswith("and said it would add buses.")


def test_the_period_a_figure_is_for_is_not_when_it_was_reported(tmp_path) -> None:
    text = (
        "Shares in the budget carrier Wizz Air jumped 6% in London on Thursday. It came "
        "a day after the carrier reported record passenger numbers for October."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert [i for i in items if i.begin.startswith("2026-10")] == []  # (was October's)


def test_a_plan_due_by_the_end_of_a_year_ahead_is_that_deadlines_line(tmp_path) -> None:
    text = "The chemicals group plans to close 14 plants in Europe by the end of 2028."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (item,) = items  # (was no line)
    assert item.begin == "2028-12-31"
    assert (
        item.summary
        == "By the end of 2028, the chemicals group plans to close 14 plants in Europe."
    )
    assert item.modality == "planned"


def test_a_forecast_due_by_the_end_of_the_month_names_the_month(tmp_path) -> None:
    text = (
        "Negotiations over the port concession stalled on Wednesday. An arbitrator is "
        "expected to issue a ruling on the dispute by the end of the month."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-30")
    assert line == (
        "By the end of November 2026, an arbitrator is expected to issue a ruling on the dispute."
    )
    assert [i.modality for i in items if i.begin == "2026-11-30"] == ["predicted"]


def test_what_a_warning_is_of_is_dated_in_the_coming_month(tmp_path) -> None:
    text = "The dockworkers' union warned of further stoppages at the port in January."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (item,) = items
    assert item.begin == "2027-01-01"  # (was January 2026, gone by)
    assert item.modality == "predicted"
    assert item.summary == (
        "In January, there could be further stoppages at the port, according to the "
        "dockworkers' union."
    )


def test_a_participle_set_off_after_the_subject_is_its_own_dates_line(tmp_path) -> None:
    text = (
        "Excavation at the quarry outside Tarragona resumed on Monday after a two-week halt. "
        "The licence, granted by the regional government in March 2025, lets the firm "
        "extract limestone until 2040."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (march,) = [i.summary for i in items if i.begin == "2025-03-01"]  # (was no line)
    assert march == "In March 2025, the licence was granted by the regional government."


def test_a_relative_clause_on_a_noun_dated_before_it_is_that_dates_line(tmp_path) -> None:
    text = (
        "A magnitude 6.8 earthquake shook the island of Sulawesi on Wednesday. Geologists "
        "likened it to a similar earthquake in 2018, which killed more than 4,000 people."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (year,) = [i.summary for i in items if i.begin == "2018-01-01"]  # (was no line)
    assert year == "In 2018, a similar earthquake killed more than 4,000 people."


def _items(tmp_path, text: str, published: str) -> list:
    """The timeline items of ``text``, without the check that every word of a line is its
    source's (a decision is told as "decided")."""
    from datetime import datetime

    from backstory.archive import Archive
    from backstory.article import Article
    from backstory.ingest import ingest_article
    from backstory.settings import Settings
    from backstory.timelines import build_timeline

    article = Article(text=text, published=datetime.fromisoformat(published), title=None)
    with Archive.open(tmp_path / f"{article.id}.db") as archive:
        ingest_article(archive, article, settings=Settings())
        return build_timeline(archive, per_date=10).items


def test_a_decision_dated_inside_its_own_phrase_is_that_days_line(tmp_path) -> None:
    text = "Chile's decision to leave the fisheries pact on Oct. 29 alarmed its neighbours."
    items = _items(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-20") == []  # (was the publication day's, with "on Oct. 29")
    assert on(items, "2026-10-29") == ["On 29 October, Chile decided to leave the fisheries pact."]
