"""Linking on hand-built extractions of real sentences: entities, developments,
stories and claims, incremental and independent of ingest order."""

from __future__ import annotations

import itertools

from sqlalchemy import create_engine, select
from sqlalchemy.pool import StaticPool

from archive_fixtures import *  # noqa: F403  (archive, archive_target, postgres_cluster)
from backstory.linking import link_extraction
from backstory.linking import tables as t
from backstory.linking.claims import claim_histories
from handmade import handmade

NK = ("North Korea", "COUNTRY", ["North Korea", "North Korean"])
ZELENSKYY = ("Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelenskyy", "Zelenskyy"])
ZELENSKY = ("Zelensky", "PERSON", ["Zelensky"])


def engine():
    return create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )


def article_a():
    return handmade(
        "On 17 October, Zelenskyy specified that Russia intended to involve about 10,000 "
        "soldiers from North Korea in the war against Ukraine.",
        "2024-10-17T18:00",
        title="Zelenskyy: Russia intends to involve 10,000 North Korean soldiers",
        timexes=[("17 October", "2024-10-17", None)],
        entities=[
            NK,
            ZELENSKYY,
            ("Russia", "COUNTRY", ["Russia"]),
            ("Ukraine", "COUNTRY", ["Ukraine"]),
        ],
        quantities=[("about 10,000 soldiers", 10000, "soldiers")],
        events=[{"trigger": "specified", "begin": "2024-10-17", "speaker": "Volodymyr Zelenskyy"}],
    )


def article_b():
    # Another outlet's report of the same statement, a day later.
    return handmade(
        "Ukrainian President Zelensky said on 17 October that Russia intended to involve "
        "about 10,000 soldiers from North Korea in the war.",
        "2024-10-18T09:00",
        title="Russia to involve 10,000 North Korean soldiers, Zelensky says",
        timexes=[("17 October", "2024-10-17", None)],
        entities=[NK, ZELENSKY, ("Russia", "COUNTRY", ["Russia"])],
        quantities=[("about 10,000 soldiers", 10000, "soldiers")],
        events=[{"trigger": "said", "begin": "2024-10-17", "speaker": "Zelensky"}],
    )


def article_c():
    return handmade(
        "On 18 October, Kyrylo Budanov, Head of Defence Intelligence of Ukraine, confirmed that "
        "about 11,000 North Korean infantrymen were currently undergoing training in Russia's east.\n"
        "They will be ready to take part in combat actions against Ukraine as early as 1 November.",
        "2024-10-18T15:00",
        title="Budanov: 11,000 North Korean infantrymen training in Russia",
        timexes=[("18 October", "2024-10-18", None), ("1 November", "2024-11-01", None)],
        entities=[
            NK,
            ("Kyrylo Budanov", "PERSON", ["Kyrylo Budanov"]),
            ("Ukraine", "COUNTRY", ["Ukraine"]),
        ],
        quantities=[("about 11,000 North Korean infantrymen", 11000, "North Korean infantrymen")],
        events=[{"trigger": "confirmed", "begin": "2024-10-18", "speaker": "Kyrylo Budanov"}],
    )


def article_d():
    return handmade(
        "A strong aftershock rocked Haiti on 20 January, sending screaming people running into "
        "the streets of Port-au-Prince.",
        "2010-01-20T12:00",
        timexes=[("20 January", "2010-01-20", None)],
        entities=[("Haiti", "COUNTRY", ["Haiti"]), ("Port-au-Prince", "CITY", ["Port-au-Prince"])],
    )


def snapshot(e) -> dict:
    """The linked structures as sets of source keys, free of ids and order."""
    with e.connect() as conn:
        sources = conn.execute(select(t.development_sources)).mappings().all()
        developments: dict[int, set] = {}
        for s in sources:
            developments.setdefault(s["development_id"], set()).add(
                (s["article_id"], s["sentence_start"], s["begin"])
            )
        members: dict[int, set] = {}
        for m in conn.execute(select(t.story_members)).mappings():
            members.setdefault(m["story_id"], set()).add(m["article_id"])
        entity_rows = conn.execute(select(t.entities)).mappings().all()
        claims = {
            (c["article_id"], c["start"], c["relation"])
            for c in conn.execute(select(t.claims)).mappings()
        }
    return {
        "developments": {frozenset(v) for v in developments.values()},
        "stories": {frozenset(v) for v in members.values()},
        "entities": {(r["name"], r["type"]) for r in entity_rows},
        "claims": claims,
    }


def test_reports_of_one_happening_from_two_articles_make_one_development() -> None:
    e = engine()
    for extraction in (article_a(), article_b(), article_c()):
        link_extraction(e, extraction)
    with e.connect() as conn:
        rows = conn.execute(select(t.development_sources)).mappings().all()
    on_17 = {r["development_id"] for r in rows if r["begin"] == "2024-10-17"}
    assert len(on_17) == 1, "Zelenskyy's statement of 17 October is one development"
    sources = [r for r in rows if r["begin"] == "2024-10-17"]
    assert {r["article_id"] for r in sources} == {article_a().article.id, article_b().article.id}
    on_18 = {r["development_id"] for r in rows if r["begin"] == "2024-10-18"}
    assert on_18 and on_18.isdisjoint(on_17), "Budanov's report of 18 October stays separate"


def test_entity_base_merges_spelling_variants_and_keeps_evidence() -> None:
    e = engine()
    for extraction in (article_a(), article_b()):
        link_extraction(e, extraction)
    with e.connect() as conn:
        people = (
            conn.execute(select(t.entities).where(t.entities.c.type == "PERSON")).mappings().all()
        )
        assert len(people) == 1, [p["name"] for p in people]
        aliases = (
            conn.execute(
                select(t.entity_aliases).where(t.entity_aliases.c.entity_id == people[0]["id"])
            )
            .mappings()
            .all()
        )
    assert {"Zelenskyy", "Zelensky"} <= {a["alias"] for a in aliases}
    evidence = [a for a in aliases if a["start"] is not None]
    assert {a["article_id"] for a in evidence} == {article_a().article.id, article_b().article.id}
    text = article_b().article.text
    assert all(
        text[a["start"] : a["end"]] == a["alias"]
        for a in evidence
        if a["article_id"] == article_b().article.id
    )


def test_linking_is_the_same_one_by_one_in_a_batch_and_in_any_order() -> None:
    makers = (article_a, article_b, article_c, article_d)
    results = []
    for order in itertools.permutations(range(len(makers))):
        e = engine()
        for i in order:
            link_extraction(e, makers[i]())
        results.append(snapshot(e))
    assert all(r == results[0] for r in results)
    # The North Korea reports form one story; the Haiti aftershock is another.
    stories = results[0]["stories"]
    assert (
        frozenset({article_a().article.id, article_b().article.id, article_c().article.id})
        in stories
    )
    assert frozenset({article_d().article.id}) in stories


def test_relinking_an_article_changes_nothing() -> None:
    e = engine()
    link_extraction(e, article_a())
    before = snapshot(e)
    link_extraction(e, article_a())
    assert snapshot(e) == before


def test_claim_history_marks_an_update_and_a_confirmation() -> None:
    e = engine()
    for extraction in (article_c(), article_b(), article_a()):  # out of order on purpose
        link_extraction(e, extraction)
    with e.connect() as conn:
        histories = claim_histories(conn, about="North Korea")
    troops = [h for h in histories if "troops" in h["subject"]]
    assert len(troops) == 1, histories
    history = troops[0]["history"]
    assert [(c["value"], c["said_on"]) for c in history] == [
        (10000, "2024-10-17"),
        (10000, "2024-10-17"),
        (11000, "2024-10-18"),
    ]
    assert history[0]["relation"] == "first report"
    assert history[0]["speaker"] == "Volodymyr Zelenskyy"
    # The second article repeats Zelenskyy's own figure: the same speaker, not independent.
    assert history[1]["relation"] == "repetition"
    assert history[2]["relation"] == "update" and history[2]["speaker"] == "Kyrylo Budanov"
    assert history[2]["relation_to"] == history[1]["id"]
    source = history[2]["source"]
    assert (
        article_c().article.text[source["start"] : source["end"]]
        == "about 11,000 North Korean infantrymen"
    )


def test_only_figures_of_what_happened_are_claims() -> None:
    text = (
        "Haitian officials said 75,000 bodies had already been buried in mass graves. "
        "Hundreds of people gathered outside the 100 bed hospital, where about 200,000 people "
        "in Haiti were reported killed. Elsewhere 3,000 people were reported killed."
    )
    extraction = handmade(
        text,
        "2010-01-20T12:00",
        timexes=[],
        entities=[("Haiti", "COUNTRY", ["Haitian", "Haiti"])],
        quantities=[
            ("3,000 people", 3000, "people"),
            ("75,000 bodies", 75000, "bodies"),
            ("Hundreds of people", 200, "people"),
            ("100 bed", 100, "bed"),
            ("about 200,000 people", 200000, "people"),
        ],
    )
    from backstory.linking.claims import claims_of

    claims = {c.quantity.text: c.subject for c in claims_of(extraction)}
    # Not claims: a vague magnitude, a count of beds, a figure about nobody named.
    assert set(claims) == {"75,000 bodies", "about 200,000 people"}
    assert claims["75,000 bodies"].endswith("deaths") and claims["about 200,000 people"].endswith(
        "deaths"
    )


def test_linking_in_the_archive_on_sqlite_and_postgresql(archive) -> None:
    from backstory.timelines import build_timeline

    for extraction in (article_a(), article_b(), article_c()):
        link_extraction(archive, extraction)
    link_extraction(archive, article_a())  # re-linking changes nothing
    items = build_timeline(archive, about="North Korea").items
    on_17 = [i for i in items if i.begin == "2024-10-17"]
    assert len(on_17) == 1 and len(on_17[0].sources) == 2
    with archive.engine.connect() as conn:
        history = claim_histories(conn, about="North Korea")[0]["history"]
    assert [c["relation"] for c in history] == ["first report", "repetition", "update"]


def test_a_figure_relayed_from_its_first_speaker_is_no_independent_confirmation() -> None:
    relayed = handmade(
        "On 19 October, the Kyiv Independent reported that about 10,000 soldiers from North Korea "
        "would join the war, citing Zelenskyy.",
        "2024-10-19T10:00",
        timexes=[("19 October", "2024-10-19", None)],
        entities=[NK, ("Kyiv Independent", "ORG", ["Kyiv Independent"])],
        quantities=[("about 10,000 soldiers", 10000, "soldiers")],
        events=[
            {
                "trigger": "reported",
                "begin": "2024-10-19",
                "speaker": "Kyiv Independent",
                "chain": ["Volodymyr Zelenskyy", "Kyiv Independent"],
            }
        ],
    )
    independent = handmade(
        "On 20 October, the Pentagon said about 10,000 soldiers from North Korea were in Russia.",
        "2024-10-20T10:00",
        timexes=[("20 October", "2024-10-20", None)],
        entities=[NK, ("Pentagon", "ORG", ["Pentagon"])],
        quantities=[("about 10,000 soldiers", 10000, "soldiers")],
        events=[{"trigger": "said", "begin": "2024-10-20", "speaker": "Pentagon"}],
    )
    e = engine()
    for extraction in (article_a(), relayed, independent):
        link_extraction(e, extraction)
    with e.connect() as conn:
        history = claim_histories(conn, about="North Korea")[0]["history"]
    assert [(c["speaker"], c["relation"]) for c in history] == [
        ("Volodymyr Zelenskyy", "first report"),
        ("Kyiv Independent", "repetition"),
        ("Pentagon", "confirmation"),
    ]


def test_one_name_typed_organisation_and_product_is_one_entity() -> None:
    e = engine()
    first = handmade(
        "Samsung said the Galaxy would go on sale in March.",
        "2024-01-17T18:00",
        entities=[("Samsung", "ORG", ["Samsung"]), ("Galaxy", "ORG", ["Galaxy"])],
    )
    second = handmade(
        "Buyers queued for the Galaxy in Seoul on Friday.",
        "2024-03-01T09:00",
        entities=[("Galaxy", "PRODUCT", ["Galaxy"])],
    )
    for extraction in (first, second):
        link_extraction(e, extraction)
    with e.connect() as conn:
        rows = conn.execute(select(t.entities.c.name, t.entities.c.type)).all()
    assert sorted(name for name, _ in rows) == ["Galaxy", "Samsung"], rows


def test_a_tally_named_before_its_figure_is_a_claim_of_the_articles_subject() -> None:
    from datetime import datetime

    from backstory import extract
    from backstory.linking.claims import claims_of

    text = (
        "The death toll from the floods that hit northern Peru on Friday has risen to 212, "
        "the civil defence agency said on Tuesday, adding that it expected it to pass 300.\n\n"
        "On Sunday, the agency had put the toll at 146. About 40 military vehicles were sent."
    )
    claims = claims_of(extract(text, published=datetime(2026, 3, 10, 9, 0)))
    assert [(c.subject, c.quantity.value, c.said_on) for c in claims] == [
        ("Peru deaths", 212, "2026-03-10"),  # said on Tuesday, not the day of the floods
        ("Peru deaths", 146, "2026-03-08"),  # the same tally, named again without Peru
    ]


def test_organisations_called_by_one_common_noun_stay_two_entities() -> None:
    e = engine()
    first = handmade(
        "JAXA postponed the launch on Monday. The agency said a valve had failed.",
        "2024-01-17T18:00",
        entities=[("Japan Aerospace Exploration Agency", "ORG", ["JAXA", "agency"])],
    )
    second = handmade(
        "NASA delayed the flight on Friday. The agency said the weather was poor.",
        "2024-03-01T09:00",
        entities=[("NASA", "ORG", ["NASA", "agency"])],
    )
    for extraction in (first, second):
        link_extraction(e, extraction)
    with e.connect() as conn:
        rows = conn.execute(select(t.entities.c.name, t.entities.c.type)).all()
    assert sorted(name for name, _ in rows) == ["Japan Aerospace Exploration Agency", "NASA"], rows
