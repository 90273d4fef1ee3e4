"""`backstory extract` on real corpora gives valid JSON whose offsets point at the text.

Every timex, quantity, event trigger, event sentence and entity mention of
every article must satisfy ``text[start:end] == quoted text`` (for entity
mentions: the text is one of the entity's aliases or its name).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT / "src" / "backstory" / "demo" / "corpus" / "wikinews-apple.jsonl"


def _extract(*args: str) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "backstory", "extract", *args, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_offsets(data: dict[str, Any]) -> int:
    """The number of offset pairs checked; fails on the first that is wrong."""
    assert data["schema"] == "backstory.extraction/1"
    assert "errors" not in data, data.get("errors")
    text = data["article"]["text"]
    checked = 0
    for timex in data["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]
        checked += 1
    for quantity in data["quantities"]:
        assert text[quantity["start"] : quantity["end"]] == quantity["text"]
        checked += 1
    for entity in data["entities"]:
        names = {entity["name"], *entity["aliases"]}
        assert text[entity["start"] : entity["end"]] in names
        for start, end in entity["mentions"]:
            assert text[start:end] in names, (text[start:end], entity["name"])
            checked += 1
    for event in data["events"]:
        assert text[event["start"] : event["end"]] == event["trigger"]
        sentence = event["sentence"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert sentence["start"] <= event["start"] and event["end"] <= sentence["end"]
        if event["quantity"]:
            q = event["quantity"]
            assert text[q["start"] : q["end"]] == q["text"]
        checked += 2
    return checked


@pytest.mark.slow
def test_every_wikinews_document() -> None:
    extractions = _extract(str(WIKINEWS), "--all")
    assert len(extractions) == sum(
        1 for line in WIKINEWS.read_text("utf-8").splitlines() if line.strip()
    )
    assert sum(check_offsets(x) for x in extractions) > 1000
    assert sum(len(x["events"]) for x in extractions) > 100


@pytest.mark.data
@pytest.mark.slow
def test_reuters_files(shared_data: Path) -> None:
    files = sorted((shared_data / "reuters21578").glob("reut2-*.sgm"))
    assert files, "no Reuters-21578 files"
    for path in files[::10]:  # a sample of files: the first article of each
        (data,) = _extract(str(path))
        check_offsets(data)


@pytest.mark.data
@pytest.mark.slow
def test_reuters_sample_of_articles(shared_data: Path) -> None:
    from backstory.pipeline import build_pipeline
    from backstory.readers import read_articles
    from backstory.settings import Settings

    articles = []
    files = sorted((shared_data / "reuters21578").glob("reut2-*.sgm"))
    for path in files[:3]:
        for i, article in enumerate(read_articles(path)):
            if i >= 25:
                break
            articles.append(article)
    # and from every file, every 100th article: any of the files must work
    for path in files:
        articles.extend(a for i, a in enumerate(read_articles(path)) if i % 100 == 50)
    assert len(articles) > 75 + 9 * len(files)
    checked = sum(check_offsets(x.to_json()) for x in build_pipeline(Settings()).pipe(articles))
    assert checked > 2000


@pytest.mark.data
@pytest.mark.slow
def test_wikinews_timeml_documents(shared_data: Path) -> None:
    folder = shared_data / "semeval2015-timeline-trial" / "timeml"
    paths = sorted(folder.glob("*.tml"))
    assert paths
    for path in paths[:3]:
        (data,) = _extract(str(path))
        check_offsets(data)
