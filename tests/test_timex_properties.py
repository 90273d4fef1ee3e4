"""Property tests of the temporal engine: round trips, robustness, linear time."""

from __future__ import annotations

import time
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from backstory.timex import tag_timexes

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DCT = datetime(2024, 10, 25, 12, 0)


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


FORMS = [
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.isoformat()}",
    lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"the {d.day}{_suffix(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else d.isoformat(),
]


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(range(len(FORMS))),
)
def test_any_rendered_date_normalises_back_to_itself(d: date, form: int) -> None:
    surface = FORMS[form](d)
    text = f"The agreement was signed on {surface} in Geneva, officials said."
    found = tag_timexes(text, DCT)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    assert t.text == surface
    assert (t.value, t.begin, t.end_date) == (d.isoformat(), d.isoformat(), d.isoformat())


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_month_and_year_normalise_back(d: date) -> None:
    text = f"Production stopped in {MONTHS[d.month - 1]} {d.year} and never resumed."
    (t,) = tag_timexes(text, DCT)
    assert t.value == f"{d.year:04d}-{d.month:02d}"
    assert t.begin == date(d.year, d.month, 1).isoformat()


_PIECES = st.sampled_from(
    ["1", "31", "2024", "-", "/", ".", ",", " ", "\n", "May", "the", "last", "next", "week", "ago",
     "Friday", "p.m.", ":", "12:44", "of", "between", "and", "to", "early", "quarter", "'80s", "&amp;",
     "since", "every", "twice", "a", "year", "Oct.", "27-28", "recent", "days", "\u2013", "½"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(_PIECES, max_size=80).map(" ".join),
        st.lists(_PIECES, max_size=80).map("".join),
    )
)
def test_arbitrary_text_never_raises_and_offsets_hold(text: str) -> None:
    for dct in (DCT, date(1999, 1, 1), None):
        for t in tag_timexes(text, dct):
            assert text[t.start : t.end] == t.text
            assert t.type in ("DATE", "TIME", "DURATION", "SET")


def _cost(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        tag_timexes(text, DCT)
        best = min(best, time.process_time() - t0)
    return best


def test_time_grows_linearly_with_input_length() -> None:
    paragraph = (
        "On 27-28 October, two days after the talks of Oct. 23, 2024, the ministry said that "
        "about 11,000 troops would be ready as early as 1 November; last week it had warned, "
        "at 3 p.m. EST, that the next day would bring every Monday's briefing to an end. "
    )
    adversarial = [
        "1 " * 400,
        "the " * 400,
        "May " * 400,
        "2024-" * 300,
        " " * 2000,
        "12:44 " * 300,
    ]
    for unit in [paragraph, *adversarial]:
        small, large = unit * 4, unit * 32
        ratio = _cost(large) / max(_cost(small), 1e-4)
        assert ratio < 8 * 3, f"8x the text cost {ratio:.1f}x the time for {unit[:20]!r}"


_QUARTER_WORDS = ["first", "second", "third", "fourth"]
_SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=1, max_value=4),
    st.sampled_from(sorted(_SEASON_WORDS)),
)
def test_coarser_periods_normalise_back(year: int, quarter: int, season: str) -> None:
    cases = [
        (f"Q{quarter} {year}", f"{year}-Q{quarter}"),
        (f"the {_QUARTER_WORDS[quarter - 1]} quarter of {year}", f"{year}-Q{quarter}"),
        (f"H{1 + quarter % 2} {year}", f"{year}-H{1 + quarter % 2}"),
        (f"the {season} of {year}", f"{year}-{_SEASON_WORDS[season]}"),
        (f"{MONTHS[quarter * 3 - 1]} {year}", f"{year}-{quarter * 3:02d}"),
    ]
    for surface, value in cases:
        text = f"Output recovered in {surface}, the statistics office said."
        found = tag_timexes(text, DCT)
        assert [(t.text, t.value) for t in found] == [(surface, value)]
