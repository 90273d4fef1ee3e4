"""Lines of a mine-rescue story: an organisation's claim about itself ("X Mines said it
had made contact ... early on Monday") is the line of the claim's day, and a closing
"it said" names the organisation; through the real extraction and the archive."""

from __future__ import annotations

from timeline_lines import lines_of


def test_an_organisations_claim_about_itself_is_the_claims_line(tmp_path) -> None:
    text = (
        "Rescue teams were drilling on Tuesday to reach 9 miners trapped underground, the "
        "operator said.\n\n"
        "Kansanshi Mining said it had reached the miners through an air shaft early on Monday."
    )
    items = lines_of(tmp_path, text, "2026-10-06T11:00")  # a Tuesday
    (line,) = [i.summary for i in items if "air shaft" in i.summary]
    assert line.startswith("Early on 5 October, Kansanshi Mining reached the miners")
    person = "Peter Banda said it had reached the miners through an air shaft early on Monday."
    items = lines_of(tmp_path, person, "2026-10-06T11:00")
    assert not any("Peter Banda reached" in i.summary for i in items)


def test_a_closing_it_said_names_the_organisation(tmp_path) -> None:
    text = (
        "Kansanshi Mining said on Tuesday that all nine miners were alive. Food and water "
        "were being passed down the shaft, it said."
    )
    items = lines_of(tmp_path, text, "2026-10-06T11:00")
    (line,) = [i.summary for i in items if "Food" in i.summary or "food" in i.summary]
    assert line.endswith("down the shaft, Kansanshi Mining said.")
