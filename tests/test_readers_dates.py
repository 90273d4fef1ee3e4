"""Publication dates: what sources write, parsed back to the same instant (property tests)."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstory.errors import DateError
from backstory.readers.dates import parse_date

OFFSETS = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
MOMENTS = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=OFFSETS
).map(lambda d: d.replace(microsecond=0))


@given(MOMENTS)
def test_iso_8601_round_trips(moment: datetime) -> None:
    assert parse_date(moment.isoformat()) == moment
    naive = moment.replace(tzinfo=None)
    assert parse_date(naive.isoformat()) == naive


@given(MOMENTS)
def test_rfc_822_round_trips_to_the_same_instant(moment: datetime) -> None:
    parsed = parse_date(email.utils.format_datetime(moment))
    assert parsed == moment and parsed.utcoffset() == moment.utcoffset()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Friday, 25 October 2024, 12:44", datetime(2024, 10, 25, 12, 44)),
        ("June 8, 2010", datetime(2010, 6, 8)),
        ("2011-10-06T00:58:21Z", datetime(2011, 10, 6, 0, 58, 21, tzinfo=UTC)),
        ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000)),
        ("25 Aug 2011 01:15 GMT", datetime(2011, 8, 25, 1, 15, tzinfo=UTC)),
        # year first is month before day, and "UTC" is UTC whatever the machine's zone
        ("2025-02-11 07:30 UTC", datetime(2025, 2, 11, 7, 30, tzinfo=UTC)),
        ("2025/03/04 18:05", datetime(2025, 3, 4, 18, 5)),
        ("04/03/2025 18:05", datetime(2025, 3, 4, 18, 5)),
    ],
)
def test_dates_as_sources_write_them(written: str, expected: datetime) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize("garbage", ["", "soon", "last Tuesday", "12", "the 5th", "Q3"])
def test_non_dates_are_errors_naming_the_field(garbage: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(garbage, source="news.csv: row 3", field="date")
    assert str(caught.value).startswith("news.csv: row 3: date")
