"""An ordinal after a weekday or a preposition is a day of the month only when it heads
no phrase of its own ("on Sunday, the 18th consecutive night of protests" is Sunday)."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstory.timex import tag_timexes

DCT = datetime(2024, 12, 15, 21, 10)  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "tagged"),
    [
        (
            "Thousands marched on Sunday, the 18th consecutive night of protests.",
            [("Sunday", "2024-12-15")],
        ),
        ("Miners stayed underground on the 12th straight day of the sit-in.", []),
        (
            "Farmers blocked the motorway on Friday, the 5th day of the blockade.",
            [("Friday", "2024-12-13")],
        ),
        ("The budget vote will take place on the 18th.", [("the 18th", "2024-12-18")]),
        ("Parliament meets again on the 19th in Strasbourg.", [("the 19th", "2024-12-19")]),
        (
            "The hearing opened on Friday the 13th of December.",
            [("Friday the 13th of December", "2024-12-13")],
        ),
    ],
)
def test_an_ordinal_day_heads_no_phrase_of_its_own(sentence: str, tagged: list) -> None:
    found = [(t.text, t.value) for t in tag_timexes(sentence, DCT) if t.type in ("DATE", "TIME")]
    assert found == tagged
