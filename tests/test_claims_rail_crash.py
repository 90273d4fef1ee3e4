"""A crash's toll across articles: the town a crash happened near is a place even where
NER reads a person ("a train derailment near Katerini"), the smaller of two places told
one within the other owns the toll ("near the town of X in northern Greece"), a toll
that a death brings to a figure is the article's, a participle's saying after the figure
is no source of it, and an article telling its figure again repeats itself; through the
real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory import extract
from backstory.archive import Archive
from backstory.article import Article
from backstory.ingest import ingest_article
from backstory.records import claims_record
from backstory.settings import Settings


def test_a_town_a_crash_happened_near_is_a_place() -> None:
    text = (
        "Spain's transport minister resigned on Monday, eight days after a train "
        "derailment near Adamuz killed 21 people."
    )
    x = extract(Article(text=text, published=datetime(2026, 2, 2, 10)))
    (adamuz,) = [e for e in x.entities if e.name.startswith("Adamuz")]
    assert adamuz.type != "PERSON"


def test_a_participle_after_a_clause_of_time_is_the_main_subjects_act() -> None:
    text = (
        "Mayor Ines Carvalho resigned on Monday, a week after a landslide near the "
        "village of Alvaiazere killed 11 people, saying she took full responsibility."
    )
    x = extract(Article(text=text, published=datetime(2026, 2, 2, 10)))
    (saying,) = [e for e in x.events if e.trigger == "saying"]
    assert saying.actor == "Ines Carvalho"


def test_a_bus_crash_toll_across_three_articles(tmp_path) -> None:
    articles = [
        Article(
            text=(
                "A bus carrying 48 people plunged into a ravine near the town of Huanta in "
                "southern Peru late on Saturday, killing at least 12, police said on Sunday."
            ),
            published=datetime(2026, 3, 15, 9),
            title="Bus plunges into ravine in Peru",
        ),
        Article(
            text=(
                "The death toll from Saturday's bus crash near Huanta has risen to 17, "
                "the health ministry said on Tuesday."
            ),
            published=datetime(2026, 3, 17, 9),
            title="Peru bus crash toll rises to 17",
        ),
        Article(
            text=(
                "Peru's transport minister resigned on Friday, six days after a bus crash "
                "near Huanta killed 19 people, saying he took responsibility. A boy injured "
                "in the crash died on Thursday, bringing the toll to 19."
            ),
            published=datetime(2026, 3, 20, 9),
            title="Peru transport minister resigns",
        ),
    ]
    with Archive.open(tmp_path / "crash.db") as archive:
        for article in articles:
            ingest_article(archive, article, settings=Settings())
        histories = claims_record(archive)["claims"]
    (deaths,) = [h for h in histories if h["subject"].endswith(" deaths")]
    assert deaths["subject"].startswith("Huanta")
    assert [(c["value"], c["said_on"], c["speaker"], c["relation"]) for c in deaths["history"]] == [
        (12, "2026-03-15", "police", "first report"),
        (17, "2026-03-17", "health ministry", "update"),
        (19, "2026-03-20", None, "update"),
        (19, "2026-03-20", None, "repetition"),
    ]
