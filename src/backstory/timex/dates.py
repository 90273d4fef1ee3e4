"""Normalisers of calendar dates: days, months, years, decades, centuries, quarters,
halves, seasons and fiscal periods."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from backstory.timex.anchor import (
    FUTURE,
    FUTURE_IN_PAST,
    NOMINAL,
    PAST,
    PRESENT,
    REPORTED,
    TIMETABLE,
    closest,
    near_report,
    pick_year,
    plural_present,
    tense_at,
    timetable_verb,
)
from backstory.timex.calendar import UNKNOWN_YEAR, Period, month_end, nth_weekday, shift_date
from backstory.timex.lexicon import (
    NAMED_DATES,
    ORDINALS,
    QUARTER_ORDINAL,
    SEASONS,
    month_number,
    weekday_number,
)
from backstory.timex.patterns import PATTERNS
from backstory.timex.reading import (
    NORMALISERS,
    Frame,
    Reading,
    date_reading,
    day_number,
    normaliser,
    optional_group,
    year_of,
    year_words,
)

# ---- calendar dates ------------------------------------------------------


def _day_period(
    ctx: Frame, y: int | None, month: int, day: int, wd: int | None
) -> tuple[Period, bool] | None:
    def make(year: int) -> Period | None:
        try:
            return Period("day", date(year, month, day))
        except ValueError:
            return None

    if y is not None:
        p = make(y)
        return (p, True) if p else None
    if ctx.dct is None:
        try:
            return Period("day", date(UNKNOWN_YEAR, month, day), year_known=False), False
        except ValueError:
            return None
    if wd is not None:  # the weekday says which year
        anchor = ctx.anchor_date()
        fits = [
            p
            for yy in (anchor.year, anchor.year - 1, anchor.year + 1)
            if (p := make(yy)) and p.start.weekday() == wd
        ]
        if fits:
            return fits[0], False
    if fiscal := _FISCAL_CLOSING.search(ctx.text, max(0, ctx.span[0] - 40), ctx.span[0]):
        # "revenue for fiscal 2025 ended June 30": a fiscal year is named by the year it
        # ends in, so its closing day is in that year
        p = make(int(fiscal.group("y")))
        return (p, True) if p else None
    if ctx.tense() == TIMETABLE and _PERIOD_CLOSING.search(
        ctx.text, max(0, ctx.span[0] - 40), ctx.span[0]
    ):
        # "will report results for the quarter ending March 31 on April 24": the closing
        # day nearest, as for the quarter itself (see ``_closing_day``)
        p = pick_year(make, ctx.dct, None)
    else:
        p = ctx.place(make)
    return (p, False) if p else None


_FISCAL_CLOSING = re.compile(
    r"\b(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<y>(?:19|20)\d\d)\s+(?:that\s+)?(?:ended|ending|ends)"
    r"\s+(?:on\s+)?$",
    re.I,
)
# the day a reported period closes on: "the quarter ending March 31"
_PERIOD_CLOSING = re.compile(
    r"\b(?:quarter|year|half|period|months|weeks)\s+(?:that\s+)?(?:ending|ends)\s+(?:on\s+)?$", re.I
)
_RELATIVE_YEAR = {"this": 0, "last": -1, "next": 1}


@normaliser("date_dm", "date_md", "date_words", "date_ord_of")
def _calendar_date(m: re.Match[str], ctx: Frame) -> Reading | None:
    month = month_number(m.group("m"))
    dw = optional_group(m, "dw")
    day = ORDINALS.get(re.sub(r"\s+", "-", dw.lower())) if dw else day_number(m.group("d"))
    if not month or not day:
        return None
    wd = weekday_number(m.group("wd")) if m.group("wd") else None
    rel = (optional_group(m, "rel") or "").lower()
    ry = (optional_group(m, "ry") or "").lower()
    if ry and ctx.dct is not None:
        # "14 October last year": the day in the year named against the DCT
        y = ctx.dct.year + _RELATIVE_YEAR[ry]
        try:
            p = Period("day", date(y, month, day))
        except ValueError:
            return None
        return date_reading(p, explicit=False, anchor="dct")
    if rel and not m.group("y") and ctx.dct is not None:
        # "last September 23" is in the year "last September" is
        y = _named_month_year(month, ctx.dct, back=rel.endswith(("last", "past")))
        try:
            p = Period("day", date(y, month, day))
        except ValueError:
            return None
        return date_reading(p, explicit=False, anchor="dct")
    found = _day_period(ctx, year_of(m.group("y")), month, day, wd)
    if found is None:
        return None
    p, explicit = found
    return date_reading(p, explicit=explicit, anchor=None if explicit else "dct")


@normaliser("date_ord_rel")
def _day_of_named_month(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the first of next month", "the first day of next month": that day of the month
    before, of or after publication; "the last day of next month" its last day."""
    if m.group("last"):
        return _last_day_of_month(m, ctx)
    dw = m.group("dw").lower()
    day = ORDINALS.get(re.sub(r"\s+", "-", dw)) or day_number(dw)
    if not day or ctx.dct is None:
        return None
    if m.group("rel").lower() == "the":
        if dw in ("last", "final"):
            return None  # ("the last of the month": no day number)
        if _habitual(ctx, m.start(), m.end()):
            return Reading(
                "SET", f"XXXX-XX-{day:02d}", quant="EVERY"
            )  # "rent is due on the first of the month"
        return day_of_the_month(day, ctx)  # "on the 15th of the month": the story's month
    month = shift_date(ctx.dct.replace(day=1), _RELATIVE_YEAR[m.group("rel").lower()], "month")
    if day > month_end(month.year, month.month).day:
        return None
    return date_reading(Period("day", month.replace(day=day)), explicit=False, anchor="dct")


def _last_day_of_month(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the last day of next month": that month's last day; "the last day of the month"
    the last day of the month the story is in (no day in a habit: "rent is usually due on
    the last day of the month" names no day of its own)."""
    if ctx.dct is None:
        return None
    if m.group("rel").lower() == "the":
        if _habitual(ctx, m.start(), m.end()):
            return None
        ref = story_month_reference(ctx)
        if ref is not None:
            month, anchor = ref.start.replace(day=1), "narrative"
        else:
            month, anchor = ctx.dct.replace(day=1), "dct"
    else:
        month = shift_date(ctx.dct.replace(day=1), _RELATIVE_YEAR[m.group("rel").lower()], "month")
        anchor = "dct"
    last = month_end(month.year, month.month)
    return date_reading(Period("day", last), explicit=False, anchor=anchor)


@normaliser("range_dm", "range_md")
def _day_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    month = month_number(m.group("m"))
    d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
    if not month or not d1 or not d2 or d2 <= d1:
        return None
    year = year_of(m.group("y"))
    ry = (m.group("ry") or "").lower()
    if ry and ctx.dct is not None:  # "between 3 and 5 May next year"
        year = ctx.dct.year + _RELATIVE_YEAR[ry]
    found = _day_period(ctx, year, month, d1, None)
    if found is None:
        return None
    p, explicit = found
    explicit = explicit and not ry
    try:
        last = p.start.replace(day=d2)
    except ValueError:
        return None
    r = date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
    if p.year_known:
        r.begin, r.end = p.start.isoformat(), last.isoformat()
    return r


_CROSS_REACH = 62  # days: longer is no day range across a month's end


@normaliser("range_cross")
def _cross_month_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "30 October-2 November", "Oct. 30-Nov. 2, 2025": from the first day to the second."""
    m1 = month_number(m.group("m1") or m.group("m3"))
    m2 = month_number(m.group("m2") or m.group("m4"))
    d1 = day_number(m.group("d1") or m.group("d3"))
    d2 = day_number(m.group("d2") or m.group("d4"))
    if not (m1 and m2 and d1 and d2) or m1 == m2:
        return None
    y = year_of(m.group("y"))
    found = _day_period(ctx, None if y is None else y - (m2 < m1), m1, d1, None)
    if found is None:
        return None
    p, explicit = found
    try:
        last = date(p.start.year + (m2 < m1), m2, d2)
    except ValueError:
        return None
    if not 0 < (last - p.start).days <= _CROSS_REACH:
        return None
    r = date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
    if p.year_known:
        r.begin, r.end = p.start.isoformat(), last.isoformat()
    return r


@normaliser("iso")
def _iso(m: re.Match[str], ctx: Frame) -> Reading | None:
    try:
        d = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("hh"):
        p = Period("time", d, hour=int(m.group("hh")), minute=int(m.group("mi")))
        return Reading("TIME", p.value, p, explicit_year=True)
    return date_reading(Period("day", d), explicit=True)


@normaliser("numeric")
def _numeric(m: re.Match[str], ctx: Frame) -> Reading | None:
    a, b, ytext = int(m.group("a")), int(m.group("b")), m.group("y")
    y = int(ytext)
    if len(ytext) == 2:
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 30
        y += 2000 if y <= pivot else 1900
    if m.group("sep") == "." and len(ytext) == 2:
        return None  # "1.5.24" is more often a version or a score than a date
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append((day, month, date(y, month, day)))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 2 and readings[0][2] != readings[1][2]:
        dmy, mdy = readings[0][2], readings[1][2]
        if ctx.dct is not None and (abs((dmy - ctx.dct).days) < 3) != (
            abs((mdy - ctx.dct).days) < 3
        ):
            chosen = dmy if abs((dmy - ctx.dct).days) < 3 else mdy
        else:
            chosen = dmy if (ctx.day_first or m.group("sep") == ".") else mdy
    else:
        chosen = readings[0][2]
    return date_reading(Period("day", chosen), explicit=True)


@normaliser("month_year")
def _month_year(m: re.Match[str], ctx: Frame) -> Reading | None:
    month, y = month_number(m.group("m")), year_of(m.group("y"))
    if not month or y is None or not 1000 <= y <= 2999:
        return None
    return date_reading(Period("month", date(y, month, 1)), explicit=True)


@normaliser("week_number")
def _week_number(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "in week 14": that ISO week of the year (a capitalised "Week 12" alone is a
    season's fixture round, no calendar week)."""
    n, y = int(m.group("n")), year_of(m.group("y"))

    def make(year: int) -> Period | None:
        try:
            return Period("week", date.fromisocalendar(year, n, 1))
        except ValueError:
            return None

    if y is not None:
        p = make(y)
        return date_reading(p, explicit=True) if p is not None else None
    if m.group().startswith("W"):
        return None
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-W{n:02d}")
    p = ctx.place(make)
    return date_reading(p, explicit=False, anchor="dct") if p is not None else None


@normaliser("month_span")
def _month_span(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the October-to-December season", "January-September": from the first month to
    the second; without a year, the span whose last month the tense points to."""
    m1 = month_number(m.group("m1") or m.group("a1"))
    m2 = month_number(m.group("m2") or m.group("a2"))
    if not m1 or not m2 or m1 == m2:
        return None
    y = year_of(m.group("y") or m.group("qy"))
    if y is not None:
        last = Period("month", date(y, m2, 1))
    elif ctx.dct is None:
        return None
    else:

        def make(year: int) -> Period:
            return Period("month", date(year, m2, 1))

        last = ctx.place(make) or make(ctx.dct.year)
        if (
            m.group("q")
            and last.start > ctx.dct
            and reported_on(ctx.text, m.start(), m.end())
            and (ctx.dct - make(last.start.year - 1).bounds()[1]).days <= 92
        ):
            # "will report results for the April-June quarter" in July: the one just ended
            last = make(last.start.year - 1)
    first = Period("month", date(last.start.year - (m2 < m1), m1, 1))
    if (m2 - m1) % 12 == 2 and m1 % 3 == 1:
        # "the July-September quarter": the calendar quarter those months make up
        first = Period("quarter", first.start)
    r = date_reading(first, explicit=y is not None, anchor=None if y is not None else "dct")
    r.begin, r.end = first.start.isoformat(), (last.bounds()[1]).isoformat()
    return r


_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "last": -1, "final": -1}  # fmt: skip


@normaliser("day_of_month")
def _day_of_month(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "on the 15th": that day of the month the story is in - the month of a day or
    month just named, else the publication month or one beside it, as the tense says."""
    if NOMINAL.match(ctx.text, m.end()):
        return None  # "on the 15th floor", "by the 3rd round"
    return day_of_the_month(int(m.group("d")), ctx)


def story_month_reference(ctx: Frame) -> Period | None:
    """The day or month the story is at, near enough to count a bare day of the month
    ("by the 3rd", "the last day of the month") from; None when there is none."""
    ref = ctx.ref
    if (
        ref is not None
        and ref.year_known
        and ref.gran in ("day", "month", "pod", "time")
        and ctx.near_reference()
    ):
        return ref
    return None


def day_of_the_month(day: int, ctx: Frame) -> Reading | None:
    """The ``day`` of the month the story is in (see ``_day_of_month``)."""
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}")
    ref = story_month_reference(ctx)
    if ref is not None:
        # "On March 28 the talks opened ... by the 3rd": the next month's 3rd
        later = ref.gran != "month" and day < ref.start.day
        month = shift_date(ref.start.replace(day=1), 1 if later else 0, "month")
        if day > month_end(month.year, month.month).day:
            return None
        told = month.replace(day=day)
        if not (ctx.dct is not None and told < ctx.dct and ctx.tense() in (FUTURE, TIMETABLE)):
            # ("called off in October, rearranged for the 30th": a day ahead is not gone by)
            return date_reading(Period("day", told), explicit=False, anchor="narrative")
    dct = ctx.dct
    first = dct.replace(day=1)
    options = [
        Period("day", mo.replace(day=day))
        for shift in (-1, 0, 1)
        if day <= month_end((mo := shift_date(first, shift, "month")).year, mo.month).day
    ]
    tense = ctx.tense()
    p: Period | None = None
    if tense in (PAST, REPORTED):
        p = next((o for o in reversed(options) if o.start <= dct), None)
    elif tense in (FUTURE, TIMETABLE):
        p = next((o for o in options if o.start >= dct), None)
    elif tense == FUTURE_IN_PAST:
        p = near_report(options, dct)  # "said the talks would end on the 28th"
    if p is None:
        p = closest(options, dct)
    return date_reading(p, explicit=False, anchor="dct")


@normaliser("weekday_dom")
def _weekday_dom(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "Friday the 13th": the day of a month within half a year of the publication date that
    falls on that weekday, placed by the tense as "on the 13th" (or as that, when none does)."""
    wd, day = weekday_number(m.group("wd") or m.group("wd2")), int(m.group("d"))
    if ctx.dct is None or wd is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}")
    first = ctx.dct.replace(day=1)
    options = [
        Period("day", mo.replace(day=day))
        for shift in range(-6, 7)
        if day <= month_end((mo := shift_date(first, shift, "month")).year, mo.month).day
        and mo.replace(day=day).weekday() == wd
    ]
    if not options:
        return day_of_the_month(day, ctx)
    dct, tense = ctx.dct, ctx.tense()
    p: Period | None = None
    if tense in (PAST, REPORTED):
        p = next((o for o in reversed(options) if o.start <= dct), None)
    elif tense in (FUTURE, TIMETABLE):
        p = next((o for o in options if o.start >= dct), None)
    return date_reading(p or closest(options, dct), explicit=False, anchor="dct")


@normaliser("weekday_of_month")
def _weekday_of_month(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the second Sunday of March", "the last Thursday in November"; "the first Monday
    of each month" is a SET, once a month."""
    each = (m.group("each") or "").lower()
    if each in ("each", "every") or (each == "the" and _habitual(ctx, m.start(), m.end())):
        return Reading("SET", "P1M", quant="EACH")
    wd = weekday_number(m.group("wd"))
    n = _NTH[m.group("ord").lower()]
    if each == "the" and wd is not None:
        # "will be signed on the last Friday of the month": the month of the story
        if ctx.dct is None and (ctx.ref is None or not ctx.ref.year_known):
            return None
        base, anchor = ctx.narrative()
        return date_reading(
            Period("day", nth_weekday(base.year, base.month, wd, n)), explicit=False, anchor=anchor
        )
    month, y = month_number(m.group("m")), year_of(m.group("y"))
    if not month or wd is None:
        return None

    def make(year: int) -> Period:
        return Period("day", nth_weekday(year, month, wd, n))

    if y is not None:
        return date_reading(make(y), explicit=True)
    if ctx.dct is None:
        return None
    return date_reading(ctx.place(make) or make(ctx.dct.year), explicit=False, anchor="dct")


@normaliser("week_of_month")
def _week_of_month(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the first week of October": the week holding that month's 4th (11th, 18th, 25th;
    for "the last week", the 4th day from the end); "the last weekend of April": the
    weekend of that month's last Saturday; "the last day of January": that day."""
    month, y = month_number(m.group("m")), year_of(m.group("y"))
    if not month:
        return None
    ordinal = m.group("ord").lower()
    weekend = m.group("wk").lower() == "weekend"
    day = m.group("wk").lower() == "day"

    def make(year: int) -> Period:
        if day:  # "the last day of January", "the first day of April"
            n = _NTH[ordinal]
            return Period.of("day", month_end(year, month) if n < 0 else date(year, month, n))
        if weekend:
            rank = -1 if ordinal in ("last", "final") else _NTH[ordinal]
            return Period.of("weekend", nth_weekday(year, month, 5, rank))
        if ordinal in ("last", "final"):
            return Period.of("week", month_end(year, month) - timedelta(days=3))
        return Period.of("week", date(year, month, _WEEK_OF_MONTH_DAY[ordinal]))

    if y is not None:
        return date_reading(make(y), explicit=True)
    if ctx.dct is None:
        return None
    return date_reading(ctx.place(make) or make(ctx.dct.year), explicit=False, anchor="dct")


_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|through|throughout|of|from|to|before|after|last|this|next|early|late|mid|as\s+(?:early|soon|late)\s+as|"
    r"between|and|or|for|on|until|around|about|as\s+of|end|beginning|start|middle|late-|early-)[\s-]*)"
    r"(?:(?<=until\s)at\s+(?:the\s+)?(?:earliest|latest|least)\s+)?$",
    re.I,
)


def _named_month_year(month: int, dct: date, *, back: bool) -> int:
    """The year of "last <month>" (``back``) or "next <month>" said on ``dct``.

    The month just gone would be "last month": "last February" said in March
    is the February of the year before."""
    if back:
        return dct.year if month < dct.month - 1 else dct.year - 1
    return dct.year if month > dct.month else dct.year + 1


_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?![ \t]*,?[ \t]*\d)")


def _first_name(text: str, start: int, end: int) -> bool:
    """True for a month name used as a first name: a capitalised word that is no month or
    weekday follows, and no preposition or determiner comes before."""
    after = _SURNAME_AFTER.match(text, end)
    if after is None or month_number(after.group(1)) or weekday_number(after.group(1)):
        return False
    before = text[max(0, start - 20) : start]
    return not _PREP_BEFORE.search(before) and not re.search(
        r"\b(?:the|a|an|its|their|his|her)\s+$", before, re.I
    )


# "March exports fell", "May inflation eased": a month's figures (the month, not the verb)
_DATA_AFTER = re.compile(
    r"\s+(?:exports|imports|inflation|sales|data|figures|output|payrolls|retail|trade|"
    r"production|prices|orders|deliveries|unemployment|jobless|employment|PMI|CPI|GDP)\b"
)


@normaliser("month")
def _month(m: re.Match[str], ctx: Frame) -> Reading | None:
    month = month_number(m.group("m"))
    if not month:
        return None
    rel = (m.group("rel") or "").lower().split()
    rel2 = (m.group("rel2") or "").lower()
    name = m.group("m")
    if not rel and name.lower() in ("may", "march"):
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        after = ctx.text[m.end() : m.end() + 20]
        # "the March accession", "the May elections": a month before its noun
        attributive = (
            name[0].isupper()
            and re.search(r"\b(?:the|a|an|this|last|next|its|their)\s+$", before, re.I)
            and re.match(r"\s+[a-z]{4,}\b", after)
            and not re.match(r"\s+(?:and|with|that|which|from|when|will|would)\b", after)
        )
        if not _PREP_BEFORE.search(before) and not attributive and not _DATA_AFTER.match(after):
            return None
    if not rel and not rel2 and _first_name(ctx.text, m.start(), m.end()):
        return None  # "June Carter sang", "singer April Ryan": a first name
    if ctx.dct is None:
        p = Period("month", date(UNKNOWN_YEAR, month, 1), year_known=False)
        return date_reading(p, explicit=False)
    dct = ctx.dct
    if rel2:
        y = dct.year + {"this": 0, "last": -1, "next": 1}[rel2]
        return date_reading(Period("month", date(y, month, 1)), explicit=False, anchor="dct")

    def make(y: int) -> Period:
        return Period("month", date(y, month, 1))

    key = " ".join(rel)
    if key in ("following", "previous") and m.group().lower().startswith("the"):
        # "signed in March 1957 and in force the following January": after the story's date
        base, anchor = ctx.narrative()
        later = key == "following"
        y = base.year + (1 if later and month <= base.month else 0)
        y -= 1 if not later and month >= base.month else 0
        return date_reading(make(y), explicit=False, anchor=anchor)
    if key in ("last", "past", "previous", "this past"):
        p = make(_named_month_year(month, dct, back=True))
    elif key in ("next", "coming", "this coming", "following"):
        p = make(_named_month_year(month, dct, back=False))
    elif key in ("this", "current"):
        p = make(dct.year)
        if month < dct.month and ctx.tense() in (FUTURE, TIMETABLE):
            p = make(dct.year + 1)  # "will open its plant this March" said in December
    else:
        if not rel and _habitual(ctx, m.start(), m.end()):
            p = Period("month", date(UNKNOWN_YEAR, month, 1), year_known=False)
            return date_reading(p, explicit=False)  # "the season usually opens in March"
        # a month name alone in news is most often a past one ("resigned in March")
        p = ctx.place(make) or make(dct.year)
        if p.start > dct and (
            _FIGURES_FOR.search(ctx.text, max(0, m.start() - 40), m.start())
            or _DATA_AFTER.match(ctx.text, m.end())
        ):
            # "payrolls data for May are due on Friday", "expect March inflation to ease":
            # figures of a month gone by
            gone = make(dct.year) if make(dct.year).bounds()[1] < dct else make(dct.year - 1)
            if (dct - gone.bounds()[1]).days <= 92:
                p = gone
    return date_reading(p, explicit=False, anchor="dct")


_NUMERIC_CONTEXT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|million|billion|thousand|tons?|tonnes|people|shares|barrels|"
    r"feet|foot|meters?|metres|miles|kilometers|km|kg|pounds|dollars|yen|euros|points?|units|cars|"
    r"acres|square|troops|soldiers|jobs|votes|marks|francs|lire|rupees|workers|employees|members|"
    r"\)|x\s*\d|-\s*\d{3}|[ \t]+\d{3,}\b)",  # (a column of figures: "TT 2000 2129(1900 2303)")
    re.I,
)
_NUMERIC_CONTEXT_BEFORE = re.compile(
    r"(?:[$€£¥#]|No\.\s*|number\s+|Nos?\.\s|\d[,.(]|\d\s|\+|(?<![a-z])-"
    # a numbered thing: "Flight 2012", "Room 2012", "Resolution 2118"
    r"|\b(?:flight|room|route|highway|gate|platform|suite|apartment|chapter|article|section|"
    r"page|channel|pier|exit|ward|cell|seat|resolution|bus|train|lot)\s+)$",
    re.I,
)


# A capitalised word inside a sentence (after a lower-case word or a comma)
# right before the year.
_NAME_BEFORE_YEAR = re.compile(r"(?:\b[a-z]+|,)\s+(?P<w>[A-Z][a-z]+)\s+$")
_TIME_NAME = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|Spring|Summer|Fall|Autumn|Winter|"
    r"Christmas|Easter|Thanksgiving|Ramadan|Fiscal|Year|Since|In|By|Until|Before|After|For|From|Of|To"
)


_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|from|of|by|before|after)\s+$", re.I)


@normaliser("year")
def _year(m: re.Match[str], ctx: Frame) -> Reading | None:
    y = int(m.group("y"))
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    after = ctx.text[m.end() : m.end() + 16]
    if _NUMERIC_CONTEXT_BEFORE.search(before) or _NUMERIC_CONTEXT_AFTER.match(after):
        return None
    if (
        not m.group("fy")
        and not 1600 <= y <= 2100
        and not (
            1000 <= y < 1600
            and _OLD_YEAR_BEFORE.search(before)
            and not _COUNTED_NOUN.match(after)
            and not re.match(r"\s*(?:[ap]\.?m\b|GMT|UTC|hours|hrs)", after, re.I)
        )
    ):
        return None  # (an old year needs a preposition: "since Gregory XII in 1415")
    if m.start() in ctx.blog_stamps:
        return None  # "2057 In a moving report, ...": a live blog's clock stamp
    if re.match(r"\s*[:.,]\d", after) or re.match(r"[-/]\d", after):
        return None
    name = _NAME_BEFORE_YEAR.search(ctx.text, max(0, m.start() - 40), m.start())
    if name and not m.group("fy") and not _TIME_NAME.fullmatch(name.group("w")):
        return None  # "a joint venture called Orion 1980", "Expo 2000": part of a name
    return date_reading(Period("year", date(y, 1, 1)), explicit=True)


@normaliser("year_short")
def _year_short(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "in '98": the year of those two digits no more than ten years after the publication
    year (1998 said in 2025; '30 said in 2025 is 1930)."""
    yy = int(m.group("yy"))
    now = ctx.dct.year if ctx.dct is not None else 2000
    y = 2000 + yy if 2000 + yy <= now + 10 else 1900 + yy
    return date_reading(Period("year", date(y, 1, 1)), explicit=True)


@normaliser("fiscal_short")
def _fiscal_short(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "FY24": the fiscal year ending in 2024, valued as that year (as "fiscal 2024" is);
    "FY2025/26" and "fiscal 2025-26" end in 2026."""
    if m.group("fy4"):
        start, ye = int(m.group("fy4")), m.group("fye")
    else:
        start = int(m.group("y4")) if m.group("y4") else _two_digit_year(int(m.group("yy")), ctx)
        ye = m.group("ye")
    if ye is None:
        return _fiscal_named(start, ctx, across=False)
    end = int(ye) if len(ye) == 4 else start // 100 * 100 + int(ye)
    if end != start + 1:
        return None  # "FY2020-24" is a span of years, not one fiscal year
    return _fiscal_named(end, ctx, across=True)


def _fiscal_named(end_year: int, ctx: Frame, across: bool) -> Reading:
    """The fiscal year ending in ``end_year``, valued by that year: its months when the text
    says on which day its fiscal year ends ("FY26" in an article that says "the fiscal year
    ends on 31 March": 2025-04-01 to 2026-03-31); else, when its two years are written
    ("FY2025/26", "the 2025-26 fiscal year"), both whole years, as a budget's (its first
    month is the country's own); else the year itself."""
    r = date_reading(Period("year", date(end_year, 1, 1)), explicit=True)
    stated = ctx.fiscal_year_end
    if stated is not None:
        month, day = stated
        last = min(date(end_year, month, 1) + timedelta(days=day - 1), month_end(end_year, month))
        first = shift_date(last, -12, "month") + timedelta(days=1)
        r.begin, r.end = first.isoformat(), last.isoformat()
    elif across:
        r.begin, r.end = f"{end_year - 1:04d}-01-01", f"{end_year:04d}-12-31"
    return r


def _two_digit_year(yy: int, ctx: Frame) -> int:
    """The year "24" stands for: this century's, unless that is far in the future."""
    century = (ctx.dct.year if ctx.dct else 2000) // 100 * 100
    y = century + yy
    if ctx.dct and y > ctx.dct.year + 50:
        y -= 100
    return y


_COUNTED_NOUN = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|by|for|of|from|when|as|the|a|an|was|is|will|would|had|has)\b)[a-z]{3,}"
)


@normaliser("year_words")
def _year_in_words(m: re.Match[str], ctx: Frame) -> Reading | None:
    y = year_words(m.group("yw"))
    if y is None or not 1100 <= y <= 2100:
        return None
    if (
        m.group("yw").lower().endswith(("thousand", "hundred"))
        and not m.group(0).lower().startswith("the year")
        and _COUNTED_NOUN.match(ctx.text, m.end())
    ):
        return None  # "two thousand troops": a number of things
    return date_reading(Period("year", date(y, 1, 1)), explicit=True)


@normaliser("year_range")
def _year_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    y1 = int(m.group("y1"))
    t2 = m.group("y2")
    y2 = int(t2) if len(t2) == 4 else y1 // 100 * 100 + int(t2)
    if len(t2) == 2 and y2 < y1:
        y2 += 100
    if not y1 < y2 <= y1 + 100 or not 1600 <= y1 <= 2100:
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if _NUMERIC_CONTEXT_BEFORE.search(before):
        return None
    if y2 == y1 + 1 and _FISCAL_YEAR_AFTER.match(ctx.text, m.end()):
        # "the 2025-26 fiscal year": one fiscal year, valued by the year it ends in (as
        # "FY2025/26")
        return _fiscal_named(y2, ctx, across=True)
    cycle = _CYCLE_AFTER.match(ctx.text, m.end()) if y2 == y1 + 1 else None
    if cycle is not None and cycle.group("winter"):
        # "the 2024-25 winter": the one winter that spans the turn of the year
        winter = date_reading(Period("season", date(y1, 12, 1), season="WI"), explicit=True)
        winter.begin, winter.end = f"{y1:04d}-12-01", f"{y2:04d}-02-{month_end(y2, 2).day}"
        return winter
    p = Period("year", date(y1 if cycle is None else y2, 1, 1))
    r = date_reading(p, explicit=True)
    # ("the 2024-25 season": one cycle across the turn of the year, valued like a fiscal
    # year by the year it ends in, and lasting into both)
    r.begin, r.end = f"{y1:04d}-01-01", f"{y2:04d}-12-31"
    if cycle is not None and not cycle.group("budget"):
        # a league's season or a school year runs from the first year's second half to
        # the second's first half (August to May, September to June); a budget's year
        # begins in a month of the country's own, so it keeps both years
        r.begin, r.end = f"{y1:04d}-07-01", f"{y2:04d}-06-30"
    return r


_FISCAL_YEAR_AFTER = re.compile(r"\s+(?:fiscal|financial)\s+year\b", re.I)
# a cycle that runs across the turn of a year: a league's season, a school year, a budget
_CYCLE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.&-]*\s+){0,3}?(?:season|campaign|academic\s+year|school\s+year"
    r"|(?P<budget>budget)|(?P<winter>winter))\b",
)


EML_MODS = {"early": "START", "mid": "MID", "late": "END"}


# degrees, not decades: "temperatures will climb into the 60s", "lows in the mid-40s"
_WEATHER = re.compile(
    r"\b(?:temperatures?|temps|degrees?|highs?|lows?|heat\s+index|wind\s+chills?|"
    r"thermometers?|forecasters?|mercury)\b",
    re.I,
)


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = text.find(". ", end)
    return text[left : stop if stop >= 0 else len(text)]


@normaliser("decade", "decade_words")
def _decade(m: re.Match[str], ctx: Frame) -> Reading | None:
    text = m.group(0).lower()
    dec = optional_group(m, "dec")
    if dec:
        digits = dec.strip("'’")
        if len(digits) == 2:
            if not (text.startswith("the") or dec[0] in "'’"):
                return None
            if dec[0] not in "'’" and _WEATHER.search(_sentence_of(ctx.text, m.start(), m.end())):
                return None  # "highs in the upper 70s", "temperatures into the 60s"
            century = (ctx.dct.year // 100 * 100) if ctx.dct else 1900
            y = century + int(digits)
            if ctx.dct and y > ctx.dct.year:
                y -= 100
        else:
            y = int(digits)
            if y % 100 == 0 and y < 2000:
                # "the 1800s", "the early 1900s": the century (the 2000s are the decade)
                p = Period("century", date(y, 1, 1))
                return date_reading(
                    p, explicit=True, mod=EML_MODS.get((m.group("dm") or "").lower())
                )
    else:
        words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
        if not text.startswith("the"):
            return None
        y = 1900 + words[m.group("dw").lower()]
    p = Period("decade", date(y, 1, 1))
    return date_reading(p, explicit=True, mod=EML_MODS.get((m.group("dm") or "").lower()))


@normaliser("century")
def _century(m: re.Match[str], ctx: Frame) -> Reading | None:
    word = m.group("n").lower()
    n = ORDINALS.get(word) or day_number(word)
    if not n or n > 21:
        return None
    p = Period("century", date(max((n - 1) * 100, 1), 1, 1))
    return date_reading(p, explicit=True, mod=EML_MODS.get((m.group("dm") or "").lower()))


_Q_ORD = {
    # "the March quarter", "June-quarter revenue": the calendar quarter ending that month
    "march": 1,
    "june": 2,
    "september": 3,
    "december": 4,
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
}


def _default_fin_ref(ctx: Frame) -> Period | None:
    """The quarter financial news reports on: the last one mentioned, else the one before the DCT."""
    if (fin := fin_context(ctx)) is not None:
        return fin
    if ctx.dct is None:
        return None
    return Period.of("quarter", ctx.dct).shift(-1)


_FIN_REACH = 3000
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+$", re.I)


def fin_context(ctx: Frame) -> Period | None:
    """The quarter a financial report is about, when one was mentioned not long before."""
    if ctx.fin_ref is not None and 0 <= ctx.span[0] - ctx.fin_end < _FIN_REACH:
        return ctx.fin_ref
    return None


@normaliser("fin_period")
def _fin_period(m: re.Match[str], ctx: Frame) -> Reading | None:
    pre = (m.group("pre") or m.group("adj") or "").lower()
    back = bool(re.search(r"year[\s-](?:earlier|ago)|prior-year", pre)) or bool(
        optional_group(m, "last")
    )
    period = (m.group("p") or "").lower()
    if ctx.dct is None:
        return None
    if period and period != "period":
        return Reading("DURATION", "P9M" if period.startswith("nine") else "P6M")
    base = fin_context(ctx)
    guessed = base is None
    if base is None and re.search(r"latest|most\s+recent", pre):
        base = Period.of("quarter", ctx.dct).shift(-1)  # the last quarter reported on
    years = re.findall(r"\d{4}", pre)
    if base is None:
        if years:  # "the 1988 period" after no quarter: that year
            p = Period("year", date(int(years[0]), 1, 1))
            return date_reading(p, explicit=True)
        if not back:
            return None
        p = Period.of("year", ctx.dct).shift(-1)
        return Reading("DATE", p.value, p, anchor="dct", fin_anchor=False)
    if years:
        base = Period("quarter", date(int(years[0]), base.start.month, 1))
    if back:
        base = base.shift(-1, "year")
    # a guess from the publication date ("the latest period" after "the six months
    # ended Oct. 1") is no quarter for later ones to be counted from
    anchor_ok = not (back or years or guessed)
    return Reading("DATE", base.value, base, anchor="narrative", fin_anchor=anchor_ok)


_ENDED = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b"
)


def _ended_quarter(ctx: Frame, end: int) -> Period | None:
    """The calendar quarter most of a quarter "ended July 31" falls in (May-July: Q2)."""
    closing = _closing_day(ctx, end)
    if closing is None:
        return None
    return Period.of("quarter", closing.start - timedelta(days=45))


def _closing_day(ctx: Frame, end: int) -> Period | None:
    """The day a period "ended July 31" (right after ``end``) closed: the last one gone
    by in a report, the next in an outlook."""
    m = _ENDED.match(ctx.text, end)
    if m is None or ctx.dct is None:
        return None
    month, day = month_number(m.group("m")), day_number(m.group("d"))
    if not month or not day:
        return None

    def make(year: int) -> Period | None:
        try:
            return Period("day", date(year, month, day))
        except ValueError:
            return None

    # a reported quarter has ended; in an outlook ("expects to report a loss for the
    # quarter ended March 31", read in mid-March) it is the one about to end
    tense = None if ctx.dry else tense_at(ctx.text, ctx.span[0], ctx.span[0], ctx.doc)
    if tense == TIMETABLE:
        # "will report results for the quarter ending March 31 on April 24": the quarter
        # reported on is the one that closes nearest, ahead (read in mid-March) or gone by
        # (read in April)
        return pick_year(make, ctx.dct, None)
    return pick_year(make, ctx.dct, FUTURE if tense == FUTURE else PAST)


@normaliser("quarter")
def _quarter(m: re.Match[str], ctx: Frame) -> Reading | None:
    pre = (m.group("pre") or "").lower()
    det = re.sub(r"^the\s+(?=last)", "", (m.group("det") or "").lower())
    words = re.findall(
        r"[a-z0-9'_]+", pre.replace("year-earlier", "year_earlier").replace("year-ago", "year_ago")
    )
    words = [w.replace("_", "-") for w in words]
    qn = next((_Q_ORD[w] for w in words if w in _Q_ORD), None)
    ytext = m.group("y")
    if qn is None and det == "last" and ytext and ytext[:4].isdigit():
        qn = 4  # "the last quarter of 2012": that year's fourth
    year: int | None = None
    explicit = False
    years = re.findall(r"\b\d{4}\b", pre)
    if years:
        year, explicit = int(years[0]), True
    back = (
        any(w in ("year-earlier", "year-ago") for w in words)
        or "year earlier" in pre
        or bool(m.group("ago"))
    )
    if ytext:
        yl = ytext.lower()
        if yl[:4].isdigit():
            year, explicit = int(yl[:4]), True
            year += 2000 if year < 100 else 0  # "the third quarter of FY25"
        elif ctx.dct:
            year = ctx.dct.year + {"this year": 0, "last year": -1, "next year": 1}.get(yl, 0)
    for w, delta in (("this year's", 0), ("last year's", -1), ("next year's", 1)):
        if w in pre and ctx.dct:
            year = ctx.dct.year + delta
    if qn is None and not words and det in ("", "its", "their") and not ytext:
        return None  # "a quarter", "quarter" alone: a fraction more often than a period
    if ctx.dct is None and year is None:
        if qn is None:
            return None
        return Reading("DATE", f"XXXX-Q{qn}")
    if qn is not None and year is None and det in ("", "the") and _game_period(m, ctx):
        return None  # "scored 12 of his 29 points in the fourth quarter": the game's
    if (
        qn is not None
        and year is None
        and det in ("", "the")
        and _habitual(ctx, m.start(), m.end())
    ):
        # "first-quarter sales typically account for a fifth of the year's": any year's
        return Reading("DATE", f"XXXX-Q{qn}")
    if qn is not None:
        if year is None:
            assert ctx.dct is not None
            current = (ctx.dct.month - 1) // 3 + 1
            year = ctx.dct.year
            if det == "last" and qn >= current:
                year -= 1
            elif det == "next" and qn <= current:
                year += 1
            elif qn > current and ctx.tense() != FUTURE and det not in ("next", "this"):
                year -= 1
            elif (
                qn == (current - 2) % 4 + 1
                and ctx.tense() == FUTURE
                and det not in ("next", "this")
                and reported_on(ctx.text, m.start(), m.end())
            ):
                # "will report fourth-quarter results", "will release its estimate of
                # fourth-quarter GDP" in January: the quarter just ended
                year = ctx.dct.year - (1 if qn == 4 else 0)
            elif current - qn >= 2 and ctx.tense() == FUTURE and det not in ("last", "this"):
                # "expects to complete the deal in the first quarter", said in December:
                # next year's (a quarter just ended is still reported on: "will report
                # second-quarter results" in the third)
                year += 1
            closing = _closing_day(ctx, m.end())
            if closing is not None and closing.start.year < year:
                # "the second quarter ended Oct. 31", read on Oct. 27: the one that has
                # ended (a fiscal fourth quarter ended Jan. 31 keeps its year)
                year = closing.start.year
        p = Period("quarter", date(year, (qn - 1) * 3 + 1, 1))
    else:
        base = _default_fin_ref(ctx)
        assert base is not None
        if (
            "current" in words
            or det == "this"
            or (
                fin_context(ctx) is None
                and _SINCE_START.search(ctx.text, max(0, m.start() - 30), m.start())
            )
        ):
            # ("shares have fallen since the start of the quarter": the one under way)
            base = Period.of("quarter", ctx.dct) if ctx.dct else base
        elif (fin := fin_context(ctx)) is not None and any(
            w in words for w in ("previous", "preceding")
        ):
            # "GDP grew 0.1% in the fourth quarter from the previous quarter": the one
            # before the quarter just reported on
            base = fin.shift(-1)
        elif det == "last" or any(
            w in words for w in ("previous", "preceding", "latest", "recent")
        ):
            # "the latest quarter": the last one completed before publication
            base = Period.of("quarter", ctx.dct).shift(-1) if ctx.dct else base
        elif det == "next":
            base = Period.of("quarter", ctx.dct).shift(1) if ctx.dct else base
        elif fin_context(ctx) is None and (ended := _ended_quarter(ctx, m.end())) is not None:
            # with no (fiscal) quarter named before, the closing date says which one
            base = ended
        p = base
        if year is not None:
            p = Period("quarter", date(year, p.start.month, 1))
    if back:
        p = p.shift(-1, "year")
    r = date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
    if "fiscal" in words and qn is not None and (closing := _closing_day(ctx, m.end())):
        # "the fiscal first quarter ending Dec. 31": its three months are the ones up to
        # that day, valued as the calendar quarter they make up when they do (TimeML
        # keeps the quarter's rank)
        last = closing.start
        first = shift_date(last + timedelta(days=1), -3, "month")
        r.begin, r.end = first.isoformat(), last.isoformat()
        if first.month % 3 == 1 and first.day == 1:
            r.timeml = ("DATE", r.value)
            r.value = Period.of("quarter", first).value
    # a report is about a quarter that has begun, not a forecast: "the third quarter
    # of 1990" in a 1989 outlook is not what "the year-ago period" is counted from
    r.fin_anchor = not back and (ctx.dct is None or p.start <= ctx.dct) and ctx.tense() != FUTURE
    return r


# What is reported on a quarter: "fourth-quarter results", "results for the second quarter"
_RESULT_NOUNS = (
    r"(?:results|earnings|profits?|revenues?|sales|GDP|growth|output|figures|data|numbers|"
    r"income|loss|losses|deliveries|shipments)"
)
_RESULTS_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?{_RESULT_NOUNS}\b")
# (also opening a sentence: "Results for the fourth quarter will be published in February")
_RESULTS_BEFORE = re.compile(
    rf"\b(?:{_RESULT_NOUNS}|estimate|report|figures)\s+(?:for|of|on|in)\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)

# figures of a month: "payrolls data for May", "the figures of April"
_FIGURES_FOR = re.compile(
    rf"\b(?:{_RESULT_NOUNS}|statistics|payrolls|inflation|report)\s+(?:for|of)\s+(?:the\s+month\s+of\s+)?$"
)


def reported_on(text: str, start: int, end: int) -> bool:
    """True when results of the period are what the clause tells of ("fourth-quarter
    GDP", "results for the April-June quarter")."""
    return bool(
        (text[start:end].endswith("-quarter") and _RESULTS_AFTER.match(text, end))
        or _RESULTS_BEFORE.search(text, max(0, start - 40), start)
    )


_HABITUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|traditionally|tends?\s+to|every\s+year|each\s+year)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# a frequency adverb tells of a habit with a verb in the present ("In winter the river
# often floods"), not in a past ("In March the river often flooded": some March gone by)
_FREQUENCY = r"(?:often|always|regularly|frequently|routinely|commonly|sometimes|rarely|seldom)"
_PRESENT_HABIT = re.compile(
    rf"\b(?:is|are)\s+{_FREQUENCY}\b"  # "the pass is often closed"
    rf"|\b{_FREQUENCY}\s+(?:(?:is|are|has|does)\b|[a-z]+[^s\W]s\b)",  # "the river often floods"
    re.I,
)


def _sentence_around(ctx: Frame, start: int, end: int) -> tuple[str, int]:
    """The words of the sentence around ``text[start:end]`` (up to 100 characters before
    and 60 after, the expression left out) and the offset its left part starts at."""
    left = ctx.text[max(0, start - 100) : start]
    cut = [b.end() for b in _SENTENCE_END.finditer(left)]
    right = ctx.text[end : end + 60]
    stop = _SENTENCE_END.search(right)
    sentence = left[cut[-1] if cut else 0 :] + " " + right[: stop.start() if stop else len(right)]
    return sentence, start - len(left) + (cut[-1] if cut else 0)


def _habitual(ctx: Frame, start: int, end: int) -> bool:
    """True when the sentence around ``text[start:end]`` tells of a habit ("the flu season
    typically peaks between December and February"): the year is left open."""
    sentence, opens = _sentence_around(ctx, start, end)
    if _HABITUAL.search(sentence) or _PRESENT_HABIT.search(sentence):
        return True
    if any(
        plural_present(h.group("subj"), h.group("verb")) for h in _PLURAL_HABIT.finditer(sentence)
    ):
        return True  # "Prices always rise in December"
    return _plural_present_habit(ctx, opens, end + 60)


# a frequency adverb between a plural subject and its verb ("prices always rise")
_PLURAL_HABIT = re.compile(rf"\b(?P<subj>[a-z]+)\s+{_FREQUENCY}\s+(?P<verb>[a-z]+)\b", re.I)
_FREQUENCY_WORDS = frozenset(_FREQUENCY[3:-1].split("|"))


def _parsed_span(ctx: Frame, start: int, end: int) -> Any:
    """The parse's tokens within ``start``-``end`` of the text, or None (no parse, or
    offsets the parse cannot cut)."""
    if ctx.doc is None:
        return None
    try:
        return ctx.doc.char_span(max(0, start), min(end, len(ctx.text)), alignment_mode="contract")
    except (IndexError, ValueError):
        return None


def _plural_present_habit(ctx: Frame, start: int, end: int) -> bool:
    """True when a frequency adverb of the sentence goes with a plural present verb ("Prices
    always rise in December"), which the regex cannot tell from a past ("often fell")."""
    span = _parsed_span(ctx, start, end)
    if span is None:
        return False
    for tok in span:
        if tok.lower_ in _FREQUENCY_WORDS and tok.head.i != tok.i:
            verb = tok.head
            if verb.tag_ == "VBP" and verb.sent.start == span[0].sent.start:
                return True  # "Prices always rise", "Roads often flood"
    return False


_PAIR_YEAR = re.compile(
    rf"\s+(?:and|or)\s+{QUARTER_ORDINAL}\s+quarters\s+of\s+(?:fiscal\s+)?(?P<y>\d{{4}})\b"
)


@normaliser("quarter_pair")
def _quarter_pair(m: re.Match[str], ctx: Frame) -> Reading | None:
    """One of two quarters named together ("the second and fourth quarters of 2024")."""
    qn = _Q_ORD[(m.group("q1") or m.group("q2")).lower()]
    ytext = m.group("y")
    if ytext is None and m.group("q1"):
        pair = _PAIR_YEAR.match(ctx.text, m.end())
        ytext = pair.group("y") if pair else None
    if ytext is not None:
        p = Period("quarter", date(int(ytext), (qn - 1) * 3 + 1, 1))
        return date_reading(p, explicit=True)
    sentence = ctx.text[max(0, m.start() - 120) : m.end() + 60]
    if ctx.dct is None or _HABITUAL.search(sentence):
        return Reading("DATE", f"XXXX-Q{qn}")  # "usually busiest in the second and fourth quarters"
    year = ctx.dct.year
    if qn > (ctx.dct.month - 1) // 3 + 1 and ctx.tense() != FUTURE:
        year -= 1
    return date_reading(
        Period("quarter", date(year, (qn - 1) * 3 + 1, 1)), explicit=False, anchor="dct"
    )


@normaliser("quarter_code")
def _quarter_code(m: re.Match[str], ctx: Frame) -> Reading | None:
    qn = int(m.group("qn") or m.group("qn2"))
    ytext = m.group("y") or m.group("y2")
    if ytext:
        y = int(ytext) if len(ytext) == 4 else _two_digit_year(int(ytext), ctx)
    elif ctx.dct:
        y = ctx.dct.year
        current = (ctx.dct.month - 1) // 3 + 1
        if qn > current and ctx.tense() != FUTURE:
            y -= 1  # "Q4 revenue rose 8%", said in March: last year's fourth quarter
        elif (
            qn < current
            and ctx.tense() == FUTURE
            and not reported_on(ctx.text, m.start(), m.end())
            and not _RESULTS_AFTER.match(ctx.text, m.end())
        ):
            # "expects to complete the deal in Q3", said in December: next year's (results
            # of a quarter gone by are still reported: "will report Q3 results")
            y += 1
    else:
        return Reading("DATE", f"XXXX-Q{qn}")
    return date_reading(Period("quarter", date(y, (qn - 1) * 3 + 1, 1)), explicit=bool(ytext))


@normaliser("half_code")
def _half_code(m: re.Match[str], ctx: Frame) -> Reading | None:
    # ("H1 FY26", "1H FY2026": the fiscal year valued by the year it ends in, as "FY26")
    if m.group("hn6"):
        return _bare_half(int(m.group("hn6")), m, ctx)
    half = int(next(g for g in (m.group(f"hn{k}") for k in ("", "2", "3", "4", "5")) if g))
    ytext = next(g for g in (m.group(f"y{k}") for k in ("", "2", "3", "4", "5")) if g)
    year = int(ytext) if len(ytext) == 4 else _two_digit_year(int(ytext), ctx)
    return date_reading(Period("half", date(year, 1 if half == 1 else 7, 1)), explicit=True)


# a company's figures in the sentence: "H2" there is a half year, not hydrogen
_FIGURES_AROUND = re.compile(
    r"\b(?:revenues?|sales|profits?|earnings|results|loss(?:es)?|margins?|guidance|outlook|"
    r"forecasts?|break\s+even|dividends?|deliveries|shipments|orders|bookings|EBITDA)\b",
    re.I,
)
_HYDROGEN = re.compile(
    r"\b(?:hydrogen|electroly|fuel\s+cells?|H2\s+(?:production|plants?|hubs?))", re.I
)


def _bare_half(half: int, m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "Sales in H1 rose 4%", "expects to break even in H2": a half of the year the
    tense places (last year's second half in a past told in the first), only among a
    company's figures."""
    left = ctx.text[max(0, m.start() - 150) : m.start()]
    cut = [b.end() for b in _SENTENCE_END.finditer(left)]
    right = ctx.text[m.end() : m.end() + 150]
    stop = _SENTENCE_END.search(right)
    sentence = left[cut[-1] if cut else 0 :] + m.group() + right[: stop.start() if stop else None]
    if ctx.dct is None or not _FIGURES_AROUND.search(sentence) or _HYDROGEN.search(sentence):
        return None
    current = 1 if ctx.dct.month <= 6 else 2
    year, tense = ctx.dct.year, ctx.tense()
    if half > current and tense != FUTURE:
        year -= 1  # "profit fell in H2", said in March
    elif half < current and tense == FUTURE:
        year += 1  # "expects to return to profit in H1", said in October
    return date_reading(Period("half", date(year, 1 if half == 1 else 7, 1)), explicit=False)


# "second-half revenue", "first-half profit": a half of the year reported on
_HALF_RESULTS = re.compile(
    r"(?<=-half)\s+(?:revenues?|sales|profits?|earnings|results|growth|output|demand|"
    r"deliveries|losses|loss|income|margins?|guidance|outlook|forecast)\b",
    re.I,
)


@normaliser("half")
def _half(m: re.Match[str], ctx: Frame) -> Reading | None:
    # "the second half of 2024"; "the first two quarters of 1990" is the same half
    half = 1 if (m.group("ord") or m.group("two")).lower() in ("first", "1st") else 2
    pre = (m.group("pre") or "").lower()
    year: int | None = None
    if m.group("y") or m.group("fy"):
        year = int(m.group("y") or m.group("fy"))
        year += 2000 if year < 100 else 0  # "the first half of FY26"
    elif re.match(r"\d{4}", pre):
        year = int(pre[:4])
    elif m.group("rel") and ctx.dct:
        year = ctx.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    elif "this year's" in pre and ctx.dct:
        year = ctx.dct.year
    elif "last year's" in pre and ctx.dct:
        year = ctx.dct.year - 1
    elif "next year's" in pre and ctx.dct:
        year = ctx.dct.year + 1
    elif m.group("dec"):
        return None
    elif not (m.group("hy") or pre or _HALF_RESULTS.match(ctx.text, m.end())):
        # "the second half" of the year the story is in, or of a match, a book, ...
        year = _year_in_story(m, ctx)
        if year is None and (results := _year_of_a_results_half(m, ctx, half)) is not None:
            p = Period("half", date(results, 1 if half == 1 else 7, 1))
            return date_reading(p, explicit=False, anchor="dct")
        if year is None:
            return Reading("DATE", f"XXXX-H{half}") if ctx.dry else None
        p = Period("half", date(year, 1 if half == 1 else 7, 1))
        return date_reading(p, explicit=False, anchor="narrative")
    if year is None:
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-H{half}")
        year = ctx.dct.year
        if half == 2 and ctx.dct.month <= 6 and ctx.tense() in (PAST, REPORTED):
            year -= 1
    return date_reading(
        Period("half", date(year, 1 if half == 1 else 7, 1)), explicit=bool(m.group("y"))
    )


@normaliser("month_half")
def _month_half(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the second half of March": the month placed as "March" is, `mod` START for its
    first fifteen days, END for the rest (2026-03-16 to 2026-03-31)."""
    month = month_number(m.group("m"))
    if not month:
        return None
    y = year_of(m.group("y"))

    def make(year: int) -> Period:
        return Period("month", date(year, month, 1))

    if y is not None:
        p, explicit = make(y), True
    elif ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    else:
        p, explicit = ctx.place(make) or make(ctx.dct.year), False
    r = date_reading(
        p,
        explicit=explicit,
        anchor=None if explicit else "dct",
        mod="START" if m.group("ord").lower() == "first" else "END",
    )
    if r.mod == "START":
        r.begin, r.end = p.start.isoformat(), p.start.replace(day=15).isoformat()
    else:
        r.begin = p.start.replace(day=16).isoformat()
        r.end = month_end(p.start.year, p.start.month).isoformat()
    return r


# Words of a game: "the second half" there is the match's
_SPORT = re.compile(
    r"\b(?:goals?|scored|scores?|scoring|match|matches|game|games|half-?time|innings?|"
    r"quarterback|penalt(?:y|ies)|kick(?:ed|off)?|striker|referee|touchdowns?|minute|"
    r"stadium|league|cup|tournament|coach|players?)\b",
    re.I,
)
_YEAR_GRANS = ("year", "half", "quarter")


def _year_in_story(m: re.Match[str], ctx: Frame) -> int | None:
    """The year a bare "the second half" is part of: the year (or a half or quarter of
    it) named just before, not far back, when no game is spoken of and the half is not
    one of something else ("the second half of the match")."""
    ref = ctx.ref
    if ref is None or not ref.year_known or ref.gran not in _YEAR_GRANS:
        return None
    if not ctx.near_reference() or re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 5]):
        return None
    if _SPORT.search(ctx.text, max(0, m.start() - 200), min(len(ctx.text), m.end() + 120)):
        return None
    return ref.start.year


# a company's or an economy's figures: a bare "the first half" there is a half of the year
_RESULTS_WORDS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|results|growth|economy|economic|gdp|inflation|"
    r"rates?|cuts?|hikes?|dividends?|margins?|output|exports|imports|deficit|surplus|"
    r"orders|deliveries|shipments|investment|forecasts?|guidance|outlook|losses|loss|income|"
    r"index|indexes|indices|stocks|shares|prices|markets?)\b",
    re.I,
)


def _game_period(m: re.Match[str], ctx: Frame) -> bool:
    """True for a bare quarter in a sentence about a game and not about figures."""
    left = ctx.text.rfind(".", 0, m.start()) + 1
    stop = ctx.text.find(".", m.end())
    sentence = ctx.text[left : stop if stop >= 0 else len(ctx.text)]
    return bool(_SPORT.search(sentence)) and not _RESULTS_WORDS.search(sentence)


def _year_of_a_results_half(m: re.Match[str], ctx: Frame, half: int) -> int | None:
    """The year of a bare "the first half" in a sentence about figures, with no game spoken
    of: the half ahead in a forecast, else the last one begun (a first half told of in
    the past before July is last year's: this year's has not ended)."""
    if ctx.dct is None or ctx.dry or re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 5]):
        return None
    left = ctx.text.rfind(".", 0, m.start()) + 1
    stop = ctx.text.find(".", m.end())
    sentence = ctx.text[left : stop if stop >= 0 else len(ctx.text)]
    if not _RESULTS_WORDS.search(sentence) or _SPORT.search(
        ctx.text, max(0, m.start() - 200), min(len(ctx.text), m.end() + 120)
    ):
        return None
    year, month, tense = ctx.dct.year, ctx.dct.month, ctx.tense()
    if tense in (FUTURE, TIMETABLE):
        return year + 1 if half == 1 and month > 6 else year
    return year - 1 if month <= 6 and tense in (PAST, REPORTED) else year


@normaliser("named_date")
def _named_date(m: re.Match[str], ctx: Frame) -> Reading | None:
    """A day known by a name of its own ("9/11": 11 September 2001; "the Jan. 6 attack": 6
    January 2021; "the Oct. 7 attack": 7 October 2023, once it has happened)."""
    if m.group("six") or m.group("seven"):
        named = date(2021, 1, 6) if m.group("six") else date(2023, 10, 7)
        if ctx.dct is None or ctx.dct < named:
            return _read_as_date(m, ctx)
        return date_reading(Period("day", named), explicit=False, anchor="dct")
    year, month, day = NAMED_DATES["9/11" if m.group("nine") else m.group("w")]
    return date_reading(Period("day", date(year, month, day)), explicit=True)


def _read_as_date(m: re.Match[str], ctx: Frame) -> Reading | None:
    """A month and day read as a plain date (before the named day it may stand for)."""
    pattern = next(p for p in PATTERNS if p.kind == "date_md")
    plain = pattern.regex.match(m.string, m.start())
    return NORMALISERS["date_md"](plain, ctx) if plain else None


@normaliser("to_date")
def _to_date(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "year-to-date", "the year to date", "YTD": the current year (month, quarter), from
    its start up to the publication day."""
    code = m.group("code")
    unit = (
        m.group("u").lower()
        if m.group("u")
        else {"Y": "year", "M": "month", "Q": "quarter"}[code[0]]
    )
    if ctx.dct is None:
        return Reading("DATE", {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}[unit])
    p = Period.of(unit, ctx.dct)
    r = date_reading(p, explicit=False, anchor="dct")
    r.begin, r.end = p.start.isoformat(), ctx.dct.isoformat()
    return r


_SEASON_OK_BEFORE = re.compile(
    r"\b(?:in|into|during|since|until|till|by|through|over|throughout|this|last|next|from|for|of|"
    r"before|after|toward|towards)\s+(?:(?:at\s+(?:the\s+)?(?:earliest|latest|least)|early|late)\s+)?"
    r"(?:the\s+)?$"
    # the second of two seasons: "in late spring or early summer", "in spring and summer"
    r"|\b(?:spring|summer|autumn|fall|winter)\s+(?:or|and|to|into)\s+(?:(?:early|late)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
# the first of two seasons: "in the spring or summer"
_SEASON_PAIRED = re.compile(
    r"\s+(?:or|and|to|into)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\b",
    re.I,
)


# "In spring the valley often flooded": a season after the "In" opening a sentence is no verb
_SEASON_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n\s*)(?:In|By|During|Since|Until|Through|Over)\s+(?:(?:early|late)\s+)?"
    r"(?:the\s+)?$"
)


# "since the spring and will reopen", "in the fall when": a clause goes on after the season
_SEASON_THEN_CLAUSE = re.compile(
    r"\s+(?:and\s+(?:will|would|has|have|had|was|were|is|are|could|should|may|might|then|"
    r"it|they|he|she|we|[a-z]+ed)|when|while|because|until)\b"
)


@normaliser("season")
def _season(m: re.Match[str], ctx: Frame) -> Reading | None:
    code = SEASONS[m.group("s").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    y = year_of(m.group("y"))
    before = ctx.text[max(0, m.start() - 15) : m.start()]
    after = ctx.text[m.end() : m.end() + 6]
    after_bound = ctx.text[m.end() : m.end() + 20]
    # ("that fall" and "that spring" may be a verb: "firms that fall into trouble")
    # ("autumn" is no verb; nor is a "fall" the sentence or clause ends on: "reopened that fall.")
    verb_like = (
        rel == "that"
        and m.group("s").lower() in ("fall", "spring")
        and m.group("rel").islower()
        and not re.match(r"\s*[,.;:!?]", after)
    )
    if (
        y is None
        and not m.group("ry")
        and (rel in ("", "the", "early", "late", "mid") or verb_like)
    ):
        if not _SEASON_OK_BEFORE.search(before):
            return None
        if (
            # ("fall" and "spring" are verbs and nouns too; "autumn" is only the season)
            m.group("s").lower() in ("fall", "spring")
            and rel in ("", "the")
            and not re.match(r"\s*(?:[,.;]|at\s+the\s+(?:earliest|latest)\b)", after_bound)
            and not _SEASON_THEN_CLAUSE.match(ctx.text, m.end())
            and not _SEASON_PAIRED.match(ctx.text, m.end())
            and not _SEASON_OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 24), m.start())
        ):
            return None
        if re.match(r"\s+(?:of|in)\b", after):
            return None
    mod = EML_MODS.get(rel)

    def make(year: int) -> Period:
        return Period(
            "season", date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1), season=code
        )

    if y is not None:
        return date_reading(make(y), explicit=True, mod=mod)
    if ctx.dct is None or (
        rel in ("", "the")
        and (_habitual(ctx, m.start(), m.end()) or _season_habit(ctx, m.start(), m.end(), rel))
    ):
        return Reading("DATE", f"XXXX-{code}", mod=mod)  # "cases usually rise in winter"
    dct = ctx.dct
    if m.group("ry"):  # "the spring of next year"
        shift = {"this": 0, "last": -1, "next": 1}[m.group("ry").lower()]
        return date_reading(make(dct.year + shift), explicit=False, anchor="dct", mod=mod)
    current = Period.of("season", dct, season=code)
    if rel in ("last", "past", "this past"):
        p = current if current.bounds()[1] < dct else current.shift(-1, "year")
    elif rel in ("next", "coming", "this coming"):
        p = current if current.start > dct else current.shift(1, "year")
    elif rel == "this":
        p = make(dct.year)
        if code == "WI" and _winter_at_hand(dct.month, ctx.tense()):
            p = make(dct.year - 1)  # the winter that began last December
    elif rel.startswith("the ") and ctx.ref is not None and ctx.ref.year_known:
        # "married in June 2009; the previous summer ...": the one before (after) the
        # story's time
        ref = ctx.ref.start
        if rel == "the previous":
            p = make(ref.year) if make(ref.year).bounds()[1] < ref else make(ref.year - 1)
        else:
            p = make(ref.year) if make(ref.year).start > ref else make(ref.year + 1)
        return date_reading(p, explicit=False, anchor="narrative", mod=mod)
    elif rel == "that" and ctx.ref is not None and ctx.ref.year_known:
        # "In January 2011, ... That summer, ...": the season of the year the story is in
        return date_reading(make(ctx.ref.start.year), explicit=False, anchor="narrative", mod=mod)
    elif rel in ("", "the") and _FOR_THE.search(before) and _season_at_hand(current, dct):
        # "stockpiled coal for the winter", "signed a gas deal for the winter" (said in
        # November): what a thing is for is the season at hand or the one about to
        # begin, whatever the verb's tense
        p = current if current.bounds()[1] >= dct else current.shift(1, "year")
    else:
        p = pick_year(make, dct, ctx.tense()) or make(dct.year)
    return date_reading(p, explicit=False, anchor="dct", mod=mod)


# a habit in any tense: "the valley often flooded", "used to flood", "would flood"
_ANY_HABIT = re.compile(rf"\b{_FREQUENCY}\b|\bused\s+to\s+[a-z]+|\bwould\s+{_FREQUENCY}\b", re.I)
# a preposition that puts a state or deed inside the season ("in winter", "during summer")
_IN_SEASON = re.compile(r"\b(?:in|during|throughout)\s+$", re.I)
# a state in the present: "the pass is closed", "the lake is crowded", "roads are icy"
_STATE_PRESENT = re.compile(
    r"\b(?:is|are)\s+(?:(?:often|usually|mostly|largely|generally|still|not)\s+)?"
    r"(?!(?:due|expected|set|scheduled|slated|planned|likely|going|about|to|in|on|at|out|back|"
    r"the|a|an|being)\b)(?![a-z]+ing\b)[a-z]+\b",  # ("is hosting the summit": a plan)
    re.I,
)
# a year named in the sentence dates the season ("is closed this winter", "in 2027")
_YEAR_IN_SENTENCE = re.compile(
    r"\b(?:this|next|last|coming)\s+(?:year|season|time)\b|\b(?:1[89]|20)\d\d\b", re.I
)


def _season_habit(ctx: Frame, start: int, end: int, rel: str) -> bool:
    """True when a season named without "this", "last" or "next" tells of a habit: with a
    frequency adverb or "used to" in any tense ("In spring the valley often flooded,
    residents recalled": springs of many years, not one), or bare after "in" or "during" in
    a present that tells of a state or a habit, not a timetable ("In winter, the pass is
    closed", "roads are icy in winter", "temperatures drop below zero in winter"; "the
    stadium opens in spring", "the vote is in spring" stay the coming one)."""
    sentence, opens = _sentence_around(ctx, start, end)
    if _ANY_HABIT.search(sentence):
        return True
    if rel or not _IN_SEASON.search(ctx.text, max(0, start - 12), start):
        return False
    if _YEAR_IN_SENTENCE.search(sentence):
        return False
    tense = ctx.tense()
    if tense == PRESENT:
        return bool(_STATE_PRESENT.search(sentence))
    if tense == TIMETABLE:
        # "the pass is closed in winter": a state, not "banks are closed on Monday"
        return bool(re.search(r"\b(?:is|are)\s+(?:open|closed|shut)\b", sentence, re.I))
    if tense is None:
        return _generic_present_verb(ctx, opens, end + 60)
    return False


def _generic_present_verb(ctx: Frame, start: int, end: int) -> bool:
    """True when the main verb of the sentence is a present simple that is no timetable's
    ("In winter, temperatures drop below zero", not "In spring, talks resume")."""
    span = _parsed_span(ctx, start, end)
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    return (
        root.tag_ in ("VBZ", "VBP")
        and root.lemma_ != "be"
        and not timetable_verb(root.lower_)
        and not any(c.dep_ == "aux" for c in root.children)
    )


def _season_at_hand(current: Period, dct: date) -> bool:
    """Whether the season ``current`` names (this year's) is under way at ``dct`` or the
    next of its name begins within four months."""
    if current.start <= dct <= current.bounds()[1]:
        return True
    ahead = current if current.start > dct else current.shift(1, "year")
    return (ahead.start - dct).days <= 120


_FOR_THE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def _winter_at_hand(month: int, tense: str | None) -> bool:
    """True when "this winter" said in ``month`` is the one that began last December: said
    in January to March ("heating bills have soared this winter"), or looking back in
    April and May ("it was the mildest on record this winter")."""
    return month <= 3 or (month <= 5 and tense == PAST)


@normaliser("yearend")
def _year_end(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = m.group("w").lower()
    if ctx.dct is None:
        return Reading("DATE", "XXXX", mod="END")
    if "month" in w:
        return date_reading(Period.of("month", ctx.dct), explicit=False, anchor="dct", mod="END")
    if w.startswith("the"):  # "the turn of the century": around the boundary closest to now
        step = {"century": 100, "decade": 10, "year": 1}[w.split()[-1]]
        year = (
            (ctx.dct.year + step // 2) // step * step
            if step > 1
            else ctx.dct.year + (ctx.dct.month > 6)
        )
        tense = ctx.tense()
        if tense == FUTURE and year <= ctx.dct.year:
            year += step
        elif tense in (PAST, REPORTED) and year > ctx.dct.year:
            year -= step  # ("the policy was announced at the turn of the year")
        gran = "day" if step == 1 else "year"
        return date_reading(
            Period(gran, date(year, 1, 1)), explicit=False, anchor="dct", mod="APPROX"
        )
    if w == "year-end":  # the closing date of the (fiscal) year
        # this year's, unless the tense looks back ("the change since year-end")
        year = ctx.dct.year - 1 if ctx.tense() == PAST else ctx.dct.year
        return date_reading(Period("day", date(year, 12, 31)), explicit=False, anchor="dct")
    return date_reading(Period.of("year", ctx.dct), explicit=False, anchor="dct", mod="END")
