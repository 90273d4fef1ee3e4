"""Quantities: numbers with their approximators and units.

"about 11,000 infantrymen" is value 11000, approximate, unit "infantrymen";
"$40 billion" is 40e9 USD; "dozens of civilians" is an approximate 24
civilians (the lower reading of "dozens"); "10,000-12,000 troops" is a
range. Spans come from spaCy's CARDINAL/MONEY/PERCENT/QUANTITY entities and
from the vague quantifiers NER does not tag; dates, years, times and
ordinals are never quantities (they are timexes). ``measures`` names the
entity counted when the parse says it ("North Korean infantrymen" counts
North Korea's).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from backstory.entities import gazetteer
from backstory.extraction import Extraction, Quantity, Timex
from backstory.pipeline import Context
from backstory.units import CURRENCY_SIGNS, currency_codes, unit_tokens

APPROXIMATORS = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "up to",
    "more than",
    "over",
    "at least",
    "fewer than",
    "less than",
    "under",
    "an estimated",
    "estimated",
    "close to",
    "as many as",
    "as much as",
    "upwards of",
    "just over",
    "just under",
    "approx.",
    "circa",
    "c.",
    "~",
)
_MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tln": 1e12,
    "hundred": 1e2,
}
_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "dozen": 12,
    "half": 0.5,
}
_CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "stg": "GBP",
    "sterling": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias.": "UAH",
    "yuan": "CNY",
    "francs": "CHF",
    "marks": "DEM",
    "won": "KRW",
    "naira": "NGN",
    "rand": "ZAR",
    "lira": "TRY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "forint": "HUF",
}
# Currencies that several states call by one name ("shillings": Kenya, Uganda,
# Tanzania, Somalia; "rupees": India, Pakistan, Sri Lanka, Nepal): the unit is the
# word itself, since the article's state is not always the issuer.
_SHARED_CURRENCIES = frozenset(
    ["shilling", "shillings", "rupee", "rupees", "peso", "pesos", "dinar", "dinars", "riyal",
     "riyals", "franc", "krona", "kronor", "krone", "kroner"]
)  # fmt: skip
_SIGNS = frozenset(["$", "€", "£", "¥"])
_PERCENT = {"%", "percent", "per cent", "pct", "percentage"}
_VAGUE = re.compile(
    r"\b(?P<q>(?:tens|hundreds) of thousands|dozens|scores|hundreds|thousands|millions|billions)\s+of\b",
    re.IGNORECASE,
)
_VAGUE_VALUE = {
    "dozens": 24.0,
    "scores": 40.0,
    "hundreds": 200.0,
    "thousands": 2000.0,
    "millions": 2e6,
    "billions": 2e9,
    "tens of thousands": 20000.0,
    "hundreds of thousands": 200000.0,
}
_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$|^[+-]?\.\d+$")
_RANGE = re.compile(r"^(\d[\d,.]*)[-–](\d[\d,.]*)$")
_UNIT_QUALIFIERS = frozenset(
    {"cubic", "square", "metric", "nautical", "short", "long", "basis", "percentage"}
)


def stated_value(value: float, text: str | None, approximate: bool) -> str:
    """The value as its source hedged it ("at least 9", "more than 1,100"; "about 48,000"
    when the text that gave it is lost), for tables and charts of claims."""
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    if not approximate:
        return number
    lowered = " ".join((text or "").lower().split())
    said = next(
        (
            a
            for a in APPROXIMATORS
            if lowered.startswith(a + " ") or (a == "~" and lowered[:1] == a)
        ),
        "about",
    )
    return f"{said}{'' if said == '~' else ' '}{number}"


def find_quantities(extraction: Extraction, context: Context) -> Extraction:
    """Stage "quantities": numbers with approximators, units and what they measure."""
    doc = context.doc
    blocked = _blocked_tokens(doc, extraction.timexes)
    index = context.data.get("entities")
    measures = unit_tokens(doc)
    found: list[Quantity] = []
    by_token: dict[int, Quantity] = {}
    used: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") and not (
            _bare_number_dated(ent)
        ):
            continue
        if any(t.i in blocked for t in ent) or not any(
            t.like_num or t.lower_ in _WORDS for t in ent
        ):
            continue
        quantity, span = _quantity(doc, ent, index, measures)
        if quantity is None:
            continue
        _keep(found, by_token, used, quantity, span)
    # A number with a unit NER tagged as something else ("a 4GB" as a place).
    timelike = _timelike_tokens(doc, extraction.timexes)
    for tok in doc:
        # "put the number of infections at 900": a figure NER left untagged
        if (
            tok.ent_type_ == ""
            and tok.i not in used
            and tok.i not in timelike
            and _NUMBER.match(tok.text)
            and _unit_put_at(tok) is not None
        ):
            quantity, span = _quantity(doc, doc[tok.i : tok.i + 1], index, measures)
            if quantity is not None:
                _keep(found, by_token, used, quantity, span)
        elif (
            tok.ent_type_ == ""
            and tok.i not in used
            and tok.i not in timelike
            and _NUMBER.match(tok.text)
            and (end := _money_end(doc, tok.i)) is not None
        ):
            # "lent Banca Orsini 400 million euros": money NER left untagged
            quantity, span = _quantity(doc, doc[tok.i : end], index, measures)
            if quantity is not None:
                _keep(found, by_token, used, quantity, span)
    for number in sorted(set(measures.values())):
        if number in used or number in timelike:
            continue
        quantity, span = _quantity(doc, doc[number : number + 1], index, measures)
        if quantity is not None:
            _keep(found, by_token, used, quantity, span)
    text = extraction.article.text
    for match in _VAGUE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.i in used or t.i in blocked for t in span):
            continue
        q = match.group("q").lower()
        head = _noun_after(doc, span.end)
        end_tok = head.i + 1 if head is not None else span.end
        full = doc[span.start : end_tok]
        quantity = Quantity(
            start=full.start_char,
            end=full.end_char,
            text=full.text,
            value=_VAGUE_VALUE.get(q, 0.0),
            approximate=True,
            unit=head.text if head is not None else None,
            measures=_measured(head, index) if head is not None else None,
        )
        _keep(found, by_token, used, quantity, full)
    found.sort(key=lambda q: q.start)
    extraction.quantities = found
    # Later stages look quantities up by token.
    context.data["quantities"] = by_token
    return extraction


def _keep(
    found: list[Quantity],
    by_token: dict[int, Quantity],
    used: set[int],
    quantity: Quantity,
    span: Any,
) -> None:
    if any(t.i in used for t in span):
        return
    found.append(quantity)
    for t in span:
        used.add(t.i)
        by_token[t.i] = quantity


def _timelike_tokens(doc: Any, timexes: list[Timex]) -> set[int]:
    """Tokens of dates, times, ordinals and timexes."""
    found = {t.i for t in doc if t.ent_type_ in ("DATE", "TIME", "ORDINAL")}
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _blocked_tokens(doc: Any, timexes: list[Timex]) -> set[int]:
    """Tokens that belong to dates, times, ordinals or named things ("iPhone 4")."""
    blocked: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in (
            "DATE",
            "TIME",
            "ORDINAL",
            "PRODUCT",
            "WORK_OF_ART",
            "LAW",
            "EVENT",
            "FAC",
            "ORG",
        ) and not _bare_number_dated(ent):
            blocked.update(range(ent.start, ent.end))
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    return blocked


# The letter ISO 4217 adds to the issuer's country code for a currency of that name.
_CURRENCY_LETTERS = {"dollar": "D", "dollars": "D", "pound": "P", "pounds": "P"}


def _sign(tok: Any) -> bool:
    """Whether a token is a currency sign, alone or with its issuer ("$", "US$", "HK$")."""
    return tok.text in _SIGNS or (tok.text[-1:] in CURRENCY_SIGNS and tok.lower_ in _CURRENCIES)


def _issued_by(doc: Any, tok: Any) -> str | None:
    """The ISO code of a dollar or pound its issuer's demonym or name qualifies:
    "42,000 Canadian dollars" is CAD, "5 million Egyptian pounds" EGP; else None."""
    letter = _CURRENCY_LETTERS.get(tok.lower_)
    if letter is None or tok.i == 0 or not doc[tok.i - 1].is_title:
        return None
    before = doc[tok.i - 1].text
    country = gazetteer.demonyms().get(gazetteer.fold(before)) or gazetteer.find_country(before)
    code = f"{country}{letter}" if country else None
    return code if code in currency_codes() else None


def _quantity(
    doc: Any, ent: Any, index: Any, measures: dict[int, int]
) -> tuple[Quantity | None, Any]:
    tokens = list(ent)
    # Widen to an approximator NER left outside ("some 300 drones").
    start = ent.start
    for approx in APPROXIMATORS:
        words = approx.split()
        n = len(words)
        if start - n >= 0 and [t.lower_ for t in doc[start - n : start]] == words:
            start -= n
            break
    unit: str | None = None
    if start > 0 and measures.get(start - 1) in range(ent.start, ent.end):
        # "USD 5 million", "US $199": a currency code (or issuer) before the number.
        unit = _unit_of(doc, start - 1)
        start -= 1
    elif start > 1 and measures.get(start - 2) in range(ent.start, ent.end):
        unit = _unit_of(doc, start - 2)
        start -= 2
    if (
        unit is None
        and start == ent.start
        and start > 0
        and _sign(doc[start - 1])
        and not _sign(doc[ent.start])
    ):
        # "($387,000)", "a bribe of US$500,000": NER left the sign outside
        unit = _CURRENCIES[doc[start - 1].lower_]
        start -= 1
    tokens = list(doc[start : ent.end])
    lowered = " ".join(t.lower_ for t in tokens)
    approximate = any(
        lowered.startswith(a + " ") or (lowered.startswith(a) and a == "~") for a in APPROXIMATORS
    )
    values: list[float] = []
    multiplier = 1.0
    pending: float | None = None
    for tok in tokens:
        low = tok.lower_
        if tok.i in measures:
            unit = unit or _unit_of(doc, tok.i)
            continue
        if low in _CURRENCIES:
            unit = _issued_by(doc, tok) or _CURRENCIES[low]
            if tok.i > 0 and doc[tok.i - 1].lower_ == "per":
                unit = f"per {unit}"  # "90.4 per dollar": an exchange rate, not dollars
            continue
        if low in _SHARED_CURRENCIES and ent.label_ == "MONEY":
            unit = low
            continue
        if low in _PERCENT:
            unit = "%"
            continue
        if (m := _RANGE.match(tok.text)) is not None:
            values.append(_parse_number(m.group(1)) or 0.0)
            values.append(_parse_number(m.group(2)) or 0.0)
            continue
        number = _parse_number(tok.text)
        if number is not None:
            if pending is not None and pending >= 20 and number < 10:
                pending += number  # "twenty five"
            elif (
                pending is not None
                and values == []
                and tok.i > 0
                and doc[tok.i - 1].lower_ not in ("to", "and", "-", "–")
            ):
                pending = pending * number if number >= 100 else pending + number
            else:
                if pending is not None:
                    values.append(pending)
                pending = number
            continue
        if low in _MULTIPLIERS and (pending is not None or values):
            multiplier = _MULTIPLIERS[low] if low != "hundred" else multiplier * 100
            continue
    if pending is not None:
        values.append(pending)
    if not values:
        return None, None
    # in decimal: "4.1 billion" is 4100000000, not the float product 4099999999.9999995
    values = [float(Decimal(repr(v)) * Decimal(repr(multiplier))) for v in values]
    if ent.label_ == "PERCENT" and unit is None:
        unit = "%"
    bare_year = (
        len(values) == 1
        and values[0].is_integer()
        and 1800 <= values[0] <= 2100
        and ent.label_ == "CARDINAL"
        and len(tokens) == 1
        and "," not in tokens[0].text
    )
    if bare_year:  # a year NER did not tag as a date
        return None, None
    end = ent.end
    head = None
    last = tokens[-1]
    if (
        unit is None
        and ent.label_ == "QUANTITY"
        and last.is_alpha
        and _parse_number(last.text) is None
        and last.lower_ not in _MULTIPLIERS
    ):
        unit = last.text  # the measure is inside the entity: "32.9 million tonnes", "40 km"
        if len(tokens) > 1 and tokens[-2].lower_ in _UNIT_QUALIFIERS:
            unit = f"{tokens[-2].text} {unit}"  # "billion cubic metres"
    if unit is None and measures.get(end) in range(ent.start, ent.end):
        unit = _unit_of(doc, end)  # "16 GB", "140 dB"
        end += 1
    elif unit is None:
        head = _unit_head(doc, ent)
        if head is not None:
            first, head = head, _hyphenated_end(doc, head)
            low = head.lower_
            unit = _CURRENCIES.get(low) or (
                "%" if low in _PERCENT else doc[first.i : head.i + 1].text
            )
            before = doc[head.i - 1]
            if before.i >= ent.end and before.lower_ in _UNIT_QUALIFIERS:
                unit = f"{before.text} {unit}"  # "25 basis points", "0.3 percentage points"
            if head.i >= end:
                end = head.i + 1
            # "11,000 North Korean infantrymen": the span ends at the noun.
    elif ent.end < len(doc) and doc[ent.end].lower_ in _CURRENCIES:
        unit = _CURRENCIES[doc[ent.end].lower_]
        end = ent.end + 1
    if unit is None:
        unit = _unit_put_at(ent.root)
    if unit is None and ent.end < len(doc) and doc[ent.end].lower_ == "of":
        # "112 of its usual 1,460 services", "three of the five judges": a part of them
        counted = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        if counted is not None and counted.pos_ == "NOUN" and counted.tag_ == "NNS":
            unit = counted.text
    span = doc[start:end]
    value, value_max = min(values), max(values) if len(values) > 1 else None
    if value_max == value:
        value_max = None
    quantity = Quantity(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        value=value,
        approximate=approximate,
        unit=unit,
        value_max=value_max,
        measures=_measured(head, index) if head is not None else None,
    )
    return quantity, span


def _bare_number_dated(ent: Any) -> bool:
    """ "deaths at 58": a bare number of two or three digits NER took for a date (the
    timex stage, which knows dates, blocks the real ones)."""
    return ent.label_ == "DATE" and len(ent) == 1 and ent[0].is_digit and len(ent[0].text) <= 3


_TALLY_NOUNS = frozenset(["number", "toll", "count", "figure", "tally", "total"])


def _money_end(doc: Any, i: int) -> int | None:
    """The end of the money a number NER left untagged begins ("400 million euros"), or
    None when no currency word follows it (after its scale words)."""
    end = i + 1
    while end < len(doc) and doc[end].lower_ in _MULTIPLIERS and doc[end].is_alpha:
        end += 1
    if end < len(doc) and doc[end].lower_ in _CURRENCIES and doc[end].is_alpha:
        return end + 1
    return None


def _unit_put_at(number: Any) -> str | None:
    """What a figure given with "at" counts: "put the number of cases at 3,540"
    (cases), "... and deaths at 58" (deaths)."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "at":
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and holder.tag_ == "NNS":
        return str(holder.text)
    before = number.doc[prep.i - 1] if prep.i else None
    if before is not None and before.pos_ == "NOUN" and before.tag_ == "NNS":
        return str(before.text)  # "and deaths at 58" (however the parser hangs "at")
    if holder.pos_ != "VERB":
        return None
    for obj in holder.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in _TALLY_NOUNS:
            for of in obj.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    counted = next((p for p in of.children if p.dep_ == "pobj"), None)
                    if counted is not None and counted.pos_ == "NOUN":
                        return str(counted.text)
    return None


def _hyphenated_end(doc: Any, tok: Any) -> Any:
    """The last part of the hyphenated word a token opens ("co-defendants",
    "ex-soldiers": the count is of defendants and soldiers), else the token."""
    while (
        not tok.whitespace_
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].is_alpha
    ):
        tok = doc[tok.i + 2]
    return tok


def _unit_of(doc: Any, i: int) -> str:
    """The unit a unit token stands for: "GB", "EUR", or the currency of "US $"."""
    text = doc[i].text.removesuffix(".") or doc[i].text
    if i + 1 < len(doc) and doc[i + 1].text in CURRENCY_SIGNS:
        sign = _CURRENCIES.get(doc[i + 1].text)
        return sign if sign and text == "US" else f"{text}{doc[i + 1].text}"
    return text


def _parse_number(text: str) -> float | None:
    low = text.lower().replace(",", "")
    if _NUMBER.match(text.replace(" ", "")):
        try:
            return float(low)
        except ValueError:
            return None
    if low in _WORDS and low not in ("a", "an", "half"):
        return float(_WORDS[low])
    return None


def _unit_head(doc: Any, ent: Any) -> Any:
    """The noun a number counts: its syntactic head when that is a noun after it."""
    last = ent[-1]
    head = last.head
    for tok in (last, *ent):
        if (
            tok.dep_ in ("nummod", "quantmod", "compound", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and tok.head.i >= ent.end
        ):
            head = tok.head
            break
    if (
        head.pos_ in ("NOUN", "PROPN")
        and head.i >= ent.end
        and head.i - ent.end <= 5
        and head.ent_type_ not in ("DATE", "TIME")
    ):
        return head
    return _noun_after(doc, ent.end, max_gap=0)


def _noun_after(doc: Any, i: int, max_gap: int = 4) -> Any:
    """The noun right after position ``i`` (skipping adjectives), if any."""
    j = i
    while j < len(doc) and j - i <= max_gap + 3:
        tok = doc[j]
        if tok.pos_ in ("NOUN", "PROPN") and (
            j + 1 >= len(doc)
            or doc[j + 1].pos_ not in ("NOUN",)
            or (doc[j + 1].dep_ != "compound" and tok.dep_ != "compound")
        ):
            return tok
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "DET") or tok.is_punct:
            return None
        j += 1
    return None


def _measured(head: Any, index: Any) -> str | None:
    """The entity a counted noun belongs to ("North Korean troops", "soldiers from North Korea")."""
    if head is None or index is None:
        return None
    own = index.entity_at(head)
    if own is not None:
        return own.name
    candidates = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    # "involve 10,000 soldiers from North Korea": the PP may hang on the verb.
    if head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        for child in head.head.children:
            if child.dep_ == "prep" and child.lower_ == "from" and child.i > head.i:
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
    for tok in candidates:
        entity = index.entity_at(tok)
        if entity is not None and entity.type in ("COUNTRY", "ORG", "PERSON", "NORP", "GPE"):
            return entity.name
    return None
