"""The simple past of a dated line's present perfect (``backstory.timelines.tense``)."""

from __future__ import annotations

import pytest

from backstory.timelines.summaries import loaded_pipeline
from backstory.timelines.tense import simple_past


def past(text: str) -> str:
    return simple_past(loaded_pipeline()(text))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("The chairman has chosen to stand down after 14 years.",
         "The chairman chose to stand down after 14 years."),
        ("Police have detained three men over the robbery.",
         "Police detained three men over the robbery."),
        ("Three men have been detained over the robbery.",
         "Three men were detained over the robbery."),
        ("The border crossing has been shut to lorries.", "The border crossing was shut to lorries."),
        ("The finance minister has also resigned.", "The finance minister also resigned."),
        ("Divers have been searching the lake through the night.",
         "Divers were searching the lake through the night."),
        ("The regulator has set up an inquiry.", "The regulator set up an inquiry."),
        ("The rebels have taken the airport and have cut the road south.",
         "The rebels took the airport and cut the road south."),
        ("The storm has flattened crops and killed 12 people, the governor said.",
         "The storm flattened crops and killed 12 people, the governor said."),
        ("The toll has risen to 31, the health ministry said on its website.",
         "The toll rose to 31, the health ministry said on its website."),
        ("Exports resumed, the port authority has confirmed.",
         "Exports resumed, the port authority confirmed."),
        # a past perfect too: a claim told at its own time ("In January, ...")
        ("The army had recaptured the port, according to the minister.",
         "The army recaptured the port, according to the minister."),
        ("Two aid workers had been freed.", "Two aid workers were freed."),
        ("The bridge had been closed to lorries.", "The bridge was closed to lorries."),
    ],
)  # fmt: skip
def test_a_main_clause_perfect_becomes_the_simple_past(body: str, told: str) -> None:
    assert past(body) == told


@pytest.mark.parametrize(
    "body",
    [
        "The mayor said the council has approved the budget.",  # reported words keep theirs
        "The ministry has not commented.",  # a negated perfect
        'The governor said: "We have never seen floods like this."',  # a quotation
        "The company has a new chief executive.",  # "has" is the verb
        "The port will reopen to shipping.",  # no perfect
        "The road has been closed since the landslide.",  # a span up to now
        # a past perfect before a saying told after it was before the saying
        "Rescuers had put out the fire by dawn, officials said.",
    ],
)
def test_other_tenses_and_reported_words_are_left_alone(body: str) -> None:
    assert past(body) == body


def future_gone(text: str) -> str:
    from backstory.timelines.tense import future_in_the_past

    return future_in_the_past(loaded_pipeline()(text))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("The new ferry will enter service on the Baltic route.",
         "The new ferry was to enter service on the Baltic route."),
        ("The consoles will be available in 12 countries.",
         "The consoles were to be available in 12 countries."),
        ("The envoy will not attend the talks, his office said.",
         "The envoy was not to attend the talks, his office said."),
        ("The prime minister will also meet union leaders.",
         "The prime minister was also to meet union leaders."),
        ("Ceasefire talks are due to resume in Doha.", "Ceasefire talks were due to resume in Doha."),
        ("The king is scheduled to open the new wing.", "The king was scheduled to open the new wing."),
    ],
)  # fmt: skip
def test_a_main_clause_future_becomes_a_plan_in_the_past(body: str, told: str) -> None:
    assert future_gone(body) == told


@pytest.mark.parametrize(
    "body",
    [
        '"We will rebuild every school," the governor said.',  # a quotation
        "The minister said the tolls will rise in spring.",  # reported words after their verb
        "The airline has cancelled 40 flights.",  # no future
    ],
)
def test_quoted_and_reported_futures_are_left_alone(body: str) -> None:
    assert future_gone(body) == body


def test_a_verb_the_lemmatiser_mistakes_keeps_its_own_past() -> None:
    # spaCy lemmatises "fined" as "fin", whose past is "finned"
    assert past("the watchdog had fined the airline 2 million euros.") == (
        "the watchdog fined the airline 2 million euros."
    )
