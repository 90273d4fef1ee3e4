"""Entities, speakers and events on wire copy written for these tests (hospital groups,
tanker seizures, doping bans, rocket launches, fuel protests, fraud trials and the new
domains probed after them): a company named in apposition is "the company", diplomatic
summonses, seizures and investigations are events, sanctions on people are one kind,
refusals are no agreements, and a capital is its city."""

from __future__ import annotations

from datetime import datetime

from backstory.extraction import Extraction
from extraction_probes import events_with, extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 5, 20, 9, 0))


# -- who "the company" is ----------------------------------------------------------------


def test_the_company_is_the_organisation_called_a_group_in_apposition() -> None:
    ex = run(
        "A power failure has shut the data centre of Orwell Care, a group that runs nine "
        "care homes in Suffolk, leaving staff without records for a day, the company said "
        "on Friday."
    )
    (said,) = events_with(ex, "said")
    assert said.attribution is not None
    assert said.attribution.speaker == "Orwell Care"


def test_a_speaker_owned_by_a_plural_name_keeps_its_apostrophe() -> None:
    ex = run(
        "The Marines' press office said in a statement that two helicopters had been grounded."
    )
    speakers = {e.attribution.speaker for e in ex.events if e.attribution}
    assert "Marines' press office" in speakers, speakers
