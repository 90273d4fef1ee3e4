"""Normalisers of vague references: PAST_REF ("recently", "in recent days"),
PRESENT_REF ("now", "currently") and FUTURE_REF ("soon", "the near future")."""

from __future__ import annotations

import re
from datetime import timedelta

from backstory.timex.anchor import PAST, REPORTED
from backstory.timex.reading import (
    Frame,
    Reading,
    normaliser,
)

# ---- vague ---------------------------------------------------------------------

_PRESENT = ("right now", "just now", "now", "currently", "current", "presently", "nowadays", "these days",
            "at present", "the present", "the time being", "time being")  # fmt: skip
_PAST = ("recently", "recent", "lately", "of late", "previously", "formerly", "earlier", "the past")
_NOT_CURRENT = re.compile(
    r"^\s+(?:account|accounts|assets|liabilities|affairs|events|flows?|density|source|sources|"
    r"carrying|conditions|members?|and\s+former|or\s+former)\b",
    re.I,
)


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|as|is|are|was|were|will|would|if|when|that)\b)[a-z]{3,}"
)
_COUNT_AFTER = re.compile(
    r"\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozen|hundred)",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’]*\s+|\n\s*|[\"“`']\s*)$")


@normaliser("vague")
def _vague(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    after = ctx.text[m.end() : m.end() + 20]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    dct = ctx.dct
    if w == "current" and _NOT_CURRENT.match(after):
        return None
    if w == "recent":
        return None  # the adjective alone ("recent attacks") is not a timex
    if w == "earlier":
        # "Earlier, the rebels had..." orders the narrative; TimeBank and AQUAINT
        # never tag the bare adverb (nor "later"), only "earlier this year" and the like
        return None
    if (
        w == "future"
        and not re.search(r"\b(?:in|for|near)\s+$", before)
        and not re.match(r"\s+(?:quarters|years|months|periods|generations)\b", after)
    ):
        return None
    if w in ("soon", "sooner") and re.match(r"\s+(?:as|after|than)\b", after):
        return None
    if w == "sooner" and not re.match(r"\s+or\s+later\b", after):
        # "we should have acted sooner", "sooner rather than later": a comparative
        # that orders two times and names neither
        return None
    if w.endswith(" term") and _NOUN_AFTER.match(after):
        return None  # "for the long term treatment of": a long-term treatment, no time
    if w == "the past" and _COUNT_AFTER.match(after):
        return None  # "six of the past eight sessions": a count of things, not the past
    if w == "now" and re.match(r"[-]", after):
        return None
    if m.group("w") == "Now" and after.startswith(",") and _SENTENCE_START.search(before):
        return None  # "Now, he says, ...": a discourse marker that turns the story, not a time
    if w in _PRESENT:
        r = Reading("DATE", "PRESENT_REF", None, vague=True, anchor="dct")
        if dct:
            r.begin = r.end = dct.isoformat()
        return r
    if w in _PAST:
        r = Reading("DATE", "PAST_REF", None, vague=True, anchor="dct")
        if dct:
            span = 90 if w in ("recently", "lately", "of late") else 3650
            r.begin, r.end = (dct - timedelta(days=span)).isoformat(), dct.isoformat()
            if w in ("the past", "previously", "formerly", "earlier"):
                r.begin = None
        return r
    r = Reading("DATE", "FUTURE_REF", None, vague=True, anchor="dct")
    if dct:
        span = 30 if w in ("soon", "shortly", "sooner", "as soon as possible") else 3650
        r.begin, r.end = dct.isoformat(), (dct + timedelta(days=span)).isoformat()
        if "future" in w or "term" in w or "later" in w:
            r.end = None
    return r


# "the end of the season", "for the rest of the season": a part of the season told of
_PART_OF_BEFORE = re.compile(
    r"\b(?:end|start|beginning|rest|remainder|close|middle|half|part|course|climax|finale)"
    r"\s+of\s+$",
    re.I,
)


@normaliser("season_ref")
def _season_ref(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "so far this season", "next season", "last season": a league's (or theatre's) season,
    which runs across the calendar as the sport has it: a vague reference, present, past or
    future."""
    rel = m.group("rel").lower().split()[-1]
    if rel == "the":
        if not _PART_OF_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
            return None  # "the season opens in August", "the season of goodwill"
        # "will leave at the end of the season": the one under way (or the story's)
        rel = "last" if ctx.tense() in (PAST, REPORTED) else "this"
    value = {"this": "PRESENT_REF", "current": "PRESENT_REF", "last": "PAST_REF",
             "previous": "PAST_REF", "past": "PAST_REF"}.get(rel, "FUTURE_REF")  # fmt: skip
    r = Reading("DATE", value, None, vague=True, anchor="dct")
    dct = ctx.dct
    if dct:
        if value == "PRESENT_REF":
            r.begin = r.end = dct.isoformat()
        elif value == "PAST_REF":
            r.begin, r.end = (dct - timedelta(days=730)).isoformat(), dct.isoformat()
        else:
            r.begin, r.end = dct.isoformat(), (dct + timedelta(days=730)).isoformat()
    return r
