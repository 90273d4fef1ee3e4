"""Normalisers: from a matched expression to its TimeML type, value and interval.

One function per pattern kind (``NORMALISERS[kind]``), each taking the
regex match and the ``Frame`` (publication date, narrative reference time,
tense lookup) and returning a ``Reading`` or None when the match turns out
not to be a temporal expression after all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from backstory.timex.anchor import FUTURE, PAST, PRESENT, pick_year, tense_at
from backstory.timex.calendar import UNKNOWN_YEAR, Period, shift_date
from backstory.timex.lexicon import (
    ORDINALS,
    SEASONS,
    UNITS,
    month_number,
    number_value,
    weekday_number,
)


@dataclass
class Reading:
    """What a temporal expression means."""

    type: str
    value: str
    period: Period | None = None
    mod: str | None = None
    vague: bool = False
    anchor: str | None = None  # "dct", "narrative" or None (absolute)
    begin: str | None = None  # overrides of the period's interval
    end: str | None = None
    quant: str | None = None
    freq: str | None = None
    explicit_year: bool = False


@dataclass
class Frame:
    """What normalisation of one text knows: DCT, narrative time, tense lookup."""

    text: str
    dct: date | None
    dct_time: datetime | None = None
    doc: Any = None
    ref: Period | None = None  # narrative reference time: the last date mentioned
    ref_explicit: bool = False
    ref_end: int = -1
    fin_ref: Period | None = None  # the last fiscal quarter mentioned
    day_first: bool = True
    _tenses: dict[tuple[int, int], str | None] = field(default_factory=dict)
    span: tuple[int, int] = (0, 0)
    dry: bool = False  # an acceptance check: no tense lookup

    def tense(self) -> str | None:
        if self.dry:
            return None
        key = self.span
        if key not in self._tenses:
            self._tenses[key] = tense_at(self.text, key[0], key[1], self.doc)
        return self._tenses[key]

    def anchor_date(self) -> date:
        """The date a yearless expression is placed against (DCT, or a distant narrative year)."""
        distant = (
            self.ref is not None
            and self.dct is not None
            and abs((self.ref.start - self.dct).days) > 200
        )
        if distant and self.ref_explicit and self.ref is not None:
            return self.ref.start
        return self.dct or date(UNKNOWN_YEAR, 1, 1)

    def narrative(self) -> tuple[date, str]:
        """The narrative reference date and its anchor label (falls back to the DCT)."""
        if self.ref is not None and self.ref.year_known:
            return self.ref.start, "narrative"
        return (self.dct or date(UNKNOWN_YEAR, 1, 1)), "dct"


Normaliser = Callable[[re.Match[str], Frame], Reading | None]
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(*kinds: str) -> Callable[[Normaliser], Normaliser]:
    def register(fn: Normaliser) -> Normaliser:
        for kind in kinds:
            NORMALISERS[kind] = fn
        return fn

    return register


def _g(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _date_reading(
    p: Period, *, explicit: bool, anchor: str | None = None, mod: str | None = None
) -> Reading:
    return Reading("DATE", p.value, p, mod=mod, anchor=anchor, explicit_year=explicit)


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip()
    if t.isdigit():
        return int(t)
    return _year_words(t)


_UNITS_WORDS = {w: n for w, n in (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9))}  # fmt: skip


def _year_words(text: str) -> int | None:
    """1997 for "nineteen ninety-seven", 2000 for "two thousand"."""
    words = re.split(r"[\s-]+", text.lower())
    words = [w for w in words if w not in ("and", "hundred", "the", "year")]
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest or 0)
    head = number_value(words[0])
    tail = number_value("-".join(words[1:])) if words[1:] else None
    if head is None or tail is None:
        return None
    return int(head) * 100 + int(tail)


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
    anchor = ctx.anchor_date()
    tense = ctx.tense() if anchor == ctx.dct else None  # against a distant narrative date: closest
    if wd is not None:  # the weekday says which year
        fits = [
            p
            for yy in (anchor.year, anchor.year - 1, anchor.year + 1)
            if (p := make(yy)) and p.start.weekday() == wd
        ]
        if fits:
            return fits[0], False
    p = pick_year(make, anchor, tense)
    return (p, False) if p else None


@normaliser("date_dm", "date_md", "date_words")
def _calendar_date(m: re.Match[str], ctx: Frame) -> Reading | None:
    month = month_number(m.group("m"))
    dw = _g(m, "dw")
    day = ORDINALS.get(dw.lower()) if dw else _day_number(m.group("d"))
    if not month or not day:
        return None
    wd = weekday_number(m.group("wd")) if m.group("wd") else None
    found = _day_period(ctx, _year_of(m.group("y")), month, day, wd)
    if found is None:
        return None
    p, explicit = found
    return _date_reading(p, explicit=explicit, anchor=None if explicit else "dct")


def _day_number(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


@normaliser("range_dm", "range_md")
def _day_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    month = month_number(m.group("m"))
    d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    if not month or not d1 or not d2 or d2 <= d1:
        return None
    found = _day_period(ctx, _year_of(m.group("y")), month, d1, None)
    if found is None:
        return None
    p, explicit = found
    try:
        last = p.start.replace(day=d2)
    except ValueError:
        return None
    r = _date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
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
    return _date_reading(Period("day", d), explicit=True)


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
    return _date_reading(Period("day", chosen), explicit=True)


@normaliser("month_year")
def _month_year(m: re.Match[str], ctx: Frame) -> Reading | None:
    month, y = month_number(m.group("m")), _year_of(m.group("y"))
    if not month or y is None or not 1000 <= y <= 2999:
        return None
    return _date_reading(Period("month", date(y, month, 1)), explicit=True)


_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|through|throughout|of|from|to|before|after|last|this|next|early|late|mid|"
    r"between|and|or|for|on|until|around|about|as\s+of|end|beginning|start|middle|late-|early-)[\s-]*)$",
    re.I,
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
        if not _PREP_BEFORE.search(before):
            return None
    if ctx.dct is None:
        p = Period("month", date(UNKNOWN_YEAR, month, 1), year_known=False)
        return _date_reading(p, explicit=False)
    dct = ctx.dct
    if rel2:
        y = dct.year + {"this": 0, "last": -1, "next": 1}[rel2]
        return _date_reading(Period("month", date(y, month, 1)), explicit=False, anchor="dct")

    def make(y: int) -> Period:
        return Period("month", date(y, month, 1))

    key = " ".join(rel)
    if key in ("last", "past", "previous", "this past"):
        y = dct.year if month < dct.month else dct.year - 1
        p = make(y)
    elif key in ("next", "coming", "this coming", "following"):
        y = dct.year if month > dct.month else dct.year + 1
        p = make(y)
    elif key in ("this", "current"):
        p = make(dct.year)
    else:
        p = pick_year(make, ctx.anchor_date(), ctx.tense()) or make(dct.year)
    return _date_reading(p, explicit=False, anchor="dct")


_NUMERIC_CONTEXT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|million|billion|thousand|tons?|tonnes|people|shares|barrels|"
    r"feet|foot|meters?|metres|miles|kilometers|km|kg|pounds|dollars|yen|euros|points?|units|cars|"
    r"acres|square|troops|soldiers|jobs|votes|marks|francs|lire|rupees|workers|employees|members|"
    r"\)|x\s*\d|-\s*\d{3})",
    re.I,
)
_NUMERIC_CONTEXT_BEFORE = re.compile(
    r"(?:[$€£¥#]|No\.\s*|number\s+|Nos?\.\s|\d[,.]|\d\s|[+-])$", re.I
)


@normaliser("year")
def _year(m: re.Match[str], ctx: Frame) -> Reading | None:
    y = int(m.group("y"))
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    after = ctx.text[m.end() : m.end() + 16]
    if _NUMERIC_CONTEXT_BEFORE.search(before) or _NUMERIC_CONTEXT_AFTER.match(after):
        return None
    if not m.group("fy") and not 1600 <= y <= 2100:
        return None
    if re.match(r"\s*[:.,]\d", after) or re.match(r"[-/]\d", after):
        return None
    return _date_reading(Period("year", date(y, 1, 1)), explicit=True)


@normaliser("year_words")
def _year_in_words(m: re.Match[str], ctx: Frame) -> Reading | None:
    y = _year_words(m.group("yw"))
    if y is None or not 1100 <= y <= 2100:
        return None
    return _date_reading(Period("year", date(y, 1, 1)), explicit=True)


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
    p = Period("year", date(y1, 1, 1))
    r = _date_reading(p, explicit=True)
    r.begin, r.end = f"{y1:04d}-01-01", f"{y2:04d}-12-31"
    return r


_EML = {"early": "START", "mid": "MID", "late": "END"}


@normaliser("decade", "decade_words")
def _decade(m: re.Match[str], ctx: Frame) -> Reading | None:
    text = m.group(0).lower()
    dec = _g(m, "dec")
    if dec:
        digits = dec.strip("'’")
        if len(digits) == 2:
            if not (text.startswith("the") or dec[0] in "'’"):
                return None
            century = (ctx.dct.year // 100 * 100) if ctx.dct else 1900
            y = century + int(digits)
            if ctx.dct and y > ctx.dct.year:
                y -= 100
        else:
            y = int(digits)
    else:
        words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
        if not text.startswith("the"):
            return None
        y = 1900 + words[m.group("dw").lower()]
    p = Period("decade", date(y, 1, 1))
    return _date_reading(p, explicit=True, mod=_EML.get((m.group("dm") or "").lower()))


@normaliser("century")
def _century(m: re.Match[str], ctx: Frame) -> Reading | None:
    word = m.group("n").lower()
    n = ORDINALS.get(word) or _day_number(word)
    if not n or n > 21:
        return None
    p = Period("century", date(max((n - 1) * 100, 1), 1, 1))
    return _date_reading(p, explicit=True, mod=_EML.get((m.group("dm") or "").lower()))


_Q_ORD = {
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
    if ctx.fin_ref is not None:
        return ctx.fin_ref
    if ctx.dct is None:
        return None
    return Period.of("quarter", ctx.dct).shift(-1)


@normaliser("quarter")
def _quarter(m: re.Match[str], ctx: Frame) -> Reading | None:
    pre = (m.group("pre") or "").lower()
    det = (m.group("det") or "").lower()
    words = re.findall(r"[a-z0-9']+(?:-[a-z]+)?", pre)
    qn = next((_Q_ORD[w] for w in words if w in _Q_ORD), None)
    ytext = m.group("y")
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
        p = Period("quarter", date(year, (qn - 1) * 3 + 1, 1))
    else:
        base = _default_fin_ref(ctx)
        assert base is not None
        if "current" in words or det == "this":
            base = Period.of("quarter", ctx.dct) if ctx.dct else base
        elif det == "last" or "previous" in words or "preceding" in words:
            base = Period.of("quarter", ctx.dct).shift(-1) if ctx.dct else base
        elif det == "next":
            base = Period.of("quarter", ctx.dct).shift(1) if ctx.dct else base
        p = base
        if year is not None:
            p = Period("quarter", date(year, p.start.month, 1))
    if back:
        p = p.shift(-1, "year")
    r = _date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
    return r


@normaliser("quarter_code")
def _quarter_code(m: re.Match[str], ctx: Frame) -> Reading | None:
    qn = int(m.group("qn"))
    ytext = m.group("y")
    if ytext:
        y = int(ytext) if len(ytext) == 4 else 2000 + int(ytext)
    elif ctx.dct:
        y = ctx.dct.year
    else:
        return Reading("DATE", f"XXXX-Q{qn}")
    return _date_reading(Period("quarter", date(y, (qn - 1) * 3 + 1, 1)), explicit=bool(ytext))


@normaliser("half")
def _half(m: re.Match[str], ctx: Frame) -> Reading | None:
    half = 1 if m.group("ord").lower() in ("first", "1st") else 2
    pre = (m.group("pre") or "").lower()
    year: int | None = None
    if m.group("y") or m.group("fy"):
        year = int(m.group("y") or m.group("fy"))
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
    elif not (m.group("hy") or pre):
        return None  # "the second half" of a match, a book, ...
    if year is None:
        if ctx.dct is None:
            return Reading("DATE", f"XXXX-H{half}")
        year = ctx.dct.year
        if half == 2 and ctx.dct.month <= 6 and ctx.tense() == PAST:
            year -= 1
    return _date_reading(
        Period("half", date(year, 1 if half == 1 else 7, 1)), explicit=bool(m.group("y"))
    )


_SEASON_OK_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|through|over|throughout|this|last|next|from|for|of)\s+$",
    re.I,
)


@normaliser("season")
def _season(m: re.Match[str], ctx: Frame) -> Reading | None:
    code = SEASONS[m.group("s").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    y = _year_of(m.group("y"))
    before = ctx.text[max(0, m.start() - 15) : m.start()]
    after = ctx.text[m.end() : m.end() + 6]
    if y is None and rel in ("", "the", "that", "early", "late", "mid"):
        if not _SEASON_OK_BEFORE.search(before):
            return None
        if code in ("FA", "SP") and rel in ("", "the") and not re.match(r"\s*[,.;]", after):
            return None
        if re.match(r"\s+(?:of|in)\b", after):
            return None
    mod = _EML.get(rel)

    def make(year: int) -> Period:
        return Period(
            "season", date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1), season=code
        )

    if y is not None:
        return _date_reading(make(y), explicit=True, mod=mod)
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{code}", mod=mod)
    dct = ctx.dct
    current = Period.of("season", dct, season=code)
    if rel in ("last", "past", "this past"):
        p = current if current.bounds()[1] < dct else current.shift(-1, "year")
    elif rel in ("next", "coming", "this coming"):
        p = current if current.start > dct else current.shift(1, "year")
    elif rel == "this":
        p = make(dct.year)
    else:
        p = pick_year(make, dct, ctx.tense()) or make(dct.year)
    return _date_reading(p, explicit=False, anchor="dct", mod=mod)


@normaliser("yearend")
def _year_end(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = m.group("w").lower()
    if ctx.dct is None:
        return Reading("DATE", "XXXX", mod="END")
    if "month" in w:
        return _date_reading(Period.of("month", ctx.dct), explicit=False, anchor="dct", mod="END")
    if "century" in w:
        return _date_reading(Period.of("century", ctx.dct), explicit=False, anchor="dct", mod="END")
    if "decade" in w:
        return _date_reading(Period.of("decade", ctx.dct), explicit=False, anchor="dct", mod="END")
    return _date_reading(Period.of("year", ctx.dct), explicit=False, anchor="dct", mod="END")


# ---- deictic and anaphoric ----------------------------------------------

_POD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def _day_or_pod(d: date, pod: str | None, year_known: bool = True) -> tuple[str, Period]:
    if pod:
        p = Period("pod", d, year_known, pod=_POD_CODES[pod.lower()])
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
    return Reading(typ, p.value, p, anchor="dct")


_UNIT_GRAN = {"week": "week", "weekend": "weekend", "month": "month", "year": "year", "decade": "decade",
              "century": "century", "fiscal year": "year", "day": "day", "quarter": "quarter"}  # fmt: skip
_BACK = ("last", "past", "previous", "preceding", "prior")
_FORWARD = ("next", "coming", "following")


def _weekend(ctx: Frame, base: date) -> Period:
    this = Period.of("weekend", base)
    if base.weekday() >= 5:
        return this
    if ctx.tense() == FUTURE:
        return this
    return this.shift(-1)


@normaliser("relunit")
def _relunit(m: re.Match[str], ctx: Frame) -> Reading | None:
    det = re.sub(r"\s+", " ", m.group("det").lower())
    unit = re.sub(r"\s+", " ", m.group("u").lower())
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
    if unit in _POD_CODES:
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
        if core in _BACK:
            base -= timedelta(days=1)
        elif core in _FORWARD:
            base += timedelta(days=1)
        p = Period("pod", base, ctx.dct is not None, pod=_POD_CODES[unit])
        return Reading("TIME", p.value, p, anchor=anchor)
    if unit == "day" and det not in ("that", "the same", "the next", "the following", "the previous",
                                     "the preceding", "the prior", "this"):  # fmt: skip
        return None
    if det == "these":
        return None
    if det == "the" and unit in ("decade", "century"):
        return None
    if ctx.dct is None:
        return Reading(
            "DATE",
            "PRESENT_REF" if core in ("this", "current", "present") else "XXXX",
            anchor="dct",
        )
    gran = _UNIT_GRAN[unit]
    if anaphoric:
        base, anchor = ctx.narrative()
    else:
        base, anchor = ctx.dct, "dct"
    if gran == "weekend":
        p = _weekend(ctx, base)
        if core in _BACK and det not in ("the past",):
            p = Period.of("weekend", base).shift(-1)
        elif core in _FORWARD:
            p = (
                Period.of("weekend", base).shift(1)
                if base.weekday() >= 5
                else Period.of("weekend", base)
            )
        return Reading("DATE", p.value, p, anchor=anchor)
    p = Period.of(gran, base)
    if core in _BACK:
        p = p.shift(-1)
    elif core in _FORWARD:
        p = p.shift(1)
    return Reading("DATE", p.value, p, anchor=anchor)


@normaliser("unit_rel")
def _unit_rel(m: re.Match[str], ctx: Frame) -> Reading | None:
    unit = m.group("u").lower()
    step = -1 if m.group("dir").lower() in ("before", "earlier") else 1
    base, anchor = ctx.narrative()
    if unit in ("night", "morning"):
        p = Period("pod", base + timedelta(days=step), pod=_POD_CODES[unit])
        return Reading("TIME", p.value, p, anchor=anchor)
    p = Period.of(unit, base).shift(step)
    return Reading("DATE", p.value, p, anchor=anchor)


@normaliser("earlier_rel")
def _earlier_rel(m: re.Match[str], ctx: Frame) -> Reading | None:
    mod = "START" if m.group("w").lower() == "earlier" else "END"
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("u").lower()
    if rel in ("that", "the same"):
        base, anchor = ctx.narrative()
    else:
        base, anchor = ctx.dct or date(UNKNOWN_YEAR, 1, 1), "dct"
    if unit in _POD_CODES:
        p = Period("pod", base, pod=_POD_CODES[unit])
        return Reading("TIME", p.value, p, mod=mod, anchor=anchor)
    p = Period.of(unit, base)
    if rel == "last":
        p = p.shift(-1)
    elif rel == "next":
        p = p.shift(1)
    return Reading("DATE", p.value, p, mod=mod, anchor=anchor)


@normaliser("weekday")
def _weekday(m: re.Match[str], ctx: Frame) -> Reading | None:
    wd = weekday_number(m.group("wd"))
    if wd is None:
        return None
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    pod = m.group("pod")
    mod = {"early": "START", "late": "END"}.get(rel)
    anaphoric = rel in ("the previous", "the following", "the next", "that")
    if ctx.dct is None:
        return Reading("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}", mod=mod)
    base, anchor = ctx.narrative() if anaphoric else (ctx.dct, "dct")
    back = (base.weekday() - wd) % 7
    ahead = (wd - base.weekday()) % 7
    if rel in ("last", "this past", "the previous"):
        d = base - timedelta(days=back or 7)
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        d = base + timedelta(days=ahead or 7)
    elif rel == "this":
        d = base + timedelta(days=ahead)
    else:
        tense = ctx.tense()
        d = base + timedelta(days=ahead) if tense == FUTURE else base - timedelta(days=back)
    typ, p = _day_or_pod(d, pod)
    return Reading(typ, p.value, p, mod=mod, anchor=anchor)


_GRAN_OF_UNIT = {"S": "day", "M": "month", "H": "day", "D": "day", "W": "week", "WE": "weekend",
                 "Q": "quarter", "Y": "year", "E": "year", "C": "year", "L": "year"}  # fmt: skip


def _unit_key(word: str) -> tuple[str, bool]:
    w = word.lower().rstrip("s")
    if w == "centurie":
        w = "century"
    if w == "millennia":
        w = "millennium"
    return UNITS.get(w, ("D", False))


def _unit_steps(letter: str, time_part: bool, n: float) -> tuple[int, str] | None:
    """How to move a date by n units: (count, calendar unit)."""
    if time_part:
        return None
    table = {"D": (1, "day"), "W": (1, "week"), "WE": (1, "week"), "M": (1, "month"), "Q": (1, "quarter"),
             "Y": (1, "year"), "E": (10, "year"), "C": (100, "year"), "L": (1000, "year")}  # fmt: skip
    mult, unit = table[letter]
    if letter == "W" and n != int(n):
        return round(n * 7), "day"
    if letter == "Y" and n != int(n):
        return round(n * 12), "month"
    return round(n * mult), unit


@normaliser("ago")
def _ago(m: re.Match[str], ctx: Frame) -> Reading | None:
    n = number_value(m.group("num"))
    letter, time_part = _unit_key(m.group("u"))
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "back", "before") else 1
    if direction in ("ago", "back", "from now", "hence"):
        base, anchor = ctx.dct or date(UNKNOWN_YEAR, 1, 1), "dct"
    else:
        base, anchor = ctx.narrative()
    if n is None:  # "several years ago", "a few days later"
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading("DATE", value, None, vague=True, anchor=anchor)
    if ctx.dct is None and anchor == "dct":
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", vague=True, anchor=anchor)
    steps = _unit_steps(letter, time_part, n)
    if steps is None:
        p = Period("day", base)
        return Reading("DATE", p.value, p, anchor=anchor)
    count, unit = steps
    moved = shift_date(base, sign * count, unit)
    gran = _GRAN_OF_UNIT[letter]
    p = Period.of(gran, moved)
    return Reading("DATE", p.value, p, anchor=anchor)


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
    if n != int(n):
        whole, frac = int(n), n - int(n)
        finer = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
                 "H": ("M", 60, True), "Q": ("M", 3, False)}.get(out_letter)  # fmt: skip
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


_RATE_BEFORE = re.compile(
    r"(?:[\d%]|\bcents?|\bpercent|\bdollars?|\btimes|\bonce|\btwice)\s*(?:\w+\s+){0,2}$", re.I
)


@normaliser("duration")
def _duration(m: re.Match[str], ctx: Frame) -> Reading | None:
    num = m.group("num")
    unit = m.group("u").lower()
    letter, time_part = _unit_key(unit)
    n = number_value(num)
    numl = num.lower().strip()
    if numl in ("a", "an") and unit in ("second", "sec") and not m.group("det"):
        return None  # "a second attack"
    if numl in ("a", "an") and not m.group("det") and not m.group("rel"):
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        if _RATE_BEFORE.search(before):
            return Reading("SET", duration_value(1, letter, time_part), quant=None)
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
    return Reading("DURATION", duration_value(n, letter, time_part))


@normaliser("duration_range")
def _duration_range(m: re.Match[str], ctx: Frame) -> Reading | None:
    n1, n2 = number_value(m.group("n1")), number_value(m.group("n2"))
    if n1 is None or n2 is None or n2 <= n1:
        return None
    letter, time_part = _unit_key(m.group("u"))
    return Reading("DURATION", duration_value(n1, letter, time_part), mod="EQUAL_OR_MORE")


_BARE_UNITS_BEFORE = re.compile(
    r"\b(?:for|over|within|took|take|takes|taken|taking|lasted|lasting|last|lasts|spent|spend|spending|after|in|than|"
    r"about|nearly|almost|of|wait|waited)\s+$",
    re.I,
)


@normaliser("units")
def _units(m: re.Match[str], ctx: Frame) -> Reading | None:
    vq = re.sub(r"\s+", " ", (m.group("vq") or "").lower())
    unit = m.group("u").lower()
    letter, time_part = _unit_key(unit)
    dct = ctx.dct
    if vq == "recent" or (False):
        span = {
            "D": 7,
            "W": 42,
            "M": 180,
            "Q": 270,
            "Y": 5 * 365,
            "E": 30 * 365,
            "H": 1,
            "S": 1,
        }.get(letter, 30)
        r = Reading("DATE", "PAST_REF", None, vague=True, anchor="dct")
        if dct:
            r.begin, r.end = (dct - timedelta(days=span)).isoformat(), dct.isoformat()
        return r
    if vq == "coming":
        span = {"D": 7, "W": 42, "M": 180, "Q": 270, "Y": 5 * 365, "E": 30 * 365}.get(letter, 30)
        r = Reading("DATE", "FUTURE_REF", None, vague=True, anchor="dct")
        if dct:
            r.begin, r.end = dct.isoformat(), (dct + timedelta(days=span)).isoformat()
        return r
    if not vq:
        if m.group("det"):
            return None
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not _BARE_UNITS_BEFORE.search(before):
            return None
        if letter in ("H", "S") or (letter == "M" and time_part):
            return None
    return Reading("DURATION", duration_value(None, letter, time_part))


@normaliser("some_time")
def _some_time(m: re.Match[str], ctx: Frame) -> Reading | None:
    return Reading("DURATION", "PXX")


# ---- sets ------------------------------------------------------------------


@normaliser("set_every")
def _set_every(m: re.Match[str], ctx: Frame) -> Reading | None:
    unit = m.group("u")
    q = m.group("q").lower()
    num = m.group("num")
    n = number_value(num) if num else 1
    quant = "EVERY" if q in ("every", "each") else None
    wd = weekday_number(unit)
    if wd is not None and unit[0].isupper():
        return Reading("SET", f"XXXX-WXX-{wd + 1}", quant=quant)
    mo = month_number(unit)
    if mo is not None and unit[0].isupper() and len(unit) > 3:
        return Reading("SET", f"XXXX-{mo:02d}", quant=quant)
    ul = unit.lower()
    if ul in _POD_CODES:
        return Reading(
            "SET", f"TXX-{_POD_CODES[ul]}" if False else f"T{_POD_CODES[ul]}", quant=quant
        )
    if ul == "weekday":
        return Reading("SET", "XXXX-WXX-WD", quant=quant)
    letter, time_part = _unit_key(ul)
    if letter == "WE":
        return Reading("SET", "XXXX-WXX-WE", quant=quant)
    return Reading("SET", duration_value(n or 1, letter, time_part), quant=quant)


@normaliser("set_freq")
def _set_freq(m: re.Match[str], ctx: Frame) -> Reading | None:
    f = m.group("f").lower()
    times = {"once": 1, "twice": 2, "thrice": 3}.get(f)
    if times is None:
        times = int(number_value(f.split()[0]) or 1)
    letter, time_part = _unit_key(m.group("u"))
    return Reading("SET", duration_value(1, letter, time_part), freq=f"{times}X")


@normaliser("set_adverb")
def _set_adverb(m: re.Match[str], ctx: Frame) -> Reading | None:
    from backstory.timex.lexicon import SETS

    return Reading("SET", SETS[m.group("w").lower()], quant="EVERY")


@normaliser("set_weekdays")
def _set_weekdays(m: re.Match[str], ctx: Frame) -> Reading | None:
    wd = weekday_number(m.group("wd")[:-1])
    if wd is None:
        return None
    return Reading("SET", f"XXXX-WXX-{wd + 1}", quant="EVERY")


@normaliser("set_rate")
def _set_rate(m: re.Match[str], ctx: Frame) -> Reading | None:
    letter, time_part = _unit_key(m.group("u"))
    return Reading("SET", duration_value(1, letter, time_part))


# ---- times -------------------------------------------------------------------


def _time_base(ctx: Frame, start: int) -> tuple[date, bool]:
    """The day a bare clock time belongs to: a date just before it in the text, else the DCT."""
    if (
        ctx.ref is not None
        and ctx.ref.gran in ("day", "pod", "time")
        and 0 <= start - ctx.ref_end < 60
    ):
        return ctx.ref.start, ctx.ref.year_known
    if ctx.dct is not None:
        return ctx.dct, True
    return date(UNKNOWN_YEAR, 1, 1), False


def _clock(ctx: Frame, m: re.Match[str], hour: int, minute: int) -> Reading:
    base, known = _time_base(ctx, m.start())
    p = Period("time", base, known, hour=hour, minute=minute)
    if not known:
        value = f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
        return Reading("TIME", value, None, anchor="dct")
    return Reading("TIME", p.value, p, anchor="dct")


@normaliser("time_ampm")
def _time_ampm(m: re.Match[str], ctx: Frame) -> Reading | None:
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    pm = m.group("ap").lower().startswith("p")
    if h == 12:
        h = 12 if pm else 0
    elif pm:
        h += 12
    return _clock(ctx, m, h, mi)


@normaliser("time_24")
def _time_24(m: re.Match[str], ctx: Frame) -> Reading | None:
    before = ctx.text[max(0, m.start() - 10) : m.start()]
    after = ctx.text[m.end() : m.end() + 3]
    if re.search(
        r"(?:\d[:.-]|score[sd]?\s|[Jj]ohn\s|[Ll]uke\s|[Mm]atthew\s|[Mm]ark\s)$", before
    ) or re.match(r"[-–]\d", after):
        return None
    return _clock(ctx, m, int(m.group("h")), int(m.group("mi")))


@normaliser("time_word")
def _time_word(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = m.group("w").lower().replace("-", "")
    if w in ("noon", "midday"):
        return _clock(ctx, m, 12, 0)
    if w == "midnight":
        base, known = _time_base(ctx, m.start())
        p = Period("time", base, known, hour=24, minute=0)
        return Reading(
            "TIME", p.value if known else "XXXX-XX-XXT24:00", p if known else None, anchor="dct"
        )
    pod = {"midmorning": "MO", "midafternoon": "AF", "midday": "MI"}.get(w.replace(" ", ""), "MO")
    base, known = _time_base(ctx, m.start())
    p = Period("pod", base, known, pod=pod)
    return Reading("TIME", p.value, p, mod="MID", anchor="dct")


@normaliser("time_oclock", "time_in_the")
def _time_hour(m: re.Match[str], ctx: Frame) -> Reading | None:
    h_val = number_value(m.group("h"))
    if h_val is None or not 0 <= h_val <= 24:
        return None
    h = int(h_val)
    pod = (m.group("pod") or "").lower()
    if pod in ("afternoon", "evening") and h < 12:
        h += 12
    return _clock(ctx, m, h, 0)


# ---- named days --------------------------------------------------------------


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = shift_date(first, 1, "month") - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named day in ``year``."""
    n = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
             "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
             "veterans day": (11, 11), "boxing day": (12, 26)}  # fmt: skip
    if n in fixed:
        return date(year, *fixed[n])
    if n.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if n in ("easter", "easter sunday"):
        return _easter(year)
    if n == "easter monday":
        return _easter(year) + timedelta(days=1)
    if n == "good friday":
        return _easter(year) - timedelta(days=2)
    if n in ("labor day", "labour day"):
        return _nth_weekday(year, 9, 0, 1)
    if n == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if n == "election day":
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


@normaliser("holiday")
def _holiday(m: re.Match[str], ctx: Frame) -> Reading | None:
    name = m.group("h")
    y = _year_of(m.group("y"))
    if y is not None:
        d = holiday_date(name, y)
        return _date_reading(Period("day", d), explicit=True) if d else None
    if ctx.dct is None:
        return Reading("DATE", "XXXX-XX-XX")

    def make(year: int) -> Period | None:
        d = holiday_date(name, year)
        return Period("day", d) if d else None

    p = pick_year(make, ctx.dct, ctx.tense(), default=PAST)
    return _date_reading(p, explicit=False, anchor="dct") if p else None


# ---- vague ---------------------------------------------------------------------

_PRESENT = ("right now", "just now", "now", "currently", "current", "presently", "nowadays", "these days",
            "at present", "the present", "the time being", "time being")  # fmt: skip
_PAST = ("recently", "recent", "lately", "of late", "previously", "formerly", "earlier", "the past")
_NOT_CURRENT = re.compile(
    r"^\s+(?:account|accounts|assets|liabilities|affairs|events|flows?|density|source|sources|"
    r"carrying|conditions|members?|and\s+former|or\s+former)\b",
    re.I,
)


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
    if w == "earlier" and not (
        re.match(r"\s*,", after) and re.search(r"(?:^|[.!?\n]\s*)$", before)
    ):
        return None
    if (
        w == "future"
        and not re.search(r"\b(?:in|for|near)\s+$", before)
        and not re.match(r"\s+(?:quarters|years|months|periods|generations)\b", after)
    ):
        return None
    if w in ("soon", "sooner") and re.match(r"\s+(?:as|after|than)\b", after):
        return None
    if w == "now" and re.match(r"[-]", after):
        return None
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


_ = (PRESENT, datetime)
