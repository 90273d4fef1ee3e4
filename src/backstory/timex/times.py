"""Normalisers of clock times ("3 p.m. EST", "noon") and named days ("Christmas",
"Thanksgiving", "Election Day", "Ramadan"; their days are in ``holidays.py``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from backstory.timex.anchor import FUTURE, PAST, REPORTED, TIMETABLE, participle
from backstory.timex.calendar import UNKNOWN_YEAR, Period
from backstory.timex.holidays import holiday_days, islamic_spans
from backstory.timex.lexicon import WEEKDAY_FULL, number_value
from backstory.timex.patterns import PATTERNS
from backstory.timex.reading import (
    NARRATIVE_REACH,
    NORMALISERS,
    Frame,
    Reading,
    date_reading,
    normaliser,
    same_sentence,
    year_of,
)

# ---- times -------------------------------------------------------------------


# "10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)": the day
# named just after the clock time, past a parenthesis giving it in another zone
_DAY_AFTER_ASIDE = re.compile(
    r"\s*\((?:[^()]{0,30}?\s)?(?="
    + WEEKDAY_FULL
    + r"\s*\))|\s*\([^()]{0,30}\)\s*(?:on\s+)?(?="
    + WEEKDAY_FULL
    + ")"
)


def _day_after(ctx: Frame, end: int) -> Reading | None:
    aside = _DAY_AFTER_ASIDE.match(ctx.text, end)
    if aside is None:
        return None
    weekday = next(p for p in PATTERNS if p.kind == "weekday")
    wm = weekday.regex.match(ctx.text, aside.end())
    return NORMALISERS["weekday"](wm, ctx) if wm is not None and not wm.group("rel") else None


# the other zone's clock time inside the aside that names the day: "(2300 GMT Tuesday)"
_ASIDE_CLOCK = re.compile(
    r"\s*\(\s*(?P<h>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?:GMT|UTC|Z)\s+" + WEEKDAY_FULL + r"\s*\)"
)


def _aside_shift(text: str, end: int, clock: tuple[int, int] | None) -> int:
    """Days from the day an aside names for its own zone's clock to the day of the local
    clock before it: "3 a.m. local time (2300 GMT Tuesday)" is on Wednesday (+1)."""
    aside = _ASIDE_CLOCK.match(text, end)
    if aside is None or clock is None:
        return 0
    gap = clock[0] * 60 + clock[1] - (int(aside.group("h")) * 60 + int(aside.group("mi")))
    return 1 if gap < -12 * 60 else -1 if gap > 12 * 60 else 0


# a clock time of every day: "the museum is open daily from 9 a.m. to 5 p.m."
_EVERY_DAY = re.compile(
    r"\b(?:daily|nightly|every\s+(?:day|morning|evening|night|weekday)|each\s+(?:day|morning|"
    r"evening|night)|on\s+weekdays|usually|typically|normally)\b"
    # opening days: "is open Monday to Saturday, 10am to 6pm"
    r"|\bopens?\b[^.;!?]{0,30}?\b(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:to|through|thru|-|–)\s"
    r"*(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    re.I,
)
_NOT_EVERY_DAY = re.compile(r"\b(?:was|were|had|did|will|yesterday|today|tomorrow|tonight)\b", re.I)


def _daily(text: str, start: int, end: int) -> bool:
    """True when the clause of a clock time at ``start``-``end`` tells of every day, in the
    present ("the shop opens at 9am every day"; not "was open daily until 6 p.m.")."""
    # (the dots of "a.m." end no sentence)
    left = re.sub(r"\b([ap])\.\s?m\.", r"\1m", text[max(0, start - 80) : start], flags=re.I)
    right = re.sub(r"\b([ap])\.\s?m\.", r"\1m", text[end : end + 60], flags=re.I)
    clause = re.split(r"[.;!?]\s", left)[-1] + " " + re.split(r"[.;!?](?:\s|$)", right)[0]
    return bool(_EVERY_DAY.search(clause)) and not _NOT_EVERY_DAY.search(clause)


def _time_base(
    ctx: Frame, start: int, end: int | None = None, clock: tuple[int, int] | None = None
) -> tuple[date, bool, str]:
    """The day a bare clock time belongs to: a date just before it in the text, a weekday
    just after a parenthesis that follows it, else the DCT - the day before when a past
    tense puts the ``clock`` time well after the publication time ("the shots rang out
    shortly before midnight", published at 9 a.m.), the day after for a future well before."""
    if (
        ctx.ref is not None
        and ctx.ref.gran in ("day", "pod", "time")
        and (0 <= start - ctx.ref_end < 60 or same_sentence(ctx.text, ctx.ref_end, start))
    ):
        if _morning_after(ctx.ref, clock) and 0 <= start - ctx.ref_end < 60:
            # "on Friday night at 2 a.m.": the night's small hours, on the Saturday
            return ctx.ref.start + timedelta(days=1), ctx.ref.year_known, "narrative"
        if same_sentence(ctx.text, ctx.ref_end, start) or not ctx.ref.year_known:
            return ctx.ref.start, ctx.ref.year_known, "narrative"
        return _scene_day(ctx, ctx.ref, clock, start), True, "narrative"
    day = _day_after(ctx, end) if end is not None else None
    if day is not None and day.period is not None:
        shift = _aside_shift(ctx.text, end, clock) if end is not None else 0
        return day.period.start + timedelta(days=shift), day.period.year_known, day.anchor or "dct"
    if ctx.dct is not None and end is not None and _daily(ctx.text, start, end):
        return date(UNKNOWN_YEAR, 1, 1), False, "dct"  # "open daily from 9 a.m.": any day
    if ctx.dct is not None:
        tense = ctx.tense()
        if (
            tense in (PAST, REPORTED, FUTURE)
            and ctx.ref is not None
            and ctx.ref.gran in ("day", "pod", "time")
            and ctx.ref.year_known
            and ctx.near_reference()
        ):
            return (
                _scene_day(ctx, ctx.ref, clock, start),
                True,
                "narrative",
            )  # "killed Thursday evening ... around 7:15 p.m."
        published = ctx.dct_time
        if clock is None or published is None or (published.hour, published.minute) == (0, 0):
            return ctx.dct, True, "dct"  # no time of publication to compare with
        if end is not None and _OTHER_ZONE.search(ctx.text, start, end + 16):
            return (
                ctx.dct,
                True,
                "dct",
            )  # "at 13:00 local time": another clock than the publication's
        gap = clock[0] * 60 + clock[1] - (published.hour * 60 + published.minute)
        if tense in (PAST, REPORTED) and gap > _CLOCK_MARGIN:
            return ctx.dct - timedelta(days=1), True, "dct"
        if tense == FUTURE and gap < -_CLOCK_MARGIN:
            return ctx.dct + timedelta(days=1), True, "dct"
        return ctx.dct, True, "dct"
    return date(UNKNOWN_YEAR, 1, 1), False, "dct"


def _morning_after(scene: Period, clock: tuple[int, int] | None) -> bool:
    """Whether a morning ``clock`` time told after a night comes when that night is over
    ("Crews worked through the night. ... in a video posted at 7 a.m.": the next day)."""
    return scene.gran == "pod" and scene.pod == "NI" and clock is not None and clock[0] < 12


def _scene_day(ctx: Frame, ref: Period, clock: tuple[int, int] | None, start: int) -> date:
    """The day the story is at for a clock time told after the last day named: the
    latest day named that sets a scene - not one told in a look back ("The suspect had
    been released on Friday."), one a report was made on ("Police said Monday that"), or
    an earlier day named after a later one in its sentence ("on Tuesday, days after an
    attack on Saturday"); the morning after a night."""
    days = [
        (s, e, p)
        for s, e, p in ctx.dated
        if e <= ctx.ref_end
        and ctx.ref_end - e <= NARRATIVE_REACH
        and p.gran in ("day", "pod", "time")
        and p.year_known
    ]
    scene = next((p for s, e, p in reversed(days) if not _background(ctx.text, s, e, p, days)), ref)
    night = next(
        (
            p
            for s, e, p in reversed(ctx.dated)
            if ctx.ref_end <= s and e <= start and p.start == scene.start
        ),
        scene,
    )  # "crews flown in on Wednesday worked through the night": that day's night
    return scene.start + timedelta(days=1) if _morning_after(night, clock) else scene.start


_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|added|stated)\s+(?:on\s+|late\s+|early\s+)?$"
)


def _background(
    text: str, start: int, end: int, day: Period, days: list[tuple[int, int, Period]]
) -> bool:
    """True when the day named at ``start``-``end`` does not set the story's scene."""
    if _looks_back(text, end) or _REPORTED_ON.search(text, max(0, start - 30), start):
        return True
    return any(
        s < start and p.start > day.start and same_sentence(text, e, start) for s, e, p in days
    )


# a sentence in the past perfect ("had been released", "had already left")
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:not|already|just|previously|been)\s+)*(?P<w>[a-z]+)\b")


def _looks_back(text: str, end: int) -> bool:
    """True when the sentence around ``end`` (the end of a date) is in the past perfect."""
    head = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[head : min(stops) if stops else len(text)]
    return any(participle(m.group("w")) for m in _PLUPERFECT.finditer(sentence))


# minutes: the text's clock may be another zone's than the publication time's, so only a
# clock time this far after (before) it is read as the day before (after)
_CLOCK_MARGIN = 180
_OTHER_ZONE = re.compile(r"\b(?:local|[A-Z][a-z]+)\s+time\b")


def _clock(ctx: Frame, m: re.Match[str], hour: int, minute: int) -> Reading:
    base, known, anchor = _time_base(ctx, m.start(), m.end(), (hour, minute))
    p = Period("time", base, known, hour=hour, minute=minute)
    if not known:
        value = f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
        return Reading("TIME", value, None, anchor=anchor)
    return Reading("TIME", p.value, p, anchor=anchor)


@normaliser("time_ampm")
def _time_ampm(m: re.Match[str], ctx: Frame) -> Reading | None:
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    pm = m.group("ap").lower().startswith("p")
    if h == 12:
        h = 12 if pm else 0
    elif pm:
        h += 12
    return _clock(ctx, m, h, mi)


@normaliser("time_hhmm")
def _time_hhmm(m: re.Match[str], ctx: Frame) -> Reading | None:
    for h, mi in (("h", "mi"), ("h2", "mi2"), ("h3", "mi3")):
        if m.group(h) is not None:
            return _clock(ctx, m, int(m.group(h)), int(m.group(mi)))
    return None


@normaliser("time_24")
def _time_24(m: re.Match[str], ctx: Frame) -> Reading | None:
    before = ctx.text[max(0, m.start() - 10) : m.start()]
    after = ctx.text[m.end() : m.end() + 3]
    if re.search(
        r"(?:\d[:.-]|score[sd]?\s|[Jj]ohn\s|[Ll]uke\s|[Mm]atthew\s|[Mm]ark\s)$", before
    ) or re.match(r"[-–]\d", after):
        return None
    return _clock(ctx, m, int(m.group("h")), int(m.group("mi")))


_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past)\s+$", re.I)


@normaliser("time_word")
def _time_word(m: re.Match[str], ctx: Frame) -> Reading | None:
    w = m.group("w").lower().replace("-", "")
    if w in ("noon", "midday"):
        return _clock(ctx, m, 12, 0)
    if w == "midnight":
        # "shortly after midnight (on Sunday)": the small hours, the midnight that opens the
        # day; "before midnight", "at midnight Sunday" (a deadline): the one that ends it
        hour = 0 if _AFTER_MIDNIGHT.search(ctx.text, max(0, m.start() - 16), m.start()) else 24
        base, known, anchor = _time_base(ctx, m.start(), m.end(), (hour, 0))
        p = Period("time", base, known, hour=hour, minute=0)
        return Reading(
            "TIME",
            p.value if known else f"XXXX-XX-XXT{hour:02d}:00",
            p if known else None,
            anchor=anchor,
        )
    pod = {"midmorning": "MO", "midafternoon": "AF", "midday": "MI"}.get(w.replace(" ", ""), "MO")
    base, known, anchor = _time_base(ctx, m.start(), m.end())
    p = Period("pod", base, known, pod=pod)
    return Reading("TIME", p.value, p, mod="MID", anchor=anchor)


# "Dawn raids on Tuesday", "a dawn attack on the town on 3 May": the day the deed is dated
# by, a few words on in the same clause
_DEED_DAY = re.compile(r"[ \t][a-z]+(?:[ \t][^.;:!?,\n]{0,40}?)?[ \t]on[ \t]+(?=\S)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]['\"”’]?\s+|\n\s*|^['\"“‘]|\s['\"“‘])$")


# "overnight in the capital on Wednesday": a day named later in the clause
_LATER_DAY = re.compile(r"(?:[ \t][^.;:!?,\n]{0,50}?)?[ \t]on[ \t]+(?=\S)")


def _deed_day(ctx: Frame, end: int, after: re.Pattern[str] = _DEED_DAY) -> Reading | None:
    """The day named after "dawn raids ... on": a weekday or a day and month."""
    found = after.match(ctx.text, end)
    if found is None:
        return None
    for kind in ("weekday", "date_dm", "date_md"):
        pattern = next(p for p in PATTERNS if p.kind == kind)
        day = pattern.regex.match(ctx.text, found.end())
        if day is not None and not day.groupdict().get("rel"):
            return NORMALISERS[kind](day, ctx)
    return None


@normaliser("time_dawn")
def _time_dawn(m: re.Match[str], ctx: Frame) -> Reading | None:
    """Dawn and daybreak are the morning's start, dusk and nightfall the evening's.

    Before a noun ("a dawn raid") the word is capitalised only where a sentence
    opens ("Dawn raids on Tuesday netted ..."): elsewhere "Dawn" is a name (the
    newspaper, a person); the day is the one the deed is dated by, if any."""
    w = (m.group("w") or m.group("wa")).lower()
    pod = "MO" if w in ("dawn", "daybreak", "sunrise") else "EV"
    mod: str | None = None if w in ("sunset", "sundown") else "START"
    if m.group("wa"):
        if m.group("wa")[0].isupper() and not _SENTENCE_OPENS.search(
            ctx.text, max(0, m.start() - 4), m.start()
        ):
            return None
        day = _deed_day(ctx, m.end())
        if day is not None and day.period is not None and day.period.gran == "day":
            p = Period("pod", day.period.start, day.period.year_known, pod=pod)
            return Reading("TIME", p.value, p, mod=mod, anchor=day.anchor)
    base, known, anchor = _time_base(ctx, m.start(), m.end())
    p = Period("pod", base, known, pod=pod)
    return Reading("TIME", p.value, p, mod=mod, anchor=anchor)


# "overnight rates", "an overnight success", "an overnight bag": a kind of thing, no night
_OVERNIGHT_THINGS = frozenset(
    (
        "rate", "rates", "lending", "loan", "loans", "deposit", "deposits", "money", "repo",
        "repos", "index", "funds", "fund", "interbank", "borrowing", "borrowings", "call", "swap",
        "swaps", "success", "successes", "sensation", "star", "stars", "celebrity", "bag", "bags",
        "stay", "stays", "train", "trains", "flight", "flights", "shift", "shifts", "bus", "buses",
        "camp", "guest", "guests", "delivery", "shipping", "trip", "trips", "ferry", "oats",
        "parking", "curfew", "curfews"
    )
)  # fmt: skip
# "it did not happen overnight", "almost overnight": suddenly, not a night
_SUDDENLY = re.compile(
    r"\b(?:almost|virtually|nearly|practically|seemingly|literally|not|never|happen(?:s|ed)?|"
    r"chang(?:e|es|ed)|transform(?:s|ed)?|disappear(?:s|ed)?|vanish(?:es|ed)?|fame)\b"
    r"(?:[^.;:!?,\n]{0,30}\s)?$|n['’]t\b(?:[^.;:!?,\n]{0,30}\s)?$",
    re.I,
)


# "overnight into Sunday", "overnight Saturday into Sunday"
_INTO_DAY = re.compile(r"[ \t]+(?:(?:on[ \t]+)?" + WEEKDAY_FULL + r"[ \t]+)?into[ \t]+(?=\S)")


@normaliser("time_overnight")
def _overnight(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "Overnight, rebels shelled the city": the night before the day the clause is about
    (a day named just before, else the publication day); the coming night in a future
    ("rain will fall overnight"). The day told of is one named before in the sentence, or
    later in its clause ("gathered overnight in the capital on Wednesday"), else the
    publication day: a day named in an earlier sentence may be the story's background
    ("the quake struck on Tuesday. ... overnight the capital was dark", published on
    Wednesday, is Tuesday's night). TIME with the night's own interval (21:00 to 06:00)."""
    noun = re.match(r"[ \t]+([a-z]+|\d)", ctx.text[m.end() : m.end() + 24])
    if noun is not None and (noun.group(1) in _OVERNIGHT_THINGS or noun.group(1).isdigit()):
        return None  # (a rate quoted after it: "overnight 4-1/4")
    if _SUDDENLY.search(ctx.text, max(0, m.start() - 50), m.start()):
        return None
    if ctx.dct is None or ctx.dry:
        return Reading("TIME", "XXXX-XX-XXTNI", anchor="dct")
    base, anchor = ctx.dct, "dct"
    ref = ctx.ref
    later = _deed_day(ctx, m.end(), _LATER_DAY)
    into = _deed_day(ctx, m.end(), _INTO_DAY)
    if into is not None and into.period is not None and into.period.gran == "day":
        # "storms are expected overnight into Sunday": the night that ends on that day
        night = into.period.start - timedelta(days=1)
        p = Period("pod", night, pod="NI")
        r = Reading("TIME", p.value, p, anchor="dct")
        r.begin = f"{night.isoformat()}T21:00"
        r.end = f"{into.period.start.isoformat()}T05:59"
        return r
    if (
        ref is not None
        and ref.gran in ("day", "pod", "time")
        and ref.year_known
        and same_sentence(ctx.text, ctx.ref_end, m.start())
    ):
        base, anchor = ref.start, "narrative"  # "On Tuesday, ... overnight"
    elif later is not None and later.period is not None and later.period.gran == "day":
        base, anchor = later.period.start, "dct"  # "gathered overnight ... on Wednesday"
    evening = (
        anchor == "narrative"
        and ref is not None
        and (
            (ref.gran == "time" and (ref.hour or 0) >= 18)
            or (ref.gran == "pod" and ref.pod in ("EV", "NI"))
        )
    )
    # ("polls closed at 10pm on Thursday and counting began overnight": Thursday's night)
    future = ctx.tense() in (FUTURE, TIMETABLE)
    night = base if future or evening else base - timedelta(days=1)
    p = Period("pod", night, pod="NI")
    r = Reading("TIME", p.value, p, anchor=anchor)
    r.begin = f"{night.isoformat()}T21:00"
    r.end = f"{(night + timedelta(days=1)).isoformat()}T05:59"
    return r


_CLOCK_PREPOSITION = re.compile(
    r"\b(?:at|by|until|till|from|before|after|at\s+around|at\s+about)\s+$", re.I
)


@normaliser("time_past_to")
def _time_past_to(m: re.Match[str], ctx: Frame) -> Reading | None:
    """ "half past five", "a quarter to nine": the clock time (an hour without a.m. or p.m.
    is read as written, as "five o'clock" is); only after a preposition of time."""
    if not _CLOCK_PREPOSITION.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "the court voted five to four"
    q = re.sub(r"\s+", " ", m.group("q").lower()).removeprefix("a ").removesuffix(" minutes")
    minutes = {"half": 30, "quarter": 15}.get(q)
    if minutes is None:
        value = number_value(q.replace("-", " "))
        if value is None or not 0 < value < 60:
            return None
        minutes = int(value)
    hour_value = number_value(m.group("h"))
    if hour_value is None:
        return None
    h = int(hour_value)
    if m.group("dir").lower() == "to":
        if q == "half":
            return None  # ("half to": no English clock time)
        h, minutes = (h - 1) % 12 or 12, 60 - minutes
    ap, pod = (m.group("ap") or "").lower(), (m.group("pod") or "").lower()
    if (ap.startswith("p") or pod in ("afternoon", "evening")) and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    return _clock(ctx, m, h, minutes)


@normaliser("time_oclock", "time_in_the")
def _time_hour(m: re.Match[str], ctx: Frame) -> Reading | None:
    h_val = number_value(m.group("h"))
    if h_val is None or not 0 <= h_val <= 24:
        return None
    h = int(h_val)
    pod = (m.group("pod") or "").lower()
    if pod in ("afternoon", "evening") and h < 12:
        h += 12
    minute = m.group("mi") if "mi" in m.re.groupindex else None
    return _clock(ctx, m, h, int(minute or 0))


# ---- named days --------------------------------------------------------------


_NOT_THE_DAY = re.compile(
    r"\b(?:Happy|Merry|Lunar|Chinese|Vietnamese|Korean|Persian|Iranian|Jewish|Hebrew|Islamic|Hijri|Orthodox|Coptic|Ethiopian|Thai)\s+$"
)


def _holiday_period(gran: str, days: tuple[date, date]) -> Period:
    """The holiday's day, week or weekend; a Monday holiday's weekend is the long one just
    before it ("Memorial Day weekend", "the Easter Monday weekend"); a holy month is the
    month that holds most of it (its days are the reading's interval)."""
    d, last = days
    if last != d:
        return Period.of("month", d + (last - d) / 2)
    if gran == "weekend" and d.weekday() == 0:
        return Period.of(gran, d - timedelta(days=2))
    return Period.of(gran, d)


def _holiday_reading(p: Period, name: str, *, explicit: bool) -> Reading | None:
    """The reading of a holiday placed in ``p``, a holy month with its own days."""
    r = date_reading(p, explicit=explicit, anchor=None if explicit else "dct")
    if p.gran == "month":
        # (begun in the month's year, or in December the year before)
        spans = islamic_spans(name, p.start.year - 1) + islamic_spans(name, p.start.year)
        inside = [(a, b) for a, b in spans if p.start <= a + (b - a) / 2 <= p.bounds()[1]]
        if not inside:
            return None
        r.begin, r.end = inside[0][0].isoformat(), inside[0][1].isoformat()
    return r


@normaliser("holiday")
def _holiday(m: re.Match[str], ctx: Frame) -> Reading | None:
    name = m.group("h")
    if _NOT_THE_DAY.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "Lunar New Year", "Orthodox Christmas": another calendar; "Happy New Year"
    y = year_of(m.group("y"))
    gran = (m.group("wk") or "day").lower()  # "Easter week", "Thanksgiving weekend"
    if re.fullmatch(r"Holy\s+Week", name):
        gran = "week"  # the week of Easter's Thursday, Friday and Saturday
    if y is not None:
        days = holiday_days(name, y)
        return _holiday_reading(_holiday_period(gran, days), name, explicit=True) if days else None
    if ctx.dct is None:
        return Reading("DATE", "XXXX-XX-XX")

    def make(year: int) -> Period | None:
        days = holiday_days(name, year)
        return _holiday_period(gran, days) if days else None

    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel:
        # "last Thanksgiving": the one before the publication day; "next Easter" the one
        # after it; "this Christmas" the one of the publication year
        dct = ctx.dct
        options = [p for y in (dct.year - 1, dct.year, dct.year + 1) if (p := make(y))]
        if rel in ("last", "past", "this past"):
            chosen = [p for p in options if p.bounds()[1] < dct][-1:]
        elif rel in ("next", "coming", "this coming"):
            chosen = [p for p in options if p.start > dct][:1]
        else:
            chosen = [p for p in options if p.start.year == dct.year]
        return _holiday_reading(chosen[0], name, explicit=False) if chosen else None
    p = ctx.place(make, named=True)
    return _holiday_reading(p, name, explicit=False) if p else None
