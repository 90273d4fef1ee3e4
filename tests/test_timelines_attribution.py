"""Timeline and Background lines built from quotations and reported claims name
who said them, through the real extraction pipeline, on short news reports
written for these tests: the speaker after the quote ('"...," said X'), a
pronoun speaker ('"...," he added'), a quotation block ('Quote from X:') of
several paragraphs, a claim continued in the next sentence, and quotes with
no speaker (never given one)."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from backstory.article import Article
from backstory.extraction import Extraction
from backstory.linking import link_extraction
from backstory.linking.attributions import Quotations
from backstory.linking.words import content_words
from backstory.pipeline import extract
from backstory.timelines import build_background, build_timeline
from backstory.timelines.timeline import Item

ODESA = (
    "Russian drones struck an energy facility in the Odesa region on Sunday night, "
    "officials said on Monday.\n\n"
    '"The attack on Sunday left more than 40,000 homes without electricity," said Oleh '
    "Kiper, the head of the regional administration.\n\n"
    '"Repair crews will work through the night to restore power by Tuesday," he added. '
    '"We will not leave anyone without heat on Tuesday."\n\n'
    '"The situation in the city remains difficult on Monday."'
)

CHISINAU = (
    "Moldova's president accused Moscow of meddling in the vote.\n\n"
    'Quote from Maia Sandu: "Criminal groups attacked the country with tens of millions '
    "of euros.\n\n"
    'The referendum on 20 October was held under unprecedented pressure from Moscow."'
)

AIR_FORCE = (
    "Ukraine's air force said on Monday that Russia had launched 90 drones at Ukrainian "
    "cities overnight. They struck power lines in the Kyiv and Odesa regions on Sunday night."
)


def _engine():
    return create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )


def _extracted(text: str, published: str) -> Extraction:
    return extract(Article(text=text, published=datetime.fromisoformat(published), title=None))


def _timeline(*texts: str) -> tuple[dict[str, str], list[Item]]:
    engine = _engine()
    by_id = {}
    for text in texts:
        extraction = _extracted(text, "2024-03-04T09:00")
        by_id[extraction.article.id] = text
        link_extraction(engine, extraction)
    return by_id, build_timeline(engine, per_date=10).items


@pytest.fixture(scope="module")
def lines() -> tuple[dict[str, str], list[Item]]:
    return _timeline(ODESA, AIR_FORCE)


@pytest.fixture(scope="module")
def block_lines() -> tuple[dict[str, str], list[Item]]:
    return _timeline(CHISINAU)


def _line(items: list[Item], words: str) -> Item:
    found = [i for i in items if words in i.summary]
    assert len(found) == 1, (words, [i.summary for i in items])
    return found[0]


def _assert_backed(item: Item, texts: dict[str, str]) -> None:
    """Every source's offsets point at its text, and the line says only what they say."""
    words: set[str] = set()
    for s in item.sources:
        assert texts[s.article_id][s.start : s.end] == s.sentence
        words |= set(content_words(s.sentence))
    body = item.summary.split(", ", 1)[1]
    assert not set(content_words(body)) - words, item.summary


def test_a_quote_followed_by_its_speaker_puts_the_speaker_first(lines) -> None:
    texts, items = lines
    item = _line(items, "40,000 homes")
    assert item.summary == (
        "On 3 March, Oleh Kiper said the attack left more than 40,000 homes without electricity."
    )
    # The attribution ("said Oleh Kiper") is in the source sentence itself.
    assert any("said Oleh Kiper" in s.sentence for s in item.sources)
    _assert_backed(item, texts)


def test_a_pronoun_speaker_is_named_and_both_spans_are_sources(lines) -> None:
    texts, items = lines
    item = _line(items, "repair crews")
    assert item.summary.startswith("On 4 March, Oleh Kiper said repair crews will work")
    said = [s.sentence for s in item.sources]
    assert said[0].endswith('," he added.')  # the quote and its attribution
    assert "Oleh Kiper" in said  # where the article names who "he" is
    _assert_backed(item, texts)


def test_a_quote_going_on_in_the_same_paragraph_keeps_its_speaker(lines) -> None:
    texts, items = lines
    item = _line(items, "without heat")
    # First-person words stay inside quotation marks, every one of them (its day too).
    assert item.summary == (
        'On 5 March, Oleh Kiper said: "We will not leave anyone without heat on Tuesday."'
    )
    assert "he added" in [s.sentence for s in item.sources]
    _assert_backed(item, texts)


def test_a_quote_with_no_speaker_is_given_none(lines) -> None:
    texts, items = lines
    item = _line(items, "remains difficult")
    # (a quotation keeps every word: its day too)
    assert item.summary == 'On 4 March, "The situation in the city remains difficult on Monday."'
    assert [s.sentence for s in item.sources] == [
        '"The situation in the city remains difficult on Monday."'
    ]
    _assert_backed(item, texts)


def test_a_quotation_block_names_its_speaker_in_every_paragraph(block_lines) -> None:
    texts, items = block_lines
    first = _line(items, "criminal groups")
    assert first.summary == (
        "On 4 March 2024, Maia Sandu said criminal groups attacked the country with tens of "
        "millions of euros."
    )
    second = _line(items, "referendum")
    assert second.summary.startswith("On 20 October 2023, Maia Sandu said the referendum was held")
    assert "Quote from Maia Sandu" in [s.sentence for s in second.sources]
    for item in (first, second):
        _assert_backed(item, texts)


def test_a_claim_continued_in_the_next_sentence_says_whose_it_is(lines) -> None:
    texts, items = lines
    item = _line(items, "power lines")
    assert item.summary.endswith(
        "struck power lines in the Kyiv and Odesa regions, according to Ukraine's air force."
    )
    assert "Ukraine's air force said" in [s.sentence for s in item.sources]
    _assert_backed(item, texts)


def test_every_line_is_backed_by_its_sources(lines, block_lines) -> None:
    texts, items = lines[0] | block_lines[0], lines[1] + block_lines[1]
    assert items
    for item in items:
        _assert_backed(item, texts)
        # No quotation mark is left open or closed on its own.
        body = item.summary.split(", ", 1)[1]
        assert body.count('"') % 2 == 0, item.summary


def test_a_reported_claim_with_no_speaker_names_nobody() -> None:
    engine = _engine()
    text = (
        "It was reported on Tuesday that the ferry had sunk near the port. "
        "It was carrying 120 passengers on 5 March."
    )
    extraction = _extracted(text, "2024-03-06T10:00")
    link_extraction(engine, extraction)
    items = build_timeline(engine).items
    assert items
    for item in items:
        assert "according to" not in item.summary and " said" not in item.summary
        assert all(text[s.start : s.end] == s.sentence for s in item.sources)


def test_a_pronoun_opening_a_claim_ahead_is_named_from_the_same_sentence() -> None:
    engine = _engine()
    text = (
        "Nurses at three hospitals in Leeds walked out on Monday over staffing, and their "
        "union said they would strike again on 12 March unless talks resumed."
    )
    extraction = _extracted(text, "2024-03-06T10:00")
    link_extraction(engine, extraction)
    items = build_timeline(engine).items
    item = _line(items, "On 12 March")
    assert item.summary.startswith("On 12 March, nurses would strike again unless talks resumed")
    _assert_backed(item, {extraction.article.id: text})


def test_a_background_line_from_a_quote_names_the_speaker() -> None:
    engine = _engine()
    earlier = _extracted(
        '"Our troops repelled 26 attacks near Pokrovsk on Sunday," said Oleksandr Syrskyi, '
        "the commander-in-chief.",
        "2024-11-04T08:00",
    )
    link_extraction(engine, earlier)
    new = Article(
        text="Russian forces attacked Pokrovsk again on Wednesday, the General Staff said.",
        published=datetime(2024, 11, 6, 9, 0),
        title="Russian forces press on towards Pokrovsk",
    )
    background = build_background(engine, new, extract(new))
    quoted = [i for i in background.items if "26 attacks" in i.summary]
    assert quoted, [i.summary for i in background.items]
    assert quoted[0].summary == (
        "On 3 November, Oleksandr Syrskyi said: "
        '"Our troops repelled 26 attacks near Pokrovsk on Sunday."'
    )
    _assert_backed(quoted[0], {earlier.article.id: earlier.article.text})


def test_the_attribution_keeps_where_the_text_names_the_speaker() -> None:
    extraction = _extracted(
        '"The attack left 40,000 homes without power," the regional governor said on Monday.',
        "2024-03-04T09:00",
    )
    text = extraction.article.text
    attributions = [e.attribution for e in extraction.events if e.attribution]
    assert attributions
    for attribution in attributions:
        assert attribution.speaker_start is not None and attribution.speaker_end is not None
        assert text[attribution.speaker_start : attribution.speaker_end] == "the regional governor"
        assert text[attribution.start : attribution.end] == "said"
    data = json.loads(json.dumps(extraction.to_json()))
    again = Extraction.from_json(data)
    assert [e.attribution for e in again.events] == [e.attribution for e in extraction.events]


def test_quotations_run_over_sentences_and_paragraphs_until_they_close() -> None:
    quotations = Quotations(CHISINAU)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.", CHISINAU)]
    quoted = [quotations.quoted(a, b) for a, b in spans]
    assert quoted == [False, True, True]
    # A stray mark that never closes does not turn the rest into a quotation.
    stray = "He is 6'2\" tall.\n\nThe council met on Monday."
    assert not Quotations(stray).quoted(stray.index("The"), len(stray))


def test_a_quoted_name_is_not_taken_for_a_quotation() -> None:
    texts, items = _timeline(
        '"Operation Spring" began near the river on 3 March, the army said on Monday. '
        '"The enemy attacked again on 2 March, damaging a school," the mayor told reporters, '
        'adding that "nobody was hurt".'
    )
    assert 'On 3 March, "Operation Spring" began near the river, the army said on 4 March.' in [
        i.summary for i in items
    ]
    # The speaker is named inside the sentence, and the quotation goes on after it: kept as is.
    assert any(
        i.summary.startswith(
            'On 2 March, "The enemy attacked again on 2 March, damaging a school,"'
        )
        for i in items
    )
    for item in items:
        _assert_backed(item, texts)
        assert item.summary.split(", ", 1)[1].count('"') % 2 == 0, item.summary


def test_a_report_sharing_one_common_word_is_not_background() -> None:
    engine = _engine()
    unrelated = _extracted(
        "Roads into the valley remained cut off on Monday after the landslide, the Red Cross said.",
        "2024-11-04T08:00",
    )
    related = _extracted(
        "The central bank cut its main interest rate by a quarter point on Monday, "
        "the first cut in four years.",
        "2024-11-04T09:00",
    )
    link_extraction(engine, unrelated)
    link_extraction(engine, related)
    new = Article(
        text="The central bank is expected to cut its interest rate again on Thursday, economists said.",
        published=datetime(2024, 11, 6, 9, 0),
        title="Central bank set for second rate cut",
    )
    summaries = [i.summary for i in build_background(engine, new, extract(new)).items]
    assert any("quarter point" in s for s in summaries), summaries
    assert not any("landslide" in s or "valley" in s for s in summaries), summaries


def test_a_pronoun_opening_a_claim_ahead_is_named_from_two_sentences_back(tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.ingest import ingest_article
    from backstory.settings import Settings

    text = (
        "Dock workers walked off the job at the port of Gdansk on Monday. "
        "The stoppage halted all container traffic. "
        "The union said they would walk out again on 20 March."
    )
    article = Article(text=text, published=datetime.fromisoformat("2024-03-06T10:00"), title=None)
    with Archive.open(tmp_path / "a.db") as archive:  # the archive keeps the text: the context
        ingest_article(archive, article, settings=Settings())
        item = _line(build_timeline(archive).items, "On 20 March")
    assert item.summary == "On 20 March, dock workers would walk out again, according to the union."
    # the sentence that names them backs the line
    assert any(s.sentence.startswith("Dock workers walked off") for s in item.sources)
    _assert_backed(item, {article.id: text})


def test_an_it_after_a_fronted_date_is_named_and_the_date_stays_in_place(tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.ingest import ingest_article
    from backstory.settings import Settings

    text = (
        "Siemens Energy has cut 4,000 jobs in Germany since 2023. "
        "On 3 March, it announced the closure of its plant in Mülheim."
    )
    article = Article(text=text, published=datetime.fromisoformat("2025-06-10T09:00"), title=None)
    with Archive.open(tmp_path / "a.db") as archive:
        ingest_article(archive, article, settings=Settings())
        item = _line(build_timeline(archive).items, "On 3 March")
    assert item.summary == (
        "On 3 March, Siemens Energy announced the closure of its plant in Mülheim."
    )
    assert any(s.sentence.startswith("Siemens Energy has cut") for s in item.sources)
    _assert_backed(item, {article.id: text})


def test_a_named_speaker_saying_it_is_not_said_by_the_pages_source() -> None:
    texts, items = _timeline(
        "Opposition leader barred from race\n\n"
        "The electoral commission barred opposition leader Tomas Varga from the presidential "
        "race on Tuesday.\n\nSource: Hungarian news agency MTI\n\n"
        'Tomas Varga, who leads the Civic Alliance, called the decision "an act of political '
        'cowardice" on Wednesday.\n\n'
        "The commission rejected his appeal on Thursday."
    )
    # his own words: the page's source is not whose they are, nor a source of the line
    called = _line(items, "called the decision")
    assert "according to" not in called.summary, called.summary
    assert all("Source:" not in s.sentence for s in called.sources)
    _assert_backed(called, texts)
    # what the commission did is still told on the source's word
    rejected = _line(items, "rejected his appeal")
    assert rejected.summary.endswith("according to Hungarian news agency MTI.")


def test_a_source_line_of_a_person_on_a_channel_and_a_company_names_both() -> None:
    text = (
        "Russian drones hit two substations on Sunday night, leaving 20,000 homes "
        "without power.\n\n"
        "Source: Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, on "
        "Telegram; Ukrenergo\n\n"
        "Repair crews began work at dawn on Monday."
    )
    texts, items = _timeline(text)
    item = _line(items, "substations")
    # each source by its name, not the line's raw words ("..., on Telegram and Ukrenergo")
    assert item.summary.endswith("according to Ivan Fedorov and Ukrenergo."), item.summary
    _assert_backed(item, texts)


def test_a_when_clause_after_a_since_month_is_a_line_of_that_month() -> None:
    texts, items = _timeline(
        "The blast on Saturday was the deadliest in the city since June 2019, when 42 "
        "workers were killed in a fire at a textile plant."
    )
    line = _line(items, "In June 2019")
    # what the when-clause tells happened in June 2019 (not "since" then, not on its 1st)
    assert (line.begin, line.end) == ("2019-06-01", "2019-06-30")
    assert line.summary == "In June 2019, 42 workers were killed in a fire at a textile plant."
    _assert_backed(line, texts)


def test_a_day_and_a_month_of_two_predicates_are_two_lines_not_a_list() -> None:
    texts, items = _timeline(
        "The carmaker reported a quarterly loss of $1.2 billion on Feb. 20 and last month "
        "announced plans to close two plants in Ohio."
    )
    month = _line(items, "close two plants")
    day = _line(items, "quarterly loss")
    assert (month.begin, month.end) == ("2024-02-01", "2024-02-29")
    assert "loss" not in month.summary
    assert day.begin == day.end == "2024-02-20"
    assert "plants" not in day.summary
    _assert_backed(month, texts)
    _assert_backed(day, texts)


def test_an_undated_happening_is_on_the_datelines_day_not_the_utc_one() -> None:
    # filed in Seattle on the evening of 4 November, stamped 03:15 UTC on the 5th
    text = (
        "SEATTLE, Nov 4 - Dockworkers at the port voted on Monday to end their strike. "
        "The port authority said in a statement that cranes would restart on Wednesday."
    )
    extraction = _extracted(text, "2024-11-05T03:15+00:00")
    said = next(e for e in extraction.events if e.trigger == "said")
    assert (said.begin, said.inferred) == ("2024-11-04", True)
    engine = _engine()
    link_extraction(engine, extraction)
    days = [i.begin for i in build_timeline(engine, per_date=10).items]
    assert "2024-11-05" not in days


def test_a_quotation_closing_a_paragraph_stays_in_its_sentence() -> None:
    texts, items = _timeline(
        'The mayor said on Friday that the new bridge was "a gift to the whole valley."\n\n'
        "Engineers will inspect it again in April."
    )
    line = _line(items, "the new bridge")
    assert line.summary.endswith('"a gift to the whole valley."')
    assert line.sources[0].sentence.endswith('valley."')
    _assert_backed(line, texts)
    # the lone quotation mark is no sentence of its own
    assert not any(s.sentence.strip() == '"' for i in items for s in i.sources)


def test_a_weekday_is_counted_from_the_local_date_of_a_datelines_city() -> None:
    # stamped 22:30 UTC on Tuesday 9 September: already Wednesday morning in Seoul
    text = (
        "SEOUL - Shares of the shipbuilder jumped 7% on Wednesday after it won a "
        "$1.2 billion order. The company said on Tuesday it had hired 300 welders."
    )
    extraction = _extracted(text, "2025-09-09T22:30+00:00")
    days = {t.text: t.begin for t in extraction.timexes}
    assert days == {"Wednesday": "2025-09-10", "Tuesday": "2025-09-09"}


def test_a_dateline_city_in_the_stamps_date_changes_nothing() -> None:
    # (Lagos is an hour ahead of UTC: 10:30 is still Tuesday there)
    extraction = _extracted("LAGOS - The naira fell on Monday.", "2025-09-09T10:30+00:00")
    assert [t.begin for t in extraction.timexes] == ["2025-09-08"]


def test_a_stamp_with_no_zone_is_the_outlets_own_clock() -> None:
    # (a page's "Wednesday, 24 June, 19:30": no zone said, so no shift to Karachi's day)
    text = "KARACHI - The toll rose to 90 on Thursday, officials said."
    extraction = _extracted(text, "2026-06-24T19:30")  # a Wednesday
    assert [t.begin for t in extraction.timexes] == ["2026-06-18"]
