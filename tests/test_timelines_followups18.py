"""Lines of follow-up stories (set 18): a day inside an undated saying's claim dates the
claim, not the saying; a participle of when the object begins ("a curfew starting on
Sunday") keeps its own day, ahead of the announcing; a participle on the subject of a
clause a closing saying reports is its own day's line, told as done; through the real
extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of, on


def test_a_day_in_an_undated_sayings_claim_dates_the_claim(tmp_path) -> None:
    text = "Prosecutors said the suspect was detained on Monday at a border crossing."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")  # a Friday
    (line,) = on(items, "2026-11-16")
    assert line.startswith("On 16 November, the suspect was detained at a border crossing")
    assert "according to prosecutors" in line
    assert "prosecutors said" not in line.lower()  # (the saying is not Monday's)


def test_a_saying_with_its_own_day_stays_the_sayings_line(tmp_path) -> None:
    text = "The coastguard said on Tuesday that the trawler had sunk."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-17")
    assert line.startswith("On 17 November, the coastguard said")


def test_a_participle_of_the_objects_start_keeps_its_day_ahead(tmp_path) -> None:
    text = "The interior ministry imposed a curfew starting on Sunday in three border districts."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")  # a Friday
    assert on(items, "2026-11-22") == []  # the imposing is not Sunday's
    (line,) = on(items, "2026-11-20")
    assert "imposed a curfew starting on 22 November" in line


def test_a_participle_on_a_reported_subject_is_its_own_days_line_done(tmp_path) -> None:
    text = "The truce announced on Wednesday will take effect on Sunday, the mediators said."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (wednesday,) = [i for i in items if i.begin == "2026-11-18"]
    assert wednesday.summary == "On 18 November, the truce was announced."
    assert wednesday.modality == "asserted"  # (the announcing is done, not foreseen)


def test_a_plural_source_opening_the_sentence_is_written_in_lower_case(tmp_path) -> None:
    text = "Traders said copper prices had dropped to a two-year low on Tuesday."
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (line,) = on(items, "2026-11-17")
    assert line.endswith("according to traders.")


def test_a_day_in_the_sources_own_second_act_is_no_part_of_the_claim(tmp_path) -> None:
    text = (
        "The pilots' union said the stoppage would last two days and warned of more "
        "walkouts on 3 December."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    for item in items:
        # (not "On 3 December, the stoppage would last two days and warned of ...")
        assert not item.summary.startswith("On 3 December, the stoppage"), item.summary


def test_a_when_clause_after_a_participles_date_is_that_dates_line(tmp_path) -> None:
    text = (
        "The lake rose to 4.1 metres above normal at Ohrid early on Thursday, beating the "
        "previous record set in April 2010, when floods destroyed 300 homes."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (april,) = [i.summary for i in items if i.begin.startswith("2010-04")]
    assert april == "In April 2010, floods destroyed 300 homes."


def test_a_line_of_a_done_clause_is_not_told_as_the_other_clauses_forecast(tmp_path) -> None:
    text = (
        "The central bank held its main refinancing rate at 3.5% on Thursday, but signalled "
        "that it could start lowering borrowing costs early next year."
    )
    items = lines_of(tmp_path, text, "2026-11-20T14:05")
    (held,) = [i for i in items if i.begin == "2026-11-19"]
    assert held.summary.startswith("On 19 November, the central bank held its main")
    assert held.modality == "asserted"  # (was "likely", the cut's)
