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


@pytest.mark.parametrize(
    ("sentence", "month", "value"),
    [
        ("Last year the refinery shut in March for repairs.", "March", "2024-03"),
        ("Next year's congress will be held in Lisbon in October.", "October", "2026-10"),
        ("But last year, exports to China fell in September.", "September", "2024-09"),
    ],
)
def test_a_year_counted_from_now_that_opens_the_sentence_sets_its_month(
    sentence, month, value
) -> None:
    found = [t for t in tag_timexes(sentence, DCT) if t.text == month]
    assert [t.value for t in found] == [value]


def test_a_year_counted_from_now_as_a_yardstick_sets_nothing() -> None:
    sentence = "Sales were 4% higher than last year, the company said in March."
    found = [t for t in tag_timexes(sentence, DCT) if t.text == "March"]
    assert [t.value for t in found] == ["2025-03"]
