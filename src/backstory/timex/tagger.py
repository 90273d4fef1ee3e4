"""``tag_timexes``: find and normalise every temporal expression of a text.

The work is: recognise (``recognise.py``), then normalise each expression
in text order (``normalise.py``) so that anaphoric ones ("the next day",
"a month later") are read against the narrative reference time, i.e. the
last date mentioned before them; bound signals outside the extent ("as
early as 1 November", "since 2014", "until Friday") set the effective
``mod`` and open the interval.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from backstory.extraction import Timex
from backstory.timex.anchor import FUTURE, NOMINAL, PAST, REPORTED, TIMETABLE
from backstory.timex.calendar import Period, month_end
from backstory.timex.holidays import holiday_date
from backstory.timex.lexicon import (
    DAY,
    MONTH,
    MONTH_FULL,
    WEEKDAY_FULL,
    month_number,
    weekday_number,
)
from backstory.timex.normalise import NORMALISERS, Frame, Reading
from backstory.timex.patterns import SIGNAL, SIGNAL_MODS, SIGNAL_WINDOW
from backstory.timex.reading import SET_IN, same_sentence
from backstory.timex.recognise import Mention, find_candidates, join, select, widen

log = logging.getLogger(__name__)

_DAY_FIRST = re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_MONTH_FIRST = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)
_FIGURE = r"\d[\d,.]*\s*(?:%|percent|per\s+cent|billion|million|bln|mln|trillion|yen|euros?|dollars?|pounds?)"
# (not "rose 56% from a year earlier to $46.7 billion": a figure after "to" is the new level)
_FROM_ONWARDS = re.compile(
    r"\s*,?\s*(?:(?:to|until|till|through)\b(?!\s*(?:[$€£¥]|a\s+record\b|" + _FIGURE + "))"
    r"|onwards?\b|on\b)",
    re.I,
)
_NOT_REFERENCES = ("ago", "unit_rel", "fin_period", "named_date", "time_overnight")
_RANGE_KINDS = ("range", "range_dm", "range_md", "range_cross", "month_span", "year_range")
_REFERENCE_GRANS = (
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "pod",
    "time",
)


def tag_timexes(
    text: str,
    dct: datetime | date | None,
    *,
    doc: Any = None,
    ranges: bool = True,
) -> list[Timex]:
    """The temporal expressions of ``text`` normalised against the document creation time.

    ``doc`` (a spaCy ``Doc`` of the same text) lets the tense of the
    governing verb come from the parse. ``ranges=False`` keeps the two ends
    of "from March to May" as two expressions (the TimeML convention).
    Never raises: an expression that cannot be read is left out.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _tag(text, dct, doc, ranges)
    except Exception:  # the contract: tagging never raises on any input
        log.exception("timex tagging failed")
        return []


# Capitals and letters of a place name in a dateline ("VIÑA DEL MAR, Chile, Feb 5 -").
_UP = "A-ZÀ-ÖØ-Þ"
_AZ = "A-Za-zÀ-ÖØ-öø-ÿ"
# A wire dateline opening the story: "WELLINGTON, March 17 -", "KYIV, Ukraine, 3 Oct (Reuters) -".
_DATELINE = re.compile(
    rf"[ \t]*[{_UP}][{_UP} .'/-]{{1,30}}(?:[ \t]?,[ \t]*[{_UP}][{_AZ} .'-]{{1,30}}){{0,2}}[ \t]?,[ \t]*"
    rf"(?:(?P<m1>{MONTH})\.?[ \t]+(?P<d1>{DAY})|(?P<d2>{DAY})[ \t]+(?P<m2>{MONTH})\.?)[ \t]*"
    r"(?:\([A-Za-z ]+\)|-LRB-[ \t]*[A-Za-z ]+[ \t]*-RRB-)?[ \t]*(?:-|–|—)"
)
# ... or without the place, where the agency's name then marks it: "Nov 29 (Reuters) -"
_DATELINE_BARE = re.compile(
    rf"[ \t]*(?:(?P<m1>{MONTH})\.?[ \t]+(?P<d1>{DAY})|(?P<d2>{DAY})[ \t]+(?P<m2>{MONTH})\.?)[ \t]*"
    r"(?:\([A-Za-z ]+\)|-LRB-[ \t]*[A-Za-z ]+[ \t]*-RRB-)[ \t]*(?:-|–|—)"
)
# ... or with no date, where the agency's name marks it: "WASHINGTON (AP) -"
_DATELINE_AGENCY = re.compile(
    rf"[ \t]*[{_UP}][{_UP}.'/-]+(?:[ \t][{_UP}][{_UP}.'/-]+){{0,3}}(?:[ \t]?,[ \t]*[{_UP}][{_AZ}.'-]+"
    rf"(?:[ \t][{_UP}][{_AZ}.'-]+){{0,2}}){{0,2}}[ \t]*\([A-Za-z ]+\)[ \t]*(?:-|–|—)"
)
# ... or with neither, where the spaced dash after a place in capitals marks it:
# "WASHINGTON - The government ...", "SAN JOSE, California — ..." (one word of four
# letters at least: "GDP - The economy ..." opens no dateline)
_DATELINE_PLACE = re.compile(
    rf"[ \t]*(?:[{_UP}][{_UP}.'/-]{{3,}}|[{_UP}][{_UP}.'/-]+(?:[ \t][{_UP}][{_UP}.'/-]+){{1,3}})(?:[ \t]?,[ \t]*[{_UP}][{_AZ}.'-]+"
    rf"(?:[ \t][{_UP}][{_AZ}.'-]+){{0,2}}){{0,2}}[ \t]+(?:-|–|—)[ \t]+(?=[{_UP}\"“])"
)
_DATELINE_REACH = 2  # days: a dateline this close to the DCT is the story's local date


def dateline_end(text: str) -> int | None:
    """Where a wire dateline opening ``text`` ends ("ROTTERDAM, Nov 27 (Reuters) - ",
    "WASHINGTON (AP) — "), or None: its date dates no sentence, and a line quoting the
    sentence leaves it out."""
    found = (
        _DATELINE.match(text)
        or _DATELINE_BARE.match(text)
        or _DATELINE_AGENCY.match(text)
        or _DATELINE_PLACE.match(text)
    )
    if found is None:
        return None
    return found.end() + len(re.match(r"[-–— \t]*", text[found.end() :]).group())  # type: ignore[union-attr]


def dateline_date(text: str, dct: date | None) -> date | None:
    """The date of a dateline opening the text ("TOKYO, April 8 -") when it is within two
    days of ``dct``: the local date the story was filed on, which a DCT in another time
    zone can miss by a day ("yesterday" and "tomorrow" are counted from it)."""
    if dct is None:
        return None
    found = _DATELINE.match(text) or _DATELINE_BARE.match(text)
    if found is None:
        return None
    month = month_number(found.group("m1") or found.group("m2"))
    day = int(re.match(r"\d+", found.group("d1") or found.group("d2")).group())  # type: ignore[union-attr]
    for year in (dct.year - 1, dct.year, dct.year + 1):
        with contextlib.suppress(ValueError, TypeError):
            local = date(year, month or 0, day)
            if abs((local - dct).days) <= _DATELINE_REACH:
                return local
    return None


def zoned_date(text: str, published: datetime) -> date | None:
    """The local date at the dateline's city when the story was published, for a dateline
    that names no date ("TOKYO - " stamped 23:40 UTC on Wednesday 14 May is Thursday 15
    May in Tokyo), when it differs from the stamp's; None when there is no such dateline,
    its city is unknown or the date is the same, and for a stamp with no zone (a page's
    "Wednesday, 24 June 2026, 19:30" is its outlet's own clock, not UTC)."""
    if published.tzinfo is None:
        return None
    end = dateline_end(text)
    if end is None or _DATELINE.match(text) or _DATELINE_BARE.match(text):
        return None
    place = re.match(rf"[ \t]*([{_UP}][{_UP} .'-]*[{_UP}.])", text[:end])
    if place is None:
        return None
    from backstory.entities.gazetteer import city_zone, find_city

    city = find_city(place.group(1).title())
    zone = city_zone(city) if city is not None else None
    if zone is None:
        return None
    try:
        local = published.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return local.date() if local.date() != published.date() else None


def story_day(text: str, published: datetime | None) -> str | None:
    """The ISO day a story tells as its own: its dateline's local date ("SEATTLE, Nov 4 -"
    in a story stamped 03:15 UTC on 5 November is 4 November; "TOKYO - " stamped 23:40
    UTC on 14 May is 15 May), else its publication's."""
    if published is None:
        return None
    local = dateline_date(text, published.date()) or zoned_date(text, published)
    return (local or published.date()).isoformat()


def _tag(text: str, dct: datetime | date | None, doc: Any, ranges: bool) -> list[Timex]:
    dct_date = dct.date() if isinstance(dct, datetime) else dct
    local = dateline_date(text, dct_date)
    if local is None and isinstance(dct, datetime):
        local = zoned_date(text, dct)
    if local is not None and local != dct_date:
        dct_date = local  # the clock time of the DCT is another zone's: not compared with
        dct = local
    frame = Frame(
        text=text,
        dct=dct_date,
        dct_time=dct if isinstance(dct, datetime) else None,
        doc=doc,
        day_first=len(_DAY_FIRST.findall(text)) >= len(_MONTH_FIRST.findall(text)),
    )
    candidates = [c for c in find_candidates(text) if _accepts(c, frame)]
    mentions = select(candidates)
    widen(text, mentions)
    # (a range is read whole even when its ends are given apart: "from March 4 to March 8"
    # said in February 2026 of talks that "ran" is 2025 at both ends)
    mentions = join(text, mentions)
    out: list[Timex] = []
    for mn in mentions:
        lead = _RANK_OF_NOUN.match(text, mn.start, mn.end) if mn.kind == "duration" else None
        if lead is not None and NOMINAL.match(text, mn.end):
            mn.start = lead.end()  # "the Fed's next two-day meeting": "next" ranks the meeting
        try:
            reading = _read(mn, frame)
            if reading is None:
                continue
            timex = _to_timex(mn, reading, frame)
        except Exception:  # one unreadable expression must not cost the others
            log.exception("cannot normalise %r", text[mn.start : mn.end])
            continue
        if not ranges and (pair := _listed_days(mn, timex)) is not None:
            out.extend(pair)  # TimeML: "April 24 and 25" is two dates
        elif not ranges and mn.kind == "range":
            out.extend(_range_ends(mn, reading, frame))  # TimeML: two expressions
        else:
            out.append(timex)
        _advance(frame, reading, mn)
    out = _join_ago_today(text, out)
    out = _join_durations(text, out)
    _share_years(text, out)
    _follow_coordinated_days(text, out, frame.dct)
    _share_clock_days(text, out)
    _end_spans_after_start(text, out)
    return out


_YEARS_AGO = re.compile(r".*\byears?\s+ago$", re.I | re.S)
_TODAY_LIKE = re.compile(r"today|this\s+(?:month|week)", re.I)


def _join_ago_today(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "86 years ago today", "30 years ago this month": one date, that day (month, week)
    so many years back."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _TODAY_LIKE.fullmatch(t.text)
            and _YEARS_AGO.match(prev.text)
            and re.fullmatch(r"\d{4}", prev.value)
            and text[prev.end : t.start].strip() == ""
            and t.begin
        ):
            years = int(t.begin[:4]) - int(prev.value)
            value = _years_back(t.value, years)
            if value is not None:
                begin, end = _years_back(t.begin, years), _years_back(t.end_date or t.begin, years)
                if week := re.fullmatch(r"(\d{4})-W(\d\d)", value):
                    # ("10 years ago this week": that year's week of the same number)
                    monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
                    begin, end = monday.isoformat(), (monday + timedelta(days=6)).isoformat()
                out[-1] = Timex(start=prev.start, end=t.end, text=text[prev.start : t.end], type="DATE",
                                value=value, begin=begin, end_date=end, anchor=prev.anchor)  # fmt: skip
                continue
        if (
            prev is not None
            and t.text.lower() == "today"
            and _UNITS_AGO.match(prev.text)
            and text[prev.end : t.start].strip() == ""
            and t.begin
            and (day := _same_day_in(prev.value, date.fromisoformat(t.begin[:10]))) is not None
        ):
            # "a week ago today", "three months ago today": that day
            out[-1] = Timex(start=prev.start, end=t.end, text=text[prev.start : t.end], type="DATE",
                            value=day, begin=day, end_date=day, anchor=prev.anchor)  # fmt: skip
            continue
        out.append(t)
    return out


_UNITS_AGO = re.compile(r".*\b(?:weeks?|fortnight|months?)\s+ago$", re.I | re.S)


def _same_day_in(value: str, today: date) -> str | None:
    """Today's weekday in the ISO week ``value``, or today's day in the month ``value``."""
    if week := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return (monday + timedelta(days=today.weekday())).isoformat()
    if month := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = int(month.group(1)), int(month.group(2))
        return date(y, mo, min(today.day, month_end(y, mo).day)).isoformat()
    return None


_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<MO>\d+)M)?(?:(?P<D>\d+)D)?(?:T(?:(?P<H>\d+)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+)S)?)?"
)
_DURATION_ORDER = ("Y", "MO", "D", "H", "MI", "S")


def _join_durations(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "two hours and 40 minutes", "a year and six months": one duration."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == t.type == "DURATION"
            and not prev.mod
            and not t.mod
            and re.fullmatch(r",?\s+and\s+", text[prev.end : t.start])
            and (joined := _joined_value(prev.value, t.value)) is not None
        ):
            out[-1] = Timex(start=prev.start, end=t.end, text=text[prev.start : t.end],
                            type="DURATION", value=joined)  # fmt: skip
            continue
        out.append(t)
    return out


def _joined_value(first: str, second: str) -> str | None:
    """The ISO duration of ``first`` and ``second`` together, when the first is counted in
    larger units than all of the second's (PT2H and PT40M: PT2H40M), else None."""
    a, b = _DURATION_PARTS.fullmatch(first), _DURATION_PARTS.fullmatch(second)
    if a is None or b is None:
        return None
    used_a = [i for i, k in enumerate(_DURATION_ORDER) if a.group(k)]
    used_b = [i for i, k in enumerate(_DURATION_ORDER) if b.group(k)]
    if not used_a or not used_b or max(used_a) >= min(used_b):
        return None
    parts = {k: a.group(k) or b.group(k) for k in _DURATION_ORDER}
    date_part = "".join(
        f"{parts[k]}{u}" for k, u in (("Y", "Y"), ("MO", "M"), ("D", "D")) if parts[k]
    )
    time_part = "".join(
        f"{parts[k]}{u}" for k, u in (("H", "H"), ("MI", "M"), ("S", "S")) if parts[k]
    )
    return "P" + date_part + ("T" + time_part if time_part else "")


def _years_back(value: str, years: int) -> str | None:
    """An ISO date, month or week value ``years`` years earlier."""
    m = re.fullmatch(r"(\d{4})(-W\d\d|-\d\d(?:-\d\d)?)", value)
    if m is None:
        return None
    year = int(m.group(1)) - years
    rest = m.group(2)
    if rest == "-02-29" or rest.endswith("-02-29"):
        rest = rest.replace("-02-29", "-02-28")
    return f"{year:04d}{rest}"


_RANK_OF_NOUN = re.compile(
    r"(?:the\s+)?(?:next|last|past|previous|following|first|final|coming)\s+"
    r"(?=[\w.,]+-(?:second|minute|hour|day|night|week|month|quarter|year|decade)$)",
    re.I,
)
_MONTH_ONLY = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_LISTED = re.compile(r"\s*(?:and|or)\s*")


def _listed_days(mn: Mention, timex: Timex) -> list[Timex] | None:
    """The two dates of "April 24 and 25" or "24 or 25 April", each with its own span,
    or None for another expression (a range "24-25 April" stays one)."""
    m = mn.match  # (both patterns always have the two days, d1 and d2)
    if mn.kind not in ("range_md", "range_dm"):
        return None
    if not _LISTED.fullmatch(m.string, m.end("d1"), m.start("d2")):
        return None
    if not (timex.begin and timex.end_date and len(timex.begin) == len(timex.end_date) == 10):
        return None
    first_end, second_start = m.end("d1"), m.start("d2")
    first = replace(
        timex, end=first_end, text=m.string[timex.start : first_end], value=timex.begin,
        end_date=timex.begin, mod=None,
    )  # fmt: skip
    second = replace(
        timex, start=second_start, text=m.string[second_start : timex.end],
        value=timex.end_date, begin=timex.end_date, mod=None,
    )  # fmt: skip
    return [first, second]


def _range_ends(mn: Mention, reading: Reading, frame: Frame) -> list[Timex]:
    """The two ends of a range read whole ("from March 4 to March 8"), each as its own
    expression with the date it was given inside the range."""
    if reading.ends is None:
        return [_to_timex(part, r, frame) for part in mn.parts if (r := _read(part, frame))]
    out = []
    for part, p in zip(mn.parts, reading.ends, strict=True):
        frame.span = (part.start, part.end)
        typ = "TIME" if p.gran in ("pod", "time") else "DATE"  # ("from Monday night through ...")
        r = Reading(typ, p.value, p, anchor=reading.anchor, explicit_year=reading.explicit_year)
        out.append(_to_timex(part, r, frame))
    frame.span = (mn.start, mn.end)
    return out


_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through|until|-|–)\s*")


_WEEK_NAMED = re.compile(r"\b(?:last|this|next)\s+week$", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _shares_week(text: str, a: Timex, b: Timex) -> bool:
    """ "on Wednesday and Friday last week": the bare weekday is in the week named after the pair."""
    wd = weekday_number(a.text)
    if wd is None or not (_DAY_VALUE.fullmatch(a.value) and _DAY_VALUE.fullmatch(b.value)):
        return False
    if not _COORDINATED.fullmatch(text, a.end, b.start):
        return False
    later = date.fromisoformat(b.value)
    day = (later - timedelta(days=later.weekday() - wd)).isoformat()
    a.value = a.begin = a.end_date = day
    return True


def _share_years(text: str, timexes: list[Timex]) -> None:
    """ "July and August of last year", "in March and April, 2022": the bare first month
    takes the year stated for the second (the year before when it is a later month)."""
    for a, b in pairwise(timexes):
        if _WEEK_NAMED.search(b.text) and _shares_week(text, a, b):
            continue
        _follow_named_day(text, a, b)
        first, second = _MONTH_ONLY.fullmatch(a.value), _MONTH_ONLY.fullmatch(b.value)
        if not (first and second) or first.group(1) == second.group(1):
            continue
        if re.search(r"\d", a.text) or not _COORDINATED.fullmatch(text, a.end, b.start):
            continue
        if not re.search(r"\d|\byear\b", b.text):
            forward = (int(second.group(1)) - int(first.group(1))) % 12
            if b.value[:7] < a.value[:7] and b.text[:1].isupper() and forward <= 6:
                # "the first cut in June or August" (said in March 2024): both ahead, the
                # second read alone may have gone back to the August gone by (not a list
                # that steps back: "sales fell in December and November")
                year = str(int(a.value[:4]) + (second.group(1) < first.group(1)))
                b.value = year + b.value[4:]
                b.begin = year + b.begin[4:] if b.begin else b.begin
                b.end_date = year + b.end_date[4:] if b.end_date else b.end_date
            continue
        # "December and January 2009": the December before
        year = str(int(b.value[:4]) - (first.group(1) > second.group(1)))
        a.value = year + a.value[4:]
        a.begin = year + a.begin[4:] if a.begin else a.begin
        a.end_date = year + a.end_date[4:] if a.end_date else a.end_date


def _follow_named_day(text: str, a: Timex, b: Timex) -> None:
    """ "closed over Christmas and New Year": a second yearless named day is the first one
    after the first (read alone it may have gone to the year after)."""
    if not (_DAY_VALUE.fullmatch(a.value) and _DAY_VALUE.fullmatch(b.value)):
        return
    if re.search(r"\d", a.text + b.text) or not _COORDINATED.fullmatch(text, a.end, b.start):
        return
    first, second = date.fromisoformat(a.value), date.fromisoformat(b.value)
    try:
        earlier = second.replace(year=second.year - 1)
    except ValueError:
        return
    if earlier > first:
        b.value = b.begin = b.end_date = earlier.isoformat()


_LEADING_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(?:T\w+)?")
_WEEKDAY_POD = re.compile(r"([A-Za-z]+)(?:\s+(?:morning|afternoon|evening|night))?")
_AND_OR = re.compile(r"\s*(?:,\s*)?(?:and|or)\s+(?:on\s+)?")


def _follow_coordinated_days(text: str, timexes: list[Timex], dct: date | None) -> None:
    """ "late tonight and Wednesday", "tomorrow or Friday": a bare weekday named with a day
    still ahead (tomorrow, tonight) is the first one after it, whatever the tense of the
    verb ("statements made Friday and Thursday" said on a Friday look back)."""
    if dct is None:
        return
    for a, b in pairwise(timexes):
        named = _WEEKDAY_POD.fullmatch(b.text)
        wd = weekday_number(named.group(1)) if named else None
        day, later = _LEADING_DAY.fullmatch(a.value), _LEADING_DAY.fullmatch(b.value)
        if wd is None or day is None or later is None:
            continue
        first = date.fromisoformat(day.group(1))
        ahead = first > dct or (first == dct and a.value.endswith(("TEV", "TNI")))
        # "meet on Friday and Saturday" said on a Friday: today and the day after
        ahead = ahead or (first == dct and 0 < (wd - first.weekday()) % 7 <= 2)
        if not ahead or not _AND_OR.fullmatch(text, a.end, b.start):
            continue
        if date.fromisoformat(later.group(1)) < first:
            after = first + timedelta(days=(wd - first.weekday() - 1) % 7 + 1)
            b.value = after.isoformat() + b.value[10:]
            b.begin = b.begin and after.isoformat() + b.begin[10:]
            b.end_date = b.end_date and after.isoformat() + b.end_date[10:]


_SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_TO = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s+(?:on\s+)?", re.I)
_WEEKDAY_IN = re.compile(
    r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b", re.I
)


def _end_spans_after_start(text: str, timexes: list[Timex]) -> None:
    """ "a warning from 6pm Thursday to 10am Friday" (said on a Thursday): a weekday that
    ends a span is the first of its name on or after the span's start (read alone, in a
    present tense, it may have gone back to the one just past)."""
    for a, b in pairwise(timexes):
        day, later = _LEADING_DAY.match(a.value), _LEADING_DAY.match(b.value)
        named = _WEEKDAY_IN.search(b.text)
        if day is None or later is None or named is None or later.group(1) >= day.group(1):
            continue
        if not (
            _SPAN_FROM.search(text, max(0, a.start - 10), a.start)
            and _SPAN_TO.fullmatch(text, a.end, b.start)
        ):
            continue
        wd = weekday_number(named.group(0))
        if wd is None:
            continue
        first = date.fromisoformat(day.group(1))
        after = (first + timedelta(days=(wd - first.weekday()) % 7)).isoformat()
        b.value = after + b.value[10:]
        b.begin = b.begin and after + b.begin[10:]
        b.end_date = b.end_date and after + b.end_date[10:]


_CLOCK_ONLY = re.compile(r"[\d:.]+\s*(?:[ap]\.?\s?m\.?)?|noon|midday|midnight", re.I)
_CLOCK_TO = re.compile(r"\s*(?:-|–|—|to|until|till|and)\s*")
_TIME_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T\d\d:\d\d")


def _share_clock_days(text: str, timexes: list[Timex]) -> None:
    """ "from 6 a.m. to 9 p.m. on Friday": a bare clock time paired with a dated one
    takes its day."""
    for a, b in pairwise(timexes):
        first, second = _TIME_VALUE.fullmatch(a.value), _TIME_VALUE.fullmatch(b.value)
        if (
            first is None
            or second is None
            or first.group(1) == second.group(1)
            or not _CLOCK_ONLY.fullmatch(a.text)
            or _CLOCK_ONLY.fullmatch(b.text)
            or not _CLOCK_TO.fullmatch(text, a.end, b.start)
        ):
            continue
        day = second.group(1)
        a.value = day + a.value[10:]
        a.begin = a.begin and day + a.begin[10:]
        a.end_date = a.end_date and day + a.end_date[10:]
    for a, b in pairwise(timexes):
        # "a curfew from 6 p.m. to 6 a.m.": a span of clock times over midnight ends the
        # day after it starts
        first, second = _TIME_VALUE.fullmatch(a.value), _TIME_VALUE.fullmatch(b.value)
        if (
            first is not None
            and second is not None
            and first.group(1) == second.group(1)
            and _CLOCK_ONLY.fullmatch(b.text)
            and _CLOCK_TO.fullmatch(text, a.end, b.start)
            and b.value[11:16] < a.value[11:16]
        ):
            day = (date.fromisoformat(first.group(1)) + timedelta(days=1)).isoformat()
            b.value = day + b.value[10:]
            b.begin = b.begin and day + b.begin[10:]
            b.end_date = b.end_date and day + b.end_date[10:]


def _accepts(c: Mention, frame: Frame) -> bool:
    """A context-free check that the match is a temporal expression (no narrative state)."""
    fn = NORMALISERS.get(c.kind)
    if fn is None or (c.kind != "holiday" and _in_title(frame.text, c.start, c.end)):
        return False
    if _PAIRED.match(frame.text, c.end) or frame.text.endswith(("-to-", "-over-"), 0, c.start):
        return False  # "quarter-to-quarter", "year-over-year", "day-to-day": a comparison
    dry = Frame(text=frame.text, dct=frame.dct, day_first=frame.day_first, dry=True)
    dry.span = (c.start, c.end)
    try:
        return fn(c.match, dry) is not None
    except Exception:  # a pattern the normaliser cannot read is no expression
        log.debug("cannot read %r", frame.text[c.start : c.end], exc_info=True)
        return False


# Words of time that are only capitalised inside a name ("This Week", "VOA Today", "High Noon",
# "The Long Term Credit Bank").
_TITLE_WORDS = re.compile(
    r"(?:Today|Tonight|Tomorrow|Yesterday|Noon|Week|Weekend|Month|Year|Morning|Night|Evening|Term|Now|"
    r"Day|Days|Weeks|Months|Years|Hours|Minutes)\b"
)
_PAIRED = re.compile(r"-(?:to|over|on)-[a-z]")
_LINE_REACH = 200
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+$")


def _in_title(text: str, start: int, end: int) -> bool:
    """True when the expression is part of a title or name, not a time of the story.

    A capitalised time word after the first word ("This Week"), or a lone one
    right after another capitalised word on the same line ("VOA Today"), is a
    programme, film or paper name; a line in title case throughout (a
    headline) says nothing.
    """
    words = list(re.finditer(r"[A-Za-z]+", text[start:end]))
    if not words or not any(_TITLE_WORDS.fullmatch(w.group()) for w in words):
        return False
    # the line around it, at most _LINE_REACH characters either side (linear time)
    reach = max(0, start - _LINE_REACH)
    line_start = max(text.rfind("\n", reach, start) + 1, reach)
    line_end = text.find("\n", end, end + _LINE_REACH)
    line = text[line_start : line_end if line_end >= 0 else end + _LINE_REACH]
    if not re.search(r"\b[a-z]{4,}\b", line):
        return False  # a headline in title case or capitals
    if any(_TITLE_WORDS.fullmatch(w.group()) for w in words[1:]):
        return True
    if len(words) == 1:
        return _NAME_BEFORE.search(text, line_start, start) is not None
    return False


def _read(mn: Mention, frame: Frame) -> Reading | None:
    frame.span = (mn.start, mn.end)
    if mn.kind == "datetime":
        return _read_datetime(mn, frame)
    if mn.kind == "range":
        return _read_range(mn, frame)
    if mn.kind in ("week_of", "weekend_of", "day_offset", "weekday_offset"):
        return _read_counted(mn, frame)
    fn = NORMALISERS[mn.kind]
    try:
        return fn(mn.match, frame)
    except (ValueError, OverflowError, KeyError, AttributeError, IndexError, AssertionError):
        return None


def _read_datetime(mn: Mention, frame: Frame) -> Reading | None:
    time_part, day_part = (mn.parts[0], mn.parts[1])
    if time_part.kind not in NORMALISERS or not time_part.kind.startswith("time"):
        time_part, day_part = day_part, time_part
    day = _read(day_part, frame)
    if day is None or day.period is None:
        return _read(time_part, frame)
    saved = (frame.ref, frame.ref_end)
    frame.ref, frame.ref_end = day.period, time_part.start
    clock = NORMALISERS[time_part.kind](time_part.match, frame)
    frame.ref, frame.ref_end = saved
    if clock is None or clock.period is None:
        return day
    start = day.period.start
    if (
        day.period.gran == "pod"
        and day.period.pod == "NI"
        and clock.period.gran == "time"
        and (clock.period.hour or 0) < 6
    ):
        start += timedelta(days=1)  # "at 1am on Saturday night": the night's small hours, on Sunday
    p = Period(
        "time",
        start,
        day.period.year_known,
        hour=clock.period.hour,
        minute=clock.period.minute,
    )
    if clock.period.gran == "pod":
        p = Period("pod", day.period.start, day.period.year_known, pod=clock.period.pod)
    r = Reading(
        "TIME",
        p.value,
        p,
        mod=clock.mod or day.mod,
        anchor=day.anchor,
        explicit_year=day.explicit_year,
    )
    if time_part.kind == "time_overnight" and p.gran == "pod":
        # "gales overnight Friday into Saturday": that day's night runs into the next
        # morning, as "overnight" alone does
        r.begin = f"{p.start.isoformat()}T21:00"
        r.end = f"{(p.start + timedelta(days=1)).isoformat()}T05:59"
    return r


def _read_counted(mn: Mention, frame: Frame) -> Reading | None:
    """The week (weekend) that holds a day ("the week of March 6", "the weekend of June
    27"), or the day before or after one."""
    day = _read(mn.parts[0], frame)
    if day is None or day.period is None or day.period.gran != "day":
        return day
    if mn.kind in ("week_of", "weekend_of"):
        p = Period.of(mn.kind.removesuffix("_of"), day.period.start)
    elif mn.kind == "weekday_offset":
        # "the Friday before Christmas": the last Friday before the day (the first after)
        counted = _counted_weekday(day.period.start, mn.prefix_kind or "+0")
        frame.span = (mn.start, mn.end)
        if (
            frame.dct is not None
            and counted > frame.dct
            and not day.explicit_year
            and frame.tense() in (PAST, REPORTED)
            and (earlier := _a_year_before(mn.parts[0], day.period.start, frame.text))
        ):
            # "shops reported record sales on the Monday after Thanksgiving", said on
            # Thanksgiving: last year's, as the past says
            counted = _counted_weekday(earlier, mn.prefix_kind or "+0")
        p = Period.of("day", counted)
    else:
        p = Period.of("day", day.period.start + timedelta(days=int(mn.prefix_kind or "0")))
    r = Reading("DATE", p.value, p, anchor=day.anchor, explicit_year=day.explicit_year)
    bound = _WEEK_BOUND.search(frame.text, mn.start, mn.parts[0].start)
    if mn.kind == "week_of" and bound is not None:
        # "jobless claims in the week ended Aug. 2" (a Saturday): the seven days up to it,
        # not the ISO week the value names; "the week starting March 23": the seven from it
        d = day.period.start
        first = d - timedelta(days=6) if bound.group(1).lower().startswith("end") else d
        r.begin, r.end = first.isoformat(), (first + timedelta(days=6)).isoformat()
    return r


def _counted_weekday(d: date, offset: str) -> date:
    """The weekday ``offset`` names ("-4": the Friday before ``d``, "+0": the Monday after)."""
    wd = int(offset[1:])
    if offset[0] == "-":
        return d - timedelta(days=(d.weekday() - wd - 1) % 7 + 1)
    return d + timedelta(days=(wd - d.weekday() - 1) % 7 + 1)


def _a_year_before(part: Mention, d: date, text: str) -> date | None:
    """The same named day (holiday or date) a year before ``d``."""
    if part.kind == "holiday":
        return holiday_date(text[part.start : part.end], d.year - 1)
    try:
        return d.replace(year=d.year - 1)
    except ValueError:
        return None


_WEEK_BOUND = re.compile(r"\b(ended|ending|starting|beginning|commencing)\s+(?:on\s+)?$", re.I)


def _read_range(mn: Mention, frame: Frame) -> Reading | None:
    first, last = mn.parts
    frame.span = (mn.start, mn.end)
    b = _read(last, frame)
    a = _read(first, frame)
    if a is not None and b is not None and a.type == b.type == "SET":
        # "open Monday to Saturday": each week's span of days (an ISO 8601 interval of
        # the two weekdays' SET values)
        return Reading("SET", f"{a.value}/{b.value}", quant=a.quant)
    if a is None or b is None or a.period is None or b.period is None:
        return a or b
    pa, pb = a.period, b.period
    if not a.explicit_year and b.explicit_year:
        with contextlib.suppress(ValueError):
            pa = Period(pa.gran, pa.start.replace(year=pb.start.year), season=pa.season)
    if first.kind == "weekday" and pa.gran == "day" and pb.gran in ("day", "pod", "time"):
        # "Wednesday to Friday last week": the weekday on or before the range's last day
        end_day = pb.start
        pa = Period("day", end_day - timedelta(days=(end_day.weekday() - pa.start.weekday()) % 7))
        frame.span = (mn.start, mn.end)
        if (
            frame.dct is not None
            and pa.start < frame.dct <= end_day
            and frame.tense() in (FUTURE, TIMETABLE)
            and last.kind == "weekday"
            and not last.match.group("rel")
        ):
            # "the festival runs from Wednesday to Sunday", read on a Friday: the whole
            # span ahead, not one already begun
            pa = pa.shift(7, "day")
            pb = replace(pb, start=pb.start + timedelta(days=7))
    elif pa.start > pb.start and not a.explicit_year:
        frame.span = (first.start, first.end)
        if not b.explicit_year and frame.tense() in (FUTURE, TIMETABLE):
            pb = pb.shift(1, "year")  # "will run from October to March": both ahead
        else:
            pa = pa.shift(-1, "year")
        frame.span = (mn.start, mn.end)
    elif (
        not (a.explicit_year or b.explicit_year)
        and pb.gran in ("day", "month", "season", "quarter")
        and pb.shift(-1, "year").start >= pa.start
    ):
        # "ran from March 4 to March 8": the end read alone ("to March 8", a deadline) may
        # be a year ahead of the start; a range is the shortest span from its start
        pb = pb.shift(-1, "year")
    if (
        not (a.explicit_year or b.explicit_year)
        and pb.gran in ("day", "month", "season", "quarter")
        and pb.start.year - pa.start.year > 1
    ):
        # "The war began in February 2014. ... from Aug. 20 to Sept. 3": the start read
        # in the story's year and the end alone in another; the end is the first one
        # after the start
        pb = pb.shift(pa.start.year - pb.start.year, "year")
        if pb.start < pa.start:
            pb = pb.shift(1, "year")
    ia, ib = pa.interval(), pb.interval()
    if ia and ib and pa.gran not in ("time", "pod") and pb.gran not in ("time", "pod"):
        # "from late October to early November": from the late part to the early part
        fa, la = _narrow(*pa.bounds(), first.prefix_mod or a.mod)
        fb, lb = _narrow(*pb.bounds(), last.prefix_mod or b.mod)
        ia, ib = (fa.isoformat(), la.isoformat()), (fb.isoformat(), lb.isoformat())
    r = Reading(
        "TIME" if pa.gran in ("pod", "time") else "DATE",  # ("from Monday night through ...")
        pa.value,
        pa,
        anchor=a.anchor or b.anchor,
        explicit_year=a.explicit_year or b.explicit_year,
    )
    if ia and ib:
        r.begin, r.end = ia[0], ib[1]
    r.ends = (pa, pb)
    return r


def _narrow(first: date, last: date, mod: str | None) -> tuple[date, date]:
    """The part of [first, last] that START / MID / END picks (a third of it)."""
    span = (last - first).days + 1
    if mod not in ("START", "MID", "END") or span < 3:
        return first, last
    if span == 7 and mod == "END":
        # a week is told by its working days: "late last week" is Thursday or Friday (or
        # the weekend after), not the weekend alone
        return first + timedelta(days=3), last
    third = span // 3
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)


_DATE_OF_DURATION_MOD = {"EQUAL_OR_MORE": "ON_OR_AFTER", "EQUAL_OR_LESS": "ON_OR_BEFORE"}


def _to_timex(mn: Mention, r: Reading, frame: Frame) -> Timex:
    suffix_mod = mn.suffix_mod
    if r.type in ("DATE", "TIME") and suffix_mod in _DATE_OF_DURATION_MOD:
        # "in a week or two", "in two weeks or less": a date that far ahead, or later/sooner
        suffix_mod = _DATE_OF_DURATION_MOD[suffix_mod]
    inner_mod = mn.prefix_mod or suffix_mod or r.mod
    begin, end = r.begin, r.end
    if begin is None and end is None and r.period is not None and r.type in ("DATE", "TIME"):
        interval = r.period.interval()
        if interval:
            begin, end = interval
            if inner_mod in ("START", "MID", "END") and r.period.gran not in ("time", "pod"):
                b, e = _narrow(date.fromisoformat(begin), date.fromisoformat(end), inner_mod)
                begin, end = b.isoformat(), e.isoformat()
    mod = inner_mod
    signal = None
    possessive = frame.text.startswith(("'s", "’s", " 's"), mn.end) or (
        # "after Friday prayers", "before Christmas dinner", "before the summer recess": the
        # signal bounds the noun
        mn.kind in ("weekday", "holiday", "season")
        and NOMINAL.match(frame.text, mn.end) is not None
        and not _NOT_A_NOUN_AFTER.match(frame.text, mn.end)
    )
    if (
        r.type in ("DATE", "TIME")
        and not r.vague
        and mn.kind not in _RANGE_KINDS
        and not possessive
    ):
        # ("after last year's drop": the signal bounds the drop, not the year)
        s = SIGNAL.search(frame.text, max(0, mn.start - SIGNAL_WINDOW), mn.start)
        if s is not None and s.end() == mn.start:
            signal = re.sub(r"\s+", " ", s.group("s").lower())
            bound = SIGNAL_MODS.get(signal.split(" on")[0].split(" in")[0])
            if signal == "from" and not _FROM_ONWARDS.match(frame.text, mn.end):
                bound = None  # "rose from a year earlier": a comparison, not a starting point
            if signal == "through" and _SPAN_THROUGH.search(
                frame.text, max(0, mn.start - 30), mn.start
            ):
                bound = None  # "sales in the 12 months through June": the span's end, no bound
            if signal == "through" and re.match(
                r"the\s+(?:day|night)\b", frame.text[mn.start : mn.end], re.I
            ):
                bound = None  # "worked through the night": the deed fills it, no bound
            if bound is not None and inner_mod not in ("APPROX",):
                mod = bound
                if (bound, inner_mod) in (("BEFORE", "END"), ("AFTER", "START")):
                    # "before the end of the year" is before the year ends (up to 31
                    # December, not before its last months begin); "after the start of
                    # the year" from its start
                    bound = "ON_OR_BEFORE" if bound == "BEFORE" else "ON_OR_AFTER"
                begin, end = _bound_interval(bound, signal, begin, end, frame.dct)
    latest = _AT_THE_LATEST.match(frame.text, mn.end) if r.type in ("DATE", "TIME") else None
    if latest is not None and mod is None and not r.vague:
        # "on Sept. 30 at the latest": a bound after the date, outside its extent
        mod = "ON_OR_BEFORE" if latest.group(1).lower() == "latest" else "ON_OR_AFTER"
        begin, end = _bound_interval(mod, "", begin, end, frame.dct)
    if suffix_mod == "ON_OR_AFTER" and begin:
        end = None
    if suffix_mod == "ON_OR_BEFORE" and end:
        begin = None
    timex = Timex(
        start=mn.start,
        end=mn.end,
        text=frame.text[mn.start : mn.end],
        type=r.type,
        value=r.value,
        mod=mod,
        begin=begin if r.type in ("DATE", "TIME") else None,
        end_date=end if r.type in ("DATE", "TIME") else None,
        vague=r.vague,
        anchor=r.anchor,
        quant=r.quant,
        freq=r.freq,
        timeml_mod=inner_mod,
        timeml_type=r.timeml[0] if r.timeml else None,
        timeml_value=r.timeml[1] if r.timeml else None,
        signal=signal,
    )
    return timex


# a span named by its end, US style: "the 12 months through June", "the year through March"
_SPAN_THROUGH = re.compile(r"\b(?:year|quarter|half|months|weeks|days|period)\s+through\s+$", re.I)
_NOT_A_NOUN_AFTER = re.compile(
    r"\s+(?:onwards?|forward|inclusive|only|alone|itself|already|last|next|this|ago|earlier|later"
    r"|again|too|also|as|so|then|instead|evening|morning|afternoon|night|week|weekend"
    r"|despite|amid|amidst|among|because|while|although|though|unless|after|before|during|under"
    r"|over|against|without|within|into|onto|about|around|across|through|toward|towards|via|per"
    r"|plus|including|following|pending|where|which|who|whom|whose|if|than|since|until|till|yet"
    r"|nor|not|amongst|besides|except|near|off|out|up|down|upon|unlike|like|once|whether|\w+ly)\b",
    re.I,
)
_AT_THE_LATEST = re.compile(r",?\s+at\s+the\s+(latest|earliest)\b", re.I)


def _bound_interval(
    bound: str, signal: str, begin: str | None, end: str | None, dct: date | None
) -> tuple[str | None, str | None]:
    if bound == "ON_OR_AFTER":
        open_end = dct.isoformat() if signal == "since" and dct else None
        return begin, open_end
    if bound == "AFTER" and end and "T" in end:
        return end, None  # "shortly after 3am": from that minute on, not from the next day
    if bound == "BEFORE" and begin and "T" in begin:
        return None, begin
    if bound == "AFTER" and end:
        try:
            nxt = (date.fromisoformat(end[:10]) + timedelta(days=1)).isoformat()
        except ValueError:
            nxt = end
        return nxt, None
    if bound == "ON_OR_BEFORE":
        return None, end
    if bound == "BEFORE" and begin:
        try:
            prev = (date.fromisoformat(begin[:10]) - timedelta(days=1)).isoformat()
        except ValueError:
            prev = begin
        return None, prev
    return begin, end


# A date a figure is compared with ("against 14.2 billion in February 1986", "compared
# with a loss in 1985"): the story does not move there.
# So is the date of a figure a change is counted from ("raise trade to 18 billion dollars
# by 2028, from about 16.7 billion dollars last year", "up 4% from 3.1 million in March").
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,50}?\b(?:in|on|for|of)\s+$"
    r"|\bfrom\s+(?:[a-z]+\s+){0,2}[$€£¥]?\d(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,40}?\s(?:(?:in|on|for|of)\s+)?$",
    re.I,
)

# "from 7am until 2pm on Friday": a clock time the span starts at, not a figure
_FROM_CLOCK = re.compile(
    r"from\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b|GMT\b|UTC\b|BST\b|local\b)"
    r"|from\s+[0-2]\d[0-5]\d\s*(?:GMT|UTC|BST|local|hours?)\b",
    re.I,
)

# "voted against military action on Aug. 29", "protests against the decree of Nov. 22": an
# opposition, not a yardstick (the story moves to the date)
_OPPOSED = re.compile(
    r"\b(?:vot|protest|fight|fought|warn|rul|campaign|rebel|rall|struggl|demonstrat|march|"
    r"turn|decid|appeal|testif|lobb|argu|sid|act|mov|rise|rose|uprising|revolt|riot|war|"
    r"case|charge|sanction|measure|lawsuit|suit|crackdown|offensive|attack|strike|action)"
    r"[a-z]*\s+against\s+$",
    re.I,
)


# A quarter a result is measured against, or one the story comes out of ("up 5% from
# the second quarter", "after a flat second quarter"): not the quarter reported on.
_YARDSTICK_BEFORE = re.compile(
    r"\b(?:after|following|than|from|over|against|versus|vs\.?|compared\s+(?:with|to))"
    r"\s+(?:(?:a|an|the|its|their)\s+)?$",
    re.I,
)


def compared_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the one a figure is compared with or counted from
    ("up from 42,000 hectares on Tuesday", "against a surplus in February 1986"): the
    story is not set there, and nothing said is dated by it."""
    compared = _COMPARED.search(text, max(0, start - 60), start)
    return bool(
        compared
        and not _OPPOSED.search(text, max(0, compared.start() - 30), compared.start() + 8)
        and not _FROM_CLOCK.match(compared.group(0))
    )


def _advance(frame: Frame, r: Reading, mn: Mention) -> None:
    """Move the narrative reference time to a date just read."""
    p = r.period
    deictic_year = p is not None and p.gran == "year" and not r.explicit_year
    if (r.type == "DURATION" and re.fullmatch(r"P(?:[2-9]M|1Y)", r.value)) or deictic_year:
        # the report moved on to a longer period ("the nine months", "last year")
        frame.fin_ref = None
    if p is None or r.vague or r.type not in ("DATE", "TIME") or not p.year_known:
        return
    frame.dated.append((mn.start, mn.end, p))
    if (
        p.gran == "quarter"
        and r.fin_anchor
        and not _YARDSTICK_BEFORE.search(frame.text, max(0, mn.start - 40), mn.start)
    ):
        frame.fin_ref = p
        frame.fin_end = mn.end
    if compared_date(frame.text, mn.start):
        return  # "a deficit in February against a surplus in February 1986": a yardstick
    if _SINCE_BEFORE.search(frame.text, max(0, mn.start - 8), mn.start) and not _WHEN_AFTER.match(
        frame.text, mn.end
    ):
        # "its fifth cut since August last year": where a span up to now starts, not the
        # time the story moved to ("rose from 4.7 percent a month earlier" is not counted
        # from it)
        return
    if _closing_saying_day(frame, mn):
        # "A train derailed late on Sunday, killing nine, the fire service said on Monday.
        # Rescue crews worked through the night": the story stays on its own day, not the
        # saying's
        return
    if _zone_aside(frame.text, mn):
        # "polls open at 7 a.m. (2300 GMT Saturday) and close at 6 p.m.": the aside gives the
        # same moment on another clock; the story stays on the local day
        return
    if p.gran in _REFERENCE_GRANS and (
        (mn.kind not in _NOT_REFERENCES and r.anchor != "narrative")
        or _story_moved_on(frame, r, mn)
    ):
        # a yearless date placed in the year the story is set in keeps it stated ("In
        # 1918, a first wave came in April. It came back in August.")
        inherited = (
            frame.ref_explicit
            and frame.ref is not None
            and frame.dct is not None
            and p.start.year == frame.ref.start.year != frame.dct.year
        )
        # the narrative time moves with dates the text states, not with ones counted from it
        frame.ref = p
        if p.gran in ("day", "pod", "time"):
            frame.day_ref = p
        # "the August 1988 cease-fire" names a thing; the story is not set in that year
        # "Last year the plant closed in March", "Next year's summit will be held in
        # November": a year named from now that opens its sentence sets it as "In 2023"
        deictic_year = mn.kind == "relunit" and p.gran == "year" and _setting_year(frame.text, mn)
        frame.ref_explicit = (r.explicit_year or inherited or deictic_year) and not _attributive(
            frame.text, mn
        )
        frame.ref_end = mn.end
        frame.ref_target = bool(_TARGET_BEFORE.search(frame.text, max(0, mn.start - 16), mn.start))
        frame.ref_set_in = bool(
            SET_IN.search(frame.text, max(0, mn.start - 10), mn.start)
            or (inherited and frame.ref_set_in)
            or deictic_year
        )


# what may stand before a sentence's opening phrase: its start, a quotation mark, "But"
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"”’']?\s+)[\"“‘']?(?:(?:But|And|So)\s+)?$")


def _setting_year(text: str, mn: Mention) -> bool:
    """True when a year counted from now ("last year", "next year's") opens its sentence:
    the story's setting, not a yardstick ("up 5% from last year")."""
    opening = text[mn.start : mn.start + 4].lower() in ("last", "next")
    return opening and bool(_SENTENCE_OPENS.search(text, max(0, mn.start - 12), mn.start))


_ZONE_ASIDE_OPEN = re.compile(r"\d\s*(?:[ap]\.?m\.?|local\s+time|[A-Z]{2,4})?\s*\(\s*$", re.I)
_ZONE_IN_ASIDE = re.compile(r"[^()]*\b(?:GMT|UTC)\b[^()]*\)")


# a saying set off by a comma right before its day: ", the fire service said on", ", the
# health ministry said late on" (also read by the timelines)
SAID_BEFORE_DAY = re.compile(
    r",\s+[^,.;\"“”]*\b(?:said|says|told\s+\w+|reported|announced|added)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$"
)


def _closing_saying_day(frame: Frame, mn: Mention) -> bool:
    """Whether the date is the day of a saying that closes its sentence after a day of the
    sentence's own ("derailed late on Sunday, ..., the fire service said on Monday.")."""
    if not re.match(r"\s*[.!?]", frame.text[mn.end : mn.end + 3]):
        return False
    if not SAID_BEFORE_DAY.search(frame.text, max(0, mn.start - 80), mn.start):
        return False
    return any(
        e <= mn.start
        and p.gran in ("day", "pod", "time")
        and same_sentence(frame.text, e, mn.start)
        for _, e, p in frame.dated[:-1]
    )


def _zone_aside(text: str, mn: Mention) -> bool:
    """True for a clock time in a parenthesis after another one, on the universal clock
    ("at 7 a.m. (2300 GMT Saturday)", "at 1653 (2153 GMT) on Tuesday")."""
    return bool(
        _ZONE_ASIDE_OPEN.search(text, max(0, mn.start - 20), mn.start)
        and _ZONE_IN_ASIDE.match(text, mn.start)
    )


# "Two years later," / "three years later and": the story moves on by the span
_LATER_OPENING = re.compile(r"\s+later\b", re.I)


def _story_moved_on(frame: Frame, r: Reading, mn: Mention) -> bool:
    """True for "N units later" counted from a date the text stated: the story's time moves
    there ("The plant opened in May 2019. Two years later, it shut. The following spring,
    ..." is 2022's spring)."""
    return (
        mn.kind == "ago"
        and r.anchor == "narrative"
        and frame.ref is not None
        and bool(_LATER_OPENING.match(frame.text, mn.end - len("later") - 1))
    )


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# ("since November 14, when the premier called an election for December 16": a clause
# told of that day)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
# a date a deadline or a bound is set to ("by 2028", "until 2030", "before 2027")
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|through)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _attributive(text: str, mn: Mention) -> bool:
    """True when the date modifies a noun after a determiner ("the Aug. 7 blasts", "the
    Dec. 21, 1988, bombing": a year set off by commas keeps its closing one)."""
    end = mn.end
    if text.startswith(",", end) and re.search(r",\s*\d{4}$", text[mn.start : mn.end]):
        end += 1
    # ("the 2026 World Cup", "the 2012 Olympics": a year naming an event)
    # (not "in the 2012 Olympics in July": the setting of what the clause tells)
    named = (
        re.fullmatch(r"\d{4}", text[mn.start : mn.end])
        and _NAME_AFTER.match(text, end)
        and not _SETTING_BEFORE.search(text, max(0, mn.start - 20), mn.start)
    )
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, mn.start - 8), mn.start)
        and (NOMINAL.match(text, end) or named)
    )


_SETTING_BEFORE = re.compile(r"\b(?:in|during|at|since|after|before|until|by)\s+the\s+$", re.I)
_NAME_AFTER = re.compile(rf"\s+(?!{MONTH_FULL}|{WEEKDAY_FULL})[A-Z][a-z]+")
