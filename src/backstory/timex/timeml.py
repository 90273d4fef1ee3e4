"""TimeML documents: read the DCT and raw TEXT, write TIMEX3 (and EVENT) annotations back.

The input is a TimeML file as TempEval-3 gives it (``<DCT>`` with the
creation time as TIMEX3 ``t0`` and a ``<TEXT>`` element). When the TEXT is
already annotated (TimeBank, AQUAINT) its tags are stripped first, and the
gold TIMEX3 and EVENT extents are kept for scoring. The output keeps every byte of
the text outside the new tags, keeps the DCT as ``t0``, and drops the
links and instances that pointed at the removed tags.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from backstory.errors import InputError
from backstory.extraction import Timex
from backstory.timex.tagger import tag_timexes

if TYPE_CHECKING:
    from backstory.timeml_events import TimemlEvent

_TEXT = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.S)
_DCT = re.compile(r"<DCT>\s*(<TIMEX3\b[^>]*>)", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')
_LATER = re.compile(r"\s+(?:later|on)$")
# "Earlier Friday": TimeBank mostly leaves the word before a weekday outside
_EARLIER_DAY = re.compile(
    r"(?i:earlier|later)(?:\s+on)?\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_INSTANCE = re.compile(r"<MAKEINSTANCE\b([^>]*)>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_LINKS = re.compile(
    r"[ \t]*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*?/>[ \t]*\n?|[ \t]*<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*>.*?</(?:TLINK|SLINK|ALINK|MAKEINSTANCE)>[ \t]*\n?",
    re.S,
)


@dataclass
class GoldTimex:
    """A TIMEX3 already in the TEXT: offsets into the raw (tag-stripped, still escaped) text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class GoldEvent:
    """An EVENT already in the TEXT: offsets into the raw (tag-stripped, still escaped) text."""

    start: int
    end: int
    text: str
    eid: str
    event_class: str
    # from the event's first MAKEINSTANCE after the TEXT ("" when it has none)
    tense: str = ""
    aspect: str = ""
    polarity: str = ""


@dataclass
class TimemlDocument:
    """One TimeML file split around its TEXT."""

    source: str
    head: str  # everything up to and including <TEXT>
    raw: str  # the TEXT content, tags stripped, entities still escaped
    tail: str  # </TEXT> and everything after it
    dct: datetime | date | None
    gold: list[GoldTimex] = field(default_factory=list)
    gold_events: list[GoldEvent] = field(default_factory=list)

    def plain(self) -> tuple[str, list[int]]:
        """The unescaped text and, for each of its offsets (and its end), the offset in ``raw``."""
        out: list[str] = []
        where: list[int] = []
        pos = 0
        for m in _ENTITY.finditer(self.raw):
            for i in range(pos, m.start()):
                out.append(self.raw[i])
                where.append(i)
            out.append(html.unescape(m.group(0)))
            where.extend([m.start()] * len(out[-1]))
            pos = m.end()
        for i in range(pos, len(self.raw)):
            out.append(self.raw[i])
            where.append(i)
        where.append(len(self.raw))
        return "".join(out), where


def parse_timeml(data: str, source: str = "<string>") -> TimemlDocument:
    """The DCT, raw text and gold TIMEX3s of one TimeML document; InputError if it is not one."""
    m = _TEXT.search(data)
    if m is None:
        raise InputError("no <TEXT> element: not a TimeML document", source=source)
    dct = _read_dct(data[: m.start()], source)
    raw_parts: list[str] = []
    gold: list[GoldTimex] = []
    events: list[GoldEvent] = []
    open_timex: list[tuple[int, dict[str, str]]] = []
    open_event: list[tuple[int, dict[str, str]]] = []
    inner = m.group(1)
    pos = 0
    length = 0
    for t in _TAG.finditer(inner):
        chunk = inner[pos : t.start()]
        raw_parts.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name, attrs, selfclose = t.group(1), t.group(2), t.group(3), t.group(4)
        if name == "EVENT" and not selfclose:
            if not closing:
                open_event.append((length, dict(_ATTR.findall(attrs))))
            elif open_event:
                start, a = open_event.pop()
                events.append(GoldEvent(start, length, "", a.get("eid", ""), a.get("class", "")))
            continue
        if name != "TIMEX3" or selfclose:
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, a = open_timex.pop()
            gold.append(
                GoldTimex(start, length, "", a.get("type", ""), a.get("value", ""), a.get("mod"))
            )
    raw_parts.append(inner[pos:])
    raw = "".join(raw_parts)
    if "<" in raw:
        raise InputError("unbalanced markup inside <TEXT>", source=source)
    for g in gold:
        g.text = raw[g.start : g.end]
    instances: dict[str, dict[str, str]] = {}
    for inst in _INSTANCE.finditer(data, m.end()):
        a = dict(_ATTR.findall(inst.group(1)))
        instances.setdefault(a.get("eventID", ""), a)
    for e in events:
        e.text = raw[e.start : e.end]
        a = instances.get(e.eid, {})
        e.tense, e.aspect, e.polarity = (
            a.get("tense", ""),
            a.get("aspect", ""),
            a.get("polarity", ""),
        )
    gold.sort(key=lambda g: g.start)
    events.sort(key=lambda e: e.start)
    head = data[: m.start(1)]
    tail = data[m.end(1) :]
    return TimemlDocument(source, head, raw, tail, dct, gold, events)


def _read_dct(head: str, source: str) -> datetime | date | None:
    m = _DCT.search(head)
    if m is None:
        return None
    value = dict(_ATTR.findall(m.group(1))).get("value", "")
    try:
        if "T" in value:
            return datetime.fromisoformat(value[:19])
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InputError(f"DCT value is not an ISO date: {value!r}", source=source) from exc


def _timex_tag(tid: int, t: Timex) -> str:
    typ, value = t.timeml_type or t.type, t.timeml_value or t.value
    attrs = [f'tid="t{tid}"', f'type="{typ}"', f'value="{html.escape(value, quote=True)}"']
    mod = t.timeml_mod
    if mod:
        attrs.append(f'mod="{mod}"')
    if typ == "SET":
        if t.quant:
            attrs.append(f'quant="{t.quant}"')
        if t.freq:
            attrs.append(f'freq="{t.freq}"')
    function = "false" if t.anchor is None else "true"
    attrs.append(f'temporalFunction="{function}"')
    attrs.append('functionInDocument="NONE"')
    if t.anchor is not None:
        attrs.append('anchorTimeID="t0"')
    return "<TIMEX3 " + " ".join(attrs) + ">"


def _event_tag(eid: int, e: TimemlEvent) -> str:
    return f'<EVENT eid="e{eid}" class="{e.event_class}">'


def _instance(eid: int, e: TimemlEvent) -> str:
    attrs = [f'eventID="e{eid}"', f'eiid="ei{eid}"', f'tense="{e.tense}"',
             f'aspect="{e.aspect}"', f'polarity="{e.polarity}"', f'pos="{e.pos}"']  # fmt: skip
    if e.modality:
        attrs.append(f'modality="{html.escape(e.modality, quote=True)}"')
    return "<MAKEINSTANCE " + " ".join(attrs) + " />"


def _timex_spans(text: str, timexes: list[Timex]) -> list[tuple[int, int, Timex]]:
    """The extent each timex is written with, in the plain text."""
    spans = []
    for t in timexes:
        start, end = t.start, t.end
        if earlier := _EARLIER_DAY.match(text, t.start, t.end):
            start = earlier.end()
        if (t.timeml_type or t.type) == "DURATION":
            later = _LATER.search(text, t.start, t.end)
            end = later.start() if later else end  # "three days" later: the signal stays outside
        spans.append((start, end, t))
    return spans


def annotate(
    doc: TimemlDocument, *, events: bool = False, model: str | None = None
) -> tuple[str, list[Timex]]:
    """The document with our TIMEX3 (and, with ``events``, EVENT) tags in its TEXT, and the timexes.

    The timexes carry offsets into the plain text. EVENT recognition parses
    the text with the spaCy pipeline ``model`` (see ``backstory.nlp``); words
    inside a timex are never events. With events, a MAKEINSTANCE per event
    follows the TEXT, as TempEval-3 files have them.
    """
    text, where = doc.plain()
    timexes = tag_timexes(text, doc.dct, ranges=False)
    spans = _timex_spans(text, timexes)
    found: list[TimemlEvent] = []
    if events:
        from backstory.nlp import load_nlp
        from backstory.timeml_events import recognise_events

        nlp = load_nlp(model)
        # events need tags, the parse and lemmas, not named entities
        parsed = next(iter(nlp.pipe([text], disable=[p for p in nlp.pipe_names if p == "ner"])))
        found = recognise_events(parsed, exclude=[(a, b) for a, b, _ in spans])
    tags: list[tuple[int, int, str, str]] = []  # raw start, raw end, opening tag, closing tag
    for i, (start, end, t) in enumerate(spans, start=1):
        a, b = where[start], where[end] if end < len(where) else len(doc.raw)
        tags.append((a, b, _timex_tag(i, t), "</TIMEX3>"))
    timex_extents = [(a, b) for a, b, _, _ in tags]
    instances: dict[str, str] = {}  # opening EVENT tag -> its MAKEINSTANCE
    n = 0
    for e in found:
        a, b = where[e.start], where[e.end] if e.end < len(where) else len(doc.raw)
        if any(x < b and a < y for x, y in timex_extents):
            continue  # a timex always wins over an event it would overlap
        n += 1
        tags.append((a, b, _event_tag(n, e), "</EVENT>"))
        instances[tags[-1][2]] = _instance(n, e)
    tags.sort(key=lambda tag: (tag[0], tag[1]))
    pieces: list[str] = []
    pos = 0
    written: set[str] = set()
    for a, b, opening, closing in tags:
        if a < pos or b <= a:
            continue  # overlaps a timex already written
        pieces.append(doc.raw[pos:a])
        pieces.append(opening)
        pieces.append(doc.raw[a:b])
        pieces.append(closing)
        written.add(opening)
        pos = b
    pieces.append(doc.raw[pos:])
    tail = _LINKS.sub("", doc.tail)
    if instances:
        kept = [inst for opening, inst in instances.items() if opening in written]
        block = "".join(inst + "\n" for inst in kept)
        close = tail.rfind("</TimeML>")
        tail = tail[:close] + block + tail[close:] if close >= 0 else tail + block
    return doc.head + "".join(pieces) + tail, timexes


def annotate_timeml(
    data: str, source: str = "<string>", *, events: bool = False, model: str | None = None
) -> str:
    """A TimeML document annotated with our TIMEX3 tags, and EVENT tags with ``events``.

    This is the ``backstory timeml`` output; the TIMEX3-only path never loads spaCy.
    """
    doc = parse_timeml(data, source)
    if doc.dct is None:
        raise InputError("no <DCT> with a TIMEX3 creation time", source=source)
    out, _ = annotate(doc, events=events, model=model)
    try:
        ElementTree.fromstring(out.encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise InputError(f"annotated output is not well-formed XML: {exc}", source=source) from exc
    return out


def annotate_directory(
    in_dir: str | Path, out_dir: str | Path, *, events: bool = False, model: str | None = None
) -> list[Path]:
    """Annotate every ``*.tml`` file under ``in_dir`` into the same place under ``out_dir``."""
    src, dst = Path(in_dir), Path(out_dir)
    if not src.is_dir():
        raise InputError("not a directory", source=str(src))
    files = sorted(
        p for p in src.rglob("*") if p.is_file() and p.suffix.lower() in (".tml", ".xml", ".timeml")
    )
    if not files:
        raise InputError("no .tml files found", source=str(src))
    written = []
    for path in files:
        try:
            data = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read: {exc}", source=str(path)) from exc
        out = annotate_timeml(data, str(path), events=events, model=model)
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(out, encoding="utf-8")
        written.append(target)
    return written
