"""Readings: what a temporal expression means, and the frame it is read in.

``Reading`` is the meaning of one expression (type, value, period, mod);
``Frame`` is what the normalisers know while reading a text in order: the
publication date, the narrative reference time, the last fiscal quarter
mentioned, and the tense lookup. Normalisers register per pattern kind
with ``@normaliser``; the ones for each family of expressions live in
``dates``, ``relative``, ``durations``, ``times`` and ``vague``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from backstory.timex.anchor import (
    DEADLINE,
    FUTURE,
    FUTURE_IN_PAST,
    PAST,
    PRESENT,
    REPORTED,
    TIMETABLE,
    fronted,
    pick_year,
    tense_at,
    tense_from_text,
)
from backstory.timex.calendar import UNKNOWN_YEAR, Period
from backstory.timex.lexicon import (
    IRREGULAR_PARTICIPLES,
    MONTH,
    YEAR,
    month_number,
    number_value,
)


@dataclass
class Reading:
    """What a temporal expression means."""

    type: str
    value: str
    period: Period | None = None
    mod: str | None = None
    vague: bool = False
    anchor: str | None = None  # "dct", "narrative" or None (absolute)
    begin: str | None = None  # overrides of the period's interval
    end: str | None = None
    quant: str | None = None
    freq: str | None = None
    explicit_year: bool = False
    timeml: tuple[str, str] | None = None  # (type, value) where TimeML annotates it otherwise
    fin_anchor: bool = True  # may become the reference quarter of a financial report
    ends: tuple[Period, Period] | None = None  # a range's two ends, each read with the other


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_STARTING = re.compile(r"\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+|in\s+)?$", re.I)
_EARLIEST = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)
_DEADLINE = re.compile(
    r"(?:\b(?:to|until|till|through|effective|ending|ends)|(?<=extended\s)into|(?<=prolonged\s)into)"
    r"\s+(?:at\s+least\s+)?(?:on\s+)?"
    r"(?:(?:early|mid|late)[\s-]+)?$",
    re.I,
)

# a clause in the past perfect ("had been shelled"): a "by" date there is behind the story
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+\s+){0,2}?(?:\w+(?:ed|en|t)|"
    + "|".join(sorted(IRREGULAR_PARTICIPLES, key=len, reverse=True))
    + r")\b"
)

# A dateline: "WELLINGTON, March 10 -", "KYIV, Ukraine, Oct. 3 (Reuters) -".
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]{1,30}(?:,[ \t]*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'-]{1,30})?"
    r",[ \t]*$"
)
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z ]+\)[ \t]*)?(?:-|–|—|\()")

# A contract month of a market report: "June futures", "May delivery", "for April/May
# shipment", "June 90 day bank bills", "June U.S. T-bonds", "second position July": the next one, whatever the
# tense of the trading ("June futures opened lower").
_CONTRACT_MONTH = re.compile(
    rf"(?:[ \t]*/[ \t]*{MONTH})?(?:[ \t]+[\w.-]+){{0,4}}?[ \t]+"
    r"(?:futures|contracts?|delivery|shipment|options|(?:T-)?bonds|(?:T-|bank[ \t]+)bills"
    r"|Eurodollars)\b",
    re.I,
)

# ... and before it: "Brent crude futures for May settled at $70"
_CONTRACT_FOR = re.compile(r"\b(?:futures|contracts?|options)\s+(?:for|due\s+in)\s+$", re.I)

# "the quarter ended March 31": the period's last day is the next one in an outlook
# ("expects to report good results for the quarter ended March 31"), else a past one
_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|year|half|period|months|weeks)\s+(?:that\s+|which\s+)?ended\s+(?:on\s+)?$", re.I
)

# "asked it to respond by Oct. 31", "ordered to leave the area by Friday": a deadline set
# "since his death on", "since the attack in": an event behind us, dated after it
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:(?:the|its|his|her|their|a|an)\s+(?:[\w'-]+\s+){1,3}"
    # ("his first trip since taking office on Feb. 1")
    r"|[a-z]+ing\s+(?:[\w'-]+\s+){0,3})(?:on|in)\s+$",
    re.I,
)
_PAST_STATE_UNTIL = re.compile(
    r"\b(?:was|were|stayed|remained|lasted|continued|persisted)\s+"
    r"(?!(?:\w+(?:ed|en|ing)|put|set|cut|shut|held|kept|due|to|being)\b)[^.;:]{0,60}\b(?:until|till)\s+$",
    re.I,
)
# time left to do something: "has until Oct. 1 to", "have only until Friday to"
_HAS_UNTIL = re.compile(r"\b(?:has|have|gets?)\s+(?:(?:only|just)\s+)?(?:until|till)\s+$", re.I)
# the end of a span reported on: "the 12 months to 31 March", "the year to June 30"
_SPAN_TO = re.compile(
    r"\b(?:year|quarter|half|months|weeks|days|period)\s+(?:to|through|thru)\s+"
    r"(?:(?:early|mid|late)[\s-]+)?$",
    re.I,
)
# a weather or hazard warning: "an amber warning for rain from 6 a.m. to 9 p.m. on"
_WARNING_FOR = re.compile(
    r"\b(?:warnings?|alerts?|watch(?:es)?)\s+(?:(?:for|of)\b[^.;:!?]{0,50}?\s(?:on|from|until|for)"
    r"|(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:issued|extended|in\s+force)\s+)?for)\s+"
    r"(?:[\d:.]+\s*(?:[ap]\.?m\.?\s+)?(?:(?:on|to|until)\s+)?)*$",
    re.I,
)
# a date moved ("delayed the launch of its rocket to", "postponed the vote until",
# "pushed back to", "moved to"): the new date, after the decision
_RESCHEDULED = re.compile(
    r"\b(?:delay|postpone|reschedul|defer|adjourn|moved|pushed\s+back|put\s+off|brought\s+forward|extend)"
    r"[a-z]*\b(?:[ \t]+[^\s.;:!?]+){0,6}?[ \t]+(?:to|until|till|into)[ \t]+(?:at[ \t]+least[ \t]+)?"
    r"(?:on[ \t]+)?$",
    re.I,
)
_INFINITIVE_BY = re.compile(r"\bto\s+[a-z]+(?:\s+[a-z]+){0,2}\s+by\s+$")
# a purpose up to a date: "passed a bill to keep the government running through Sept. 30"
_INFINITIVE_THROUGH = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|be|have)\b)[a-z]+(?:\s+[a-z]+){0,4}"
    r"\s+(?:through|until|till)\s+(?:(?:early|mid|late)[\s-]+)?$"
)


_FISCAL_END = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:ends|ending|ended|runs\s+to|closes)\s+"
    r"(?:on\s+)?(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]+\.?)|(?P<m2>[A-Z][a-z]+\.?)\s+(?P<d2>\d{1,2})\b)"
)


# A stated date the sentence is set in: "In 1918, ...", "due for delivery in April 1989"
SET_IN = re.compile(r"\b(?:in|during|by|at|until|through|throughout)\s+$", re.I)

# A year given after a yearless date: "on the day before Thanksgiving in 1991"
_IN_YEAR = re.compile(rf"[ \t]*,?[ \t]+(?:in|of)[ \t]+(?P<y>{YEAR})\b(?![-/]\d)")
# A year counted from now right after a yearless date: "during Ramadan last year"
_YEAR_COUNTED_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?(?P<rel>last|this|next)[ \t]+year\b", re.I)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

# a live blog's entry stamp: a clock time of four figures before a capitalised word, not
# after a preposition ("in 2008 Haiti was hit" keeps its year)
_STAMP = re.compile(r"(?<![\w.,$£€-])(?:[01]\d|2[0-3])[0-5]\d(?=\s+[A-Z])")
_STAMP_NOT = re.compile(
    r"\b(?:in|of|since|by|from|to|until|during|before|after|and|or|year|early|late|mid)\s+$",
    re.I,
)
_STAMP_OPENS = re.compile(r"(?:^|[.!?'\"”’)\n])\s*$")

NARRATIVE_REACH = 400  # characters: how far a date named before sets the story's time
# A new item of a list ("\n  • On 28 January, ..."): each item of a Background list
# stands alone, so the year an earlier item named does not carry into it.
_NEW_ITEM = re.compile(r"\n[ \t]*[•*▪◦-]\s")
# days: a yearless date opening a sentence this soon after a distant narrative date in the
# same paragraph is the story moving on (mid-sentence, or in a new bullet or paragraph, it
# may as well be back in the present)
_FORWARD_REACH = 183
# a past step joined to the one dated before it: "... in September and convicted in January"
_NEXT_STEP = re.compile(
    r"\s*,?\s+(?:and|then|and\s+then)\s+(?:was\s+|were\s+)?(?:[a-z]+ed|fell|rose|grew|hit|began|"
    r"won|lost|took|came|went|struck|sank|left|quit|met|held|made|sold|paid|spent|saw|broke|fled)"
    r"\s+(?:[a-z]+\s+){0,3}?(?:in|on)\s+"
)


@dataclass
class Frame:
    """What normalisation of one text knows: DCT, narrative time, tense lookup."""

    text: str
    dct: date | None
    dct_time: datetime | None = None
    doc: Any = None
    ref: Period | None = None  # narrative reference time: the last date mentioned
    ref_explicit: bool = False
    ref_end: int = -1
    day_ref: Period | None = None  # the last day (or time of a day) mentioned
    ref_set_in: bool = False  # the reference date was stated as the story's setting ("in 1918")
    ref_target: bool = False  # the reference date is a deadline's or bound's ("by 2028")
    fin_ref: Period | None = None  # the last fiscal quarter mentioned
    fin_end: int = -1
    dated: list[tuple[int, int, Period]] = field(default_factory=list)  # every date read so far
    day_first: bool = True
    _tenses: dict[tuple[int, int], str | None] = field(default_factory=dict)
    span: tuple[int, int] = (0, 0)
    dry: bool = False  # an acceptance check: no tense lookup

    @cached_property
    def blog_stamps(self) -> frozenset[int]:
        """Where a live blog's clock stamps start ("2057 In a moving report ...", "1423
        Frank Thorp, a US citizen, ..."): four-figure clock times opening its entries, which
        are no years. A text has them when at least three open sentences and some cannot
        be a year of the story (one before 1600, or after the publication year)."""
        found = [
            m
            for m in _STAMP.finditer(self.text)
            if not _STAMP_NOT.search(self.text, max(0, m.start() - 12), m.start())
        ]
        openers = [
            m
            for m in found
            if _STAMP_OPENS.search(self.text, max(0, m.start() - 4), m.start()) or m.start() == 0
        ]
        latest = self.dct.year if self.dct is not None else 2100
        if len(openers) < 3 or not any(
            int(m.group()) < 1600 or int(m.group()) > latest for m in openers
        ):
            return frozenset()
        return frozenset(m.start() for m in found)

    @cached_property
    def fiscal_year_end(self) -> tuple[int, int] | None:
        """(month, day) the text says its fiscal year ends on ("the fiscal year that
        ends on 31 March", "financial year ending March 31"), else None."""
        found = _FISCAL_END.search(self.text)
        if found is None:
            return None
        month = month_number(found.group("m1") or found.group("m2"))
        day = int(found.group("d1") or found.group("d2"))
        return (month, day) if month and 1 <= day <= 31 else None

    def tense(self) -> str | None:
        if self.dry:
            return None
        key = self.span
        if key not in self._tenses:
            before = self.text[max(0, key[0] - 24) : key[0]]
            if _EARLIEST.search(self.text[max(0, key[0] - 16) : key[0]]):
                self._tenses[key] = FUTURE  # "as early as Tuesday", "as soon as next week"
            elif re.search(r"\bsince\s+$", before, re.I) or _SINCE_EVENT.search(
                self.text, max(0, key[0] - 50), key[0]
            ):
                # "risen since year-end", "sold since his death on 25 June": a start behind us
                self._tenses[key] = PAST
            elif _DATELINE_BEFORE.search(
                self.text, max(0, key[0] - 80), key[0]
            ) and _DATELINE_AFTER.match(self.text, key[1]):
                self._tenses[key] = PRESENT  # "WELLINGTON, March 10 -": the day it was filed
            elif re.search(r"\bby\s+$", before) and not PAST_PERFECT.search(
                self.text, max(0, key[0] - 80), key[0]
            ):
                # "could take place by July": the closest one, unless a future says ahead
                found = tense_at(self.text, key[0], key[1], self.doc)
                self._tenses[key] = found if found in (FUTURE, FUTURE_IN_PAST) else DEADLINE
            elif (
                _CONTRACT_MONTH.match(self.text, key[1])
                or re.search(r"\bpositions?\s+$", before, re.I)
                or _CONTRACT_FOR.search(before)
            ) and re.fullmatch(rf"{MONTH}\.?", self.text[key[0] : key[1]]):
                self._tenses[key] = FUTURE
            elif ended := _PERIOD_ENDED.search(self.text, max(0, key[0] - 40), key[0]):
                found = tense_at(self.text, ended.start(), ended.start(), self.doc)
                self._tenses[key] = FUTURE if found == FUTURE else PAST
            elif _DEADLINE.search(before) or _INFINITIVE_BY.search(
                self.text, max(0, key[0] - 40), key[0]
            ):
                # "extended to Nov. 20", "until mid-November", "the year ending March 31":
                # a deadline or a period's end, whatever the tense; "present" asks for
                # the closest occurrence, a future ahead ("will stay through the winter")
                found = tense_at(self.text, key[0], key[1], self.doc)
                span_to = _SPAN_TO.search(self.text, max(0, key[0] - 30), key[0])
                if found == FUTURE and span_to:
                    found = None  # "results for the 12 months to 31 March will be published"
                if found == PAST and span_to:
                    # "profit in the year to March fell": a span reported on is over
                    self._tenses[key] = PAST
                    return PAST
                # a timetable keeps its sense ("the strike ends on Friday", "the regular
                # season ends on April 12": the one ahead)
                self._tenses[key] = (
                    found if found in (FUTURE, FUTURE_IN_PAST, TIMETABLE) else PRESENT
                )
                if found in (PAST, None) and _RESCHEDULED.search(
                    self.text, max(0, key[0] - 60), key[0]
                ):
                    # "delayed the launch to Thursday", "the match was moved to Sunday": a new
                    # date set after the old one, ahead of the report that tells of it
                    self._tenses[key] = FUTURE_IN_PAST
                if found in (PRESENT, None) and _HAS_UNTIL.search(
                    self.text, max(0, key[0] - 30), key[0]
                ):
                    # "Congress has until Oct. 1 to pass the bills": the time left, ahead
                    self._tenses[key] = FUTURE
                if found in (PAST, None) and _INFINITIVE_THROUGH.search(
                    self.text, max(0, key[0] - 60), key[0]
                ):
                    # "passed a bill to keep the government running through Sept. 30": what
                    # the deed is for lies ahead of it
                    self._tenses[key] = FUTURE_IN_PAST
                if found in (PAST, None) and _PAST_STATE_UNTIL.search(
                    self.text, max(0, key[0] - 80), key[0]
                ):
                    # "he was not aware of it until September": a past state that lasted
                    # up to then, not a deadline set ahead ("was extended until")
                    self._tenses[key] = PAST
            else:
                found = tense_at(self.text, key[0], key[1], self.doc)
                if found is None and _STARTING.search(before):
                    found = TIMETABLE  # "with preorders starting Friday": the one ahead
                elif (
                    found == PAST
                    and _STARTING.search(before)
                    and tense_from_text(self.text[: key[1]], key[0], key[1]) is None
                ):
                    # "the deadline for coverage starting Jan. 1 was extended": a start
                    # named for a noun, seen from the past the verb after it reports
                    found = FUTURE_IN_PAST
                if found in (PAST, None) and _WARNING_FOR.search(
                    self.text, max(0, key[0] - 80), key[0]
                ):
                    # "issued a warning for rain from 6 a.m. on Friday": what is forecast,
                    # ahead of the report
                    found = FUTURE_IN_PAST
                if (
                    found == PAST
                    and _FOR_BEFORE.search(before)
                    and self.text.startswith(("'s ", "’s "), key[1])
                ):
                    # "took pole for Sunday's race": what a deed readies for follows it
                    found = FUTURE_IN_PAST
                self._tenses[key] = found
        return self._tenses[key]

    def near_reference(self) -> bool:
        """True when the last date named is close enough before the current expression
        to set the story's time for it."""
        return 0 <= self.span[0] - self.ref_end < NARRATIVE_REACH

    def anchor_date(self) -> date:
        """The date a yearless expression is placed against (DCT, or a distant narrative year)."""
        distant = (
            self.ref is not None
            and self.dct is not None
            and abs((self.ref.start - self.dct).days) > 200
        )
        near = (
            self.near_reference() and not self._ref_in_aside() and not self._ref_closes_relative()
        )
        fine = self.ref is not None and self.ref.gran in ("day", "week", "month", "pod", "time")
        if (
            distant
            and self.ref_explicit
            and self.ref is not None
            and self.ref_set_in
            and same_sentence(self.text, self.ref_end, self.span[0])
            and not self._ref_in_aside()
            and (
                self.tense() in (PAST, REPORTED, None)
                or (self.tense() == FUTURE and self.dct is not None and self.ref.start > self.dct)
            )
        ):
            # "In 1918, there was a first wave of flu in April"; "the first is due in
            # April 1989, the others in May"
            return self.ref.start
        if (
            self.ref is not None
            and self.dct is not None
            and self.ref_explicit
            and self.ref.start > self.dct
            and self.tense() == FUTURE
            and same_sentence(self.text, self.ref_end, self.span[0])
        ):
            # "will fly past Venus in February 2026 and reach Mercury in November": the
            # plan goes on from the date it named
            return self.ref.start
        if (
            self.ref is not None
            and self.dct is not None
            and self.ref.gran in ("day", "pod", "time")
            and self.ref.year_known
            and self.ref.start < self.dct
            and self.tense() in (FUTURE, FUTURE_IN_PAST)
            and same_sentence(self.text, self.ref_end, self.span[0])
        ):
            # "since November 14, when the premier called an election for December 16":
            # a plan told of a day gone by is counted from that day
            return self.ref.start
        if (
            self.ref is not None
            and self.dct is not None
            and self.ref.gran == "month"
            and self.ref.year_known
            and self.ref.bounds()[1] < self.dct
            and self.tense() == FUTURE_IN_PAST
            and same_sentence(self.text, self.ref_end, self.span[0])
        ):
            # "said in November it expected to cut its forecast in December": as for a day
            return self.ref.start
        if (
            distant
            and near
            and fine
            and self.ref_explicit
            and self.ref is not None
            and self.tense() in (PAST, REPORTED)
            and not _NEW_ITEM.search(self.text, self.ref_end, self.span[0])
            and not self._ref_digresses()
        ):
            return self.ref.start
        return self.dct or date(UNKNOWN_YEAR, 1, 1)

    def _ref_digresses(self) -> bool:
        """True when the distant date last named came after a recent one in its sentence
        ("Talks began in March, after the loan agreed in April 2021 expired. The mission
        visited in May"): a look back from the story's own time, which the next sentence
        leaves again."""
        if self.dct is None or self.ref is None:
            return False
        ref_start = self._ref_start()
        if ref_start is None:
            return False
        dct, ref = self.dct, self.ref.start
        return any(
            e <= ref_start
            and same_sentence(self.text, e, ref_start)
            and abs((p.start - dct).days) < abs((p.start - ref).days)
            for s, e, p in self.dated
        )

    def _ref_in_aside(self) -> bool:
        """True when the last date named closed a relative clause set off by commas ("Chavez,
        who first won the presidency in 1998, had not been seen since ... Dec. 10"): the
        main clause is not set in its year."""
        if not re.match(r"\s*,", self.text[self.ref_end : self.span[0]]):
            return False
        before = self.text[max(0, self.ref_end - 120) : self.ref_end]
        return bool(_RELATIVE_ASIDE.search(before.rsplit(",", 1)[-1]))

    def _ref_start(self) -> int | None:
        """Where the last date named starts (None if it is not among the dated)."""
        return next((s for s, e, _ in reversed(self.dated) if e == self.ref_end), None)

    def _ref_closes_relative(self) -> bool:
        """True when the last date named ended a relative clause that closes a sentence
        before the current one ("... including a villa that police searched in February
        2024. The trial opened on Sept. 14"): a look back at one thing, not the story's
        time."""
        if self.ref is None or same_sentence(self.text, self.ref_end, self.span[0]):
            return False
        if not re.match(r"\s*[.!?]", self.text[self.ref_end : self.ref_end + 3]):
            return False
        ref_start = self._ref_start()
        if ref_start is None:
            return False
        before = self.text[max(0, ref_start - 80) : ref_start]
        return bool(_CLOSING_RELATIVE.search(before.rsplit(",", 1)[-1]))

    def place(
        self,
        make: Callable[[int], Period | None],
        *,
        default: str | None = None,
        named: bool = False,
    ) -> Period | None:
        """The occurrence of a yearless period (``make(year)``) the text means.

        ``named``: a day known by its name ("Black Friday", "Christmas Eve") is
        never a written date copied from a later report, so after a past
        reporting verb it is the one gone by, however close the next one is.

        Against a distant narrative date ("The war began in February 2014. On
        2 March, ..."): the closest occurrence, provided the story moves
        forward from that date within its year (a yearless date shares the year
        last stated); otherwise the one the tense points to from the DCT.
        """
        stated = _IN_YEAR.match(self.text, self.span[1])
        if stated is not None:  # "on the day before Thanksgiving in 1991"
            p = make(int(stated.group("y")))
            if p is not None:
                return p
        counted = _YEAR_COUNTED_AFTER.match(self.text, self.span[1])
        if counted is not None and self.dct is not None:
            # "pilgrims gathered during Ramadan last year", "Diwali next year": that year's
            p = make(self.dct.year + _YEAR_SHIFT[counted.group("rel").lower()])
            if p is not None:
                return p
        anchor = self.anchor_date()
        if anchor != self.dct:
            p = pick_year(make, anchor, FUTURE)  # the first one the story reaches from there
            moves_on = (  # "The war began in November 2014. In March, ..." is March 2015
                p is not None
                and (p.start - anchor).days <= _FORWARD_REACH
                and (
                    fronted(self.text, *self.span)
                    # "charged in September and convicted in January": the next step
                    or _NEXT_STEP.fullmatch(self.text, self.ref_end, self.span[0]) is not None
                    # "said in November 2024 he planned to retire in March": seen from then
                    or (
                        self.tense() == FUTURE_IN_PAST
                        and same_sentence(self.text, self.ref_end, self.span[0])
                    )
                )
                and "\n" not in self.text[self.ref_end : self.span[0]]  # not a new bullet
            )
            if p is not None and (p.start.year == anchor.year or moves_on):
                return p
        tense = self.tense()
        if named and tense == REPORTED:
            tense = PAST  # "Retailers reported record sales on Black Friday" a week before it
        return pick_year(make, self.dct or anchor, tense, default=default)

    def narrative(self) -> tuple[date, str]:
        """The narrative reference date and its anchor label (falls back to the DCT)."""
        if self.ref is not None and self.ref.year_known:
            return self.ref.start, "narrative"
        return (self.dct or date(UNKNOWN_YEAR, 1, 1)), "dct"


_RELATIVE_ASIDE = re.compile(r"\b(?:who|which|whose|whom)\b")
# a relative clause closing its sentence: "a villa in the Algarve that police searched in
# February 2024." (not a reported clause: "the evidence showed that ...", "said that ...")
_CLOSING_RELATIVE = re.compile(
    r"\b(?:who|which|whom|(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bknow\s)"
    r"(?<!\bthink\s)(?<!\bbelieve\s)(?<![a-z]ed\s)that)\s+(?:[\w'’-]+\s+){1,8}?"
    r"(?:in|on|during|since)\s+$",
    re.I,
)


def same_sentence(text: str, start: int, end: int) -> bool:
    """True when no sentence ends between ``start`` and ``end`` (at most 150 characters)."""
    # (a dateline is a boundary: "... running in 2013 NEUVILLE-SUR-SAONE, France, May 12")
    return 0 <= end - start <= 150 and not re.search(
        r"[.!?;]\s|\n|\b[A-Z]{3,}(?:[ -][A-Z]{2,})*[ \t]*,", text[start:end]
    )


Normaliser = Callable[[re.Match[str], Frame], Reading | None]
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(*kinds: str) -> Callable[[Normaliser], Normaliser]:
    def register(fn: Normaliser) -> Normaliser:
        for kind in kinds:
            NORMALISERS[kind] = fn
        return fn

    return register


def optional_group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def date_reading(
    p: Period, *, explicit: bool, anchor: str | None = None, mod: str | None = None
) -> Reading:
    return Reading("DATE", p.value, p, mod=mod, anchor=anchor, explicit_year=explicit)


def year_of(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip()
    if t.isdigit():
        return int(t)
    return year_words(t)


_UNITS_WORDS = {w: n for w, n in (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9))}  # fmt: skip


def year_words(text: str) -> int | None:
    """1997 for "nineteen ninety-seven", 2000 for "two thousand"."""
    words = re.split(r"[\s-]+", text.lower())
    words = [w for w in words if w not in ("and", "hundred", "the", "year")]
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest or 0)
    head = number_value(words[0])
    tail = number_value("-".join(words[1:])) if words[1:] else None
    if head is None or tail is None:
        return None
    return int(head) * 100 + int(tail)


def day_number(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None
