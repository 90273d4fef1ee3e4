"""Claims: statements of a value about a subject, tracked over time.

A claim is a quantity that counts something identifiable ("about 11,000
North Korean infantrymen"): its subject is the kind of thing counted (troops,
deaths, injured, displaced, aid, ...) and whose or where it is. Each claim
keeps its speaker, the day it was made, the article and offsets, and its
relation to the latest earlier value on the same subject:

- ``first report``: no earlier value;
- ``confirmation``: the same value from an independent speaker;
- ``repetition``: the same value from the same speaker, or from one whose
  source chain leads back to that speaker;
- ``update``: a different value given on a later day;
- ``contradiction``: a different value given on the same day by another
  known speaker, or a denial.

Relations are recomputed for one subject at a time, in the order of the
days the claims were made, so a late-arriving article slots into place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from backstory.extraction import Extraction, Quantity
from backstory.linking import tables as t
from backstory.linking.entities import same_entity
from backstory.linking.reports import PLACE_TYPES, day_interval, sentence_spans
from backstory.linking.stories import STORY_WINDOW_DAYS
from backstory.linking.words import name_key

# What a unit counts, by the head word of the unit phrase.
_KINDS = (
    (
        "troops",
        r"troops?|soldiers?|infantry(?:men)?|servicem[ae]n|personnel|fighters?|"
        r"forces|marines|sailors|mercenaries|conscripts|recruits",
    ),
    ("deaths", r"dead|deaths?|killed|killing|fatalities|died|bodies|(?:death\s+)?toll|lives"),
    ("injured", r"injured|injuring|wounded|wounding|injuries|casualties"),
    ("displaced", r"displaced|homeless|refugees|evacuated|evacuees|survivors"),
    ("missing", r"missing|unaccounted"),
    ("cases", r"cases|infections|infected|patients"),
    (
        "aid",
        r"\$|£|€|dollars?|euros?|pounds?|hryvnias?|roubles?|rubles?|yuan|usd|eur|gbp|uah|rub",
    ),
    ("weapons", r"missiles?|drones?|shells?|tanks?|rockets?|weapons|artillery"),
    ("arrests", r"arrest(?:s|ed)?|detained|prisoners|captives|hostages"),
)
_KIND_PATTERNS = [(kind, re.compile(rf"\b(?:{words})\b", re.I)) for kind, words in _KINDS]
# Units that count people without saying what happened to them: what the
# number claims then comes from the words after it ("200,000 people died").
_PEOPLE = re.compile(
    r"^(?:people|persons?|individuals|civilians|children|adults|men|women|residents|"
    r"inhabitants|citizens|nationals|villagers|victims|staff|workers|employees|population|"
    r"passengers|tourists|migrants|hikers|climbers|pilgrims|miners|students|pupils|"
    r"fishermen|crew|members|officers|policemen|firefighters|journalists|guests|"
    r"spectators|worshippers|protesters|demonstrators|farmers|patrons|shoppers|"
    r"[A-Z][a-z]+(?:ans|ese|is|s))$"
)
# Round-number words that give an order of magnitude, not a figure.
_VAGUE = re.compile(
    r"^(?:(?:several|many|some|a few)\s+)?(?:dozens|scores|hundreds|thousands|tens of thousands|"
    r"hundreds of thousands|millions|billions)\b",
    re.I,
)
# Money counts as a claim when it is aid: given, pledged, lent, donated.
_AID = re.compile(
    r"\b(?:aid|assistance|funding|funds|grants?|loans?|donat\w*|pledg\w*|package|"
    r"relief|appeal|support|contribut\w*|reconstruction|humanitarian|lent|lend\w*|"
    r"inject\w*|bail-?out|rescue)\b",
    re.I,
)
# Characters around a number in which its subject's name may stand.
_BEFORE, _AFTER = 40, 60
# Relative difference under which two approximate values count as the same.
_SAME_VALUE = 0.02


@dataclass
class Claim:
    """One value stated about a subject."""

    subject: str
    subject_key: str
    quantity: Quantity
    speaker: str | None
    said_on: str | None
    sentence_start: int
    sentence_end: int
    sentence: str
    modality: str
    chain: tuple[str, ...] = ()  # the sources the speaker had it from, origin first


def kind_of(quantity: Quantity, context: str, at: int | None = None) -> str | None:
    """What the quantity counts (troops, deaths, ...), from its unit, else nearby words.

    A unit that names something else ("100 beds", "two hospitals") makes no
    claim; a unit that only counts people ("200,000 people") takes its kind
    from the words around it ("... were killed"): with ``at``, the quantity's offset
    in ``context``, the word nearest to it in its own clause ("has infected 912 people
    and killed 23": 912 infected, 23 killed).
    """
    unit = (quantity.unit or "").strip()
    for text in (unit, quantity.text):
        for kind, pattern in _KIND_PATTERNS:
            if pattern.search(text):
                return kind
    if unit and not _PEOPLE.match(unit.split()[-1]):
        return None
    if at is not None:
        return _nearest_kind(context, at, at + len(quantity.text))
    for kind, pattern in _KIND_PATTERNS:
        if kind != "aid" and pattern.search(context):
            return kind
    return None


# Where one clause or coordinated predicate ends and the next begins
_CLAUSE_CUT = re.compile(r",\s+(?:and|but|while)\s+|;\s+|\s+(?:and|but|while)\s+|[.:]\s")


def _nearest_kind(context: str, start: int, end: int) -> str | None:
    """The kind named nearest to ``context[start:end]`` inside its own clause."""
    cuts_before = [m.end() for m in _CLAUSE_CUT.finditer(context, 0, start)]
    first = cuts_before[-1] if cuts_before else 0
    after = _CLAUSE_CUT.search(context, end)
    last = after.start() if after else len(context)
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_PATTERNS:
        if kind == "aid":
            continue
        for m in pattern.finditer(context, first, last):
            distance = start - m.end() if m.end() <= start else m.start() - end
            if distance >= 0 and (best is None or distance < best[0]):
                best = (distance, kind)
    return best[1] if best else None


def claims_of(extraction: Extraction) -> list[Claim]:
    """The claims one article makes."""
    article = extraction.article
    text = article.text
    pub_day = article.published.date().isoformat() if article.published else None
    sentences = sentence_spans(extraction)
    out: list[Claim] = []
    pending: list[tuple[Quantity, str, int, int]] = []
    added_owners: dict[int, set[str]] = {}  # sentence start -> owners of figures added
    for quantity in extraction.quantities:
        if quantity.value is None or (quantity.value < 10 and not quantity.unit):
            continue
        if _VAGUE.match(quantity.text.strip()):
            continue
        s_start, s_end = next(
            ((s, e) for s, e in sentences if s <= quantity.start < e),
            (quantity.start, quantity.end),
        )
        if _INCREMENT.search(text, max(0, quantity.start - 12), quantity.start) or re.match(
            r"\d[\d,.]*\s+(?:more|additional)\b", quantity.text
        ):
            # "recovered 17 more bodies", "a further 40": what was added, no total (its owner
            # is the sentence's, for the total told with it)
            if (owner := _owner(extraction, quantity, s_start, s_end)) is not None:
                added_owners.setdefault(s_start, set()).add(owner)
            continue
        near_start = max(s_start, quantity.start - 25)
        near = text[near_start : min(s_end, quantity.end + 45)]
        tally = _TALLY.search(text, max(s_start, quantity.start - 100), quantity.start)
        kind = None
        if tally is not None and not quantity.unit:
            # "The death toll from the earthquake that struck on Friday has risen to 2,719";
            # "The number of people killed by cholera has risen to 41, and confirmed cases
            # have reached 1,530": 41 deaths, whatever the clause after it counts
            kind = kind_of(quantity, tally.group(0))
        kind = kind or kind_of(quantity, near, quantity.start - near_start)
        if kind in ("deaths", "missing"):
            kind = _either_kind(text, quantity, s_start, s_end) or kind
        if kind == "aid" and not _AID.search(text, s_start, s_end):
            continue  # a price, a revenue, a fine: money, but no aid
        recipient = _recipient(extraction, quantity, s_start, s_end) if kind == "aid" else None
        if recipient == "":
            continue  # "will inject 2 billion euros into it": given to no one named
        owner = (
            recipient
            or quantity.measures
            or _named_hazard(extraction, quantity)
            or _owner(extraction, quantity, s_start, s_end)
        )
        if kind is not None and owner is None:
            # "put the death toll at 1,644"; "has infected 912 people and killed 23": a
            # figure whose owner the sentence named for another figure, or the article did
            pending.append((quantity, kind, s_start, s_end))
            continue
        if kind is None or owner is None:
            continue  # a figure about nobody in particular tracks nothing
        out.append(_claim(extraction, quantity, kind, owner, s_start, s_end, pub_day))
    for quantity, kind, s_start, s_end in pending:
        siblings = {
            c.subject.removesuffix(f" {c.subject_key.split('|')[1]}")
            for c in out
            if c.sentence_start == s_start
        } | added_owners.get(s_start, set())
        if (
            not siblings
            and not _names_anything(extraction, s_start, s_end)
            # (not "Elsewhere 3,000 people were reported killed": another place, unnamed)
            and not _ELSEWHERE.match(text, s_start)
        ):
            # "... bringing the death toll from Sunday's shipwreck off Lampedusa to 19. Another
            # 24 people remain missing.": a sentence naming nobody goes on with the owner of
            # the figures of the sentence before
            before = max((c.sentence_start for c in out if c.sentence_end <= s_start), default=None)
            if before is not None and not text[before:s_start].count("\n\n"):
                siblings = {
                    c.subject.removesuffix(f" {c.subject_key.split('|')[1]}")
                    for c in out
                    if c.sentence_start == before
                }
        if len(siblings) == 1:
            # "The number of people killed ... in Zambia's Copperbelt province has risen
            # to 41, and confirmed cases have reached 1,530": the figures of one sentence
            # count for the one owner it names
            out.append(_claim(extraction, quantity, kind, siblings.pop(), s_start, s_end, pub_day))
            continue
        if _TALLY.search(text, max(s_start, quantity.start - 100), quantity.start) is None:
            continue
        # the tally the article is about, named again without its owner: the owner of
        # that kind of figure elsewhere in the article, when it has exactly one
        owners = {
            c.subject_key.split("|")[0]: c.subject.removesuffix(f" {kind}")
            for c in out
            if c.subject_key.endswith(f"|{kind}")
        }
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            out.append(_claim(extraction, quantity, kind, owner, s_start, s_end, pub_day))
    out.sort(key=lambda c: c.quantity.start)
    return out


# The dead and the missing counted as one: "have died or gone missing", "are dead or
# missing", "missing or presumed dead" (not "and": two figures)
_EITHER = re.compile(
    r"\b(?:dead|died|killed|deaths)\s+or\s+(?:(?:have\s+|had\s+)?(?:gone|went|are|were|"
    r"remain(?:ed)?|been\s+reported)\s+)?(?:missing|unaccounted)\b|"
    r"\b(?:missing|disappeared)\s+or\s+(?:(?:presumed|feared|confirmed)\s+)?(?:dead|killed)\b",
    re.I,
)


def _either_kind(text: str, quantity: Quantity, s_start: int, s_end: int) -> str | None:
    """ "dead or missing" when the figure counts the dead and the missing together ("More
    than 2,500 people have died or gone missing", "the number of dead or missing rose to
    61"): the pair in the figure's own clause, no other count between them."""
    for m in _EITHER.finditer(text, max(s_start, quantity.start - 100), s_end):
        between = (
            text[quantity.end : m.start()]
            if m.start() >= quantity.end
            else text[m.end() : quantity.start]
        )
        if m.start() >= quantity.end and m.start() - quantity.end > 60:
            break
        if _CLAUSE_CUT.search(between) or any(
            p.search(between) for kind, p in _KIND_PATTERNS if kind != "aid"
        ):
            continue
        return "dead or missing"
    return None


# A figure told as added to one before: "another 24", "a further 40"
_INCREMENT = re.compile(r"\b(?:a\s+further|an\s+additional)\s+$", re.I)
# A tally named before its figure: "put the death toll at 1,644", "the number of
# injured rose to 4,521".
_TALLY = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}(?:toll|tally|total|number|count)\b[^.;:]*?\b(?:at|to|of|is|was|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)


def _claim(
    extraction: Extraction,
    quantity: Quantity,
    kind: str,
    owner: str,
    s_start: int,
    s_end: int,
    pub_day: str | None,
) -> Claim:
    """The claim a quantity of ``kind`` about ``owner`` makes in the sentence at ``s_start``."""
    text = extraction.article.text
    events = [e for e in extraction.events if s_start <= e.start < s_end]
    attributed = next(
        (
            e.attribution
            for e in events
            if e.attribution
            and e.attribution.speaker
            # (not a participle's saying after the figure: "resigned, eight days after a
            # derailment killed 15 people, saying he took responsibility" is his saying,
            # the toll is the reporter's)
            and not (
                (e.attribution.cue or "").endswith("ing")
                and (e.attribution.start or 0) > quantity.end
            )
        ),
        None,
    )
    speaker = attributed.speaker if attributed else None
    modality = next((e.modality for e in events if e.quantity is not None), None)
    modality = modality or (events[0].modality if events else "asserted")
    return Claim(
        subject=f"{owner} {kind}",
        subject_key=f"{name_key(owner)}|{kind}",
        quantity=quantity,
        speaker=speaker or _speaker_near(extraction, s_start, quantity.start),
        said_on=_said_on(extraction, s_start, s_end, quantity.start) or pub_day,
        sentence_start=s_start,
        sentence_end=s_end,
        sentence=text[s_start:s_end],
        modality=modality,
        chain=tuple(attributed.chain) if attributed else (),
    )


# A sentence opening on another place or matter: "Elsewhere, ...", "Meanwhile, ..."
_ELSEWHERE = re.compile(
    r"\s*(?:Elsewhere|Meanwhile|Separately|In\s+other|Across|Nationwide|Worldwide|Globally)\b"
)


def _names_anything(extraction: Extraction, s_start: int, s_end: int) -> bool:
    """Whether the sentence names any entity."""
    return any(s_start <= m.start < s_end for e in extraction.entities for m in e.mentions)


# what leads from money to the one given it: "inject 900 million euros into", "lend 300
# million euros in loans to"
_TO_RECIPIENT = re.compile(
    r"\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:aid|assistance|funding|loans?|grants?|"
    r"capital|support|credit)\s+)?(?:into|to)\s+(?P<the>the\s+)?"
)
# a verb given money and its indirect object right before the money: "lent the bank 400
# million euros", "will give Ukraine $1 billion"
_DATIVE = re.compile(
    r"\b(?:lent|lends?|loaned|loans|gave|give[sn]?|granted|grants?|pledged|pledges?|"
    r"promised|promises?|awarded|awards?|offered|offers?|paid|pays?|sent|handed)\s+"
    r"(?P<the>the\s+)?(?=(?:[\w'-]+\s+){1,5}$)"
)
# a recipient named before: "into it", "to the lender"
_NAMED_BEFORE = re.compile(
    r"(?:it|them|(?<=the )(?:bank|lender|company|firm|group|insurer|carrier|airline))\b"
)


def _recipient(extraction: Extraction, quantity: Quantity, s_start: int, s_end: int) -> str | None:
    """The one money given is given to, named right after it ("Croatia will inject 900
    million euros into Jadranska Banka": the bank's aid, not Croatia's), whatever NER took
    the name for; for "into it", the organisation named last before (none: "", no claim
    owned by the giver); None when no "into" or "to" follows the money. The indirect
    object of a verb of giving right before the money is the one given it too ("The
    central bank lent the bank 400 million euros")."""
    text = extraction.article.text
    lead = _TO_RECIPIENT.match(text, quantity.end, s_end)
    # (the indirect object, right before the money: "lent the bank 400 million euros")
    ends = None
    if lead is None:
        lead = max(
            _DATIVE.finditer(text, max(s_start, quantity.start - 80), quantity.start),
            key=lambda m: m.start(),
            default=None,
        )
        if lead is None:
            return None
        ends = text[: quantity.start].rstrip()
    at = lead.end()
    starts = {at, lead.start("the")} if lead.group("the") else {at}
    for entity in extraction.entities:
        if entity.type in ("NORP", "DATE"):
            continue
        if any(m.start in starts and (ends is None or m.end == len(ends)) for m in entity.mentions):
            return entity.name
    named = _NAMED_BEFORE.match(text, at)
    if named is None or (ends is not None and named.end() != len(ends)):
        return None
    # (not the giver: "The IMF will lend 3 billion dollars to it")
    givers = {
        name
        for e in extraction.events
        if s_start <= e.start < s_end
        for name in (e.actor, e.attribution.speaker if e.attribution else None)
        if name
    }
    last: tuple[int, str] | None = None
    for entity in extraction.entities:
        if entity.type != "ORG" or entity.name in givers:
            continue
        for m in entity.mentions:
            if m.end <= quantity.start and (last is None or m.start > last[0]):
                last = (m.start, entity.name)
    if last is None:
        return ""
    return last[1]


def _named_hazard(extraction: Extraction, quantity: Quantity) -> str | None:
    """The named storm, quake or fire whose toll the quantity is ("Cyclone Nadia made
    landfall near Beira, killing at least 52 people": Cyclone Nadia, whose toll other
    articles give as "the death toll from Cyclone Nadia"), not the place named near it."""
    for event in extraction.events:
        if (
            event.type == "HAZARD"
            and event.quantity is not None
            and event.quantity.start == quantity.start
            and event.actor
            and len(words := event.actor.split()) >= 2
            and all(w[:1].isupper() for w in words)
        ):
            return event.actor
    return None


# between a place and the larger one it lies in: "Katerini in northern Greece", "Beira,
# Mozambique"
_WITHIN = re.compile(
    r"\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?|,\s+"
)


def _owner(extraction: Extraction, quantity: Quantity, s_start: int, s_end: int) -> str | None:
    """The place or group nearest the number, within its sentence; of a place told as
    lying in a larger one ("near the town of Katerini in northern Greece, killing at least
    nine"), the smaller: the one other reports of the same toll name."""
    said = [
        e.attribution for e in extraction.events if s_start <= e.start < s_end and e.attribution
    ]
    speakers = {a.speaker for a in said if a.speaker}
    # (where the speakers are named: "the Italian coast guard said" owns no figure)
    spans = [
        (a.speaker_start, a.speaker_end)
        for a in said
        if a.speaker_start is not None and a.speaker_end is not None
    ]
    found = _nearest_owner(extraction, quantity, s_start, s_end, speakers, spans)
    if found is None:
        return None
    text = extraction.article.text
    by_name = {e.name: e for e in extraction.entities}
    country = by_name.get(found)
    if country is None or country.type != "COUNTRY":
        return found
    for m in country.mentions:
        if not (s_start <= m.start < s_end):
            continue
        for entity in extraction.entities:
            if entity.type not in PLACE_TYPES or entity.type == "COUNTRY":
                continue
            for inner in entity.mentions:
                if inner.end <= m.start and _WITHIN.fullmatch(text, inner.end, m.start):
                    return entity.name
    return found


def _nearest_owner(
    extraction: Extraction,
    quantity: Quantity,
    s_start: int,
    s_end: int,
    speakers: set[str] = frozenset(),  # type: ignore[assignment]
    spans: list[tuple[int, int]] = [],  # noqa: B006 - read only
) -> str | None:
    """The place or group nearest the number, within its sentence, not one who says it
    ("The U.N. refugee agency UNHCR said more than 1,100 people had died ... in the
    central Mediterranean": the Mediterranean's toll, not the agency's)."""
    best: tuple[int, str] | None = None
    for entity in extraction.entities:
        if entity.type not in PLACE_TYPES | {"NORP", "ORG"} or entity.name in speakers:
            continue
        for m in entity.mentions:
            if not (s_start <= m.start < s_end) or any(a <= m.start < b for a, b in spans):
                continue
            if quantity.start - _BEFORE <= m.start <= quantity.end + _AFTER:
                # The counted thing usually follows the number ("10,000 soldiers
                # from North Korea") or stands inside its unit ("11,000 North
                # Korean infantrymen"); a name before it is more often the speaker.
                if quantity.start <= m.start < quantity.end:
                    distance = 0
                elif m.start >= quantity.end:
                    distance = m.start - quantity.end
                else:
                    distance = 2 * (quantity.start - m.end) + 10
                if best is None or distance < best[0]:
                    best = (distance, entity.name)
    return best[1] if best else None


_SPEECH = re.compile(
    r"\b(said|says|stated|states|specified|confirmed|announced|reported|claimed|told|"
    r"estimated|according to|added|noted|highlighted|warned)\b",
    re.I,
)


def _speaker_near(extraction: Extraction, s_start: int, q_start: int) -> str | None:
    """A person or organisation named before a speech verb that precedes the number."""
    text = extraction.article.text
    cue = None
    for match in _SPEECH.finditer(text, s_start, q_start):
        cue = match
    if cue is None:
        return None
    window = (
        (s_start, cue.start()) if cue.group().lower() != "according to" else (cue.end(), q_start)
    )
    best: tuple[int, str] | None = None
    for entity in extraction.entities:
        if entity.type not in ("PERSON", "ORG"):
            continue
        for m in entity.mentions:
            if window[0] <= m.start < window[1] and (best is None or m.start < best[0]):
                best = (m.start, entity.name)
    return best[1] if best else None


# a participle that gives a happening's toll: "..., killing at least 52 people"
_TOLL_CLAUSE = re.compile(
    r"\b(?:killing|injuring|wounding|displacing|leaving|"
    # "died on Saturday, bringing the toll to 15": the toll as the article tells it
    r"(?:bringing|raising|taking|pushing|lifting)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:toll|tally|total|number)\s+(?:of\s+[\w\s-]{1,30}?\s+)?to)\s+"
    r"(?:at\s+least\s+|more\s+than\s+"
    r"|about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
    re.I,
)


def _said_on(extraction: Extraction, s_start: int, s_end: int, q_start: int) -> str | None:
    """The day the sentence says the statement was made: its first dated timex."""
    dated = [
        (t.start, iv[0])
        for t in extraction.timexes
        if s_start <= t.start < s_end
        and t.type in ("DATE", "TIME")
        and not t.vague
        and (iv := day_interval(t.begin, t.end_date)) is not None
    ]
    text = extraction.article.text
    for cue in _SPEECH.finditer(text, s_start, s_end):
        # the day of the saying itself: "said on Tuesday", "said late on Tuesday" (not
        # "the quake that struck on Friday has killed 2,719, the junta said on Tuesday")
        told = [d for d in dated if 0 <= d[0] - cue.end() <= 9]
        if told:
            return told[0][1]
    if _TOLL_CLAUSE.search(text, max(s_start, q_start - 40), q_start):
        # "made landfall on March 11, killing at least 52 people": the toll as known when
        # the article tells it, not on the day of the landfall
        return None
    before = [d for d in dated if d[0] < q_start]
    chosen = before or dated
    return chosen[0][1] if chosen else None


def add_claims(conn: Connection, extraction: Extraction) -> set[str]:
    """Store the article's claims; the subject keys whose histories changed."""
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    existing = set(
        conn.execute(select(t.claims.c.start).where(t.claims.c.article_id == article.id)).scalars()
    )
    subjects: set[str] = set()
    for claim in claims_of(extraction):
        q = claim.quantity
        if q.start in existing:
            continue
        conn.execute(
            t.claims.insert().values(
                subject=claim.subject,
                subject_key=claim.subject_key,
                value=float(q.value),
                value_max=q.value_max,
                approximate=q.approximate,
                unit=q.unit,
                text=q.text,
                speaker=claim.speaker,
                said_on=claim.said_on,
                article_id=article.id,
                published=published,
                start=q.start,
                end=q.end,
                sentence_start=claim.sentence_start,
                sentence_end=claim.sentence_end,
                sentence=claim.sentence,
                modality=claim.modality,
                chain="|".join(claim.chain),
            )
        )
        subjects.add(claim.subject_key)
    for key in subjects:
        relate_claims(conn, key)
    return subjects


def _same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    tolerance = _SAME_VALUE * max(abs(a["value"]), abs(b["value"]), 1.0)
    return abs(a["value"] - b["value"]) <= tolerance


def _order(row: dict[str, Any]) -> tuple:
    return (row["said_on"] or "", row["published"] or "", row["article_id"], row["start"])


def relate_claims(conn: Connection, subject_key: str) -> None:
    """Recompute the relation of every claim on one subject to the values before it."""
    rows = sorted(
        (
            dict(r)
            for r in conn.execute(
                select(t.claims).where(t.claims.c.subject_key == subject_key)
            ).mappings()
        ),
        key=_order,
    )
    for i, row in enumerate(rows):
        relation, to = "first report", None
        earlier = [
            r
            for r in rows[:i]
            if r["article_id"] != row["article_id"] or r["start"] != row["start"]
        ]
        if earlier:
            previous = earlier[-1]
            to = previous["id"]
            # Not independent: the same speaker, or one who had it from the other.
            same_speaker = (
                same_entity(conn, previous["speaker"], row["speaker"])
                or any(
                    same_entity(conn, previous["speaker"], source)
                    for source in (row["chain"] or "").split("|")
                    if source
                )
                # (an article telling its own figure again, no source named either time)
                or (
                    previous["article_id"] == row["article_id"]
                    and not previous["speaker"]
                    and not row["speaker"]
                )
            )
            if row["modality"] == "denied":
                relation = "contradiction"
            elif _same_value(previous, row):
                relation = "repetition" if same_speaker else "confirmation"
            elif (
                previous["said_on"] == row["said_on"]
                and previous["speaker"]
                and row["speaker"]
                and not same_speaker
            ):
                relation = "contradiction"
            else:
                relation = "update"
        conn.execute(
            update(t.claims)
            .where(t.claims.c.id == row["id"])
            .values(relation=relation, relation_to=to)
        )


def claim_histories(conn: Connection, *, about: str | None = None) -> list[dict[str, Any]]:
    """Each subject's claims in the order they were made, as JSON-ready dicts."""
    from backstory.linking.entities import aliases_for

    rows = [dict(r) for r in conn.execute(select(t.claims)).mappings()]
    if about:
        names = aliases_for(conn, about)
        pattern = re.compile(
            "|".join(rf"\b{re.escape(n)}" for n in sorted(names, key=len, reverse=True)), re.I
        )
        rows = [r for r in rows if pattern.search(r["subject"]) or pattern.search(r["sentence"])]
    titles = dict(conn.execute(select(t.story_members.c.article_id, t.story_members.c.title)).all())
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=_order):
        by_subject.setdefault(row["subject_key"], []).append(row)
    by_key: dict[str, dict[str, Any]] = {}
    for key, rows_of in by_subject.items():
        by_key[key] = {
            "subject": rows_of[0]["subject"],
            "history": [
                {
                    "id": r["id"],
                    "value": int(r["value"]) if float(r["value"]).is_integer() else r["value"],
                    "approximate": r["approximate"],
                    "unit": r["unit"],
                    "text": r["text"],
                    "speaker": r["speaker"],
                    "said_on": r["said_on"],
                    "relation": r["relation"],
                    "relation_to": r["relation_to"],
                    "modality": r["modality"],
                    "source": {
                        "article_id": r["article_id"],
                        "title": titles.get(r["article_id"]),
                        "published": r["published"],
                        "start": r["start"],
                        "end": r["end"],
                        "sentence_start": r["sentence_start"],
                        "sentence_end": r["sentence_end"],
                        "sentence": r["sentence"],
                    },
                }
                for r in rows_of
            ],
        }
    _nest(conn, by_key, by_subject)
    out = list(by_key.values())
    out.sort(key=lambda h: (h["history"][0]["said_on"] or "", h["subject"]))
    return out


def _nest(
    conn: Connection,
    by_key: dict[str, dict[str, Any]],
    by_subject: dict[str, list[dict[str, Any]]],
) -> None:
    """Mark the tolls of a city or region that lies in a country whose toll of the same
    kind is told in the same story, or within the two weeks that make one: "Lárisa
    deaths" (a derailment near Larissa) is ``within`` "Greece deaths" (the toll of the
    derailment in Greece), which lists it among its ``parts``; both stay subjects of
    their own. The gazetteer's country of the smaller place tells the nesting, no
    sentence need say "X in Y"."""
    for history in by_key.values():
        history["within"] = None
        history["parts"] = []
    if len(by_key) < 2:
        return
    owners = {key: key.split("|")[0] for key in by_subject}
    places: dict[str, tuple[str, str]] = {}
    for key, kind, country in conn.execute(
        select(t.entity_aliases.c.key, t.entities.c.type, t.entities.c.country)
        .join(t.entities, t.entities.c.id == t.entity_aliases.c.entity_id)
        .where(t.entity_aliases.c.key.in_(sorted(set(owners.values()))))
    ):
        if country and kind in PLACE_TYPES and (key not in places or kind == "COUNTRY"):
            places[key] = (kind, country)
    countries = {
        (place[1], key.split("|")[1]): key
        for key, owner in owners.items()
        if (place := places.get(owner)) and place[0] == "COUNTRY"
    }
    pairs = [
        (key, larger)
        for key, owner in owners.items()
        if (place := places.get(owner))
        and place[0] != "COUNTRY"
        and (larger := countries.get((place[1], key.split("|")[1]))) is not None
    ]
    if not pairs:
        return
    article_ids = {r["article_id"] for rows_of in by_subject.values() for r in rows_of}
    story_of = dict(
        conn.execute(
            select(t.story_members.c.article_id, t.story_members.c.story_id).where(
                t.story_members.c.article_id.in_(sorted(article_ids))
            )
        ).all()
    )

    def told_together(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
        if {story_of.get(r["article_id"]) for r in a} & {story_of.get(r["article_id"]) for r in b}:
            return True
        days = [
            [d for r in rows_of if (d := _day(r["said_on"] or r["published"]))]
            for rows_of in (a, b)
        ]
        return any(abs((x - y).days) <= STORY_WINDOW_DAYS for x in days[0] for y in days[1])

    for key, larger in pairs:
        if told_together(by_subject[key], by_subject[larger]):
            by_key[key]["within"] = by_key[larger]["subject"]
            by_key[larger]["parts"].append(by_key[key]["subject"])
    for history in by_key.values():
        history["parts"].sort()


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
