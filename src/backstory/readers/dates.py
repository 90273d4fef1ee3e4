"""Publication dates as sources write them, parsed into ``datetime``.

A date with a zone or an offset becomes timezone-aware; one without stays
naive ("local time of the outlet, zone unknown"), as ``Article`` documents.
A date-only value is midnight of that day. Anything else is a ``DateError``
naming the input and the field.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

from dateutil import parser as dateutil_parser

from backstory.errors import DateError

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# Reuters-21578: "26-FEB-1987 15:01:01.79" (sometimes with stray spaces or trailing codes).
_REUTERS = re.compile(
    r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?"
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_YEAR_FIRST = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b")
# zone names dateutil would otherwise read as the machine's local zone
_UTC_NAMES = {"UTC": UTC, "GMT": UTC, "Z": UTC}


def parse_date(value: str, *, source: str | None = None, field: str = "date") -> datetime:
    """The ``datetime`` written in ``value`` (ISO 8601, RFC 822, or a written-out date).

    Raises ``DateError`` naming ``source`` and ``field`` when the value is not a date.
    """
    text = value.strip()
    if not text:
        raise DateError(f"{field} is empty", source=source)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    if (match := _REUTERS.match(text)) and match.group(2).lower() in _MONTHS:
        day, month, year, hour, minute, second, hundredths = match.groups()
        try:
            return datetime(
                int(year), _MONTHS[month.lower()], int(day), int(hour), int(minute),
                int(second), int((hundredths or "0").ljust(2, "0")) * 10000,
            )  # fmt: skip
        except ValueError:
            pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed
    # Written-out dates ("Friday, 25 October 2024, 12:44"): dateutil, but only
    # when a four-digit year is present, because dateutil fills a missing year
    # or month from today and would turn "12" into a date.
    if _YEAR.search(text):
        # ("2025-02-11 07:30 UTC" is year-first: 11 February, not 2 November)
        year_first = bool(_YEAR_FIRST.match(text))
        try:
            return dateutil_parser.parse(
                text, dayfirst=not year_first, yearfirst=year_first, tzinfos=_UTC_NAMES
            )
        except (ValueError, OverflowError):
            pass
    raise DateError(f"{field}: not a date: {value[:60]!r}", source=source)


def from_unix(seconds: str | int | float) -> datetime:
    """A Unix timestamp as a timezone-aware UTC ``datetime``."""
    return datetime.fromtimestamp(float(seconds), tz=UTC)
