"""Normalisers of durations ("three weeks", "the past two years") and sets
("every Monday", "annually", "twice a week")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from backstory.timex.anchor import FUTURE, FUTURE_IN_PAST, TIMETABLE
from backstory.timex.calendar import GRAN_OF_UNIT, Period, shift_date, unit_steps
from backstory.timex.holidays import holiday_days
from backstory.timex.lexicon import (
    NUMWORD,
    POD_CODES,
    SEASONS,
    in_unit_letters,
    month_number,
    number_value,
    unit_key,
    weekday_number,
)
from backstory.timex.reading import (
    Frame,
    Reading,
    normaliser,
)

# ---- durations -------------------------------------------------------------


def duration_value(n: float | None, letter: str, time_part: bool) -> str:
    """The TimeML duration for n units ("P3W", "PT48H", "PXY" when n is unknown)."""
    mult = {"E": 10, "C": 100, "L": 1000}.get(letter, 1)
    out_letter = "Y" if letter in ("E", "C", "L") else ("D" if letter == "WE" else letter)
    if letter == "WE":
        mult = 2
    if n is None:
        return f"PT{'X'}{out_letter}" if time_part else f"PX{out_letter}"
    n = n * mult
    if n != int(n) and out_letter == "S":
        return f"PT{round(n, 3):g}S"  # "9.79 seconds": a decimal fraction of the last unit
    if n != int(n):
        whole, frac = int(n), n - int(n)
        finer = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
                 "H": ("M", 60, True), "Q": ("M", 3, False)}.get(out_letter)  # fmt: skip
        if time_part:  # "M" is minutes here: a minute and a half is PT1M30S
            finer = {"H": ("M", 60, True), "M": ("S", 60, True)}.get(out_letter)
        if finer:
            f_letter, f_mult, f_time = finer
            part = round(frac * f_mult)
            head = f"{whole}{out_letter}" if whole else ""
            if time_part:
                return f"PT{head}{part}{f_letter}"
            if f_time:
                return f"P{head}T{part}{f_letter}"
            return f"P{head}{part}{f_letter}"
        n = round(n)
    return f"PT{int(n)}{out_letter}" if time_part else f"P{int(n)}{out_letter}"


# A rate after an amount ("$500 million a year", "700 seats a week", "$30 per hour",
# "24 hours a day") is part of a measure, not a temporal expression: TimeBank and
# AQUAINT leave 7 of the 9 such rates untagged. "twice a week" stays a SET.
_AMOUNT_BEFORE = re.compile(
    # (not a date's year before a comma: "on May 8, 1945, a week after")
    # ("6 kilograms of plutonium a year": three words between)
    r"(?:[\d%](?:\S*[^\s,;.:!?])?|\bcents?|\bpercent|\bdollars?)\s+(?:[a-z]\w*\s+){0,3}$",
    re.I,
)
# a count of time units before a rate's "a week" ("open 24 hours a day, seven days a
# week"): the units are the measure, the rate its denominator
_UNITS_BEFORE = re.compile(
    rf"\b(?:\d+(?:\.\d+)?|{NUMWORD})[\s-]+(?:hours?|days?|nights?|weeks?|months?)\s+$", re.I
)
_RATE_AFTER = re.compile(
    r"\s+(?:a|per)\s+(?:day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after)\b)(?!-)"
)
_RATE_AFTER_AGO = re.compile(r"\s+(?:ago|earlier|later|before|after)\b|-")
# a count spelt out before a rate's unit ("two shifts a day"; "three times a day" is a SET)
_COUNT_BEFORE = re.compile(rf"\b{NUMWORD}\s+(?:[a-z]\w*\s+){{1,2}}$", re.I)
_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\bcents?|\bpercent|\bdollars?|\btimes|\bonce|\btwice)\s*(?:\w+\s+){0,2}$", re.I
)


_AGE_AFTER = re.compile(r"\s+old\b")


def _article_before_plural_long(m: re.Match[str]) -> bool:
    """True for "a decades-long": the article belongs to the noun, not to the unit."""
    return (
        m.group("num").lower().strip() in ("a", "an")
        and bool(m.group("pl"))
        and (m.group("adj") or "").lower() == "-long"
    )


@normaliser("duration")
def _duration(m: re.Match[str], ctx: Frame) -> Reading | None:
    num = m.group("num")
    unit = m.group("u").lower()
    letter, time_part = unit_key(unit)
    n = in_unit_letters(number_value(num), unit)
    if _article_before_plural_long(m):
        return None  # "a decades-long feud": the units pattern reads "decades-long"
    if (m.group("adj") or "").lower() == "-old" or (
        letter in ("Y", "M", "W", "D") and _AGE_AFTER.match(ctx.text, m.end())
    ):
        return None  # ages ("a 6-year-old", "52 years old") are not temporal expressions in TimeML
    if m.group("half") and n is not None:
        n += 0.5
    if letter == "Y" and not m.group("pl") and re.fullmatch(r"1[89]\d\d|20\d\d", num):
        return None  # "1986 year net": the year 1986, not 1,986 years
    if (
        letter == "H"
        and re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", num)
        and ctx.text.endswith("at ", 0, m.start())
    ):
        return None  # "at 0530 hours": a clock time
    numl = num.lower().strip()
    if numl in ("a", "an") and unit in ("second", "sec") and not m.group("det"):
        return None  # "a second attack"
    if numl in ("a", "an") and not m.group("det") and not m.group("rel"):
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        if _AMOUNT_BEFORE.search(before):
            return None  # "$1.76 a year", "358,000 a month": part of a measure
        if _UNITS_BEFORE.search(before) and not _RATE_AFTER_AGO.match(ctx.text, m.end()):
            return None  # "open 24 hours a day, seven days a week"
        if _RATE_BEFORE.search(before):
            return Reading("SET", duration_value(1, letter, time_part), quant=None)
        if _COUNT_BEFORE.search(before) and not _RATE_AFTER_AGO.match(ctx.text, m.end()):
            return None  # "two shifts a day": part of a measure
    if (
        numl not in ("a", "an", "one")
        and m.group("pl")
        and not m.group("det")
        and letter in ("H", "D", "W", "M")
        and _RATE_AFTER.match(ctx.text, m.end())
    ):
        return None  # "open 24 hours a day", "works 40 hours a week": a measure of a rate
    if numl == "one" and unit == "day" and not m.group("det") and _someday(m, ctx):
        # "Islam will one day be", "the hope he one day follow": some day ahead
        r = Reading("DATE", "FUTURE_REF", None, vague=True, anchor="dct")
        if ctx.dct is not None:
            r.begin = ctx.dct.isoformat()
        return r
    if letter == "Q" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "three quarters of the vote"
    if numl in ("a", "an", "one") and letter == "Q" and not m.group("det"):
        return None
    if (
        m.group("pl") is None
        and n is not None
        and n > 1
        and not m.group("adj")
        and "-" not in m.group(0)
    ):
        # "five year" without plural: only as a compound ("a five year plan") -- still a duration
        pass
    if n is not None and n > 10000:
        return None
    value = duration_value(n, letter, time_part)
    opening = _opening_months(m, ctx, n, letter)
    if opening is not None:
        return opening
    ahead = _from_now(m, ctx, n, letter, time_part)
    if ahead is not None:
        # "will be held in two weeks": the date that far ahead (TimeML keeps the duration)
        return Reading("DATE", ahead.value, ahead, anchor="dct", timeml=("DURATION", value))
    return Reading("DURATION", value)


# "the first nine months of the year", "of 2024", "of last year" (not "of the war")
_OF_A_YEAR = re.compile(
    r"\s+of\s+(?:(?P<y>(?:19|20)\d\d)\b|(?P<rel>the|this|last|next)\s+year\b)(?!['’-])", re.I
)
# what else the opening months can be of: "the first six months after the surgery",
# "in office", "as chief executive", "of his presidency"
_OPENING_OF_SOMETHING = re.compile(
    r"[ \t]*(?:of|after|since|following|before|in\s+(?:office|power|charge|the\s+job|the\s+role)"
    r"|on\s+the\s+job|as|at|with|under|back)\b",
    re.I,
)
# a sentence of figures for a period: a company's or an economy's
_REPORTED_FIGURES = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|income|losses|output|exports|imports|gdp|growth"
    r"|shipments|deliveries|turnover|inflation|production|arrivals|orders|volumes?)\b|%"
    r"|\bper\s*cent\b|\bpercent\b",
    re.I,
)
_QUARTER_OR_HALF = {3: "Q1", 6: "H1"}


def _opening_months(m: re.Match[str], ctx: Frame, n: float | None, letter: str) -> Reading | None:
    """ "sales rose 4% in the first nine months" (said in November): January to September
    of the year, as a date (TimeML keeps the duration ``P9M``), else None. The year is
    the one named after "of", or else the latest whose months have all gone by (the
    next one for a plan: "expects growth in the first six months")."""
    rel = (m.group("rel") or "").lower()
    if (
        ctx.dct is None
        or letter != "M"
        or n is None
        or n not in range(2, 12)
        or rel not in ("first", "last", "final")
        or (m.group("det") or "").lower() != "the"
    ):
        return None
    of = _OF_A_YEAR.match(ctx.text, m.end())
    if rel != "first":
        return _closing_months(ctx, int(n), of)
    if of is None:
        sentence = ctx.text[max(0, m.start() - 120) : m.end() + 120]
        if _OPENING_OF_SOMETHING.match(ctx.text, m.end()) or not _REPORTED_FIGURES.search(sentence):
            return None
    months = int(n)
    dct = ctx.dct
    year = dct.year if dct.month > months else dct.year - 1
    if of is not None and of.group("y"):
        year = int(of.group("y"))
    elif of is not None and of.group("rel").lower() in ("this", "last", "next"):
        year = dct.year + {"this": 0, "last": -1, "next": 1}[of.group("rel").lower()]
    elif ctx.tense() in (FUTURE, TIMETABLE):
        year = dct.year if dct.month <= months else dct.year + 1
    end = date(year, months, 1)
    last = shift_date(end, 1, "month") - timedelta(days=1)
    code = _QUARTER_OR_HALF.get(months)
    gran = {3: "quarter", 6: "half"}.get(months, "year")
    r = Reading(
        "DATE",
        f"{year}-{code}" if code else str(year),
        Period(gran, date(year, 1, 1)),
        timeml=("DURATION", f"P{months}M"),
        fin_anchor=False,
    )
    r.begin, r.end = f"{year}-01-01", last.isoformat()
    return r


_CLOSING_CODE = {3: "Q4", 6: "H2"}


def _closing_months(ctx: Frame, months: int, of: re.Match[str] | None) -> Reading | None:
    """ "the final three months of 2025", "the last six months of last year": the closing
    months of the year named (``2025-Q4``, ``2025-H2``; TimeML keeps the duration), else
    None ("the last three months" alone are the months up to now)."""
    if ctx.dct is None or of is None:
        return None
    if of.group("y"):
        year = int(of.group("y"))
    elif of.group("rel").lower() in ("this", "last", "next"):
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[of.group("rel").lower()]
    else:
        return None  # ("the last three months of the year": which year is the story's)
    first = date(year, 13 - months, 1)
    code = _CLOSING_CODE.get(months)
    gran = {3: "quarter", 6: "half"}.get(months, "year")
    r = Reading(
        "DATE",
        f"{year}-{code}" if code else str(year),
        Period(gran, first if code else date(year, 1, 1)),
        timeml=("DURATION", f"P{months}M"),
        fin_anchor=False,
    )
    r.begin, r.end = first.isoformat(), f"{year}-12-31"
    return r


_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
# a record over a span: "the steepest drop in 80 years", "the first time in a decade"
_RECORD_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|a)\s+(?:steepest|biggest|largest|highest|lowest|sharpest|"
    r"fastest|slowest|strongest|weakest|worst|best|deepest|longest|shortest|heaviest|hottest|"
    r"coldest|wettest|driest|warmest|greatest|smallest|fewest|most\s+[a-z-]+|least\s+[a-z-]+|"
    r"first\s+time|only\s+time)\b(?:\s+[\w'’-]+){0,2}\s+in\s+$",
    re.I,
)
_SOMEDAY_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|i|you|it)\s+$", re.I
)
# a verb follows (not "one day of talks", "one day later", "one day in March")
_SOMEDAY_AFTER = re.compile(
    r"\s+(?!(?:of|after|before|later|earlier|in|on|at|and|or|to|ago|each|a|per|from|for|"
    r"with|into|off|the|this|that|last|next|only|early|ahead|behind)\b)[a-z]{2,}\b"
)


def _someday(m: re.Match[str], ctx: Frame) -> bool:
    """True when "one day" sits between a modal or subject and a verb: some day ahead."""
    return bool(
        _SOMEDAY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and _SOMEDAY_AFTER.match(ctx.text, m.end())
    )


_TIME_AFTER = re.compile(r"(?:['’]s?)?\s+time\b")
_FROM_NOW_LETTERS = ("D", "W", "M", "Y")  # days, weeks, months, years ahead; not hours


def _from_now(
    m: re.Match[str], ctx: Frame, n: float | None, letter: str, time_part: bool
) -> Period | None:
    """The period ``n`` units after the publication date that "in two weeks" (in a
    future) or "in 10 days' time" names, else None."""
    if ctx.dct is None or n is None or n != int(n) or time_part or letter not in _FROM_NOW_LETTERS:
        return None
    if not _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None
    if m.group("det") or m.group("rel"):
        return None  # "in the next three years": within that span, not three years on
    if _RECORD_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None  # "its steepest drop in 80 years": the span looked back over, no date
    if not (
        _TIME_AFTER.match(ctx.text, m.end()) or ctx.tense() in (FUTURE, TIMETABLE, FUTURE_IN_PAST)
    ):
        # ("will be held in two weeks", "flights resume in two weeks", "would end in two weeks")
        return None
    if re.match(r"\s+of\b", ctx.text[m.end() :]):
        return None  # "in two weeks of fighting"
    count, unit = unit_steps(letter, False, n) or (int(n), "day")
    return Period.of(GRAN_OF_UNIT[letter], shift_date(ctx.dct, count, unit))


@normaliser("duration_range")
def _duration_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    n1, n2 = number_value(m.group("n1")), number_value(m.group("n2"))
    if n1 is None or n2 is None or n2 <= n1:
        return None
    n1 = in_unit_letters(n1, m.group("u"))
    letter, time_part = unit_key(m.group("u"))
    return Reading("DURATION", duration_value(n1, letter, time_part), mod="EQUAL_OR_MORE")


# before bare "hours", "minutes": a span of them ("within hours", "waited for hours")
_SPAN_OF_HOURS = re.compile(r"\b(?:within|for|took|lasted|spent|waited)\s+$", re.I)
_BARE_UNITS_BEFORE = re.compile(
    r"\b(?:for|over|within|took|take|takes|taken|taking|lasted|lasting|last|lasts|spent|spend|spending|after|in|than|"
    r"about|nearly|almost|of|wait|waited)\s+$",
    re.I,
)


_OVER_THE_UNITS = re.compile(r"\b(?:over|throughout|through)\s+$", re.I)

# days covered by "recent/coming <units>"
_VAGUE_SPAN = {"D": 7, "W": 42, "M": 180, "Q": 270, "Y": 5 * 365, "E": 30 * 365, "H": 1, "S": 1}


_BEFORE_AN_EVENT = re.compile(
    r"\s+(?:after|before)\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|[a-z]+ing|(?-i:[A-Z][a-z]+)"
    # a bare noun of a happening ("minutes after takeoff", "hours before landfall")
    r"|takeoff|landfall|kickoff|kick-off|impact|midnight|dawn|dusk|sunrise|sunset|curfew|launch)\b"
)


_INTO_BEFORE = re.compile(r"\b(?:into|until|till|through)\s+$", re.I)


def _early_hours(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "Power was restored in the early hours": the start of the day the story is at (of
    the day after it when talks go on "into the early hours"; of the next day ahead in a
    future); ``XXXX-XX-XX`` when the story is at no particular day; None for "He worked
    into the early hours", of no day told of (some hours, read as a duration)."""
    ref = ctx.ref
    if ref is not None and ref.year_known and ref.gran not in ("day", "pod", "time"):
        return Reading("DATE", "XXXX-XX-XX", mod="START")
    base, anchor = ctx.narrative()
    into = _INTO_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    if into and anchor == "dct":
        return None  # "He worked into the early hours": some hours of no day told of
    if into or (anchor == "dct" and ctx.tense() in (FUTURE, TIMETABLE)):
        base += timedelta(days=1)
    if m.group("ofpod"):
        # "in the early hours of the morning": that day's morning before its light, as
        # "the early hours of Sunday morning" is
        p = Period("pod", base, pod="MO")
        r = Reading("TIME", p.value, p, mod="START", anchor=anchor)
        r.begin, r.end = f"{base.isoformat()}T00:00", f"{base.isoformat()}T05:59"
        return r
    p = Period.of("day", base)
    return Reading("DATE", p.value, p, mod="START", anchor=anchor)


@normaliser("units")
def _units(m: re.Match[str], ctx: Frame) -> Reading | None:
    vq = re.sub(r"\s+", " ", (m.group("vq") or "").lower())
    unit = m.group("u").lower()
    if vq == "early" and unit == "hours" and re.match(r"\s+of\s", ctx.text[m.end() : m.end() + 4]):
        return None  # "the early hours of Feb. 24": the start of that day
    if vq == "early" and unit == "hours" and m.group("det") and (early := _early_hours(m, ctx)):
        return early
    letter, time_part = unit_key(unit)
    dct = ctx.dct
    if vq == "recent":
        span = _VAGUE_SPAN.get(letter, 30)
        r = Reading("DATE", "PAST_REF", None, vague=True, anchor="dct")
        # TimeML annotates "in recent weeks" as a vague duration
        r.timeml = ("DURATION", duration_value(None, "M" if letter == "Q" else letter, time_part))
        if dct:
            r.begin, r.end = (dct - timedelta(days=span)).isoformat(), dct.isoformat()
        return r
    if vq == "coming" or (m.group("ahead") and m.group("det")):
        span = _VAGUE_SPAN.get(letter, 30)
        r = Reading("DATE", "FUTURE_REF", None, vague=True, anchor="dct")
        # like "in recent weeks", TimeML tags "in coming weeks" as a vague duration
        r.timeml = ("DURATION", duration_value(None, "M" if letter == "Q" else letter, time_part))
        if dct:
            r.begin, r.end = dct.isoformat(), (dct + timedelta(days=span)).isoformat()
        return r
    if m.group(0).lower().endswith("long"):  # "a day-long meeting", "decades-long", "weeklong"
        return Reading(
            "DURATION", duration_value(None if unit.endswith("s") else 1, letter, time_part)
        )
    if not vq:
        if m.group("det"):
            if _OVER_THE_UNITS.search(ctx.text, max(0, m.start() - 12), m.start()):
                return Reading(
                    "DURATION", duration_value(None, letter, time_part)
                )  # "over the years"
            return None
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if (letter == "H" or (letter == "M" and time_part)) and _BEFORE_AN_EVENT.match(
            ctx.text, m.end()
        ):
            # "hours after the crackdown began", "minutes after takeoff": a vague span (TBAQ dates "days after" by
            # the month of the story, and leaves "seconds before" untagged)
            return Reading("DURATION", duration_value(None, letter, time_part))
        if not _BARE_UNITS_BEFORE.search(before):
            return None
        if (letter in ("H", "S") or (letter == "M" and time_part)) and not _SPAN_OF_HOURS.search(
            before
        ):
            return None  # "after hours", "in hours" (of trading); "within hours" is a span
    return Reading("DURATION", duration_value(None, letter, time_part))


@normaliser("some_time")
def _some_time(m: re.Match[str], ctx: Frame) -> Reading | None:
    return Reading("DURATION", "PXX")


# ---- sets ------------------------------------------------------------------


_MEASURE_UNITS = ("second", "seconds", "minute", "minutes", "hour", "hours")
# a plural noun right before "per" (not an amount of money or a bare number)
_MEASURE_BEFORE = re.compile(r"\b[a-z]{3,}s\s+$")


@normaliser("set_every")
def _set_every(m: re.Match[str], ctx: Frame) -> Reading | None:
    if m.group("hol"):
        return _every_holiday(m.group("hol"))
    unit = m.group("u")
    q = m.group("q").lower()
    num = m.group("num")
    n = number_value(num) if num else 1
    if m.group("other") and not num:
        # "every other week", "every second Saturday", "every third year"
        n = {"second": 2, "third": 3, "fourth": 4}.get((m.group("nth") or "second").lower(), 2)
    quant = "EVERY" if q in ("every", "each") else None
    before = (max(0, m.start() - 30), m.start())
    if q == "per" and (
        (unit.lower() in _MEASURE_UNITS and _MEASURE_BEFORE.search(ctx.text, *before))
        or _AMOUNT_BEFORE.search(ctx.text, *before)
    ):
        return None  # "miles per hour", "$30 per hour": a unit of measure, a rate
    wd = weekday_number(unit)
    if wd is not None and unit[0].isupper():
        pod = m.group("pod")  # "every Friday night"
        part = f"T{POD_CODES[pod.lower()]}" if pod else ""
        return Reading("SET", f"XXXX-WXX-{wd + 1}{part}", quant=quant)
    mo = month_number(unit)
    if mo is not None and unit[0].isupper() and len(unit) > 3:
        return Reading("SET", f"XXXX-{mo:02d}", quant=quant)
    ul = unit.lower()
    if ul in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[ul]}", quant=quant)  # "every summer"
    if ul in POD_CODES:
        return Reading("SET", f"TXX-{POD_CODES[ul]}" if False else f"T{POD_CODES[ul]}", quant=quant)
    if ul == "weekday":
        return Reading("SET", "XXXX-WXX-WD", quant=quant)
    letter, time_part = unit_key(ul)
    if letter == "WE":
        return Reading("SET", "XXXX-WXX-WE", quant=quant)
    if num and n is None:
        return Reading(
            "SET", duration_value(None, letter, time_part), quant=quant
        )  # "every few years"
    return Reading("SET", duration_value(n or 1, letter, time_part), quant=quant)


def _every_holiday(name: str) -> Reading:
    """ "every Christmas": its day each year ("XXXX-12-25"; a movable one "XXXX-XX-XX")."""
    days = [holiday_days(name, year) for year in (2001, 2002)]
    if days[0] and days[1] and days[0][0].strftime("%m%d") == days[1][0].strftime("%m%d"):
        return Reading("SET", days[0][0].strftime("XXXX-%m-%d"), quant="EVERY")
    return Reading("SET", "XXXX-XX-XX", quant="EVERY")


@normaliser("set_freq")
def _set_freq(m: re.Match[str], ctx: Frame) -> Reading | None:
    f = m.group("f").lower()
    times = {"once": 1, "twice": 2, "thrice": 3}.get(f)
    if times is None:
        times = int(number_value(f.split()[0]) or 1)
    if m.group("adv"):  # "twice daily"
        from backstory.timex.lexicon import SETS

        return Reading("SET", SETS[m.group("adv").lower()], freq=f"{times}X")
    letter, time_part = unit_key(m.group("u"))
    return Reading("SET", duration_value(1, letter, time_part), freq=f"{times}X")


# "the People's Daily", "a Hong Kong daily, said", "the party daily Granma": a newspaper
_PAPER_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[A-Z][\w'’.-]*\s+){1,4}$|\bparty\s+$")


@normaliser("set_adverb")
def _set_adverb(m: re.Match[str], ctx: Frame) -> Reading | None:
    from backstory.timex.lexicon import SETS

    word = m.group("w")
    if word.lower() in ("daily", "weekly", "monthly"):
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        named = word[0].isupper() and ctx.text[line_start : m.start()].strip() != ""
        before = ctx.text[max(0, m.start() - 60) : m.start()]
        if named or re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]):
            return None  # a title ("People's Daily") or a paper named after it ("daily Granma")
        if _PAPER_BEFORE.search(before) and re.match(r"\s*[,;.)]", ctx.text[m.end() : m.end() + 2]):
            return None
    return Reading("SET", SETS[word.lower()], quant="EVERY")


@normaliser("set_weekdays")
def _set_weekdays(m: re.Match[str], ctx: Frame) -> Reading | None:
    if m.group("we"):
        code = "WE" if m.group("we").lower() == "weekends" else "WD"
        return Reading("SET", f"XXXX-WXX-{code}", quant="EVERY")
    if m.group("wd"):
        wd = weekday_number(m.group("wd")[:-1])
        pod = ""
    else:
        wd = weekday_number(m.group("wdp"))
        # the pair's part of day: "Monday and Tuesday nights" -> every Monday night
        pod = "T" + POD_CODES[(m.group("pod") or m.group("pod2")).lower()]
    if wd is None:
        return None
    return Reading("SET", f"XXXX-WXX-{wd + 1}{pod}", quant="EVERY")


@normaliser("fortnight_rel")
def _fortnight_rel(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "in the past fortnight", "over the next fortnight": two weeks back or ahead; "within
    the next hour": one hour."""
    return Reading("DURATION", "PT1H" if m.group("u").lower() == "hour" else "P2W")
