"""The curated knowledge base of well-known entities (data/kb.json).

General world knowledge only: heads of state and government, ministers,
institutions that stand for a state (the Pentagon, the Kremlin),
international organisations, and weapon systems news names by their model
("Iskander-M", "Gripen", "SAMP/T": type PRODUCT, the equipment kind, with what
they are as their role, so that no system is read as an organisation, a place
or an actor). Each entry has a canonical name, a type,
aliases, optionally a country (ISO alpha-2), roles and ``metonym_of`` (the
state an institution stands for). People are indexed by their
transliteration-folded name key, everything else by its folded name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from backstory.entities.gazetteer import fold
from backstory.entities.names import name_key, same_name


@dataclass(frozen=True)
class KBEntry:
    """One curated entity."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[str, ...] = ()
    metonym_of: str | None = None
    id: str = field(default="")


@lru_cache(maxsize=1)
def entries() -> tuple[KBEntry, ...]:
    """Every KB entry, in file order."""
    path = Path(str(resources.files("backstory") / "data" / "kb.json"))
    rows = json.loads(path.read_text("utf-8"))
    return tuple(
        KBEntry(
            name=row["name"],
            type=row["type"],
            aliases=tuple(row.get("aliases", ())),
            country=row.get("country"),
            roles=tuple(row.get("roles", ())),
            metonym_of=row.get("metonym_of"),
            id=f"kb:{fold(row['name']).replace(' ', '_')}",
        )
        for row in rows
    )


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, KBEntry], dict[str, list[KBEntry]]]:
    by_name: dict[str, KBEntry] = {}
    people_by_surname: dict[str, list[KBEntry]] = {}
    for entry in entries():
        for alias in (entry.name, *entry.aliases):
            by_name.setdefault(fold(alias), entry)
            if entry.type == "PERSON":
                key = name_key(alias)
                by_name.setdefault("person:" + key, entry)
                people_by_surname.setdefault(key.split()[-1], []).append(entry)
    return by_name, people_by_surname


def find_entry(text: str) -> KBEntry | None:
    """The KB entry ``text`` names exactly (any alias, case and accents folded)."""
    return _index()[0].get(fold(text))


@lru_cache(maxsize=16384)
def find_person(name: str) -> KBEntry | None:
    """The KB person ``name`` names, allowing transliteration variants.

    A bare surname matches only when the KB lists that surname alone as an
    alias (well-known by surname: "Putin", "Zelenskyy").
    """
    by_name, by_surname = _index()
    key = name_key(name)
    if not key.split():
        return None
    if hit := by_name.get("person:" + key):
        return hit
    candidates = by_surname.get(key.split()[-1], [])
    if not candidates:
        # One more chance for variants the folding does not merge.
        candidates = [e for e in entries() if e.type == "PERSON"]
    words = key.split()
    for entry in candidates:
        for alias in (entry.name, *entry.aliases):
            if len(words) == 1 and len(alias.split()) > 1:
                continue
            if (
                same_name(name, alias)
                and len(name_key(alias).split()) <= len(words) + 1
                and (len(words) == 1 or len(alias.split()) > 1)
            ):
                return entry
    return None
