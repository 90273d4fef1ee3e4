"""Recognition: where the temporal expressions are.

Every pattern is run over the text; overlapping matches are resolved
longest first; each expression is then widened by the modifiers that
belong to it ("the end of", "early", "about", "or so"), and neighbours that
form one expression are joined: a clock time with its day ("10 p.m.
Wednesday") and two dates into a range ("from March to May 2024").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from backstory.timex.lexicon import weekday_number
from backstory.timex.patterns import (
    PATTERNS,
    PREFIX_MOD,
    PREFIX_WINDOW,
    PRIORITY,
    RANGE_JOIN,
    RANGE_OPENER,
    SUFFIX_MOD,
    TIME_DATE_JOIN,
)


@dataclass
class Mention:
    """A found expression: its extent, the pattern kind and match, and the parts joined into it."""

    start: int
    end: int
    kind: str
    match: re.Match[str]
    prefix_mod: str | None = None
    prefix_kind: str | None = None  # "se", "eml", "approx", "post"
    suffix_mod: str | None = None
    parts: list[Mention] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.end - self.start


_PREFIX_HYPHEN = re.compile(r"\b(mid|pre|post|early|late|end|start)-(?=[\w'’])", re.I)


def scan_copy(text: str) -> str:
    """The text as the patterns see it: "mid-1996" as "mid 1996" (same length, same offsets)."""
    return _PREFIX_HYPHEN.sub(r"\1 ", text)


def find_candidates(text: str) -> list[Mention]:
    """Every pattern match, unresolved (may overlap)."""
    found: list[Mention] = []
    scanned = scan_copy(text)
    lowered = text.lower()
    for pattern in PATTERNS:
        if not pattern.may_match(lowered):
            continue
        for m in pattern.regex.finditer(scanned):
            if "x" in pattern.regex.groupindex and m.group("x") is not None:
                start, end = m.span("x")
            else:
                start, end = m.span()
            if pattern.kind == "quarter" and m.group("det") and m.group("pre").endswith("-"):
                start = m.start("pre")  # "its third-quarter profit": the adjective alone
            compound = (
                not m.group("pl") or "-" in m.group(0) if pattern.kind == "duration" else False
            )
            if compound and (m.group("det") or "").lower() == "the" and not m.group("rel"):
                start = m.start("num")  # "the 30-day period": the compound adjective alone
            if compound and m.group("num").lower() in ("a", "an") and m.group("adj"):
                start = m.start("u")  # "a week-long strike": "week-long"
            if (
                pattern.kind == "century"
                and m.group(0).endswith("-century")
                and m.group(0)[:4].lower() == "the "
            ):
                # "the 15th-century church": the compound adjective alone
                start = m.start("dm") if m.group("dm") else m.start("n")
            if pattern.kind == "units" and m.group("det") and m.group(0).endswith("-long"):
                start = m.start("vq") if m.group("vq") else m.start("u")  # "the year-long probe"
            if end > start:
                found.append(Mention(start, end, pattern.kind, m))
    return found


def select(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longest (then the earliest-listed pattern) first."""
    ordered = sorted(candidates, key=lambda c: (-c.length, PRIORITY[c.kind], c.start))
    starts: list[int] = []
    chosen: list[Mention] = []
    for c in ordered:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and chosen[i - 1].end > c.start:
            continue
        if i < len(chosen) and chosen[i].start < c.end:
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


# Which modifiers may widen which kinds of expression.
_DATE_KINDS = {
    "iso", "numeric", "date_dm", "date_md", "date_words", "date_ord_of", "date_ord_rel", "month_year", "month", "year", "year_words",
    "quarter", "quarter_pair", "quarter_code", "half", "half_code", "fin_period", "decade", "century", "season", "relunit", "weekday", "deictic", "holiday", "earlier_rel",
    "season_ref", "week_number", "unit_two_off", "weekday_dom", "full_year", "year_short",
}  # fmt: skip
_DURATION_KINDS = {"duration", "units", "duration_range", "some_time"}
_TIME_KINDS = {
    "time_ampm",
    "time_24",
    "time_hhmm",
    "time_word",
    "time_dawn",
    "time_overnight",
    "time_oclock",
    "time_in_the",
    "time_past_to",
}
_DAY_KINDS = {
    "iso",
    "numeric",
    "date_dm",
    "date_md",
    "date_words",
    "date_ord_of",
    "date_ord_rel",
    "weekday",
    "deictic",
    "holiday",
    "weekday_dom",
}
# what "from X to Y" joins into one range: days (not "today", not holidays), months, years
_RANGE_KINDS = (_DAY_KINDS - {"deictic", "holiday"}) | {"month_year", "month", "year"}

_SE_MODS = {"beginning": "START", "start": "START", "outset": "START", "dawn": "START",
            "first": "START", "opening": "START", "end": "END", "close": "END", "last": "END",
            "final": "END", "closing": "END", "dying": "END", "middle": "MID", "midst": "MID", "hours": "START",
            "early": "START", "latter": "END", "later": "END"}  # fmt: skip
_EML_MODS = {
    "early": "START",
    "earlier": "START",
    "late": "END",
    "later": "END",
    "mid": "MID",
    "middle": "MID",
}
_APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "just under": "LESS_THAN", "barely": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "a little over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS", "only": None,
}  # fmt: skip
_SUFFIX_MODS = {"or so": "APPROX", "or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER",
                "or beyond": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "or more": "EQUAL_OR_MORE",
                "or less": "EQUAL_OR_LESS", "or two": "EQUAL_OR_MORE",
                "or three": "EQUAL_OR_MORE"}  # fmt: skip


_TIME_AFTER = re.compile(r"['’]s?\s+time\b")

# "in about March", "by about 1990", "About 2010, ...": "about" that rounds a date
_ABOUT_AS_APPROX = re.compile(
    r"(?:\b(?:in|by|until|till|since|from|to|at|on|after|before|of|or|and)\s+|^|[.!?]\s+|,\s+)$",
    re.I,
)


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


# the noun a hyphened span names ("a three-year period", "a two-week stretch")
_SPAN_NOUN = re.compile(r"\s+(?:period|span|stretch|spell|window)\b(?!-)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)


def widen(text: str, mentions: list[Mention]) -> None:
    """Extend each mention over the modifiers that belong to it (in place)."""
    for i, mn in enumerate(mentions):
        floor = mentions[i - 1].end if i > 0 else 0
        window_start = max(floor, mn.start - PREFIX_WINDOW)
        m = PREFIX_MOD.search(text, window_start, mn.start)
        if (
            m is not None
            and m.end() == mn.start
            and not text[mn.start : mn.end].lower().startswith(("early", "late", "mid"))
        ):
            applied = _prefix(m, mn)
            if applied:
                mn.start = m.start()
        ceiling = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        t = _TIME_AFTER.match(text[mn.end : min(ceiling, mn.end + 8)])
        if (
            t is not None
            and mn.kind in ("duration", "fortnight")
            and re.search(r"\bin\s+$", text[max(0, mn.start - 4) : mn.start], re.I)
        ):
            mn.end += t.end()  # "in three weeks' time": the whole noun phrase
        span_noun = _SPAN_NOUN.match(text, mn.end, min(ceiling, mn.end + 12))
        if (
            span_noun is not None
            and mn.kind == "duration"
            and re.fullmatch(r"[\w.-]+-[a-z]+", text[mn.start : mn.end])
        ):
            # "over a three-year period", "a two-week stretch": the span is the noun's
            mn.end = span_noun.end()
            article = _ARTICLE_BEFORE.search(text, max(floor, mn.start - 4), mn.start)
            if article is not None:
                mn.start = article.start()
        s = SUFFIX_MOD.match(text[mn.end : min(ceiling, mn.end + 16)])
        if s is not None and (
            mn.kind in _DURATION_KINDS
            or (
                # "a year or two" is a span of durations; "May or two" is nothing
                (mn.kind in _DATE_KINDS or mn.kind == "ago")
                and not _words(s.group("w")).startswith(("or two", "or three"))
            )
        ):
            mn.suffix_mod = _SUFFIX_MODS.get(_words(s.group("w")))
            mn.end += s.end()


def _prefix(m: re.Match[str], mn: Mention) -> bool:
    kind = mn.kind
    if m.group("se"):
        if kind not in _DATE_KINDS or kind in ("deictic",):
            return False
        word = next(w for w in _SE_MODS if w in m.group("se").lower())
        mn.prefix_mod, mn.prefix_kind = _SE_MODS[word], "se"
        return True
    if m.group("eml"):
        if kind not in _DATE_KINDS and kind not in _TIME_KINDS:
            return False
        word = m.group("eml").lower().replace("the", "").strip(" -")
        word = word.split()[0] if word else ""
        if word in ("earlier", "later") and kind in ("year", "weekday", "deictic"):
            return False  # "earlier Friday": the day itself is the expression
        mn.prefix_mod, mn.prefix_kind = _EML_MODS.get(word), "eml"
        return True
    if m.group("approx"):
        word = _words(m.group("approx"))
        if (
            mn.match.group(0)
            .lower()
            .startswith(("the ", "this ", "that ", "last ", "next ", "past "))
        ):
            return False
        ok = kind in _DURATION_KINDS or kind in _TIME_KINDS or kind == "ago"
        if not ok and kind in _DAY_KINDS | {"month_year", "year", "month"}:
            ok = word in ("about", "around", "approximately", "roughly")
            if word == "about" and not _ABOUT_AS_APPROX.search(m.string, 0, m.start()):
                ok = False  # "no decision had been made about September": what, not when
        if word == "some" and kind not in _DURATION_KINDS:
            ok = False
        if word in ("within", "over", "under", "only") and kind not in _DURATION_KINDS:
            ok = False
        if not ok:
            return False
        mn.prefix_mod, mn.prefix_kind = _APPROX_MODS.get(word), "approx"
        return True
    if m.group("post") and kind in ("year", "decade", "month_year"):
        mn.prefix_mod = "AFTER" if m.group("post").lower().startswith("post") else "BEFORE"
        mn.prefix_kind = "post"
        return True
    return False


# "the week of March 6": the week that holds the day
_WEEK_OF = re.compile(r"(?:the|that)\s+week$", re.I)
_WEEKEND_OF = re.compile(r"(?:the|that)\s+weekend$", re.I)
_WEEKEND_GAP = re.compile(r"\s+of\s+$", re.I)
# "the week of March 6", "the week starting March 23", "the week ended Friday"
_OF_GAP = re.compile(
    r"\s+(?:of|starting|beginning|commencing|from|ending|ended)\s+(?:on\s+)?$", re.I
)
# "the day before last Tuesday", "the day after March 3": a day from another
_DAY_OFFSET = re.compile(r"\b(?:the\s+)?day\s+(?P<dir>before|after)\s+$", re.I)

# ("the last trading day before Christmas": a kind of day between the rank and "day")
_RANKED_BEFORE = re.compile(
    r"\b(?:[a-z]+est|first|second|third|last|final|only|single|worst|best)\s+"
    r"(?:(?:trading|working|business|shopping|school|full)\s+)?$",
    re.I,
)


# "the Friday before Christmas", "the Tuesday after Easter"
_WEEKDAY_GAP = re.compile(r"\s+(?P<dir>before|after)\s+", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _weekday_counted(text: str, prev: Mention, gap: str, mn: Mention) -> Mention | None:
    """ "the Friday before Christmas": the weekday counted from the day named after it, as one
    mention (else None)."""
    wd = weekday_number(text[prev.start : prev.end])
    joined = _WEEKDAY_GAP.fullmatch(gap)
    the = _THE_BEFORE.search(text, max(0, prev.start - 4), prev.start)
    if (
        wd is None
        or joined is None
        or the is None
        or prev.kind != "weekday"
        or mn.kind not in _DAY_KINDS
        or mn.parts
    ):
        return None
    sign = "-" if joined.group("dir").lower() == "before" else "+"
    return Mention(the.start(), mn.end, "weekday_offset", mn.match, None, f"{sign}{wd}",
                   mn.suffix_mod, parts=[mn])  # fmt: skip


def join(text: str, mentions: list[Mention], *, ranges: bool = True) -> list[Mention]:
    """Join a clock time with its day, a week or a day offset with the day it is
    counted from, and (when ``ranges``) two dates into one range."""
    out: list[Mention] = []
    for mn in mentions:
        floor = out[-1].end if out else 0
        offset = _DAY_OFFSET.search(text, max(floor, mn.start - 16), mn.start)
        if offset is not None and _RANKED_BEFORE.search(
            text, max(0, offset.start() - 20), offset.start()
        ):
            offset = None  # "the busiest day before Christmas": a day ranked, not counted
        if offset is not None and mn.kind in _DAY_KINDS and not mn.parts:
            sign = "-1" if offset.group("dir").lower() == "before" else "+1"
            mn = Mention(offset.start(), mn.end, "day_offset", mn.match, mn.prefix_mod, sign,
                         mn.suffix_mod, parts=[mn])  # fmt: skip
        if out:
            prev = out[-1]
            gap = text[prev.end : mn.start]
            counted = _weekday_counted(text, prev, gap, mn)
            if counted is not None:
                out[-1] = counted
                continue
            if (
                prev.kind == "relunit"
                and _WEEK_OF.fullmatch(text[prev.start : prev.end].strip())
                and _OF_GAP.fullmatch(gap)
                and mn.kind in _DAY_KINDS
                and not mn.parts
            ):
                out[-1] = Mention(prev.start, mn.end, "week_of", mn.match, parts=[mn])
                continue
            if (
                prev.kind == "relunit"
                and _WEEKEND_OF.fullmatch(text[prev.start : prev.end].strip())
                and _WEEKEND_GAP.fullmatch(gap)
                and mn.kind in _DAY_KINDS | {"range_dm", "range_md"}
                and not mn.parts
            ):
                # "the weekend of June 27", "the weekend of March 22-23"
                out[-1] = Mention(prev.start, mn.end, "weekend_of", mn.match, parts=[mn])
                continue
            if (
                len(gap) <= 6
                and TIME_DATE_JOIN.match(gap) is not None
                and _time_date_pair(prev, mn)
            ):
                out[-1] = Mention(prev.start, mn.end, "datetime", prev.match, prev.prefix_mod, prev.prefix_kind,
                                  mn.suffix_mod, parts=[prev, mn])  # fmt: skip
                continue
            if (
                ranges
                and (
                    prev.kind == "time_overnight"
                    or (prev.kind == "datetime" and prev.parts[0].kind == "time_overnight")
                )
                and _INTO_GAP.fullmatch(gap)
                and mn.kind == "weekday"
                and not mn.parts
            ):
                # "overnight Friday into Saturday", "overnight into Saturday": one night,
                # Friday's, that ends on the Saturday morning (read as its first words)
                out[-1] = Mention(prev.start, mn.end, prev.kind, prev.match, prev.prefix_mod, prev.prefix_kind,
                                  mn.suffix_mod, parts=prev.parts)  # fmt: skip
                continue
            if (
                ranges
                and len(gap) <= 12
                and RANGE_JOIN.match(gap)
                and prev.kind in _RANGE_KINDS
                and mn.kind in _RANGE_KINDS
                and (
                    gap.strip() in ("-", "–", "—")
                    or RANGE_OPENER.search(text, max(0, prev.start - 10), prev.start)
                    # "is open Monday to Saturday": the days of opening hours
                    or (
                        prev.kind == mn.kind == "weekday"
                        and gap.strip().lower() != "and"  # ("Polls open Monday and Tuesday")
                        and _OPEN_BEFORE.search(text, max(0, prev.start - 12), prev.start)
                        is not None
                    )
                )
                and not prev.parts
            ):
                out[-1] = Mention(prev.start, mn.end, "range", prev.match, prev.prefix_mod, prev.prefix_kind,
                                  mn.suffix_mod, parts=[prev, mn])  # fmt: skip
                continue
        out.append(mn)
    return out


# a day told from the story's: "the next day", "the following day", "that day"
# (or a part of it: "landed at 01:15 the next morning")
_ONE_DAY = re.compile(
    r"(?:the\s+)?(?:next|following|previous|same|that|this)\s+(?:day|morning|afternoon|evening|night)",
    re.I,
)


_ON_OR_SPACE_GAP = re.compile(r"\s+(?:on\s+)?", re.I)
_OPEN_BEFORE = re.compile(r"\bopens?\s+$", re.I)
_INTO_GAP = re.compile(r"\s+into\s+(?:(?:early|late)\s+)?", re.I)


def _time_date_pair(a: Mention, b: Mention) -> bool:
    if a.parts or b.parts:
        return False
    a_time, b_time = a.kind in _TIME_KINDS, b.kind in _TIME_KINDS
    if a_time == b_time:
        return False
    other = b if a_time else a
    if other.kind == "relunit" and a_time and _ONE_DAY.fullmatch(other.match.group(0)):
        return True  # "landed at 6am the next day"
    if other.kind not in _DAY_KINDS:
        return False
    if other.kind in ("weekday", "deictic") and (other.match.groupdict().get("pod")):
        # "at 7:15 on Sunday morning", "at 2 a.m. Friday night": the clock time on that
        # day (was read as today's)
        return a_time and _ON_OR_SPACE_GAP.fullmatch(a.match.string, a.end, b.start) is not None
    return not (other.kind == "iso" and other.match.group("hh"))


def recognise(text: str, *, ranges: bool = True) -> list[Mention]:
    """The temporal expressions of ``text``, in order, widened and joined."""
    mentions = select(find_candidates(text))
    widen(text, mentions)
    return join(text, mentions, ranges=ranges)
