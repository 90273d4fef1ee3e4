"""Lines of follow-up stories (set 19b): a claim's "would" without its saying, a report's
dated aside, days written month first; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_claim_of_what_the_source_itself_would_do_is_a_plan(tmp_path) -> None:
    text = "The regulator said it would release the inspection findings by the end of the year."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-12-31")
    assert line == "By the end of 2026, the regulator was to release the inspection findings."


def test_a_person_saying_what_they_would_do_gets_no_hanging_would(tmp_path) -> None:
    text = "The coach said he would step down in March."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = [i.summary for i in items]
    assert "would" not in line
    assert "was to step down" in line


def test_an_aside_naming_a_report_by_its_day_goes_whole(tmp_path) -> None:
    text = "The WHO, in a report released on Wednesday, put the death toll at 310."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-18")
    assert line == "On 18 November, the WHO put the death toll at 310."


def test_a_day_written_month_first_is_written_as_the_lines_dates(tmp_path) -> None:
    text = "The bridge, closed since October 14, will reopen to traffic on December 2."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-12-02")
    assert "since 14 October" in line
    assert "October 14" not in line


def test_a_warning_of_a_thing_to_come_gets_a_verb(tmp_path) -> None:
    text = "The farmers' union warned of fresh blockades of the motorway in January."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (item,) = items
    assert item.begin == "2027-01-01"
    assert item.summary == (
        "In January, there could be fresh blockades of the motorway, according to the "
        "farmers' union."
    )


def test_an_act_whose_own_warning_is_cut_is_told_as_done(tmp_path) -> None:
    text = (
        "The port authority reopened two terminals on Wednesday but warned that congestion "
        "could last for weeks."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (item,) = on_items(items, "2026-11-18")
    assert item.summary == "On 18 November, the port authority reopened two terminals."
    assert item.modality == "asserted"  # (was reported)


def test_what_is_due_to_happen_is_planned(tmp_path) -> None:
    text = "The regulator is due to rule on the merger by the end of February."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (item,) = items
    assert item.modality == "planned"  # (was predicted)


def test_a_which_clause_after_the_date_is_cut(tmp_path) -> None:
    text = "The brewery opened in 1862, which makes it the oldest in the country."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "1862-01-01")
    assert line == "In 1862, the brewery opened."


def test_a_quotation_dated_by_another_happening_is_not_said_that_day(tmp_path) -> None:
    text = (
        "The fire was detected early on Sunday, the mill's owner Tomas Berg told reporters. "
        '"We lost everything in the warehouse," Berg said.'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")  # a Friday
    lines = on(items, "2026-11-15")
    assert (
        'On 15 November, "we lost everything in the warehouse", according to Tomas Berg.' in lines
    )
    assert not any("Berg said" in line for line in lines)


def test_a_quotation_after_a_saying_on_its_day_keeps_said(tmp_path) -> None:
    text = (
        "The mill's owner, Tomas Berg, told reporters on Sunday that the fire had been put "
        'out. "We lost everything in the warehouse," Berg said.'
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert any(
        line.startswith("On 15 November, Tomas Berg said:") for line in on(items, "2026-11-15")
    )


def on_items(items: list, begin: str) -> list:
    """The items that begin on ``begin``."""
    return [i for i in items if i.begin == begin]


def test_what_followed_a_dated_decision_is_no_line_of_the_publication_day(tmp_path) -> None:
    text = (
        "The council's refusal to reopen the library in June had upset residents, who "
        "organised a petition."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    assert on(items, "2026-06-01") == ["In June, the council refused to reopen the library."]
    assert on(items, "2026-11-20") == []  # (was the whole sentence, "in June" in it)
