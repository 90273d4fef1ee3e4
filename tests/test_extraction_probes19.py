"""Entities and speakers on wire copy written for these tests (company news, launches,
shipping, wildfires): a market move after a saying, a company NER took for a person, a
name before a vehicle's noun, a place in the story's country."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from extraction_probes import entity_covering, events_with, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


def speaker_of(text: str, trigger: str) -> str | None:
    (event,) = events_with(run(text), trigger)
    return event.attribution.speaker if event.attribution else None


def kind(text: str, phrase: str) -> str | None:
    entity = entity_covering(run(text), phrase)
    return entity.type if entity else None


# -- a platform of one letter is no initial ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The launch was announced in a post on X. Private firm Vantara Space said it "
            "would fly its first rocket in May.",
            "Private firm Vantara Space said",
        ),
        (
            "The minister wrote on X. The ministry said it would respond on Monday.",
            "The ministry said",
        ),
    ],
)
def test_a_post_on_x_ends_its_sentence(text: str, second: str) -> None:
    ex = run(text)
    assert entity_covering(ex, "X.") is None
    (said,) = events_with(ex, "said")
    assert said.sentence.startswith(second)


def test_an_initial_after_a_name_stays_an_initial() -> None:
    ex = run("The speech was given by Malcolm X. He spoke for an hour.")
    assert entity_covering(ex, "Malcolm").name.startswith("Malcolm X")


# -- a market move is the reporter's -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Corlan Foods chief executive Maria Lentz said on Tuesday the company would cut "
            "costs. Shares in Corlan rose 9% in early trading.",
            "rose",
        ),
        (
            "Brightwater Energy said it expected output to fall next year. Its shares slumped "
            "12% by noon in London.",
            "slumped",
        ),
        (
            "The chief financial officer, Raj Patel, told analysts that demand had weakened. "
            "The company's share price fell 4% on the news.",
            "fell",
        ),
    ],
)
def test_a_market_move_after_a_saying_is_the_reporters(text: str, trigger: str) -> None:
    assert speaker_of(text, trigger) is None


def test_a_move_the_speaker_tells_stays_his() -> None:
    text = (
        "Finance minister Lars Berg said on Monday the economy had slowed. Exports fell 3% "
        "in the third quarter."
    )
    assert speaker_of(text, "fell") == "Lars Berg"


def test_a_clock_time_bounds_a_move_on_its_day() -> None:
    ex = run("Shares in Corlan Foods fell 6% by 10:30 GMT after the profit warning.")
    (event,) = events_with(ex, "fell")
    assert (event.begin, event.end_date) == ("2026-11-20", "2026-11-20T10:30")


# -- a speaker of two words joined ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        (
            "Copper exports fell sharply in October, the energy and mines ministry said on Monday.",
            "fell",
            "energy and mines ministry",
        ),
        (
            "The oil and gas regulator said output fell 3% in May.",
            "fell",
            "oil and gas regulator",
        ),
    ],
)
def test_a_speaker_named_by_two_fields_keeps_both(text: str, trigger: str, speaker: str) -> None:
    assert speaker_of(text, trigger) == speaker


# -- a company told acting as "it" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rio Tinto said on Tuesday it would cut 500 jobs at its iron ore operations.",
            "Rio Tinto",
        ),
        (
            "Anglo Tanar said on Wednesday it would close two smelters and sell its stake in "
            "a nickel mine.",
            "Anglo Tanar",
        ),
    ],
)
def test_a_name_that_said_it_would_cut_jobs_is_a_company(text: str, name: str) -> None:
    assert kind(text, name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carla Benton said on Friday it would probably rain all weekend.", "Carla Benton"),
        ("Gilbert Arenas said on Monday it would be his last season.", "Gilbert Arenas"),
    ],
)
def test_a_person_who_says_it_would_stays_a_person(text: str, name: str) -> None:
    assert kind(text, name) == "PERSON"


# -- a name before the noun of a rocket, a ship or a brand is no place ---------------------


def test_a_rocket_named_before_its_noun_is_a_product() -> None:
    ex = run("The Vulcan rocket lifted off from Cape Canaveral on Monday with two probes.")
    entity = entity_covering(ex, "Vulcan")
    assert (entity.type, entity.lat) == ("PRODUCT", None)


def test_a_maker_before_a_rocket_stays_the_maker() -> None:
    assert kind("A SpaceX rocket carried 20 satellites into orbit on Friday.", "SpaceX") == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "A Maersk vessel was attacked in the Red Sea on Sunday, the company said.",
        "A Cosco vessel docked at Piraeus on Monday after the storm.",
    ],
)
def test_the_line_before_a_ship_is_a_company(text: str) -> None:
    name = text.split()[1]
    assert kind(text, name) == "ORG"


def test_a_flag_before_a_ship_stays_its_country() -> None:
    assert kind("A Greek vessel was seized off Yemen on Monday.", "Greek") == "COUNTRY"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The company will sell the phones under the Kestrova brand from March.", "Kestrova"),
        ("Sales of the Marlowe brand rose 4% in the quarter.", "Marlowe"),
    ],
)
def test_a_brand_is_a_product(text: str, name: str) -> None:
    assert kind(text, name) == "PRODUCT"


def test_a_company_of_the_brands_name_stays_a_company() -> None:
    assert kind("Nike said sales under the Nike brand rose 6%.", "Nike") == "ORG"


# -- a town of the story's country ---------------------------------------------------------


def test_a_town_of_the_storys_country_is_not_placed_abroad() -> None:
    text = (
        "ATHENS, July 20 - Greece marked the anniversary of a wildfire that killed 104 "
        "people in the seaside town of Mati in 2018."
    )
    entity = entity_covering(run(text), "Mati")
    assert (entity.type, entity.country, entity.lat) == ("CITY", "GR", None)


def test_a_town_of_a_named_country_is_placed() -> None:
    entity = entity_covering(run("Floods hit the town of Mati in the Philippines."), "Mati")
    assert (entity.type, entity.country) == ("CITY", "PH")


# -- a company's name before its works -----------------------------------------------------


def test_a_company_named_before_its_refinery_stays_the_company() -> None:
    text = (
        "Sinopec said on Monday that a fire at the Sinopec refinery in Zhenhai had been "
        "put out. The Sinopec refinery processes 460,000 barrels a day."
    )
    assert kind(text, "Sinopec") == "ORG"


def test_a_works_never_named_as_a_company_stays_a_facility() -> None:
    text = "A fire broke out at the Karvell refinery on Sunday. Workers fled the Karvell refinery."
    assert kind(text, "Karvell") == "FACILITY"
