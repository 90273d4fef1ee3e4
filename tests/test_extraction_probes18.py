"""Entities on wire copy written for these tests (mine accidents, company news): a trade
noun is no part of a company's name, a named mine a facility."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from extraction_probes import entity_covering, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


# -- a trade noun is no part of a company's name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carmaker Stellantis said on Monday it would close a plant in Turin.", "Stellantis"),
        ("Chipmaker Nexar Semiconductors reported a quarterly loss on Tuesday.", "Nexar"),
        ("Miner BHP said it was sending a rescue team from Chile.", "BHP"),
        ("Broadcaster Channel Nine said it would appeal against the fine.", "Channel Nine"),
    ],
)
def test_a_trade_opening_the_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    ex = run(text)
    company = entity_covering(ex, name)
    assert company is not None
    assert company.type == "ORG"
    assert company.name.startswith(name), company.name


# -- a named mine or refinery is a facility -------------------------------------------------


def test_a_named_mine_is_a_facility_and_keeps_its_article() -> None:
    ex = run("Two workers died at the El Mirador mine in southern Ecuador on Tuesday.")
    mine = entity_covering(ex, "El Mirador")
    assert (mine.name, mine.type) == ("El Mirador", "FACILITY")


def test_a_refinery_named_after_its_town_is_the_town() -> None:
    ex = run("A fire broke out at the Jamnagar refinery on Sunday, officials said.")
    town = entity_covering(ex, "Jamnagar")
    assert (town.type, town.country) == ("CITY", "IN")


def test_a_company_before_its_mine_stays_a_company() -> None:
    ex = run("Codelco said on Monday that output fell 5% at the Codelco mine in northern Chile.")
    company = entity_covering(ex, "Codelco mine")
    assert company.type == "ORG"


# -- names NER cut or stretched ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shipping insurer Lloyd's said war-risk premiums had doubled since May.", "Lloyd's"),
        ("Sales at McDonald's fell 3% in the third quarter.", "McDonald's"),
    ],
)
def test_a_companys_name_keeps_its_s_before_a_verb(text: str, name: str) -> None:
    company = entity_covering(run(text), name)
    assert (company.name, company.type) == (name, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "Kaspar Minerals said a fire broke out at its mine in Mauritania.",
        "Dario Aerospace said it would launch its first rocket in December.",
    ],
)
def test_a_name_ending_in_a_business_word_is_a_company(text: str) -> None:
    name = " ".join(text.split()[:2])
    assert entity_covering(run(text), name).type == "ORG"


def test_a_known_name_claims_its_words_from_a_longer_span() -> None:
    ex = run("Benchmark Brent crude rose 3% to $82 a barrel after the seizure.")
    brent = entity_covering(ex, "Brent")
    assert brent.name == "Brent crude"
    assert entity_covering(ex, "Benchmark") is None


def test_a_name_after_in_that_no_person_has_is_a_place() -> None:
    ex = run(
        "Chepkoech was provisionally suspended in March after an out-of-competition test "
        "in Iten returned an adverse finding."
    )
    town = entity_covering(ex, "Iten")
    assert town.type != "PERSON"
