"""Entities on wire copy written for these tests (mining and drug company news, rocket
launches, trials): a company NER took for a person, a brand name, a vehicle's model, a
city before its court."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from extraction_probes import entity_covering, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


def kind(text: str, phrase: str) -> str | None:
    entity = entity_covering(run(text), phrase)
    return entity.type if entity else None


# -- a company NER took for a person -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rio Tinto said on Tuesday it would cut 500 jobs at its iron ore operations in "
            "Western Australia. Shares in the miner fell 2%.",
            "Rio Tinto",
        ),
        (
            "Barrick Gold said in a statement that output at its Nevada mines had fallen "
            "by a fifth.",
            "Barrick Gold",
        ),
        (
            "Lynas Rare Earths reported a 40% drop in quarterly revenue on Wednesday, and "
            "the company said prices had weakened.",
            "Lynas Rare Earths",
        ),
    ],
)
def test_a_speaker_with_company_cues_is_a_company(text: str, name: str) -> None:
    assert kind(text, name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mary Kendall said on Monday the company would appeal. The company declined to comment.",
            "Mary Kendall",
        ),
        ("Tom Harwood said in a statement that he would step down in March.", "Tom Harwood"),
        ("Sinead Harnett said on Tuesday she would tour Europe in March.", "Sinead Harnett"),
    ],
)
def test_people_who_speak_of_companies_stay_people(text: str, name: str) -> None:
    assert kind(text, name) == "PERSON"


# -- a brand name is a product -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The drug, to be sold as Lumeva, was approved by European regulators on Monday.",
            "Lumeva",
        ),
        ("The glucose monitor will be marketed as Corvane in Europe from next year.", "Corvane"),
        ("Halvorsen Pharma will sell the treatment under the brand name Velastra.", "Velastra"),
    ],
)
def test_the_name_a_product_is_sold_under_is_a_product(text: str, name: str) -> None:
    assert kind(text, name) == "PRODUCT"


# -- a model before the noun of its kind ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The GSLV rocket lifted off from Sriharikota on Thursday carrying a weather satellite.",
            "GSLV",
            "PRODUCT",
        ),
        ("India launched a PSLV rocket on Monday with three satellites aboard.", "PSLV", "PRODUCT"),
        (
            "SpaceX said the Falcon 9 rocket would carry 22 satellites into orbit.",
            "Falcon 9",
            "PRODUCT",
        ),
        ("The airline said a Boeing jet had been grounded after a bird strike.", "Boeing", "ORG"),
    ],
)
def test_a_model_before_a_rocket_is_a_product(text: str, name: str, expected: str) -> None:
    ex = run(text)
    entity = entity_covering(ex, name)
    assert (entity.name, entity.type) == (name, expected)


# -- a city before its court ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "The trial at the Marseille criminal court opened on Monday with 14 defendants.",
            "Marseille",
        ),
        ("Prosecutors at the Lyon court said the case would be heard in March.", "Lyon"),
        (
            "The Paris prosecutor's office said it had opened an investigation into the fire.",
            "Paris",
        ),
    ],
)
def test_a_city_before_its_court_stays_the_city(text: str, city: str) -> None:
    assert kind(text, city) == "CITY"


def test_a_court_named_whole_stays_an_organisation() -> None:
    assert kind("The Paris Court of Appeal upheld the ruling on Monday.", "Paris") == "ORG"


def test_a_person_who_speaks_of_the_miner_stays_a_person() -> None:
    text = (
        "Former prime minister Kevin Rudd said on Monday the miner had cut too many jobs. "
        "Shares in the miner fell 3% in Sydney."
    )
    assert kind(text, "Kevin Rudd") == "PERSON"


def test_a_person_without_a_title_who_speaks_of_the_miner_stays_a_person() -> None:
    text = "Kevin Rudd said on Monday the miner had cut jobs. Shares in the miner fell 3%."
    assert kind(text, "Kevin Rudd") == "PERSON"
