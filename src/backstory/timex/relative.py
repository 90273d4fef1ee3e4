"""Normalisers of expressions relative to the publication date or the narrative
time: "yesterday", "last week", "on Friday", "the next day", "two days ago"."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from backstory.timex.anchor import (
    DEADLINE,
    FUTURE,
    FUTURE_IN_PAST,
    NOMINAL,
    PAST,
    PRESENT,
    REPORTED,
    TIMETABLE,
    clause_verb_tense,
    tense_at,
)
from backstory.timex.calendar import (
    GRAN_OF_UNIT,
    UNKNOWN_YEAR,
    Period,
    month_end,
    shift_date,
    unit_steps,
)
from backstory.timex.dates import fin_context
from backstory.timex.durations import duration_value
from backstory.timex.lexicon import (
    EVENT_FAMILIES,
    MONTH,
    MONTH_FULL,
    ORDINALS,
    POD_CODES,
    WEEKDAY_FULL,
    in_unit_letters,
    number_value,
    unit_key,
    weekday_number,
)
from backstory.timex.reading import (
    PAST_PERFECT,
    Frame,
    Reading,
    normaliser,
    same_sentence,
)

# ---- deictic and anaphoric ----------------------------------------------


def _day_or_pod(d: date, pod: str | None, year_known: bool = True) -> tuple[str, Period]:
    if pod:
        p = Period("pod", d, year_known, pod=POD_CODES[pod.lower()])
        return "TIME", p
    return "DATE", Period("day", d, year_known)


@normaliser("deictic")
def _deictic(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = re.sub(r"\s+", " ", m.group("w").lower())
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]  # fmt: skip
    pod = m.group("pod") or ("night" if w == "tonight" else None)
    base = ctx.dct or date(UNKNOWN_YEAR, 1, 1)
    typ, p = _day_or_pod(base + timedelta(days=offset), pod, ctx.dct is not None)
    if w == "tonight":
        typ = "TIME"
    if ctx.dct is None:
        return Reading(typ, {"today": "PRESENT_REF"}.get(w, "XXXX-XX-XX"), None, anchor="dct")
    # ("the early hours of tomorrow": the start of that day, as "the early hours of Sunday")
    r = Reading(typ, p.value, p, anchor="dct", mod="START" if m.group("hours") else None)
    if m.group("hours") and (pod or "").lower() in ("morning", "night"):
        day = (base + timedelta(days=offset)).isoformat()
        r.begin, r.end = f"{day}T00:00", f"{day}T05:59"  # after midnight, before the morning
    return r


_UNIT_GRAN = {"week": "week", "weekend": "weekend", "month": "month", "year": "year", "decade": "decade",
              "century": "century", "fiscal year": "year", "day": "day", "quarter": "quarter"}  # fmt: skip
_BACK = ("last", "past", "previous", "preceding", "prior")
_FORWARD = ("next", "coming", "following")


def _weekend(ctx: Frame, base: date, det: str = "the") -> Period:
    this = Period.of("weekend", base)
    if base.weekday() >= 5:
        return this
    tense = ctx.tense()
    if tense in (FUTURE, TIMETABLE) or (det == "this" and tense in (None, PRESENT)):
        # ("rain and gales this weekend": with no past to tell of it, the one to come)
        return this
    if tense == DEADLINE:
        return this  # "the storm could reach Florida by the weekend": a deadline ahead
    to_saturday, since_sunday = 5 - base.weekday(), base.weekday() + 1
    if tense == FUTURE_IN_PAST and to_saturday < 2 * since_sunday:
        return this  # "would arrive over the weekend", read from Wednesday on: the one ahead
    return this.shift(-1)


# How far back (characters) "the month" / "the year" can echo a month or year just named.
_ECHO_REACH = 120


_SPAN_BEFORE = re.compile(r"\b(?:over|within|for|during|throughout)\s+$", re.I)


# "in the morning", "during the night", "early in the afternoon" (the prefix is outside)
_IN_THE = re.compile(r"\b(?:in|during|through|throughout)\s+$", re.I)
# "worked through the night", "throughout the day": the deed fills the span (no deadline)
_THROUGH_THE = re.compile(r"\b(?:during|through|throughout)\s+$", re.I)
# how far back (characters) a day named can set the day of "in the morning"
_DAY_REACH = 300


def _after_in(m: re.Match[str], ctx: Frame) -> bool:
    """True for "the morning" right after "in", "during" or "through"."""
    return bool(_IN_THE.search(ctx.text, max(0, m.start() - 12), m.start()))


def _day_just_named(m: re.Match[str], ctx: Frame) -> date | None:
    """The day a bare "in the morning" belongs to: the day the narrative just named (a
    few sentences back at most), in a past or future clause (a present one is a habit:
    "the market opens in the morning"); else None."""
    ref = ctx.ref
    if (
        ref is None
        or ref.gran
        not in ("day", "pod", "time")  # ("began on Sunday morning, ... in the afternoon")
        or not ref.year_known
        or not _after_in(m, ctx)
        or not 0 <= m.start() - ctx.ref_end <= _DAY_REACH
    ):
        return None
    tense = ctx.tense()
    if _THROUGH_THE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # (not the deadline "through Friday" is: the clause's own verb)
        tense = tense_at(ctx.text, m.start(), m.end(), ctx.doc)
    if tense == FUTURE and ctx.dct is not None and ref.start < ctx.dct:
        return None  # "will work through the night" after Sunday's attack: not that night
    return ref.start if tense in (PAST, FUTURE) else None


# "by the end of the decade", "at the start of the century": the one at hand
_BOUNDARY_OF = re.compile(r"\b(?:end|start|beginning|middle|close)\s+of\s+$", re.I)


def _same_a_year_before(unit: str, ctx: Frame) -> Reading:
    """ "Exports in October fell 4% from the same month last year": the unit the story is
    at (else the publication's), a year back (`2024-10`)."""
    if ctx.ref is not None and ctx.ref.year_known and ctx.ref.gran == unit:
        base, anchor = ctx.ref.start, "narrative"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "dct"
    else:
        return Reading("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX-XX"))
    if unit == "week":
        p = Period.of("week", base - timedelta(weeks=52))  # (a year's shift leaves the week)
    else:
        p = Period.of(unit, base).shift(-1, "year")
    return Reading("DATE", p.value, p, anchor=anchor)


@normaliser("relunit")
def _relunit(m: re.Match[str], ctx: Frame) -> Reading | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    if det == "that same":
        det = "the same"  # "that same day"
    # (a British "financial year" is a fiscal year)
    unit = re.sub(r"\s+", " ", m.group("u").lower()).replace("financial", "fiscal")
    words = det.split()
    core = words[-1]
    anaphoric = det in (
        "that",
        "the same",
        "the following",
        "the previous",
        "the preceding",
        "the prior",
    ) or (det == "the next" and unit in ("day", "morning", "evening", "night", "afternoon"))
    if (
        det == "the next"
        and unit in ("week", "month", "year")
        and ctx.ref is not None
        and ctx.ref_explicit
        and ctx.tense() == PAST
    ):
        anaphoric = True  # "filed in 2008 and dismissed the next year": 2009
    if m.group("yago"):
        return _same_a_year_before(unit, ctx)
    if unit in POD_CODES:
        if det == "the" and ctx.dry and _after_in(m, ctx):
            return Reading("TIME", "XXXX-XX-XXT" + POD_CODES[unit])  # placed in context later
        if det == "the" and (day := _day_just_named(m, ctx)) is not None:
            # "Shares fell on Friday. Dealers bought heavily in the morning": that day's
            p = Period("pod", day, True, pod=POD_CODES[unit])
            return Reading("TIME", p.value, p, anchor="narrative")
        if det == "the" or det in (
            "these",
            "the current",
            "the present",
            "the past",
            "current",
            "present",
        ):
            return None
        base, anchor = (
            ctx.narrative() if anaphoric else (ctx.dct or date(UNKNOWN_YEAR, 1, 1), "dct")
        )
        if (
            anaphoric
            and det != "that"
            and ctx.ref is not None
            and ctx.ref.gran in ("year", "half", "quarter", "decade", "century")
            and ctx.day_ref is not None
            and ctx.day_ref.year_known
        ):
            # "was fined on Thursday 6 March. ... began its inquiry in 2017. The company said
            # the previous evening ...": the evening before the last day the story named (a
            # year has no evening before it)
            base, anchor = ctx.day_ref.start, "narrative"
        elif anaphoric and _coarser(ctx.ref, "day"):
            # "That night", "the next morning" after "In March 2022": some night of that month
            assert ctx.ref is not None
            value = f"{_unspecified(ctx.ref, 'day')}T{POD_CODES[unit]}"
            r = Reading("TIME", value, None, vague=True, anchor=anchor)
            r.begin, r.end = ctx.ref.interval() or (None, None)
            return r
        if core in _BACK:
            base -= timedelta(days=1)
        elif core in _FORWARD:
            base += timedelta(days=1)
        p = Period("pod", base, ctx.dct is not None, pod=POD_CODES[unit])
        return Reading("TIME", p.value, p, anchor=anchor)
    through_the_day = (
        unit == "day"
        and det == "the"
        and _THROUGH_THE.search(ctx.text, max(0, m.start() - 12), m.start()) is not None
    )
    if through_the_day and ctx.dry:
        return Reading("DATE", "XXXX-XX-XX")  # placed in context later
    if through_the_day and (day := _day_just_named(m, ctx)) is not None:
        # "On Monday, protesters stayed in the square throughout the day": that day
        p = Period("day", day, True)
        return Reading("DATE", p.value, p, anchor="narrative")
    if unit == "day" and det in ("the past", "past", "this past"):
        return Reading(
            "DURATION", "P1D"
        )  # "during the past day": the last 24 hours, as "the past hour"
    if unit == "day" and det not in ("that", "the same", "the next", "the following", "the previous",
                                     "the preceding", "the prior", "this"):  # fmt: skip
        return None
    if det == "these":
        return None
    if (
        det == "the"
        and unit in ("decade", "century")
        and not _BOUNDARY_OF.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "the decade" alone is a span talked about, not the one at hand
    if (
        core == "past"
        or (core == "next" and _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()))
    ) and (unit in ("decade", "century")):
        # "over the past decade": the last ten years up to now, not the 1990s; "over the
        # next decade": the ten years ahead
        return Reading("DURATION", "P10Y" if unit == "decade" else "P100Y")
    if det == "the new" and ctx.dct is not None:
        # "in the new year": said late in a year, the coming one; else the one begun
        # (a plan looks to the coming one whenever it is said: "will sit again in the new year")
        ahead = ctx.dct.month >= 10 or ctx.tense() in (FUTURE, TIMETABLE)
        p = Period.of("year", ctx.dct).shift(1 if ahead else 0)
        return Reading("DATE", p.value, p, anchor="dct")
    if ctx.dct is None:
        return Reading(
            "DATE",
            "PRESENT_REF" if core in ("this", "current", "present") else "XXXX",
            anchor="dct",
        )
    gran = _UNIT_GRAN[unit]
    after = ctx.text[m.end() : m.end() + 24]
    if (
        gran in ("year", "quarter", "month", "week")
        and det in ("the", "the full", "the entire", "the whole")
        and (_PERIOD_ENDING.match(after))
    ):
        duration = {"year": "P1Y", "quarter": "P3M", "month": "P1M", "week": "P1W"}[gran]
        fiscal_end = ctx.fiscal_year_end if unit == "fiscal year" else None
        if (
            fiscal_end is not None
            and ctx.dct is not None
            and not after.lstrip().startswith("ended")
        ):
            # "the fiscal year that ends on 31 March": the current one, with its interval
            # (TimeML tags the phrase as the duration it lasts)
            r = _fiscal_year(ctx.dct, fiscal_end, "", "dct")
            r.timeml = ("DURATION", duration)
            return r
        return Reading("DURATION", duration)
    if (
        det == "the"
        and ctx.ref is not None
        and ctx.ref.gran == gran
        and ctx.ref.year_known
        and 0 <= ctx.span[0] - ctx.ref_end < _ECHO_REACH
        and not ctx.ref_target
    ):
        # "in March, a record for the month": the month just named (not a deadline's:
        # "cut jobs by 2028 ... before the end of the year" is this year's end)
        anaphoric = True
    if anaphoric:
        base, anchor = ctx.narrative()
    else:
        base, anchor = ctx.dct, "dct"
    fiscal_end = ctx.fiscal_year_end if unit == "fiscal year" else None
    if fiscal_end is not None:
        return _fiscal_year(base, fiscal_end, core, anchor)
    if gran == "weekend":
        p = _weekend(ctx, base, det)
        if core in _BACK and det not in ("the past",):
            p = Period.of("weekend", base).shift(-1)
        elif core in _FORWARD:
            # "next weekend" said from Friday on is the one after the weekend at hand
            p = (
                Period.of("weekend", base).shift(1)
                if base.weekday() >= 4
                else Period.of("weekend", base)
            )
        return Reading("DATE", p.value, p, anchor=anchor)
    if anaphoric and (core in ("that", "same") or gran == "day") and _coarser(ctx.ref, gran):
        # "that day" after "in 1987", "the following day" after "in January": some day
        # of that year (month), not 1 January (2 January)
        assert ctx.ref is not None
        r = Reading("DATE", _unspecified(ctx.ref, gran), None, vague=True, anchor=anchor)
        r.begin, r.end = ctx.ref.interval() or (None, None)
        return r
    if gran == "week" and det in ("the past", "the last") and anchor == "dct":
        # "arrests in the past week": the seven days up to now, not the calendar week before
        # (named by the week holding most of them)
        p = Period.of(gran, base - timedelta(days=3))
        r = Reading("DATE", p.value, p, anchor=anchor)
        r.begin, r.end = (base - timedelta(days=6)).isoformat(), base.isoformat()
        return r
    p = Period.of(gran, base)
    if det == "the" and gran == "year" and anchor == "dct" and _months_not_yet_gone(m, ctx):
        p = p.shift(-1)  # "the first 11 months of the year" told in February: last year's
    elif (
        det == "the"
        and gran == "year"
        and anchor == "dct"
        and base.month == 1
        and _YEAR_CLOSED.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        p = p.shift(-1)  # "the index closed the year at 4,800" told in January: last year's
    if (
        det in ("the full", "the whole", "the entire")
        and gran == "year"
        and anchor == "dct"
        and base.month <= 4
        and ctx.tense() in (PAST, REPORTED)
    ):
        p = p.shift(-1)  # "losses for the full year were $2 billion" told in March: last year's
    elif (
        det in ("the full", "the whole", "the entire")
        and gran == "year"
        and anchor == "dct"
        and _last_years_fourth_quarter(ctx, base)
        and ctx.tense() not in (FUTURE, TIMETABLE, FUTURE_IN_PAST)
        and not _FORECAST_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
    ):
        p = p.shift(-1)  # "a loss for the fourth quarter and the full year": the year it ends
    if core in _BACK:
        p = p.shift(-1)
    elif core in _FORWARD:
        p = p.shift(1)
    return Reading("DATE", p.value, p, anchor=anchor)


# a market's year told as done: "closed the year", "ended the year up 12%"
_YEAR_CLOSED = re.compile(r"\b(?:closed|ended|finished|rounded\s+off|wrapped\s+up)\s+$", re.I)

_FORECAST_NOUNS = ("forecast", "forecasts", "guidance", "outlook", "target", "targets",
                   "estimate", "estimates")  # fmt: skip


@normaliser("full_year")
def _full_year(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "full-year revenue": the year reported on - last year's in a past report early in the
    year or after last year's fourth quarter, and results due early in the year; a forecast's
    is the year under way."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX")
    p = Period.of("year", ctx.dct)
    forecast = m.group("noun").lower() in _FORECAST_NOUNS or _FORECAST_BEFORE.search(
        ctx.text, max(0, m.start() - 80), m.start()
    )
    tense, noun = ctx.tense(), m.group("noun").lower()
    if noun in ("results", "figures", "earnings") and ctx.dct.month <= 4:
        p = p.shift(-1)  # "will publish full-year results on Feb. 20": the year just ended
    elif (
        not forecast
        and tense not in (FUTURE, TIMETABLE, FUTURE_IN_PAST)
        and (
            _last_years_fourth_quarter(ctx, ctx.dct)
            or (ctx.dct.month <= 4 and tense in (PAST, REPORTED))
        )
    ):
        p = p.shift(-1)
    return Reading("DATE", p.value, p, anchor="dct")


def _last_years_fourth_quarter(ctx: Frame, base: date) -> bool:
    """True when the report is about last year's fourth quarter, named just before."""
    fin = ctx.fin_ref
    return (
        fin is not None
        and 0 <= ctx.span[0] - ctx.fin_end < _FULL_YEAR_REACH
        and fin.gran == "quarter"
        and fin.start == date(base.year - 1, 10, 1)
    )


_FULL_YEAR_REACH = 600
# a forecast's year is the one under way ("expects a profit for the full year")
_FORECAST_BEFORE = re.compile(
    r"\b(?:expect|forecast|see|sees|seeing|project|predict|guid|target|outlook|aim)[a-z]*\b[^.;]*$",
    re.I,
)
_FIRST_MONTHS_OF = re.compile(r"\bfirst\s+([\w-]+)\s+months\s+of\s+$", re.I)


def _months_not_yet_gone(m: re.Match[str], ctx: Frame) -> bool:
    """True for "the first N months of the year" in a past clause when fewer than N months of
    the publication year have passed: the year gone by."""
    first = _FIRST_MONTHS_OF.search(ctx.text, max(0, m.start() - 40), m.start())
    if first is None or ctx.dct is None:
        return False
    n = number_value(first.group(1))
    return (
        n is not None
        and ctx.dct.month <= n
        and clause_verb_tense(ctx.text, first.start()) in (PAST, REPORTED)
    )


def _fiscal_year(base: date, fiscal_end: tuple[int, int], core: str, anchor: str) -> Reading:
    """The fiscal year holding ``base`` (or the one before or after), for a text that says
    when its fiscal year ends; valued by the year it ends in ("FY2026" ends on 31 March 2026)."""
    month, day = fiscal_end
    end_year = base.year if (base.month, base.day) <= (month, day) else base.year + 1
    end_year += -1 if core in _BACK else 1 if core in _FORWARD else 0
    # the stated day, or the month's last when it has fewer days ("30 February")
    last = min(date(end_year, month, 1) + timedelta(days=day - 1), month_end(end_year, month))
    first = shift_date(last, -12, "month") + timedelta(days=1)
    r = Reading("DATE", str(end_year), Period("year", date(end_year, 1, 1)), anchor=anchor)
    r.begin, r.end = first.isoformat(), last.isoformat()
    return r


_FINENESS = {"century": 0, "decade": 1, "year": 2, "half": 3, "season": 3, "quarter": 3, "month": 4,
             "week": 5, "weekend": 6, "day": 7, "pod": 8, "time": 9}  # fmt: skip


def _coarser(ref: Period | None, gran: str) -> bool:
    return ref is not None and _FINENESS.get(ref.gran, 9) < _FINENESS.get(gran, 9)


def _unspecified(ref: Period, gran: str) -> str:
    """The value of a unit of ``gran`` somewhere inside ``ref`` ("1987-XX-XX", "1987-10-XX")."""
    year = ref.value[:4]
    if gran in ("week", "weekend"):
        return f"{year}-WXX"
    if gran == "month":
        return f"{year}-XX"
    month = f"{ref.start.month:02d}" if ref.gran == "month" else "XX"
    return f"{year}-{month}-XX"


@normaliser("unit_rel")
def _unit_rel(m: re.Match[str], ctx: Frame) -> Reading | None:
    unit = m.group("u").lower()
    step = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    base, anchor = ctx.narrative()
    gran = "day" if unit in POD_CODES else unit
    if anchor == "narrative" and _coarser(ctx.ref, gran) and gran in _UNKNOWN_VALUE:
        # "agreed in July 2025 ... the closing price the day before": a day counted from
        # a month is some day the text does not date, not the month's eve
        pod = POD_CODES.get(unit)
        value = _UNKNOWN_VALUE["pod" if pod else gran].format(pod=pod)
        return Reading("TIME" if pod else "DATE", value)
    if unit in POD_CODES:  # "the night before", "the evening before", "the morning after"
        p = Period("pod", base + timedelta(days=step), pod=POD_CODES[unit])
        return Reading("TIME", p.value, p, anchor=anchor)
    p = Period.of(unit, base).shift(step)
    return Reading("DATE", p.value, p, anchor=anchor)


@normaliser("earlier_rel")
def _earlier_rel(m: re.Match[str], ctx: Frame) -> Reading | None:
    mod = "START" if m.group("w").lower() == "earlier" else "END"
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("u").lower()
    if rel in ("that", "the same") or (
        # "arrived on 2 March. Earlier in the day, ...": the day told of
        rel == "in the" and unit == "day" and ctx.ref is not None and ctx.ref.gran == "day"
    ):
        base, anchor = ctx.narrative()
    else:
        base, anchor = ctx.dct or date(UNKNOWN_YEAR, 1, 1), "dct"
    if unit in POD_CODES:
        p = Period("pod", base, pod=POD_CODES[unit])
        return Reading("TIME", p.value, p, mod=mod, anchor=anchor)
    p = Period.of(unit, base)
    if rel == "last":
        p = p.shift(-1)
    elif rel == "next":
        p = p.shift(1)
    r = Reading("DATE", p.value, p, mod=mod, anchor=anchor)
    if rel == "this" and ctx.dct is not None:
        # "earlier this month" is the part of the month gone by, "later this month" the
        # part still ahead (not its first or last third)
        first, last = p.bounds()
        today = ctx.dct
        if mod == "START" and first < today:
            r.begin, r.end = first.isoformat(), (today - timedelta(days=1)).isoformat()
        elif mod == "END" and today < last:
            r.begin, r.end = (today + timedelta(days=1)).isoformat(), last.isoformat()
    return r


# "until" inside a clause (not "Until Thursday, they had..." nor "not until"), then
# at most a clock time before the weekday
_UNTIL = re.compile(
    r"(?<!not )(?<![Uu]p )\b(?:until|till)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|noon|midnight|midday|"
    r"[A-Z]{3}|at)\s+){0,4}(?:on\s+)?$"
)


# "return to the table by Wednesday": a deadline ahead, unless what was done by then
# is told in the past perfect ("had filed reports by Wednesday")
_BY = re.compile(r"\bby\s+$")
# ... but "killed by Tuesday's earthquake", "rattled by Friday's jobs report": a passive's
# agent, a day's event, not a deadline (the sentence's tense places it)
_AGENT_BY = re.compile(
    r"\b(?:[a-z]+(?:ed|en)|hit|struck|caught|led|brought|made|hurt|cut|split|spread)\s+by\s+$"
)
_DUE_PASSIVE = re.compile(r"\b(?:must|will|should|shall|'ll|to)\s+be\s+[a-z]+\s+by\s+$")
_POSSESSIVE = re.compile(r"\s*['’]s\b")
# "the border stayed closed until Friday": a past state that lasted up to the day, not
# a deadline set ahead ("postponed until Tuesday")
_PAST_STATE = re.compile(
    r"\b(?:stayed|remained|lasted|continued|persisted)\b[^.;:]{0,40}\b(?:until|till)\s+(?:\S+\s+){0,3}$",
    re.I,
)


# "asked to respond by Friday": a deadline set, whatever the tense of the asking
# ("grew to more than 12,000 hectares by Thursday": "to" before an amount or a noun
# phrase is a preposition, no infinitive)
_INFINITIVE_BEFORE = re.compile(
    r"\bto\s+(?!(?:more|less|fewer|about|around|nearly|almost|over|under|some|roughly|"
    r"approximately|at|a|an|the|its|their|his|her|our|record)\b)[a-z]+(?:\s+\S+){0,3}\s+by\s+$"
)


# "demanded a response by Friday", "set a deadline of noon by Friday": a deadline asked for
_ASKED_FOR = re.compile(
    r"\b(?:demand|ask|request|order|urge|call|give|gave|set|promise|pledge|vow|want|seek|sought|"
    r"need|require|expect|insist|deadline)[a-z]*\b(?:\s+\S+){0,4}\s+by\s+$",
    re.I,
)


def _done_by(ctx: Frame, start: int) -> bool:
    """True when what was done by the day is told in the simple past ("the fire destroyed
    1,000 homes by Wednesday evening"): a day gone by, not a deadline ahead."""
    if _INFINITIVE_BEFORE.search(ctx.text, max(0, start - 50), start) or _ASKED_FOR.search(
        ctx.text, max(0, start - 60), start
    ):
        return False
    return clause_verb_tense(ctx.text, start) == PAST


# "on a Sunday", "a Friday in June", not "a Sunday night memorial service" (the article is the noun's)
_ANY_WEEKDAY = re.compile(r"(?<![\w'’-])(?:(?P<on>on\s+)?(?-i:a)|any)\s+$")


_LATE_UTC = 21  # hours: a DCT this late (UTC) is already the next day east of Europe's west


# the start of a span of weekdays just before: "Monday through Friday", "Friday to Sunday"
_DAYS_SPAN_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*$", re.I)


def _weekday_before(m: re.Match[str], ctx: Frame, join: re.Pattern[str]) -> date | None:
    """The day of the weekday named just before ``m``, joined to it by ``join`` ("Monday
    through Friday", "late Thursday or early Friday"), when the text dated it."""
    ref = ctx.day_ref
    if ref is None or ref.gran != "day" or not ref.year_known or ctx.ref_end < 0:
        return None
    joined = join.search(ctx.text, max(0, m.start() - 10), m.start())
    if joined is None or joined.start() != ctx.ref_end:
        return None
    if not _ANY_DAY_NAME.search(ctx.text, max(0, ctx.ref_end - 10), ctx.ref_end):
        return None
    return ref.start


_ANY_DAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")

# opening hours: "The museum is open Monday to Saturday", "shops open from Monday through
# Friday": a span of weekdays after "open" in a present is each week's, not one week's
_OPEN_VERB = (
    r"\b(?:(?:is|are|remains?|stays?)\s+open|opens|(?<!\bwill\s)(?<!\bto\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?<!\bwas\s)(?<!\bwere\s)open(?!\s+(?:on\s+)?a\b))"
    r"(?:[ \t][^.;:!?\n\d]{0,30}?)?\s+(?:(?:from|between)\s+)?"
)
_OPEN_DAYS_FIRST = re.compile(_OPEN_VERB + r"$", re.I)
_OPEN_DAYS_LAST = re.compile(
    _OPEN_VERB + "(?-i:" + WEEKDAY_FULL + r")\s*(?:to|through|thru|until|till|-|–)\s*$", re.I
)
_DAYS_SPAN_AFTER = re.compile(
    r"\s*(?:to|through|thru|until|till|-|–)\s*(?-i:" + WEEKDAY_FULL + r")\b"
    r"(?!\s+(?:of\s+)?(?:last|this|next)\s+week)",  # ("open Monday to Friday next week")
    re.I,
)


def _open_days(m: re.Match[str], ctx: Frame) -> bool:
    """True for either end of a span of weekdays a place is open on ("is open Monday to
    Saturday")."""
    before = ctx.text[max(0, m.start() - 80) : m.start()]
    if _DAYS_SPAN_AFTER.match(ctx.text, m.end()) and _OPEN_DAYS_FIRST.search(before):
        return True
    return _OPEN_DAYS_LAST.search(before) is not None


# the first of two weekdays offered: "late Thursday or early Friday" (a list joined by
# "and" may run backwards: "statements were issued on Friday and Thursday")
_DAYS_PAIR_JOIN = re.compile(r"\s*,?\s*or\s*$", re.I)


# a first plan since changed: "originally scheduled for Sunday" (the closest Sunday)
_FIRST_PLANNED = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:\w+\s+){1,2}(?:for|on)\s+$", re.I
)


@normaliser("weekday")
def _weekday(m: re.Match[str], ctx: Frame) -> Reading | None:
    wd = weekday_number(m.group("wd"))
    if wd is None:
        return None
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    # ("the early hours of the morning on Saturday" is "the early hours of Saturday morning")
    pod = m.group("pod") or m.group("hpod")
    rel = rel.removesuffix(" on")  # "late on Monday" is "late Monday"
    if rel in ("earlier", "later"):
        # "Earlier on Thursday, the minister met ...": the day itself, before (after) what
        # the story tells of it, not its start or end
        rel = ""
    mod = "START" if m.group("hours") else {"early": "START", "late": "END"}.get(rel)
    anaphoric = rel in ("the previous", "the following", "the next", "that")
    if not rel and not pod and not m.group("wrel") and not m.group("hours") and _open_days(m, ctx):
        return Reading("SET", f"XXXX-WXX-{wd + 1}", quant="EVERY")
    if ctx.dct is None or (
        not rel
        and not m.group("hours")
        and not m.group("wrel")
        and (some := _ANY_WEEKDAY.search(ctx.text, max(0, m.start() - 8), m.start()))
        and (some.group("on") is not None or not NOMINAL.match(ctx.text, m.end()))
    ):
        # "the anniversary falls on a Sunday": some Sunday, no week of its own
        part = f"T{POD_CODES[pod.lower()]}" if pod else ""
        return Reading("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}{part}", mod=mod)
        return Reading("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}", mod=mod)
    base, anchor = ctx.narrative() if anaphoric else (ctx.dct, "dct")
    if m.group("wrel"):  # "Thursday last week": that weekday of the named week
        week_start = ctx.dct - timedelta(days=ctx.dct.weekday())
        shift = {"this": 0, "last": -1, "next": 1}[m.group("wrel").lower()]
        typ, p = _day_or_pod(week_start + timedelta(days=7 * shift + wd), pod)
        return Reading(typ, p.value, p, mod=mod, anchor="dct")
    if not rel and (first := _weekday_before(m, ctx, _DAYS_SPAN_JOIN)) is not None:
        # "Monday through Friday": the end of a span of days is the first one after its start
        typ, p = _day_or_pod(first + timedelta(days=(wd - first.weekday()) % 7 or 7), pod)
        return Reading(typ, p.value, p, mod=mod, anchor="narrative")
    back = (base.weekday() - wd) % 7
    ahead = (wd - base.weekday()) % 7
    if m.group("wk") or m.group("aweek"):
        # British "Friday week", "a week on Friday": a week after the coming Friday ("three
        # weeks on Friday": three)
        weeks = number_value((m.group("aweek") or "a").split()[0]) or 1
        typ, p = _day_or_pod(base + timedelta(days=(ahead or 7) + 7 * int(weeks)), pod)
        return Reading(typ, p.value, p, mod=mod, anchor=anchor)
    if rel in ("last", "this past", "the previous"):
        d = base - timedelta(days=back or 7)
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        d = base + timedelta(days=ahead or 7)
    elif (
        rel == "that"
        and anchor == "narrative"
        and ctx.ref is not None
        and ctx.ref.gran in ("day", "pod", "time")
    ):
        # "sank on 2 February. That Friday, ...": the Friday of that day's week
        d = base + timedelta(days=wd - base.weekday())
    elif rel == "this":
        d = base + timedelta(days=ahead)
        if back and back <= base.weekday() and ctx.tense() in (PAST, REPORTED):
            d = base - timedelta(days=back)  # "spoke this Monday" said on a Thursday: this week's
    elif (
        _UNTIL.search(ctx.text, max(0, m.start() - 40), m.start())
        and not _PAST_STATE.search(ctx.text, max(0, m.start() - 60), m.start())
    ) or (
        _BY.search(ctx.text, max(0, m.start() - 40), m.start())
        and not PAST_PERFECT.search(ctx.text, max(0, m.start() - 80), m.start())
        and not _done_by(ctx, m.start())
        and not (
            _POSSESSIVE.match(ctx.text, m.end())
            and _AGENT_BY.search(ctx.text, max(0, m.start() - 40), m.start())
            and not _DUE_PASSIVE.search(ctx.text, max(0, m.start() - 40), m.start())
        )
    ):
        # "postponed until Tuesday", "given them until 9 a.m. Tuesday": a deadline
        # still ahead, whatever the tense of the verb that set it
        d = base + timedelta(days=ahead)
    else:
        tense = ctx.tense()
        # (a future seen from a past report: ahead unless the day gone by is less than
        # half as far back, see anchor.FUTURE_IN_PAST)
        ahead_ok = (
            tense in (FUTURE, TIMETABLE)
            or (tense == FUTURE_IN_PAST and ahead < 2 * back)
            # "The game, originally scheduled for Sunday, was moved": the closest
            or (
                tense == PRESENT
                and 0 < ahead < back
                and _FIRST_PLANNED.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
            )
        )
        if (
            tense == REPORTED
            and ahead == 1
            and not rel
            and anchor == "dct"
            and ctx.dct_time is not None
            and ctx.dct_time.hour >= _LATE_UTC
        ):
            # "officials said Saturday" in a story stamped late on Friday (UTC): it is
            # already Saturday where it was filed, not a statement six days old
            ahead_ok = True
        d = base + timedelta(days=ahead) if ahead_ok else base - timedelta(days=back)
        told = ctx.day_ref
        if (
            ahead_ok
            and tense in (FUTURE, TIMETABLE)
            and not rel
            and anchor == "dct"
            and told is not None
            and told.gran == "day"
            and told.year_known
            and d < told.start < d + timedelta(days=7)
            and told.start > base
            and same_sentence(ctx.text, ctx.ref_end, m.start())
        ):
            # "Polls open Monday and close on Saturday" (read on a Wednesday): the days of one
            # timetable told in turn, the Saturday after that Monday
            d += timedelta(days=7)
    if (
        rel in ("", "early", "late")
        and (first := _weekday_before(m, ctx, _DAYS_PAIR_JOIN)) is not None
        and d < first
    ):
        # "landfall late Thursday or early Friday" (read on a Friday morning): two days offered
        # as alternatives in turn, the second is not before the first
        d = first + timedelta(days=(wd - first.weekday()) % 7 or 7)
    typ, p = _day_or_pod(d, pod)
    r = Reading(typ, p.value, p, mod=mod, anchor=anchor)
    if m.group("hours") and (pod or "").lower() in ("morning", "night"):
        # "the early hours of Sunday morning": after midnight, before the morning proper
        r.begin, r.end = f"{d.isoformat()}T00:00", f"{d.isoformat()}T05:59"
    return r


# "the year ended/ending ...", "the year to date", "the year to October", "the week to
# Sunday", "the month to 31 March": a span of that length
_PERIOD_ENDING = re.compile(
    r"\s+(?:(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+date)\b"
    # ("the year to the end of September", "the year to end-June")
    r"|to\s+(?:the\s+(?:end|close)\s+of|end-)"
    # ("the year through March", US style)
    r"|(?:to|through)\s+(?:\d{1,2}\s+)?(?:" + MONTH + "|" + WEEKDAY_FULL + r")\b)"
)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)


def _counted_from_that(m: re.Match[str]) -> bool:
    """ "a year after that", "a decade before that"."""
    return m.group("dir").lower().endswith(" that")


_IS_TODAY = re.compile(r"(?:\btoday\s+is|\bit\s+is|\bit['’]s)\s+$", re.I)
_NTH_REACH = 300  # characters from the day the count starts on
_APPOSED = re.compile(r"\s*,\s*(?:on\s+)?")  # "Thursday, on | the second day"
_OF_A_PERIOD = re.compile(
    rf"\s+of\s+(?:(?:the|this|that|next|last)\s+(?:week|month|year|quarter)\b|{MONTH_FULL}|\d{{4}}\b)"
)


@normaliser("nth_day")
def _nth_day(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the second day" of something that began on a day just named; "It's the eighth day"
    of something: today. Otherwise not a date we can place."""
    n = ORDINALS[m.group("ord").lower()]
    if _IS_TODAY.search(ctx.text, max(0, m.start() - 12), m.start()) and ctx.dct is not None:
        p = Period("day", ctx.dct)
        return Reading("DATE", p.value, p, anchor="dct")
    ref = ctx.ref
    if ctx.dry:
        return Reading("DATE", "XXXX-XX-XX")
    near = ref is not None and ref.year_known and 0 <= ctx.span[0] - ctx.ref_end < _NTH_REACH
    apposed = near and _APPOSED.fullmatch(ctx.text, ctx.ref_end, ctx.span[0]) is not None
    if ref is None or not near or ref.gran != "day":
        if _OF_A_PERIOD.match(ctx.text, m.end()):
            return None  # "the first day of the month": a day of a period, not of an event
        # "on its second day" of something that began we are not told when: some day,
        # of the month or year just named if there is one ("his first day in office")
        if near and ref is not None and _coarser(ref, "day"):
            r = Reading("DATE", _unspecified(ref, "day"), None, vague=True, anchor="narrative")
            r.begin, r.end = ref.interval() or (None, None)
            return r
        return Reading("DATE", "XXXX-XX-XX")
    if apposed:
        # "on Thursday, on the second day of a state visit": that same day, named again
        p = Period("day", ref.start)
        return Reading("DATE", p.value, p, anchor="narrative")
    p = Period("day", ref.start + timedelta(days=n - 1))
    return Reading("DATE", p.value, p, anchor="narrative")


# after "the day after": a date ("the day after March 3", "the day after Tuesday's vote")
# is a day counted from that date (``day_offset``), not from an event
_DATE_NEXT = re.compile(
    r"(?:the\s+|this\s+|that\s+)?(?:\d|(?-i:[A-Z][a-z]+)['’]s\b(?<=(?:day|DAY)['’]s)|"
    rf"{MONTH_FULL}|(?:end|start|beginning|middle|close|turn|first|last|next|same|previous|"
    r"following|new|current|weekend|holiday|holidays)\b)",
    re.I,
)
_UNIT_EVENT_GRAN = {"day": "day", "night": "pod", "morning": "pod", "evening": "pod",
                    "afternoon": "pod", "week": "week", "weekend": "weekend", "month": "month",
                    "year": "year"}  # fmt: skip
_UNKNOWN_VALUE = {"day": "XXXX-XX-XX", "pod": "XXXX-XX-XXT{pod}", "week": "XXXX-WXX",
                  "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}  # fmt: skip
# words that end the noun phrase of the event ("the rally | in Kyiv", "the vote | was")
_NP_STOP = frozenset(
    (
        "in", "on", "at", "of", "for", "by", "with", "to", "from", "over", "into", "against",
        "near", "during", "and", "or", "but", "that", "which", "who", "when", "where", "while",
        "as", "is", "are", "was", "were", "has", "had", "have", "will", "would", "said", "says"
    )
)  # fmt: skip
_EVENT_REACH = 5000  # characters back to look for the event's dated mention


@normaliser("unit_event")
def _unit_event(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the day after the rally", "the night before the vote": a unit counted from an event.

    Its date is the day named in apposition ("Oct. 12, the day before the crash" is
    Oct. 12), or counted from the date the event was given where the text told of it
    before ("rallied on Saturday ... the day after the rally": Sunday); otherwise a day
    the text does not date (XXXX-XX-XX), never a guess."""
    if _DATE_NEXT.match(ctx.text, m.end()):
        return None
    unit = m.group("u").lower()
    gran = _UNIT_EVENT_GRAN[unit]
    step = -1 if m.group("dir").lower() == "before" else 1
    pod = POD_CODES.get(unit)
    typ = "TIME" if pod else "DATE"
    unknown = Reading(typ, _UNKNOWN_VALUE[gran].format(pod=pod))
    if ctx.dry or ctx.dct is None:
        return unknown
    ref = ctx.ref
    if (
        ref is not None
        and ref.year_known
        and _APPOSED.fullmatch(ctx.text, ctx.ref_end, ctx.span[0])
        and (ref.gran == gran or (gran == "pod" and ref.gran == "day"))
    ):
        p = Period("pod", ref.start, pod=pod) if pod else ref
        return Reading(typ, p.value, p, anchor="narrative")
    # (a day's night or morning is counted from a day)
    event = _event_date(ctx, m.end(), _FINENESS["day" if pod else gran])
    if event is None:
        return unknown
    if pod:
        p = Period("pod", event.start + timedelta(days=step), pod=pod)
    else:
        p = Period.of(gran, event.start).shift(step)
    return Reading(typ, p.value, p, anchor="narrative")


# days a vague "the <units> before/after" reaches from its happening (as "in recent weeks")
_AROUND_SPAN = {"hours": 1, "days": 7, "weeks": 42, "months": 180, "years": 5 * 365}


@normaliser("units_event")
def _units_event(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the weeks before the vote", "the days after the attack": a vague span next to a
    happening. Where the text dated the happening to a day before, the span counted from
    it (a DATE valued by the month or year that holds it all); otherwise a vague DURATION
    (``PXW``): how far the span reaches is not told, and its place is not guessed."""
    unit = m.group("u").lower()
    letter, time_part = unit_key(unit)
    vague = Reading("DURATION", duration_value(None, letter, time_part))
    if ctx.dry or ctx.dct is None:
        return vague
    rest = ctx.text[m.end() : m.end() + 30]
    direction = re.match(r"\s+(\w+)\s+(?:of\s+|up\s+to\s+)?", rest)
    if direction is None:
        return vague
    event = _event_date(ctx, m.end() + direction.end(), _FINENESS["day"])
    if event is None or not event.year_known:
        return vague
    day, span = event.start, timedelta(days=_AROUND_SPAN[unit])
    # (hours reach into the happening's own day)
    near = timedelta(days=0 if unit == "hours" else 1)
    if direction.group(1).lower() in ("before", "preceding", "ahead", "leading", "running"):
        first, last = day - span, day - near
    else:
        first, last = day + near, day + span
    gran = "month" if (first.year, first.month) == (last.year, last.month) else "year"
    if gran == "year" and first.year != last.year:
        return vague
    p = Period.of(gran, first)
    r = Reading("DATE", p.value, p, vague=True, anchor="narrative")
    r.begin, r.end = first.isoformat(), last.isoformat()
    return r


def _event_date(ctx: Frame, np_start: int, fineness: int) -> Period | None:
    """The date of the event named at ``np_start`` ("the rally in Kyiv"), from the last
    sentence that told of it before (a word of the same stem: "rallied", "the rally")
    with a date in it at least as fine as ``fineness`` (a year in the sentence is some
    other thing's: "Hurricane Hazel in 1954 ... the earthquake's aftermath")."""
    phrase = re.split(r"[,.;:!?()\"“”]", ctx.text[np_start : np_start + 60])[0]
    words = re.findall(r"[A-Za-z][\w-]*(?:['’]s)?", phrase)[1:5]
    head = None
    for i, word in enumerate(words):
        if word.lower() in _NP_STOP or (i > 0 and word.endswith("ed")):
            break
        if not word.endswith(("'s", "’s")):
            head = word.lower()
    if head is None or len(head) < 3:
        return None
    stems = {head[: max(4, min(len(head) - 2, 6))]}
    for family in EVENT_FAMILIES:
        if any(head.startswith(word) for word in family):
            stems.update(family)
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems))
    mention = re.compile(rf"\b(?:(?:{alternatives})[a-z]*|[a-z]+{re.escape(head)})\b", re.I)
    lo = max(0, ctx.span[0] - _EVENT_REACH)
    found = list(mention.finditer(ctx.text, lo, ctx.span[0]))
    window = [d for d in ctx.dated if d[1] >= lo - 150]  # (time linear in the text's length)
    for hit in reversed(found):
        near = [
            (abs(s - hit.start()), p)
            for s, e, p in window
            if _FINENESS.get(p.gran, 9) >= fineness
            and same_sentence(ctx.text, min(e, hit.start()), max(s, hit.end()))
        ]
        if near:
            return min(near, key=lambda x: x[0])[1]
    return None


def _figure_before_singular(m: re.Match[str], n: float | None) -> bool:
    """True for a figure in digits other than 1 before a singular unit ("232,000 year
    ago"), which English never says of a span: no count of that unit."""
    if n is None or n == 1 or not m.group("num") or not m.group("u") or m.group("half"):
        return False
    if not m.group("num")[0].isdigit() or "-" in m.string[m.end("num") : m.start("u")]:
        return False  # "a 10-year low"
    return m.string[m.end("u") : m.end("u") + 1].lower() != "s"


@normaliser("ago")
def _ago(m: re.Match[str], ctx: Frame) -> Reading | None:
    if _counted_from_that(m) and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "blocked for a decade before that": a duration
    unit_word = m.group("u") or m.group("bare")  # "days later": a vague count
    n = number_value(m.group("num")) if m.group("num") else None
    if _figure_before_singular(m, n):
        return None  # "losses of 4.9 mln vs 232,000 year ago": an amount, then "(a) year ago"
    if n is not None and m.group("half"):
        n += 0.5  # "a year and a half ago"
    n = in_unit_letters(n, unit_word)
    letter, time_part = unit_key(unit_word)
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "back", "before", "before that") else 1
    if direction in ("ago", "back", "from now", "hence"):
        base, anchor = ctx.dct or date(UNKNOWN_YEAR, 1, 1), "dct"
    else:
        base, anchor = ctx.narrative()
        if (
            letter == "D"
            and ctx.ref is not None
            and ctx.ref.gran not in ("day", "pod", "time")
            and ctx.day_ref is not None
            and abs((ctx.day_ref.start - ctx.ref.start).days) <= 120
        ):
            # "the department said yesterday the deficit was 13.65 billion in February,
            # down from the figure it reported two days earlier": days are counted from
            # the last day named, not from a month
            base = ctx.day_ref.start
    # TimeML tags "three days later" as the duration "three days" with "later" as
    # a signal; "two days ago" and "a year earlier" stay dates
    timeml = (
        ("DURATION", duration_value(n, letter, time_part))
        if direction in ("later", "after that", "before that", "on")
        else None
    )
    if (
        direction in ("later", "on")
        and anchor == "dct"
        and n is not None
        and ctx.tense() not in (FUTURE, TIMETABLE, FUTURE_IN_PAST)
    ):
        # "the war ended six years later", "Ten years on, the city has recovered" with no
        # date told before: the span after some event, no date counted from publication
        return Reading("DURATION", duration_value(n, letter, time_part))
    if n is None:  # "several years ago", "a few days later", "weeks later"
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        r = Reading("DATE", value, None, vague=True, anchor=anchor, timeml=timeml)
        if base.year != UNKNOWN_YEAR:
            if time_part:  # "hours later": the same day or the next
                near, far = base, base + timedelta(days=sign)
            else:  # a few units either way of the reference day: one unit to ten of them
                count, step = unit_steps(letter, False, 1) or (1, "day")
                near = shift_date(base, sign * count, step)
                far = shift_date(base, sign * 10 * count, step)
            r.begin, r.end = min(near, far).isoformat(), max(near, far).isoformat()
        return r
    if ctx.dct is None and anchor == "dct":
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", vague=True, anchor=anchor)
    ref = ctx.ref
    if (
        time_part
        and anchor == "narrative"
        and ref is not None
        and ref.gran == "time"
        and ref.hour is not None
        and letter in ("H", "M")
        and same_sentence(ctx.text, ctx.ref_end, m.start())
    ):
        # "took off at 11:05 a.m. and crashed 20 minutes later": 11:25 that day
        moved_at = datetime.combine(ref.start, time(ref.hour, ref.minute or 0)) + sign * timedelta(
            **{"hours" if letter == "H" else "minutes": n}
        )
        p = Period("time", moved_at.date(), hour=moved_at.hour, minute=moved_at.minute)
        return Reading("TIME", p.value, p, anchor=anchor, timeml=timeml)
    steps = unit_steps(letter, time_part, n)
    if steps is None and letter == "H" and n >= 24 and n % 24 == 0:
        # "crashed on Friday 6 March. Twenty-four hours later, ...": whole days on
        p = Period("day", base + timedelta(days=sign * int(n) // 24))
        return Reading("DATE", p.value, p, anchor=anchor, timeml=timeml)
    if steps is None:
        p = Period("day", base)
        return Reading("DATE", p.value, p, anchor=anchor, timeml=timeml)
    count, unit = steps
    if unit == "year" and sign < 0 and count >= base.year:
        return None  # "232,000 years ago": before the calendar's first year
    fin = fin_context(ctx)
    if fin is not None and letter == "Y" and n == 1 and direction in ("ago", "earlier"):
        # financial reports compare with the same quarter a year before
        return Reading(
            "DATE", (p := fin.shift(-1, "year")).value, p, anchor="narrative", fin_anchor=False
        )
    if (
        letter == "Y"
        and unit == "year"
        and direction in ("ago", "earlier")
        and ctx.ref is not None
        and ctx.ref.gran == "month"
        and ctx.ref.year_known
        and same_sentence(ctx.text, ctx.ref_end, m.start())
    ):
        # "inflation slowed in September from a year earlier": the same month a year before
        p = Period("month", shift_date(ctx.ref.start, -count, "year"))
        return Reading("DATE", p.value, p, anchor="narrative", timeml=timeml)
    moved = shift_date(base, sign * count, unit)
    gran = "month" if letter == "Y" and unit == "month" else GRAN_OF_UNIT[letter]
    if letter == "W" and anchor == "narrative" and ctx.ref is not None and ctx.ref.gran == "day":
        gran = "day"  # "signed on 2 February. Three weeks later, ...": 23 February, a day
    p = Period.of(gran, moved)
    return Reading("DATE", p.value, p, anchor=anchor, timeml=timeml)


_SINCE_NEXT = re.compile(r"\s+since\b")


@normaliser("week_today")
def _week_today(m: re.Match[str], ctx: Frame) -> Reading | None:
    """British "a week today", "a fortnight tomorrow" (ahead), "a week yesterday" (back):
    a week or two on from the day named, or back from it in a past."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX-XX-XX")
    day = {"today": 0, "tomorrow": 1, "yesterday": -1}[m.group("d").lower()]
    span = 7 if m.group("u").lower() == "week" else 14
    back = day < 0 or (
        day == 0
        # ("it is a week today since the flood struck")
        and (ctx.tense() in (PAST, REPORTED) or _SINCE_NEXT.match(ctx.text, m.end()))
    )
    p = Period("day", ctx.dct + timedelta(days=day + (-span if back else span)))
    return Reading("DATE", p.value, p, anchor="dct")


@normaliser("time_year_off")
def _time_year_off(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "this time last year", "this time next year": the same day a year back (on)."""
    if ctx.dct is None:
        return Reading("DATE", "PAST_REF" if m.group("rel").lower() == "last" else "FUTURE_REF")
    p = Period("day", shift_date(ctx.dct, -1 if m.group("rel").lower() == "last" else 1, "year"))
    return Reading("DATE", p.value, p, anchor="dct")


@normaliser("unit_two_off")
def _unit_two_off(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "the week before last", "the month after next": two units from the publication's."""
    if ctx.dct is None:
        return None
    unit = m.group("u").lower()
    step = -2 if m.group("dir").lower().startswith("before") else 2
    p = Period.of(unit, ctx.dct).shift(step)
    return Reading("DATE", p.value, p, anchor="dct")


@normaliser("mid_unit")
def _mid_unit(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "midweek", "by mid-month", "midyear": the middle of the publication's week (month,
    year), or of the next one when a plan is told once it is past, or of the last one
    when a past is told before it."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX", mod="MID")
    p = Period.of(m.group("u").lower(), ctx.dct)
    first, last = p.bounds()
    third = ((last - first).days + 1) // 3  # (the middle third, as mod MID narrows it)
    tense = ctx.tense()
    if tense in (FUTURE, TIMETABLE) and ctx.dct > last - timedelta(days=third):
        p = p.shift(1)
    elif tense in (PAST, REPORTED) and ctx.dct < first + timedelta(days=third):
        p = p.shift(-1)
    return Reading("DATE", p.value, p, mod="MID", anchor="dct")
