"""Entities, speakers and events on wire copy written for these tests (election recounts,
sanctions packages, mine accidents, company news): evidence is no speaker, a batch of
measures no party, a trade noun no part of a company's name, a named mine a facility."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from extraction_probes import entity_covering, events_with, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


def speakers(ex: Extraction) -> set[str | None]:
    return {e.attribution.speaker for e in ex.events if e.attribution}


# -- evidence is no speaker ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A poll suggested that most voters in the district accepted the result.", "poll"),
        ("The recount showed that the incumbent had won by 312 votes.", "recount"),
        ("An audit suggested the council had overpaid its contractors.", "audit"),
    ],
)
def test_a_count_or_a_poll_is_no_speaker(text: str, noun: str) -> None:
    ex = run(text)
    assert not any(noun in (s or "") for s in speakers(ex)), speakers(ex)
    assert not any(e.actor and noun in e.actor for e in ex.events), [
        (e.type, e.actor) for e in ex.events
    ]


def test_the_maker_of_a_poll_is_its_source() -> None:
    ex = run("A survey by the Pew Research Center suggested that trust in the press had fallen.")
    assert "Pew Research Center" in speakers(ex), speakers(ex)


# -- a batch of measures is no party ----------------------------------------------------------


def test_the_owner_of_a_package_of_sanctions_imposed_them() -> None:
    ex = run(
        "European Union governments on Thursday approved the bloc's 21st package of "
        "sanctions against Russia, adding 117 tankers to a blacklist."
    )
    (sanctions,) = events_with(ex, "sanctions")
    assert (sanctions.type, sanctions.actor, sanctions.target) == (
        "SANCTION",
        "European Union",
        "Russia",
    )


def test_an_ordinal_package_is_never_an_actor() -> None:
    ex = run("The 20th package bans imports of Russian steel and lowers the price cap on crude.")
    assert all(e.actor is None or "package" not in e.actor for e in ex.events), [
        (e.trigger, e.actor) for e in ex.events
    ]


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


# -- who underwent it ----------------------------------------------------------------------


def test_a_passive_subject_after_a_dateline_is_the_one_it_befell() -> None:
    ex = run(
        "NAIROBI, Nov 20 (AP) - Kenyan marathon runner Brigid Chepkoech has been banned for "
        "four years after testing positive for EPO, the Athletics Integrity Unit said."
    )
    (banned,) = events_with(ex, "banned")
    assert (banned.type, banned.target) == ("COERCE", "Brigid Chepkoech")
    assert banned.theme != "Nairobi"


def test_if_convicted_the_subject_is_the_one_convicted() -> None:
    ex = run(
        "Former mayor Gerard Vasseur went on trial on Thursday. If convicted, Vasseur faces "
        "up to ten years in prison."
    )
    (convicted,) = events_with(ex, "convicted")
    assert (convicted.actor, convicted.target) == (None, "Gerard Vasseur")


def test_what_the_actor_owns_is_the_theme_not_the_actor() -> None:
    ex = run("Sportswear maker Adidas said on Friday it had suspended its contract with her.")
    (suspended,) = events_with(ex, "suspended")
    assert suspended.actor == "Adidas"
    assert suspended.theme == "contract"


def test_the_company_is_never_a_society() -> None:
    ex = run(
        "Cordillera Mining said on Monday that output fell. The National Society of Mining said "
        "the accident was the worst since 2022. Union leader Jorge Huaman accused the "
        "company of ignoring warnings."
    )
    (accused,) = events_with(ex, "accused")
    assert accused.target == "Cordillera Mining"


def test_a_study_is_not_the_speaker_going_on() -> None:
    ex = run(
        "Rival Sage Therapeutics said competition would benefit patients. A study published "
        "in The Lancet found that one in seven mothers experiences postpartum depression."
    )
    (published,) = events_with(ex, "published")
    assert published.attribution is None or published.attribution.speaker != ("Sage Therapeutics")


def test_a_date_of_the_subject_noun_does_not_date_the_verb() -> None:
    ex = run(
        "Greece's worst wildfire in recent decades killed 104 people in the seaside town of "
        "Mati in 2018."
    )
    (killed,) = events_with(ex, "killed")
    assert (killed.begin, killed.end_date) == ("2018-01-01", "2018-12-31")
