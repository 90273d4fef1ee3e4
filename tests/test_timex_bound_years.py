"""A year stated with a bound ("By the end of 2023", "By 2019") sets the sentence in that
year for a yearless month after it, as "In 2023" does."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes

DCT = datetime(2025, 4, 14, 6)


@pytest.mark.parametrize(
    ("sentence", "month", "value"),
    [
        (
            "By the end of 2023, the rebels held most of the province, and in December "
            "they took its capital.",
            "December",
            "2023-12",
        ),
        (
            "By 2019, the firm had closed six plants, and in May it sold the last one.",
            "May",
            "2019-05",
        ),
        (
            "At the end of 2022, prices peaked, and in November the bank raised rates.",
            "November",
            "2022-11",
        ),
    ],
)
def test_a_bound_year_sets_a_yearless_month_of_its_sentence(sentence, month, value) -> None:
    found = [t for t in tag_timexes(sentence, DCT) if t.text == month]
    assert [t.value for t in found] == [value]
