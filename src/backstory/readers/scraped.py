"""Scraped news pages saved as text (the shape of the seed article).

The shape, as scrapers of news sites write it::

     date 2024-10-25 All Sections          <- header: "date YYYY-MM-DD" and the section
    Intelligence reports Russia ...         <- title
    VALENTYNA ROMANENKOFriday, 25 October 2024, 12:44   <- byline glued to the timestamp
    Intelligence reports Russia ...         <- the title again (page heading)
    Commander-in-Chief .... Photo: Office of the President   <- photo caption
    body paragraphs, with "Source: ...", "Details: ...", "Quote from X: ...",
    "Background:" and bullet lines

Header, byline, repeated title and captions are taken out of the body and
into the article's metadata and ``extras``. ``Source:``, ``Details:``,
``Quote from``, ``Background:`` and the bullets stay in the body (they are
sentences with dates that extraction reads) and are also copied into
``extras``. Nothing here depends on one outlet's words: the cues are the
layout (header, byline with a weekday or a written date and a time, caption
credit at the end of a short line) and the labels news sites use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from backstory.article import Article, Extras, Quote
from backstory.errors import InputError
from backstory.readers.dates import parse_date
from backstory.readers.source import Source

_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?\s*(.*?)\s*$", re.I)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_WRITTEN_DATE = (
    rf"(?:{_WEEKDAY},?\s*)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?"
# The byline: an author (optional, often glued) then a written date and a time.
_BYLINE = re.compile(
    rf"^(?P<author>.*?)\s*(?:[—–|,-]\s*)?(?P<when>{_WRITTEN_DATE}(?:\s*[,—–|-]?\s*(?:at\s+)?{_TIME})?)\s*$"
)
# A photo caption: a short line whose end credits the picture.
_CAPTION = re.compile(
    # "... Photo: Office of the President", "Credit: Reuters"
    r"(?:^|[.!?\s])(?i:photo|photos|photograph|image|picture|illustration|photo credit|credit)"
    r"(?i:\s+by)?\s*:\s*\S[^.]{0,150}\.?\s*$"
    # "... Photo by Matthew Yohe" (only after a sentence end, credit capitalised)
    r"|(?:^|[.!?]\s+)(?i:photo|photograph|image|picture|illustration)\s+"
    r"(?i:by|from|courtesy of)\s+[A-Z][^.]{0,150}\.?\s*$"
)
_MAX_CAPTION = 400
# "By X | Published: ..." -> "X"
_AUTHOR_LABELS = re.compile(
    r"^\s*(?:By|BY|by)\s+|[\s|,—–-]*(?:Published|Updated|Posted|PUBLISHED|UPDATED)(?:\s+on)?\s*:?\s*$"
)
_LABEL = re.compile(r"^(Source|Sources|Details|Background|Context|Update)\s*:\s*(.*)$", re.I)
_QUOTE = re.compile(
    r"^(?:Quote|Quotes|Quoting)(?:\s+from\s+(?P<speaker>[^:]{1,120}))?\s*:\s*(?P<rest>.*)$", re.I
)
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●*]|[-–—](?=\s))\s*(?P<item>\S.*)$")
_BOILERPLATE = re.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Share|Subscribe(?: to .*)?|Read (?:also|more)\s*:.*)$"
)
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_QUOTE_CHARS = '"“”„«»'
_SCAN_LINES = 12


def looks_scraped(text: str) -> bool:
    """True when the first lines carry a ``date YYYY-MM-DD`` header or a glued byline."""
    lines = [line for line in text.splitlines()[: _SCAN_LINES * 2] if line.strip()][:_SCAN_LINES]
    if lines and _HEADER.match(lines[0]):
        return True
    return any(_byline(line) for line in lines[:6])


def read_scraped(
    source: Source, *, published: datetime | None = None
) -> Iterator[Article | InputError]:
    """The one article of a scraped page; ``published`` is used only when the page has no date."""
    text = source.text()
    yield parse_scraped(text, origin=source.name, published=published, url=source.url)


def parse_scraped(
    text: str, *, origin: str, published: datetime | None = None, url: str | None = None
) -> Article:
    """The ``Article`` of one scraped page (raises ``InputError`` when it has no body)."""
    lines = [_clean_line(line) for line in text.splitlines()]
    index = _skip_blank(lines, 0)
    section: str | None = None
    header_date: datetime | None = None
    if index < len(lines) and (header := _HEADER.match(lines[index])):
        header_date = parse_date(
            " ".join(g for g in header.groups()[:2] if g), source=origin, field="header date"
        )
        section = header.group(3) or None
        index = _skip_blank(lines, index + 1)

    title: str | None = None
    author: str | None = None
    when: datetime | None = None
    lead: list[str] = []
    # Title then byline, or byline straight away (pages without a title line).
    for probe in range(index, min(len(lines), index + _SCAN_LINES)):
        if byline := _byline(lines[probe]):
            author, when_text = byline
            when = parse_date(when_text, source=origin, field="byline date")
            # The first line is the title; any further lines before the
            # byline (a standfirst) are text and open the body.
            before = [line for line in lines[index:probe] if line]
            title = before[0] if before else None
            lead = before[1:]
            index = probe + 1
            break
    else:
        title = lines[index] if index < len(lines) else None
        index += 1

    captions: list[str] = []
    body_lines: list[str] = [line for paragraph in lead for line in (paragraph, "")]
    for line in lines[index:]:
        if title and len(body_lines) == 2 * len(lead) and _same(line, title):
            continue  # the page heading repeats the title
        if line and len(line) <= _MAX_CAPTION and _CAPTION.search(line):
            captions.append(line)
            continue
        if _BOILERPLATE.match(line):
            continue
        body_lines.append(line)

    body = _paragraphs(body_lines)
    if not body:
        raise InputError("no article text after the title and byline", source=origin)
    return Article(
        text=body,
        published=when or header_date or published,
        title=title,
        author=author,
        url=url,
        outlet=None,
        extras=_extras(body, captions=captions, section=section),
        origin=origin,
    )


def _byline(line: str) -> tuple[str | None, str] | None:
    """(author or None, date text) when ``line`` is a byline with a date and a time."""
    match = _BYLINE.match(line.strip())
    if not match or not re.search(r"\d[:.]\d{2}", match.group("when")):
        return None
    author = _AUTHOR_LABELS.sub("", match.group("author")).strip(" ,—–|-") or None
    if author and (len(author) > 80 or author.endswith((".", "!", "?"))):
        return None
    return (_name_case(author) if author else None), match.group("when")


def _name_case(name: str) -> str:
    """``VALENTYNA ROMANENKO`` -> ``Valentyna Romanenko``; mixed-case names stay as written."""
    if name != name.upper():
        return name
    words = []
    for word in name.split():
        parts = re.split(r"([-'’])", word.lower())
        words.append("".join(p.capitalize() for p in parts))
    return " ".join(words)


def _extras(body: str, *, captions: list[str], section: str | None) -> Extras:
    paragraphs = body.split("\n\n")
    source_line = details = None
    quotes: list[Quote] = []
    background: list[str] = []
    in_background = False
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        if (label := _LABEL.match(paragraph)) and not in_background:
            name, rest = label.group(1).lower(), label.group(2).strip()
            if name.startswith("source") and source_line is None and rest:
                source_line = rest
            elif name == "details" and details is None and rest:
                details = rest
            elif name in {"background", "context"}:
                in_background = True
                background.extend(_bullets(rest))
        elif quote := _QUOTE.match(paragraph):
            speaker = (quote.group("speaker") or "").strip()
            parts = [quote.group("rest").strip()]
            if not parts[0] and i + 1 < len(paragraphs):
                i += 1
                parts = [paragraphs[i]]
            # A quotation opened and not closed runs on into the next paragraphs.
            while _open_quote(" ".join(parts)) and i + 1 < len(paragraphs):
                i += 1
                parts.append(paragraphs[i])
            quotes.append(Quote(speaker=speaker, text=_unquote("\n\n".join(parts))))
        elif in_background:
            items = _bullets(paragraph)
            if items:
                background.extend(items)
            elif _LABEL.match(paragraph):
                in_background = False
        i += 1
    return Extras(
        source_line=source_line,
        details=details,
        quotes=tuple(quotes),
        background=tuple(background),
        captions=tuple(captions),
        section=section,
    )


def _bullets(paragraph: str) -> list[str]:
    return [m.group("item").strip() for line in paragraph.split("\n") if (m := _BULLET.match(line))]


def _open_quote(text: str) -> bool:
    straight = text.count('"')
    curly_open, curly_close = text.count("“") + text.count("«"), text.count("”") + text.count("»")
    return straight % 2 == 1 or curly_open > curly_close


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in _QUOTE_CHARS and text[-1] in _QUOTE_CHARS:
        return text[1:-1].strip()
    return text


def _paragraphs(lines: list[str]) -> str:
    """Lines as paragraphs: blank lines separate them, bullet lines stay one per line."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            if _BULLET.match(line):
                line = "• " + _BULLET.match(line).group("item")  # type: ignore[union-attr]
            paragraphs[-1].append(line)
    return "\n\n".join("\n".join(p) for p in paragraphs if p).strip()


def _clean_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index]:
        index += 1
    return index


def _same(a: str, b: str) -> bool:
    return a.casefold().strip() == b.casefold().strip()
