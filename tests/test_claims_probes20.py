"""Probes of figure claims and of entity/event extraction (session 20): a town's toll
nested under its country's across articles, aid to an indirect object, a coordinated
"died or went missing" toll, a facility named again bare, a passive attack's target and
a possessive-day event noun as a subject."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.archive import Archive
from backstory.article import Article
from backstory.ingest import ingest_article
from backstory.linking.claims import claims_of
from backstory.records import claims_record
from backstory.settings import Settings


def _claims(text: str, published: datetime = datetime(2026, 4, 6, 9)) -> list[tuple[str, float]]:
    x = extract(Article(text=text, published=published))
    return [(c.subject, c.quantity.value) for c in claims_of(x)]


def _histories(tmp_path, articles: list[Article]) -> dict[str, dict]:
    with Archive.open(tmp_path / "probe.db") as archive:
        for article in articles:
            ingest_article(archive, article, settings=Settings())
        return {h["subject"]: h for h in claims_record(archive)["claims"]}


def test_a_towns_toll_lies_within_its_countrys_toll_across_articles(tmp_path) -> None:
    histories = _histories(
        tmp_path,
        [
            Article(
                text=(
                    "Flash floods tore through Faenza overnight, killing at least six "
                    "people, the civil protection agency said on Tuesday."
                ),
                published=datetime(2026, 5, 12, 8),
                title="Flash floods hit Faenza",
            ),
            Article(
                text=(
                    "The death toll from this week's floods in Italy has risen to 11, the "
                    "interior ministry said on Thursday."
                ),
                published=datetime(2026, 5, 14, 8),
                title="Italy flood toll rises to 11",
            ),
            Article(
                text=(
                    "A landslide near Innsbruck killed four hikers on Wednesday, Austrian "
                    "police said."
                ),
                published=datetime(2026, 5, 13, 8),
                title="Landslide in the Alps",
            ),
        ],
    )
    town = histories["Faenza deaths"]
    assert town["within"] == "Italy deaths"
    assert [c["value"] for c in town["history"]] == [6]
    country = histories["Italy deaths"]
    assert country["parts"] == ["Faenza deaths"]
    assert [c["value"] for c in country["history"]] == [11]
    # a town of another country is no part of Italy's toll
    (austria,) = [h for s, h in histories.items() if s.startswith("Innsbruck")]
    assert austria["within"] is None


def test_people_counted_by_what_they_were_doing_take_the_kind_of_the_verb() -> None:
    assert _claims(
        "A tour bus overturned on a mountain road near Cusco on Sunday, killing 14 "
        "passengers, police said."
    ) == [("Cusco deaths", 14)]


def test_the_indirect_object_of_a_loan_is_given_the_aid() -> None:
    assert _claims(
        "Troubled lender Banca Orsini reported a record loss last week. The central bank "
        "lent the bank 650 million euros on Monday, the finance ministry said."
    ) == [("Banca Orsini aid", 650_000_000)]
    # NER took the name into the figure ("Estonian Air 120 million euros")
    assert _claims("The government lent Estonian Air 120 million euros on Tuesday.") == [
        ("Estonian Air aid", 120_000_000)
    ]
    assert _claims("Japan will lend Sri Lanka 300 million dollars, the finance minister said.") == [
        ("Sri Lanka aid", 300_000_000)
    ]


def test_a_name_the_figure_took_in_is_an_entity_of_its_own() -> None:
    x = extract(
        Article(
            text="The European Investment Bank lent Banca Orsini 400 million euros.",
            published=datetime(2026, 4, 6, 9),
        )
    )
    assert "Banca Orsini" in {e.name for e in x.entities}
    assert [q.text for q in x.quantities] == ["400 million euros"]
    x = extract(
        Article(
            text="EU regulators fined Meridia 3.1 billion euros on Thursday.",
            published=datetime(2026, 4, 6, 9),
        )
    )
    assert "Meridia" in {e.name for e in x.entities}
    assert [(q.text, q.unit) for q in x.quantities] == [("3.1 billion euros", "EUR")]


def test_the_dead_and_the_missing_counted_together_keep_both_kinds() -> None:
    assert _claims(
        "More than 1,900 migrants have died or gone missing in the Aegean since January, "
        "the International Organization for Migration said."
    ) == [("Aegean dead or missing", 1900)]
    assert _claims(
        "The number of dead or missing in Liguria has risen to 38, the civil protection "
        "agency said on Friday."
    ) == [("Liguria dead or missing", 38)]
    # two figures, each its own kind
    assert _claims("The storm killed 17 people in Liguria and left 23 missing.") == [
        ("Liguria deaths", 17),
        ("Liguria missing", 23),
    ]


def _events(text: str, published: datetime = datetime(2026, 4, 8, 9)) -> list:
    return extract(Article(text=text, published=published)).events


def test_the_subject_of_a_passive_attack_is_its_target() -> None:
    (hit,) = [
        e
        for e in _events("A Maersk vessel was hit by a drone off the coast of Eritrea on Monday.")
        if e.type == "ASSAULT"
    ]
    assert (hit.actor, hit.target) == ("drone", "Maersk")
    (shelled,) = [
        e
        for e in _events("Zaporizhzhia was shelled by Russian forces overnight.")
        if e.type == "ASSAULT"
    ]
    assert shelled.target == shelled.location
    assert shelled.target is not None and shelled.target.startswith("Zaporizhzh")


def test_a_strike_that_halts_trains_or_flights_is_a_walkout() -> None:
    (strike,) = [
        e
        for e in _events(
            "Monday's strike halted all commuter trains into Lisbon, the operator said."
        )
        if e.trigger == "strike"
    ]
    assert (strike.type, strike.begin) == ("PROTEST", "2026-04-06")
    (strike,) = [
        e
        for e in _events("Thursday's strike disrupted flights at Schiphol, the airline said.")
        if e.trigger == "strike"
    ]
    assert strike.type == "PROTEST"
    # an attack that halts production stays an attack
    (strike,) = [
        e
        for e in _events("A drone strike halted production at the Tuapse refinery on Sunday.")
        if e.trigger == "strike"
    ]
    assert strike.type == "ASSAULT"
