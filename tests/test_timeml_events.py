"""TimeML EVENT recognition: classes, what is not an event, and the ``backstory timeml`` output."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from backstory.cli import cli
from backstory.nlp import load_nlp
from backstory.timeml_events import recognise_events
from backstory.timex import tag_timexes
from backstory.timex.timeml import annotate_timeml, parse_timeml


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp(None)


def _events(nlp: Any, text: str) -> dict[str, str]:
    timexes = tag_timexes(text, date(2024, 10, 25))
    found = recognise_events(nlp(text), exclude=[(t.start, t.end) for t in timexes])
    return {e.text: e.event_class for e in found}


@pytest.mark.parametrize(
    ("text", "word", "cls"),
    [
        ("The defence minister said the brigade had withdrawn.", "said", "REPORTING"),
        ("Officials told reporters that the border was closed.", "told", "REPORTING"),
        ("The company announced the deal late on Tuesday.", "announced", "REPORTING"),
        ("About 300 people were hurt, according to the mayor.", "according", "REPORTING"),
        ("Residents saw smoke rising over the harbour.", "saw", "PERCEPTION"),
        ("Witnesses heard two blasts near the station.", "heard", "PERCEPTION"),
        ("Troops began shelling the town at dawn.", "began", "ASPECTUAL"),
        ("The airline will resume flights to Kyiv.", "resume", "ASPECTUAL"),
        ("Rebels tried to seize the airport.", "tried", "I_ACTION"),
        ("The envoy urged both sides to stop the fighting.", "urged", "I_ACTION"),
        ("Analysts expect prices to fall further.", "expect", "I_STATE"),
        ("The unions want a new contract.", "want", "I_STATE"),
        ("Negotiators are ready to sign the accord.", "ready", "I_STATE"),
        ("The state owns a majority of the bank.", "owns", "STATE"),
        ("A car bomb exploded outside the ministry.", "exploded", "OCCURRENCE"),
        ("The attack killed four soldiers.", "attack", "OCCURRENCE"),
        ("Voters went to the polls before the election.", "election", "OCCURRENCE"),
        ("The talks collapsed after a week.", "talks", "OCCURRENCE"),
        ("Rescuers searched the rubble after the explosion.", "explosion", "OCCURRENCE"),
    ],
)
def test_event_classes(nlp: Any, text: str, word: str, cls: str) -> None:
    assert _events(nlp, text).get(word) == cls


@pytest.mark.parametrize(
    ("text", "not_events"),
    [
        ("The minister has resigned and will be replaced.", ["has", "will", "be"]),
        ("The ceasefire could collapse, and troops should withdraw.", ["could", "should"]),
        ("The president, who is a former general, resigned.", ["is", "president", "general"]),
        ("The proposed merger was blocked, including its bond sale.", ["proposed", "including"]),
        ("Talks will resume at the end of the month.", ["end", "month"]),
    ],
)
def test_what_is_not_an_event(nlp: Any, text: str, not_events: list[str]) -> None:
    found = _events(nlp, text)
    assert not set(not_events) & set(found), found
    assert found, "the sentence has events too"


def test_instance_attributes(nlp: Any) -> None:
    text = "The minister will not attend the summit, but she has spoken to the envoy."
    found = {e.text: e for e in recognise_events(nlp(text))}
    attend, spoken = found["attend"], found["spoken"]
    assert (attend.tense, attend.polarity, attend.pos) == ("FUTURE", "NEG", "VERB")
    assert (spoken.tense, spoken.aspect) == ("PRESENT", "PERFECTIVE")
    assert found["summit"].pos == "NOUN"
    assert all(text[e.start : e.end] == e.text for e in found.values())


def _doc(text: str) -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-25" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2024-10-25</TIMEX3></DCT>\n'
        f"<TEXT>\n{text}\n</TEXT>\n</TimeML>\n"
    )


def test_events_never_touch_a_timex_and_keep_the_text() -> None:
    text = (
        "Officials said on Friday that the talks would resume at the end of the month, "
        "after the &quot;fragile&quot; truce &amp; a week of shelling."
    )
    out = annotate_timeml(_doc(text), events=True)
    root = ElementTree.fromstring(out)
    body = root.find("TEXT")
    assert body is not None
    assert all(t.find("EVENT") is None for t in body.iter("TIMEX3"))
    assert all(len(e) == 0 for e in body.iter("EVENT"))  # single words, nothing nested
    inner = out[out.index("<TEXT>") + 6 : out.index("</TEXT>")]

    assert re.sub(r"<[^>]+>", "", inner) == f"\n{text}\n"
    events = {e.text: e.get("class") for e in body.iter("EVENT")}
    assert events["said"] == "REPORTING" and events["talks"] == "OCCURRENCE"
    assert "end" not in events and "Friday" not in events
    # the output reads back with each event's instance attributes
    said = next(e for e in parse_timeml(out).gold_events if e.text == "said")
    assert (said.event_class, said.tense, said.aspect, said.polarity) == (
        "REPORTING",
        "PAST",
        "NONE",
        "POS",
    )
    instances = root.findall("MAKEINSTANCE")
    assert sorted(i.get("eventID") for i in instances) == sorted(
        e.get("eid") for e in body.iter("EVENT")
    )


def test_no_events_option_writes_timex3_only(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.tml").write_text(
        _doc("The strike began on Monday, the union said."), encoding="utf-8"
    )
    runner = CliRunner()
    result = runner.invoke(
        cli, ["timeml", str(tmp_path / "in"), str(tmp_path / "t"), "--no-events"]
    )
    assert result.exit_code == 0, result.output
    only = (tmp_path / "t" / "a.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1"' in only and "<EVENT" not in only and "MAKEINSTANCE" not in only
    result = runner.invoke(cli, ["timeml", str(tmp_path / "in"), str(tmp_path / "e")])
    assert result.exit_code == 0, result.output
    both = ElementTree.fromstring((tmp_path / "e" / "a.tml").read_text(encoding="utf-8"))
    assert {e.text: e.get("class") for e in both.iter("EVENT")} == {
        "strike": "OCCURRENCE",
        "began": "ASPECTUAL",
        "said": "REPORTING",
    }
