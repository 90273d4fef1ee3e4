"""Lines of a takeover story: a price named by its day is no line of that day, a
perfect "since" stretch is not told under the day of the predicate joined to it, a
ministry of a named country is a party of its own (not the speaker before it going on),
and what is expected is not dated by the day of the deal it names; through the real
extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from extraction_probes import extracted
from timeline_lines import lines_of, on


def test_a_price_named_by_its_day_makes_no_line_of_that_day(tmp_path) -> None:
    text = (
        "Halden Foods offered 12 pounds per share in cash on Tuesday, a premium of 31% to "
        "Brindle's closing price on March 2."
    )
    items = lines_of(tmp_path, text, "2026-03-06T08:00")  # a Friday
    assert [i.begin for i in items] == ["2026-03-03"]
    assert on(items, "2026-03-02") == []


def test_a_perfect_since_stretch_is_left_out_of_the_day_joined_to_it(tmp_path) -> None:
    text = (
        "The carmaker has lost market share in China since 2022 and closed two plants "
        "there last year."
    )
    items = lines_of(tmp_path, text, "2026-02-10T08:00")
    (line,) = on(items, "2025-01-01")
    assert line == "In 2025, the carmaker closed two plants there."


def test_a_ministry_of_a_named_country_is_no_continuation_of_a_union(tmp_path) -> None:
    text = (
        "The two companies signed a merger agreement on Monday. The union said it would "
        "examine the job guarantees. France's finance ministry is expected to review the "
        "deal under foreign investment rules."
    )
    x = extracted(text, datetime(2026, 4, 8, 10))  # a Wednesday
    review = next(e for e in x.events if e.sentence_start == text.index("France"))
    assert review.attribution is None
    items = lines_of(tmp_path, text, "2026-04-08T10:00")
    monday = on(items, "2026-04-06")
    assert all("review" not in line for line in monday)  # not the deal's day
    assert all("according to the union" not in i.summary for i in items)


def test_a_happening_told_at_length_and_in_passing_is_one_line(tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.article import Article
    from backstory.ingest import ingest_article
    from backstory.settings import Settings
    from backstory.timelines import build_timeline

    long = Article(
        text=(
            "Norwegian broadband provider Fjordnett on Tuesday rejected a 2.3 billion crown "
            "takeover approach from Swedish rival Vexa Group, saying it ignored the value of "
            "its fibre network in rural areas."
        ),
        published=datetime(2026, 3, 3, 9),
        title="Fjordnett rejects Vexa approach",
    )
    passing = Article(
        text=(
            "Vexa Group raised its offer for Fjordnett to 74 crowns a share on Monday. "
            "Fjordnett rejected Vexa's first approach of 61 crowns on March 3."
        ),
        published=datetime(2026, 3, 23, 9),
        title="Vexa raises Fjordnett bid",
    )
    with Archive.open(tmp_path / "deal.db") as archive:
        for article in (long, passing):
            ingest_article(archive, article, settings=Settings())
        items = build_timeline(archive, per_date=10).items
    (line,) = [i for i in items if i.begin == "2026-03-03"]
    assert {s.article_id for s in line.sources} == {long.id, passing.id}


def test_the_second_predicate_does_not_borrow_the_first_ones_adverb(tmp_path) -> None:
    text = (
        "The regulator first received a complaint in May 2025 and opened an investigation "
        "in August, according to court filings."
    )
    items = lines_of(tmp_path, text, "2026-02-11T14:00")
    (august,) = on(items, "2025-08-01")
    assert "first" not in august
    assert "opened an investigation" in august


def test_what_a_thing_could_do_leaves_a_past_line_asserted(tmp_path) -> None:
    text = (
        "The ministry met on Tuesday. In January, the carmaker recalled 96,000 sedans over "
        "a software fault that could cause a loss of power."
    )
    items = lines_of(tmp_path, text, "2026-02-11T14:00")
    (january,) = [i for i in items if i.begin == "2026-01-01"]
    assert january.modality == "asserted"


def test_a_happening_after_the_article_is_never_told_as_done(tmp_path) -> None:
    text = (
        "From Nairobi, the president will fly to Addis Ababa for a summit of the African "
        "Union on Feb. 14 and 15."
    )
    items = lines_of(tmp_path, text, "2026-02-05T09:00")
    (line,) = [i for i in items if i.begin == "2026-02-14"]
    assert line.modality in ("planned", "predicted")
