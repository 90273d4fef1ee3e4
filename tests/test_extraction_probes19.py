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
