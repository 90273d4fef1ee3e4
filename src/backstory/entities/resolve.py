"""Entity resolution: every mention in an article to one canonical entity.

Mentions come from spaCy's NER and from a phrase matcher over the
gazetteer and knowledge base (names NER misses). Each mention is then
resolved, in order of reliability:

1. the curated knowledge base (exact alias, or a transliteration variant
   of a person's name);
2. countries by name or alias, demonyms and adjectives ("North Korean"),
   capitals used as metonyms ("pressure on Moscow" is Russia; "in Moscow"
   is the city);
3. first-level regions ("Kursk Oblast", "Kherson region") and cities from
   the offline gazetteer, preferring the countries the article names;
4. people clustered within the article: spelling and transliteration
   variants, surnames and titles ("the president") refer back to a full
   name; roles come from titles before the name and from appositions.

NER errors the knowledge base or the article can correct are corrected: a
known person tagged ORG becomes PERSON, a region tagged PRODUCT a REGION.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from backstory.article import CHANNEL_TAIL, SOURCE_LINE
from backstory.entities import gazetteer
from backstory.entities.gazetteer import fold
from backstory.entities.kb import KBEntry, entries, find_entry, find_person
from backstory.entities.names import (
    HONORIFICS,
    NAME_PARTICLES,
    fold_token,
    folded_words,
    given_name,
    is_name_part,
    name_words,
    same_name,
    same_word,
    surname_key,
    written_name,
)
from backstory.entities.spans import (
    adjacent_person,
    capitalised_common_word,
    dictionary_word,
    drop_score,
    extend_institution,
    extend_person_left,
    sentence_initial,
)
from backstory.extraction import Entity, Extraction, Mention
from backstory.linguistic import apposition_host
from backstory.pipeline import Context
from backstory.timex.lexicon import TIME_ZONES
from backstory.units import unit_tokens

# NER labels that name entities we keep.
_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
# Prepositions after which a capital is a place, not the state it stands for.
# Verbs whose subject, when NER calls it a place nobody knows, is an organisation.
_ORG_VERBS = frozenset(
    [
        "say",
        "confirm",
        "announce",
        "report",
        "state",
        "add",
        "warn",
        "deny",
        "claim",
        "introduce",
        "sign",
        "supply",
        "pay",
        "cut",
        "raise",
        "halt",
        "stop",
        "resume",
        "file",
        "launch",
        "plan",
        "agree",
        "sell",
        "buy",
        "export",
        "import",
        "produce",
        "employ",
        "hire",
    ]
)
# Nouns that describe an organisation in apposition ("Ukrenergo, the grid operator").
_ORG_NOUNS = frozenset(
    [
        "company",
        "operator",
        "firm",
        "group",
        "giant",
        "producer",
        "agency",
        "utility",
        "bank",
        "monopoly",
        "maker",
        "supplier",
        "carrier",
        "airline",
        "provider",
        "corporation",
        "conglomerate",
        "manufacturer",
        "exporter",
        "insurer",
        "broadcaster",
        "publisher",
        "network",
        "union",
        "party",
        "ministry",
        "regulator",
    ]
)
# Last words of organisations' names ("Regional Appeals Court", "Electoral
# Commission"): a capitalised name ending so is no person's, whatever NER or a
# role beside it suggests.
_ORG_HEADS = _ORG_NOUNS | frozenset(
    """court tribunal commission council committee authority office bureau service
    institute university association federation foundation board assembly
    parliament senate police army navy""".split()  # noqa: SIM905 - a word table
)
# Nouns a company's name modifies ("Alibaba shares", "Equinor's profit" aside):
# a name no gazetteer knows that qualifies them is a company's.
_COMPANY_HOLDINGS = frozenset(
    """share stock profit revenue earnings sale shareholder investor executive
    spokesman spokeswoman spokesperson employee""".split()  # noqa: SIM905 - a word table
)
_REGION_NOUNS = frozenset(["province", "region", "oblast", "state", "county", "prefecture"])
# A settlement or a part of one named after "of" ("the town of El Fasher", "the
# district of Angoche")
_SETTLEMENT_NOUNS = gazetteer.SETTLEMENT_NOUNS | gazetteer.DISTRICT_NOUNS
# What a city has, not its government ("Tehran's Evin prison", "Kyiv's outskirts").
_PLACE_PARTS = frozenset(
    """prison jail airport port harbour harbor hospital university stadium suburb suburbs
    outskirts district districts neighbourhood neighborhood street streets square
    station centre center mayor""".split()  # noqa: SIM905 - a word table
)
# Acts that reach a place rather than its government ("missiles hit Kyiv").
_PLACE_VERBS = frozenset(
    """hit strike shake rock pound batter shell bomb bombard target attack raid storm
    enter reach visit leave flee evacuate capture seize occupy surround encircle besiege
    liberate retake approach flood blanket""".split()  # noqa: SIM905 - a word table
)
# Acts of war that reach a place ("missiles struck Kherson"), and their nouns ("a
# drone attack on Sumy"): what they reach is a place, never a person.
_ATTACK_VERBS = frozenset(
    """hit strike shell bomb bombard target attack raid storm pound batter capture seize
    occupy surround encircle besiege liberate retake""".split()  # noqa: SIM905 - a word table
)
_ATTACK_NOUNS = frozenset(
    """attack strike airstrike assault raid shelling bombardment bombing offensive
    barrage""".split()  # noqa: SIM905 - a word table
)
# A city abroad smaller than this, named as "the town of X" in a story of other
# countries, is taken for an unknown town of the story's country
_FOREIGN_TOWN = 1_000_000
# inhabitants: a town this small abroad yields to a region of the same name elsewhere
_SMALL_CITY = 100_000
LOCATIVE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "into",
        "to",
        "from",
        "within",
        "throughout",
        "toward",
        "towards",
        "via",
        "over",
        "through",
        "between",
    ]
)
# Head words of titles and roles ("Head of Defence Intelligence", "President").
TITLE_WORDS = frozenset(
    [
        "president",
        "vice-president",
        "minister",
        "secretary",
        "commander",
        "commander-in-chief",
        "chief",
        "head",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "general",
        "ambassador",
        "governor",
        "mayor",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "envoy",
        "adviser",
        "advisor",
        "aide",
        "officer",
        "lieutenant",
        "colonel",
        "admiral",
        "marshal",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "speaker",
        "founder",
        "co-founder",
        "executive",
        "president-elect",
        "prosecutor",
        "judge",
        "attorney",
        "commissioner",
        "ombudsman",
        "deputy",
        "mp",
    ]
)
# Nouns for what a person is or does, no title ("businessman Roman X", "the lawyer
# Ana Y"): the capitalised name right after one is a person's, whatever NER says.
PERSON_ROLE_NOUNS = frozenset(
    """businessman businesswoman entrepreneur tycoon billionaire lawyer engineer
    doctor nurse teacher journalist reporter activist farmer student worker
    defendant co-defendant suspect witness victim survivor patient priest
    economist analyst scientist researcher historian novelist writer author
    singer actor actress player coach striker""".split()  # noqa: SIM905 - a word table
)
# Portfolio words that NER tags ORG inside a title ("Secretary of Defense").
_PORTFOLIOS = frozenset(
    fold(w)
    for w in (
        "Defense",
        "Defence",
        "State",
        "Foreign Affairs",
        "Interior",
        "Justice",
        "Finance",
        "Treasury",
        "Health",
        "Energy",
        "Education",
        "Commerce",
        "Agriculture",
        "Labor",
        "Labour",
        "Transportation",
        "Homeland Security",
        "the Interior",
        "Economy",
        "Trade",
        "Infrastructure",
        "Transport",
        "Environment",
        "Industry",
        "Culture",
        "Tourism",
        "Housing",
    )
)
_DISTRICT_NOUNS = gazetteer.DISTRICT_NOUNS
# Last words of an organisation's name that a "for ..." phrase may complete
_NAME_HEADS = frozenset(
    """Headquarters Committee Commission Council Centre Center Agency Office Bureau
    Service Fund Foundation Institute Board Authority Directorate Coalition""".split()  # noqa: SIM905 - a word table
)
# First words of institutions named after their state ("Polish Ministry of ...").
INSTITUTION_WORDS = frozenset(
    [
        "Ministry",
        "Department",
        "Office",
        "Army",
        "Navy",
        "Air",
        "Armed",
        "General",
        "Defence",
        "Defense",
        "Foreign",
        "Interior",
        "Embassy",
        "Parliament",
        "Government",
        "Cabinet",
        "Security",
        "Border",
        "Presidential",
        "National",
        "Central",
        "State",
        "Supreme",
        "Federal",
        "Joint",
        "Prosecutor",
        "Prosecutor-General",
        "Intelligence",
        "Military",
        "Coast",
        "Guard",
    ]
)
# Common nouns that describe a named thing as an organisation or a product
# ("the game studio Mojang", "its operating system, Yosemite"): a name they
# describe is not a person's, whatever NER says. Nouns that also describe
# people ("model", "developer", "publisher", "maker") are left out.
_DESCRIPTORS = {
    **dict.fromkeys(
        """company firm studio group carmaker automaker chipmaker manufacturer
        retailer chain carrier airline bank lender insurer startup start-up
        broadcaster newspaper magazine website label band conglomerate
        subsidiary supplier distributor gang mission brewer distiller drugmaker
        planemaker shipbuilder""".split(),  # noqa: SIM905 - a word table
        "ORG",
    ),
    **dict.fromkeys(
        """browser system software app application service platform device phone
        smartphone handset tablet laptop computer console chip processor product
        brand version release update programme program game""".split(),  # noqa: SIM905
        "PRODUCT",
    ),
}
# Nouns a name is put before to say what it names ("the Tasnim news agency", "Evin
# prison", "Barcelona's El Prat airport", "Aster and Corso models"): read so, a one-word name NER took for a
# person's is not one.
_KIND_HEADS = {
    **dict.fromkeys(
        """agency company firm group studio party newspaper broadcaster militia movement
        gang""".split(),  # noqa: SIM905 - a word table
        "ORG",
    ),
    **dict.fromkeys(
        """model models hatchback hatchbacks sedan sedans saloon suv suvs pickup car cars
        truck trucks jet jets aircraft smartphone smartphones app vaccine missile missiles
        drone drones""".split(),  # noqa: SIM905 - a word table
        "PRODUCT",
    ),
    **dict.fromkeys(
        """prison jail stadium refinery airport airfield airbase port seaport harbour
        harbor terminal station mine colliery quarry""".split(),  # noqa: SIM905 - a word table
        "FAC",
    ),
}
# Sports whose national bodies are named "<sport> <country>" ("Athletics Kenya",
# "Cricket Australia", "Swimming Canada").
_SPORT_BODIES = frozenset(
    """athletics cricket rugby football tennis swimming cycling rowing hockey netball golf
    basketball volleyball gymnastics sailing triathlon boxing judo badminton skiing
    archery fencing""".split()  # noqa: SIM905 - a word table
)
# Last words of the names of built things: a name ending so is a facility,
# whatever NER says ("Renaissance Dam" ORG, "Kerch Bridge" GPE).
FACILITY_WORDS = frozenset(
    ["dam", "bridge", "airport", "pipeline", "canal", "tunnel", "reactor", "refinery", "stadium",
     "terminal", "harbour", "harbor", "highway", "motorway", "railway", "port", "seaport",
     "station", "airfield", "airbase", "hauptbahnhof", "bahnhof", "cathedral", "mosque",
     "basilica", "abbey", "monument", "tower", "gate", "square", "circle", "roundabout",
     "centrale", "centraal", "termini"]
)  # fmt: skip
# First words of the names of stations and airports in other languages ("Gare du Nord",
# "Estación de Atocha", "Aeropuerto de Barajas"): a name opening so is a facility.
FACILITY_OPENERS = frozenset(
    ["gare", "estación", "estacion", "estação", "estacao", "stazione", "bahnhof",
     "aeropuerto", "aéroport", "aeroport", "aeroporto", "flughafen", "lotnisko"]
)  # fmt: skip
# Nouns of the transport buildings a name is put before ("King's Cross station",
# "Heathrow airport"): "the Sinopec refinery" is the company's, "King's Cross
# station" is the station's name.
_STATION_NOUNS = frozenset(["station", "terminal", "airport", "airfield"])
# Words that follow a city's name to name its main station in other languages ("Milano
# Centrale", "Amsterdam Centraal", "Roma Termini", "Wien Hauptbahnhof").
_STATION_SUFFIXES = frozenset(["centrale", "centraal", "termini", "hauptbahnhof", "hbf"])
# Heads of organisations' names a lower-case description repeats ("the board").
_DESCRIBED_HEADS = frozenset(
    """board agency authority commission committee council ministry bureau
    tribunal""".split()  # noqa: SIM905 - a word table
)
# Last words of airlines' names ("Northway Air", "Qatar Airways"), as they are written.
_AIRLINE_WORDS = frozenset(["Air", "Airlines", "Airways", "Airline", "Air Lines"])
# Last words of businesses' names, as they are written ("Poseidon Maritime", "Halvard
# Labs", "Sato Holdings"): never a person's surname.
_COMPANY_WORDS = frozenset(
    """Maritime Shipping Logistics Holdings Labs Laboratories Industries Technologies
    Pharmaceuticals Pharma Petroleum Mining Motors Securities Investments Ventures
    Enterprises Corp Corporation Inc Ltd LLC PLC GmbH Resources Minerals Metals Mines
    Aerospace Therapeutics Semiconductors Biosciences Banka Banca Banco Banque Bancorp
    Bankası Insurance Assurance""".split()  # noqa: SIM905
)


def ends_as_organisation(name: str) -> bool:
    """Whether a capitalised name ends in a word only organisations' names end in
    ("Mopani Copper Mines", "the Electoral Commission"): no person's."""
    last = name.split()[-1] if name.split() else ""
    return last.lower() in _ORG_HEADS or last in _COMPANY_WORDS


# Nouns of what people do in sport, before their names ("steeplechaser Lemlem Hailu").
_ATHLETE_NOUNS = frozenset(
    """athlete runner sprinter hurdler steeplechaser marathoner jumper thrower swimmer
    cyclist rider jockey boxer wrestler fighter skier gymnast golfer striker midfielder
    defender goalkeeper winger forward batsman bowler cricketer footballer quarterback
    pitcher tennis""".split()  # noqa: SIM905 - a word table
)
# Nouns of ships, whose names follow them ("the tanker St Nikolas", "the container ship
# MSC Aries"): the vessel, a thing, not a person or a company.
_VESSEL_NOUNS = frozenset(
    """ship tanker vessel freighter trawler yacht ferry frigate destroyer corvette
    submarine cruiser carrier supertanker bulker""".split()  # noqa: SIM905
)
# "the House" is a legislature's chamber in news usage, never a short form of
# "the White House" or an opera house named earlier.
_STANDALONE_HEADS = frozenset(["house"])
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "these", "its", "their", "his", "her", "our", "whose"]
)
_AMOUNT_WORDS = frozenset(["thousand", "million", "billion", "trillion", "mln", "bln", "bn"])
# "iPhone", "eBay", "webOS": a lower-case start and a capital inside, never a
# person's or a place's name (products and companies are written so).
_LOWER_CAMEL = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z0-9]*")
_BRACKETED_INITIALS = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")
_CAPITALISED_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}\b")
_PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"]
)


@dataclass
class _Cluster:
    """An entity being built."""

    name: str
    type: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kb: KBEntry | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)  # person name forms seen
    extra_aliases: list[str] = field(default_factory=list)
    # where mentions that describe rather than name it start ("Ghana's capital"): no alias
    descriptions: set[int] = field(default_factory=set)

    def add(self, start: int, end: int, text: str) -> None:
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, text))


@dataclass
class EntityIndex:
    """Which entity each token belongs to; later stages read it from the context."""

    entities: list[Entity]
    by_token: dict[int, int]  # token index -> entity index

    def entity_at(self, token: Any) -> Entity | None:
        """The entity whose mention covers ``token``, if any."""
        i = self.by_token.get(token.i)
        return self.entities[i] if i is not None else None

    def entity_named(self, name: str) -> Entity | None:
        """The entity with canonical name or alias ``name`` (case-insensitive)."""
        low = name.casefold()
        for entity in self.entities:
            if entity.name.casefold() == low or any(a.casefold() == low for a in entity.aliases):
                return entity
        return None


@dataclass
class _Mention:
    start: int  # token indices [start, end)
    end: int
    label: str
    kb: KBEntry | None = None
    region_word: str | None = None  # "Oblast" for "Kharkiv" in "Kharkiv and Poltava oblasts"


@lru_cache(maxsize=4)
def _phrase_matcher(nlp: Any) -> Any:
    """A PhraseMatcher over KB aliases, country names, demonyms and capitals."""
    import pycountry
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    kb_names: set[str] = set()
    for entry in entries():
        for alias in (entry.name, *entry.aliases):
            if alias[:1].isupper() or alias[:1].isdigit():
                kb_names.add(alias.removeprefix("the ").removeprefix("The "))
    places: set[str] = set()
    for code, place in gazetteer.countries().items():
        places.add(place.name)
        places.update(gazetteer.country_aliases(code))
    for pc in pycountry.countries:
        if getattr(pc, "common_name", None):
            places.add(pc.common_name)
    demonyms = {k.title() for k in gazetteer.demonyms() if k}
    matcher.add("KB", [nlp.make_doc(s) for s in sorted(kb_names)])
    matcher.add("GPE", [nlp.make_doc(s) for s in sorted(places) if s[:1].isupper()])
    matcher.add("NORP", [nlp.make_doc(s) for s in sorted(demonyms)])
    return matcher


# A stock code after a company's name: "Volkswagen (VOWG_p.DE)", "Toyota (7203.T)", the
# wire's "NV DSM <DSMN.AS>" or "<IBM>" (initials in round brackets, "(UNMISS)", are names)
_TICKER = re.compile(r"\(\s*[A-Z0-9][A-Za-z0-9_]*\.[A-Z]{1,3}\s*\)|<\s*[A-Z0-9][A-Za-z0-9_.]*\s*>")


# A clock time's zone ("fell 6% by 10:30 GMT", "at 0735 GMT", "3 p.m. EST"): no name.
_ZONE_CODES = "|".join(z for z in TIME_ZONES if z.isupper() and len(z) > 1)
_CLOCK_ZONE = re.compile(
    rf"(?:\b\d{{1,2}}[:.]\d{{2}}|\b\d{{4}}|[ap]\.?m\.?)[ \t]*\(?({_ZONE_CODES})\b"
)


# Nouns that make the name before them a disease's ("Marburg virus", "Lassa fever").
_DISEASE_NOUNS = frozenset(["virus", "fever", "disease"])


def _disease_names(doc: Any) -> set[str]:
    """The names the article gives diseases by writing them before "virus", "fever" or
    "disease" ("an outbreak of Marburg virus disease"): such a name, there or alone
    ("Marburg kills up to 88%"), names no person, place or organisation."""
    found = set()
    for ent in doc.ents:
        if ent.end < len(doc) and doc[ent.end].lower_ in _DISEASE_NOUNS and doc[ent.end].is_lower:
            found.add(ent.text)
    return found


def _zone_tokens(doc: Any) -> set[int]:
    """The indexes of the tokens of a time zone written after a clock time."""
    found: set[int] = set()
    for m in _CLOCK_ZONE.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _ticker_tokens(doc: Any) -> set[int]:
    """The indexes of the tokens inside a stock code."""
    found: set[int] = set()
    for m in _TICKER.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _listed_companies(
    doc: Any, mentions: list[_Mention], taken: list[bool], tickers: set[int], nlp: Any
) -> None:
    """The name right before a stock code is a company's ("Brewer Heineken <HEIN.AS>
    said", NER's PERSON or nothing): an ORG mention."""
    starts = sorted(i for i in tickers if i - 1 not in tickers)
    for first in starts:
        end = first
        start = end
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "&"):
            start -= 1
            if end - start >= 5:
                break
        while start < end and (
            _organisation_noun(doc[start]) or capitalised_common_word(doc, start, nlp)
        ):
            start += 1  # "Brewer Heineken": what it is, then its name
        if start == end or doc[start].text == "&":
            continue
        own = next((m for m in mentions if m.start < end and start < m.end), None)
        if own is not None:
            if own.label == "PERSON" and own.end == end:
                own.label = "ORG"
            continue
        mentions.append(_Mention(start, end, "ORG"))
        for i in range(start, end):
            taken[i] = True


# The plural of a region word after a list of names ("Kharkiv and Poltava oblasts").
_PLURAL_REGION_NOUNS = {
    "oblasts": "Oblast",
    "regions": "Region",
    "provinces": "Province",
    "krais": "Krai",
    "prefectures": "Prefecture",
    "governorates": "Governorate",
    "counties": "County",
    "states": "State",
}


def _region_word_after(doc: Any, start: int, end: int, label: str) -> str | None:
    """The region word of a place name written before a lower-case "region", "oblast"
    or "province" ("in the Poltava region": Poltava Oblast, not the city), when the
    gazetteer knows the region so; else None."""
    if label not in ("GPE", "LOC", "NORP") or end >= len(doc) or not doc[end].is_lower:
        return None
    word = _PLURAL_REGION_NOUNS.get(doc[end].lower_ + "s")
    if word is None or word in ("County", "State"):
        return None
    if gazetteer.find_region(f"{doc[start:end].text} {word}") is None:
        return None
    return word


def _listed_regions(doc: Any, taken: list[bool]) -> list[_Mention]:
    """The regions of a list closed by a plural region word ("Kharkiv and Poltava
    oblasts", "the Sumy, Chernihiv and Kharkiv regions"): each name is a region the
    gazetteer knows as "<name> Oblast", whatever NER made of it (a city, a people, a
    person). A name the gazetteer does not know so is left to NER."""
    found: list[_Mention] = []
    for noun in doc:
        singular = _PLURAL_REGION_NOUNS.get(noun.lower_)
        if singular is None or noun.i == 0:
            continue
        names: list[tuple[int, int]] = []
        end = noun.i
        i = end - 1
        while i >= 0:
            start = i
            while start > 0 and (
                doc[start - 1].text in ("-", "–") or doc[start].text in ("-", "–")
            ):
                start -= 1  # "Ivano-Frankivsk"
            if not (doc[start].is_title or doc[start].text[:1].isupper()):
                break
            if not all(t.pos_ in ("PROPN", "PUNCT", "NOUN", "ADJ") for t in doc[start : i + 1]):
                break
            names.append((start, i + 1))
            i = start - 1
            if i >= 0 and doc[i].lower_ in ("and", "or"):
                i -= 1
                if i >= 0 and doc[i].text == ",":
                    i -= 1  # "Sumy, Kharkiv, and Donetsk oblasts"
            elif i >= 0 and doc[i].text == ",":
                i -= 1
            else:
                break
        if len(names) < 2:
            continue  # "Kharkiv oblasts" is no list; one name takes NER's word
        for start, stop in names:
            text = doc[start:stop].text
            if any(taken[start:stop]) or gazetteer.find_region(f"{text} {singular}") is None:
                continue
            found.append(_Mention(start, stop, "GPE", region_word=singular))
            for k in range(start, stop):
                taken[k] = True
    return found


def _collect_mentions(doc: Any, nlp: Any) -> list[_Mention]:
    mentions: list[_Mention] = []
    # "4GB", "140 dB", "US $199": units next to numbers are never names.
    measures = unit_tokens(doc)
    measures_set = {*measures, *measures.values()}
    tickers = _ticker_tokens(doc) | _zone_tokens(doc)
    taken = [i in measures_set or i in tickers for i in range(len(doc))]
    matcher = _phrase_matcher(nlp)
    found = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    countries = [
        (start, end)
        for match_id, start, end in found
        if nlp.vocab.strings[match_id] == "GPE" and end - start > 1
    ]
    # "SAMP/T", "IRIS-T SLM": a known thing's full name, of which NER tags a piece; so
    # is a known group's NER read as peoples, places or initials ("Islamic | State West
    # Africa Province", NORP and a region; "Africa | CDC"; not "Ukraine's | Armed Forces",
    # an organisation named in full of its own)
    things = [
        (start, end)
        for match_id, start, end in found
        if nlp.vocab.strings[match_id] == "KB"
        and (entry := find_entry(doc[start:end].text)) is not None
        and (
            entry.type == "PRODUCT"
            or (
                entry.type == "ORG"
                and end - start > 1
                and not any(
                    e.label_ == "ORG" and len(e) > 1
                    for e in doc.ents
                    if e.start < end and start < e.end
                )
            )
        )
    ]
    mentions.extend(_listed_regions(doc, taken))
    diseases = _disease_names(doc)
    for ent in doc.ents:
        if ent.label_ not in _LABELS or any(taken[ent.start : ent.end]):
            continue  # not a name, or already part of a longer one
        if ent.text in diseases:
            continue  # "Marburg virus disease ... Marburg kills up to 88%": no person or town
        if any(s <= ent.start and ent.end <= e and e - s > len(ent) for s, e in countries + things):
            continue  # "French | Guiana" (NORP, PERSON): the country's name claims both
        start, end = _trim(doc, ent.start, ent.end)
        if ent.label_ == "ORG" and _possessive_in_name(doc, end):
            end += 1  # "Lloyd's said", "Sales at McDonald's fell": the "'s" is the name's
        cut = next((s for s, e in things if start < s < end <= e), None)
        if cut is not None:
            end = cut  # "Benchmark | Brent crude": the known name claims its words
        trade = _trade_before_name(doc, start, end)
        start += trade  # "Carmaker Stellantis said": what it is, then its name
        sports_body = False
        if ent.label_ == "ORG" and doc[start:end].text.lower() in _SPORT_BODIES:
            country = next((e for e in doc.ents if e.start == end and e.label_ == "GPE"), None)
            if country is not None and gazetteer.find_country(country.text):
                end = country.end  # "Athletics | Kenya": a country's sports body, one name
        elif (
            ent.label_ == "GPE"
            and start > 0
            and doc[start - 1].lower_ in _SPORT_BODIES
            and doc[start - 1].is_title
            and doc[start - 1].ent_iob_ == "O"
            and not taken[start - 1]
            and gazetteer.find_country(doc[start:end].text)
        ):
            start, sports_body = start - 1, True  # "Rowing Ireland" with "Rowing" untagged
        elif (
            ent.label_ in ("GPE", "LOC")
            and end - start > 1
            and doc[start].lower_ in _SPORT_BODIES
            and gazetteer.find_country(doc[start + 1 : end].text)
        ):
            sports_body = True  # "Cycling Ireland" tagged a place
        if (
            end - start == 1
            and not _known_name(doc[start].text)
            and capitalised_common_word(doc, start, nlp)
        ):
            joined = _joined_organisation(doc, end)
            if joined is None:
                continue  # "Coastal towns were evacuated": a common word opening the sentence
            end = joined  # "Customs | and | Border Protection": one name NER cut in two
        if not any(c.isupper() or c.isdigit() for c in doc[start:end].text):
            continue  # "the city's metro": a name is written with a capital
        end = drop_score(doc, start, end)
        if ent.label_ == "ORG":
            end = extend_institution(
                doc,
                start,
                end,
                institution=doc[start].text in INSTITUTION_WORDS or end - start == 1,
            )
        trimmed = (start, end)
        while start < end and start in measures_set:
            start += 1
        while end > start and end - 1 in measures_set:
            end -= 1
        if end - start > 2 and doc[end - 1].lower_ in _AMOUNT_WORDS and doc[end - 2].like_num:
            end -= 2  # "fined | Google 2.4 billion | euros": an amount is never part of a name
        if (start, end) != trimmed and not any(c.isalpha() for c in doc[start:end].text):
            continue  # "4GB" without its unit is a number ("747-400" stays a name)
        if (
            ent.label_ in ("GPE", "LOC")
            and end - start > 1
            and doc[end - 1].lower_ in ("city", "town")
            and doc[end - 1].is_lower
        ):
            end -= 1  # "Nampula city", "Gaza city": the city is the name before it
        if ent.label_ == "PERSON":
            start = extend_person_left(doc, start, nlp.Defaults.stop_words)
            # "Oleksandr Syrsky later": names are capitalised.
            while end > start + 1 and doc[end - 1].is_lower and doc[end - 2].whitespace_:
                end -= 1  # ("Lee Jae-yong": a lower-case part joined by a hyphen stays)
        if (
            ent.label_ == "ORG"
            and mentions
            and _names_a_state(doc[mentions[-1].start : mentions[-1].end].text)
        ):
            # "Polish | Ministry of Foreign Affairs": one organisation of Poland.
            before = mentions[-1]
            if before.end == start and doc[start].text in INSTITUTION_WORDS:
                mentions.pop()
                start = before.start
        while ent.label_ != "PERSON" and end - start > 1 and _starts_title(doc, end - 1):
            end -= 1  # "the Apple Chief | Executive Officer": the title is not the company's name
        if (
            ent.label_ == "ORG"
            and end - start > 1
            and doc[end - 1].lower_ in TITLE_WORDS
            and end < len(doc)
            and doc[end].ent_type_ == "PERSON"
        ):
            end -= 1  # "Army General | Valery Gerasimov": the title word is the person's
        if start >= end or _is_label(doc, start, end):
            continue
        label = "ORG" if sports_body else ent.label_
        if (
            label == "PERSON"
            and (trade or (start > 0 and _trade_before_name(doc, start - 1, end)))
            and not given_name(doc[start].text)
        ):
            label = "ORG"  # "Miner BHP", "Broadcaster Channel Nine": a company
        if label == "PERSON" and mentions and adjacent_person(mentions[-1], start, doc):
            start = mentions.pop().start  # "Luiz Inácio | Lula da Silva": one name in two spans
        if (
            label in ("GPE", "LOC", "NORP")
            and end - start == 1
            and end < len(doc)
            and given_name(doc[start].text)
            and not _known_place(doc[start].text)
            and _surname_after(doc, end, nlp)
        ):
            # "The mayor of Odesa, Hennadiy | Trukhanov": a given name NER took for a
            # place, and the surname it left out
            label, end = "PERSON", end + 1
        while (
            label in ("PERSON", "ORG")
            and end - start == 1
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].ent_iob_ == "O"
            and not _starts_title(doc, end)
            and doc[end].lower_ not in TITLE_WORDS
        ):
            end += 1  # "Oleksandr | Syrskyi": NER cut a name in two
        if (
            label in ("PERSON", "ORG")
            and start > 0
            and not taken[start - 1]
            and _name_word_before(doc, start, nlp)
        ):
            start -= 1  # "Novo | Nordisk shares fell": NER left the first word out
        if label == "ORG" and (split := _possessor_inside(doc, start, end)) is not None:
            # "Giorgia Meloni's Brothers of Italy": a person's party, not one name
            mentions.append(_Mention(start, split, "PERSON"))
            for i in range(start, split):
                taken[i] = True
            start = split + 1
        if (
            label in ("GPE", "LOC", "PRODUCT", "FAC", "ORG")
            and end < len(doc)
            and doc[end].lower_ in gazetteer.REGION_SUFFIXES
            and doc[end].is_title
        ):
            end += 1  # "Kursk | Oblast": NER left the region word out
        if (
            label in ("GPE", "LOC", "FAC", "ORG")
            and end < len(doc)
            and doc[end].is_title
            and doc[end].lower_ in _STATION_SUFFIXES
        ):
            end += 1  # "Amsterdam | Centraal": the city's station, NER took the city alone
        if label != "PERSON" and end - start >= 3:
            # "Defense Lloyd Austin", "Secretary of State Antony Blinken" tagged ORG:
            # a known person at the end of the span is the mention.
            for k in (2, 3):
                if end - k > start and find_person(doc[end - k : end].text) is not None:
                    start, label = end - k, "PERSON"
                    break
        region_word = _region_word_after(doc, start, end, label)
        if region_word is not None:
            label = "GPE"  # "in the Poltava region" with "Poltava" read as a people
        mentions.append(_Mention(start, end, label, region_word=region_word))
        for i in range(start, end):
            taken[i] = True
    for match_id, start, end in found:
        if any(taken[start:end]):
            continue
        label = nlp.vocab.strings[match_id]
        if label == "KB":
            entry = find_entry(doc[start:end].text)
            mentions.append(_Mention(start, end, entry.type if entry else "ORG", kb=entry))
        else:
            mentions.append(_Mention(start, end, label))
        for i in range(start, end):
            taken[i] = True
    mentions.extend(_source_line_names(doc, taken, mentions))
    _listed_companies(doc, mentions, taken, tickers, nlp)
    mentions.extend(_described_initials(doc, taken))
    mentions.extend(_described_names(doc, taken, nlp))
    mentions.extend(_ship_lines(doc, taken, nlp))
    mentions.extend(_dateline_places(doc, taken, mentions))
    _split_owner_from_works(doc, mentions)
    mentions.sort(key=lambda m: m.start)
    _extend_to_longer_names(doc, mentions)
    return _extend_to_name_tails(doc, mentions)


# Nouns of a company's trade that wire copy puts before its name, capitalised when they
# open a sentence ("Carmaker Stellantis said", "Miner BHP, which owns ..."); not words
# that open names themselves ("Union Pacific", "Bank Leumi", "Network Rail").
_TRADE_NOUNS = frozenset(
    """carmaker automaker chipmaker drugmaker planemaker steelmaker shipbuilder miner
    brewer distiller retailer lender insurer broadcaster broker shipper airline
    startup conglomerate refiner""".split()  # noqa: SIM905 - a word table
)

# Verbs of saying, whose one-word subject is a person's surname more often than a company
_SAYING = frozenset(
    """say tell add warn argue claim insist accuse urge write note""".split()  # noqa: SIM905
)

# Nouns that go back to a company named before ("The miner said", "the company's shares").
_COMPANY_CUE_NOUNS = frozenset(["company", "firm", "miner", "producer", "developer"])

# Nouns of flying things a model's name is put before ("the GSLV rocket"); not ships,
# which the name of their owner qualifies ("a Maersk vessel").
_CRAFT_NOUNS = frozenset(
    """rocket missile satellite drone aircraft jet spacecraft launcher helicopter
    spaceplane""".split()  # noqa: SIM905 - a word table
)

# Nouns of a ship, which the name of the line that runs it qualifies ("a Maersk vessel")
_SHIP_NOUNS = frozenset(
    """vessel ship tanker freighter containership boat ferry""".split()  # noqa: SIM905
)
# Nouns of a brand, which its name qualifies ("under the Kestrova brand")
_BRAND_NOUNS = frozenset(["brand", "brands", "label"])
# Nouns of a launcher, which is named before them by its own name ("the Vulcan rocket")
_LAUNCHER_NOUNS = frozenset(["rocket", "launcher", "spacecraft", "missile", "spaceplane"])

# Nouns of a court or a prosecution a city's name is put before ("the Lyon court").
_COURT_NOUNS = frozenset(
    """court courts tribunal tribunals prosecutor prosecutors prosecution
    magistrates""".split()  # noqa: SIM905 - a word table
)


def _town_after_in(span: Any, full_names: list[str]) -> bool:
    """Whether a one-word name NER took for a person's is the object of "in" and no
    person of the article or the knowledge base has it, nor is it a given name ("an
    out-of-competition test in Iten", "a derailment near Katerini", "the sea off
    Lampedusa"; not "confidence in
    Ramaphosa")."""
    root = span.root
    return (
        len(span) == 1
        and root.dep_ == "pobj"
        and (
            root.head.lower_ == "in"
            # "a train derailment near Katerini": where a thing is or happened (not
            # "stood near Smith", a person's side)
            or (root.head.lower_ in ("near", "outside", "off") and root.head.head.pos_ == "NOUN")
        )
        and not given_name(span.text)
        and find_person(span.text) is None
        and not any(is_name_part(span.text, full) for full in full_names)
    )


def _possessive_in_name(doc: Any, end: int) -> bool:
    """Whether the "'s" at ``end`` closes a company's name rather than owning a noun: a
    verb follows it ("Lloyd's said", "McDonald's fell")."""
    return (
        end + 1 < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end].lower_ in ("'s", "’s")
        and not doc[end - 1].whitespace_
        and doc[end + 1].pos_ in ("VERB", "AUX")
    )


def _trade_before_name(doc: Any, start: int, end: int) -> int:
    """1 when a name's span opens with the noun of its trade written with a capital
    because it opens the sentence ("Chipmaker | Nexar Semiconductors", "Miner | BHP"),
    else 0: the trade is no part of the name."""
    return int(
        end - start > 1
        and doc[start].lower_ in _TRADE_NOUNS
        and doc[start].is_title
        and doc[start + 1].text[:1].isupper()
        and sentence_initial(doc, start)
    )


def _joined_organisation(doc: Any, end: int) -> int | None:
    """The end of the organisation's name NER tagged right after "and" at ``end``
    ("Customs | and | Border Protection"), when a common word opening the sentence
    comes before it: the two are one name ("Apple and Google" are two, but neither is
    a common word); else None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return None
    after = next((e for e in doc.ents if e.start == end + 1), None)
    if after is None or after.label_ != "ORG" or not all(t.is_title for t in after):
        return None
    return int(after.end)


def _surname_after(doc: Any, i: int, nlp: Any) -> bool:
    """Whether token ``i`` is a surname NER left untagged: a capitalised proper noun
    inside a sentence, no English word, no given name and no place."""
    tok = doc[i]
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.ent_iob_ == "O"
        and not sentence_initial(doc, i)
        and not dictionary_word(nlp, tok)
        and not given_name(tok.text)
        and not _known_place(tok.text)
    )


# A wire dateline's place, in capitals, opening a paragraph ("CHISINAU, March 3 (Reuters) -").
_PLACE_IN_CAPITALS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+){0,2}"
# (several places joined by slashes: "GENEVA/DAR ES SALAAM, Jan 22 -", one report filed
# from both)
_DATELINE_PLACE = re.compile(
    rf"(?m)^[ \t]*({_PLACE_IN_CAPITALS}(?:/{_PLACE_IN_CAPITALS})*)"
    r"(?=[ \t]*(?:,|\(|[—–-][ \t]))"
)


def _dateline_places(doc: Any, taken: list[bool], mentions: list[_Mention]) -> list[_Mention]:
    """The place of a wire dateline NER left untagged or cut in two ("LA | PAZ, Nov 3
    (Reuters) -"), when the gazetteer knows it: a mention inside it gives way."""
    found: list[_Mention] = []
    for line in _DATELINE_PLACE.finditer(doc.text):
        whole = doc.char_span(line.start(1), line.end(1))
        if whole is None:
            continue
        for m in re.finditer(r"[^/]+", line.group(1)):
            start = line.start(1) + m.start()
            _dateline_place(doc, taken, mentions, found, whole, start, start + len(m.group()))
    return found


def _dateline_place(
    doc: Any,
    taken: list[bool],
    mentions: list[_Mention],
    found: list[_Mention],
    whole: Any,
    start: int,
    end: int,
) -> None:
    """One place of a dateline (``start``-``end`` in the text), added to ``found`` when
    the gazetteer knows it; a mention NER made inside it, or of the whole line of
    several places ("GENEVA/DAR ES SALAAM" as one ORG), gives way."""
    span = doc.char_span(start, end)
    if span is None:
        return
    several = len(whole) > len(span)
    inside = [
        x
        for x in mentions
        if (span.start <= x.start and x.end <= span.end)
        or (several and whole.start <= x.start and x.end <= whole.end)
    ]
    if any(taken[span.start : span.end]) and (
        (len(span) < 2 and not several)
        or not inside
        or any(
            taken[i] and not any(x.start <= i < x.end for x in inside)
            for i in range(span.start, span.end)
        )
    ):
        return
    if not (gazetteer.find_city(span.text) or gazetteer.find_country(span.text)):
        return
    for x in inside:
        mentions.remove(x)
        for i in range(x.start, x.end):
            taken[i] = False
    found.append(_Mention(span.start, span.end, "GPE"))
    for i in range(span.start, span.end):
        taken[i] = True


def _described_names(doc: Any, taken: list[bool], nlp: Any) -> list[_Mention]:
    """A name of two or three capitalised words NER left untagged right after a noun
    that says it is an organisation, itself after a word ("collapsed payments firm
    Veritas Pay went on trial"), none a given name or a title: an organisation, here and
    wherever the article writes it again ("Banks lent Veritas Pay ...")."""
    found: list[_Mention] = []
    for noun in doc[1:-1]:
        if not ((_organisation_noun(noun) or noun.lower_ in _TRADE_NOUNS) and noun.is_lower):
            continue
        if doc[noun.i - 1].pos_ not in ("NOUN", "ADJ", "PROPN", "VERB"):
            continue
        end = noun.i + 1
        while (
            end < len(doc)
            and end - noun.i <= 3
            and doc[end].is_title
            and doc[end].is_alpha
            and not taken[end]
            and doc[end].ent_type_ == ""
            and doc[end].lower_ not in TITLE_WORDS
        ):
            end += 1
        words = doc[noun.i + 1 : end]
        if any(given_name(t.text) for t in words):
            continue
        if len(words) == 1 and (
            words[0].pos_ != "PROPN"
            or dictionary_word(nlp, words[0])
            or find_entry(words.text) is not None
            or gazetteer.find_country(words.text)
            or gazetteer.find_city(words.text)
        ):
            continue  # one word is a name only when no dictionary knows it ("refiner Sinopec")
        if len(words) == 0:
            continue
        found.append(_Mention(words.start, words.end, "ORG"))
        for i in range(words.start, words.end):
            taken[i] = True
    for m in list(found):  # the same name elsewhere ("Shares in Veritas Pay fell")
        text = doc[m.start : m.end].text
        for k in range(len(doc) - (m.end - m.start) + 1):
            span = doc[k : k + m.end - m.start]
            if span.text == text and not any(taken[span.start : span.end]):
                found.append(_Mention(span.start, span.end, "ORG"))
                for i in range(span.start, span.end):
                    taken[i] = True
    return found


def _split_owner_from_works(doc: Any, mentions: list[_Mention]) -> None:
    """A name before the noun of a works that opens with a company the article names
    alone ("Sinopec said ... a fire at the Sinopec Zhenhai refinery", NER's one person
    "Sinopec Zhenhai"): the company, then the works' own name."""
    companies = {doc[m.start : m.end].text for m in mentions if m.label == "ORG" and not m.kb}
    for m in list(mentions):
        span = doc[m.start : m.end]
        if m.label not in ("PERSON", "FAC", "ORG") or len(span) < 2:
            continue
        if _kind_of_head(span) != "FAC":
            continue
        cut = next(
            (
                k
                for k in range(span.end - 1, span.start, -1)
                if doc[span.start : k].text in companies
            ),
            None,
        )
        if cut is None or not doc[cut].is_title:
            continue
        mentions.remove(m)
        mentions.append(_Mention(span.start, cut, "ORG"))
        mentions.append(_Mention(cut, span.end, "FAC"))


def _ship_lines(doc: Any, taken: list[bool], nlp: Any) -> list[_Mention]:
    """A name NER left untagged between "a", "an" or "the" and the noun of a ship ("The
    Hapag-Lloyd ship was turned back", "a Stolt tanker"): the line that runs it, when
    its words are capitalised, one at least no dictionary word, and it is no place, no
    people and no given name ("a Navy vessel", "the Greek tanker" name no company)."""
    found: list[_Mention] = []
    for noun in doc[2:]:
        if noun.lemma_.lower() not in _SHIP_NOUNS or not noun.is_lower:
            continue
        start = noun.i
        while (
            start > 0
            and noun.i - start < 4
            and not taken[start - 1]
            and doc[start - 1].ent_type_ == ""
            and doc[start - 1].lower_ not in ("a", "an", "the")
            and (doc[start - 1].is_title or (doc[start - 1].text == "-" and start - 1 < noun.i))
        ):
            start -= 1
        while start < noun.i and doc[start].text == "-":
            start += 1
        if start == noun.i or start == 0 or doc[start - 1].lower_ not in ("a", "an", "the"):
            continue
        words = doc[start : noun.i]
        text = words.text
        if (
            not words[-1].is_title
            or not any(t.is_alpha and not dictionary_word(nlp, t) for t in words)
            or any(t.lower_ in TITLE_WORDS for t in words)
            or (len(words) == 1 and given_name(text))
            or find_entry(text) is not None
            or gazetteer.find_country(text)
            or gazetteer.demonyms().get(fold(text))
            or gazetteer.find_region(text)
            or gazetteer.find_city(text)
        ):
            continue
        found.append(_Mention(words.start, words.end, "ORG"))
        for i in range(words.start, words.end):
            taken[i] = True
    return found


def _described_initials(doc: Any, taken: list[bool]) -> list[_Mention]:
    """Initials NER left untagged right after a noun that says what they are ("rail
    operator CP", "the broadcaster RTP"): an organisation."""
    found = []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if (
            not taken[tok.i]
            and tok.is_upper
            and tok.is_alpha
            and 2 <= len(tok.text) <= 6
            and _organisation_noun(before)
        ):
            found.append(_Mention(tok.i, tok.i + 1, "ORG"))
            taken[tok.i] = True
    named = {doc[m.start].text for m in found}
    for tok in doc:  # the same initials elsewhere ("the union and CP signed ...")
        if tok.text in named and not taken[tok.i]:
            found.append(_Mention(tok.i, tok.i + 1, "ORG"))
            taken[tok.i] = True
    return found


_NAME_LINKS = frozenset(["of", "the", "for", "and", "on", "de", "du", "des", "&"])


def _source_line_names(doc: Any, taken: list[bool], mentions: list[_Mention]) -> list[_Mention]:
    """The organisations a page's "Source:" line names that NER left untagged
    ("Source: Union of Train Drivers; Ministry of ..."): each capitalised name of two
    words or more between semicolons that no mention covers, or that NER cut into
    parts ("Transparency | International Ukraine"): the parts give way to the whole."""
    match = SOURCE_LINE.search(doc.text)
    if match is None:
        return []
    found = []
    for part in re.finditer(r"[^;]+", match.group("who")):
        text = CHANNEL_TAIL.sub("", part.group(0).rstrip())  # "..., on Telegram"
        lead = len(text) - len(text.lstrip())
        words = text.split()
        if len(words) < 2 or not words[0][0].isupper() or not words[-1][0].isupper():
            continue
        if not all(w[0].isupper() or w in _NAME_LINKS for w in words):
            continue
        start = match.start("who") + part.start() + lead
        span = doc.char_span(start, start + len(text.strip()), alignment_mode="contract")
        if span is None:
            continue
        if any(taken[span.start : span.end]):
            inside = [m for m in mentions if span.start <= m.start and m.end <= span.end]
            if (
                "," in text
                or "'" in text
                or "’" in text
                # (a demonym before an institution, "Omani | Ministry of Foreign
                # Affairs", is the institution of that state: see _names_a_state)
                or any(m.label not in ("ORG", "GPE", "LOC") for m in inside)
                or any(taken[i] for i in range(span.start, span.end) if not any(
                    m.start <= i < m.end for m in inside))
                or any(m.start < span.start < m.end or m.start < span.end < m.end
                       for m in mentions)
            ):  # fmt: skip
                continue  # a person, a place and a channel ("X, Governor, on Telegram")
            for m in inside:
                mentions.remove(m)
        found.append(_Mention(span.start, span.end, "ORG"))
        for i in range(span.start, span.end):
            taken[i] = True
    return found


def _extend_to_longer_names(doc: Any, mentions: list[_Mention]) -> None:
    """A mention NER cut short of a name the article writes in full elsewhere
    ("Environment and | Climate Change Canada warned" after "Environment and Climate
    Change Canada"): the full name, when the words before it spell it."""
    names = {
        doc[m.start : m.end].text for m in mentions if m.label == "ORG" and m.end - m.start > 2
    }
    ends = [m.end for m in mentions]
    for k, m in enumerate(mentions):
        text = doc[m.start : m.end].text
        for name in names:
            if len(name) <= len(text) or not name.endswith(" " + text):
                continue
            start = doc[m.start].idx - (len(name) - len(text))
            if start < 0 or doc.text[start : doc[m.start].idx + len(text)] != name:
                continue
            span = doc.char_span(start, doc[m.end - 1].idx + len(doc[m.end - 1]))
            if span is None or (k and ends[k - 1] > span.start):
                continue  # the words before are another name's
            m.start = span.start
            break


# The rest of an organisation's name after its head: "for the Treatment of Prisoners of
# War", "of Ukraine": capitalised words, joined by "of", "and", "the"
_NAME_TAIL = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|and|the|on|for)\s+)*[A-Z][\w'-]*)*"
)


def _extend_to_name_tails(doc: Any, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions, with an organisation's NER cut before its "for"/"of" phrase
    ("Coordination Headquarters | for the Treatment of Prisoners of War") running to the
    end of the name (taking in a mention NER made of the phrase's words), when the article
    writes that name whole elsewhere or the name's head is an institution's word."""
    names = {
        doc[m.start : m.end].text for m in mentions if m.label == "ORG" and m.end - m.start > 2
    }
    out: list[_Mention] = []
    absorbed = 0  # the end of the last name extended over other mentions
    for m in mentions:
        if m.start < absorbed:
            continue  # (words of the name before it)
        out.append(m)
        if m.label != "ORG" or m.end - m.start < 2:
            continue
        end_char = doc[m.end - 1].idx + len(doc[m.end - 1])
        tail = _NAME_TAIL.match(doc.text, end_char)
        if tail is None:
            continue
        first = doc[m.start].idx
        if doc.text[first : tail.end()] not in names and doc[m.end - 1].text not in _NAME_HEADS:
            continue
        span = doc.char_span(first, tail.end())
        inside = [o for o in mentions if m.end <= o.start < (span.end if span else 0)]
        if span is not None and all(o.end <= span.end for o in inside):
            m.end = absorbed = span.end
    return out


def _name_word_before(doc: Any, start: int, nlp: Any) -> bool:
    """Whether the token before a name is a word of it that NER left out: a proper
    noun written with a capital, outside any entity, joined by a space, neither a
    title nor a word the lemmatiser's index knows ("Novo | Nordisk", not
    "Competition | Neelie Kroes")."""
    tok = doc[start - 1]
    return (
        tok.pos_ == "PROPN"
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and tok.ent_iob_ == "O"
        and tok.whitespace_ == " "
        and tok.lower_ not in TITLE_WORDS
        and tok.lower_.rstrip(".") not in HONORIFICS
        and tok.text not in INSTITUTION_WORDS
        and not _known_name(tok.text)
        and not dictionary_word(nlp, tok)  # "Commissioner for Competition | Neelie Kroes"
    )


def _possessor_inside(doc: Any, start: int, end: int) -> int | None:
    """The index of a possessive "'s" inside an organisation's span whose owner is a
    person's full name ("Giorgia Meloni's | Brothers of Italy"); None otherwise
    ("Moody's Investors Service" is one name)."""
    for k in range(start + 2, end - 1):
        if doc[k].tag_ == "POS":
            return k if given_name(doc[start].text) and doc[k + 1].is_title else None
    return None


def _known_name(text: str) -> bool:
    """Whether the knowledge base or the gazetteer knows ``text`` as a name
    ("Zürich-based bank UBS": a city, whatever the tagger reads)."""
    city = gazetteer.find_city(text)
    return bool(
        find_entry(text)
        or gazetteer.find_country(text)
        or gazetteer.demonyms().get(fold(text))
        or gazetteer.regions().get(fold(text))
        or (city is not None and city.population >= 100_000)
    )


def _written_as_full_name(text: str) -> bool:
    """Two or more name words, each capitalised and not all capitals ("-RRB- MOSCOW" is not)."""
    words = name_words(text)
    return len(words) > 1 and all(
        w[:1].isupper() and (len(w) <= 2 or not w.isupper()) for w in words
    )


def _described_as(span: Any) -> str | None:
    """ "ORG" or "PRODUCT" when a common noun next to the name says what it is:
    a compound ("animation studio Pixar") or an apposition ("its browser, Safari")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    verb = root.head
    if (
        root.dep_ in ("oprd", "attr", "xcomp")
        and verb.lemma_.lower() in ("call", "name", "know")
        and verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ == "NOUN"
    ):
        nouns.append(verb.head)  # "a group calling itself Black Orchid", "a firm known as X"
    for noun in sorted(nouns, key=lambda t: abs(t.i - root.i)):  # the nearest says most
        kind = _DESCRIPTORS.get(noun.lemma_.lower()) or _DESCRIPTORS.get(noun.lower_)
        if kind:
            return kind
    return None


def _athlete_named(span: Any) -> bool:
    """Whether a name of two words or more follows a noun of what a person does in
    sport ("steeplechaser Lemlem Hailu", "the striker Ade Okoro"): a person's."""
    if len(span) < 2 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_lower and before.lemma_.lower() in _ATHLETE_NOUNS


# Verbs that put a product on the market under a name ("to be sold as Lumeva").
_MARKETING_VERBS = frozenset(["sell", "market", "brand", "rebrand", "retail", "license"])
# Nouns after which a name is a product's brand ("under the brand name Velastra").
_BRAND_NOUNS = frozenset(["brand", "trade", "trademark", "tradename"])


def _brand_named(span: Any) -> bool:
    """Whether a name is the one a product is sold under: after "sold as", "marketed as",
    "branded as" ("The drug, to be sold as Lumeva,") or "the brand name", "the trade name"
    ("under the brand name Velastra"); not "known as" nor "the name", which people have."""
    doc, start = span.doc, span.start
    if start < 2:
        return False
    before, verb = doc[start - 1], doc[start - 2]
    if before.lower_ == "as" and verb.lemma_.lower() in _MARKETING_VERBS:
        return True
    if before.lower_ in ("name", "names") and verb.lower_ in _BRAND_NOUNS:
        return True
    return before.lower_ == "brand" and verb.lower_ in ("the", "its", "a")


def _vessel_named(span: Any) -> bool:
    """Whether a name is a ship's: in apposition to a ship's noun ("the tanker St
    Nikolas") or flagged somewhere ("the Marshall Islands-flagged Aegean Star")."""
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _VESSEL_NOUNS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lemma_.lower() in _VESSEL_NOUNS:
        return True  # (the parser lost the apposition: "boarded the tanker Helena Rose")
    return any(
        c.dep_ == "amod" and c.lower_.endswith(("flagged", "registered")) for c in root.children
    )


def _known_place(text: str) -> bool:
    """Whether the gazetteer knows the name as a country, region or city."""
    return bool(
        gazetteer.find_country(text) or gazetteer.find_region(text) or gazetteer.find_city(text)
    )


def _kind_of_head(span: Any) -> str | None:
    """The label the noun a name is put before says it has ("Evin prison": FAC), for a
    name that modifies that noun alone or in a list ("Aster and Corso models")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ not in ("compound", "nmod") or head.i <= span.end - 1 or head.pos_ != "NOUN":
        return None
    return _KIND_HEADS.get(head.lower_) or _KIND_HEADS.get(head.lemma_.lower())


# A model's designation: letters and digits joined by a hyphen or slash ("Kh-59",
# "Su-30SM", "Iskander-M", "SAMP/T"), or a name with a number ("Mirage 2000").
_MODEL_NAME = re.compile(r"[A-Za-z]+[-/][A-Z0-9][A-Za-z0-9]*|\S+ \d+[A-Za-z]*")


# A model's code of a letter or two and digits, written as one word ("H3", "A320", "X5").
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{1,4}[A-Za-z]{0,2}")


def _model_before_its_kind(span: Any) -> bool:
    """Whether a name is a model's, put before the noun of the thing it is ("Kh-59
    missiles", "Su-30SM jets"): read as a maker or a place by NER, it is a thing."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    kind = _kind_of_head(span) or (_KIND_HEADS.get(after.lower_) if after is not None else None)
    return kind == "PRODUCT" and bool(_MODEL_NAME.fullmatch(span.text))


def _facility_named(span: Any) -> bool:
    """Whether a name is a built place's, named after someone or not: it ends in a facility
    word ("John F. Kennedy International Airport", "King Abdullah Port"), opens with one
    in another language ("Gare du Nord") or is put before one ("Ben Gurion airport",
    "Charles de Gaulle airport", "Franklin D. Roosevelt station")."""
    return (
        _facility_words(span.text)
        or (len(span) > 1 and span[-1].lower_ in FACILITY_WORDS)
        or _kind_of_head(span) == "FAC"
    )


def _facility_words(name: str) -> bool:
    """Whether a name of several words opens with a station's or airport's word in
    another language ("Gare de Lyon", "Flughafen Wien") or ends in a facility word
    ("Notre-Dame Cathedral", "Berlin Hauptbahnhof")."""
    words = name.split()
    if words and words[0].casefold() in ("the", "la", "le", "el"):
        words = words[1:]
    return len(words) > 1 and (
        words[0].casefold() in FACILITY_OPENERS or words[-1].casefold() in FACILITY_WORDS
    )


def _named_station(span: Any) -> bool:
    """Whether a name is put before a transport building's noun that has no article of
    its own ("at King's Cross station", "Madrid's Atocha station"; not "a Sinopec
    terminal", the company's): the building's name."""
    if span.end >= len(span.doc):
        return False
    head = span.doc[span.end]
    return (
        span[-1].head.i == head.i
        and span[-1].dep_ in ("compound", "nmod", "poss")
        and head.lower_ in _STATION_NOUNS
        and not any(c.dep_ == "det" for c in head.children)
    )


def _listed_with_a_non_organisation(span: Any) -> bool:
    """Whether a name is a later member of a list whose first member NER did not read as
    an organisation but as a name or a thing ("Aster and Corso models", Aster read as a
    person; not "Toyota and Honda models")."""
    root = span.root
    if root.dep_ != "conj" or root.head.i >= root.i:
        return False
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.ent_type_ in ("PERSON", "PRODUCT", "WORK_OF_ART")


def _organisation_noun(token: Any) -> bool:
    """Whether the word says what it names is an organisation ("operator", "broadcaster")."""
    return token.lower_ in _ORG_NOUNS or _DESCRIPTORS.get(token.lower_) == "ORG"


def _named_after_organisation_noun(span: Any) -> bool:
    """A name right after a noun that says it is an organisation, with a word
    before that noun ("the hospital operator Kliniken Nord", "German carmaker
    Halden Motors"), and no given name in it: NER's PERSON is wrong whatever the
    parse ("crane operator Jim Hollis" keeps its person)."""
    doc = span.doc
    if span.start < 2:
        return False
    noun, before = doc[span.start - 1], doc[span.start - 2]
    return (
        noun.pos_ in ("NOUN", "ADJ")  # ("payments firm", "firm" read as an adjective)
        and _organisation_noun(noun)
        and noun.is_lower
        and before.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")  # ("lending firm X")
        and not any(given_name(w) for w in name_words(span.text))
    )


def _names_the_organisation_noun_after(span: Any) -> bool:
    """A name of several words, none a given name, right before an organisation noun it
    qualifies ("the ruling Georgian Dream party"; not "the Biden administration", one
    word, nor "the Keir Starmer government")."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc):
        return False
    noun = doc[span.end]
    return (
        noun.pos_ == "NOUN"
        and _organisation_noun(noun)
        and span.root.head.i == noun.i
        # ("Georgian" is a given name too, but first a demonym)
        and not any(
            given_name(w) and not gazetteer.demonyms().get(fold(w)) for w in name_words(span.text)
        )
    )


def _described_as_organisation(span: Any) -> bool:
    """A name with no given name in it that an organisation noun describes in
    apposition ("Halden Motors, the Norwegian truck maker,"): a company, not a person."""
    return not any(given_name(w) for w in name_words(span.text)) and any(
        c.dep_ == "appos" and c.lemma_.lower() in _ORG_NOUNS for c in span.root.children
    )


def _settlement_named(span: Any) -> bool:
    """Whether the name follows "the town of", "the village of" and the like."""
    doc, start = span.doc, span.start
    if start < 3 or doc[start - 1].lower_ != "of":
        return False
    if doc[start - 2].lemma_.lower() not in _SETTLEMENT_NOUNS:
        return False
    i = start - 3
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1  # "the coastal district of Angoche"
    return doc[i].lower_ == "the"


def _based_in(span: Any) -> bool:
    """Whether a name known as a city or country is written "<name>-based"."""
    doc, end = span.doc, span.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ == "based"
        and bool(gazetteer.find_city(span.text) or gazetteer.find_country(span.text))
    )


def _starts_title(doc: Any, i: int) -> bool:
    """Whether tokens i, i+1 are two capitalised title words ("Chief Executive")."""
    return (
        i + 1 < len(doc)
        and doc[i].is_title
        and doc[i + 1].is_title
        and doc[i].lower_ in TITLE_WORDS
        and doc[i + 1].lower_ in TITLE_WORDS
    )


def _is_label(doc: Any, start: int, end: int) -> bool:
    """A line-initial label such as "Background:" or "Details:", not a name."""
    at_line_start = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    return at_line_start and end < len(doc) and doc[end].text == ":" and end - start == 1


def _word_runs(text: str) -> set[str]:
    """Every run of one to three words of ``text`` ("soviet", "soviet foreign", ...)."""
    words = text.split()
    return {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}


def _head_noun(name: str) -> str:
    """The folded head noun of an organisation's name: "Commission" of "European
    Commission", "Court" of "Court of Appeal"."""
    words = name.split()
    for i, word in enumerate(words):
        if i and word.lower() in ("of", "for", "on", "in"):
            return fold(words[i - 1])
    return fold(words[-1])


def _spelling(word: str) -> str:
    """One spelling of a word written both ways in names ("defence"/"defense")."""
    return {"defense": "defence", "labor": "labour"}.get(word, word)


def _names_a_state(text: str) -> bool:
    return bool(gazetteer.find_country(text) or gazetteer.demonyms().get(fold(text)))


# A capital "The" right before a name, after a lower-case word: the name's own article
_CAPITAL_THE = re.compile(r"\b[a-z]+[ \t]+The[ \t]+$")


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The span without leading determiners/bullets and trailing possessives/punctuation."""
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or not doc[start].text.strip("•*-–·")
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in ("and", "or")  # "Best Buy and | Radio Shack"
    ):
        end -= 1
    return start, end


def resolve_entities(extraction: Extraction, context: Context) -> Extraction:
    """Stage "entities": canonical entities with mentions, aliases, types and places."""
    doc = context.doc
    from backstory.nlp import load_nlp

    nlp = load_nlp(context.settings.model)
    mentions = _collect_mentions(doc, nlp)
    resolver = _Resolver(doc, extraction, nlp)
    resolver.run(mentions)
    resolver.caption_variants(extraction.article.extras.captions)
    entities, by_token = resolver.finish()
    extraction.entities = entities
    context.data["entities"] = EntityIndex(entities, by_token)
    return extraction


class _Resolver:
    def __init__(self, doc: Any, extraction: Extraction, nlp: Any) -> None:
        self.doc = doc
        self.nlp = nlp
        self.text = extraction.article.text
        published = extraction.article.published
        self.role_date = published.date().isoformat() if published else None
        self.published_day = published.date() if published else None
        self.clusters: list[_Cluster] = []
        self.by_key: dict[str, int] = {}
        self.token_cluster: dict[int, int] = {}
        self.title_spans: list[tuple[int, int]] = []

    # -- bookkeeping -------------------------------------------------
    def _cluster(self, key: str, factory: Any) -> int:
        i = self.by_key.get(key)
        if i is None:
            i = len(self.clusters)
            self.clusters.append(factory())
            self.by_key[key] = i
        return i

    def _attach(self, ci: int, start: int, end: int) -> None:
        span = self.doc[start:end]
        self.clusters[ci].add(span.start_char, span.end_char, span.text)
        for t in range(start, end):
            self.token_cluster[t] = ci

    def _country_cluster(self, code: str) -> int:
        place = gazetteer.countries().get(code)

        def make() -> _Cluster:
            if place is None:
                return _Cluster(name=code, type="COUNTRY", country=code)
            return _Cluster(place.name, "COUNTRY", code, place.lat, place.lon)

        return self._cluster(f"country:{code}", make)

    def _kb_cluster(self, entry: KBEntry) -> int:
        def make() -> _Cluster:
            return _Cluster(
                entry.name, entry.type, entry.country, kb=entry, roles=list(entry.roles)
            )

        return self._cluster(entry.id, make)

    # -- resolution --------------------------------------------------
    def run(self, mentions: list[_Mention]) -> None:
        persons: list[_Mention] = []
        self.article_countries: set[str] = set()
        # a place name -> the countries its own sentence read it in ("Valencia": Spain)
        self.place_readings: dict[str, set[str]] = {}
        for m in mentions:
            text = self.doc[m.start : m.end].text
            code = gazetteer.find_country(text)
            if (code and m.label in ("GPE", "LOC", "NORP", "ORG", "PERSON", "FAC", "PRODUCT")) or (
                m.label == "NORP" and (code := gazetteer.demonyms().get(fold(text)))
            ):
                self.article_countries.add(code)
        groups = {
            self.doc[m.start : m.end].text
            for m in mentions
            if m.label == "PERSON" and self._is_group_name(m)
        }
        full_names = [
            self.doc[m.start : m.end].text
            for m in mentions
            if m.label == "PERSON" and _written_as_full_name(self.doc[m.start : m.end].text)
        ]
        groups |= {
            self.doc[m.start : m.end].text
            for m in mentions
            if m.label == "PERSON"
            and not m.kb
            and _described_as_organisation(self.doc[m.start : m.end])
        }
        groups |= {
            # "a group calling itself Black Orchid": every mention of the name is the group
            span.text
            for m in mentions
            if m.label in ("PERSON", "ORG")
            and not m.kb
            and len(span := self.doc[m.start : m.end]) > 1
            and _described_as(span) == "ORG"
        }
        groups |= {
            # "the ruling Georgian Dream party", "the Black Orchid group": a name of
            # several words and no given name that qualifies an organisation noun
            span.text
            for m in mentions
            if m.label in ("PERSON", "ORG")
            and not m.kb
            and _names_the_organisation_noun_after(span := self.doc[m.start : m.end])
        }
        groups |= {
            # "German hospital operator Medalis Kliniken", however it is parsed
            span.text
            for m in mentions
            if m.label in ("PERSON", "ORG")
            and not m.kb
            and _named_after_organisation_noun(span := self.doc[m.start : m.end])
        }
        groups |= {
            # "Barrick Gold said ... Shares in the miner fell": a company by what is said of it
            self.doc[m.start : m.end].text
            for m in mentions
            if m.label == "PERSON" and not m.kb and self._company_by_cues(m)
        }
        acting = self._unknown_places_acting(mentions)
        for m in mentions:
            if m.label in ("GPE", "LOC", "NORP") and fold(self.doc[m.start : m.end].text) in acting:
                m.label = "ORG"  # "Gazprom confirmed ...": no place the gazetteer knows speaks
        # "flights to Ben Gurion airport ... passengers at Ben Gurion": the name of a
        # built place stays the place's when written alone (not a town's: "Odesa port")
        facilities = {
            fold(span.text)
            for m in mentions
            if not m.kb
            and _facility_named(span := self.doc[m.start : m.end])
            and not _known_place(span.text)
        }
        # "Sinopec said ... a fire at the Sinopec refinery": a company's name, named alone
        # as the company, is its owner's before the noun of its works too
        owners = {
            fold(span.text)
            for m in mentions
            if m.label == "ORG"
            and not m.kb
            and not _facility_named(span := self.doc[m.start : m.end])
            and span.root.dep_ in ("nsubj", "nsubjpass")
        }
        facilities -= owners
        # "the El Mirador mine", "the Jamnagar refinery": a name NER read as an
        # organisation, written in the article only before the noun of a works with
        # "the", names the works ("a Vale mine", "Vale said" keep the company)
        works = {fold(self.doc[m.start : m.end].text) for m in mentions if self._names_works(m)}
        works -= {
            fold(self.doc[m.start : m.end].text) for m in mentions if not self._names_works(m)
        }
        # "the GSLV rocket", "the Falcon 9 rocket": a model's name written only so
        craft = {fold(self.doc[m.start : m.end].text) for m in mentions if self._names_craft(m)}
        craft -= {
            fold(self.doc[m.start : m.end].text)
            for m in mentions
            if m.label == "ORG" and not self._names_craft(m)
        }
        # "under the Kestrova brand": a brand's name written only so
        brands = {fold(self.doc[m.start : m.end].text) for m in mentions if self._names_brand(m)}
        brands -= {
            fold(self.doc[m.start : m.end].text) for m in mentions if not self._names_brand(m)
        }
        # "at King's Cross station ... stranded at King's Cross": a station's name alone
        stations = {
            fold(span.text)
            for m in mentions
            if not m.kb and self._station_name(m, span := self.doc[m.start : m.end])
        }
        deferred: list[_Mention] = []
        for m in mentions:
            span = self.doc[m.start : m.end]
            text = span.text
            if (
                m.label in ("FAC", "PRODUCT", "PERSON")
                and not m.kb
                and fold(text) in owners
                and _kind_of_head(span) == "FAC"
            ):
                m.label = "ORG"  # ("the Sinopec refinery" after "Sinopec said": its owner)
            if not m.kb and (
                (m.label in ("PERSON", "FAC") and fold(text) in facilities)
                or (m.label == "ORG" and fold(text) in stations)
                or (m.label == "ORG" and fold(text) in works and not _known_place(text))
            ):
                m.label = "FAC"
                deferred.append(m)
                continue
            if m.label in ("ORG", "PERSON", "GPE", "LOC") and fold(text) in craft:
                m.label = "PRODUCT"  # "The GSLV rocket lifted off": a model, no maker
                deferred.append(m)  # (no town: "The Vulcan rocket" is not Romania's Vulcan)
                continue
            if m.label in ("ORG", "PERSON", "GPE", "LOC") and fold(text) in brands:
                m.label = "PRODUCT"  # "sold under the Kestrova brand": no person, no maker
                deferred.append(m)
                continue
            if m.label in ("PRODUCT", "PERSON", "GPE", "LOC") and self._owns_ship(m):
                m.label = "ORG"  # "A Maersk vessel was attacked": the line's ship
            if self._city_before_court(m):
                m.label = "GPE"  # "the Marseille criminal court": the city, no organisation
            if m.label == "ORG" and fold(text) in works:
                m.label = "GPE"  # "the Jamnagar refinery": the town's, no company
            known = None if m.kb else find_entry(text)
            if m.label == "PERSON" and known is not None and known.type != "PERSON":
                # "Medecins Sans Frontieres" tagged PERSON: the knowledge base knows it
                self._attach(self._kb_cluster(known), m.start, m.end)
                continue
            if m.label == "PERSON" and not m.kb and text in groups:
                m.label = "ORG"  # "the Beatles": a band or group, not a person
            if (
                m.label not in ("GPE", "LOC")
                and self._dateline(m)
                and (gazetteer.find_city(text) or gazetteer.find_country(text))
            ):
                m.label = "GPE"  # "TBILISI, May 14 (Reuters) -": where it was filed
            surname = self._surname_of(text, full_names)
            m.label = self._corrected_label(m, span, surname, full_names)
            if not m.kb and not surname and self._station_name(m, span):
                m.label = "FAC"  # "King's Cross station" tagged ORG, "Victoria station" GPE
            if m.label == "PERSON" and not m.kb and not surname and self._called_it(m):
                m.label = "ORG"  # "Médecins Sans Frontières said its hospital ...": no person
            if m.label == "PERSON" and not m.kb and not surname and self._lone_company(m):
                m.label = "ORG"  # "said the miner ..., saying Glencore had done the same"
            if (
                m.label == "PERSON"
                and not m.kb
                and not surname
                and _town_after_in(span, full_names)
            ):
                m.label = "GPE"  # "a test in Iten returned an adverse finding": a town
            if m.label == "PERSON" and not m.kb:
                if (
                    (m.end - m.start == 1 or self._city_named_as_person(m, text))
                    and not surname
                    and self._place(_Mention(m.start, m.end, "GPE"), text, strict=True)
                ):
                    continue  # "Odesa", "São Paulo" tagged PERSON: the gazetteer knows better
                if (
                    not surname
                    and self._struck_place(m, text)
                    and self._place(_Mention(m.start, m.end, "GPE"), text)
                ):
                    continue  # "Russian missiles struck Kherson": a town of any size is hit
                persons.append(m)
                continue
            entry = m.kb or find_entry(text)
            if entry is not None and entry.type != "PERSON":
                self._attach(self._kb_cluster(entry), m.start, m.end)
                continue
            if entry is not None:
                persons.append(_Mention(m.start, m.end, "PERSON", kb=entry))
                continue
            if (
                surname
                and not gazetteer.find_country(text)
                and not gazetteer.capitals().get(fold(text))
                and not self._locative(m)
            ):
                # "Bob Mansfield ... Mansfield said": the person, not the town (a
                # capital stays the state it stands for: "Washington said").
                persons.append(_Mention(m.start, m.end, "PERSON"))
                continue
            if self._place(m, text):
                continue
            deferred.append(m)
        self._roles_and_titles(persons)
        self._people(persons)
        for m in deferred:
            text = self.doc[m.start : m.end].text
            if m.label in ("ORG", "PRODUCT", "FAC", "GPE", "LOC") and (
                self._is_known_person(text)
                # "Elon" tagged ORG after "Elon Musk"; a longer organisation name
                # that contains a person's ("First National Bank of Crosby") is not one.
                or (len(name_words(text)) == 1 and self._match_person(text, m.start) is not None)
                or self._looks_like_person(m)
            ):
                self._people([_Mention(m.start, m.end, "PERSON")])
                continue
            if self._inside_title(m):
                continue
            self._other(m, text)
        self._untagged_names()
        self._title_references()
        self._definite_references()
        self._described_references()
        self._capital_references()
        self._first_word_references()
        self._merge_namesakes()
        self._merge_state_qualified()
        self._state_descriptions()
        self._merge_acronyms()
        self._merge_short_names()
        self._defined_initials()
        self._self_named()
        self._merge_group_plurals()
        self._states_of_the_day()

    def _states_of_the_day(self) -> None:
        """In copy published while a historic state stood, its demonym and its capital
        standing for a state are that state's: "Soviet officials said" and "Moscow
        regretted" in 1988 are the Soviet Union, not Russia (the modern reading)."""
        if self.published_day is None:
            return
        for state in gazetteer.states_standing(self.published_day):
            forms = {fold(f) for f in state.demonyms}
            if state.capital:
                forms.add(fold(state.capital))
            ci = self.by_key.get(f"country:{state.successor}")
            if ci is not None:
                moved = [m for m in self.clusters[ci].mentions if fold(m.text) in forms]
                if moved:
                    self._move_mentions(ci, self._country_cluster(state.code), moved)
            names = forms | {fold(state.name)}
            for c in self.clusters:
                if c.type != "ORG" or c.country != state.successor:
                    continue  # (places keep the gazetteer's modern countries)
                if (c.kb is not None and c.kb.name in state.seats) or (
                    c.kb is None and any(f in names for f in _word_runs(fold(c.name)))
                ):
                    c.country = state.code  # "the Soviet Foreign Ministry", "the Kremlin"

    def _move_mentions(self, ci: int, keep_index: int, moved: list[Mention]) -> None:
        """Move some mentions of cluster ``ci`` (and their tokens) to ``keep_index``."""
        c = self.clusters[ci]
        for m in moved:
            self.clusters[keep_index].add(m.start, m.end, m.text)
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            for t in range(span.start, span.end) if span is not None else ():
                if self.token_cluster.get(t) == ci:
                    self.token_cluster[t] = keep_index
        c.mentions = [m for m in c.mentions if m not in moved]

    def _merge_group_plurals(self) -> None:
        """A name NER tagged that is the plural of a one-word organisation of the
        article ("the Houthis" beside the "Houthi" movement) is that organisation."""
        groups = {
            c.name + "s": ci
            for ci, c in enumerate(self.clusters)
            if c.type == "ORG" and c.mentions and " " not in c.name and c.kb is None
        }
        for ci, c in enumerate(self.clusters):
            keep = groups.get(c.name)
            if keep is not None and keep != ci and c.kb is None and c.type != "COUNTRY":
                self._fold_into(ci, keep)

    def _defined_initials(self) -> None:
        """Initials NER missed that the article defines in brackets after an
        organisation ("United Nations Mission in South Sudan (UNMISS) ... UNMISS
        said"): every such token is a mention of that organisation."""
        for ci, c in enumerate(self.clusters):
            if c.type != "ORG" or len(c.name.split()) < 2:
                continue
            for m in list(c.mentions):
                found = _BRACKETED_INITIALS.match(self.text, m.end)
                if found is None:
                    continue
                for tok in self.doc:
                    if tok.text == found.group(1) and tok.i not in self.token_cluster:
                        self._attach(ci, tok.i, tok.i + 1)

    def _self_named(self) -> None:
        """The noun an organisation names itself after is that organisation ("a criminal
        group calling itself Black Lantern claimed the attack": the group is Black
        Lantern, as actor and for "the gang said" after it)."""
        for ci, c in enumerate(self.clusters):
            if c.type != "ORG":
                continue
            for m in list(c.mentions):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                verb = span.root.head
                noun = verb.head
                if (
                    span.root.dep_ in ("oprd", "attr", "xcomp", "dobj")
                    and verb.lemma_.lower() in ("call", "name", "dub")
                    and verb.dep_ in ("acl", "relcl")
                    and any(t.lower_ == "itself" for t in verb.children)
                    and noun.pos_ == "NOUN"
                    and noun.i not in self.token_cluster
                ):
                    self._attach(ci, noun.i, noun.i + 1)

    def _unknown_places_acting(self, mentions: list[_Mention]) -> set[str]:
        """Names NER calls places that no gazetteer knows, used as organisations are:
        the subject of a verb of saying or doing business ("Gazprom confirmed"), or
        described by an organisation noun ("Ukrenergo, the national grid operator"),
        or tagged an organisation elsewhere in the article; a name joined by "and" to
        one of those is taken with it ("between Naftogaz and Gazprom")."""
        # a name NER also tags as an organisation elsewhere in the article is one
        acting = {fold(self.doc[m.start : m.end].text) for m in mentions if m.label == "ORG"}
        candidates = []
        for m in mentions:
            if m.label not in ("GPE", "LOC", "NORP"):
                continue
            text = self.doc[m.start : m.end].text
            if (
                gazetteer.find_country(text)
                or gazetteer.find_region(text)
                or gazetteer.find_city(text)
                or gazetteer.capitals().get(fold(text))
                or gazetteer.demonyms().get(fold(text))
            ):
                continue
            root = self.doc[m.start : m.end].root
            candidates.append((m, root))
            verb_acts = root.dep_ == "nsubj" and root.head.lemma_.lower() in _ORG_VERBS
            described = any(
                c.dep_ == "appos" and c.lemma_.lower() in _ORG_NOUNS for c in root.children
            ) or (root.dep_ == "compound" and root.head.lemma_.lower() in _COMPANY_HOLDINGS)
            if verb_acts or described:
                acting.add(fold(text))
        for m, root in candidates:
            joined = [root.head] if root.dep_ == "conj" else []
            joined += [c for c in root.children if c.dep_ == "conj"]
            if any(fold(t.text) in acting for t in joined):
                acting.add(fold(self.doc[m.start : m.end].text))
        return acting & {fold(self.doc[m.start : m.end].text) for m, _ in candidates}

    @staticmethod
    def _corrected_label(m: _Mention, span: Any, surname: bool, full_names: list[str]) -> str:
        """NER's label for a mention, corrected by how the name is written and used."""
        if m.kb or surname:
            return m.label
        text = span.text
        if m.label in ("PERSON", "GPE", "LOC", "NORP", "FAC") and _LOWER_CAMEL.fullmatch(
            span[0].text
        ):
            return "PRODUCT"  # "iPhone", "webOS"
        if (
            m.label == "PERSON"
            and len(span) == 1
            and len(text) > 2
            and text.isupper()
            and text.isalpha()
            and not _known_name(text)
        ):
            return "ORG"  # "KCNA said": an acronym is no person's name
        if (
            m.label in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT")
            and len(span) > 1
            and span[-1].text in _AIRLINE_WORDS
        ):
            return "ORG"  # "Northway Air", "Qatar Airways": an airline, whatever NER says
        if (
            m.label in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT")
            and len(span) > 1
            and span[-1].text in _COMPANY_WORDS
        ):
            return "ORG"  # "Athens-based Poseidon Maritime", "Halvard Labs": a business
        if m.label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") and _athlete_named(span):
            return "PERSON"  # "Ethiopian steeplechaser Lemlem Hailu" tagged ORG
        if m.label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP") and _brand_named(span):
            return "PRODUCT"  # "to be sold as Lumeva", "under the brand name Velastra"
        if m.label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _vessel_named(span):
            return "PRODUCT"  # "the tanker St Nikolas", "the Liberian-flagged Aegean Star"
        if m.label in ("PERSON", "GPE", "LOC", "PRODUCT") and not gazetteer.find_country(text):
            described = _described_as(span)
            if described:
                return described  # "the game studio Mojang"
        if m.label in ("PERSON", "PRODUCT", "GPE", "LOC", "FAC") and not _known_place(text):
            kind = _kind_of_head(span)
            if (
                kind
                and not any(is_name_part(text, full) for full in full_names)
                and (kind == "FAC" or not any(given_name(w) for w in name_words(text)))
            ):
                # "the Tasnim news agency", "Evin prison"; a building may have a given
                # name in its name ("Maria Pia station"), a party or a maker no
                return kind
        if m.label in ("ORG", "NORP", "GPE", "LOC") and _model_before_its_kind(span):
            return "PRODUCT"  # "Kh-59 missiles", "Su-30 jets": a model, not a maker
        if m.label in ("ORG", "NORP", "GPE", "PERSON") and _MODEL_CODE.fullmatch(text):
            # "which builds the H3", "an A320": a model's code, no organisation (those
            # so written, the G7 or M23, are in the knowledge base)
            return "PRODUCT"
        if m.label == "ORG" and _listed_with_a_non_organisation(span):
            kind = _kind_of_head(span)
            if kind == "PRODUCT":
                return kind  # "Aster and Corso models": the list's first is no maker
        if m.label in ("ORG", "PERSON") and _settlement_named(span):
            return "GPE"  # "the village of Peachland": a place, known or not
        if m.label in ("NORP", "PERSON", "ORG") and _based_in(span):
            return "GPE"  # "the Aarhus-based company": a place, whatever NER reads
        if (
            m.label == "PERSON"
            and len(span) == 1
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in span[0].children)
            and not any(is_name_part(text, full) for full in full_names)
        ):
            # "The Mac has outpaced the PC": a name with an article of its own is a
            # thing ("the Obama administration": the article is the noun's).
            return "PRODUCT"
        return m.label

    def _place(self, m: _Mention, text: str, *, strict: bool = False) -> bool:
        label = m.label
        if text.lower() in gazetteer.WORLD_REGIONS:
            return False  # "partners in Asia": the continent, not a town named after it
        if strict and (
            find_person(text) is not None
            or not (
                gazetteer.find_country(text) or gazetteer.find_region(text) or self._big_city(text)
            )
        ):
            return False
        code = gazetteer.find_country(text)
        if code and label in ("GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "PERSON"):
            self._attach(self._country_cluster(code), m.start, m.end)
            return True
        demonym = gazetteer.demonyms().get(fold(text))
        if demonym and (
            label == "NORP"
            # "Ukrainian and Russian delegations" with "Ukrainian" tagged GPE: the
            # country's adjective, as if NER had said NORP
            or (
                label in ("GPE", "LOC")
                and gazetteer.find_city(text) is None
                and not gazetteer.regions().get(fold(text))
            )
        ):
            self._attach(self._country_cluster(demonym), m.start, m.end)
            return True
        if label == "NORP" and not self._town_of_the_story(m, text):
            return False  # ("Odesa port" tagged NORP: a town of the story's country, below)
        if label == "NORP":
            label = "GPE"
        if label not in ("GPE", "LOC", "FAC", "PRODUCT", "ORG"):
            return False
        if (part := self._district_noun(m)) is not None:
            # "the Kyivskyi district of Kharkiv": a part of a city (or a district of a
            # region), not the town of that name elsewhere
            district = gazetteer.find_region(f"{text} {part}", self.article_countries)
            if district is None or self._city_of_district(m) is not None:
                return False
            self._attach_place(district, m)
            return True
        capital_of = gazetteer.capitals().get(fold(text))
        if capital_of and (largest := gazetteer.find_city(text)) and largest.country != capital_of:
            capital_of = None  # "the mayor of Hamilton": Ontario's city, not Bermuda's capital
        if (
            capital_of
            and label in ("GPE", "ORG")
            and not self._locative(m)
            and not self._place_acted_on(m)
        ):
            self._attach(self._country_cluster(capital_of), m.start, m.end)
            return True
        if (
            label in ("ORG", "FAC")
            and self._locative(m)
            and not _named_station(self.doc[m.start : m.end])
            and self.doc[m.start - 1].lower_ in LOCATIVE_PREPS
            and (
                gazetteer.find_city(text, self.article_countries) is not None
                or gazetteer.regions().get(fold(text))
            )
        ):
            label = "GPE"  # "a military institute in Poltava", "across Tyrol" tagged ORG
        if (
            label == "ORG"
            and self._place_acted_on(m)
            and gazetteer.find_city(text, self.article_countries) is not None
            and find_entry(text) is None
        ):
            label = "GPE"  # "artillery shelled Kherson" tagged ORG: a city is shelled
        if label == "ORG" and self._town_of_the_story(m, text) and self._names_its_part(m):
            label = "GPE"  # "Russian drones pound Kherson port" tagged ORG: the town's port
        if label == "ORG" and self._settlement_of(m) and gazetteer.find_city(text) is not None:
            label = "GPE"  # "the town of El Fasher" tagged ORG
        if label in ("ORG", "FAC") and not re.search(
            r"\b(?:" + "|".join(gazetteer.REGION_SUFFIXES) + r")$", text, re.I
        ):
            return False
        prefer = self._nearby_countries(m, text)
        within = self._region_after_city(m, text)
        if within is not None:
            self._attach_place(within, m)
            return True
        has_suffix = bool(
            re.search(r"\s(?:" + "|".join(gazetteer.REGION_SUFFIXES) + r")$", text, re.I)
        )
        named_region = None
        if not has_suffix and (m.region_word or self._region_named(m)):
            # "the northern province of Nampula", "Kharkiv and Poltava oblasts": the
            # province, not its capital city
            noun = m.region_word or self.doc[m.start - 2].text
            named_region = gazetteer.find_region(f"{text} {noun}", prefer)
            has_suffix = named_region is not None
        region = named_region or (gazetteer.find_region(text, prefer) if has_suffix else None)
        placed = None if has_suffix else self._city_before_place(m, text)
        city = placed or (None if has_suffix else gazetteer.find_city(text, prefer))
        if city is not None and placed is None and city.country not in prefer:
            # a bare "Florida" is the US state, not the Cuban town of that name; in a
            # Canadian story "Ontario" is the province, not the Californian city
            named = gazetteer.find_region(text, prefer)
            if (
                named is not None
                and named.country != city.country
                and (city.population < _SMALL_CITY or named.country in prefer)
            ):
                region, city = named, None
        if region is None and city is None and label in ("GPE", "LOC", "PRODUCT"):
            region = gazetteer.find_region(text, prefer)
            if (
                region is not None
                and region.country not in prefer
                and (
                    label != "GPE" or not _dominant(region, gazetteer.regions().get(fold(text), ()))
                )
            ):
                region = None  # a bare "Gulf" is not Papua New Guinea's Gulf Province
        place = region or city
        if place is None:
            return False
        if (
            place is city
            and placed is None
            and prefer
            and city.country not in prefer
            and city.population < _FOREIGN_TOWN
            and self._settlement_of(m)
        ):
            # "killed 104 people in the seaside town of Mati" in a story of Greece: a town
            # of the story's country the gazetteer does not know, not the Philippine city
            country = next(iter(prefer)) if len(prefer) == 1 else None
            ci = self._cluster(
                f"CITY:{fold(text)}:{country}", lambda: _Cluster(text, "CITY", country)
            )
            self._attach(ci, m.start, m.end)
            return True
        qualifier = self._demonym_before(m)
        if qualifier is not None and place.country != qualifier:
            return False  # "the English Midlands" is no province of Zimbabwe
        self._attach_place(place, m)
        return True

    def _demonym_before(self, m: _Mention) -> str | None:
        """The country whose demonym qualifies a place's name ("the English Midlands":
        GB), if one does."""
        if m.start == 0:
            return None
        before = self.doc[m.start - 1]
        if not before.is_title or before.dep_ not in ("amod", "compound"):
            return None
        return gazetteer.demonyms().get(fold(before.text))

    def _attach_place(self, place: gazetteer.Place, m: _Mention) -> None:
        name = (
            f"{place.name} {place.suffix}"
            if place.type == "REGION" and place.suffix
            else place.name
        )
        key = f"{place.type}:{place.country}:{fold(name)}"
        if place.type == "REGION" and place.lat is not None and place.lon is not None:
            # one region whether written with its word or without ("in the Kagera region
            # ... Kagera borders Uganda"): the gazetteer's one place, by where it is
            key = f"REGION:{place.country}:{place.lat:.3f}:{place.lon:.3f}"

        def make() -> _Cluster:
            return _Cluster(name, place.type, place.country, place.lat, place.lon)

        ci = self._cluster(key, make)
        if name.startswith(self.clusters[ci].name + " "):
            self.clusters[ci].name = name  # the region's name with its word ("Kagera Region")
        self._attach(ci, m.start, m.end)

    def _district_noun(self, m: _Mention) -> str | None:
        """The noun right after a name that makes it a district's ("Shevchenkivskyi
        district", "Obolon neighbourhood"), in lower case; None if there is none."""
        after = self.doc[m.end] if m.end < len(self.doc) else None
        if after is None or after.lower_ not in _DISTRICT_NOUNS:
            return None
        return after.lower_

    def _city_of_district(self, m: _Mention) -> gazetteer.Place | None:
        """The city a district's name is said to be of ("the Kyivskyi district of
        Kharkiv"), when the gazetteer knows it; else None."""
        end = m.end if self.doc[m.end - 1].lower_ in _DISTRICT_NOUNS else m.end + 1
        at = end + 1
        if at >= len(self.doc) or self.doc[end].lower_ != "of":
            return None
        # (whatever NER took the city for: "the Podilskyi district of Poltava" tagged ORG)
        after = next((e for e in self.doc.ents if e.start == at), None)
        return gazetteer.find_city(after.text, self.article_countries) if after else None

    def _region_named(self, m: _Mention) -> bool:
        """Whether the name follows "the province of", "the northern region of" and the like."""
        doc = self.doc
        return (
            m.start >= 2
            and doc[m.start - 1].lower_ == "of"
            and doc[m.start - 2].lemma_.lower() in _REGION_NOUNS
        )

    def _settlement_of(self, m: _Mention) -> bool:
        """Whether the name follows "the town of", "the city of" and the like."""
        doc = self.doc
        return (
            m.start >= 2
            and doc[m.start - 1].lower_ == "of"
            and doc[m.start - 2].lemma_.lower() in _SETTLEMENT_NOUNS
        )

    def _city_before_place(self, m: _Mention, text: str) -> gazetteer.Place | None:
        """The city of the country or region named just after a comma ("Paris,
        Texas": the Texan town, not the French capital)."""
        doc = self.doc
        if m.end + 1 >= len(doc) or doc[m.end].text != "," or not doc[m.end + 1].ent_type_:
            return None
        after = next(e for e in doc.ents if e.start <= m.end + 1 < e.end)
        if after.label_ not in ("GPE", "LOC"):
            return None
        code = gazetteer.find_country(after.text)
        within = (
            {code} if code else {p.country for p in gazetteer.regions().get(fold(after.text), ())}
        )
        return next(
            (c for c in gazetteer.cities().get(fold(text), ()) if c.country in within), None
        )

    def _region_after_city(self, m: _Mention, text: str) -> gazetteer.Place | None:
        """The region of the city named just before a comma ("Sarasota, Florida":
        the US state, not the Cuban town)."""
        if m.start < 2 or self.doc[m.start - 1].text != ",":
            return None
        ci = self.token_cluster.get(m.start - 2)
        if ci is None or self.clusters[ci].type != "CITY":
            return None
        country = self.clusters[ci].country
        return next(
            (p for p in gazetteer.regions().get(fold(text), ()) if p.country == country), None
        )

    def _company_by_cues(self, m: _Mention) -> bool:
        """Whether a name of several words NER took for a person's, the subject of a
        saying or business verb, is a company by what the text says of it: shares in it
        ("Shares in Barrick Gold fell", "Rio Tinto shares"), a trade noun with "the" that
        goes back to it in its own or the next sentence, outside what it says ("Lynas
        Rare Earths reported ... The miner said": no other name between), or, with no
        given name in it and an English word last, "said in a statement". Not with a
        title, a role, or "he"/"she" in its sentence or the next ("Sinead Harnett said in a
        statement" stays a person; so does "John Smith said the company would ...")."""
        span = self.doc[m.start : m.end]
        root = span.root
        if len(span) < 2 or root.dep_ != "nsubj" or root.head.lemma_.lower() not in _ORG_VERBS:
            return False
        if self._title_before(m.start) is not None or self._apposition_role(root) is not None:
            return False
        sentence = root.sent
        following = self.doc[sentence.end : sentence.end + 1]
        nearby = list(sentence) + (list(following[0].sent) if len(following) else [])
        if any(t.lower_ in ("he", "him", "his", "she", "her", "hers") for t in nearby):
            return False
        verb = root.head
        if self._shares_in(span.text) or _itself_acting(verb):
            return True
        words = name_words(span.text)
        given = any(given_name(w) for w in words)
        # what it says, not a clause joined to its verb ("reported ..., and the company said")
        said = {
            d.i for c in verb.children if c.dep_ not in ("conj", "cc", "punct") for d in c.subtree
        }
        # "Mary Kendall said ... The company declined to comment": a bare "company" after
        # a name with a given name may be anybody's
        cues = _TRADE_NOUNS | {"miner", "producer"} if given else _TRADE_NOUNS | _COMPANY_CUE_NOUNS
        # "Kevin Rudd said the miner had cut jobs. Shares in the miner fell": the noun
        # goes back to what he spoke of
        spoken_of = any(self.doc[i].lower_ in cues for i in said)
        for t in nearby:
            if spoken_of or t.i < m.end or t.i in said:
                continue
            if (
                t.lower_ in cues
                and t.i > 0
                and self.doc[t.i - 1].lower_ == "the"
                and not any(
                    e.label_ in ("ORG", "PERSON") and m.end <= e.start < t.i for e in self.doc.ents
                )
            ):
                return True
        return (
            not given
            and dictionary_word(self.nlp, span[-1])
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.lower_ == "statement" for g in c.children)
                for c in verb.children
            )
        )

    def _shares_in(self, text: str) -> bool:
        """Whether the article writes of shares in the name ("Shares in Barrick Gold",
        "Barrick Gold shares", "Barrick Gold's shares")."""
        n = len(text.split())
        for t in self.doc:
            if t.lemma_.lower() not in ("share", "stock"):
                continue
            after = self.doc[t.i + 2 : t.i + 2 + n] if t.i + 1 < len(self.doc) else None
            if after is not None and self.doc[t.i + 1].lower_ == "in" and after.text == text:
                return True
            before = self.doc[max(t.i - n, 0) : t.i]
            owned = self.doc[max(t.i - n - 1, 0) : t.i - 1]
            if before.text == text or (
                t.i > 0 and self.doc[t.i - 1].text in ("'s", "’s") and owned.text == text
            ):
                return True
        return False

    def _called_it(self, m: _Mention) -> bool:
        """Whether a name tagged PERSON speaks of itself as "its" ("Médecins Sans
        Frontières said its hospital was hit"): the subject of a verb that governs
        an "its" later in the sentence, in a sentence with no personal pronoun, the
        name not opening with a given name ("Angela Merkel said its economy ..."
        may mean Germany's) nor carrying a title or a role."""
        span = self.doc[m.start : m.end]
        root = span.root
        if root.dep_ != "nsubj" or len(span) < 2 or given_name(span[0].text):
            return False
        sentence = root.sent
        if any(t.lower_ in ("he", "him", "his", "she", "her", "hers") for t in sentence):
            return False
        if self._title_before(m.start) is not None or self._apposition_role(root) is not None:
            return False
        verb = root.head
        return any(t.lower_ == "its" and t.i >= m.end and verb in t.ancestors for t in sentence)

    def _lone_company(self, m: _Mention) -> bool:
        """Whether one word tagged PERSON, never written with a given name (news names a
        person in full first), no given name itself, no known person and with no title
        or role, stands in a sentence that speaks of a company by its trade ("the miner
        was cutting corners, saying Glencore had done the same") and of no "he" or "she":
        a company's name."""
        doc = self.doc
        span = doc[m.start : m.end]
        if len(span) != 1 or not span[0].is_title or given_name(span.text):
            return False
        if find_person(span.text) is not None or self._title_before(m.start) is not None:
            return False
        if self._apposition_role(span.root) is not None:
            return False
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_ in _SAYING:
            return False  # "Rudd said the miner had cut jobs": a person speaks
        sentence = root.sent
        return not any(
            t.lower_ in ("he", "him", "his", "she", "her", "hers") for t in sentence
        ) and any(
            t.is_lower and t.lemma_ in _COMPANY_CUE_NOUNS | _TRADE_NOUNS and t.i != span.start
            for t in sentence
        )

    def _city_named_as_person(self, m: _Mention, text: str) -> bool:
        """Whether a name of several words tagged PERSON is a large city's own name
        ("São Paulo", "Belo Horizonte") used as nobody's: no title before it, no
        role in apposition, no person of that name in the knowledge base."""
        city = gazetteer.find_city(text)
        return (
            city is not None
            and city.population >= 100_000
            and fold(city.name) == fold(text)
            and find_person(text) is None
            and self._title_before(m.start) is None
            and self._apposition_role(self.doc[m.start : m.end].root) is None
        )

    @staticmethod
    def _big_city(text: str) -> bool:
        city = gazetteer.find_city(text)
        return city is not None and city.population >= 100_000

    def _locative(self, m: _Mention) -> bool:
        if self._dateline(m):
            return True  # "NAIROBI, Kenya (AP) -": where the report was filed
        root = self._coordination_head(m)
        if root.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            return True  # "a London court": a place that qualifies a noun
        if root.dep_ == "poss" and root.head.lemma_.lower() in _PLACE_PARTS:
            return True  # "Tehran's Evin prison", "Kyiv's outskirts": where, not who
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and (
                root.head.head.lemma_.lower() in _PLACE_PARTS
                or root.head.head.lower_ in _PLACE_PARTS
            )
        ):
            return True  # "the Podilskyi district of Kyiv", "the outskirts of Tehran"
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS

    def _place_acted_on(self, m: _Mention) -> bool:
        """True for a name that a physical act reaches ("missiles hit Kyiv", "Kyiv was
        shelled", "troops entered Kabul"): the city, not its government."""
        root = self._coordination_head(m)
        return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in _PLACE_VERBS

    def _town_of_the_story(self, m: _Mention, text: str) -> bool:
        """Whether a one-word name is the own name of a town in a country the story
        names, and no person or organisation the knowledge base knows."""
        if m.end - m.start != 1 or find_entry(text) is not None:
            return False
        city = gazetteer.find_city(text, self.article_countries)
        return (
            city is not None
            and fold(city.name) == fold(text)
            and city.country in self.article_countries
        )

    def _names_its_part(self, m: _Mention) -> bool:
        """Whether a name qualifies a part of a place ("Kherson port", "Odesa's
        outskirts")."""
        root = self.doc[m.start]
        return root.dep_ in ("compound", "nmod", "poss") and (
            root.head.lemma_.lower() in _PLACE_PARTS or root.head.lower_ in _PLACE_PARTS
        )

    def _nearby_countries(self, m: _Mention, text: str) -> set[str]:
        """The countries to read a place name in: those its own sentence names, when one
        of them has a city of that name ("Flooding in Valencia killed 12, Spain's
        emergency services said" in a story that also names Venezuela: Spain's), else
        the story's; a name read so once is read so again ("the closure of Valencia
        airport" later)."""
        readings = self.place_readings
        if fold(text) in readings:
            return readings[fold(text)]
        sentence = self.doc[m.start].sent
        near = set()
        for ent in sentence.ents:
            code = gazetteer.find_country(ent.text) or gazetteer.demonyms().get(fold(ent.text))
            if code:
                near.add(code)
        if near and near != self.article_countries:
            city = gazetteer.find_city(text, near)
            if city is not None and city.country in near:
                readings[fold(text)] = near
                return near
        return self.article_countries

    def _station_name(self, m: _Mention, span: Any) -> bool:
        """Whether a name NER took for an organisation or a place names the station or
        airport it is put before ("King's Cross station", "Victoria station" in a story
        of London): no country or region, no organisation the knowledge base knows, and
        no town of a country the story names ("Lviv station" in a story of Ukraine is
        the city's)."""
        text = span.text
        if m.label not in ("ORG", "GPE", "LOC", "PERSON") or not _named_station(span):
            return False
        if find_entry(text) is not None or gazetteer.find_country(text):
            return False
        if gazetteer.demonyms().get(fold(text)):
            return False
        places = [
            gazetteer.find_city(text, self.article_countries),
            gazetteer.find_region(text, self.article_countries),
        ]
        if any(p is not None for p in places) and self.doc[m.end].lower_ != "station":
            return False  # "Frankfurt airport": the city's airport, placed at the city
        return not any(p is not None and p.country in self.article_countries for p in places)

    def _struck_place(self, m: _Mention, text: str) -> bool:
        """Whether a name tagged PERSON is a place the gazetteer knows that an attack
        reaches ("Russian missiles struck Kherson", "drones attacked Sumy and Kharkiv",
        "a strike on Kherson"), by a doer that is no person ("Smith attacked Warren" is
        a quarrel), and no person of that name is known or titled in the article."""
        if not _known_place(text) or find_person(text) is not None:
            return False
        if self._title_before(m.start) is not None:
            return False
        root = self._coordination_head(m)
        if root.dep_ == "pobj" and root.head.lower_ in ("on", "against"):
            noun = root.head.head
            return noun.pos_ == "NOUN" and noun.lemma_.lower() in _ATTACK_NOUNS
        if not self._place_acted_on(m) or root.head.lemma_.lower() not in _ATTACK_VERBS:
            return False
        doer = next((c for c in root.head.children if c.dep_ in ("nsubj", "agent")), None)
        if doer is not None and doer.dep_ == "agent":
            doer = next((c for c in doer.children if c.dep_ == "pobj"), None)
        return doer is None or doer.ent_type_ != "PERSON"

    def _names_craft(self, m: _Mention) -> bool:
        """Whether an organisation's name the knowledge base does not know is a model's,
        put right before the noun of a rocket, missile, satellite or aircraft with "the" or
        "a" ("The GSLV rocket", "a PSLV rocket", "the Falcon 9 rocket"), written as a model is
        (in capitals, with a number, or an English word: "the Vulcan rocket"); "a SpaceX
        rocket" and "a Boeing jet" keep their makers. A number NER left out ("Falcon | 9")
        joins the name."""
        if m.label not in ("ORG", "PERSON", "GPE", "LOC") or m.kb:
            return False
        doc = self.doc
        end = m.end
        if end + 1 < len(doc) and doc[end].like_num and doc[end].pos_ == "NUM":
            end += 1
        if end >= len(doc) or doc[end].lemma_.lower() not in _CRAFT_NOUNS:
            return False
        span = doc[m.start : end]
        if find_entry(span.text) or m.start == 0:
            return False
        if doc[m.start - 1].lower_ not in ("the", "a", "an"):
            return False
        last = span[-1]
        named = len(span) == 1 and last.is_title and doc[m.start - 1].lower_ == "the"
        if not (
            (span.text.isupper() and len(span.text) > 2 and m.label == "ORG")
            or (last.like_num and m.label == "ORG")
            or (len(span) == 1 and dictionary_word(self.nlp, last) and m.label == "ORG")
            # "The Vulcan rocket", "the Ariane rocket": a launcher's own name (NER read a
            # town or a person), not its maker's ("a SpaceX rocket", "the Boeing jet")
            or (
                named
                and doc[end].lemma_.lower() in _LAUNCHER_NOUNS
                and not gazetteer.find_country(last.text)
                and not gazetteer.demonyms().get(fold(last.text))
                and not gazetteer.find_region(last.text)
                and not self._big_city(last.text)
            )
        ):
            return False
        m.end = end
        return True

    def _names_brand(self, m: _Mention) -> bool:
        """Whether a name the knowledge base does not know is put right before "brand"
        with "the" ("sold under the Kestrova brand"): a brand's name."""
        doc = self.doc
        if m.kb or m.start == 0 or m.end >= len(doc) or doc[m.end].lower_ not in _BRAND_NOUNS:
            return False
        text = doc[m.start : m.end].text
        return (
            doc[m.start - 1].lower_ == "the"
            and find_entry(text) is None
            and not gazetteer.find_country(text)
            and not gazetteer.demonyms().get(fold(text))
        )

    def _owns_ship(self, m: _Mention) -> bool:
        """Whether a name the knowledge base does not know, no country's and no people's,
        is put right before the noun of a ship with "a" or "the" ("A Maersk vessel", "the
        Hapag-Lloyd ship"): the line that runs it."""
        doc = self.doc
        if (
            m.kb
            or m.start == 0
            or m.end >= len(doc)
            or doc[m.end].lemma_.lower() not in (_SHIP_NOUNS)
        ):
            return False
        text = doc[m.start : m.end].text
        return (
            doc[m.start - 1].lower_ in ("a", "an", "the")
            and find_entry(text) is None
            and not gazetteer.find_country(text)
            and not gazetteer.demonyms().get(fold(text))
            and not gazetteer.find_region(text)
            and not self._big_city(text)
        )

    def _city_before_court(self, m: _Mention) -> bool:
        """Whether a city's name NER read as an organisation is put before the noun of a
        court or a prosecutor's office, its kind in lower case between ("the Marseille
        criminal court", "the Lyon prosecutor's office"): the place of the institution, no
        organisation of that name ("the Paris Court of Appeal" is named whole)."""
        if m.label != "ORG" or m.kb or not gazetteer.find_city(self.doc[m.start : m.end].text):
            return False
        for t in self.doc[m.end : m.end + 4]:
            if t.lower_ in _COURT_NOUNS:
                return True
            if not (t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN")):
                return False
        return False

    def _names_works(self, m: _Mention) -> bool:
        """Whether an organisation's name the knowledge base does not know is put before
        the noun of a works with "the" ("the El Mirador mine", "the Grasberg copper
        mine", "the Jamnagar refinery"): the works' name or its town's, not a company's."""
        span = self.doc[m.start : m.end]
        if m.label != "ORG" or m.kb or find_entry(span.text) or _kind_of_head(span) != "FAC":
            return False
        head = span.root.head
        return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)

    def _coordination_head(self, m: _Mention) -> Any:
        """The name's head token, or for a name in a list ("Kyiv and Lviv") the head of
        its first item: that one has the dependency the whole list has."""
        root = self.doc[m.start : m.end].root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return root

    def _dateline(self, m: _Mention) -> bool:
        """True for a wire dateline's place: a name in capitals opening a paragraph,
        followed by a comma, the agency or a dash ("NAIROBI, Kenya (AP)", "GENEVA
        (Reuters)", "KYIV —")."""
        span = self.doc[m.start : m.end]
        text = self.doc.text
        line = _DATELINE_PLACE.match(text, text.rfind("\n", 0, span.start_char) + 1)
        return (
            line is not None
            and line.start(1) <= span.start_char
            and span.end_char <= line.end(1)
            and span.text.isupper()
            and len(span.text) > 2
        )

    @staticmethod
    def _surname_of(text: str, full_names: list[str]) -> bool:
        """Whether a one-word name is the surname of a full name in the article."""
        words = folded_words(text)
        return len(words) == 1 and any(
            is_name_part(text, full) and same_word(words[0], surname_key(full))
            for full in full_names
        )

    def _is_known_person(self, text: str) -> bool:
        words = name_words(text)
        if not words or len(words) > 4:
            return False
        if find_person(text) is not None:
            return True
        return any(
            c.type == "PERSON" and any(same_name(text, f) for f in c.forms) for c in self.clusters
        )

    def _is_group_name(self, m: _Mention) -> bool:
        before = self.doc[m.start - 1] if m.start > 0 else None
        return (
            before is not None
            and before.lower_ == "the"
            and self.doc[m.end - 1].text.endswith("s")
            and self.doc[m.end - 1].is_title
            and m.end - m.start <= 2
        )

    def _looks_like_person(self, m: _Mention) -> bool:
        """Two or three capitalised words with a title before them or a role in
        apposition, or, tagged a place or a thing, that start with a given name and
        end with a word that is neither a given name nor an English word
        ("Erling Haaland" tagged FAC; not "Victoria Falls" nor "Morgan Stanley"),
        and are not where something happens ("at Roland Garros")."""
        span = self.doc[m.start : m.end]
        if _facility_named(span):
            return False  # "Charles de Gaulle airport": the airport, named after him
        if _named_after_organisation_noun(span):
            return False  # "the founder of lending firm Corvo Credit": the firm's name
        # "Tarcísio de Freitas", "Ursula von der Leyen": particles between name words
        words = [
            t
            for k, t in enumerate(span)
            if not (0 < k < len(span) - 1 and t.lower_ in NAME_PARTICLES)
        ]
        if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words):
            return False
        if any(t.lower_ in TITLE_WORDS or t.text in INSTITUTION_WORDS for t in words):
            return False
        if words[-1].lower_ in _ORG_HEADS:
            return False  # "Regional Appeals Court; Office of the ... Prosecutor": no person
        if self._title_before(m.start) is not None or self._apposition_role(span.root) is not None:
            return True
        if m.start and self.doc[m.start - 1].lower_ in PERSON_ROLE_NOUNS:
            return True
        return (
            m.label in ("FAC", "GPE", "LOC", "PRODUCT")
            and not (m.start and self.doc[m.start - 1].lower_ in LOCATIVE_PREPS)
            and given_name(words[0].text)
            and not given_name(words[-1].text)
            and not dictionary_word(self.nlp, words[-1])
        )

    def _inside_title(self, m: _Mention) -> bool:
        text = fold(self.doc[m.start : m.end].text)
        *portfolio, last = text.split() or [""]
        if last in TITLE_WORDS and portfolio and " ".join(portfolio) in _PORTFOLIOS:
            return True  # "Interior Minister" tagged ORG: a title, not an organisation
        after = self.doc[m.end] if m.end < len(self.doc) else None
        if text in _PORTFOLIOS and after is not None and after.lower_ in ("minister", "secretary"):
            return True  # "Finance Minister X": a title, not the ministry
        if (
            text in _PORTFOLIOS
            and m.start >= 2
            and self.doc[m.start - 1].lower_ == "of"
            and self.doc[m.start - 2].lower_ in TITLE_WORDS
        ):
            return True  # "a spokesman for the Secretary of State": a title, no person named
        return text in _PORTFOLIOS and any(s <= m.start and m.end <= e for s, e in self.title_spans)

    def _other(self, m: _Mention, text: str) -> None:
        name = " ".join(re.sub(r"^(?:the|The)\s+", "", text).split())
        label = {
            "GPE": "GPE",
            "LOC": "LOC",
            "FAC": "FACILITY",
            "NORP": "NORP",
            "PRODUCT": "PRODUCT",
        }.get(m.label, m.label)
        if label in ("ORG", "LOC", "GPE") and (
            name.split()[-1].casefold() in FACILITY_WORDS or _facility_words(name)
        ):
            # "the Grand Ethiopian Renaissance Dam", "the Crimean Bridge", "Gare du Nord"
            label = "FACILITY"
        end = m.end
        if label in ("LOC", "GPE") and (part := self._district_noun(m)) is not None:
            # "the Kyivskyi district": a district, named with its noun
            name, label, end = f"{name} {part}", "LOC", m.end + 1
        if (
            label in ("LOC", "GPE")
            and name.split()[-1].lower() in _DISTRICT_NOUNS
            and (city := self._city_of_district(m)) is not None
        ):
            # (placed on the map where its city is)
            ci = self._cluster(
                f"{label}:{fold(name)}:{city.country}",
                lambda: _Cluster(name, label, city.country, city.lat, city.lon),
            )
            self._attach(ci, m.start, end)
            return
        country = None
        if label in ("ORG", "FACILITY"):
            country = self._country_within(m)
        key = f"{label}:{fold(name)}"
        owner = self._possessor_country(self.doc[m.start].idx) if label == "ORG" else None
        if country is None and owner:
            # "Ukraine's Armed Forces" and "Russia's Armed Forces" are two organisations
            country, key = owner, f"{key}:{owner}"
        ci = self._cluster(key, lambda: _Cluster(name, label, country))
        self._attach(ci, m.start, end)

    def _country_within(self, m: _Mention) -> str | None:
        """The country an organisation's name contains ("Ministry of Defence of Ukraine")."""
        tokens = self.doc[m.start : m.end]
        for size in (3, 2, 1):
            for i in range(len(tokens) - size + 1):
                piece = tokens[i : i + size].text
                before = self.doc[m.start + i - 1] if m.start + i > 0 else None
                if fold(piece) in gazetteer.article_bound_names() and (
                    before is None or before.lower_ != "the"
                ):
                    continue
                code = gazetteer.find_country(piece) or gazetteer.demonyms().get(fold(piece))
                if code:
                    return code
        return None

    # -- people ------------------------------------------------------
    def _roles_and_titles(self, persons: list[_Mention]) -> None:
        """Split leading honorifics off person spans and record title spans."""
        for m in persons:
            while m.end - m.start > 1 and self.doc[m.start].lower_.rstrip(".") in HONORIFICS:
                m.start += 1
            span = self._title_before(m.start)
            if span:
                self.title_spans.append(span)

    def _title_before(self, start: int) -> tuple[int, int] | None:
        """The title span right before a name ("US Secretary of Defense"), if any.

        A title that ends in a preposition ("the governor of | São Paulo") names
        the place or body the title is of, not its holder: no title then.
        """
        doc = self.doc
        if start > 0 and doc[start - 1].lower_ in ("of", "in", "for"):
            return None
        i = start
        while i > 0:
            tok = doc[i - 1]
            if (
                tok.is_space
                or (tok.is_punct and tok.text not in ("-", "–"))
                or tok.pos_ in ("VERB", "AUX", "DET", "PRON", "SCONJ", "CCONJ", "NUM")
            ):
                break
            if tok.pos_ == "ADP" and tok.lower_ not in ("of", "in", "for"):
                break
            if (
                tok.is_lower
                and tok.lower_ not in TITLE_WORDS
                and tok.lower_ not in ("of", "in", "for", "-", "chief")
            ) and tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
                break
            i -= 1
        while i < start and (doc[i].pos_ == "ADP" or doc[i].text in ("-", "–", "'s", "’s")):
            i += 1
        words = {t.lower_ for t in doc[i:start]}
        if i < start and words & TITLE_WORDS:
            return (i, start)
        return None

    def _apposition_role(self, root: Any) -> str | None:
        """A role given in apposition: "Kyrylo Budanov, Head of ...," or "the head ..., X"."""
        for child in root.children:
            if child.dep_ == "appos":
                span = self._np_span(child)
                if span and self._is_role(span):
                    return span.text
        if root.dep_ == "appos":
            # "the governor of Kharkiv Oblast, Oleh Syniehubov": the governor's role
            head = apposition_host(root, person=True)
            span = self._np_span(head, stop=root)
            if span and self._is_role(span):
                return span.text
        return None

    def _is_role(self, span: Any) -> bool:
        return (
            bool({t.lower_ for t in span} & TITLE_WORDS)
            and all(e.label_ != "PERSON" or self._resolved_otherwise(e) for e in span.ents)
            and len(span) <= 12
        )

    def _resolved_otherwise(self, ent: Any) -> bool:
        """Whether a span NER tags PERSON was resolved as something else ("São Paulo's
        governor": the city)."""
        ci = self.token_cluster.get(ent.start)
        return ci is not None and self.clusters[ci].type != "PERSON"

    def _np_span(self, token: Any, stop: Any = None) -> Any:
        tokens = [t for t in token.subtree if stop is None or t not in set(stop.subtree)]
        if stop is not None and stop.i > token.i:
            # (the phrase before the name, not the comma that closes it after the name)
            tokens = [t for t in tokens if t.i < stop.left_edge.i]
        tokens = [t for t in tokens if not t.is_space]
        if not tokens:
            return None
        start, end = tokens[0].i, tokens[-1].i + 1
        while start < end and (
            self.doc[start].is_punct
            # "Its director general, Jean Kaseya": the post, not whose it is
            or self.doc[start].lower_ in ("the", "a", "an", "its", "his", "her", "their", "our")
        ):
            start += 1
        while end > start and self.doc[end - 1].is_punct:
            end -= 1
        return self.doc[start:end] if end > start else None

    def _people(self, persons: list[_Mention]) -> None:
        # Full names first so that surnames can refer back to them.
        order = sorted(
            persons, key=lambda m: (-len(name_words(self.doc[m.start : m.end].text)), m.start)
        )
        for m in order:
            span = self.doc[m.start : m.end]
            text = span.text
            words = name_words(text)
            if not words:
                continue
            ci = self._match_person(text, m.start)
            if ci is None:
                entry = m.kb or find_person(text)
                if entry is not None and entry.type == "PERSON":
                    ci = self._kb_cluster(entry)
                else:
                    key = f"person:{' '.join(fold_token(w) for w in words)}"
                    ci = self._cluster(
                        key, lambda text=text: _Cluster(written_name(text), "PERSON")
                    )
            cluster = self.clusters[ci]
            form = written_name(text)
            if form not in cluster.forms:
                cluster.forms.append(form)
            self._attach(ci, m.start, m.end)
            title = self._title_before(m.start)
            if title:
                role = self.doc[title[0] : title[1]].text
                if role not in cluster.roles:
                    cluster.roles.append(role)
            role = self._apposition_role(span.root)
            if role and role not in cluster.roles:
                cluster.roles.append(role)
        for cluster in self.clusters:
            if cluster.type == "PERSON" and cluster.kb is None and cluster.forms:
                # Canonical: the longest form, the first seen on ties.
                cluster.name = max(cluster.forms, key=lambda f: len(f.split()))

    def _match_person(self, text: str, at: int) -> int | None:
        """The person cluster the name at token ``at`` refers to, or None.

        A name, or another spelling of one, matches the nearest person named
        so. A part of a longer name ("Jobs", "Steve" after "Steve Jobs")
        matches only when exactly one person of the article has a name it is
        part of (two Steves: "Steve" stays unresolved; a surname is read as a
        surname first, so "Jordan" is Michael Jordan's even when Jordan
        Peterson is named too), a part other than the surname only when that
        person was named before it, and an initial alone never. A surname two people
        share names the one of them named before it, if only one was.
        """
        words = folded_words(text)
        size = len(words)
        if not size:
            return None
        at_char = self.doc[at].idx
        exact: list[int] = []
        partial: dict[int, bool] = {}  # cluster -> matched by its surname
        for ci, cluster in enumerate(self.clusters):
            if cluster.type != "PERSON":
                continue
            forms = cluster.forms or [cluster.name, *((cluster.kb.aliases) if cluster.kb else ())]
            if cluster.kb:
                forms = [*forms, cluster.kb.name, *cluster.kb.aliases]
            if any(len(folded_words(f)) <= size and same_name(text, f) for f in forms):
                exact.append(ci)
                continue
            for f in forms:
                if len(folded_words(f)) > size and (same_name(text, f) or is_name_part(text, f)):
                    surname = same_word(surname_key(text), surname_key(f))
                    partial[ci] = partial.get(ci, False) or surname
        if exact:
            return min(
                exact,
                key=lambda ci: min(
                    (abs(m.start - at_char) for m in self.clusters[ci].mentions), default=0
                ),
            )
        if any(len(w) < 2 for w in words):
            return None  # "D" of "Paul D. Ryan"
        by_surname = [ci for ci, surname in partial.items() if surname]
        if len(by_surname) > 1:
            # "Johan Ekberg ... Ekberg was arrested ... his sister, Anna Ekberg": a bare
            # surname names the one of its bearers introduced before it
            named_before = [
                ci
                for ci in by_surname
                if any(m.start < at_char for m in self.clusters[ci].mentions)
            ]
            if len(named_before) == 1:
                return named_before[0]
        candidates = by_surname or list(partial)
        if len(candidates) != 1:
            return None  # nobody, or several people this part could name
        ci = candidates[0]
        if by_surname or any(m.start < at_char for m in self.clusters[ci].mentions):
            return ci
        return None

    def caption_variants(self, captions: tuple[str, ...]) -> None:
        """Spellings of the article's people used in photo captions (kept as aliases)."""
        people = [c for c in self.clusters if c.type == "PERSON" and c.mentions]
        for caption in captions:
            for match in _CAPITALISED_NAME.finditer(caption):
                name = " ".join(name_words(match.group(0)))
                for cluster in people:
                    forms = [cluster.name, *cluster.forms]
                    if name in forms or len(name_words(name)) < 2:
                        continue
                    if any(same_name(name, f) for f in forms):
                        if name not in cluster.extra_aliases:
                            cluster.extra_aliases.append(name)
                        break

    def _untagged_names(self) -> None:
        """Capitalised names NER missed: another spelling of a person named in the
        article, a name with a title in apposition ("X, Ukraine's top commander,"),
        or a known place after "the town of", "the port of" and the like."""
        doc = self.doc
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.pos_ == "NOUN" and tok.is_title and i not in self.token_cluster:
                # "Jobs resigned": a surname the tagger read as a common noun.
                ci = self._match_person(tok.text, i)
                if ci is not None and any(
                    len(name_words(f)) > 1 and surname_key(f) == surname_key(tok.text)
                    for f in self.clusters[ci].forms
                ):
                    self._attach(ci, i, i + 1)
                i += 1
                continue
            if tok.pos_ != "PROPN" or i in self.token_cluster or not tok.is_title:
                i += 1
                continue
            j = i
            while (
                j < len(doc)
                and doc[j].pos_ == "PROPN"
                and doc[j].is_title
                and j not in self.token_cluster
            ):
                j += 1
            first = i
            if (
                j - i >= 3
                and i > 0
                and doc[i - 1].lower_ in ("for", "of")
                and dictionary_word(self.nlp, doc[i])
            ):
                first = i + 1  # "Commissioner for Competition | Margrethe Vestager"
            while j - first > 1 and doc[first].lower_ in PERSON_ROLE_NOUNS:
                first += 1  # "Businessman | Roman X admitted ..." opening a sentence
            span = doc[first:j]
            if j - first <= 3 and not any(
                t.ent_type_ in ("DATE", "TIME", "ORG", "GPE", "NORP") for t in span
            ):
                text = span.text
                ci = self._match_person(text, first)
                plural_of = self._plural_of_group(span) if ci is None else None
                if plural_of is not None:
                    self._attach(plural_of, first, j)  # "the Houthis" after "Houthi"
                elif ci is None and _settlement_named(span):
                    # "60 miles south of the port of Hodeidah": a place NER missed
                    self._place(_Mention(first, j, "GPE"), text)
                elif ci is not None:
                    self._attach(ci, first, j)
                    if written_name(text) not in self.clusters[ci].forms:
                        self.clusters[ci].forms.append(written_name(text))
                elif j - first >= 2 and self._apposition_role(span.root):
                    self._people([_Mention(first, j, "PERSON")])
            i = j

    def _plural_of_group(self, span: Any) -> int | None:
        """The one-word organisation whose members a plural name stands for ("the
        Houthis" beside the "Houthi" movement), if the article names it."""
        if len(span) != 1 or not span.text.endswith("s") or span[0].tag_ not in ("NNP", "NNPS"):
            return None
        stem = span.text[:-1]
        return next(
            (
                ci
                for ci, c in enumerate(self.clusters)
                if c.type == "ORG" and c.mentions and c.name == stem
            ),
            None,
        )

    def _title_references(self) -> None:
        """ "the president", "the Commander-in-Chief": the one person in the article with that title."""
        doc = self.doc
        people = [(ci, c) for ci, c in enumerate(self.clusters) if c.type == "PERSON"]
        if not people:
            return
        for tok in doc:
            if tok.lower_ != "the" or tok.i + 1 >= len(doc):
                continue
            j = tok.i + 1
            # "the Commander-in-Chief" is several tokens.
            end = j
            while (
                end < len(doc)
                and (doc[end].lower_ in TITLE_WORDS or doc[end].text in ("-", "in"))
                and end - j < 5
            ):
                end += 1
            if end == j or doc[end - 1].text in ("-", "in"):
                continue
            if j in self.token_cluster or (end < len(doc) and doc[end].lower_ == "of"):
                continue
            if end < len(doc) and doc[end].pos_ == "PROPN":
                continue  # "the President Joe Biden": the name itself is a mention
            title = doc[j:end].text.lower()
            matches = [
                ci
                for ci, c in people
                if any(re.search(rf"\b{re.escape(title)}\b", r.lower()) for r in c.roles)
            ]
            if len(set(matches)) == 1:
                self._attach(matches[0], j, end)

    def _definite_references(self) -> None:
        """ "the Commission" after "the European Commission": the one organisation
        named earlier in the article whose name has that head noun."""
        doc = self.doc
        orgs = [
            (ci, c)
            for ci, c in enumerate(self.clusters)
            if c.type == "ORG" and c.mentions and len(c.name.split()) > 1
        ]
        if not orgs:
            return
        for tok in doc:
            if tok.lower_ != "the" or tok.i + 1 >= len(doc):
                continue
            start = end = tok.i + 1
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end == start or (end < len(doc) and doc[end].lower_ in ("of", "for")):
                continue  # "the Commission of Inquiry" is a name of its own
            own = {self.token_cluster.get(t) for t in range(start, end)}
            if len(own) > 1 or any(
                ci is not None
                and (
                    self.clusters[ci].type != "ORG"
                    or self.clusters[ci].kb is not None
                    or len(self.clusters[ci].name.split()) > 1
                )
                for ci in own
            ):
                continue  # part of a longer name, or another kind of entity
            words = {fold(t.text) for t in doc[start:end]}
            head = fold(doc[end - 1].text)
            if head in _STANDALONE_HEADS:
                continue
            at = doc[start].idx
            matches = {
                ci
                for ci, c in orgs
                if _head_noun(c.name) == head
                and words <= {fold(w) for w in c.name.split()}
                and any(m.start < at for m in c.mentions)
            }
            if len(matches) == 1:
                self._detach(start, end)
                self._attach(matches.pop(), start, end)

    def _capital_references(self) -> None:
        """ "Ghana's capital", "the capital of Ghana", "the Ghanaian capital": the capital
        city the gazetteer knows (Accra), a mention of it though it is not named there."""
        for tok in self.doc:
            if tok.lower_ != "capital" or tok.tag_ != "NN" or tok.i in self.token_cluster:
                continue
            if tok.dep_ in ("compound", "amod"):
                continue  # "Ghana's capital markets"
            code = self._capital_owner(tok)
            place = gazetteer.capital_city(code) if code else None
            if place is None:
                continue
            self._attach_place(place, _Mention(tok.i, tok.i + 1, "GPE"))
            ci = self.token_cluster[tok.i]
            self.clusters[ci].descriptions.add(tok.idx)

    def _capital_owner(self, tok: Any) -> str | None:
        """The ISO code of the country whose capital ``tok`` ("capital") is: its owner
        ("Ghana's"), its demonym ("the Ghanaian capital") or its "of" ("of Ghana")."""
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                owners += [p for p in prep.children if p.dep_ == "pobj"]
        for owner in owners:
            ci = self.token_cluster.get(owner.i)
            if ci is not None and self.clusters[ci].type == "COUNTRY":
                return self.clusters[ci].country
        return None

    def _described_references(self) -> None:
        """ "the safety board" or "the board" after "the Transportation Safety Board of
        Canada": a description in lower case whose head noun is the head of the one
        organisation named earlier in the article, and whose words are all its name's."""
        doc = self.doc
        orgs = [
            (ci, c)
            for ci, c in enumerate(self.clusters)
            if c.type == "ORG" and c.mentions and len(c.name.split()) > 1
        ]
        for tok in doc:
            if tok.lower_ != "the" or not orgs:
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc[end].is_lower and doc[end].is_alpha:
                end += 1
                if doc[end - 1].lower_ in _DESCRIBED_HEADS:
                    break
            head = doc[end - 1]
            if end == tok.i + 1 or head.lower_ not in _DESCRIBED_HEADS or head.pos_ != "NOUN":
                continue
            if end < len(doc) and doc[end].lower_ in ("of", "for"):
                continue  # "the board of directors": a body of its own
            if any(t in self.token_cluster for t in range(tok.i + 1, end)):
                continue
            words = {fold(t.text) for t in doc[tok.i + 1 : end]}
            matches = {
                ci
                for ci, c in orgs
                if _head_noun(c.name) == head.lower_
                and words <= {fold(w) for w in c.name.split()}
                and any(m.start < tok.idx for m in c.mentions)
            }
            if len(matches) == 1:
                self._attach(matches.pop(), tok.i + 1, end)

    def _first_word_references(self) -> None:
        """ "Medalis said" after "hospital operator Medalis Kliniken": a one-word name
        nothing else resolved, no English word, that is the first word of the one
        organisation named in full before it, is that organisation (whatever NER
        read it as)."""
        owners: dict[str, list[int]] = {}
        for ci, c in enumerate(self.clusters):
            if c.type == "ORG" and c.kb is None and c.mentions and len(c.name.split()) > 1:
                owners.setdefault(fold(c.name.split()[0]), []).append(ci)
        for c in self.clusters:
            if (
                not c.mentions
                or c.kb is not None
                or c.lat is not None
                or c.type not in ("PERSON", "NORP", "ORG", "PRODUCT")
                or len(c.name.split()) != 1
                or given_name(c.name)
                or gazetteer.find_country(c.name)
                or len(owner := owners.get(fold(c.name), [])) != 1
            ):
                continue
            first = min(m.start for m in self.clusters[owner[0]].mentions)
            if first > min(m.start for m in c.mentions):
                continue  # the short name came first: it may be another one
            token = self.doc.char_span(c.mentions[0].start, c.mentions[0].end)
            if token is None or (
                dictionary_word(self.nlp, token[0]) and not self._bare_name(c.mentions)
            ):
                continue  # "the Court" after "the Court of Appeal": a common noun
            for m in list(c.mentions):
                span = self.doc.char_span(m.start, m.end)
                if span is not None:
                    self._detach(span.start, span.end)
                    self._attach(owner[0], span.start, span.end)

    def _bare_name(self, mentions: list[Mention]) -> bool:
        """True when an English word is written as a name every time: capitalised inside
        a sentence at least once ("shares in Helix fell") and never after an article or
        a possessive ("the Court", "its Network")."""
        mid_sentence = False
        for m in mentions:
            span = self.doc.char_span(m.start, m.end)
            if span is None or not span.text[:1].isupper():
                return False
            before = self.doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.lower_ in _DETERMINERS:
                return False
            mid_sentence = mid_sentence or span.start != span.sent.start
        return mid_sentence

    def _detach(self, start: int, end: int) -> None:
        """Take tokens [start, end) out of the cluster they were attached to."""
        span = self.doc[start:end]
        for t in range(start, end):
            ci = self.token_cluster.pop(t, None)
            if ci is not None:
                cluster = self.clusters[ci]
                cluster.mentions = [
                    m
                    for m in cluster.mentions
                    if m.end <= span.start_char or m.start >= span.end_char
                ]

    def _merge_namesakes(self) -> None:
        """One entity per name: "iPhone" tagged GPE here and ORG there (NER is not
        consistent within an article) becomes one entity of the commoner type.

        Only entities that neither the knowledge base nor the gazetteer
        resolved, and of the same country ("Ukraine's Armed Forces" is not
        Russia's), are merged; ties go to the type of the first mention.
        """
        groups: dict[tuple[str, str | None], list[int]] = {}
        for ci, c in enumerate(self.clusters):
            if c.mentions and c.kb is None and c.lat is None and c.type != "PERSON":
                groups.setdefault((fold(c.name), c.country), []).append(ci)
        for members in groups.values():
            if len(members) < 2:
                continue
            keep = max(
                members,
                key=lambda ci: (
                    len(self.clusters[ci].mentions),
                    -min(m.start for m in self.clusters[ci].mentions),
                ),
            )
            for ci in members:
                if ci == keep:
                    continue
                for m in self.clusters[ci].mentions:
                    self.clusters[keep].add(m.start, m.end, m.text)
                self.clusters[ci].mentions = []
                for t, owner in self.token_cluster.items():
                    if owner == ci:
                        self.token_cluster[t] = keep

    def _merge_state_qualified(self) -> None:
        """ "the Red Cross" after "Kenya Red Cross", "Ethiopia's Ministry of Water and
        Energy" beside "Ethiopian Ministry of Water and Energy": an organisation's
        name without the state that qualifies it is the same organisation, when
        one organisation in the article has that name qualified by one state and
        the bare name is not given another state's possessive. "Slovakia's Supreme
        Court" then "the Supreme Court" is one court the same way."""
        qualified: dict[str, list[int]] = {}
        for ci, c in enumerate(self.clusters):
            words = c.name.split()
            if c.type != "ORG" or not c.mentions or not c.country:
                continue
            if any(self._possessor_country(m.start) == c.country for m in c.mentions):
                owners = qualified.setdefault(fold(c.name), [])
                if ci not in owners:
                    owners.append(ci)
            if len(words) < 3:
                continue
            for size in (2, 1):
                lead = " ".join(words[:size])
                code = gazetteer.find_country(lead) or gazetteer.demonyms().get(fold(lead))
                if code == c.country:
                    owners = qualified.setdefault(fold(" ".join(words[size:])), [])
                    if ci not in owners:
                        owners.append(ci)
                    break
        for ci, c in enumerate(self.clusters):
            owners = [
                o for o in qualified.get(fold(c.name), []) if o != ci and self.clusters[o].mentions
            ]  # (one folded into another meanwhile is gone)
            if c.type != "ORG" or not c.mentions or c.kb is not None or len(owners) != 1:
                continue
            keep = self.clusters[owners[0]]
            if c.country not in (None, keep.country) or any(
                self._possessor_country(m.start) not in (None, keep.country) for m in c.mentions
            ):
                continue
            self._fold_into(ci, owners[0])

    def _state_descriptions(self) -> None:
        """ "the Omani foreign ministry" beside the "Ministry of Foreign Affairs" of
        Oman, "the Japanese defence ministry" beside Japan's "Ministry of Defense": a
        description in lower case after a state's demonym is the one organisation of
        that state whose name has the description's head noun and its other words
        (before or after it in the article). The demonym stays the state's."""
        doc = self.doc
        orgs = [
            (ci, c)
            for ci, c in enumerate(self.clusters)
            if c.type == "ORG" and c.mentions and c.country and len(c.name.split()) > 1
        ]
        if not orgs:
            return
        for tok in doc:
            code = gazetteer.demonyms().get(fold(tok.text)) if tok.is_title else None
            if code is None:
                continue
            # up to three words in lower case, the last the organisation's noun
            end = next(
                (
                    i + 1
                    for i in range(tok.i + 1, min(tok.i + 4, len(doc)))
                    if not (doc[i].is_lower and doc[i].is_alpha) or doc[i].lower_ in _ORG_HEADS
                ),
                tok.i + 1,
            )
            head = doc[end - 1]
            if head.lower_ not in _ORG_HEADS or not head.is_lower or head.i in self.token_cluster:
                continue
            words = {_spelling(fold(t.text)) for t in doc[tok.i + 1 : end - 1]}
            matches = [
                ci
                for ci, c in orgs
                if c.country == code
                and _head_noun(c.name) == head.lower_
                and words <= {_spelling(fold(w)) for w in c.name.split()}
            ]
            if len(matches) == 1:
                self._attach(matches[0], tok.i + 1, end)

    def _merge_acronyms(self) -> None:
        """ "AP" beside "The Associated Press": an organisation written as the initials
        of the one organisation in the article whose capitalised words they are."""
        orgs = [(ci, c) for ci, c in enumerate(self.clusters) if c.type == "ORG" and c.mentions]
        for ci, c in orgs:
            short = c.name.replace(".", "")
            if c.kb is not None or not (
                short.isalpha() and short.isupper() and 2 <= len(short) <= 6
            ):
                continue
            # "the Federal Office for Information Security (BSI)": the brackets say so,
            # whatever language the initials come from
            defined = re.compile(rf"\s*\(\s*{re.escape(c.name)}\s*\)")
            owners = [
                oi
                for oi, o in orgs
                if oi != ci
                and len(o.name.split()) > 1
                and any(defined.match(self.text, m.end) for m in o.mentions)
            ] or [
                oi
                for oi, o in orgs
                if oi != ci
                and len(o.name.split()) > 1
                and "".join(w[0] for w in o.name.split() if w[0].isupper()) == short
            ]
            if len(owners) != 1:
                continue
            self._fold_into(ci, owners[0])

    def _merge_short_names(self) -> None:
        """ "the Coordination Headquarters" beside "the Coordination Headquarters for the
        Treatment of Prisoners of War": an organisation's name of two words or more that
        opens the name of the one organisation in the article completed by a "for" or
        "of" phrase is that organisation, written short."""
        orgs = [(ci, c) for ci, c in enumerate(self.clusters) if c.type == "ORG" and c.mentions]
        for ci, c in orgs:
            if c.kb is not None or len(c.name.split()) < 2:
                continue
            owners = [
                oi
                for oi, o in orgs
                if oi != ci
                and o.mentions
                and re.match(rf"{re.escape(c.name)}\s+(?:for|of)\s+\S", o.name)
                and c.country in (None, o.country)
            ]
            if len(owners) == 1:
                self._fold_into(ci, owners[0])

    def _fold_into(self, ci: int, keep_index: int) -> None:
        """Move every mention of cluster ``ci`` (and its tokens) to cluster ``keep_index``."""
        c, keep = self.clusters[ci], self.clusters[keep_index]
        for m in c.mentions:
            keep.add(m.start, m.end, m.text)
        c.mentions = []
        for t, owner in self.token_cluster.items():
            if owner == ci:
                self.token_cluster[t] = keep_index

    def _possessor_country(self, char: int) -> str | None:
        """The state named in a possessive or a demonym right before a character offset
        ("Egypt's X", "the Omani Ministry of Foreign Affairs")."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        i = span.start if span is not None else 0
        if i >= 1 and self.doc[i - 1].is_title:
            demonym = gazetteer.demonyms().get(fold(self.doc[i - 1].text))
            if demonym:
                return demonym
        if i < 2 or self.doc[i - 1].lower_ not in ("'s", "’s"):
            return None
        return gazetteer.find_country(self.doc[i - 2].text)

    # -- output ------------------------------------------------------
    def finish(self) -> tuple[list[Entity], dict[int, int]]:
        order = sorted(
            (ci for ci, c in enumerate(self.clusters) if c.mentions),
            key=lambda ci: min(m.start for m in self.clusters[ci].mentions),
        )
        new_index = {ci: i for i, ci in enumerate(order)}
        entities: list[Entity] = []
        for ci in order:
            c = self.clusters[ci]
            c.mentions.sort(key=lambda m: m.start)
            aliases: list[str] = []
            for m in c.mentions:
                if m.text not in aliases and m.start not in c.descriptions:
                    aliases.append(m.text)
            for m in c.mentions:
                # "according to The Register": the capital "The" is part of the title
                the = _CAPITAL_THE.search(self.text, max(0, m.start - 40), m.start)
                if the is not None and f"The {m.text}" not in aliases:
                    aliases.append(f"The {m.text}")
            extra = [*c.extra_aliases, *(c.kb.aliases if c.kb else ())]
            if c.type == "COUNTRY" and c.country:
                extra += list(gazetteer.country_aliases(c.country))
            for a in extra:
                if a not in aliases and a != c.name:
                    aliases.append(a)
            entity = Entity(
                name=c.name,
                type=c.type,
                mentions=c.mentions,
                aliases=aliases,
                country=c.country,
                lat=c.lat,
                lon=c.lon,
                roles=c.roles,
                kb_id=c.kb.id if c.kb else None,
            )
            if c.roles and self.role_date:
                entity.role_date = self.role_date
            entities.append(entity)
        by_token = {t: new_index[ci] for t, ci in self.token_cluster.items() if ci in new_index}
        return entities, by_token


def _dominant(region: gazetteer.Place, namesakes: Sequence[gazetteer.Place]) -> bool:
    """True when ``region`` is the only one of its name, or its country has at least five
    times the people of any other's ("Maryland" is the US state, not Liberia's county)."""
    people = gazetteer.country_populations()
    mine = people.get(region.country, 0)
    return all(
        other.country == region.country or mine >= 5 * people.get(other.country, 0)
        for other in namesakes
    )


# What a company does that its "it" is told doing ("Rio Tinto said it would cut 500 jobs")
_CORPORATE_ACTS = frozenset(
    """cut shed hire close shut sell buy acquire invest spend build expand reduce raise boost
    post report suspend halt resume recall merge list delist lay restructure
    divest""".split()  # noqa: SIM905 - a word table
)
_CORPORATE_OBJECTS = frozenset(
    """job worker staff employee plant factory mine refinery store branch site output
    production profit revenue dividend share stake unit business operation""".split()  # noqa: SIM905
)


def _itself_acting(verb: Any) -> bool:
    """Whether a saying verb's clause has "it" as the subject of a company's act on a
    company's thing: "X said on Tuesday it would cut 500 jobs" (X is that "it", a
    company; a person says "he" or "she"), not "X said it would rain"."""
    if verb.lemma_.lower() not in ("say", "announce", "confirm", "report", "state", "add"):
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
            continue
        acts = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj"))]
        for act in acts:
            if act.lemma_.lower() in _CORPORATE_ACTS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CORPORATE_OBJECTS
                for c in act.children
            ):
                return True
    return False
