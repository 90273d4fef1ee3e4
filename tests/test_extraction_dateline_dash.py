"""An event's participant written after a dateline's dash keeps no dash of it."""

from __future__ import annotations

from datetime import datetime

from extraction_probes import extracted


def test_a_participant_after_a_datelines_dash_is_named_without_it() -> None:
    text = (
        "SUVA, Fiji, Jan 20 - Cyclone Ula made landfall on the island of Kadavu late on "
        "Monday, tearing roofs off homes, officials said on Tuesday."
    )
    x = extracted(text, datetime(2026, 1, 20, 9))
    actors = [e.actor for e in x.events if e.actor]
    assert actors and all(not a.startswith(("-", "–", "—")) for a in actors)
    assert "Cyclone Ula" in actors
