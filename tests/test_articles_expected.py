"""More articles in the seed's format, each with an expected file in the seed's schema.

The seed is one example of a general method: ``tests/fixtures/articles`` holds
news reports written for these tests in the same scraped-page format (header,
byline, ``Source:`` line, ``Quote from X:``, ``Background:`` bullets), each
with an ``.expected.json`` whose sections (``timexes``, ``entities``,
``quantities``, ``events``, ``timeline``) are checked exactly as the seed's
are (``test_timex_seed.py``, ``test_extraction_seed.py``,
``test_timelines_acceptance.py``), through the real CLI: ``backstory extract``,
then ``backstory ingest`` + ``backstory timeline --about ... --format json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from test_extraction_seed import _entity, _event_holds
from test_timex_seed import check_timex

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
CASES = sorted(ARTICLES.glob("*.expected.json"))


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _article(path: Path) -> Path:
    return path.with_name(path.name.replace(".expected.json", ".txt"))


def _cli(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "backstory", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@cache
def _extracted(path: Path) -> dict[str, Any]:
    return json.loads(_cli("extract", str(_article(path)), "--format", "json"))


def _items(section: str) -> list[Any]:
    """(article, expectation) pairs; an expectation with a ``known_gap`` (why the
    extraction still misses it) is a strict xfail, so fixing it turns the test red
    until the marker is removed."""
    items: list[Any] = []
    for case in CASES:
        for want in _expected(case).get(section, []):
            gap = want.get("known_gap")
            want = {k: v for k, v in want.items() if k != "known_gap"}
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            items.append(pytest.param(case, want, marks=marks, id=f"{_id(case)}-{_id(want)}"))
    return items


def _id(item: Any) -> str:
    if isinstance(item, Path):
        return item.name.split(".")[0]
    return "-".join(str(v) for v in list(item.values())[:2])


def test_there_are_articles_besides_the_seed() -> None:
    assert len(CASES) >= 3
    for case in CASES:
        assert _article(case).is_file(), case


@pytest.mark.parametrize(("case", "want"), _items("timexes"), ids=_id)
def test_timex(case: Path, want: dict[str, Any]) -> None:
    check_timex(_extracted(case)["timexes"], want)


@pytest.mark.parametrize(("case", "want"), _items("entities"), ids=_id)
def test_entity(case: Path, want: dict[str, Any]) -> None:
    data = _extracted(case)
    entity = _entity(data, want["name"])
    assert entity is not None, (
        f"no entity named {want['name']!r}: {[e['name'] for e in data['entities']]}"
    )
    if "type" in want:
        assert entity["type"] == want["type"], entity
    if "country" in want:
        assert entity.get("country") == want["country"], entity
    if "lat" in want:
        tolerance = want.get("tolerance_deg", 1.0)
        assert abs(entity["lat"] - want["lat"]) <= tolerance, entity
        assert abs(entity["lon"] - want["lon"]) <= tolerance, entity
    text = data["article"]["text"]
    seen = {text[s:e].casefold() for s, e in entity["mentions"]}
    seen |= {a.casefold() for a in entity["aliases"]}
    for form in want.get("must_cover", ()):
        assert form.casefold() in seen, f"{form!r} not covered by {entity['name']!r}: {seen}"


@pytest.mark.parametrize(("case", "want"), _items("quantities"), ids=_id)
def test_quantity(case: Path, want: dict[str, Any]) -> None:
    quantities = _extracted(case)["quantities"]
    assert any(
        q["value"] == want["value"]
        and q["approximate"] == want["approximate"]
        and want["unit_contains"] in (q["unit"] or "")
        for q in quantities
    ), quantities


@pytest.mark.parametrize(("case", "want"), _items("events"), ids=_id)
def test_event(case: Path, want: dict[str, Any]) -> None:
    data = _extracted(case)
    assert any(_event_holds(data, event, want) for event in data["events"]), json.dumps(
        [
            {k: e[k] for k in ("type", "trigger", "actor", "target", "location", "when")}
            | {"modality": e["modality"], "chain": e["attribution"]["chain"]}
            for e in data["events"]
        ],
        indent=0,
    )


@pytest.mark.parametrize("case", [c for c in CASES if "timeline" in _expected(c)], ids=_id)
def test_timeline(case: Path, tmp_path: Path) -> None:
    want = _expected(case)["timeline"]
    db = str(tmp_path / "archive.db")
    _cli("ingest", str(_article(case)), "--db", db)
    timeline = json.loads(
        _cli("timeline", "--db", db, "--about", want["about"], "--format", "json")
    )
    begins = [item["when"]["begin"] for item in timeline["items"]]
    assert begins == sorted(begins)
    found = [day for day in want["dates_in_order"] if day in begins]
    assert len(found) >= want["min_dates_found"], (found, begins)
    text = _extracted(case)["article"]["text"]
    for item in timeline["items"]:
        for source in item["sources"]:
            assert 0 <= source["start"] < source["end"] <= len(text), source
