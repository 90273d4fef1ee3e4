"""Developments: reports of the same happening merged across articles.

Two reports (that state a day or carry an event) are of the same happening when they are from different
articles (or are the same sentence), their days overlap, their event types
agree, their participants and places do not conflict and their sentences
share enough content words. A development is a connected set of reports
under that relation, so the result does not depend on the order in which
articles arrive: a new report joins every development holding a report it
matches, and those developments become one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Connection

from backstory.linking import tables as t
from backstory.linking.reports import MAX_SPAN_DAYS, Report
from backstory.linking.words import name_key

# Share of content words two sentences must have in common (Jaccard) to be
# reports of one happening: lower when typed events with the same
# participants back the match.
SIMILAR_TEXT = 0.5
SIMILAR_EVENT = 0.25
# ... or, for typed events of one named actor, share of the shorter sentence's words
# (of at least this many) found in the longer one
SIMILAR_SHORT_TELLING = 0.5
SHORT_TELLING_WORDS = 5


def _overlap(a_begin: str, a_end: str, b_begin: str, b_end: str) -> bool:
    return a_begin <= b_end and b_begin <= a_end


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or name_key(a) == name_key(b)


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller word set found in the other (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two word sets (0 when both are empty)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def same_happening(
    a: dict[str, Any],
    b: dict[str, Any],
    *,
    words: tuple[frozenset[str], frozenset[str]] | None = None,
) -> bool:
    """Whether two reports (source rows) tell of one happening."""
    if a["article_id"] == b["article_id"]:
        return a["sentence_start"] == b["sentence_start"] and a["begin"] == b["begin"]
    if not _overlap(a["begin"], a["end"], b["begin"], b["end"]):
        return False
    if a["type"] and b["type"] and a["type"] != b["type"]:
        return False
    if (a["polarity"] or "positive") != (b["polarity"] or "positive"):
        return False
    for role in ("actor", "target", "location"):
        if not _agree(a[role], b[role]):
            return False
    a_words, b_words = words or (frozenset(a["words"].split()), frozenset(b["words"].split()))
    similarity = jaccard(set(a_words), set(b_words))
    typed = bool(a["type"] and b["type"]) and bool(a["actor"] or a["target"])
    if similarity >= (SIMILAR_EVENT if typed else SIMILAR_TEXT):
        return True
    # one actor doing one kind of thing, told at length in one article and in passing in
    # another ("Nordwind Energy on Monday rejected a 4.1 billion euro takeover offer from
    # ... Calder Capital, saying ..." and "Nordwind rejected Calder's first offer of 38
    # euros on May 4"): most of the short telling's words are in the long one
    return (
        typed
        and bool(a["actor"] and b["actor"])
        and min(len(a_words), len(b_words)) >= SHORT_TELLING_WORDS
        and overlap(set(a_words), set(b_words)) >= SIMILAR_SHORT_TELLING
    )


def _row_of(report: Report) -> dict[str, Any]:
    row = asdict(report)
    row["words"] = " ".join(sorted(set(report.words)))
    row["entities"] = "|".join(report.entities)
    return row


_COLUMNS = (
    "id",
    "development_id",
    "article_id",
    "sentence_start",
    "begin",
    "end",
    "type",
    "polarity",
    "actor",
    "target",
    "location",
    "words",
)


def _candidates(conn: Connection, report: Report) -> list[dict[str, Any]]:
    """Stored sources whose days overlap the report's (date index, not a scan)."""
    columns = [t.development_sources.c[name] for name in _COLUMNS]
    c = t.development_sources.c
    telling = or_(c.explicit.is_(True), c.type.is_not(None))
    same_day = select(*columns).where(c.begin == report.begin, telling)
    window_start = (date.fromisoformat(report.begin) - timedelta(days=MAX_SPAN_DAYS)).isoformat()
    spanning = select(*columns).where(
        and_(c.begin >= window_start, c.begin < report.begin, c.end >= report.begin, telling)
    )
    rows = [dict(r) for r in conn.execute(same_day).mappings()]
    rows += [dict(r) for r in conn.execute(spanning).mappings()]
    if report.end > report.begin:
        later = select(*columns).where(and_(c.begin > report.begin, c.begin <= report.end, telling))
        rows += [dict(r) for r in conn.execute(later).mappings()]
    return rows


def add_reports(conn: Connection, reports: list[Report]) -> set[int]:
    """Store the reports, merging each into the developments it matches; the ids touched."""
    touched: set[int] = set()
    for report in reports:
        row = _row_of(report)
        mine = frozenset(report.words)
        matched: set[int] = set()
        # A sentence dated only by its article's publication, with no event,
        # tells of no particular happening: it is kept (timelines use it) but
        # not matched.
        telling = report.explicit or report.type is not None
        for candidate in _candidates(conn, report) if telling else ():
            if candidate["development_id"] in matched:
                continue
            size = candidate["words"].count(" ") + 1 if candidate["words"] else 0
            if candidate["article_id"] != report.article_id and not _could_match(len(mine), size):
                continue
            theirs = frozenset(candidate["words"].split())
            if same_happening(row, candidate, words=(mine, theirs)):
                matched.add(candidate["development_id"])
        if matched:
            development_id = min(matched)
            for other in sorted(matched - {development_id}):
                conn.execute(
                    update(t.development_sources)
                    .where(t.development_sources.c.development_id == other)
                    .values(development_id=development_id)
                )
                conn.execute(t.developments.delete().where(t.developments.c.id == other))
                touched.discard(other)
        else:
            development_id = conn.execute(
                t.developments.insert().values(begin=report.begin, end=report.end)
            ).inserted_primary_key[0]  # type: ignore[index]
        conn.execute(t.development_sources.insert().values(development_id=development_id, **row))
        touched.add(development_id)
    for development_id in touched:
        refresh_development(conn, development_id)
    return touched


def _could_match(a: int, b: int) -> bool:
    """Whether two word-set sizes allow a Jaccard of at least the lower threshold, or a
    short telling's overlap."""
    small, large = sorted((a, b))
    return large == 0 or small >= SIMILAR_EVENT * large or small >= SHORT_TELLING_WORDS


def refresh_development(conn: Connection, development_id: int) -> None:
    """Recompute a development's summary fields from all of its sources."""
    sources = list(
        conn.execute(
            select(t.development_sources).where(
                t.development_sources.c.development_id == development_id
            )
        ).mappings()
    )
    if not sources:
        return
    explicit = [s for s in sources if s["explicit"]] or sources
    begin = most_common(s["begin"] for s in explicit)
    end = max(s["end"] for s in explicit if s["begin"] == begin)
    kind = most_common(s["type"] for s in sources if s["type"])
    modalities = Counter(s["modality"] for s in sources if s["modality"])
    place = most_common(
        (s["location"], s["lat"] or 0.0, s["lon"] or 0.0) for s in sources if s["location"]
    )
    conn.execute(
        update(t.developments)
        .where(t.developments.c.id == development_id)
        .values(
            begin=begin,
            end=end,
            type=kind,
            modality=_modality_of(modalities),
            location=place[0] if place else None,
            lat=place[1] if place and place[1] else None,
            lon=place[2] if place and place[2] else None,
        )
    )


def most_common(values: Iterable[Any]) -> Any:
    """The most frequent value, ties broken by the smallest: independent of order."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _modality_of(modalities: Counter[str]) -> str:
    """Asserted or reported by any source wins over planned, likely, predicted."""
    for modality in ("asserted", "reported"):
        if modalities.get(modality):
            return modality
    return most_common(modalities.elements()) or "asserted"
