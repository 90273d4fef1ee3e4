"""Acceptance of timelines, Background and claims on the seed, through the real
extraction pipeline: dates in the order they happened with their sources, the
Background round trip, the troop-number claim history, and every line's words
found in its sources."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from backstory.article import Article, Extras
from backstory.linking import link_extraction
from backstory.linking.claims import claim_histories
from backstory.linking.words import content_words
from backstory.pipeline import extract
from backstory.readers import read_articles
from backstory.timelines import build_background, build_timeline
from backstory.timelines.exports import to_json
from conftest import SEED, SEED_EXPECTED

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fresh_engine():
    return create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )


@pytest.fixture(scope="module")
def seed() -> Article:
    return next(iter(read_articles(SEED)))


@pytest.fixture(scope="module")
def seed_archive(seed: Article):
    engine = fresh_engine()
    link_extraction(engine, extract(seed))
    return engine


def assert_lines_come_from_their_sources(items, texts: dict[str, str]) -> None:
    for item in items:
        assert item.sources, f"no source for {item.summary!r}"
        words: set[str] = set()
        for s in item.sources:
            assert texts[s.article_id][s.start : s.end] == s.sentence
            words |= set(content_words(s.sentence))
        body = item.summary.split(", ", 1)[1]
        assert not set(content_words(body)) - words, item.summary


def test_seed_timeline_lists_the_expected_dates_in_order_with_offsets(seed, seed_archive) -> None:
    expected = json.loads(SEED_EXPECTED.read_text())["timeline"]
    body = json.loads(to_json(build_timeline(seed_archive, about="North Korea")))
    assert body["schema"] == "backstory.timeline/1"
    begins = [item["when"]["begin"] for item in body["items"]]
    assert begins == sorted(begins)
    found, position = [], 0
    for day in expected["dates_in_order"]:
        if day in begins[position:]:
            position = begins.index(day, position)
            found.append(day)
    assert len(found) >= expected["min_dates_found"], (found, begins)
    for item in body["items"]:
        assert item["sources"]
        for s in item["sources"]:
            assert s["article_id"] == seed.id
            assert 0 <= s["start"] < s["end"] <= len(seed.text)


def test_seed_timeline_lines_are_built_from_their_sources(seed, seed_archive) -> None:
    timeline = build_timeline(seed_archive, about="North Korea")
    assert_lines_come_from_their_sources(timeline.items, {seed.id: seed.text})
    assert any(
        i.summary.startswith("On 17 October, Zelenskyy specified that") for i in timeline.items
    )


def test_seed_claims_track_the_north_korean_troop_numbers(seed_archive) -> None:
    with seed_archive.connect() as conn:
        histories = claim_histories(conn, about="North Korea")
    history = next(
        h["history"] for h in histories if {c["value"] for c in h["history"]} >= {10000, 11000}
    )
    first = next(c for c in history if c["value"] == 10000)
    second = next(c for c in history if c["value"] == 11000)
    assert (first["said_on"], second["said_on"]) == ("2024-10-17", "2024-10-18")
    assert "Zelenskyy" in first["speaker"] and "Budanov" in second["speaker"]
    assert first["relation"] == "first report"
    assert second["relation"] == "update" and second["relation_to"] == first["id"]
    assert history.index(first) < history.index(second)


def _bullet_day(bullet: str, year: int) -> datetime:
    match = re.search(
        rf"\bOn (?:(\d{{1,2}}) ({'|'.join(_MONTHS)})|({'|'.join(_MONTHS)}) (\d{{1,2}}))\b", bullet
    )
    assert match, bullet
    day = int(match.group(1) or match.group(4))
    month = _MONTHS.index(match.group(2) or match.group(3)) + 1
    return datetime(year, month, day, 12, 0)


@pytest.mark.slow
def test_background_round_trip_gives_back_the_seven_bullets(seed: Article) -> None:
    bullets = list(seed.extras.background)
    assert len(bullets) == 7
    engine = fresh_engine()
    published = []
    for bullet in bullets:
        when = _bullet_day(bullet, seed.published.year)
        article = Article(text=bullet, published=when, title=None)
        link_extraction(engine, extract(article))
        published.append((when.date().isoformat(), article.id, bullet))
    cut = seed.text.index("Background:")
    bare = replace(seed, text=seed.text[:cut].rstrip() + "\n", id="", extras=Extras())
    background = build_background(engine, bare, extract(bare))
    assert [i.begin for i in background.items] == [day for day, _, _ in published]
    for item, (_, article_id, _) in zip(background.items, published, strict=True):
        assert article_id in {s.article_id for s in item.sources}
    assert_lines_come_from_their_sources(background.items, {a: b for _, a, b in published})


@pytest.mark.slow
def test_cli_ingest_then_timeline_and_claims(tmp_path) -> None:
    import subprocess
    import sys

    db = str(tmp_path / "news.db")

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "backstory", *args, "--db", db],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("ingest", str(SEED))
    body = json.loads(run("timeline", "--about", "North Korea", "--format", "json"))
    expected = json.loads(SEED_EXPECTED.read_text())["timeline"]
    begins = [item["when"]["begin"] for item in body["items"]]
    assert len(set(expected["dates_in_order"]) & set(begins)) >= expected["min_dates_found"]
    assert all(item["sources"] for item in body["items"])
    claims = json.loads(run("claims", "--about", "North Korea", "--format", "json"))
    values = [c["value"] for h in claims["claims"] for c in h["history"]]
    assert values.index(10000) < values.index(11000)


@pytest.mark.slow
def test_ingest_one_by_one_equals_one_batch(seed: Article, tmp_path) -> None:
    from backstory.archive import Archive
    from backstory.ingest import ingest
    from backstory.settings import Settings
    from test_linking import snapshot

    rows = [
        {"date": _bullet_day(b, seed.published.year).isoformat(), "text": b, "title": b[:50]}
        for b in seed.extras.background
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows))
    singles = []
    for i, row in enumerate(reversed(rows)):  # and in another order
        single = tmp_path / f"single{i}.jsonl"
        single.write_text(json.dumps(row) + "\n")
        singles.append(single)
    settings = Settings()
    with Archive.open(tmp_path / "batch.db") as archive:
        assert ingest(archive, [batch], settings=settings).added == len(rows)
        at_once = snapshot(archive.engine)
    with Archive.open(tmp_path / "singles.db") as archive:
        for single in singles:
            assert ingest(archive, [single], settings=settings).added == 1
        one_by_one = snapshot(archive.engine)
    assert at_once == one_by_one
    assert len(at_once["developments"]) >= len(rows)
