"""A shipwreck's figures: the missing are a kind of their own, a figure added to one
before ("17 more bodies") is no total but lends the sentence its owner, a sentence that
names nobody goes on with the owner of the sentence before, and the one who says a
figure does not own it; through the real extraction."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.article import Article
from backstory.linking.claims import claims_of


def _claims(text: str) -> list[tuple[str, float]]:
    x = extract(Article(text=text, published=datetime(2026, 7, 8, 14)))
    return [(c.subject, c.quantity.value) for c in claims_of(x)]


def test_added_figures_missing_people_and_a_sentence_naming_nobody() -> None:
    text = (
        "Greek rescuers have recovered 12 more bodies from the sea off Pylos, bringing the "
        "confirmed death toll from Sunday's shipwreck to 31, the coast guard said on "
        "Wednesday. Another 50 people remain missing."
    )
    found = _claims(text)
    assert ("Pylos deaths", 31) in found
    assert ("Pylos missing", 50) in found
    assert all(value != 12 for _, value in found)


def test_the_speaker_of_a_figure_does_not_own_it() -> None:
    text = (
        "The U.N. refugee agency UNHCR said more than 1,100 people had died while trying "
        "to cross the central Mediterranean so far this year."
    )
    (subject,) = [s for s, v in _claims(text) if v == 1100]
    assert not subject.startswith("UNHCR")
