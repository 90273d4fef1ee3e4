"""Entities, speakers and events on wire copy of domains not probed before (cyberattacks,
shipping, outbreaks, sports rulings, launches, fuel protests, fraud trials), written for
these tests: continents are no towns, closed compounds opening a sentence are no names,
squares and stations are facilities, known groups and agencies are one entity, stalled
talks are no meeting, and a quote's speaker may be named in the next sentence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from backstory.article import Article
from backstory.extraction import Event, Extraction
from backstory.pipeline import extract


def run(text: str) -> Extraction:
    extraction = extract(Article(text=text, published=datetime(2026, 3, 12, 9, 0)))
    assert not extraction.errors, extraction.errors
    return extraction


def entity_covering(extraction: Extraction, phrase: str) -> Any:
    """The one entity with a mention overlapping the first ``phrase`` of the text."""
    text = extraction.article.text
    start = text.index(phrase)
    end = start + len(phrase)
    found = [
        e for e in extraction.entities if any(m.start < end and start < m.end for m in e.mentions)
    ]
    assert len(found) <= 1, [(e.name, e.type) for e in found]
    return found[0] if found else None


def events_with(extraction: Extraction, trigger: str) -> list[Event]:
    return [e for e in extraction.events if e.trigger == trigger]


# -- places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Auditors said the lender had booked fictitious loans to clients in Asia and "
            "a broker in Vietnam.",
            "Asia",
        ),
        ("The charity runs clinics across Africa and in Kenya.", "Africa"),
    ],
)
def test_a_continent_is_no_town(text: str, name: str) -> None:
    entity = entity_covering(run(text), name)
    assert entity is not None
    assert entity.type == "LOC", (entity.name, entity.type, entity.country)
    assert entity.country is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Riot police cleared Tahrir Square before dawn on Sunday.", "Tahrir Square"),
        ("Marchers gathered at Kwame Nkrumah Circle on Saturday.", "Kwame Nkrumah Circle"),
        ("Trains leaving Milano Centrale were delayed by an hour.", "Milano Centrale"),
        ("Travellers were stuck at Amsterdam Centraal overnight.", "Amsterdam Centraal"),
    ],
)
def test_a_square_or_central_station_is_a_facility(text: str, name: str) -> None:
    entity = entity_covering(run(text), name)
    assert entity is not None
    assert entity.type == "FACILITY", (entity.name, entity.type)


# -- common words opening a sentence -----------------------------------------------------


def test_a_closed_compound_opening_a_sentence_is_no_name() -> None:
    ex = run("Floodwater reached the village of Bishopton overnight, the fire service said.")
    assert entity_covering(ex, "Floodwater") is None


def test_a_company_written_as_one_word_stays_a_name() -> None:
    ex = run("Facebook said on Monday it had removed the accounts.")
    entity = entity_covering(ex, "Facebook")
    assert entity is not None and entity.type == "ORG"


# -- known groups and agencies -------------------------------------------------------------


def test_a_known_group_ner_splits_is_one_organisation_and_its_fighters_are_its() -> None:
    ex = run(
        "Gunmen raided a market in Monguno on Monday, and the Islamic State West Africa "
        "Province said it carried out the attack. Its fighters killed five traders, a local "
        "official said."
    )
    group = entity_covering(ex, "Islamic State West Africa Province")
    assert group is not None
    assert (group.name, group.type) == ("Islamic State West Africa Province", "ORG")
    (killed,) = events_with(ex, "killed")
    assert killed.actor == "Islamic State West Africa Province"


def test_an_unknown_armed_group_owns_its_fighters() -> None:
    ex = run(
        "Armed men entered Menaka on Friday, and the Sahel Freedom Front claimed the raid. "
        "Its fighters killed seven soldiers, the army said."
    )
    (killed,) = events_with(ex, "killed")
    assert killed.actor == "Sahel Freedom Front"


def test_an_agency_and_its_initials_are_one_entity() -> None:
    ex = run(
        "The Japan Aerospace Exploration Agency postponed the launch on Monday. JAXA said "
        "a valve had failed."
    )
    agency = entity_covering(ex, "Japan Aerospace Exploration Agency")
    assert agency is not None
    assert entity_covering(ex, "JAXA") is agency


def test_a_sports_court_is_the_actor_of_its_ruling() -> None:
    ex = run("The Court of Arbitration for Sport on Tuesday upheld a two-year ban on the rider.")
    (upheld,) = events_with(ex, "upheld")
    assert (upheld.type, upheld.actor) == ("LEGAL", "Court of Arbitration for Sport")


def test_an_oil_benchmark_is_no_place() -> None:
    ex = run("Brent crude fell 1.5% to $78 a barrel on Wednesday.")
    entity = entity_covering(ex, "Brent")
    assert entity is None or entity.type not in ("CITY", "GPE", "REGION", "LOC")


# -- talks that stall ------------------------------------------------------------------------


def test_stalled_talks_are_no_meeting_but_a_rejection_between_the_sides() -> None:
    ex = run("Peace talks between Armenia and Azerbaijan stalled on Monday, diplomats said.")
    types = {e.type for e in ex.events}
    assert "CONSULT" not in types
    (stalled,) = events_with(ex, "stalled")
    assert (stalled.type, stalled.actor, stalled.target) == ("REJECT", "Armenia", "Azerbaijan")


# -- a speaker named after the quote -----------------------------------------------------------


def test_a_quote_spoken_by_the_person_the_next_sentence_introduces() -> None:
    ex = run(
        "The river burst its banks on Sunday.\n\n"
        '"We will rebuild every street," she said. The town\'s mayor, Ines '
        "Carvalho, asked the government for help.\n\n"
        "Officials said 200 homes were damaged."
    )
    said = [e for e in events_with(ex, "said") if e.attribution and e.start < 120]
    assert said
    assert said[0].attribution is not None
    assert said[0].attribution.speaker == "Ines Carvalho"


def test_a_quote_after_a_named_speaker_keeps_that_speaker() -> None:
    ex = run(
        "Union leader Pavel Novak met the minister on Monday.\n\n"
        '"We want a fair offer," he said. Transport Minister Jan Horak said talks would '
        "continue."
    )
    said = [e for e in events_with(ex, "said") if e.attribution]
    assert said[0].attribution is not None
    assert said[0].attribution.speaker == "Pavel Novak"
