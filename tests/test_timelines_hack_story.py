"""Lines of a hospital-hack story: a pronoun's saying with a relative clause's day
before a quotation tells the clause, as the speaker said it; a quotation told again
on a later day is one line; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_pronoun_saying_with_a_dated_relative_clause_before_its_quotation(tmp_path) -> None:
    text = (
        "Energy minister Ruth Adeyemi told lawmakers on Tuesday that the grid would be "
        "repaired within a month. She said the attack on the power grid, which began on June 3, "
        'was "the worst assault on our network in a generation".'
    )
    items = lines_of(tmp_path, text, "2026-06-10T12:00")  # a Wednesday
    (line,) = on(items, "2026-06-03")
    assert line == "On 3 June, the attack on the power grid began, according to Ruth Adeyemi."
    assert not any("which started," in i.summary for i in items)


def test_the_quotation_of_a_page_label_is_the_line_of_its_first_telling(tmp_path) -> None:
    text = (
        "The two freed sailors reached Manila late on Saturday. The captain's wife, Liza "
        "Ramos, told local radio on Sunday that the family had not slept for days. "
        '"We will only believe it when we can hold him again," she said.\n\n'
        'Quote from Liza Ramos: "We will only believe it when we can hold him again."'
    )
    items = lines_of(tmp_path, text, "2026-06-09T08:00")  # a Tuesday
    quoted = [i for i in items if "hold him again" in i.summary]
    assert len(quoted) == 1
    assert quoted[0].begin == "2026-06-07"
    assert quoted[0].summary.startswith('On 7 June, Liza Ramos said: "We will only')
    assert len({s.start for s in quoted[0].sources}) >= 2


def test_a_sentence_opening_on_a_date_long_gone_is_not_the_speaker_before(tmp_path) -> None:
    text = (
        "The port authority said on Monday it was working with the navy to clear the "
        "channel. In March 2023, a similar collision in the channel closed the port for "
        "nine days."
    )
    items = lines_of(tmp_path, text, "2026-06-10T12:00")
    (line,) = on(items, "2023-03-01")
    assert "according to" not in line and "port authority" not in line
    assert line.startswith("In March 2023, a similar collision")


def test_a_pronoun_after_a_saying_still_goes_on_with_its_account(tmp_path) -> None:
    from datetime import datetime

    from backstory import extract
    from backstory.article import Article

    text = (
        "Police said the driver, a 41-year-old man, had been arrested at the scene. "
        "In 2019, he was banned from driving for two years."
    )
    x = extract(Article(text=text, published=datetime(2026, 6, 10, 12)))
    (banned,) = [e for e in x.events if e.trigger == "banned"]
    assert banned.attribution is not None and banned.attribution.speaker == "Police"


def test_a_clause_of_what_lies_ahead_to_its_day_is_its_own_line(tmp_path) -> None:
    text = (
        "The number of cancelled flights has reached 310, the airline said on Friday, and "
        "regional services at Gander Airport will stay suspended until at least Wednesday."
    )
    items = lines_of(tmp_path, text, "2026-06-12T12:00")  # a Friday
    (line,) = [i.summary for i in items if i.summary.startswith("Until")]
    assert line.startswith("Until at least 17 June, regional services at Gander Airport")
    assert "310" not in line
