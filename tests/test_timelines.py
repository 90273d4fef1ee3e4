"""Timelines, Background and exports on hand-built extractions of real sentences."""

from __future__ import annotations

import csv
import io
import json
import re

from backstory.linking import link_extraction
from backstory.linking.words import content_words
from backstory.timelines import build_background, build_timeline
from backstory.timelines.exports import FORMATS, export
from backstory.timelines.summaries import compress, summarise
from handmade import handmade
from test_linking import article_a, article_b, article_c, engine

SEED_LIKE = (
    "Ukrainian intelligence reports that Russia plans to deploy the first North Korean military "
    "units on the battlefield on 27-28 October.\n"
    "Details: Zelenskyy stated that on 25 October, Commander-in-Chief Oleksandr Syrskyi briefed him "
    "regarding Russia's enlistment of military personnel from North Korea.\n"
    "The president highlighted that this is a clear escalation by Russia with serious implications."
)


def seed_like():
    return handmade(
        SEED_LIKE,
        "2024-10-25T12:44",
        title="Intelligence reports Russia about to deploy first North Korean troops soon, Zelenskyy says",
        timexes=[("27-28 October", "2024-10-27", "2024-10-28"), ("25 October", "2024-10-25", None)],
        entities=[
            ("North Korea", "COUNTRY", ["North Korea", "North Korean"]),
            ("Russia", "COUNTRY", ["Russia"]),
            ("Oleksandr Syrskyi", "PERSON", ["Oleksandr Syrskyi"]),
        ],
    )


def linked(*extractions):
    e = engine()
    for extraction in extractions:
        link_extraction(e, extraction)
    return e


def assert_summary_from_sources(item) -> None:
    """Every content word of a line (after its date) stands in one of its sources."""
    assert item.sources, item.summary
    source_words = set()
    for s in item.sources:
        source_words |= set(content_words(s.sentence))
    body = item.summary.split(", ", 1)[1]
    missing = set(content_words(body)) - source_words
    assert not missing, (item.summary, missing)


def test_timeline_orders_by_when_it_happened_not_publication() -> None:
    e = linked(seed_like(), article_c(), article_a(), article_b())
    timeline = build_timeline(e, about="North Korea")
    days = [i.begin for i in timeline.items]
    assert days == sorted(days)
    assert {"2024-10-17", "2024-10-18", "2024-10-25", "2024-10-27", "2024-11-01"} <= set(days)
    forecast = next(i for i in timeline.items if i.begin == "2024-10-27")
    assert forecast.end == "2024-10-28"
    assert forecast.modality in ("planned", "predicted", "likely")
    assert forecast.summary.startswith("On 27-28 October, ")
    for item in timeline.items:
        assert_summary_from_sources(item)


def test_timeline_sources_carry_offsets_of_their_sentences() -> None:
    extractions = {x.article.id: x for x in (seed_like(), article_a(), article_b(), article_c())}
    e = linked(*extractions.values())
    for item in build_timeline(e, about="North Korea").items:
        for s in item.sources:
            assert extractions[s.article_id].article.text[s.start : s.end] == s.sentence


def test_one_happening_reported_twice_is_one_line_with_two_sources() -> None:
    e = linked(article_a(), article_b())
    items = [i for i in build_timeline(e).items if i.begin == "2024-10-17"]
    assert len(items) == 1
    assert {s.article_id for s in items[0].sources} == {
        article_a().article.id,
        article_b().article.id,
    }


def test_max_dates_keeps_the_days_most_articles_mention() -> None:
    e = linked(seed_like(), article_a(), article_b(), article_c())
    timeline = build_timeline(e, max_dates=1, per_date=1)
    assert [i.begin for i in timeline.items] == ["2024-10-17"]


def test_anaphoric_sentence_follows_its_antecedent_into_the_query() -> None:
    e = linked(article_c())
    days = [i.begin for i in build_timeline(e, about="North Korea").items]
    assert "2024-11-01" in days  # "They will be ready ... as early as 1 November."


def test_background_uses_only_what_was_known_before_publication() -> None:
    later = handmade(
        "On 30 October, the Pentagon said about 8,000 North Korean troops were in Kursk Oblast.",
        "2024-10-30T10:00",
        timexes=[("30 October", "2024-10-30", None)],
        entities=[("North Korea", "COUNTRY", ["North Korean"])],
    )
    e = linked(article_a(), article_b(), article_c(), later)
    target = seed_like()
    background = build_background(e, target.article, target)
    days = [i.begin for i in background.items]
    assert days == sorted(days)
    assert days[:2] == ["2024-10-17", "2024-10-18"]
    assert all(s.published < "2024-10-25T12:44" for i in background.items for s in i.sources)
    assert later.article.id not in {s.article_id for i in background.items for s in i.sources}
    budanov = next(i for i in background.items if i.begin == "2024-10-18")
    # The next sentence only continues the report ("They will be ready ..."): it goes with it.
    assert "They will be ready to take part in combat actions against Ukraine" in budanov.summary
    for item in background.items:
        assert_summary_from_sources(item)


def test_summary_is_the_source_sentence_compressed_with_its_day_in_front() -> None:
    sentence = "Details: Zelenskyy stated that on 25 October, Commander-in-Chief Oleksandr Syrskyi briefed him."
    start = sentence.index("25 October")
    line = summarise(sentence, begin="2024-10-25", date_span=(start, start + len("25 October")))
    assert (
        line
        == "On 25 October, Zelenskyy stated that Commander-in-Chief Oleksandr Syrskyi briefed him."
    )
    assert compress("Meanwhile , the US Coast Guard reopened the port -LRB- partially -RRB- .") == (
        "the US Coast Guard reopened the port."
    )


def test_every_export_format_renders_every_line_with_its_sources() -> None:
    e = linked(seed_like(), article_a(), article_b(), article_c())
    timeline = build_timeline(e, about="North Korea")
    n = len(timeline.items)
    for fmt in FORMATS:
        out = export(timeline, fmt)
        if fmt == "json":
            body = json.loads(out)
            assert body["schema"] == "backstory.timeline/1" and len(body["items"]) == n
            for item in body["items"]:
                assert set(item) >= {"when", "summary", "modality", "sources"}
                assert all(
                    set(s) >= {"article_id", "title", "url", "start", "end"}
                    for s in item["sources"]
                )
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(out)))
            assert len({r["summary"] for r in rows}) == len({i.summary for i in timeline.items})
        elif fmt == "timelinejs":
            assert len(json.loads(out)["events"]) == n
        elif fmt == "geojson":
            assert json.loads(out)["type"] == "FeatureCollection"
        elif fmt == "tilse":
            assert re.match(r"^\d{4}-\d{2}-\d{2}\n", out)
        else:
            assert out.count("article:") + out.count("http") >= n


def test_a_query_of_several_words_matches_sentences_holding_them_all() -> None:
    e = linked(seed_like(), article_a(), article_c())
    days = {i.begin for i in build_timeline(e, about="North Korean infantrymen training").items}
    assert "2024-10-18" in days
    assert "2024-10-17" not in days  # 10,000 soldiers, no infantrymen, no training


def test_in_an_article_headlined_with_the_query_any_of_its_words_is_about_it() -> None:
    text = (
        "Russia has stopped taking part in the arrangement that let Ukraine ship grain, "
        "the Kremlin said on 17 July.\n"
        "On 17 May, Turkey announced that the deal had been extended for two months.\n"
        "On 3 June, a cargo ship ran aground near Istanbul."
    )
    article = handmade(
        text,
        "2023-07-17T13:05",
        title="Russia pulls out of Black Sea grain deal",
        timexes=[
            ("17 July", "2023-07-17", None),
            ("17 May", "2023-05-17", None),
            ("3 June", "2023-06-03", None),
        ],
        entities=[("Russia", "COUNTRY", ["Russia"]), ("Turkey", "COUNTRY", ["Turkey"])],
    )
    days = {i.begin for i in build_timeline(linked(article), about="grain deal").items}
    assert days == {"2023-05-17", "2023-07-17"}  # not the ship aground: neither word
    # elsewhere a sentence must hold every word of the query
    days = {i.begin for i in build_timeline(linked(article), about="grain port").items}
    assert days == set()


def test_a_guessed_day_inside_a_sentence_dated_at_its_start_makes_no_line() -> None:
    text = "On 22 December, Robert Fico met Vladimir Putin in Moscow, a visit that Zelenskyy criticised."
    article = handmade(
        text,
        "2025-01-01T09:12",
        timexes=[("22 December", "2024-12-22", None)],
        events=[
            {"trigger": "met", "type": "CONSULT", "begin": "2024-12-22"},
            # the criticism's day is unknown: the extraction guessed the publication day
            {"trigger": "criticised", "type": "ACCUSE", "begin": "2025-01-01", "inferred": True},
        ],
    )
    items = build_timeline(linked(article)).items
    assert [i.begin for i in items] == ["2024-12-22"]


def test_a_guessed_day_in_a_sentence_that_names_its_own_day_makes_no_line() -> None:
    text = (
        "Two hikers were found dead on Tuesday. The body of a third was recovered a day "
        "later, police said."
    )
    article = handmade(
        text,
        "2025-08-22T09:00",
        timexes=[("Tuesday", "2025-08-19", None), ("a day later", "2025-08-20", None)],
        events=[
            {"trigger": "found", "type": "PERSONNEL", "begin": "2025-08-19"},
            # the statement's day is unknown: the story's day was guessed for it
            {"trigger": "said", "type": "STATEMENT", "begin": "2025-08-19", "inferred": True},
        ],
    )
    items = build_timeline(linked(article)).items
    assert [(i.begin, "recovered" in i.summary) for i in items] == [
        ("2025-08-19", False),
        ("2025-08-20", True),
    ]


def test_a_sentence_about_a_past_year_or_a_bound_is_no_report_of_the_publication_day() -> None:
    text = (
        "The worst fire season on record was in 2023, when 2.8 million hectares burned.\n"
        "The fire grew to more than 12,000 hectares by Thursday night, officials said.\n"
        "Firefighters are working around the clock near the town of Peachland."
    )
    article = handmade(
        text,
        "2026-08-21T07:15",
        # ("by Thursday night" is a bound: no day of its own, the event ends by it)
        timexes=[("2023", "2023-01-01", "2023-12-31")],
        events=[{"trigger": "grew", "type": "CHANGE", "begin": None, "end": "2026-08-20"}],
    )
    items = build_timeline(linked(article)).items
    # only the undated present sentence stands for the publication day
    assert [i.summary for i in items] == [
        "On 21 August, firefighters are working around the clock near the town of Peachland."
    ]


def test_dates_that_do_not_date_the_sentence_make_no_lines() -> None:
    text = (
        "Inflation eased to 2.1% in October from 2.9% in September, the statistics office said.\n"
        "The bank now expects growth of 1%, down from its April forecast of 1.5%.\n"
        "The board voted for the cut at the end of a two-day meeting that began on Tuesday."
    )
    article = handmade(
        text,
        "2025-11-14T09:00",
        timexes=[
            ("October", "2025-10-01", "2025-10-31"),
            ("September", "2025-09-01", "2025-09-30"),
            ("April", "2025-04-01", "2025-04-30"),
            ("Tuesday", "2025-11-11", None),
        ],
        events=[{"trigger": "eased", "type": "CHANGE", "begin": "2025-10-01", "end": "2025-10-31"}],
    )
    article.timexes[-1].subordinate = True  # as the events stage marks a relative clause's date
    items = build_timeline(linked(article)).items
    # a yardstick ("from 2.9% in September"), a date describing a noun ("its April
    # forecast") and a relative clause's day ("a meeting that began on Tuesday") date no line
    assert [(i.begin, i.summary.split(", ", 1)[1].split()[1]) for i in items] == [
        ("2025-10-01", "eased"),
        ("2025-11-14", "bank"),
        ("2025-11-14", "board"),
    ]
    assert items[2].summary.endswith("a two-day meeting that began on 11 November.")


def test_a_list_of_dates_leaves_the_line_as_a_whole() -> None:
    text = "In August and October, the committee kept the rate at 5.5%, citing tariffs."
    article = handmade(
        text,
        "2025-12-05T09:00",
        timexes=[("August", "2025-08-01", "2025-08-31"), ("October", "2025-10-01", "2025-10-31")],
    )
    items = build_timeline(linked(article)).items
    # one line that names both months, not the same words under each (its day the first)
    assert [(i.begin, i.summary) for i in items] == [
        (
            "2025-08-01",
            "In August and October, the committee kept the rate at 5.5%, citing tariffs.",
        )
    ]


def test_dates_given_as_alternatives_make_no_line_of_their_own() -> None:
    text = (
        "The transport ministry said on Wednesday that the new metro line would open next "
        "year, probably in May or June, and that fares would stay frozen.\n"
        "The final will be played on 9 or 10 August in Lisbon, the league said."
    )
    article = handmade(
        text,
        "2025-11-14T09:00",
        timexes=[
            ("Wednesday", "2025-11-12", None),
            ("May", "2026-05-01", "2026-05-31"),
            ("June", "2026-06-01", "2026-06-30"),
            ("10 August", "2026-08-10", None),  # (a tagger may read only the last day)
        ],
        events=[{"trigger": "open", "type": "OPEN", "begin": "2026-05-01", "end": "2026-05-31"}],
    )
    items = build_timeline(linked(article)).items
    # neither month is when the line opens, nor is 10 August when the final is played: the
    # first sentence is Wednesday's, the second dated only by its publication
    assert [(i.begin, i.end) for i in items] == [
        ("2025-11-12", "2025-11-12"),
        ("2025-11-14", "2025-11-14"),
    ]
    assert "probably in May or June" in items[0].summary
    assert "on 9 or 10 August" in items[1].summary


def test_a_when_clause_after_the_day_a_stretch_begins_is_that_days_line() -> None:
    text = (
        "The licence is suspended from 4 May 2025, when inspectors found falsified "
        "maintenance logs, until 3 May 2026.\n"
        "The northern motorway has been closed since Monday."
    )
    article = handmade(
        text,
        "2025-05-08T09:00",
        timexes=[
            ("4 May 2025", "2025-05-04", None),
            ("3 May 2026", "2026-05-03", None),
            ("Monday", "2025-05-05", "2025-05-08"),  # (the stretch since then, to today)
        ],
        events=[{"trigger": "found", "type": "INSPECT", "begin": "2025-05-04"}],
    )
    items = build_timeline(linked(article)).items
    summaries = [(i.begin, i.end, i.summary) for i in items]
    assert summaries[:2] == [
        ("2025-05-04", "2025-05-04", "On 4 May 2025, inspectors found falsified maintenance logs."),
        ("2025-05-05", "2025-05-05", "Since 5 May 2025, the northern motorway has been closed."),
    ]
    # the day the suspension ends closes its stretch: no "On 3 May 2026" telling the
    # inspectors' find again, as if it happened then
    assert summaries[2:] == [
        (
            "2026-05-03",
            "2026-05-03",
            "Until 3 May 2026, the licence is suspended from 4 May 2025, when inspectors found "
            "falsified maintenance logs.",
        )
    ]
    # no line says the suspension "runs" on 4 May
    assert not any("suspended" in s for _, _, s in summaries if s.startswith("On 4 May"))


def test_a_date_of_a_noun_inside_a_phrase_dates_no_line_of_the_sentence() -> None:
    text = (
        "All the sprinter's titles since the positive test, including her win at the national "
        "championships in August 2025, have been withdrawn.\n"
        "Customs officers detained two crew members after a raid on Tuesday."
    )
    article = handmade(
        text,
        "2026-01-15T09:00",
        timexes=[("August 2025", "2025-08-01", "2025-08-31"), ("Tuesday", "2026-01-13", None)],
        events=[
            {"trigger": "withdrawn", "type": "LEGAL", "begin": "2025-08-01", "end": "2025-08-31"},
            # (happened after the raid: bounded by its day)
            {
                "trigger": "detained",
                "type": "COERCE",
                "begin": "2026-01-13",
                "end": None,
                "timex": "Tuesday",
            },
        ],
    )
    # as the events stage marks them: the win's month, the raid's day
    article.timexes[0].dated_noun = text.index("win at")
    article.timexes[1].dated_noun = text.index("raid on")
    items = build_timeline(linked(article)).items
    # the titles were not withdrawn in August 2025, nor the crew detained on Tuesday: the
    # first sentence is dated by its publication, the second (after a day, on none) by none
    assert [(i.begin, i.summary) for i in items] == [
        (
            "2026-01-15",
            # (its perfect: withdrawn by the day of the report, which names no day)
            "By 15 January, all the sprinter's titles since the positive test, including her "
            "win at the national championships in August 2025, had been withdrawn.",
        )
    ]


def test_an_event_in_a_relative_clause_is_told_of_the_subject() -> None:
    text = (
        "Ana Ruiz, the mayor who took office on 2 May with 51% of the vote, called the "
        "ruling unfair on Tuesday."
    )
    article = handmade(
        text,
        "2025-06-12T09:00",
        timexes=[("2 May", "2025-05-02", None), ("Tuesday", "2025-06-10", None)],
        events=[
            {"trigger": "took", "type": "PERSONNEL", "begin": "2025-05-02"},
            {"trigger": "called", "type": "ACCUSE", "begin": "2025-06-10"},
        ],
    )
    article.timexes[0].subordinate = True  # as the events stage marks a relative clause's date
    items = build_timeline(linked(article)).items
    assert [i.summary for i in items] == [
        "On 2 May, Ana Ruiz took office with 51% of the vote.",
        # (the clause has its own line: the line of the Tuesday leaves it out)
        "On 10 June, Ana Ruiz, the mayor, called the ruling unfair.",
    ]


def test_clauses_joined_in_one_sentence_each_on_its_own_day_make_a_line_each() -> None:
    text = (
        "Police arrested the driver on 3 March, and on 5 March a court in Porto charged "
        "him with manslaughter."
    )
    article = handmade(
        text,
        "2025-03-10T09:00",
        timexes=[("3 March", "2025-03-03", None), ("5 March", "2025-03-05", None)],
        events=[
            {"trigger": "arrested", "type": "ARREST", "begin": "2025-03-03"},
            {"trigger": "charged", "type": "ACCUSE", "begin": "2025-03-05"},
        ],
    )
    items = build_timeline(linked(article)).items
    assert [i.summary for i in items] == [
        "On 3 March, police arrested the driver.",
        # ("him" is the driver, named in the clause the line leaves out)
        "On 5 March, a court in Porto charged the driver with manslaughter.",
    ]
    assert all(i.sources[0].start == 0 for i in items)  # both from the whole sentence


def test_a_stretch_of_time_up_to_now_is_no_report_of_the_publication_day() -> None:
    text = (
        "Since then, the army has shelled the town every night.\n"
        "Rescuers pulled two children from the rubble on Monday."
    )
    article = handmade(
        text,
        "2025-03-12T09:00",
        timexes=[("Monday", "2025-03-10", None)],
        events=[
            {"trigger": "shelled", "type": "ASSAULT", "begin": "2025-03-12", "inferred": True},
            {"trigger": "pulled", "type": "AID", "begin": "2025-03-10"},
        ],
    )
    items = build_timeline(linked(article)).items
    assert [i.summary for i in items] == [
        "On 10 March, rescuers pulled two children from the rubble."
    ]


def test_consecutive_days_listed_together_make_one_line() -> None:
    text = "The prosecution and the defence made their closing speeches last Thursday and Friday."
    article = handmade(
        text,
        "2026-03-10T09:00",
        timexes=[("last Thursday", "2026-03-05", None), ("Friday", "2026-03-06", None)],
    )
    items = build_timeline(linked(article)).items
    assert [(i.begin, i.end, i.summary) for i in items] == [
        (
            "2026-03-05",
            "2026-03-06",
            "On 5-6 March, the prosecution and the defence made their closing speeches.",
        )
    ]


def test_an_event_dated_by_a_yardstick_week_makes_no_line() -> None:
    text = "The ministry said on Thursday that 64 people had died, up from 41 deaths it reported a week ago."
    article = handmade(
        text,
        "2026-04-17T09:00",
        timexes=[("Thursday", "2026-04-16", None), ("a week ago", "2026-04-06", "2026-04-12")],
        events=[
            {"trigger": "deaths", "type": "PERSONNEL", "begin": "2026-04-06", "end": "2026-04-12"}
        ],
    )
    assert [i.begin for i in build_timeline(linked(article)).items] == ["2026-04-16"]


def month_and_day():
    """An article with one development dated by a month and one by a day."""
    return handmade(
        "In August 2024, the European Commission said it was ready to cope without Russian gas.\n"
        "On 19 December, Zelenskyy said Ukraine would not extend the transit agreement.",
        "2025-01-01T09:12",
        timexes=[("August 2024", "2024-08-01", "2024-08-31"), ("19 December", "2024-12-19", None)],
        events=[{"trigger": "said", "begin": "2024-08-01", "end": "2024-08-31"}],
    )


def test_a_development_dated_by_a_month_is_a_month_line() -> None:
    items = build_timeline(linked(month_and_day())).items
    assert [(i.begin, i.end) for i in items] == [
        ("2024-08-01", "2024-08-31"),
        ("2024-12-19", "2024-12-19"),
    ]
    month = items[0].to_json()
    assert month["when"]["precision"] == "month"
    assert month["summary"].startswith("In August, the European Commission said")


def test_max_dates_ranks_days_and_leaves_month_lines_out() -> None:
    items = build_timeline(linked(month_and_day()), max_dates=5).items
    assert [i.begin for i in items] == ["2024-12-19"]


def last_week_and_today():
    """An article with a sentence dated only by the week before publication."""
    return handmade(
        "Last week, it emerged that the plant would close its second blast furnace.\n"
        "Unions called the plan a betrayal of the town's workers.",
        "2026-06-10T09:00",
        timexes=[("Last week", "2026-06-01", "2026-06-07", "2026-W23")],
    )


def test_a_sentence_dated_by_a_week_is_a_week_line_not_one_of_the_publication_day() -> None:
    items = build_timeline(linked(last_week_and_today())).items
    assert [(i.begin, i.end) for i in items] == [
        ("2026-06-01", "2026-06-07"),
        ("2026-06-10", "2026-06-10"),
    ]
    week = items[0].to_json()
    assert week["when"]["precision"] == "week"
    assert week["summary"].startswith("In the week of 1 June, it emerged that the plant")
    # --max-dates ranks days: the week is none of them
    assert [i.begin for i in build_timeline(linked(last_week_and_today()), max_dates=5).items] == [
        "2026-06-10"
    ]


def test_a_day_that_only_bounds_the_event_makes_no_line() -> None:
    text = (
        "The prime minister is likely to resign before the vote on Thursday, aides said.\n"
        "On Monday, the opposition tabled a motion of no confidence."
    )
    article = handmade(
        text,
        "2026-06-09T09:00",
        timexes=[("Thursday", "2026-06-11", None), ("Monday", "2026-06-08", None)],
        events=[
            {"trigger": "resign", "begin": None, "end": "2026-06-11", "timex": "Thursday"},
            {"trigger": "tabled", "begin": "2026-06-08", "timex": "Monday"},
        ],
    )
    assert [i.begin for i in build_timeline(linked(article)).items] == ["2026-06-08"]


def test_a_development_dated_coarser_than_a_day_is_not_moved_to_publication() -> None:
    text = (
        "In late October, the intelligence service warned that Russia was stockpiling missiles.\n"
        "On 15 November, Olaf Scholz held a phone call with Vladimir Putin."
    )
    article = handmade(
        text,
        "2024-11-17T10:45",
        timexes=[("late October", "2024-10-22", "2024-10-31"), ("15 November", "2024-11-15", None)],
        events=[{"trigger": "warned", "begin": "2024-10-22", "end": "2024-10-31"}],
    )
    assert [i.begin for i in build_timeline(linked(article)).items] == ["2024-11-15"]


def test_a_day_from_a_relative_clause_does_not_date_the_sentence() -> None:
    from backstory.extraction import Timex

    text = "On 12 February, the court upheld a fine that the regulator imposed on 22 May 2023."
    article = handmade(
        text,
        "2025-02-12T15:20",
        timexes=[("12 February", "2025-02-12", None), ("22 May 2023", "2023-05-22", None)],
    )
    article.timexes = [
        Timex(**{**t.__dict__, "subordinate": t.text == "22 May 2023"}) for t in article.timexes
    ]
    assert [i.begin for i in build_timeline(linked(article)).items] == ["2025-02-12"]


def test_the_month_may_is_not_the_modal() -> None:
    from backstory.linking.reports import guess_modality

    assert guess_modality("The regulator imposed the fine in May 2023.") == "asserted"
    assert guess_modality("The regulator may impose a fine.") == "likely"


def test_plans_as_a_noun_after_a_preposition_are_no_plan() -> None:
    from backstory.linking.reports import guess_modality

    sentence = "Fighting erupted in June 2021 over plans to merge the two militias."
    assert guess_modality(sentence) == "asserted"
    assert guess_modality("The ministry plans to merge the two agencies in July.") == "planned"


def test_a_countrys_timeline_covers_what_happened_in_its_regions_and_cities() -> None:
    text = (
        "Floods in Kenya displaced 4,000 people on 3 May, the Red Cross said.\n"
        "On 1 May, three people drowned in Kisumu County.\n"
        "On 2 May, a bridge collapsed in Kampala."
    )
    article = handmade(
        text,
        "2024-05-04T10:00",
        timexes=[
            ("3 May", "2024-05-03", None),
            ("1 May", "2024-05-01", None),
            ("2 May", "2024-05-02", None),
        ],
        entities=[
            ("Kenya", "COUNTRY", ["Kenya"]),
            ("Kisumu County", "REGION", ["Kisumu County"]),
            ("Kampala", "CITY", ["Kampala"]),
        ],
    )
    for entity, country in zip(article.entities, ("KE", "KE", "UG"), strict=True):
        entity.country = country
    days = {i.begin for i in build_timeline(linked(article), about="Kenya").items}
    assert days == {"2024-05-01", "2024-05-03"}  # not Kampala: another country's city


def test_a_plan_told_in_the_past_is_a_plan() -> None:
    from backstory.linking.reports import guess_modality

    text = "The trial was due to start on Monday, but the judge fell ill."
    assert guess_modality(text) == "planned"
    assert guess_modality("The minister was to sign the decree on Friday.") == "planned"
    # "due to" before a noun is a cause, no plan
    assert guess_modality("Flights were cancelled due to the storm on Friday.") != "planned"
    assert guess_modality("Two buses were lost due to heavy snowfall overnight.") != "planned"
    assert guess_modality("The ferries are also due to resume sailing.") == "planned"
    assert guess_modality("Talks were originally due to open in Vienna.") == "planned"


def test_a_day_named_only_as_a_plan_weighs_as_little_as_a_forecast() -> None:
    from backstory.timelines.ranking import score_days

    def source(day: str, published: str, modality: str, article: str) -> dict:
        return {"begin": day, "published": published, "explicit": True,
                "modality": modality, "article_id": article}  # fmt: skip

    scores = score_days(
        [
            source("2024-03-04", "2024-03-06", "planned", "a"),  # "was due to start on Monday"
            source("2024-03-05", "2024-03-06", "asserted", "a"),  # "started on Tuesday"
        ]
    )
    assert scores["2024-03-05"] > scores["2024-03-04"]


def test_an_event_in_a_relative_clause_about_the_object_is_told_of_its_subject() -> None:
    text = (
        "The army said on Tuesday it had ordered the evacuation of the Nasser hospital, "
        "which it raided on Nov. 15."
    )
    article = handmade(
        text,
        "2025-11-20T09:00",
        timexes=[("Tuesday", "2025-11-18", None), ("Nov. 15", "2025-11-15", None)],
        events=[
            {"trigger": "ordered", "type": "DEMAND", "begin": "2025-11-18"},
            {"trigger": "raided", "type": "ATTACK", "begin": "2025-11-15"},
        ],
    )
    article.timexes[1].subordinate = True  # as the events stage marks a relative clause's date
    items = build_timeline(linked(article)).items
    assert [i.summary for i in items] == [
        "On 15 November, the army raided the Nasser hospital.",
        # (the relative clause of another day has its own line: the saying's ends before it)
        "On 18 November, the army said it had ordered the evacuation of the Nasser hospital.",
    ]
    assert items[0].sources[0].start == 0 and items[0].sources[0].end == len(text)
    assert_summary_from_sources(items[0])


def test_the_day_something_is_moved_to_makes_no_line_after_a_fronted_day() -> None:
    text = (
        "On 3 October, the city council moved the vote on the budget to 14 December, "
        "citing the unrest."
    )
    article = handmade(
        text,
        "2025-10-05T09:00",
        timexes=[("3 October", "2025-10-03", None), ("14 December", "2025-12-14", None)],
    )
    items = build_timeline(linked(article)).items
    assert [i.summary for i in items] == [
        "On 3 October, the city council moved the vote on the budget to 14 December, "
        "citing the unrest."
    ]
    # the day of the moving named anywhere in the sentence
    text = "The city council said on Friday it had moved the vote on the budget to 14 December."
    article = handmade(
        text,
        "2025-10-05T09:00",
        timexes=[("Friday", "2025-10-03", None), ("14 December", "2025-12-14", None)],
    )
    assert [i.begin for i in build_timeline(linked(article)).items] == ["2025-10-03"]
    # with no day of its own for the moving, the day moved to still makes its line, and
    # the day it was moved from is not the day of the moving
    for text in (
        "The city council has moved the vote on the budget to December 14.",
        "The city council has moved the vote on the budget from December 3 to December 14.",
    ):
        article = handmade(
            text,
            "2025-10-05T09:00",
            timexes=[("December 3", "2025-12-03", None), ("December 14", "2025-12-14", None)],
        )
        assert "2025-12-14" in [i.begin for i in build_timeline(linked(article)).items]


def test_the_date_of_a_thing_that_opens_a_stretch_is_no_day_of_the_event() -> None:
    text = (
        "The fault is another blow for the carrier, which has flown the new jet only "
        "twice since its maiden flight in March 2025."
    )
    article = handmade(
        text,
        "2025-09-02T09:00",
        timexes=[("March 2025", "2025-03-01", "2025-03-31")],
        events=[{"trigger": "flown", "type": "TRAVEL", "begin": "2025-03-01", "end": "2025-03-31"}],
    )
    article.timexes[0].subordinate = True  # as the events stage marks a relative clause's date
    items = build_timeline(linked(article)).items
    # no line says the fault (or the flying) was in March: the sentence is the day's report
    assert [i.begin for i in items] == ["2025-09-02"]


def _real(text: str, published: str):
    from datetime import datetime

    from backstory import extract

    return extract(text, published=datetime.fromisoformat(published))


def test_part_of_a_month_or_week_dates_its_line_by_the_whole_month_or_week() -> None:
    # no source said which days of the week or month: the line names the week or month
    text = (
        "Earlier this week, engineers closed the old bridge over the river to lorries. "
        "In late January, the council approved funding for a new crossing."
    )
    items = build_timeline(linked(_real(text, "2026-03-05T10:00"))).items
    spans = {(i.begin, i.end): i.summary for i in items}
    assert spans[("2026-03-02", "2026-03-08")].startswith("In the week of 2 March, engineers")
    # (the part of the month the source named stays in the words: "late January")
    assert spans[("2026-01-01", "2026-01-31")].startswith("In late January, the council approved")


def test_a_sentence_placed_only_in_recent_days_makes_no_line_of_the_publication_day() -> None:
    text = (
        "In recent days, thousands of farmers blocked roads around the capital. "
        "The agriculture minister said on Thursday that she would meet their leaders."
    )
    items = build_timeline(linked(_real(text, "2026-03-05T10:00"))).items
    assert [i.begin for i in items] == ["2026-03-05"]
    assert "farmers blocked" not in items[0].summary


def test_a_sentence_opening_with_a_preposition_before_a_name_loses_its_capital() -> None:
    line = _line_of("Under Danish law, the ban will not apply to fishing boats.")
    assert line.startswith("On 5 March, under Danish law, the ban")


def _line_of(sentence: str) -> str:
    return summarise(sentence, begin="2026-03-05", date_span=None)


def test_a_bound_from_a_month_on_makes_no_line_of_its_first_day() -> None:
    text = (
        "Exports rose for a third month in January, customs data showed on Monday, "
        "raising hopes that factories could start hiring again as early as next month."
    )
    items = build_timeline(linked(_real(text, "2026-02-18T07:30"))).items
    assert "2026-03-01" not in [i.begin for i in items]
    assert "2026-02-16" in [i.begin for i in items]


def test_a_line_opening_with_its_names_the_organisation_it_belongs_to(tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.ingest import ingest
    from backstory.settings import Settings

    text = (
        "The Reserve Bank of Australia left its cash rate unchanged on Tuesday. "
        "Its next meeting is scheduled for 1 April."
    )
    rows = tmp_path / "rba.jsonl"
    rows.write_text(json.dumps({"date": "2026-03-05T10:00", "text": text, "title": "RBA"}))
    with Archive.open(tmp_path / "rba.db") as archive:
        assert ingest(archive, [rows], settings=Settings()).added == 1
        items = build_timeline(archive.engine).items
    april = next(i for i in items if i.begin == "2026-04-01")
    assert april.summary.startswith("On 1 April, the Reserve Bank of Australia's next meeting")


def test_a_background_takes_the_dated_steps_of_one_earlier_article() -> None:
    from datetime import datetime

    from backstory import Article, extract

    earlier = extract(
        Article(
            text=(
                "Floods force 8,000 from homes in the Drava valley\n\n"
                "Floodwaters in the Drava valley forced about 8,000 people from their homes, "
                "officials said on Friday.\n"
                "The river burst its banks near Osijek on 10 May after a week of heavy rain.\n"
                "On 12 May, the army began building a dyke of sandbags along the Drava.\n"
                "The government declared a state of emergency in the Drava valley on 13 May."
            ),
            published=datetime(2026, 5, 15, 9, 0),
        )
    )
    new = Article(
        text=(
            "Drava valley residents return as floodwaters recede\n\n"
            "Residents of the Drava valley began returning home on Monday as the floodwaters "
            "receded, officials said. The army's dyke of sandbags held near Osijek."
        ),
        published=datetime(2026, 6, 1, 9, 0),
    )
    background = build_background(linked(earlier), new, extract(new))
    days = [i.begin for i in background.items]
    assert {"2026-05-10", "2026-05-12", "2026-05-13"} <= set(days), days
    assert all(s.article_id == earlier.article.id for i in background.items for s in i.sources)


def test_a_background_tells_a_plan_on_the_day_it_was_announced() -> None:
    from datetime import datetime

    from backstory import Article, extract

    earlier = extract(
        Article(
            text=(
                "Dock workers in Gdansk will stage a 48-hour strike from 20 June, "
                "the Solidarity union said on Monday."
            ),
            published=datetime(2026, 6, 9, 15, 0),
            title="Port workers to strike over pay",
        )
    )
    new = Article(
        title="Gdansk port strike ends with pay deal",
        text=(
            "Dock workers in Gdansk returned to work on Tuesday after the Solidarity union "
            "agreed a pay deal with the port's operators, ending a 48-hour strike."
        ),
        published=datetime(2026, 6, 23, 9, 0),
    )
    background = build_background(linked(earlier), new, extract(new))
    # the plan's day has passed: the line is the announcement (8 June), not "On 20 June,
    # dock workers will stage a strike"
    assert [i.begin for i in background.items] == ["2026-06-08"], background.items


def test_a_sentence_telling_two_dated_acts_of_one_subject_gives_each_day_its_own_act() -> None:
    text = (
        "The opposition leader was detained in Minsk on 3 March and was released on bail "
        "on 9 April, his lawyer said on Thursday."
    )
    items = build_timeline(linked(_real(text, "2026-05-15T10:00"))).items
    lines = {i.begin: i.summary for i in items}
    assert lines["2026-03-03"] == (
        "On 3 March, the opposition leader was detained in Minsk, his lawyer said on 14 May."
    )
    assert lines["2026-04-09"] == (
        "On 9 April, the opposition leader was released on bail, his lawyer said on 14 May."
    )


def test_an_undated_act_is_not_placed_after_what_its_object_did_next() -> None:
    # published on Wednesday: the team cannot have been sent after it arrived on Tuesday
    text = (
        "Japan sent a medical team of 31 doctors, which arrived in Kathmandu "
        "on Tuesday. Aftershocks rattled the capital overnight."
    )
    extraction = _real(text, "2026-04-15T08:00")
    sent = next(e for e in extraction.events if e.trigger == "sent")
    assert (sent.begin, sent.end_date) == (None, "2026-04-14")  # by the arrival, on no day
    items = build_timeline(linked(extraction)).items
    assert [i.summary for i in items if "Kathmandu" in i.summary] == [
        "On 14 April, a medical team of 31 doctors arrived in Kathmandu."
    ]
    assert not any(" sent " in i.summary for i in items)
    # with no event found for either verb, the sentence is not told on its publication day
    text = "Turkey dispatched a search team of 45 people, which landed in Kathmandu on Tuesday."
    items = build_timeline(linked(_real(text, "2026-04-15T08:00"))).items
    assert "2026-04-15" not in [i.begin for i in items]


def test_a_clock_time_with_no_day_follows_the_story_s_day_not_the_publication() -> None:
    text = (
        "A landslide buried a mountain village in Yunnan province on Tuesday, state media "
        "said on Wednesday.\n\n"
        "The hillside collapsed at about 4 a.m., sweeping away 14 houses as residents slept."
    )
    extraction = _real(text, "2026-07-15T10:00")
    clock = next(t for t in extraction.timexes if t.text == "about 4 a.m.")
    assert (clock.value, clock.anchor) == ("2026-07-14T04:00", "narrative")
    items = build_timeline(linked(extraction)).items
    collapse = [i for i in items if "hillside collapsed" in i.summary]
    assert [(i.begin, i.summary) for i in collapse] == [
        (
            "2026-07-14",
            "At about 4 a.m. on 14 July, the hillside collapsed, sweeping away 14 houses as "
            "residents slept.",
        )
    ]


def test_a_clock_time_whose_day_the_story_leaves_unclear_makes_no_line() -> None:
    # only a saying is dated, on a day before publication: the collapse's day is not clear
    text = (
        "Provincial officials said on Tuesday that 37 people were missing.\n\n"
        "The hillside collapsed at about 4 a.m., sweeping away 14 houses, state media reported."
    )
    extraction = _real(text, "2026-07-15T10:00")
    clock = next(t for t in extraction.timexes if t.text == "about 4 a.m.")
    assert clock.value == "XXXX-XX-XXT04:00" and clock.begin is None
    items = build_timeline(linked(extraction)).items
    assert not any("collapsed" in i.summary for i in items)
    # a story that names no day but its publication's is set on it
    text = "Shares in Halden Foods fell 9% at midday after the company cut its profit forecast."
    items = build_timeline(linked(_real(text, "2026-07-15T16:00"))).items
    assert [i.begin for i in items] == ["2026-07-15"]


def test_a_past_day_inside_a_claim_dated_by_its_own_saying_is_the_claim_s_line() -> None:
    text = (
        "The defence minister said in parliament on Tuesday that the army had recaptured "
        "the port of Kismayo in January and that troops would stay there until the elections."
    )
    items = build_timeline(linked(_real(text, "2026-06-05T10:00"))).items
    lines = {i.begin: i.summary for i in items}
    # the January line tells what was recaptured then, not the Tuesday speech
    assert lines["2026-01-01"] == (
        "In January, the army recaptured the port of Kismayo, according to the defence minister."
    )
    assert lines["2026-06-02"].startswith("On 2 June, the defence minister said in parliament")


def test_a_clause_of_time_inside_a_dated_claim_is_still_its_day_s_line() -> None:
    text = (
        "The highways agency said on Tuesday that it had shut the motorway after engineers "
        "found cracks in a viaduct on 28 May."
    )
    items = build_timeline(linked(_real(text, "2026-06-05T10:00"))).items
    lines = {i.begin: i.summary for i in items}
    assert lines["2026-05-28"] == "On 28 May, engineers found cracks in a viaduct."


def test_a_date_in_a_clause_of_comparison_dates_no_line_of_the_sentence() -> None:
    text = (
        "The regulator fined the bank 3 million euros, as it had warned in January. "
        "Trains were cancelled as drivers began a strike on Wednesday."
    )
    extraction = _real(text, "2025-06-05T10:00")
    warned = next(t for t in extraction.timexes if t.text == "January")
    assert warned.subordinate  # the warning's month, not the fine's
    items = build_timeline(linked(extraction)).items
    assert not any(i.begin.startswith("2025-01") for i in items)
    # the "as" of time leaves the day with the sentence
    assert "On 4 June, trains were cancelled as drivers began a strike." in [
        i.summary for i in items
    ]


def test_a_source_line_names_where_the_news_came_from_and_makes_no_line() -> None:
    text = (
        "Rescuers pulled 14 miners alive from a flooded coal mine in Shanxi on Sunday.\n\n"
        "Source: Headquarters for the Coordination of Mine Rescue\n\n"
        "Details: Two miners are still missing, the ministry said."
    )
    items = build_timeline(linked(_real(text, "2026-04-13T08:00"))).items
    sentences = {s.sentence.strip() for i in items for s in i.sources}
    assert "Headquarters for the Coordination of Mine Rescue" not in sentences, sentences
    assert [i.begin for i in items] == ["2026-04-12", "2026-04-13"], [i.summary for i in items]


def test_a_participle_after_a_dated_act_shares_its_day_not_the_saying_s() -> None:
    # the killing is the bomb's, late on Sunday; Monday is only when it was said
    text = (
        "A roadside bomb hit an army convoy near Kandahar late on Sunday, killing four "
        "soldiers, the army said on Monday."
    )
    extraction = _real(text, "2026-04-14T09:00")
    killing = next(e for e in extraction.events if e.trigger == "killing")
    assert (killing.begin, killing.inferred) == ("2026-04-12", False)
    items = build_timeline(linked(extraction)).items
    # one line, on the bombing's day: no second line for the saying repeats it
    assert [i.summary for i in items] == [
        "Late on 12 April, a roadside bomb hit an army convoy near Kandahar, killing four "
        "soldiers, the army said on 13 April."
    ]


def test_a_saying_day_after_what_it_reports_makes_no_line_of_its_own() -> None:
    text = "Customs officers seized 40 kilograms of cocaine at the port on 2 May, police said on Friday."
    items = build_timeline(linked(_real(text, "2026-05-09T09:00"))).items
    assert [i.begin for i in items] == ["2026-05-02"]
    # a saying that comes first, of a claim with a day of its own, keeps its line
    text = (
        "The finance minister said on Tuesday that the budget would be presented to "
        "parliament on 20 October."
    )
    items = build_timeline(linked(_real(text, "2026-10-08T09:00"))).items
    assert {"2026-10-06", "2026-10-20"} <= {i.begin for i in items}


def test_a_future_on_a_day_gone_by_is_told_as_a_plan_in_the_past() -> None:
    first = _real(
        "The new e-reader will go on sale in Canada on 12 August, the company said on Monday.",
        "2026-08-04T09:00",
    )
    items = build_timeline(linked(first)).items
    # read on 4 August, the sale is still to come: its future stays
    assert {i.begin: i.summary for i in items}["2026-08-12"].startswith(
        "On 12 August, the new e-reader will go on sale in Canada"
    )
    later = _real(
        "Long queues formed outside bookshops in Toronto on Wednesday as the e-reader went on sale.",
        "2026-08-14T09:00",
    )
    lines = [i.summary for i in build_timeline(linked(first, later)).items]
    assert any(
        line.startswith("On 12 August, the new e-reader was to go on sale in Canada")
        for line in lines
    ), lines
    assert any(line.startswith("On 3 August, the new e-reader was to go on sale") for line in lines)
    assert not any(" will " in line for line in lines)


def test_a_clock_time_inside_what_was_said_the_day_before_is_the_claim_s_line() -> None:
    # the mayor spoke on the day of publication; the shooting's time is the night before
    text = (
        "A gunman killed three people at a bar in Ghent late on Saturday, police said.\n"
        "The city's mayor said the gunman opened fire at about 23:15 and fled on foot."
    )
    items = build_timeline(linked(_real(text, "2026-03-15T10:00"))).items
    lines = [i.summary for i in items if i.begin == "2026-03-14"]
    assert (
        "At about 23:15 on 14 March, the gunman opened fire and fled on foot, "
        "according to the city's mayor."
    ) in lines, lines


def test_a_plan_bounded_by_a_day_still_to_come_keeps_its_future() -> None:
    text = "The army will withdraw from the city by 1 November, the ministry said on Monday."
    items = build_timeline(linked(_real(text, "2025-03-12T10:00"))).items
    lines = [i.summary for i in items if i.begin == "2025-03-10"]
    assert lines == [
        "On 10 March, the army will withdraw from the city by 1 November, the ministry said."
    ], lines


def test_what_was_done_during_a_dated_happening_takes_its_day() -> None:
    text = (
        "The agreement reached during talks in Doha on 3 June allows aid convoys into the "
        "city. Both sides released detainees during a truce on Friday."
    )
    items = build_timeline(linked(_real(text, "2026-06-15T09:00"))).items
    lines = {i.begin: i.summary for i in items}
    assert (
        lines.get("2026-06-03") == "On 3 June, the agreement was reached during talks in Doha."
    ), lines
    assert "2026-06-12" in lines, lines
    # what the sentence says of the agreement now is no line of 3 June
    assert not any("allows" in i.summary for i in items if i.begin == "2026-06-03")


def test_a_plan_of_a_day_said_on_another_is_one_line_under_the_plan_s_day() -> None:
    text = (
        "The prime ministers of Estonia and Latvia will meet in Riga on 24 April, the "
        "Estonian government said on Tuesday."
    )
    items = build_timeline(linked(_real(text, "2026-04-15T09:00"))).items
    assert [i.begin for i in items] == ["2026-04-24"], [i.summary for i in items]
    assert items[0].summary == (
        "On 24 April, the prime ministers of Estonia and Latvia will meet in Riga, the "
        "Estonian government said on 14 April."
    )


def test_a_day_bounded_by_by_keeps_its_bound_in_the_line() -> None:
    text = (
        "Floodwater swept through the village of Pleszew on Sunday. The town's mayor added "
        "that soldiers had evacuated 140 residents by the evening of 15 September."
    )
    items = build_timeline(linked(_real(text, "2026-09-16T09:00"))).items
    lines = [i.summary for i in items if i.begin == "2026-09-15"]
    assert any(
        line.startswith("By the evening of 15 September, soldiers had evacuated 140 residents")
        and line.endswith("according to the town's mayor.")
        for line in lines
    ), lines
    assert not any(line.startswith("On the evening of 15 September") for line in lines), lines


def test_damage_told_right_after_a_strike_of_a_day_before_is_that_day_s() -> None:
    text = (
        "A Russian drone struck an apartment block in Sumy late on Saturday, injuring "
        "five people, the regional governor said.\n\n"
        "The governor said that the drone hit the upper floors at about 23:10. Two "
        "flats and a kindergarten were damaged."
    )
    items = build_timeline(linked(_real(text, "2026-05-10T09:00"))).items
    damaged = [i for i in items if "kindergarten were damaged" in i.summary]
    assert [i.begin for i in damaged] == ["2026-05-09"], [(i.begin, i.summary) for i in items]


def test_a_trailing_saying_of_a_day_dates_the_undated_report_it_closes() -> None:
    text = (
        "Armenia and Azerbaijan have exchanged the bodies of 12 soldiers, the State "
        "Commission on Missing Persons reported on Friday.\n\n"
        "Azerbaijani forces took the hill of Sarukhan, the defence ministry said on Thursday."
    )
    items = build_timeline(linked(_real(text, "2026-02-16T09:00"))).items
    lines = {i.begin: i.summary for i in items}
    assert "2026-02-16" not in lines, lines
    assert lines.get("2026-02-13", "").startswith(
        "On 13 February, Armenia and Azerbaijan exchanged the bodies of 12 soldiers"
    ), lines
    assert "2026-02-12" in lines, lines


def test_a_quote_under_a_label_keeps_its_speaker_in_every_sentence() -> None:
    text = (
        "Floods cut off three villages in the valley on Tuesday, the regional governor said.\n\n"
        'Quote from the governor: "The water is still rising. Our rescuers are working '
        'through the night."'
    )
    items = build_timeline(linked(_real(text, "2026-04-08T09:00"))).items
    lines = [i.summary for i in items]
    # (not 'On 8 April, "Our rescuers are working through the night."', a quote of no one)
    assert 'On 8 April, the governor said: "Our rescuers are working through the night."' in (
        lines
    ), lines


def test_a_past_claim_of_a_day_said_on_the_next_is_one_line_late_on_its_day() -> None:
    text = (
        "Negotiators from Serbia and Kosovo ended their talks in Brussels late on 3 "
        "November, the EU envoy said on Wednesday morning."
    )
    items = build_timeline(linked(_real(text, "2026-11-05T09:00"))).items
    assert [(i.begin, i.summary) for i in items] == [
        (
            "2026-11-03",
            "Late on 3 November, negotiators from Serbia and Kosovo ended their talks in "
            "Brussels, the EU envoy said on the morning of 4 November.",
        )
    ]


def test_a_saying_s_day_that_is_the_line_s_day_is_not_said_twice() -> None:
    text = "Rebels seized the border town of Kalemie, a UN spokesman said on Tuesday."
    items = build_timeline(linked(_real(text, "2026-03-10T18:00"))).items
    lines = [i.summary for i in items if i.begin == "2026-03-10"]
    assert lines == [
        "On 10 March, rebels seized the border town of Kalemie, a UN spokesman said."
    ], [(i.begin, i.summary) for i in items]


def test_a_relative_clause_of_a_claim_holding_its_day_is_the_claim_s_line() -> None:
    text = (
        "The health minister said the two governments had set up a joint health commission, "
        "which will hold its first meeting in October."
    )
    items = build_timeline(linked(_real(text, "2026-05-04T09:00"))).items
    lines = [i.summary for i in items if i.begin.startswith("2026-10")]
    assert lines == [
        "In October, a joint health commission will hold its first meeting, according "
        "to the health minister."
    ], [(i.begin, i.summary) for i in items]


def test_a_happening_that_began_in_a_relative_clause_is_a_line_of_that_day() -> None:
    text = (
        "Dockworkers in Santos have been on a strike that began on Sept. 13, halting "
        "coffee exports."
    )
    article = handmade(
        text,
        "2025-10-08T09:00",
        timexes=[("Sept. 13", "2025-09-13", None)],
        events=[
            {"trigger": "strike", "type": "PROTEST", "begin": "2025-09-13", "end": "2025-09-13"}
        ],
    )
    article.timexes[0].subordinate = True  # as the events stage marks a relative clause's date
    items = build_timeline(linked(article)).items
    # the strike is the relative clause's own happening: its day's line tells it alone
    assert [i.summary for i in items if i.begin == "2025-09-13"] == [
        "On 13 September, a strike began."
    ]
