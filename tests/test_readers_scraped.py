"""The scraped-text reader on the seed and on another page of the same shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from backstory.readers import read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES, SEED, SEED_EXPECTED


def test_seed_is_detected_as_scraped() -> None:
    assert detect_format(load_file(SEED)) == "scraped"


def test_seed_metadata_matches_the_expectations() -> None:
    expected = json.loads(SEED_EXPECTED.read_text())["article"]
    [article] = read_articles(SEED)
    assert article.title == expected["title"]
    assert article.author == expected["author"]
    assert article.published == datetime.fromisoformat(
        f"{expected['published_date']}T{expected['published_time']}"
    )
    assert article.published.tzinfo is None  # the page gives no zone: local time of the outlet
    assert article.extras.source_line == expected["source_line"]
    for phrase in expected["not_in_body"]:
        assert phrase not in article.text


def test_seed_extras_hold_quote_background_and_caption() -> None:
    [article] = read_articles(SEED)
    extras = article.extras
    [quote] = extras.quotes
    assert quote.speaker == "Zelenskyy"
    assert quote.text.startswith("The world can clearly see what Russia truly wants")
    assert quote.text.endswith("rather than with blind eyes and confused comments.")
    assert len(extras.background) == 7
    assert extras.background[0].startswith("On 8 October, the South Korean Ministry of Defence")
    assert extras.background[-1].endswith(
        "They were spotted in Kursk Oblast of Russia on 23 October."
    )
    assert extras.captions == (
        "Commander-in-Chief Oleksandr Syrsky. Photo: Office of the President of Ukraine",
    )
    assert extras.details and extras.details.startswith("Zelenskyy stated that on 25 October")


def test_seed_body_is_clean_and_keeps_labelled_lines() -> None:
    [article] = read_articles(SEED)
    text = article.text
    assert text.startswith("Ukrainian intelligence reports that Russia plans to deploy")
    assert article.title not in text  # neither the title nor its repetition
    assert "ROMANENKO" not in text and "12:44" not in text
    for kept in (
        "Source: Zelenskyy on Telegram",
        "Details: Zelenskyy stated",
        "Quote from Zelenskyy:",
        "Background:",
    ):
        assert kept in text
    for bullet in article.extras.background:
        assert bullet in text  # extraction reads the bullets in the body
    assert "\u00a0" not in text and "\n\n\n" not in text
    assert all(line == line.strip() for line in text.splitlines())


def test_another_outlets_page_of_the_same_shape(tmp_path: Path) -> None:
    # A Wikinews report laid out the way scrapers save news pages: nothing of the seed's words.
    [record] = [
        json.loads(line)
        for line in (FIXTURES / "wikinews" / "iphone4.jsonl").read_text().splitlines()
        if "free cases" in line
    ]
    sentences = record["text"].split("\n")
    page = "\n".join(
        [
            " date 2010-07-17 Science and technology",
            record["title"],
            "",
            "MIKE O'NEILL-SMITHSaturday, 17 July 2010, 18:20",
            record["title"],
            "Steve Jobs at the press conference in Cupertino. Photo: Apple Inc.",
            "",
            sentences[0],
            "",
            "Source: Apple Inc. press conference",
            "",
            *[s + "\n" for s in sentences[1:6]],
            "Read also: Apple swamped by iPhone 4 pre-orders",
            "",
            "Background:",
            "",
            "  - " + sentences[-2],
            "  - " + sentences[-1],
        ]
    )
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    [article] = read_articles(path)
    assert article.title == record["title"]
    assert article.author == "Mike O'Neill-Smith"
    assert article.published == datetime(2010, 7, 17, 18, 20)
    assert article.extras.section == "Science and technology"
    assert article.extras.source_line == "Apple Inc. press conference"
    assert article.extras.captions == (
        "Steve Jobs at the press conference in Cupertino. Photo: Apple Inc.",
    )
    assert article.extras.background == (sentences[-2], sentences[-1])
    assert article.text.startswith(sentences[0])
    assert "Photo:" not in article.text and "Read also" not in article.text
    assert sentences[3] in article.text


def test_byline_with_us_date_and_mixed_case_author(tmp_path: Path) -> None:
    path = tmp_path / "us.txt"
    path.write_text(
        "Apple swamped by iPhone 4 pre-orders\n"
        "By Jane Doe, Wednesday, June 16, 2010, 9:05 AM\n\n"
        "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T.\n",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.title == "Apple swamped by iPhone 4 pre-orders"
    assert article.author == "Jane Doe"
    assert article.published == datetime(2010, 6, 16, 9, 5)
    assert article.text.startswith("Pre-orders of the recently announced iPhone 4")


def test_labelled_byline_with_abbreviated_month_and_zone(tmp_path: Path) -> None:
    path = tmp_path / "gmt.txt"
    path.write_text(
        "Apple executive Steve Jobs resigns\n"
        "By JOHN SMITH | Published: 25 Aug 2011 01:15 GMT\n"
        "Steve Jobs in 2010. Photo by Matthew Yohe\n\n"
        "Steve Jobs, founder of Apple, has chosen to step down from his post as CEO of the company.\n",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.author == "John Smith"
    assert article.published == datetime(2011, 8, 25, 1, 15, tzinfo=UTC)
    assert article.extras.captions == ("Steve Jobs in 2010. Photo by Matthew Yohe",)
    assert article.text == (
        "Steve Jobs, founder of Apple, has chosen to step down from his post as CEO of the company."
    )


def test_standfirst_between_title_and_byline_opens_the_body(tmp_path: Path) -> None:
    path = tmp_path / "standfirst.txt"
    path.write_text(
        " date 2010-06-16 Technology\n"
        "Apple swamped by iPhone 4 pre-orders\n"
        "Many buyers experienced issues connecting to Apple's website.\n"
        "JANE DOEWednesday, 16 June 2010, 09:05\n"
        "Apple swamped by iPhone 4 pre-orders\n\n"
        "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T.\n",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.title == "Apple swamped by iPhone 4 pre-orders"
    assert article.author == "Jane Doe"
    assert article.text == (
        "Many buyers experienced issues connecting to Apple's website.\n\n"
        "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple and AT&T."
    )
