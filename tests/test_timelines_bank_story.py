"""A bank-rescue story: a size the bank holds ("has about 900,000 customers and 1,400
staff") and a standing guarantee are no news of the publication day; money injected
into or lent to a named lender is aid, so its history is a claim; through the real
extraction and the archive."""

from __future__ import annotations

from datetime import datetime

from backstory.archive import Archive
from backstory.article import Article
from backstory.ingest import ingest_article
from backstory.records import claims_record
from backstory.settings import Settings
from timeline_lines import lines_of


def test_a_size_held_and_a_standing_guarantee_are_no_lines(tmp_path) -> None:
    text = (
        "Chief executive Ana Kovac resigned on Sunday. The bank has about 640,000 "
        "customers and 2,100 staff. Deposits of up to 100,000 euros are guaranteed by the "
        "state."
    )
    items = lines_of(tmp_path, text, "2026-10-05T16:00")  # a Monday
    assert [i.begin for i in items] == ["2026-10-04"]


def test_money_injected_into_a_named_lender_is_its_aid(tmp_path) -> None:
    first = Article(
        text=(
            "Croatia will inject 900 million euros into Jadranska Banka and take a 60% "
            "stake in the lender, the finance minister said on Wednesday."
        ),
        published=datetime(2026, 10, 7, 18),
        title="Croatia to rescue Jadranska Banka",
    )
    later = Article(
        text=(
            "The European Commission on Thursday approved Croatia's 900 million euro rescue "
            "of Jadranska Banka."
        ),
        published=datetime(2026, 11, 12, 11),
        title="EU clears Croatian bank rescue",
    )
    with Archive.open(tmp_path / "bank.db") as archive:
        for article in (first, later):
            ingest_article(archive, article, settings=Settings())
        histories = claims_record(archive)["claims"]
    (aid,) = [h for h in histories if h["subject"] == "Jadranska Banka aid"]
    assert [(c["value"], c["relation"]) for c in aid["history"]] == [
        (900_000_000, "first report"),
        (900_000_000, "confirmation"),
    ]
