"""Calendar periods: a date at a granularity, its TimeML value and its interval.

A ``Period`` is the first day of a calendar unit (day, week, month, quarter,
half, season, year, decade, century) plus, for times, an hour and minute or
a part of the day. It gives the TimeML ``value`` ("2024-10", "2024-W43",
"2024-Q4", "199") and the inclusive interval of dates it covers.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, replace
from datetime import date, timedelta

GRANULARITIES = (
    "century", "decade", "year", "half", "season", "quarter", "month",
    "week", "weekend", "day", "pod", "time",
)  # fmt: skip
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_POD_HOURS = {"MO": (6, 11), "MI": (11, 13), "AF": (12, 17), "EV": (18, 21), "NI": (21, 23)}
# Placeholder year for dates whose year is unknown (a leap year, so 29 February fits).
UNKNOWN_YEAR = 2000


@dataclass(frozen=True)
class Period:
    """A calendar unit starting on ``start``; ``year_known`` False renders the year as XXXX."""

    gran: str
    start: date
    year_known: bool = True
    season: str | None = None
    hour: int | None = None
    minute: int | None = None
    pod: str | None = None

    # ---- construction -------------------------------------------------
    @classmethod
    def of(cls, gran: str, d: date, **kw: object) -> Period:
        """The period of granularity ``gran`` that contains ``d``."""
        return cls(gran, truncate(d, gran, kw.get("season")), **kw)  # type: ignore[arg-type]

    # ---- rendering ----------------------------------------------------
    @property
    def value(self) -> str:
        """The TimeML value of the period."""
        d, g = self.start, self.gran
        y = f"{d.year:04d}" if self.year_known else "XXXX"
        if g == "century":
            return f"{d.year // 100:02d}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        if g == "year":
            return y
        if g == "half":
            return f"{y}-H{1 if d.month <= 6 else 2}"
        if g == "quarter":
            return f"{y}-Q{(d.month - 1) // 3 + 1}"
        if g == "season":
            return f"{y}-{self.season}"
        if g == "month":
            return f"{y}-{d.month:02d}"
        if g in ("week", "weekend"):
            iso_year, week, _ = d.isocalendar()
            yy = f"{iso_year:04d}" if self.year_known else "XXXX"
            return f"{yy}-W{week:02d}" + ("-WE" if g == "weekend" else "")
        day = f"{y}-{d.month:02d}-{d.day:02d}"
        if g == "day":
            return day
        if g == "pod":
            return f"{day}T{self.pod}"
        if self.hour is not None:
            if self.hour == 24:
                return f"{day}T24:00"
            return f"{day}T{self.hour:02d}:{(self.minute or 0):02d}"
        return day

    def interval(self) -> tuple[str, str] | None:
        """Inclusive (begin, end) ISO dates (datetimes for times); None if the year is unknown."""
        if not self.year_known:
            return None
        first, last = self.bounds()
        if self.gran == "time" and self.hour is not None:
            if self.hour == 24:  # midnight at the end of the day: the next day's 00:00
                stamp = f"{(first + timedelta(days=1)).isoformat()}T00:00"
            else:
                stamp = f"{first.isoformat()}T{self.hour:02d}:{(self.minute or 0):02d}"
            return stamp, stamp
        if self.gran == "pod" and self.pod in _POD_HOURS:
            h0, h1 = _POD_HOURS[self.pod]
            return f"{first.isoformat()}T{h0:02d}:00", f"{first.isoformat()}T{h1:02d}:59"
        return first.isoformat(), last.isoformat()

    def bounds(self) -> tuple[date, date]:
        """First and last day of the period."""
        d, g = self.start, self.gran
        if g == "century":
            return date(d.year, 1, 1), _safe_date(d.year + 99, 12, 31)
        if g == "decade":
            return date(d.year, 1, 1), _safe_date(d.year + 9, 12, 31)
        if g == "year":
            return date(d.year, 1, 1), date(d.year, 12, 31)
        if g == "half":
            return d, month_end(d.year, d.month + 5)
        if g == "quarter":
            return d, month_end(d.year, d.month + 2)
        if g == "season":
            return d, month_end(d.year, d.month + 2)
        if g == "month":
            return d, month_end(d.year, d.month)
        if g == "week":
            return d, d + timedelta(days=6)
        if g == "weekend":
            return d + timedelta(days=5), d + timedelta(days=6)
        return d, d

    # ---- arithmetic ---------------------------------------------------
    def shift(self, n: int, unit: str | None = None) -> Period:
        """The period ``n`` units later (earlier for negative ``n``); unit defaults to the granularity."""
        unit = unit or self.gran
        moved = shift_date(self.start, n, unit)
        return replace(self, start=truncate(moved, self.gran, self.season))

    def coarsen(self, gran: str) -> Period:
        """The period of granularity ``gran`` containing this one's start."""
        season = self.season
        return Period(gran, truncate(self.start, gran, season), self.year_known, season=season)


def _safe_date(y: int, m: int, d: int) -> date:
    return date(min(max(y, 1), 9999), m, d)


def month_end(year: int, month: int) -> date:
    """The last day of the month (months past 12 roll into the next year)."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, _cal.monthrange(year, month)[1])


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ``weekday`` (0 = Monday) of a month; ``n`` = -1 for the last one."""
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def truncate(d: date, gran: str, season: object = None) -> date:
    """The first day of the unit of granularity ``gran`` containing ``d``."""
    if gran == "century":
        return date(max(d.year // 100 * 100, 1), 1, 1)
    if gran == "decade":
        return date(max(d.year // 10 * 10, 1), 1, 1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "season":
        start = _SEASON_START.get(str(season), 3)
        if start == 12 and d.month < 3:
            return date(d.year - 1, 12, 1)
        return date(d.year, start, 1)
    if gran == "month":
        return date(d.year, d.month, 1)
    if gran in ("week", "weekend"):
        return d - timedelta(days=d.weekday())
    return d


def shift_date(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, half, year, decade, century)."""
    try:
        if unit in ("day", "pod", "time"):
            return d + timedelta(days=n)
        if unit in ("week", "weekend"):
            return d + timedelta(weeks=n)
        months = {"month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12,
                  "decade": 120, "century": 1200}.get(unit)  # fmt: skip
        if months is None:
            return d
        total = d.year * 12 + (d.month - 1) + n * months
        y, m = divmod(total, 12)
        y = min(max(y, 1), 9999)
        return date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))
    except (OverflowError, ValueError):
        return d


# the granularity of a date n TimeML duration units away ("P3W": a week)
GRAN_OF_UNIT = {"S": "day", "M": "month", "H": "day", "D": "day", "W": "week", "WE": "weekend",
                 "Q": "quarter", "Y": "year", "E": "year", "C": "year", "L": "year"}  # fmt: skip


def unit_steps(letter: str, time_part: bool, n: float) -> tuple[int, str] | None:
    """How to move a date by n TimeML duration units (``letter``): (count, calendar unit)."""
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
