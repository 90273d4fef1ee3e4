"""The seed article's expectations (entities, quantities, events), checked one by one.

Runs the real ``backstory extract FILE --format json`` path in a subprocess
and checks every item of the ``entities``, ``quantities`` and ``events``
sections of the expected file. Matching, as the file's "about" explains:

- a name matches an entity when it equals (case-insensitively) the
  entity's canonical name or one of its aliases;
- an expected event holds when at least one extracted event satisfies all
  its keys: ``begin``/``end`` equal ``when``; ``speaker``/``actor``/
  ``target``/``location`` name the entity (or phrase) in that slot (the
  expected name is matched case-insensitively as a whole word inside the
  slot's canonical name or any alias of that entity, so "Budanov" matches
  "Kyrylo Budanov" and "South Korea" the "South Korean Ministry of
  Defence"); ``mentions`` means the entity fills an argument, is in the
  source chain, or is mentioned in the event's sentence; ``quantity`` is
  the value of the event's quantity; ``chain_includes`` (all) and
  ``chain_includes_one_of`` (any) match names in the attribution chain;
  ``*_one_of`` keys list the accepted values.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SEED_DIR = Path(__file__).resolve().parent / "fixtures" / "seed"
SEED = SEED_DIR / "000_496289bd27277af9.txt"
SEED_EXPECTED = SEED_DIR / "000_496289bd27277af9.expected.json"

EXPECTED = json.loads(SEED_EXPECTED.read_text("utf-8"))


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "backstory", "extract", str(SEED), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _entity(data: dict[str, Any], name: str) -> dict[str, Any] | None:
    low = name.casefold()
    for entity in data["entities"]:
        if entity["name"].casefold() == low or low in (a.casefold() for a in entity["aliases"]):
            return entity
    return None


def _names_of(data: dict[str, Any], value: str | None) -> list[str]:
    """A slot value and, when it is an entity's canonical name, that entity's aliases."""
    if not value:
        return []
    for entity in data["entities"]:
        if entity["name"] == value:
            return [entity["name"], *entity["aliases"]]
    return [value]


def _names_match(expected: str, names: list[str]) -> bool:
    pattern = re.compile(rf"\b{re.escape(expected)}", re.IGNORECASE)
    return any(pattern.search(n) for n in names)


def _mentions(data: dict[str, Any], event: dict[str, Any], name: str) -> bool:
    entity = _entity(data, name)
    slots = [
        event["actor"],
        event["target"],
        event["theme"],
        event["location"],
        *event["attribution"]["chain"],
    ]
    if entity is not None and entity["name"] in slots:
        return True
    if entity is None:
        return False
    s = event["sentence"]
    return any(s["start"] <= start and end <= s["end"] for start, end in entity["mentions"])


def _event_holds(data: dict[str, Any], event: dict[str, Any], want: dict[str, Any]) -> bool:
    when = event["when"]
    attribution = event["attribution"]
    chain_names = [n for c in attribution["chain"] for n in _names_of(data, c)]
    checks = {
        "begin": lambda v: when["begin"] == v,
        "end": lambda v: when["end"] == v,
        "speaker": lambda v: _names_match(v, _names_of(data, attribution["speaker"])),
        "actor": lambda v: _names_match(v, _names_of(data, event["actor"])),
        "target": lambda v: _names_match(v, _names_of(data, event["target"])),
        "location": lambda v: _names_match(v, _names_of(data, event["location"])),
        "mentions": lambda v: _mentions(data, event, v),
        "quantity": lambda v: event["quantity"] is not None and event["quantity"]["value"] == v,
        "type_one_of": lambda v: event["type"] in v,
        "modality_one_of": lambda v: event["modality"] in v,
        "chain_includes": lambda v: all(_names_match(x, chain_names) for x in v),
        "chain_includes_one_of": lambda v: any(_names_match(x, chain_names) for x in v),
        "quantity_or_mentions": lambda v: (
            (
                event["quantity"] is not None
                and _names_match(v, _names_of(data, event["quantity"].get("measures")))
            )
            or _mentions(data, event, v)
        ),
    }
    unknown = set(want) - set(checks)
    assert not unknown, f"test does not know how to check {unknown}"
    return all(checks[key](value) for key, value in want.items())


@pytest.mark.parametrize("want", EXPECTED["entities"], ids=lambda w: w["name"])
def test_seed_entity(seed: dict[str, Any], want: dict[str, Any]) -> None:
    entity = _entity(seed, want["name"])
    assert entity is not None, f"no entity named {want['name']!r}"
    if "type" in want:
        assert entity["type"] == want["type"]
    if "country" in want:
        assert entity.get("country") == want["country"]
    if "lat" in want:
        tolerance = want.get("tolerance_deg", 1.0)
        assert abs(entity["lat"] - want["lat"]) <= tolerance
        assert abs(entity["lon"] - want["lon"]) <= tolerance
    text = seed["article"]["text"]
    # A form is covered when it is a mention in the body or an alias (a spelling
    # the page uses outside the body text, such as a photo caption).
    seen = {text[s:e].casefold() for s, e in entity["mentions"]}
    seen |= {a.casefold() for a in entity["aliases"]}
    for form in want.get("must_cover", ()):
        assert form.casefold() in seen, (
            f"{form!r} not covered by {entity['name']!r}: {sorted(seen)}"
        )


@pytest.mark.parametrize("want", EXPECTED["quantities"], ids=lambda w: str(w["value"]))
def test_seed_quantity(seed: dict[str, Any], want: dict[str, Any]) -> None:
    assert any(
        q["value"] == want["value"]
        and q["approximate"] == want["approximate"]
        and want["unit_contains"] in (q["unit"] or "")
        for q in seed["quantities"]
    ), seed["quantities"]


@pytest.mark.parametrize(
    "want", EXPECTED["events"], ids=lambda w: "-".join(str(v) for v in list(w.values())[:2])
)
def test_seed_event(seed: dict[str, Any], want: dict[str, Any]) -> None:
    assert any(_event_holds(seed, event, want) for event in seed["events"]), json.dumps(
        [
            {k: e[k] for k in ("type", "trigger", "actor", "target", "when", "modality")}
            | {"speaker": e["attribution"]["speaker"]}
            for e in seed["events"]
        ],
        indent=0,
    )


def test_seed_offsets_point_at_the_text(seed: dict[str, Any]) -> None:
    text = seed["article"]["text"]
    for entity in seed["entities"]:
        for start, end in entity["mentions"]:
            assert text[start:end] in entity["aliases"] or text[start:end] == entity["name"]
    for item in seed["quantities"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for event in seed["events"]:
        assert text[event["start"] : event["end"]] == event["trigger"]
        s = event["sentence"]
        assert text[s["start"] : s["end"]] == s["text"]
