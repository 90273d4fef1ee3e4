"""What extraction finds in one article: the objects behind the JSON contract.

The contract (DESIGN.md) is ``{"schema": "backstory.extraction/1", "article",
"timexes", "entities", "quantities", "events"}``; every item carries
``start``/``end`` character offsets into ``article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backstory.article import Article

EXTRACTION_SCHEMA = "backstory.extraction/1"

# Modalities of an event, as the contract spells them.
MODALITIES = ("asserted", "reported", "planned", "predicted", "likely", "denied", "hypothetical")
# The modalities of what is still to come when it is told.
AHEAD_MODALITIES = ("planned", "predicted")


def dated_interval(begin: str | None, end: str | None) -> dict[str, str | None]:
    """``{"begin", "end"}`` as inclusive ISO dates (the contract), with the times of
    day, when there are any, kept beside them as ``begin_time`` / ``end_time``."""
    out: dict[str, str | None] = {
        "begin": begin[:10] if begin else None,
        "end": end[:10] if end else None,
    }
    if begin and len(begin) > 10:
        out["begin_time"] = begin
    if end and len(end) > 10:
        out["end_time"] = end
    return out


@dataclass
class Timex:
    """A temporal expression normalised against the publication time.

    ``value`` is a TimeML value (``2024-10-27``, ``2024-W43``, ``P3D``,
    ``PAST_REF``, ...). ``begin``/``end`` are inclusive ISO dates (or
    datetimes for TIME) of the interval the expression denotes, when it
    denotes one; ``vague`` marks expressions like "in recent days" whose
    interval is an estimate.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None
    begin: str | None = None
    end_date: str | None = None
    vague: bool = False
    anchor: str | None = None  # "dct", "narrative" or None for absolute
    # inside a relative clause ("a fine that the regulator imposed in May 2023"):
    # it dates that clause, not the sentence (set by the events stage)
    subordinate: bool = False
    # the offset of the event noun the date hangs on, when that noun sits inside a phrase
    # ("his victory at the marathon in December 2024", "arrested two men after the attack
    # on Sunday"): it dates that noun, not the clause (set by the events stage)
    dated_noun: int | None = None
    quant: str | None = None  # SET: EVERY, ...
    freq: str | None = None  # SET: 1W, ...
    tid: str | None = None
    # mod as TimeML annotates it (only what is inside the extent; ``mod`` also
    # carries bounds from signals outside it: "as early as", "since", "by")
    timeml_mod: str | None = None
    signal: str | None = None  # the bound signal before the expression, if any
    # type and value as TimeML annotates them, where that differs ("in recent weeks":
    # DATE PAST_REF here, DURATION PXW in TimeML)
    timeml_type: str | None = None
    timeml_value: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }
        if self.type in ("DATE", "TIME"):
            out["interval"] = (
                dated_interval(self.begin, self.end_date) if self.begin or self.end_date else None
            )
        if self.vague:
            out["vague"] = True
        if self.subordinate:
            out["subordinate"] = True
        if self.dated_noun is not None:
            out["dated_noun"] = self.dated_noun
        if self.anchor:
            out["anchor"] = self.anchor
        if self.quant:
            out["quant"] = self.quant
        if self.freq:
            out["freq"] = self.freq
        return out


@dataclass
class Mention:
    """One place an entity is named in the text."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A canonical entity with every mention of it in the article."""

    name: str
    type: str  # PERSON, ORG, COUNTRY, REGION, CITY, FACILITY, GPE, LOC, NORP, ...
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    roles: list[str] = field(default_factory=list)
    kb_id: str | None = None
    role_date: str | None = None  # the date the roles were stated (the article's)

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 0

    @property
    def end(self) -> int:
        return min(self.mentions, key=lambda m: m.start).end if self.mentions else 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "aliases": self.aliases,
            "start": self.start,
            "end": self.end,
            "mentions": [[m.start, m.end] for m in self.mentions],
        }
        if self.country:
            out["country"] = self.country
        if self.lat is not None and self.lon is not None:
            out["lat"], out["lon"] = self.lat, self.lon
        if self.roles:
            out["roles"] = self.roles
            if self.role_date:
                out["roles_as_of"] = self.role_date
        if self.kb_id:
            out["kb_id"] = self.kb_id
        return out


@dataclass
class Quantity:
    """A number with its approximator and unit ("about 11,000 infantrymen")."""

    start: int
    end: int
    text: str
    value: float
    approximate: bool = False
    unit: str | None = None
    value_max: float | None = None  # ranges: "10,000-12,000"
    measures: str | None = None  # canonical name of the entity it counts, if known

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": value,
            "approximate": self.approximate,
            "unit": self.unit,
        }
        if self.value_max is not None:
            out["value_max"] = self.value_max
        if self.measures:
            out["measures"] = self.measures
        return out


@dataclass
class Attribution:
    """Who said it, how, where, and on whose word (origin first)."""

    speaker: str | None = None
    cue: str | None = None
    channel: str | None = None
    chain: list[str] = field(default_factory=list)
    start: int | None = None  # offsets of the cue
    end: int | None = None
    # offsets of the speaker as the text names it ("the governor", "he", "Zelenskyy")
    speaker_start: int | None = None
    speaker_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "speaker": self.speaker,
            "cue": self.cue,
            "channel": self.channel,
            "chain": self.chain,
        }
        if self.start is not None and self.end is not None:
            out["start"], out["end"] = self.start, self.end
        if self.speaker_start is not None and self.speaker_end is not None:
            out["speaker_start"], out["speaker_end"] = self.speaker_start, self.speaker_end
        return out


@dataclass
class Event:
    """A reported happening: who did what to whom, where, when, how certain."""

    start: int
    end: int
    type: str
    trigger: str
    sentence_start: int
    sentence_end: int
    sentence: str
    actor: str | None = None
    target: str | None = None
    theme: str | None = None
    location: str | None = None
    begin: str | None = None
    end_date: str | None = None
    inferred: bool = False
    timex: str | None = None  # text of the linked timex, if any
    modality: str = "asserted"
    polarity: str = "positive"
    quantity: Quantity | None = None
    attribution: Attribution | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "trigger": self.trigger,
            "actor": self.actor,
            "target": self.target,
            "theme": self.theme,
            "location": self.location,
            "when": dated_interval(self.begin, self.end_date) | {"inferred": self.inferred},
            "modality": self.modality,
            "polarity": self.polarity,
            "quantity": self.quantity.to_json() if self.quantity else None,
            "attribution": (self.attribution or Attribution()).to_json(),
            "sentence": {
                "start": self.sentence_start,
                "end": self.sentence_end,
                "text": self.sentence,
            },
        }


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The extraction contract object."""
        out: dict[str, Any] = {
            "schema": EXTRACTION_SCHEMA,
            "article": self.article.to_json(),
            "timexes": [t.to_json() for t in self.timexes],
            "entities": [e.to_json() for e in self.entities],
            "quantities": [q.to_json() for q in self.quantities],
            "events": [e.to_json() for e in self.events],
        }
        if self.errors:
            out["errors"] = self.errors
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild an extraction from its contract object (the archive stores that)."""
        if data.get("schema") != EXTRACTION_SCHEMA:
            raise ValueError(f"not a {EXTRACTION_SCHEMA} object: schema={data.get('schema')!r}")
        article = Article.from_json(data["article"])
        return cls(
            article=article,
            timexes=[_timex_from_json(t) for t in data.get("timexes", ())],
            entities=[_entity_from_json(e, article.text) for e in data.get("entities", ())],
            quantities=[_quantity_from_json(q) for q in data.get("quantities", ())],
            events=[_event_from_json(e) for e in data.get("events", ())],
            errors=list(data.get("errors", ())),
        )


def _timex_from_json(d: dict[str, Any]) -> Timex:
    interval = d.get("interval") or {}
    return Timex(
        start=d["start"],
        end=d["end"],
        text=d["text"],
        type=d["type"],
        value=d["value"],
        mod=d.get("mod"),
        begin=interval.get("begin_time") or interval.get("begin"),
        end_date=interval.get("end_time") or interval.get("end"),
        vague=bool(d.get("vague")),
        subordinate=bool(d.get("subordinate")),
        dated_noun=d.get("dated_noun"),
        anchor=d.get("anchor"),
        quant=d.get("quant"),
        freq=d.get("freq"),
    )


def _entity_from_json(d: dict[str, Any], text: str = "") -> Entity:
    # The contract keeps mentions as offset pairs: their text is the article's
    # text there (the first alias when the article text is not at hand).
    fallback = (d.get("aliases") or [d["name"]])[0]
    return Entity(
        name=d["name"],
        type=d["type"],
        mentions=[
            Mention(s, e, text[s:e] if 0 <= s < e <= len(text) else fallback)
            for s, e in d.get("mentions", ())
        ],
        aliases=list(d.get("aliases", ())),
        country=d.get("country"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        roles=list(d.get("roles", ())),
        kb_id=d.get("kb_id"),
        role_date=d.get("roles_as_of"),
    )


def _quantity_from_json(d: dict[str, Any]) -> Quantity:
    return Quantity(
        start=d["start"],
        end=d["end"],
        text=d["text"],
        value=d["value"],
        approximate=d.get("approximate", False),
        unit=d.get("unit"),
        value_max=d.get("value_max"),
        measures=d.get("measures"),
    )


def _event_from_json(d: dict[str, Any]) -> Event:
    when = d.get("when") or {}
    sentence = d.get("sentence") or {}
    attribution = d.get("attribution") or {}
    return Event(
        start=d["start"],
        end=d["end"],
        type=d["type"],
        trigger=d["trigger"],
        sentence_start=sentence.get("start", d["start"]),
        sentence_end=sentence.get("end", d["end"]),
        sentence=sentence.get("text", ""),
        actor=d.get("actor"),
        target=d.get("target"),
        theme=d.get("theme"),
        location=d.get("location"),
        begin=when.get("begin_time") or when.get("begin"),
        end_date=when.get("end_time") or when.get("end"),
        inferred=bool(when.get("inferred")),
        modality=d.get("modality", "asserted"),
        polarity=d.get("polarity", "positive"),
        quantity=_quantity_from_json(d["quantity"]) if d.get("quantity") else None,
        attribution=Attribution(
            speaker=attribution.get("speaker"),
            cue=attribution.get("cue"),
            channel=attribution.get("channel"),
            chain=list(attribution.get("chain", ())),
            start=attribution.get("start"),
            end=attribution.get("end"),
            speaker_start=attribution.get("speaker_start"),
            speaker_end=attribution.get("speaker_end"),
        ),
    )
