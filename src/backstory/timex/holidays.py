"""The days of named holidays in a given year: fixed days ("Christmas", "Bastille Day"),
ranked weekdays of a month ("Thanksgiving", "Father's Day"), the shopping days counted
from Thanksgiving ("Black Friday", "Cyber Monday"), days counted from Easter
("Palm Sunday", "Pentecost"), the Islamic holy month and feasts ("Ramadan", "Eid
al-Adha"), the last from the tabular Islamic calendar (within a day or so of the
observed dates, which follow the sighting of the moon and differ between countries),
the Lunar New Year (the Chinese calendar's: from the new moons and the winter
solstice, in Beijing time), Holi and Diwali (the Hindu calendar's: the day after the
bonfire of the full moon of Phalguna; the evening of the new moon that ends Ashvin, in
Indian time).
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from backstory.timex.calendar import nth_weekday

# name -> (month, day)
_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new year": (1, 1), "new year day": (1, 1), "new year eve": (12, 31),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "boxing day": (12, 26), "juneteenth": (6, 19),
    "st patrick's day": (3, 17), "remembrance day": (11, 11), "armistice day": (11, 11),
    "bastille day": (7, 14), "canada day": (7, 1), "australia day": (1, 26),
    "anzac day": (4, 25), "may day": (5, 1), "guy fawkes night": (11, 5),
    "guy fawkes day": (11, 5), "bonfire night": (11, 5),
    "inauguration day": (1, 20), "earth day": (4, 22), "ve day": (5, 8),
    "groundhog day": (2, 2), "flag day": (6, 14), "cinco de mayo": (5, 5),
}  # fmt: skip
# name -> (month, weekday (0 = Monday), rank (-1 = the last))
_RANKED: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1), "labour day": (9, 0, 1), "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3), "presidents day": (2, 0, 3),
    "mother's day": (5, 6, 2), "father's day": (6, 6, 3), "columbus day": (10, 0, 2),
    "remembrance sunday": (11, 6, 2), "patriots day": (4, 0, 3),
}  # fmt: skip
# name -> days after (US) Thanksgiving: the shopping days that follow it
_FROM_THANKSGIVING: dict[str, int] = {"black friday": 1, "cyber monday": 4}
# name -> days after Easter Sunday
_FROM_EASTER: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
    "palm sunday": -7, "ash wednesday": -46, "maundy thursday": -3, "holy thursday": -3, "holy saturday": -1,
    "holy week": -3,  # (read as the week that holds Maundy Thursday)
    "pentecost": 49, "pentecost sunday": 49, "whit sunday": 49, "whit monday": 50,
    "ascension day": 39,
}  # fmt: skip
# name -> (Islamic month, day, length in days)
_ISLAMIC: dict[str, tuple[int, int, int]] = {
    "ramadan": (9, 1, 30), "eid al fitr": (10, 1, 1), "eid al adha": (12, 10, 1),
}  # fmt: skip


_LUNAR_NEW_YEAR = frozenset(("lunar new year", "chinese new year", "spring festival"))


def holiday_name(text: str) -> str:
    """The key of a holiday's name as written ("St. Patrick's Day" -> "st patrick's day",
    "Eid ul-Fitr" -> "eid al fitr", "Martin Luther King Jr. Day" -> "martin luther king day")."""
    n = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("-", " "))
    n = re.sub(r"^(?:st\.?|saint) ", "st ", n)
    n = re.sub(r"^eid (?:al|ul|el) ", "eid al ", n)
    n = re.sub(r"^martin luther king(?: jr\.?)?(?:'s)? day$", "martin luther king day", n)
    n = re.sub(r"^presidents?'?s? day$", "presidents day", n)
    n = re.sub(r"^patriots?'?s? day$", "patriots day", n)
    return re.sub(r"^v e day$", "ve day", n)


def easter(year: int) -> date:
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


def _islamic(year: int, month: int, day: int) -> date:
    """The Gregorian day of an Islamic (tabular, civil epoch) date."""
    jdn = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return date.fromordinal(jdn - 1721425)


def holiday_days(name: str, year: int) -> tuple[date, date] | None:
    """The first and last day of a named holiday that begins in ``year`` (one day for
    most; the first of two when a holy month begins twice in the year, as in 2030)."""
    n = holiday_name(name)
    if n in _FIXED:
        d = date(year, *_FIXED[n])
    elif n in _RANKED:
        d = nth_weekday(year, *_RANKED[n])
    elif n in _FROM_EASTER:
        d = easter(year) + timedelta(days=_FROM_EASTER[n])
    elif n in _FROM_THANKSGIVING:
        d = nth_weekday(year, *_RANKED["thanksgiving"]) + timedelta(days=_FROM_THANKSGIVING[n])
    elif n == "election day":
        d = nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    elif n in _ISLAMIC:
        spans = islamic_spans(n, year)
        return spans[0] if spans else None
    elif n in _LUNAR_NEW_YEAR:
        d = lunar_new_year(year)
    elif n == "holi":
        d = holi(year)
    elif n in ("diwali", "deepavali"):
        d = diwali(year)
    else:
        return None
    return d, d


def islamic_spans(name: str, year: int) -> list[tuple[date, date]]:
    """The first and last days of each time an Islamic holiday begins in ``year`` (an
    Islamic year is 354 or 355 days long, so some Gregorian years hold two)."""
    key = holiday_name(name)
    if key not in _ISLAMIC:
        return []
    month, day, length = _ISLAMIC[key]
    guess = int((year - 622) * 1.0307)
    firsts = [_islamic(h, month, day) for h in range(guess - 1, guess + 3)]
    return [(d, d + timedelta(days=length - 1)) for d in firsts if d.year == year]


def holiday_date(name: str, year: int) -> date | None:
    """The (first) day of a named holiday in ``year``."""
    days = holiday_days(name, year)
    return days[0] if days else None


# Meeus, Astronomical Algorithms, ch. 49: the periodic terms of a true new moon larger
# than a minute, as (coefficient in days, power of E, multiples of M, M', F, Omega)
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
)  # fmt: skip
# and of a true full moon (the same arguments, other coefficients)
_FULL_MOON_TERMS = tuple(
    (c, *args)
    for c, (_, *args) in zip(
        (-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209, -0.00111, -0.00057,
         0.00056, -0.00042, 0.00042, 0.00038, -0.00024, -0.00017),
        _NEW_MOON_TERMS,
        strict=True,
    )
)  # fmt: skip
_J2000 = 2451545.0  # the Julian day of 2000-01-01 12:00
_BEIJING = 8 / 24  # the Chinese calendar's days are Beijing's (UTC+8)
_INDIA = 5.5 / 24  # the Hindu calendar's festivals are kept by Indian time (UTC+5:30)


def _new_moon(k: float, terms: tuple[tuple[float, ...], ...] = _NEW_MOON_TERMS) -> float:
    """The Julian day of the ``k``-th new moon after the one of 6 January 2000 (with
    ``k`` a half and the full-moon terms: the full moon after it)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    args = (
        math.radians(2.5534 + 29.10535670 * k),  # the Sun's mean anomaly
        math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t),  # the Moon's
        math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t),  # its latitude
        math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t * t),  # its ascending node
    )
    for c, power, *mult in terms:
        jde += c * e**power * math.sin(sum(n * a for n, a in zip(mult, args, strict=True)))
    return jde


def _beijing_day(jd: float) -> date:
    return date(2000, 1, 1) + timedelta(days=math.floor(jd + 0.5 + _BEIJING - _J2000))


def _december_solstice(year: int) -> float:
    """The Julian day of the December solstice (the mean one, within half an hour)."""
    y = (year - 2000) / 1000
    return 2451900.05952 + 365242.74049 * y - 0.06223 * y * y - 0.00823 * y**3


def lunar_new_year(year: int) -> date:
    """The first day of the Chinese calendar's year that begins in ``year``: the second
    new moon after the month that holds the winter solstice (the next one when a leap
    month falls between, as in 2034: the day is never before 21 January)."""
    solstice = _beijing_day(_december_solstice(year - 1))
    k = math.floor((year - 2001 + 11.5 / 12) * 12.3685) - 2
    while _beijing_day(_new_moon(k + 1)) <= solstice:
        k += 1
    k += 2
    while _beijing_day(_new_moon(k)) < date(year, 1, 21):
        k += 1
    return _beijing_day(_new_moon(k))


def _ayanamsa(year: int) -> float:
    """The Lahiri ayanamsa in degrees: how far the sidereal zodiac lags the tropical one."""
    return 23.853 + 0.013969 * (year - 2000)


def _sun_enters_pisces(year: int) -> float:
    """The Julian day the Sun enters sidereal Pisces (Meena sankranti, Lahiri ayanamsa,
    about 14 March): six days or so before the mean March equinox."""
    y = (year - 2000) / 1000
    equinox = 2451623.80984 + 365242.37404 * y + 0.05169 * y * y
    return equinox - (30 - _ayanamsa(year)) / 0.9856


def _sun_enters_libra(year: int) -> float:
    """The Julian day the Sun enters sidereal Libra (Tula sankranti, about 17 October):
    some 24 days after the mean September equinox."""
    y = (year - 2000) / 1000
    equinox = 2451810.21715 + 365242.01767 * y - 0.11575 * y * y
    return equinox + _ayanamsa(year) / 0.986


def holi(year: int) -> date:
    """The day of Holi: the full moon of Phalguna (the lunar month in which the Sun
    enters Pisces) in Indian time, or the day after when that full moon falls after
    about 5 p.m. (three and a half watches after sunrise), when the bonfire is lit on
    its own evening. Within a day of the observed dates, which differ between regions
    (2025-03-14, 2026-03-04)."""
    sankranti = _sun_enters_pisces(year)
    k = math.floor((year - 2000) * 12.3685)
    while _new_moon(k + 1) < sankranti:
        k += 1
    while _new_moon(k) > sankranti:
        k -= 1
    full = _new_moon(k + 0.5, _FULL_MOON_TERMS) + _INDIA - _J2000 + 0.5
    day = date(2000, 1, 1) + timedelta(days=math.floor(full))
    late = full - math.floor(full) >= 17 / 24
    return day + timedelta(days=1) if late else day


def diwali(year: int) -> date:
    """The day of Diwali (Lakshmi Puja): the evening the new moon that ends Ashvin (the
    lunar month in which the Sun enters Libra) still holds, in Indian time: the day of
    the new moon when it falls a ghati (24 minutes) or more after sunset, else the day
    before. Within a day of the observed dates, which differ between regions (2024: 31
    October or 1 November; 2025-10-20)."""
    sankranti = _sun_enters_libra(year)
    k = math.floor((year - 2000) * 12.3685)
    while _new_moon(k) < sankranti:
        k += 1
    while _new_moon(k - 1) > sankranti:
        k -= 1
    new = _new_moon(k) + _INDIA - _J2000 + 0.5
    day = date(2000, 1, 1) + timedelta(days=math.floor(new))
    late = new - math.floor(new) >= 18.25 / 24
    return day if late else day - timedelta(days=1)
