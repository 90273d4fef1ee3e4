"""Entities, speakers and events on wire copy written for these tests: a plural common
noun opening a sentence is no name, a town an attack reaches is a place, stations and
landmarks are facilities, a person named after "the governor of X," is the speaker,
a truce or talks that collapse are an event, and an accident's toll is deaths."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from extraction_probes import entity_covering, events_with, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2025, 11, 4, 9, 0))


# -- sentence-initial common nouns ---------------------------------------------


def test_a_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    ex = run(
        "Customs officers seized 310 kg of heroin from a lorry at the port of Antwerp on "
        "Sunday, the Belgian prosecutor's office said."
    )
    assert entity_covering(ex, "Customs") is None
    assert all(e.name != "Customs" for e in ex.entities)


def test_the_name_of_an_agency_with_that_word_stays_whole() -> None:
    ex = run(
        "Customs agents in Texas found 90 migrants in a trailer on Friday. Customs and "
        "Border Protection said the driver had been arrested."
    )
    assert entity_covering(ex, "Customs agents") is None
    agency = entity_covering(ex, "Customs and Border Protection")
    assert agency is not None
    assert (agency.name, agency.type) == ("Customs and Border Protection", "ORG")


# -- places an attack reaches ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian missiles struck Kherson overnight, the regional administration said.", "Kherson"),
        ("Guided bombs hit Kostiantynivka on Sunday, wounding four people.", "Kostiantynivka"),
    ],
)
def test_a_known_town_an_attack_reaches_is_a_place(text: str, place: str) -> None:
    entity = entity_covering(run(text), place)
    assert entity is not None
    assert entity.type in ("CITY", "GPE", "LOC", "REGION"), entity.type


# -- stations and landmarks -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police evacuated Gare du Nord in Paris after a suspicious bag was found.",
            "Gare du Nord",
        ),
        ("Trains were halted at King's Cross station in London on Friday.", "King's Cross"),
        ("Services from Gare de Lyon were cancelled during the strike.", "Gare de Lyon"),
        ("Hundreds were stranded at Berlin Hauptbahnhof on Monday night.", "Berlin Hauptbahnhof"),
        ("A small fire damaged the roof of Notre-Dame Cathedral in 2019.", "Notre-Dame Cathedral"),
    ],
)
def test_a_station_or_landmark_is_a_facility(text: str, name: str) -> None:
    entity = entity_covering(run(text), name)
    assert entity is not None
    assert entity.type == "FACILITY", (entity.name, entity.type)


def test_a_station_written_alone_later_is_still_the_station() -> None:
    ex = run(
        "A signal failure at King's Cross station disrupted trains on Friday. Passengers "
        "at King's Cross waited for hours."
    )
    later = ex.article.text.index("at King's Cross waited") + 3
    entity = next(e for e in ex.entities if any(m.start == later for m in e.mentions))
    assert entity.type == "FACILITY"


def test_a_city_before_its_airport_stays_the_city() -> None:
    entity = entity_covering(run("Passengers at Frankfurt airport were stranded."), "Frankfurt")
    assert entity is not None and entity.type == "CITY"


# -- speakers named after their post -----------------------------------------------


def test_the_person_named_after_a_post_of_a_place_is_the_speaker() -> None:
    ex = run(
        "The governor of Sumy Oblast, Oleh Hryhorov, said a drone strike on a bus had "
        "wounded nine people on Monday."
    )
    person = entity_covering(ex, "Oleh Hryhorov")
    assert person is not None and person.type == "PERSON"
    assert person.roles == ["governor of Sumy Oblast"]
    spoken = [e for e in ex.events if e.attribution is not None]
    assert spoken
    assert {e.attribution.speaker for e in spoken if e.attribution} == {"Oleh Hryhorov"}


def test_a_given_name_read_as_a_place_is_the_persons_name() -> None:
    ex = run("The mayor of Mykolaiv, Oleksandr Senkevych, said the water supply was restored.")
    person = entity_covering(ex, "Oleksandr Senkevych")
    assert person is not None
    assert (person.name, person.type) == ("Oleksandr Senkevych", "PERSON")


# -- breakdowns ----------------------------------------------------------------------


def test_a_collapsed_ceasefire_is_fighting_again_on_its_day() -> None:
    ex = run("The ceasefire agreed in Cairo last month collapsed on Saturday, residents said.")
    (collapse,) = events_with(ex, "collapsed")
    assert collapse.type == "FIGHT"
    assert collapse.theme == "ceasefire"
    assert collapse.begin == "2025-11-01"


def test_talks_that_break_down_are_a_rejection_between_their_sides() -> None:
    ex = run("Talks between Ethiopia and Egypt over the dam broke down on Thursday.")
    (broke,) = events_with(ex, "broke")
    assert broke.type == "REJECT"
    assert (broke.actor, broke.target) == ("Ethiopia", "Egypt")
    assert broke.begin == "2025-10-30"
    # the talks were held that day too, until they broke down
    (talks,) = [e for e in ex.events if e.type == "CONSULT"]
    assert talks.begin == "2025-10-30"


def test_a_collapsed_deal_is_no_agreement_of_that_day() -> None:
    ex = run("The grain deal brokered by Turkey collapsed on Monday.")
    (collapse,) = events_with(ex, "collapsed")
    assert collapse.type == "REJECT"
    assert not [e for e in ex.events if e.type == "AGREE" and e.begin == "2025-11-03"]


def test_a_bridge_collapsing_is_no_breakdown_of_talks() -> None:
    ex = run("A road bridge collapsed in Genoa on Tuesday, killing 11 people.")
    (collapse,) = events_with(ex, "collapsed")
    assert collapse.type == "HAZARD"
    (killing,) = events_with(ex, "killing")
    assert killing.type == "PERSONNEL"


def test_a_crash_toll_is_deaths_not_an_attack() -> None:
    ex = run("A minibus crashed into a lorry near Mombasa on Sunday, killing seven people.")
    (killing,) = events_with(ex, "killing")
    assert killing.type == "PERSONNEL"
    assert killing.quantity is not None and killing.quantity.value == 7


# -- organisations by their kind -----------------------------------------------------


def test_the_alliance_is_the_bloc_named_before_when_no_alliance_is() -> None:
    ex = run(
        "Leaders of the Gulf Cooperation Council met in Riyadh on Sunday. The alliance "
        "said it would send food and medicine to Sudan."
    )
    (sending,) = events_with(ex, "send")
    assert sending.type == "AID"
    assert sending.attribution is not None
    assert sending.attribution.speaker == "Gulf Cooperation Council"
    assert sending.actor == "Gulf Cooperation Council"


def test_the_bloc_is_a_regional_group_the_knowledge_base_knows() -> None:
    ex = run(
        "Foreign ministers of the Association of Southeast Asian Nations met in Manila "
        "on Monday. The bloc said it would send rescue teams to the Philippines."
    )
    bloc = entity_covering(ex, "Association of Southeast Asian Nations")
    assert bloc is not None and bloc.name == "ASEAN"
    (sending,) = events_with(ex, "send")
    assert sending.attribution is not None
    assert sending.attribution.speaker == "ASEAN"


def test_equipment_sent_to_a_party_is_aid() -> None:
    ex = run(
        "NATO defence ministers met in Brussels on Thursday. The alliance said it would "
        "send three more air defence systems to Moldova."
    )
    (sending,) = events_with(ex, "send")
    assert sending.type == "AID"
    assert (sending.actor, sending.target) == ("NATO", "Moldova")


# -- what a verb means by its object ----------------------------------------------------


def test_drugs_seized_are_a_confiscation_and_a_town_seized_an_attack() -> None:
    ex = run(
        "Border police seized 1.2 tonnes of cocaine hidden in a banana shipment on "
        "Monday. Rebels seized the town of Kalehe on Sunday."
    )
    first, second = events_with(ex, "seized")
    assert first.type == "COERCE"
    assert second.type == "ASSAULT"


def test_dismissing_a_claim_is_a_rejection_and_dismissing_a_chief_a_sacking() -> None:
    ex = run(
        "The foreign ministry dismissed the report as propaganda. The president "
        "dismissed the navy chief on Friday."
    )
    report, chief = events_with(ex, "dismissed")
    assert report.type == "REJECT"
    assert chief.type == "PERSONNEL"


def test_a_convicts_appeal_is_legal_and_an_appeal_for_calm_a_demand() -> None:
    ex = run(
        "A court in Lyon jailed the former mayor for three years. His lawyer said he "
        "would appeal. Church leaders appealed for calm."
    )
    (legal,) = events_with(ex, "appeal")
    assert legal.type == "LEGAL"
    (calm,) = events_with(ex, "appealed")
    assert calm.type == "DEMAND"


def test_the_ruling_party_is_no_ruling() -> None:
    ex = run("Hungary's ruling party lost its majority in Sunday's election.")
    assert not [e for e in ex.events if e.type == "LEGAL"]


def test_an_earthquakes_toll_is_deaths() -> None:
    ex = run(
        "A magnitude 6.1 earthquake struck western Nepal on Friday, killing at least 19 "
        "people, officials said."
    )
    (struck,) = events_with(ex, "struck")
    assert struck.type == "HAZARD"
    assert struck.actor is not None and "earthquake" in struck.actor
    (killing,) = events_with(ex, "killing")
    assert killing.type == "PERSONNEL"


def test_a_company_described_by_its_trade_is_an_organisation() -> None:
    ex = run(
        "Dutch brewer Heineken agreed on Tuesday to buy Kenyan spirits maker Tusker "
        "Distillers for 400 million euros."
    )
    heineken = entity_covering(ex, "Heineken")
    assert heineken is not None and heineken.type == "ORG"


def test_a_dateline_place_ner_cut_in_two_is_one_city() -> None:
    ex = run(
        "BUENOS AIRES, Nov 3 (Reuters) - Argentina's central bank held its benchmark "
        "rate on Monday."
    )
    city = entity_covering(ex, "BUENOS AIRES")
    assert city is not None
    assert (city.name, city.type) == ("Buenos Aires", "CITY")


# -- places, dates and actors of the clause ---------------------------------------------


def test_an_evacuation_from_a_station_takes_place_there() -> None:
    ex = run("Police evacuated commuters from Gare Montparnasse on Tuesday after a bomb alert.")
    (evacuation,) = events_with(ex, "evacuated")
    assert evacuation.type == "RETREAT"
    assert evacuation.location == "Gare Montparnasse"


def test_the_age_of_a_law_does_not_date_the_act() -> None:
    ex = run(
        "A federal judge on Tuesday barred the government from expelling Haitian migrants "
        "under a 19th-century statute."
    )
    (expelling,) = events_with(ex, "expelling")
    assert expelling.begin is not None and expelling.begin.startswith("2025")


def test_the_person_named_beside_a_spokeswoman_is_the_actor_of_her_saying() -> None:
    ex = run(
        "A spokeswoman for the Ministry of Justice, Ines Vidal, said on Monday the prison "
        "would close."
    )
    (said,) = [e for e in ex.events if e.type == "STATEMENT"]
    assert said.actor == "Ines Vidal"
    assert said.attribution is not None and said.attribution.speaker == "Ines Vidal"


def test_a_city_named_in_two_countries_is_read_in_its_sentences_country() -> None:
    ex = run(
        "Venezuelan migrants crossed into Colombia on Monday. Floods in Valencia killed "
        "nine people on Sunday, Spain's civil protection agency said. Trains to Valencia "
        "were suspended."
    )
    (city,) = [e for e in ex.entities if e.name == "Valencia"]
    assert city.country == "ES"
    assert len(city.mentions) == 2


def test_drones_shot_down_are_an_interception() -> None:
    ex = run("Air defence units shot down 27 of 35 drones over Ukraine overnight.")
    (shot,) = events_with(ex, "shot")
    assert shot.type == "FIGHT"


def test_a_town_of_the_storys_country_read_as_a_people_is_the_town() -> None:
    ex = run(
        "Russian drones pound Kherson port\n\nRussian drones struck Kherson overnight, "
        "Ukraine's air force said."
    )
    towns = [
        e
        for e in ex.entities
        if any(ex.article.text[m.start : m.end] == "Kherson" for m in e.mentions)
    ]
    assert [(t.type, len(t.mentions)) for t in towns] == [("CITY", 2)]


def test_equipment_whose_delivery_is_sped_up_is_aid_by_the_speaker() -> None:
    ex = run(
        "EU defence ministers met in Copenhagen on Tuesday. The bloc said it would speed up "
        "deliveries of artillery shells to Ukraine."
    )
    (deliveries,) = events_with(ex, "deliveries")
    assert deliveries.type == "AID"
    assert deliveries.actor == "European Union"


def test_a_place_named_before_a_lower_case_region_is_the_region_and_the_place() -> None:
    ex = run(
        "Ukraine's air force said Russian drones struck a gas facility in the Sumy region "
        "overnight."
    )
    region = entity_covering(ex, "Sumy")
    assert region is not None and region.type == "REGION"
    (struck,) = events_with(ex, "struck")
    assert struck.location == region.name
