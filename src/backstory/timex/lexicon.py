"""Words of time: month, weekday, number, unit and season names, and regex
fragments built from them.

Everything here is data; the patterns that use these fragments live in
``patterns.py``. Month and weekday names are matched case-sensitively (a
capital initial or all capitals) so that "may", "march" and "sun" as
ordinary words are not taken for dates.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1,
    "dozen": 12, "a dozen": 12,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

# Vague amounts: the number is unknown ("X" in a TimeML duration).
VAGUE_AMOUNTS = ("a few", "few", "several", "some", "many", "a couple of", "couple of", "numerous")

# unit word -> (TimeML duration letter, time part?)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("E", False), "century": ("C", False), "centurie": ("C", False),
    "millennium": ("L", False), "millennia": ("L", False),
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI", "dawn": "MO", "daybreak": "MO",
    "dusk": "EV", "nightfall": "EV", "midday": "MI", "lunchtime": "MI",
}  # fmt: skip

# Zones: offsets are kept for reference only (TimeML values carry local time).
TIME_ZONES = (
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST",
    "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "AEST", "AEDT", "WIB",
    "Kyiv time", "Moscow time", "local time", "Eastern time", "Pacific time", "UK time",
    "ET", "PT", "CT", "Z",
)  # fmt: skip

SETS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M", "bimonthly": "P2M",
    "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "semiannually": "P6M",
    "semi-annually": "P6M", "biannually": "P6M",
}  # fmt: skip


def _cased(words: list[str], *, dot: bool) -> str:
    """A case-sensitive alternation: Capitalised or ALL CAPS, optional dot for abbreviations."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        forms = f"{w.capitalize()}|{w.upper()}"
        parts.append(f"(?:{forms})" + (r"\.?" if dot else ""))
    return "(?-i:" + "|".join(parts) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]

# A month name in any style ("October", "Oct.", "Oct", "OCT").
MONTH = (
    r"(?:" + _cased(_FULL_MONTHS, dot=False) + "|" + _cased(_ABBR_MONTHS, dot=True) + r")(?![\w])"
)
# A full month name alone (abbreviations only with a day or a year); a possessive
# counts ("December's figures"), other apostrophes do not.
MONTH_FULL = _cased(_FULL_MONTHS, dot=False) + r"(?![\w])(?!['’](?!s\b))"
_FULL_DAYS = [d for d in WEEKDAYS if d.endswith("day")]
WEEKDAY = (
    r"(?:"
    + _cased(_FULL_DAYS, dot=False)
    + r"|"
    + _cased([d for d in WEEKDAYS if not d.endswith("day")], dot=True)
    + r")(?![\w])"
)
WEEKDAY_FULL = _cased(_FULL_DAYS, dot=False) + r"(?![\w])"

# (not the count of a compound: "June 10-year bonds", "March 3-month bills")
DAY = (
    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d)(?!\w)"
    r"(?!-(?:year|month|week|day|hour|minute)s?\b)"
)
# (not a 24-hour clock time with its zone: "19 January, 1815 GMT")
YEAR = (
    r"(?!(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?-i:GMT|UTC|Z\b|local\s+time|hrs\b|hours\b))"
    r"(?:1[0-9]\d\d|20\d\d)(?![\d%])"
)
YEAR2 = r"(?:'|’)\d\d(?!\w)"
# a quarter's ordinal ("the third quarter", "the first and second quarters")
QUARTER_ORDINAL = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"

# past participles that end in none of -ed, -en, -wn, -ne ("had paid", "has been hit")
IRREGULAR_PARTICIPLES = frozenset(
    re.findall(
        r"\w+",
        "been had made got won lost paid said told held kept left put set cut hit run come become "
        "begun sent spent built brought bought thought fought caught taught found struck stood sold "
        "met spread shut hurt led fled fed laid hid shed done gone quit lit slid sat dug hung swept "
        "slept crept dealt felt meant heard",
    )
)

_NUMWORDS = "|".join(
    sorted((w for w in NUMBERS if " " not in w and len(w) > 2), key=len, reverse=True)
)
NUMWORD = (
    # (a unit word only after a tens word: "twenty-five", not "single five")
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
    r"(?:one|two|three|four|five|six|seven|eight|nine)(?![\w])|"
    rf"(?:{_NUMWORDS}))"
    r"(?:[- ](?:hundred|thousand)(?![\w-]))?"
)
# A fraction of a unit: "half an hour", "a quarter of a century", "three-quarters of an
# hour", "a half-century", "a quarter-century".
_FRACTION = (
    r"half\s+an?(?=\s)|(?:a\s+|one\s+)?quarter\s+of\s+an?(?=\s)"
    r"|three[\s-]quarters\s+of\s+an?(?=\s)|a\s+(?:half|quarter)(?=-(?:century|hour)\b)"
)
NUMBER = (
    r"(?:"
    + _FRACTION
    + r"|\d+(?:[.,]\d+)?(?:[\s-](?:1/2|½)|½)?|(?:a|one)\s+single(?![\w-])|"
    + NUMWORD
    + r"(?:\s+and\s+a\s+half)?|a\s+half|"
    r"(?:a|an)\s+(?:hundred|thousand)(?![\w-])|(?:a|an)(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|couple\s+of|several|a\s+dozen|dozens\s+of|a\s+number\s+of)"
)
UNIT = r"(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|weekend|month|quarter|year|decade|century|centurie|millennium|millennia)"
ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
ZONE = (
    "(?-i:"
    + "|".join(re.escape(z) for z in sorted(TIME_ZONES, key=len, reverse=True))
    # a place's time: "Rome time", "Beijing time" (not a weekday's: "Friday time")
    + r"|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][a-z]{2,14}\s+)?[A-Z][a-z]{2,14}\s+time"
    # US zones by their bare names: "10 a.m. Eastern on Friday" (not "Central Park")
    + r"|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?"
    + r"(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z])"
    # wire copy in lower case: "1300 est/1800 gmt"
    + r"|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet"
    + r")(?![\w])"
)
AMPM = r"(?:[ap]\.\s?m\.?|[ap]m(?![\w])|[AP]M(?![\w]))"

# Days known by a name of their own rather than their date ("9/11": the 2001 attacks).
NAMED_DATES: dict[str, tuple[int, int, int]] = {"9/11": (2001, 9, 11)}

# Words that tell of the same happening, so that "the day after his death" is counted
# from the day "the killing" was dated (each word stands for the words it begins).
EVENT_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("death", "died", "dies", "killing", "killed", "murder", "assassinat", "shooting", "shot",
     "slaying", "slain"),
    ("election", "vote", "voting", "ballot", "poll", "referendum"),
    ("attack", "bombing", "bombed", "blast", "explosion", "strike", "raid", "assault"),
    ("quake", "earthquake", "tremor"),
    ("storm", "hurricane", "typhoon", "cyclone", "landfall"),
    ("rally", "rallied", "protest", "demonstration", "march"),
    ("crash", "crashed", "collision"),
    ("arrest", "detain", "detention"),
    ("summit", "talks", "meeting", "met"),
)  # fmt: skip

# What a dawn or dusk names when it stands before a noun: "a dawn raid", "dusk prayers".
DAWN_NOUNS = (
    "raid", "attack", "strike", "assault", "offensive", "operation", "swoop", "patrol",
    "prayer", "service", "ceremony", "shelling", "bombardment", "arrest", "ambush",
    "vigil", "march", "protest",
)  # fmt: skip

# part-of-day words as TimeML codes ("morning" -> MO)
POD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def unit_key(word: str) -> tuple[str, bool]:
    """The TimeML duration letter of a unit word and whether it is a time (T) part."""
    w = word.lower().rstrip("s")
    if w == "centurie":
        w = "century"
    if w == "millennia":
        w = "millennium"
    return UNITS.get(w, ("D", False))


def in_unit_letters(n: float | None, unit: str) -> float | None:
    """``n`` units as a count of the unit's TimeML letter: a fortnight is two weeks."""
    return n * 2 if n is not None and unit.lower().startswith("fortnight") else n


def number_value(word: str) -> float | None:
    """The number a word or numeral stands for; None for vague amounts ("several")."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    if not w:
        return None
    half = 0.0
    if w.endswith("and a half"):
        half, w = 0.5, w[: -len("and a half")].strip()
    elif w.endswith("1/2") or w.endswith("½"):
        half, w = 0.5, w.rstrip("½").removesuffix("1/2").strip().rstrip("-")
    if w in ("a half", "half a", "half an", "half", "a half-"):
        return 0.5
    if re.fullmatch(r"(?:(?:a|one) )?quarter(?: of an?)?", w):
        return 0.25
    if re.fullmatch(r"three[ -]quarters of an?", w):
        return 0.75
    if not w and half:
        return half
    if w in ("a single", "one single"):
        return 1.0
    if w in ("a couple of", "couple of"):
        return 2 + half
    if w in VAGUE_AMOUNTS or w in ("dozens of", "a number of"):
        return None
    try:
        return float(w.replace(",", "")) + half
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[- ]", w):
        if part in NUMBERS:
            total = total * 100 if part == "hundred" and total else total + NUMBERS[part]
        elif part == "thousand":
            total = (total or 1) * 1000
        else:
            return None
    return total + half


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation, None otherwise."""
    return MONTHS.get(word.strip().rstrip(".").lower())


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday name or abbreviation."""
    return WEEKDAYS.get(word.strip().rstrip(".").lower())
