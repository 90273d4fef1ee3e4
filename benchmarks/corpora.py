"""Readers for the evaluation corpora in ../shared/data used by the benchmarks.

Kept apart from ``backstory.readers`` on purpose: these parse the corpora's
own formats (Reuters-21578 SGML, SemEval-2015 CAT XML) only as far as the
benchmarks need, and never copy the data into the repository.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
# <repo>/../shared/data (from a git worktree nested deeper, the nearest ancestor's).
SHARED_DATA = next(
    (p / "shared" / "data" for p in _ROOT.parents if (p / "shared" / "data").is_dir()),
    _ROOT.parent / "shared" / "data",
)
_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_DATE = re.compile(r"<DATE>\s*(.*?)\s*</DATE>", re.S)


def reuters_articles(
    root: Path = SHARED_DATA, limit: int | None = None
) -> list[tuple[str, datetime | None]]:
    """(body text, date) of Reuters-21578 articles that have a body, in file order."""
    out: list[tuple[str, datetime | None]] = []
    for path in sorted((root / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for doc in _REUTERS.findall(raw):
            body = _BODY.search(doc)
            if not body:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            text = re.sub(r"\s*Reuter\s*$", "", text)
            date = None
            if m := _DATE.search(doc):
                try:
                    date = datetime.strptime(m.group(1).split(".")[0].strip(), "%d-%b-%Y %H:%M:%S")
                except ValueError:
                    date = None
            out.append((text, date))
            if limit is not None and len(out) >= limit:
                return out
    return out


@dataclass
class CatDocument:
    """One SemEval-2015 CAT document: text rebuilt from tokens, gold events, DCT."""

    name: str
    text: str
    dct: datetime | None
    token_offsets: dict[str, tuple[int, int]]  # t_id -> (start, end) in text
    token_position: dict[tuple[int, int], str]  # (sentence, number in sentence) -> t_id
    gold_events: list[list[str]] = field(default_factory=list)  # t_ids of each event mention


def cat_documents(root: Path = SHARED_DATA) -> list[CatDocument]:
    """Every CAT document of the SemEval-2015 timeline trial data."""
    docs = []
    for path in sorted((root / "semeval2015-timeline-trial" / "cat").glob("*.xml")):
        tree = ET.parse(path)
        doc = tree.getroot()
        parts: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        position: dict[tuple[int, int], str] = {}
        pos = 0
        sentence = None
        in_sentence = 0
        for tok in doc.iter("token"):
            s = int(tok.get("sentence", "0"))
            if sentence is not None and s != sentence:
                parts.append("\n")
                pos += 1
                in_sentence = 0
            elif parts:
                parts.append(" ")
                pos += 1
            word = tok.text or ""
            offsets[tok.get("t_id")] = (pos, pos + len(word))
            position[(s, in_sentence)] = tok.get("t_id")
            parts.append(word)
            pos += len(word)
            sentence = s
            in_sentence += 1
        dct = None
        for timex in doc.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
                try:
                    dct = datetime.fromisoformat(timex.get("value")[:10])
                except ValueError:
                    dct = None
        events = [
            [a.get("t_id") for a in m.iter("token_anchor")] for m in doc.iter("EVENT_MENTION")
        ]
        docs.append(
            CatDocument(
                name=path.stem,
                text="".join(parts),
                dct=dct,
                token_offsets=offsets,
                token_position=position,
                gold_events=events,
            )
        )
    return docs


def gold_anchors(root: Path = SHARED_DATA) -> dict[tuple[str, int, str], str]:
    """(doc id, sentence, word) -> gold date from the SemEval-2015 gold timelines."""
    out: dict[tuple[str, int, str], str] = {}
    for path in sorted((root / "semeval2015-timeline-trial" / "gold-timelines").glob("*.txt")):
        for line in path.read_text("utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            date = cols[1]
            for mention in cols[2:]:
                doc_id, sentence, word = mention.split("-", 2)
                out[(doc_id, int(sentence), word)] = date
    return out
