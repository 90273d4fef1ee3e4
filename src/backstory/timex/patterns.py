"""The surface patterns of temporal expressions, one regex per kind.

Each pattern is matched over the whole text with ``finditer`` (one linear
pass per pattern, no nested unbounded repetition, so matching stays linear
in the text length). A named group ``x``, when present, is the extent of the
expression inside a larger match (e.g. the dates of "between 3 and 5 May"
without "between"). The kind name selects the normaliser in
``normalise.py``.

Extent conventions follow the TimeML guidelines: determiners and
modifiers ("the", "last", "early", "about") are inside, prepositions and
bound signals ("on", "since", "by", "as early as") outside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backstory.timex.lexicon import (
    AMPM,
    DAWN_NOUNS,
    DAY,
    MONTH,
    MONTH_FULL,
    NAMED_DATES,
    NUMBER,
    NUMWORD,
    ORDINAL,
    QUARTER_ORDINAL,
    SEASON,
    UNIT,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR,
    ZONE,
)

# left boundary: not inside a word or a hyphenated compound ("mid-1996" is
# matched because recognition scans a copy of the text with such prefix
# hyphens turned into spaces, see ``recognise.scan_copy``)
B = r"(?<![\w'’-])"
E = r"(?![\w])"


@dataclass(frozen=True)
class Pattern:
    """A pattern kind, its regex, and words one of which any match contains (lower case)."""

    kind: str
    regex: re.Pattern[str]
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        """False when no match is possible in the text (none of the needed words occurs)."""
        return not self.needs or any(w in lowered for w in self.needs)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNITS = ("sec", "min", "hour", "hr", "day", "night", "week", "fortnight", "month", "quarter", "year",
          "decade", "centur", "millenni")  # fmt: skip
_RELATIVE_UNITS = (
    "week",
    "month",
    "year",
    "decade",
    "century",
    "day",
    "morning",
    "afternoon",
    "evening",
    "night",
)
# A cheap first filter: a pattern is only run over a text that contains one of these words.
NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("-", "/"),
    "range_dm": _MONTHS, "range_md": _MONTHS, "range_cross": _MONTHS, "date_dm": _MONTHS, "date_md": _MONTHS,
    "date_words": _MONTHS, "date_ord_of": _MONTHS, "date_ord_rel": ("month",), "month_year": _MONTHS, "month": _MONTHS,
    "year_words": ("nineteen", "thousand"),
    "fiscal_short": ("fy", "fiscal"),
    "decade": ("0s", "0's", "0’s"),
    "decade_words": ("ties",),
    "century": ("century",),
    "quarter": ("quarter",),
    "quarter_pair": ("quarters",),
    "half": ("half", "two quarters"),
    "month_half": ("half of",),
    "full_year": ("full-year", "full year"),
    "year_short": (" '", " ’"),
    "half_code": ("h1", "h2", "1h", "2h"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "yearend": ("end", "turn of"),
    "fin_period": ("period", "months", "year-"),
    "deictic": ("today", "tomorrow", "yesterday", "tonight"),
    "relunit": _RELATIVE_UNITS,
    "unit_rel": _RELATIVE_UNITS,
    "earlier_rel": ("earlier", "later"),
    "weekday": ("day",),
    "ago": ("ago", "earlier", "later", "from now", "hence", "back", "after that", "before that",
            "on,", "on ,"),
    "week_of_month": ("week of", "weekend of", "weekend in", "week in", "day of", "day in"),
    "week_number": ("week ",),
    "weekday_of_month": ("day of", "day in"),
    "weekday_dom": ("day", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "nth_day": (" day",),
    "day_of_month": ("the 1", "the 2", "the 3", "the 4", "the 5", "the 6", "the 7", "the 8", "the 9"),
    "month_span": ("-to-", "-through-", "-till-", "-until-", "-", "–", "—"),
    "duration": _UNITS, "duration_range": _UNITS, "units": _UNITS,
    "some_time": ("some time", "a while"),
    "season_ref": ("season",),
    "fortnight_rel": ("fortnight", " hour"),
    "unit_two_off": ("before last", "after next"),
    "mid_unit": ("midweek", "mid-week", "mid week", "midmonth", "mid-month", "mid month", "midyear",
                 "mid-year", "mid year"),
    "set_every": ("every", "each", "per"),
    "set_freq": ("once", "twice", "thrice", "times"),
    "set_adverb": ("hourly", "daily", "nightly", "weekly", "monthly", "annually", "yearly"),
    "set_weekdays": ("days", "nights", "mornings", "evenings", "afternoons", "weekends", "weekdays"),
    "time_ampm": ("m",),
    "time_24": (":",),
    "time_word": ("noon", "midnight", "midday", "morning", "afternoon"),
    "time_dawn": ("dawn", "dusk", "daybreak", "sunrise", "sunset", "sundown", "nightfall"),
    "time_overnight": ("overnight",),
    "named_date": (*NAMED_DATES, "11 attack", "11 hijack", "11 terror", "11 commission",
                   "11 memorial", "11 victims", "11 plot", "11, 2001 attack", "jan. 6", "january 6",
                   "jan 6", "oct. 7", "october 7", "oct 7"),
    "to_date": ("to date", "to-date", "ytd", "mtd", "qtd"),
    "time_year_off": ("time last year", "time next year"),
    "week_today": ("week today", "week tomorrow", "week yesterday", "fortnight today",
                   "fortnight tomorrow", "fortnight yesterday"),
    "unit_event": (" before ", " after "),
    "units_event": (" before ", " after ", " following ", " preceding ", " since ", " ahead of ",
                    " up to "),
    "time_oclock": ("clock",),
    "time_past_to": (" past ", "quarter to ", "ten to ", "five to ", "twenty to "),
    "time_in_the": ("in the",),
    "holiday": ("christmas", "new year", "thanksgiving", "easter", "independence", "labor", "labour",
                "memorial", "election day", "halloween", "valentine", "veterans", "boxing", "good friday",
                "palm sunday", "ash wednesday", "maundy", "holy saturday", "holy thursday", "holy week", "pentecost", "whit", "ascension",
                "luther king", "mlk", "president", "mother", "father", "columbus", "juneteenth", "patrick",
                "remembrance", "armistice", "bastille", "canada day", "australia day", "anzac", "may day",
                "fawkes", "bonfire", "inauguration", "earth day", "ve day", "v-e day", "ramadan",
                "eid", "patriot", "groundhog", "flag day", "cinco de mayo", "spring festival", "holi", "diwali", "deepavali",
                "black friday", "cyber monday"),
    "vague": ("now", "current", "present", "days", "recent", "late", "previous", "former", "earlier",
              "soon", "future", "past", "term", "possible", "later", "time being"),
}  # fmt: skip


_WEEKDAY_PLURAL = "(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)"
# (a comma may stand apart in tokenised text: "Sept. 11 , 2001", "Wednesday , February 11")
_ORD_SPELT = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
    r"thirty[- ]first)"
)
# a day set or moved to a date: "rearranged for the 30th", "adjourned to the 3rd"
_RESET_FOR = (
    r"(?:(?:re)?scheduled|re-?arranged|set|planned|slated|fixed|pencill?ed\s+in|booked|listed"
    r"|called|due)"
)
_RESET_TO = (
    r"(?:moved|pushed\s+back|put\s+back|brought\s+forward|postponed|delayed|adjourned"
    r"|deferred|switched|shifted|(?:re)?scheduled|re-?arranged|extended)"
)
# a month abbreviated alone after a preposition, as wire copy has it: "rose 2.1% in Oct.",
# "a cut in mid-Nov." (seen as "mid Nov."; a dot, or one of the abbreviations that are no word or name)
_MONTH_ABBR_ALONE = (
    r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bduring\s)"
    r"|(?<=\bfrom\s)|(?<=\bmid\s)|(?<=\bearly\s)|(?<=\blate\s))"
    r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Feb|Aug|Sept|Oct|Nov|Dec)\b(?![.'’-]))"
)
# An ordinal that heads a phrase of its own is no day of a month: "on Sunday, the 18th
# consecutive night of protests", "on the 18th straight day", "the 3rd annual summit".
_NO_NOUN_AFTER = (
    r"(?!\s+(?:consecutive|straight|successive|annual|day|days|night|nights|week|weeks|month"
    r"|months|year|years|time|times|round|edition|anniversary|session|meeting|game|match"
    r"|stage|lap|minute|largest|biggest|place|birthday|hour|hours|floor)\b)"
)
_ORD_WORDS = rf"(?:{_ORD_SPELT}|21st|\d{{1,2}}(?:st|nd|rd|th))"
# "last" after a modal or "to" is the verb ("the mission will last six months")
# (the check is made after "last" has matched: it runs only where "last" is)
_LAST_NOT_VERB = "last" + "".join(
    rf"(?<!\b{w}\slast)"
    for w in ("will", "would", "to", "could", "can", "may", "might", "must", "should", "'ll")
)
# a day with a name of its own is not that week's weekday ("Black Friday", "Super Tuesday")
_NAMED_DAY_NOT = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "Black",
        "Super",
        "Bloody",
        "Cyber",
        "Ash",
        "Holy",
        "Maundy",
        "Palm",
        "Shrove",
        "Giving",
    )
)
# "the last Christmas", "his last Easter": the final one, not the one before now
_NOT_OWNED = "".join(
    rf"(?<!\b{w}\s)" for w in ("the", "The", "his", "her", "its", "their", "our", "my", "your")
)
_YEARWORD = (
    r"(?:nineteen(?:\s+hundred(?:\s+and)?)?|two\s+thousand(?:\s+and)?)(?:\s+|-)"
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine)|two\s+thousand"
)
_REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|following|current)"
# "14 October last year", "March 3 of next year": the year named relative to the DCT
_REL_YEAR = r"\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b"
_POD = r"(?:morning|afternoon|evening|night)"
# not right after a unit of time: "a week earlier on Monday" is "a week earlier" and the day
_NOT_AFTER_UNIT = "".join(
    rf"(?<!{u}\s)"
    for u in ("hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years")
)
# named days beyond the common ones (see ``holidays.py``)
_MORE_HOLIDAYS = (
    r"Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Holy\s+Saturday|Holy\s+Week|Pentecost(?:\s+Sunday)?"
    r"|Whit\s+(?:Sunday|Monday)|Ascension\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?(?:['’]s)?\s+Day"
    r"|MLK\s+Day|Presidents['’]?\s+Day|President['’]s\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day"
    r"|Columbus\s+Day|Juneteenth|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Remembrance\s+(?:Day|Sunday)"
    r"|Armistice\s+Day|Bastille\s+Day|Canada\s+Day|Australia\s+Day|(?:Anzac|ANZAC)\s+Day|May\s+Day"
    r"|Guy\s+Fawkes\s+(?:Night|Day)|Bonfire\s+Night"
    r"|Inauguration\s+Day|Earth\s+Day|VE\s+Day|V-E\s+Day|Ramadan"
    r"|Patriots['’]?\s+Day|Groundhog\s+Day|Flag\s+Day|Cinco\s+de\s+Mayo"
    r"|Eid[\s-](?:al|ul|el)[\s-](?:Fitr|Adha)|(?:Lunar|Chinese)\s+New\s+Year|Spring\s+Festival"
    r"|Holi(?![\w-])|Diwali|Deepavali|Black\s+Friday|Cyber\s+Monday"
)

_SPECS: list[tuple[str, str]] = [
    # a day known by a name of its own ("9/11"), not part of a longer date or fraction
    (
        "named_date",
        rf"{B}(?P<w>{'|'.join(re.escape(n) for n in NAMED_DATES)})(?![\w/.-]?\d)(?!\w)"
        # "the Sept. 11 attacks", "September 11 hijackers": the 2001 attacks by their date
        r"|(?P<nine>(?-i:Sept?\.?|September)\s+11)(?=,?\s+(?:20(?:01|02)\s+)?(?:attacks?|hijack\w*|terror\w*|commission|memorial|victims|plot)\b)"
        # "the Jan. 6 attack on the Capitol", "the Oct. 7 attack": the 2021 and 2023 attacks
        r"|(?P<six>(?-i:Jan\.?|January)\s+6)(?=,?\s+(?:2021,?\s+)?(?:attack|riot|insurrection|assault|rioters|committee|select\s+committee|defendants|hearings|prosecutions|pardons)\b)"
        r"|(?P<seven>(?-i:Oct\.?|October)\s+7)(?=,?\s+(?:2023,?\s+)?(?:attacks?|massacre|assault|raid|incursion|atrocities|onslaught|rampage|hostages)\b)",
    ),
    # ---- absolute calendar dates -------------------------------------
    # ("2024-10-25", and as East Asian and wire copy writes it, "2024/10/25")
    (
        "iso",
        rf"{B}(?P<y>\d{{4}})(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>[0-2]\d|3[01])"
        rf"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-])",
    ),
    (
        "numeric",
        rf"{B}(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{{4}}|\d\d)(?![\w/.]\d|\w)",
    ),
    (
        "range_dm",
        rf"{B}(?P<d1>{DAY})(?:\s*,\s*{DAY})*\s*(?:-|–|—|/|to|until|till|through|and)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:[ \t]?,?\s+(?P<y>{YEAR})|{_REL_YEAR})?",
    ),
    # across a month's end with a dash: "30 October-2 November", "Oct. 30-Nov. 2"
    (
        "range_cross",
        rf"{B}(?:(?P<d1>{DAY})\s+(?P<m1>{MONTH})\s*(?:-|–|—)\s*(?P<d2>{DAY})\s+(?P<m2>{MONTH})|(?P<m3>{MONTH})\s+(?P<d3>{DAY})\s*(?:-|–|—)\s*(?P<m4>{MONTH})\s+(?P<d4>{DAY}))(?:,?\s+(?P<y>{YEAR}))?",
    ),
    (
        "range_md",
        rf"{B}(?P<m>{MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|until|till|through|and)\s*(?P<d2>{DAY})(?:[ \t]?,?\s+(?P<y>{YEAR})|{_REL_YEAR})?",
    ),
    (
        "date_dm",
        rf"{B}(?:{_NAMED_DAY_NOT}(?P<wd>{WEEKDAY})[ \t]?,?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:[ \t]?,?\s+(?P<y>{YEAR})|{_REL_YEAR})?",
    ),
    (
        "date_md",
        rf"{B}(?:{_NAMED_DAY_NOT}(?P<wd>{WEEKDAY})[ \t]?,?\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})(?:[ \t]?,?\s+(?P<y>{YEAR})(?!,\d)|{_REL_YEAR})?",
    ),
    (
        "date_words",
        rf"{B}(?:{_NAMED_DAY_NOT}(?P<wd>{WEEKDAY})[ \t]?,?\s+)?(?:the\s+)?(?P<m>{MONTH_FULL})\s+(?P<dw>{_ORD_WORDS})(?:[ \t]?,?\s+(?P<y>{YEAR}))?",
    ),
    # "on the fourth of March", "the twenty-first of June, 1990"
    (
        "date_ord_of",
        rf"{B}(?:{_NAMED_DAY_NOT}(?P<wd>{WEEKDAY})[ \t]?,?\s+)?the\s+(?P<dw>{_ORD_SPELT})\s+of\s+(?P<m>{MONTH_FULL})(?:[ \t]?,?\s+(?P<y>{YEAR}))?{E}",
    ),
    # "on the first of next month", "by the 15th of this month", "the first day of next
    # month", "the last day of the month"
    (
        "date_ord_rel",
        rf"{B}the\s+(?:(?P<dw>{_ORD_WORDS})(?:\s+day)?|(?P<last>last|final)\s+day)\s+of\s+"
        rf"(?P<rel>this|next|last|the)\s+month{E}",
    ),
    ("month_year", rf"{B}(?P<m>{MONTH})(?:,|\s+of)?\s+(?P<y>{YEAR}|{_YEARWORD}){E}"),
    # "the October-to-December rains season", "a June-through-August drought"
    (
        "month_span",
        # "the July-September quarter (of 2018)", "the April-June period": that quarter
        rf"{B}(?:the\s+(?=\S+\s?[-–—]\s?\S+\s+(?:quarter|period)\b))?(?:(?P<m1>{MONTH_FULL})-(?:to|through|till|until)-(?P<m2>{MONTH_FULL})|(?P<a1>{MONTH})\s?[-–—]\s?(?P<a2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?(?:\s+(?P<q>quarter|period)(?:\s+of\s+(?:fiscal\s+)?(?P<qy>{YEAR}))?)?{E}",
    ),
    (
        "weekday_of_month",
        rf"{B}(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?P<wd>{WEEKDAY_FULL})\s+(?:of|in)\s+(?:(?P<m>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR}))?|(?P<each>each|every|the)\s+month){E}",
    ),
    # an epidemiological or statistical week: "cases peaked in week 14", "week 3 of 2026"
    # (not "week 12 of the season", a season's or trial's own count)
    (
        "week_number",
        rf"{B}(?-i:week|Week)\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\w.,:%/-]\d|[\w%-])"
        rf"(?:\s+of\s+(?P<y>{YEAR})\b)?(?!\s+of\s+(?:the|a|an|its|his|her|their|this)\b)",
    ),
    (
        "week_of_month",
        rf"{B}the\s+(?P<ord>first|second|third|fourth|last|final)\s+(?P<wk>week(?:end)?|day)\s+(?:of|in)\s+(?P<m>{MONTH_FULL})(?:[ \t]?,?\s+(?P<y>{YEAR}))?{E}",
    ),
    (
        "month",
        rf"{B}(?:(?:the\s+(?=following|previous))?(?P<rel>{_REL})\s+)?(?P<m>{MONTH_FULL}|{_MONTH_ABBR_ALONE})(?:\s+(?:of\s+)?(?P<rel2>this|last|next)\s+year)?",
    ),
    # wire-service clock times: "at 1400 GMT", "(2300 GMT Tuesday)", "at 1653 (2153 GMT)":
    # a zone, or the same time in another zone in brackets, is required; listed before
    # "year" so that "1653 (2153 GMT)" is a time
    (
        "time_hhmm",
        rf"{B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*(?P<tz>{ZONE})|(?=\s*\(\s*(?:[01]\d|2[0-3])[0-5]\d\s*{ZONE}))"
        # "at 0400 on Sunday", "at 0400 hours"
        rf"|(?<=\bat )(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)(?=\s+(?:on\s+[A-Z0-9]|hours?\b|hrs\b))"
        # "09.30 GMT" (a dot only with a zone: "3.5 percent" is no time)
        rf"|{B}(?P<h3>[01]?\d|2[0-3])\.(?P<mi3>[0-5]\d)\s*(?P<tz3>{ZONE})",
    ),
    ("year_range", rf"{B}(?P<y1>{YEAR})\s*(?:-|–|—|/)\s*(?P<y2>\d{{4}}|\d\d)(?![\w%/-])(?!\.\d)"),
    (
        "year",
        rf"{B}(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|(?:the\s+)?fiscal\s+year)[\s-]*)?(?P<y>{YEAR}){E}(?!['’]?s\b)",
    ),
    # "in '98", "the class of '04": a year of two digits after a preposition
    (
        "year_short",
        rf"{B}(?:in|since|of|from|until|till|by|before|after|and|to)\s+(?P<x>['’](?P<yy>\d\d))(?![\w'’%])(?![.,]\d)",
    ),
    # "FY24", "FY2025", "FY2025/26", "FY25-26": the fiscal year, valued by the year it ends in
    (
        "fiscal_short",
        rf"{B}(?:(?-i:FY)[\s-]?(?:(?P<y4>{YEAR})|(?P<yy>\d\d))(?:[/-](?P<ye>\d{{4}}|\d\d))?"
        # "fiscal 2025-26", "fiscal year 2023/24": one fiscal year across two
        rf"|fiscal(?:\s+year)?\s+(?P<fy4>{YEAR})[/-](?P<fye>\d{{4}}|\d\d))(?![\w/-])",
    ),
    ("year_words", rf"{B}(?:the\s+year\s+)?(?P<yw>{_YEARWORD}){E}"),
    (
        "decade",
        rf"{B}(?:the\s+)?(?:(?P<dm>early|mid|late)[- ]?)?(?P<dec>1\d\d0|20\d0|['’]\d0|\d0)['’]?s{E}",
    ),
    (
        "decade_words",
        rf"{B}(?:the\s+)?(?:(?P<dm>early|mid|late)[- ]?)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){E}",
    ),
    ("century", rf"{B}(?:the\s+)?(?:(?P<dm>early|mid|late)[- ])?(?P<n>{_ORD_WORDS})[- ]century{E}"),
    (
        "quarter",
        rf"{B}(?:(?P<det>the\s+last|the|this|that|last|next)\s+)?(?P<pre>(?:(?:{YEAR}|this\s+year's|last\s+year's|next\s+year's|year-earlier|year-ago|year\s+earlier|fiscal|current|latest|same|comparable|corresponding|most\s+recent|recent|previous|preceding|flat|strong|weak|difficult|seasonally\s+weak|seasonally\s+slow|{QUARTER_ORDINAL}|(?-i:March|June|September|December))[- ]+){{0,4}})(?P<q>quarter)(?!s){E}(?![-–]final)(?:\s+of\s+(?:fiscal\s+(?:year\s+)?|(?-i:FY)[\s-]?)?(?P<y>{YEAR}|(?<=FY)\d\d(?!\d)|this\s+year|last\s+year|next\s+year))?(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)))?",
    ),
    # "the second and fourth quarters (of 2024)": two quarters, each its own expression
    (
        "quarter_pair",
        rf"{B}(?P<q1>{QUARTER_ORDINAL})(?=\s+(?:and|or)\s+{QUARTER_ORDINAL}\s+quarters\b)"
        rf"|(?:(?<=\sand\s)|(?<=\sor\s))(?P<q2>{QUARTER_ORDINAL})\s+quarters{E}"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?",
    ),
    # "Q3 2024", "Q3'24", "3Q24" (as brokers write it)
    (
        "quarter_code",
        rf"{B}(?:(?-i:Q)(?P<qn>[1-4])(?:\s+|-|/|['’])?(?:(?-i:FY)[\s-]?(?=\d))?(?P<y>{YEAR}|\d\d)?|(?P<qn2>[1-4])(?-i:Q)(?:-|['’]|\s(?={YEAR})|\s?(?-i:FY)[\s-]?)?(?P<y2>{YEAR}|\d\d)){E}",
    ),
    (
        "half_code",
        rf"{B}(?:(?-i:H)(?P<hn>[12])(?:\s+|-|/)(?P<y>{YEAR})|(?-i:H)(?P<hn4>[12])\s?(?-i:FY)[\s-]?(?P<y4>{YEAR}|\d\d)|(?P<hn5>[12])(?-i:H)\s?(?-i:FY)[\s-]?(?P<y5>{YEAR}|\d\d)|(?-i:H)(?P<hn3>[12])['’](?P<y3>\d\d)|(?P<hn2>[12])(?-i:H)(?:-|['’]|\s(?={YEAR}))?(?P<y2>{YEAR}|\d\d)"
        # a bare "H1" after a preposition ("sales in H1 rose"); the year is the tense's
        r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bacross\s))"
        rf"(?-i:H)(?P<hn6>[12])){E}(?![-/'’]\w)",
    ),
    # "full-year revenue", "its full-year forecast": the year a company reports on
    (
        "full_year",
        rf"{B}full[- ]year(?=\s+(?P<noun>results|revenues?|sales|profits?|earnings|losses|loss|"
        rf"figures|forecasts?|guidance|outlook|targets?|estimates?|dividends?|income|margins?)\b)",
    ),
    # "the second half of March", "the first half of May 2024": the half of that month
    (
        "month_half",
        rf"{B}the\s+(?P<ord>first|second|latter)\s+half\s+of\s+(?P<m>{MONTH_FULL})"
        rf"(?:,?\s+(?P<y>{YEAR}))?{E}",
    ),
    (
        "half",
        rf"{B}(?:the\s+)?(?P<pre>(?:{YEAR}|fiscal|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?P<ord>first|second|last|latter|back|1st|2nd)[- ]half(?P<hy>-)?|(?P<two>first|second|last|final)\s+two\s+quarters(?=\s+of\s+(?:the\s+)?(?:{YEAR}|(?:this|last|next|the)\s+year|fiscal\s+{YEAR})))(?:\s+of\s+(?:the\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year|(?:fiscal\s+(?:year\s+)?|(?-i:FY)[\s-]?)(?P<fy>{YEAR}|(?<=FY)\d\d(?!\d))|the\s+'(?P<dec>\d0)s))?",
    ),
    (
        "season",
        rf"{B}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|the\s+(?:previous|following|next)|the|that|early|late|mid)[\s-]+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR}|{_YEARWORD})(?:[-–/](?:\d\d|\d{{4}})(?![\w%/-]))?|(?P<ry>this|last|next)\s+year))?{E}",
    ),
    (
        "yearend",
        rf"{B}(?P<w>year-end|year\s+end|year's\s+end|month-end|month's\s+end|the\s+turn\s+of\s+the\s+(?:year|century|decade)){E}",
    ),
    (
        "fin_period",
        rf"{B}(?:(?:the|its|their)\s+)?(?P<pre>(?:(?:latest|most\s+recent|recent|same|comparable|corresponding|year-earlier|year-ago|prior-year|year\s+earlier|year\s+ago|{YEAR})[\s-]+){{1,3}})(?P<p>period|nine\s+months|six\s+months)(?P<last>\s+(?:of\s+)?last\s+year|\s+a\s+year\s+(?:ago|earlier))?{E}|{B}(?P<adj>year-earlier|year-ago){E}",
    ),
    # ---- relative to the publication date or the narrative time ------
    (
        "deictic",
        # ("the early hours of tomorrow", "the small hours of today": that day, START)
        rf"{B}(?P<hours>the\s+(?:early|small|wee)\s+hours\s+of\s+(?=today|tomorrow|yesterday))?"
        rf"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tomorrow|yesterday|tonight)(?:\s+(?P<pod>{_POD}))?{E}",
    ),
    # "midweek", "by mid-month", "midyear": the middle of the unit at hand
    ("mid_unit", rf"{B}mid[\s-]?(?P<u>week|month|year){E}(?![-'’])"),
    # "the week before last", "the month after next": two units back or ahead
    (
        "unit_two_off",
        rf"{B}the\s+(?P<u>week|weekend|month|year)\s+(?P<dir>before\s+last|after\s+next){E}",
    ),
    # "the day after the rally", "the night before the vote": a unit counted from an event
    # (the extent is "the day"; a date after "before"/"after" is a "day_offset" instead)
    (
        # "in the weeks before the vote": the units alone, as TimeML marks them
        "units_event",
        r"(?<=\bthe\s)(?P<u>hours|days|weeks|months|years)(?=\s+(?:after|before|following|"
        r"preceding|since|ahead\s+of|(?:leading|running)\s+up\s+to)\s+(?:the|a|an|his|her|"
        r"its|their|this|that|last|[a-z]+ing|(?-i:[A-Z][a-z]+))\b)",
    ),
    (
        "unit_event",
        rf"{B}(?P<x>the\s+(?P<u>day|night|morning|evening|afternoon|week|weekend|month|year))"
        r"\s+(?P<dir>before|after)\s+(?=(?:the|his|her|its|their|our|this|that)\s+\S"
        r"|(?-i:[A-Z][\w.-]*)['’]s\s)",
    ),
    (
        "relunit",
        rf"{B}(?P<det>(?:the\s+)?(?:past|last|next|coming|previous|following|preceding|current|same|present|prior|full|entire|whole)|this\s+(?:past|coming)|that\s+same|this|that|these|the\s+(?-i:new)(?=\s+year)|the)\s+(?P<u>week|weekend|month|year|decade|century|(?:fiscal|financial)\s+year|day|{_POD}){E}(?!-)"
        # "the same month last year": that unit of the year before
        r"(?:(?:(?<=same\sweek)|(?<=same\smonth)|(?<=same\sday))(?P<yago>\s+(?:of\s+)?(?:last\s+"
        r"year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+"
        r"before)(?![\w'’-])))?"
        # (not "over the next day or two": a span of days ahead, not tomorrow)
        r"(?!\s+or\s+(?:two|three)\b)",
    ),
    (
        "unit_rel",
        rf"{B}(?:the\s+)?(?P<u>day|week|month|year|night|morning|evening|afternoon)\s+(?P<dir>before|after|earlier|later){E}(?=\s*(?:[,.;:)]|$|and\b))",
    ),
    (
        "earlier_rel",
        rf"{B}(?P<w>earlier|later)\s+(?P<rel>this|that|the\s+same|in\s+the|last|next)\s+(?P<u>day|week|month|year|{_POD}){E}",
    ),
    (
        "set_weekdays",
        # "on Mondays", "on Tuesday nights", "on Monday and Tuesday nights" (the first of the pair);
        # listed before "weekday" so that a tie on "Monday" goes to the set
        # "open on weekends", "at weekends": every weekend
        rf"(?:(?<=\bon\s)|(?<=\bat\s))(?P<we>weekends|weekdays){E}|"
        rf"{B}(?:(?P<wd>{_WEEKDAY_PLURAL})|(?P<wdp>{WEEKDAY_FULL})(?:\s+(?P<pod>{_POD})s|(?=\s+(?:and|or)\s+{WEEKDAY_FULL}\s+(?P<pod2>{_POD})s{E}))){E}",
    ),
    (
        "weekday",
        rf"{B}(?:(?P<hours>the\s+(?:early|small|wee)\s+hours\s+(?:of\s+the\s+(?P<hpod>morning)\s+on\s+|on\s+|of\s+))|(?P<aweek>(?:a|one|two|three|four)\s+weeks?\s+(?:on|from)\s+))?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|the\s+previous|the\s+following|the\s+next|that|(?:early|late)(?:\s+on)?|{_NOT_AFTER_UNIT}(?:earlier|later)(?:\s+on)?)\s+)?{_NAMED_DAY_NOT}(?P<wd>{WEEKDAY_FULL})(?:\s+(?P<pod>{_POD}))?(?:\s+(?:of\s+)?(?P<wrel>last|this|next)\s+week\b|\s+(?P<wk>week)(?![\w'’-]))?"
        # a newspaper named after its day: "the Sunday Times", "yesterday's Sunday Telegraph"
        r"(?!\s+(?-i:Times(?!\s+Square)|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Star|Sport|Business|Review|Journal|Age)\b)",
    ),
    # "on the second day" of talks that began on a stated day; "It's the eighth day of ..."
    # "Friday the 13th", "on Tuesday, the 4th": the day of a month that falls on that weekday
    (
        "weekday_dom",
        # ("Friday 4th", "Fri 4th": British, without "the")
        rf"{B}(?:(?P<wd>{WEEKDAY_FULL}),?\s+the|(?P<wd2>{WEEKDAY}),?)\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th){E}(?!\s+of\b){_NO_NOUN_AFTER}",
    ),
    # "on the 15th", "by the 3rd": a day of the month the story is in (the extent is
    # "the 15th"; the preposition before it is required)
    (
        "day_of_month",
        rf"{B}(?:on|by|until|till|since|from|before|after|{_RESET_FOR}\s+for|{_RESET_TO}\s+(?:to|until))\s+(?P<x>the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)){E}(?!\s+(?:of|day|century|centuries|anniversary|Floor|Street|Avenue|Amendment|Division|Army|Brigade|Regiment|Battalion|Corps|Fleet|District|Congress|Century|Precinct|Round)\b){_NO_NOUN_AFTER}",
    ),
    (
        "nth_day",
        rf"{B}(?:the|its|their)\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day{E}(?![s-])",
    ),
    (
        "ago",
        rf"{B}(?:(?P<num>{NUMBER})[\s-]+(?:more\s+)?(?P<u>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?|(?P<bare>(?:minute|hour|day|week|month|year|decade)s))\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|(?:after|before)\s+that|on(?=\s*,)){E}(?!\s+than\b)",
    ),
    # ---- durations -----------------------------------------------------
    (
        "duration",
        # (not the denominator of a fraction: "1/8 week fixed" in a rates table)
        rf"{B}(?<!\d/)(?:(?P<det>the|each\s+of\s+the)\s+)?(?:(?P<rel>past|{_LAST_NOT_VERB}|next|first|final|coming|previous|following|latest|remaining|initial|additional|other|preceding|ensuing|full|entire|whole|better\s+part\s+of\s+the|same)\s+)?(?P<num>{NUMBER})(?:\s+|-)(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|working|long|short|more)\s+)?(?P<u>{UNIT})(?P<pl>s)?(?P<half>\s+and\s+a\s+half)?(?P<adj>-(?:old|long))?(?:\s+or\s+so)?{E}(?!-)",
    ),
    (
        "duration_range",
        # ("between six and eight weeks")
        rf"{B}(?P<btw>(?<=[Bb]etween\s))?(?P<n1>{NUMBER})\s*(?:-|–|to|or|(?(btw)and|(?!)))\s*(?P<n2>{NUMBER})(?:\s+|-)(?P<u>{UNIT})s?{E}",
    ),
    (
        "units",
        # (a "-long" word is an adjective: "the weeklong festival", the article is the noun's)
        rf"{B}(?:(?P<det>the)\s+(?![a-z]+-?long\b))?(?:(?P<vq>several|many|few|some|coming|recent|next\s+few|past\s+few|{_LAST_NOT_VERB}\s+few|next\s+several|past\s+several|{_LAST_NOT_VERB}\s+several|few|early|ensuing|intervening|following|previous|subsequent)\s+)?(?P<u>seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries|(?:hour|day|night|week|month|year)(?=-?long))(?:['’]|-?long|-old)?{E}(?P<ahead>\s+ahead{E})?"
        # ("in the early hours of the morning": the small hours of the day told of)
        r"(?:(?<=early hours)\s+of\s+the\s+(?P<ofpod>morning|night)\b)?",
    ),
    ("some_time", rf"{B}(?P<w>some\s+time|a\s+while){E}"),
    (
        "fortnight_rel",
        # ("within the next hour": the hour ahead)
        rf"{B}(?:the\s+)?(?:past|{_LAST_NOT_VERB}|next|coming|previous|following)\s+(?P<u>fortnight|hour){E}(?!-)",
    ),
    # a sports or theatre season: "so far this season", "he will stay next season"
    (
        "season_ref",
        rf"{B}(?P<rel>this|last|next|the\s+(?:current|previous|past|coming|next|following)|the(?=\s+season\b(?!['’]|\s+of\b)))\s+season{E}(?![\w-])",
    ),
    # ---- sets ----------------------------------------------------------
    (
        "set_every",
        rf"{B}(?P<q>every|each|per)\s+(?P<other>other\s+|(?P<nth>second|third|fourth)\s+)?(?:(?P<num>{NUMBER}|few)\s+)?(?P<u>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|{SEASON}|morning|afternoon|evening|night|weekday|weekend)s?(?:(?<=\wday)\s+(?P<pod>{_POD}){E})?{E}"
        # "every Christmas", "each Ramadan": the named day (or holy month) each year
        rf"|{B}(?P<hq>every|each)\s+(?P<hol>(?-i:Christmas(?:\s+Day|\s+Eve)?|Easter|Thanksgiving|Halloween|Ramadan|New\s+Year['’]s(?:\s+Day|\s+Eve)?)){E}",
    ),
    (
        "set_freq",
        rf"{B}(?P<f>once|twice|thrice|(?:\d+|{NUMWORD})\s+times)\s+(?:(?:a|an|per|each|every)\s+(?P<u>{UNIT})s?|(?P<adv>hourly|daily|weekly|monthly|yearly|annually)){E}(?!-)",
    ),
    (
        "set_adverb",
        rf"{B}(?P<w>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|annually|yearly|semiannually|semi-annually|biannually){E}(?!-)",
    ),
    # ---- times of day --------------------------------------------------
    (
        "time_ampm",
        rf"{B}(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})(?:\s+(?P<tz>{ZONE}))?",
    ),
    (
        "time_24",
        rf"{B}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s*(?P<tz>{ZONE}|hrs{E}|h{E}))?",
    ),
    (
        "time_word",
        rf"{B}(?P<w>noon|midnight|midday|mid-?\s?morning|mid-?\s?afternoon|mid-?day)(?:\s+(?P<tz>{ZONE}))?{E}",
    ),
    # "at dawn", "before sunrise", "after nightfall": the part of the day (not "Dawn", a name);
    # before a noun of what is done then: "a dawn raid", "Dusk prayers" (opening a sentence)
    (
        "time_dawn",
        r"(?:(?<=\bat\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\btill\s))"
        r"(?-i:(?P<w>dawn|dusk|daybreak|sunrise|sunset|sundown|nightfall))\b"
        rf"|{B}(?-i:(?P<wa>[Dd]awn|[Dd]usk))(?=[ \t](?-i:{'|'.join(DAWN_NOUNS)})s?\b)",
    ),
    # "overnight": the night before the day the clause is about (see ``times._overnight``)
    ("time_overnight", rf"{B}(?P<w>overnight){E}(?!-)"),
    # British "a week today", "a fortnight tomorrow": that many days from the day named
    (
        "week_today",
        rf"{B}(?:a|one)\s+(?P<u>week|fortnight)\s+(?P<d>today|tomorrow|yesterday){E}",
    ),
    # "this time last year": the same day a year back
    ("time_year_off", rf"{B}(?:this|that)\s+time\s+(?P<rel>last|next)\s+year{E}"),
    # "year-to-date", "the year to date", "YTD": from the period's start to the publication
    (
        "to_date",
        rf"{B}(?:the\s+)?(?P<u>year|month|quarter)[\s-]to[\s-]date{E}|{B}(?-i:(?P<code>YTD|MTD|QTD)){E}",
    ),
    (
        "time_oclock",
        rf"{B}(?P<h>\d{{1,2}}|{NUMWORD})\s+o['’]clock(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?",
    ),
    # British clock times: "at half past five", "by a quarter to nine", "at ten past six"
    # (after a preposition of time, see ``times._time_past_to``: "voted five to four" is a tally)
    (
        "time_past_to",
        rf"{B}(?P<q>half|(?:a\s+)?quarter|twenty(?:[- ]five)?|ten|five|[1-5]?\d(?:\s+minutes)?)"
        r"\s+(?P<dir>past|to)\s+"
        r"(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?![\w:]|\.\d)"
        # (not a range of figures: "by five to 10 percent", "five to six people")
        r"(?!\s*(?:%|percent|per\s+cent|million|billion|people|(?!(?:this|his|its|was|is|hours)\b)[a-z]+s\b))"
        rf"(?:\s*(?P<ap>{AMPM})|\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?",
    ),
    (
        "time_in_the",
        rf"{B}(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s+in\s+the\s+(?P<pod>morning|afternoon|evening){E}",
    ),
    # ---- named days ------------------------------------------------------
    (
        "holiday",
        # "last Christmas", "next Easter" (not "his last Christmas", "the last Christmas": final)
        rf"{B}(?:{_NOT_OWNED}(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+"
        # "the Easter weekend": the article belongs to a holiday's week or weekend
        rf"|(?P<the>the\s+)(?=(?-i:[A-Z])[\w'’ ]{{4,20}}?\s+week(?:end)?(?![\w'’-])))?"
        rf"(?-i:(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year(?:['’]s)?(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Independence\s+Day|Labou?r\s+Day|Memorial\s+Day|Election\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day|Good\s+Friday|{_MORE_HOLIDAYS}))(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<wk>week|weekend)(?![\w'’-]))?{E}"
        # a thing or place named after the day: "a Christmas tree", "Easter Island"
        r"(?!\s+(?:trees?|cards?|carols?|puddings?|crackers?|eggs?|markets?|lights|decorations|jumpers?|ornaments?|Island|Rising)\b)",
    ),
    # ---- vague references ------------------------------------------------
    (
        "vague",
        rf"{B}(?P<w>right\s+now|just\s+now|now|currently|current|presently|nowadays|these\s+days|at\s+present|the\s+present|recently|recent|lately|of\s+late|formerly|earlier|soon|sooner|(?:the\s+)?(?:near|distant|foreseeable|immediate|not-too-distant)\s+future|the\s+future|future|the\s+past|the\s+(?:near|short|long|medium)\s+term|as\s+soon\s+as\s+possible|a\s+later\s+date|later\s+date|(?:the\s+)?time\s+being){E}(?!-)",
    ),
]

PATTERNS: tuple[Pattern, ...] = tuple(
    Pattern(kind, re.compile(rx, re.I), NEEDS.get(kind, ())) for kind, rx in _SPECS
)
PRIORITY = {p.kind: i for i, p in enumerate(PATTERNS)}

# ---- extension of a found expression by the words around it ------------
# Modifiers that belong inside the extent, looked for right before it.
PREFIX_MOD = re.compile(
    r"(?:(?P<se>(?:the\s+)?(?:very\s+)?(?:beginning|start|outset|dawn|end|close|middle|midst"
    r"|(?:first|opening|last|final|closing|dying)\s+(?:few\s+)?(?:days|weeks)|(?:early|small|wee)\s+hours"
    # "the back end of the year", "the early part of next year", "the latter stages of 2024"
    r"|(?:back|tail)\s+end|(?:early|earlier|first|latter|later|final|middle)\s+(?:part|stages?))"
    r"\s+of\s+|(?-i:end|start)-)"  # ("by end-2026", "at end-March": Reuters style)
    r"|(?P<eml>(?:early|earlier|late|later|mid|middle)[\s-]+)"
    r"|(?P<approx>(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|fewer\s+than|just\s+over|just\s+under|well\s+over|barely|a\s+little\s+over)\s+)"
    r"|(?P<post>(?:post|pre)-))$",
    re.I,
)
PREFIX_WINDOW = 40

SUFFIX_MOD = re.compile(
    r"^(?:\s+(?P<w>or\s+so|or\s+two|or\s+three|or\s+later|or\s+earlier|or\s+more|or\s+less|and\s+beyond|or\s+beyond))(?![\w])",
    re.I,
)

# Bound signals: outside the extent, they turn a date into a bound.
SIGNAL = re.compile(
    # (a word of its own: "in the town of Hallby on Sunday", "the derby on Saturday")
    r"(?<![\w'’-])(?P<s>as\s+early\s+as|as\s+soon\s+as|no\s+earlier\s+than|not\s+before|starting(?:\s+(?:on|in|from))?|beginning(?:\s+(?:on|in))?|effective|from|since|after|"
    r"as\s+late\s+as|no\s+later\s+than|not\s+later\s+than|by|until|till|til|up\s+to|up\s+until|through|before|prior\s+to|ahead\s+of|in\s+advance\s+of)"
    r"(?:\s+(?:on|in|at|the\s+end\s+of))?\s+$",
    re.I,
)
SIGNAL_WINDOW = 30
SIGNAL_MODS = {
    "as early as": "ON_OR_AFTER", "as soon as": "ON_OR_AFTER", "no earlier than": "ON_OR_AFTER",
    "not before": "ON_OR_AFTER", "starting": "ON_OR_AFTER", "beginning": "ON_OR_AFTER",
    "effective": "ON_OR_AFTER", "from": "ON_OR_AFTER", "since": "ON_OR_AFTER", "after": "AFTER",
    "as late as": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
    "by": "ON_OR_BEFORE", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE", "til": "ON_OR_BEFORE",
    "up to": "ON_OR_BEFORE", "up until": "ON_OR_BEFORE", "through": "ON_OR_BEFORE",
    "before": "BEFORE", "prior to": "BEFORE", "ahead of": "BEFORE", "in advance of": "BEFORE",
}  # fmt: skip

# Joining two dates into one range: "27 October - 2 November", "from March to May 2024".
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$", re.I)
RANGE_OPENER = re.compile(r"(?:from|between)\s+$", re.I)
# A time next to a date: "10 p.m. Wednesday", "Friday, 25 October 2024, 12:44".
TIME_DATE_JOIN = re.compile(r"^(?:,?\s+|\s*,\s*|\s+on\s+)$", re.I)

_ = ORDINAL  # re-exported for callers that build their own patterns
