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
