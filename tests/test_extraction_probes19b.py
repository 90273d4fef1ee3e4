"""Entities, speakers, claims and strikes on wire copy written for these tests (shipping,
refineries, mining, bank rescues, rail strikes): a company before its works' name, a line
before its ship, "the company" after "A Maersk vessel", a saying participle after a
reported clause, the aid a lender is given, the hedge a figure was given with, and a
strike the article before shows is labour's."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from backstory.linking.claims import claims_of
from backstory.quantities import stated_value
from extraction_probes import entity_covering, events_with, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


def kind(text: str, phrase: str) -> str | None:
    entity = entity_covering(run(text), phrase)
    return entity.type if entity else None


# -- the company before the name of its works ----------------------------------------------


def test_a_company_named_before_its_works_stays_the_company() -> None:
    ex = run(
        "State refiner Petrolar said on Monday its output was normal. A blast hit the "
        "Petrolar Cabiunas refinery overnight, the company said."
    )
    company = entity_covering(ex, "Petrolar said")
    assert company is not None and company.type == "ORG"
    assert len(company.mentions) == 2  # (also "the Petrolar Cabiunas refinery")
    works = entity_covering(ex, "Cabiunas")
    assert works is None or works.type != "ORG"


def test_one_unknown_word_after_a_trade_noun_is_a_company() -> None:
    text = "Chinese refiner Sinovex said on Monday it had shut a crude unit."
    assert kind(text, "Sinovex") == "ORG"


# -- the line before its ship -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hapag-Lloyd ship was turned back from the Suez Canal on Tuesday.", "Hapag-Lloyd"),
        ("A Norvanta freighter was hit by a drone off Yemen on Sunday.", "Norvanta"),
    ],
)
def test_a_name_before_a_ship_is_the_line(text: str, name: str) -> None:
    assert kind(text, name) == "ORG"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Liberian-flagged tanker was hit by a drone on Sunday.", "Liberian"),
        ("The Greek tanker was hit by a drone on Sunday.", "Greek"),
    ],
)
def test_a_flag_or_a_people_before_a_ship_is_no_line(text: str, word: str) -> None:
    assert kind(text, word) != "ORG"


def test_the_company_after_a_line_s_vessel_is_the_line() -> None:
    ex = run("A Maersk vessel was attacked in the Red Sea on Monday, the company said.")
    (attacked,) = events_with(ex, "attacked")
    assert attacked.attribution is not None
    assert attacked.attribution.speaker == "Maersk"


# -- a saying participle after a reported clause ------------------------------------------


def test_a_saying_after_a_reported_clause_is_the_speaker_s() -> None:
    ex = run(
        "Union leader Ana Lopes said the miner was cutting corners, saying Glencore had "
        "done the same."
    )
    (saying,) = events_with(ex, "saying")
    assert saying.actor == "Ana Lopes"
    assert saying.attribution is not None and saying.attribution.speaker == "Ana Lopes"
    assert entity_covering(ex, "Glencore").type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the suspect had fled the country, saying he feared arrest.",
        "Police said Tomas Berger had fled the country, saying he feared arrest.",
    ],
)
def test_a_person_subject_of_the_reported_clause_keeps_its_saying(text: str) -> None:
    (arrest,) = events_with(run(text), "arrest")
    assert arrest.attribution is None or arrest.attribution.speaker != "Police"


def test_a_lone_surname_who_speaks_of_the_miner_stays_a_person() -> None:
    text = "Rudd said on Monday the miner had cut too many jobs."
    assert kind(text, "Rudd") == "PERSON"


# -- the aid a lender is given -------------------------------------------------------------


def subjects(text: str) -> list[str]:
    return [c.subject for c in claims_of(run(text))]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Croatia will inject 900 million euros into Jadranska Banka, the finance ministry "
            "said on Monday.",
            "Jadranska Banka aid",
        ),
        (
            "Portugal will lend 300 million euros to Caixa Tavares, the government said.",
            "Caixa Tavares aid",
        ),
        (
            "Troubled lender Banca Vesta lost deposits for a week. Italy will inject 2 billion "
            "euros into the bank, the Treasury said.",
            "Banca Vesta aid",
        ),
        (
            "Germany pledged 500 million euros in military aid to Ukraine on Monday.",
            "Ukraine aid",
        ),
    ],
)
def test_aid_is_owned_by_who_is_given_it(text: str, subject: str) -> None:
    assert subjects(text) == [subject]


def test_aid_into_no_one_named_is_not_the_giver_s() -> None:
    assert subjects("Spain will inject 2 billion euros into it to cover losses.") == []


def test_aid_into_it_is_not_the_giving_organisation_s() -> None:
    text = "Vesta Bank lost deposits for a week. The IMF will lend 3 billion dollars to it."
    assert subjects(text) == ["Vesta Bank aid"]


# -- the hedge a figure was given with ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text", "approximate", "shown"),
    [
        (9, "At least 9 people", True, "at least 9"),
        (1100, "more than 1,100 people", True, "more than 1,100"),
        (48000, "About 48,000", True, "about 48,000"),
        (48000, None, True, "about 48,000"),
        (12.5, "12.5 tonnes", False, "12.5"),
    ],
)
def test_a_claim_shows_the_hedge_its_source_used(
    value: float, text: str | None, approximate: bool, shown: str
) -> None:
    assert stated_value(value, text, approximate) == shown


# -- a strike the article before shows is labour's ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Train drivers walked out on Friday in a dispute over pay.\n\n"
        "The strike halted all trains across the country.",
        "The teachers' union rejected the government's offer on Thursday.\n\n"
        "Friday's strike closed schools across the country.",
    ],
)
def test_a_bare_strike_after_a_labour_dispute_is_a_protest(text: str) -> None:
    (strike,) = events_with(run(text), "strike")
    assert strike.type == "PROTEST"


def test_a_bare_strike_after_fighting_is_no_protest() -> None:
    text = (
        "Troops shelled the border town overnight, the army said.\n\n"
        "The strike destroyed a bridge across the river."
    )
    assert all(e.type != "PROTEST" for e in events_with(run(text), "strike"))
