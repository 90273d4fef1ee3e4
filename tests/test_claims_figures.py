"""Figures of an outbreak: each counts what the words nearest to it in its own clause
say ("has infected 912 people and killed 23": 912 cases, 23 deaths), a tally named
before a figure gives it its kind whatever the next clause counts, and the figures of
one sentence share the owner it names; through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.archive import Archive
from backstory.article import Article
from backstory.ingest import ingest_article
from backstory.linking.claims import claims_of
from backstory.records import claims_record
from backstory.settings import Settings


def _claims(text: str, published: datetime) -> list[tuple[str, float]]:
    x = extract(Article(text=text, published=published))
    return [(c.subject, c.quantity.value) for c in claims_of(x)]


def test_each_figure_counts_the_word_nearest_it_in_its_clause() -> None:
    text = (
        "A measles outbreak in Nigeria's Kano state has infected 640 people and killed "
        "18 since it was detected in March, the health agency said on Tuesday."
    )
    found = _claims(text, datetime(2026, 5, 7, 9))
    assert ("Kano deaths", 18) in found or ("Kano State deaths", 18) in found
    kinds = {value: subject.rsplit(" ", 1)[1] for subject, value in found}
    assert kinds == {640: "cases", 18: "deaths"}


def test_a_tally_before_a_figure_gives_its_kind_and_the_sentence_its_owner() -> None:
    text = (
        "The number of people killed by dengue in Bangladesh's Chittagong division has "
        "risen to 77, and confirmed cases have reached 9,310, officials said on Sunday."
    )
    found = _claims(text, datetime(2026, 8, 24, 9))
    kinds = {value: subject.rsplit(" ", 1)[1] for subject, value in found}
    assert kinds == {77: "deaths", 9310: "cases"}
    assert len({subject.rsplit(" ", 1)[0] for subject, _ in found}) == 1


def test_an_outbreaks_toll_updates_across_articles(tmp_path) -> None:
    first = Article(
        text=(
            "A cholera outbreak in Malawi's Nsanje district has infected 300 people and "
            "killed 12, the health ministry said on Monday."
        ),
        published=datetime(2026, 2, 3, 9),
        title="Cholera spreads in southern Malawi",
    )
    later = Article(
        text=(
            "The number of people killed by cholera in Malawi's Nsanje district has risen "
            "to 31, and confirmed cases have reached 870, the health ministry said on Monday."
        ),
        published=datetime(2026, 2, 10, 9),
        title="Malawi cholera deaths rise to 31",
    )
    with Archive.open(tmp_path / "cholera.db") as archive:
        for article in (first, later):
            ingest_article(archive, article, settings=Settings())
        histories = claims_record(archive)["claims"]
    by_kind = {h["subject"].rsplit(" ", 1)[1]: h["history"] for h in histories}
    assert [(c["value"], c["relation"]) for c in by_kind["deaths"]] == [
        (12, "first report"),
        (31, "update"),
    ]
    assert [(c["value"], c["relation"]) for c in by_kind["cases"]] == [
        (300, "first report"),
        (870, "update"),
    ]
