"""Lines of follow-up stories (set 20): quotations kept as spoken, report and source
asides, dates of a noun's complement, consequences told in a "which" clause, sayings
after a dated happening, near-repeats across articles; through the real extraction and
the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_quotation_keeps_its_tense_under_a_day(tmp_path) -> None:
    text = '"You have all been heroes," Governor Amina Wafula told volunteers on Tuesday.'
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-17")
    assert '"You have all been heroes,"' in line  # (was "You were heroes", "all" lost)


def test_a_quotation_told_on_the_publication_day_keeps_its_perfect(tmp_path) -> None:
    text = '"We have lost three seasons of harvest," cooperative chairman Peter Ouma said.'
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = [i.summary for i in items]
    assert "have lost" in line  # (was "By 20 November, "We had lost ...")
    assert "had lost" not in line


def test_an_adverb_between_have_and_been_stays(tmp_path) -> None:
    text = "All 14 fishermen have now been freed, the coast guard said on Monday."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-16")
    assert "were now freed" in line  # (was "were freed", the adverb lost)


def test_a_quotation_pointing_at_its_own_time_stays_quoted(tmp_path) -> None:
    text = (
        "Prime Minister Elena Varga laid a wreath at the mine on Wednesday. "
        '"The rescue teams did everything they could," she said. '
        '"This is a black day for the whole region," she added.'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    lines = [i.summary for i in items]
    assert not any("said this is" in line for line in lines)
    assert any('"This is a black day for the whole region' in line for line in lines) or any(
        '"this is a black day for the whole region' in line for line in lines
    )


def test_a_quoted_question_keeps_its_marks_and_its_verb(tmp_path) -> None:
    text = (
        "Opposition leader Samuel Kiptoo toured the camp on Thursday. "
        '"The families were left alone," he said. '
        '"Why did the warnings come so late?" he asked.'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    lines = [i.summary for i in items]
    assert any('Samuel Kiptoo asked: "Why did the warnings come so late?"' in x for x in lines)
    assert not any('said "Why' in line for line in lines)


def test_a_saying_after_a_dated_happening_is_that_days(tmp_path) -> None:
    text = (
        'Finance Minister Rosa Almeida said after the vote on Monday: "We kept every '
        'promise we made."'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")  # a Friday
    assert on(items, "2026-11-16") == [
        'On 16 November, Finance Minister Rosa Almeida said after the vote: "We kept every '
        'promise we made."'
    ]  # (was no line at all: after Monday, on no day)


def test_a_saying_after_a_days_possessive_happening_is_that_days(tmp_path) -> None:
    text = "Rosa Almeida told reporters after Monday's vote that taxes would not rise."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-16") == [
        "On 16 November, Rosa Almeida told reporters after the vote that taxes would not rise."
    ]


def test_a_deed_after_a_dated_happening_still_has_no_day(tmp_path) -> None:
    text = "Police detained four protesters after the vote on Monday."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-16") == []


def test_a_speaker_first_quotation_dated_by_another_happening_is_not_said_that_day(
    tmp_path,
) -> None:
    text = (
        "The leak was detected late on Sunday, plant manager Jonas Weber told reporters. "
        'Weber said: "We stopped both reactors within an hour."'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    lines = on(items, "2026-11-15")
    assert 'On 15 November, "we stopped both reactors within an hour", according to Weber.' in (
        lines
    )
    assert not any("Weber said" in line for line in lines)


def test_a_report_aside_dates_the_statement_of_any_source(tmp_path) -> None:
    text = "The UN, in a report published on Wednesday, put the number of displaced at 40,000."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert [i.summary for i in items] == [
        "On 18 November, the UN put the number of displaced at 40,000."
    ]  # (was the publication day's line, "in a report published on 18 November" in it)


def test_a_report_named_by_its_day_inside_a_saying_goes_with_the_date(tmp_path) -> None:
    text = "The UN said in a report published on Wednesday that 40,000 people had fled."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert [i.summary for i in items] == [
        "On 18 November, the UN said in a report that 40,000 people had fled."
    ]  # (was "said in a report published that", and a second line of the publication day)


def test_a_source_aside_after_the_subject_goes_last(tmp_path) -> None:
    text = "Unemployment, according to figures released on Monday, rose to 7.4% in October."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-10-01") == [
        "In October, unemployment rose to 7.4%, according to figures released on 16 November."
    ]  # (was "unemployment, according to figures released on 16 November, rose to 7.4%")


def test_a_plural_possessive_source_is_written_in_lower_case(tmp_path) -> None:
    text = "Fishermen's unions said the nets had been cut on Sunday."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-15") == [
        "On 15 November, the nets were cut, according to fishermen's unions."
    ]


def test_a_plural_owner_source_is_written_in_lower_case(tmp_path) -> None:
    text = "Growers' associations said the frost had destroyed the orchards on Sunday."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-15") == [
        "On 15 November, the frost destroyed the orchards, according to growers' associations."
    ]  # (was "according to Growers' associations")


def test_a_which_clause_of_a_further_deed_stays_with_the_line(tmp_path) -> None:
    text = "A levee failed on Monday, which forced 3,000 people from their homes."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-16") == [
        "On 16 November, a levee failed, which forced 3,000 people from their homes."
    ]  # (was "On 16 November, a levee failed.", the consequence dropped)


def test_a_which_clause_after_a_dated_object_is_no_line_of_that_object(tmp_path) -> None:
    text = "The river burst its banks on Tuesday, which left four villages under water."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-11-17") == [
        "On 17 November, the river burst its banks, which left four villages under water."
    ]  # (was "On 17 November, its banks left four villages under water.")


def test_what_followed_a_dated_refusal_is_no_line_of_the_publication_day(tmp_path) -> None:
    text = "The council's refusal to repair the pumps in May led to flooding in three streets."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-05-01") == ["In May, the council refused to repair the pumps."]
    assert on(items, "2026-11-20") == []  # (was the whole sentence, "in May" in it)


def test_a_day_of_the_main_clause_is_not_told_as_the_refusing(tmp_path) -> None:
    text = (
        "The council's refusal to repair the pumps in May led to flooding in three streets "
        "on Monday."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert not any("refused to repair the pumps in May" in line for line in on(items, "2026-11-16"))


def test_a_line_another_article_tells_more_fully_folds_into_it(tmp_path) -> None:
    from datetime import datetime

    from backstory.archive import Archive
    from backstory.article import Article
    from backstory.ingest import ingest_article
    from backstory.settings import Settings
    from backstory.timelines import build_timeline

    first = Article(
        text="The outage at the Lakeside rail depot began on Saturday, the operator said.",
        published=datetime.fromisoformat("2026-05-12T09:40"),
        title="Rail depot outage",
    )
    second = Article(
        text=(
            "The outage at the Lakeside rail depot began on Saturday, when a contractor cut "
            "a fibre cable, engineers said."
        ),
        published=datetime.fromisoformat("2026-05-13T10:10"),
        title="Contractor cut cable before depot outage",
    )
    with Archive.open(tmp_path / "two.db") as archive:
        for article in (first, second):
            ingest_article(archive, article, settings=Settings())
        items = [i for i in build_timeline(archive, per_date=10).items if i.begin == "2026-05-09"]
    (item,) = items  # (was two lines, one a part of the other)
    assert "when a contractor cut a fibre cable" in item.summary
    assert {s.article_id for s in item.sources} == {first.id, second.id}
