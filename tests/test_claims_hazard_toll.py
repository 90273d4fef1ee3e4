"""A named storm's toll given in a participle clause ("..., killing at least 61 people")
is a claim about the storm, made when the article tells it, so it updates the toll
another article gave; through the real extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory.archive import Archive
from backstory.article import Article
from backstory.ingest import ingest_article
from backstory.records import claims_record
from backstory.settings import Settings


def test_a_storms_toll_in_a_killing_clause_updates_its_death_toll(tmp_path) -> None:
    first = Article(
        text=(
            "The Philippines declared a state of calamity in Cebu on Thursday after the "
            "death toll from Typhoon Kalmaegi rose to 40, with dozens still missing."
        ),
        published=datetime(2025, 11, 6, 10),
        title="Philippines declares calamity as typhoon toll rises",
    )
    later = Article(
        text=(
            "Relief flights resumed on Monday. Typhoon Kalmaegi struck the central "
            "Philippines on Nov. 4, killing at least 61 people, and displacing more than "
            "200,000."
        ),
        published=datetime(2025, 11, 10, 10),
        title="Relief flights resume in typhoon-hit central Philippines",
    )
    with Archive.open(tmp_path / "toll.db") as archive:
        for article in (first, later):
            ingest_article(archive, article, settings=Settings())
        histories = claims_record(archive)["claims"]
    (toll,) = [h for h in histories if h["subject"] == "Typhoon Kalmaegi deaths"]
    assert [(c["value"], c["said_on"], c["relation"]) for c in toll["history"]] == [
        (40, "2025-11-06", "first report"),
        (61, "2025-11-10", "update"),
    ]
