"""Claims on wire copy written for these tests (bank rescues, tolls): the aid a lender is
given, the hedge a figure was given with."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.extraction import Extraction
from backstory.linking.claims import claims_of
from backstory.quantities import stated_value
from extraction_probes import extracted


def run(text: str) -> Extraction:
    return extracted(text, datetime(2026, 11, 20, 14, 5))


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


def test_aid_into_it_is_not_the_giving_organisation_s() -> None:
    text = "Vesta Bank lost deposits for a week. The IMF will lend 3 billion dollars to it."
    assert subjects(text) == ["Vesta Bank aid"]
