"""Anchoring: the tense around an expression and the year it most likely means.

A day and month without a year ("on 27-28 October") is placed by the tense
and modality of the verb that governs it: a past report means the most
recent occurrence at or before the reference date, a plan or forecast
("plans to", "will", "is set to", "as early as") the next one at or after
it; with no cue the closest occurrence wins. The tense comes from the words
of the clause (fast, text only) and, when a spaCy ``Doc`` of the same text is
given and the words say nothing, from a future auxiliary or plan governing
it in the parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from backstory.timex.calendar import Period
from backstory.timex.lexicon import IRREGULAR_PARTICIPLES, WEEKDAY_FULL, ZONE

PAST, FUTURE, PRESENT = "past", "future", "present"
# A timetable in the present ("the summit opens on Friday"): a weekday ahead, a
# dated day the closest one ("Ramadan begins on March 11", read on March 14).
TIMETABLE = "timetable"
# A reporting verb just before ("said on April 10"): the past one, unless it is far back
# and the next one close ("Transco said on April 10 it will redeem", read on March 11).
REPORTED = "reported"
# A deadline ("by July", "by Jan. 14"): the closest occurrence, ahead or just gone by.
DEADLINE = "deadline"
# A future seen from a past report ("told the Fed it would pay by March 15", "was due to
# start on Thursday, but", "results were expected on Saturday"): the plan lies after the
# report, and the report came shortly before publication, so one of the occurrences
# still ahead or gone by in the last week; it was a future when said, so the one ahead
# unless the one gone by is less than half as far back (read on March 19, "March 15" is
# four days back; read on a Friday, "was due to start on Thursday" is the day before,
# read on a Monday the Thursday ahead; "would resume on Thursday" read on a Sunday is
# the Thursday ahead; "would stay open through the winter" read in June is the coming
# winter). A contrast ("but", "however") does not change it: a plan called off may have
# been for the day gone by or for the one to come.
FUTURE_IN_PAST = "future-in-past"

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_ABBREVIATIONS = frozenset(
    ["mr", "ms", "mrs", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "co",
     "corp", "inc", "ltd", "vs", "am", "pm", "est", "approx"]
)  # fmt: skip
# (a sentence may end inside a quotation: '... government." On Sunday', "... . '' On Sunday")
_BOUNDARY = re.compile(
    r"[.!?]\s+(?=[A-Z\"“‘(•`])|[.!?]\s*[\"”’']+\s+(?=[A-Z\"“‘(`])|\n\s*\n|\n\s*[•*-]|[;:]\s"
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Future and modal markers on their own.
_FUTURE_WORDS = _set(
    "will shall 'll won't wo gonna would should upcoming forthcoming may might must tomorrow next"
)
# Plans, forecasts and schedules: future only before "to" ("plans to deploy", "is set to").
_FUTURE_BEFORE_TO = _set(
    "plans plan planned planning intends intend intended intending aims aim aimed aiming expects expect "
    "expected expecting hopes hope hoped wants want wanted seeks seek sought set due scheduled slated "
    "ready prepared prepares prepare preparing going about is are was were vowed vows promised promises "
    "agreed agrees decided decides threatened threatens likely unlikely poised forecast forecasts "
    "predicted projected tipped"
)
# ("plans for", "plan for" are most often the noun: "set aside vacation plans for the week")
_FUTURE_BEFORE_FOR = _set(
    "scheduled slated set due planned planning preparing prepares ready forecast predicted"
)
_PAST_WORDS = _set(
    "was were had did ago last yesterday earlier previously began came went took made gave met saw left "
    "fell rose held won lost sent told said found got brought built bought became struck hit killed fought "
    "led paid ran sold spent stood swore threw wrote broke caught chose drew drove flew forgot froze grew "
    "hid kept knew lay meant overtook shot shut sank slid spoke stole stuck swept taught thought tore "
    "understood woke wore withdrew arose beat bit blew bore fled fed felt heard laid lit quit rode rang sought"
)
# A timetable in the present simple: "the summit opens on Friday", "she returns home Tuesday".
_SCHEDULE_PRESENT = _set(
    "opens begins starts ends closes meets arrives leaves departs returns resumes travels flies applies "
    # a team travels in the plural: "City travel to Madrid on Tuesday", "United fly to Lyon"
    "travel fly "
    "enters takes take comes come goes "
    "convenes reconvenes expires meet arrive depart resume convene reconvene begin reopens reopen "
    "testifies testify hosts kicks open continues holds hold "
    # fixtures and polls: "England face Wales on Saturday", "Romanians vote again on Sunday"
    "face faces play plays vote votes host visit visits runs lasts "
    # releases and calendars: "preorders start on Friday", "the anniversary falls on Friday"
    "start end falls ship ships launch launches premieres airs debuts return hears "
    # rules and talks in the plural: "the new rules apply from October", "talks conclude Friday"
    "apply expire conclude concludes finish finishes "
    # occasions and appearances: "makes his first trip abroad on Friday", "the law turns
    # three on Saturday", "addresses Congress on Tuesday", "steps down on Friday"
    "makes turns marks celebrates heads addresses speaks delivers undergoes unveils "
    "publishes lands sails retires steps joins tees go "
    # phrasal timetables and gatherings: "talks wrap up Friday", "games kick off Saturday",
    # "the finalists square off Sunday", "cardinals gather Tuesday"
    "wrap wraps kick square squares gather gathers "
    "marches rallies"
)
# base forms that are nouns as often ("air strikes", "a march on Washington"): a timetable
# only right before the date or its preposition ("the Oscars air Sunday", "thousands
# march on Sunday", "supporters rally Saturday")
_SCHEDULE_BARE = _set("air march rally")
_SCHEDULE_BARE_NEXT = _set("on at in from through")
# what markets price in is a move ahead: "priced in a rate cut", "pricing in two hikes"
_PRICING = _set("price prices priced pricing")
_PRICED_MOVES = _set(
    "a an one two three four more further another rate rates cut cuts hike hikes rise rises "
    "increase increases easing tightening some about almost nearly around roughly fully"
)
# What is held on a day ("holds its policy meeting on Thursday", "hold talks on Friday")
_HELD = _set(
    "meeting talk election vote summit hearing session rally referendum conference ceremony "
    "briefing auction congress convention primarie primary poll consultation funeral debate "
    "parade event festival forum assembly negotiation round review"
)
_NOT_TIMETABLE_BEFORE = _set(
    "to did didn't not never could couldn't would had has have was were been be is are remain remains "
    "remained stay stays stayed keep keeps kept"
)
# "the exhibition runs Monday through Friday": a timetable, as "runs from"
_DAY_NAMES = _set("monday tuesday wednesday thursday friday saturday sunday")
# Cues that keep their sense capitalised inside a clause ("… that. '' Tomorrow (25 June)").
_TIME_ADVERBS = _set("tomorrow yesterday next last earlier previously will")
# Past forms spelt as the base form: past after a subject ("the bank cut rates on 7 February").
_PAST_SAME_AS_BASE = _set("cut put spread cost hurt upset set let")
# past forms listed as pasts that are also the base form ("will shut the old plant")
_BASE_AS_PAST = _set("hit shut quit beat bid cast split read")
# words that make such a form a noun ("one more cut", "a further rate cut", "deep cuts")
_NOUN_MAKERS = _set(
    "more another further any no rate rates tax price job deep big first second third final "
    "next interest budget spending"
)
_REPORTING = _set(
    "said says told stated announced reported added confirmed noted claimed explained wrote tweeted posted "
    "declared insisted warned argued predicted estimated disclosed revealed"
)
_NOT_PAST_ED = _set(
    "united limited based armed related concerned interested supposed need indeed speed red bed fed "
    "hundred shed seed weed feed deed bred proceed exceed succeed embed breed advanced detailed "
    "experienced qualified skilled talented alleged so-called unprecedented biased expected scheduled "
    "unchanged unexpected unidentified unnamed unspecified undisclosed unconfirmed unemployed unarmed "
    "unrelated unresolved unopposed unmanned unprovoked unaffected undecided unexploded "
    "planned sacred wicked naked beloved learned aged rugged preferred heed reed coed"
)
_BOUNDS = _set("before after until by since no not")
# Words that open a new clause: the verb before them does not govern what follows.
_CLAUSE_OPENERS = _set(
    "where when which who whom whose because while although though but if unless whereas"
)
# Adjectives of schedules: "payable Dec. 15", "effective June 1", "planned a rally on Saturday".
_SCHEDULED = _set("payable effective expiring upcoming planned scheduled slated")
# "as previously planned", "originally scheduled": the plan's own time, not a future
_PLANNED_BEFORE = _set("as previously originally initially already")
# Words that mark a plan as the first one, since changed ("was originally due to").
_FIRST_PLAN = _set("originally initially")
_CAUSATIVE = _set("let lets letting make makes made making help helps helped helping")
_BE_FORMS = _set("is are am be been being was were 's")
# the clause's own verb right after a date, in the past: "(a service planned for Saturday)
# was canceled", "were called off"
_PAST_PASSIVE_NEXT = re.compile(r"\s*(?:was|were|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en|off)\b")
# After a date: a lower-case noun it modifies ("the Aug. 7 blasts"), not a preposition or
# verb (a past tense too: "the rally on the 8th drew thousands"; "the 3rd seed" is a noun)
NOMINAL = re.compile(
    r"\s+(?!(?:to|in|on|at|of|for|from|by|with|and|or|but|that|when|is|are|was|were|will|would|has|had|have"
    # (prepositions and conjunctions that open a phrase of their own: "on the 12th after a halt")
    r"|after|before|amid|during|despite|while|because|until|since)\b)"
    rf"(?!(?:{'|'.join(sorted(_PAST_WORDS))})\b)(?![a-z]+[^e\W]ed\b)[a-z]{{3,}}\b"
)
_PARTICIPLE_BEFORE = _set("be been being is are am to will would has have having get got")
_PLAN_AFTER_BE = _set(
    "expected set due scheduled slated likely unlikely poised going about forecast predicted "
    "projected planned"
)
_MODALS = _set("could can may might must should shall cannot")
# after "could", a past ability or a past that did not happen, not a possibility ahead
# ("could be" is left to the rest of the clause: "could be seen on Wednesday" as often
# tells of a past)
_NOT_A_POSSIBILITY = _set(
    "not have never only barely hardly just still no see hear feel smell tell sense be"
)
# After "and", a finite verb of its own: the subject's next predicate.
_NEW_PREDICATE = _set(
    "will would shall 'll could may might must should is are was were has have had"
)
_MODAL_BEFORE_BE = _set("to will would shall must may might should 'll")
# Before an -ed word, these make it an adjective ("in preferred shares", "an unspecified date").
_ADJECTIVE_BEFORE = _set(
    "a an the its their his her our my your this that these those in of for with on at from into"
)
_EXPECT_OBJECT_TO = _set("expect expects expecting")
# the rest of an object before an infinitive: "(expects Q3) sales to jump"
_OBJECT_THEN_TO = re.compile(r"(?:[ \t]+[A-Za-z'-]+){0,3}[ \t]+to[ \t]+[a-z]")
# the infinitive right after a date in a forecast's object, past an aside
_ASIDE_THEN_TO = re.compile(r"(?:\s*,[^,.;]{1,50},)?[ \t]+to[ \t]+[a-z]")
_PLAN_LEMMAS = _set("plan intend expect schedule aim set prepare hope")
_PRONOUN_SUBJECTS = _set("it he she they we i")
_SUBJECT_OPENERS = _set("the a an it he she they we i this its his her their there")
_CONTEXT_LEFT = 200
_CONTEXT_RIGHT = 120
_PAST_REACH = 6  # words (a name of several counts as one: "at Barcelona's El Prat airport"): a
# past verb further away is weak evidence (closest occurrence instead)
_REPORT_REACH = 5
_REPORT_LAG = 14  # days: a reported day further ahead than this is no report yet
_JUST_GONE = 7  # days: a timetable date this recent is the one meant, not next year's
_TIMETABLE_REACH = 4  # words: a present-tense timetable verb further away does not govern


def _clause(text: str, start: int, end: int, reach: int = _CONTEXT_RIGHT) -> tuple[str, str]:
    """The words of the clause before and after ``text[start:end]``."""
    left = text[max(0, start - _CONTEXT_LEFT) : start]
    cuts = [b.end() for b in _BOUNDARY.finditer(left) if not _abbreviation(left, b.start())]
    if cuts:
        left = left[cuts[-1] :]
    right = text[end : end + reach]
    stop = next((b for b in _BOUNDARY.finditer(right) if not _abbreviation(right, b.start())), None)
    if stop:
        right = right[: stop.start()]
    return left, right


def _abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation ("a.m.", "Jan.", "U.S.", "Mr.")."""
    if text[dot] != ".":
        return False
    word = _LAST_WORD.search(text, 0, dot)
    return word is not None and (len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS)


def participle(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "en", "wn", "ne")) or w in IRREGULAR_PARTICIPLES


_STATE_BEFORE = _set("stay stays remain remains staying remaining")
_RANKS = _set(
    "first second third fourth fifth sixth seventh eighth ninth tenth last latest only biggest "
    "largest worst deadliest strongest highest lowest oldest youngest"
)


def _ranked_infinitive(words: list[str], to: int) -> bool:
    """True when the "to" at ``to`` follows a ranked noun ("the second storm to hit",
    "the first woman to be elected"): what it tells of is no plan."""
    return any(x.lower() in _RANKS for x in words[max(0, to - 4) : to])


def _past_before(words: list[str], idx: int) -> bool:
    """True when a past verb stands just before the noun at ``idx - 1`` ("canceled
    events scheduled for Monday")."""
    for x in words[max(0, idx - 4) : idx - 1]:
        x = x.lower()
        if x in _PAST_WORDS - {"last", "ago", "earlier", "previously", "yesterday"} or (
            x.endswith("ed") and len(x) > 4 and x not in _NOT_PAST_ED
        ):
            return True
    return False


def _planned_in_past(words: list[str], to: int) -> bool:
    """True when the "to" at ``to`` follows a past plan ("was due to", "were originally
    set to")."""
    back = [w.lower() for w in words[max(0, to - 3) : to]]
    if not back or back[-1] not in _FUTURE_BEFORE_TO:
        return False
    rest = [w for w in back[:-1] if not w.endswith("ly")]
    return bool(rest) and rest[-1] in ("was", "were")


def _first_plan(words: list[str], idx: int) -> bool:
    """True when the plan the word at ``idx`` belongs to is one since changed: "was
    originally due to", "were initially set to" (its date may be gone by long since)."""
    window = [w.lower() for w in words[max(0, idx - 5) : idx + 1]]
    return any(w in _FIRST_PLAN for w in window) and any(w in ("was", "were") for w in window)


# determiners after "to" make it a preposition ("agreed to a ceasefire"), not an infinitive
_NOUN_OPENERS = _set("a an the its their his her our this these those")


def _to_noun(words: list[str], to: int) -> bool:
    """True when the "to" at ``to`` opens a noun phrase ("agreed to a truce on Oct. 10",
    "delayed due to the storm"): no plan is told of."""
    return to + 1 < len(words) and words[to + 1].lower() in _NOUN_OPENERS


_ADVERB_RANKS = _set("first second third")


def _adverb_rank(words: list[str], idx: int) -> bool:
    """True when the rank before the verb at ``idx`` is an adverb ("the company first cut
    its forecast"), not the rank of a noun ("its first cut", "a second cut")."""
    if idx < 2 or words[idx - 1].lower() not in _ADVERB_RANKS:
        return False
    before = words[idx - 2].lower()
    return (
        before not in _NOUN_OPENERS
        and before not in _NOUN_MAKERS
        and not before.endswith(("'s", "’s", "s'"))  # "the bank's first cut"
    )


def _lowered(words: list[str]) -> set[str]:
    """The words in lower case, "an" counted as "a"."""
    return {"a" if w.lower() == "an" else w.lower() for w in words}


# What is called likely is still to come: "a vote is likely in September", "a ruling
# was unlikely before late September" (a forecast, seen from when it was made)
# the results a company reports, named by their period: "first-half results", "full-year earnings"
_RESULTS_NEXT = re.compile(r"(?:[a-z]+ ){0,2}(?:results|earnings)\b")
_LIKELY = _set("likely unlikely possible probable")
_FORECAST_VERBS = _set("expect expects expecting anticipate anticipates predict predicts")
# participles of a forecast after "is": "heavy rain is forecast on Sunday"
_FORECAST_PASSIVE = _set("expected forecast predicted projected")
_IN_FORCE = _set("place force effect")
_DEGREE = _set("most more very quite highly less least increasingly now still also seen")


def _likely_cue(words: list[str], idx: int) -> str | None:
    """The tense "likely" at ``idx`` gives by the form of "be" before it, past degree words."""
    i = idx - 1
    while i >= 0 and words[i].lower() in _DEGREE:
        i -= 1
    be = words[i].lower().replace("’", "'") if i >= 0 else ""
    if i > 0 and words[i - 1].lower() == "it":
        return None  # "it was most likely in September that they got in": a guess at a past
    if be in ("was", "were"):
        return FUTURE_IN_PAST
    if be in ("is", "are", "be", "'s", "seems", "looks", "appears", "remains"):
        return FUTURE
    return None


def _object_after_past(prev: str) -> bool:
    """True when a word after ``prev`` is an object, not a verb: two verbs of one clause do
    not abut ("beat hosts Germany", "against hosts France")."""
    if prev in ("against", "versus"):
        return True
    if prev in _PAST_WORDS and prev not in ("was", "were", "had", "did", "last", "ago"):
        return prev not in ("yesterday", "earlier", "previously")
    return prev in _BASE_AS_PAST or (prev.endswith("ed") and prev not in _NOT_PAST_ED)


# base forms that are nouns as often ("air travel", "a fly"): a trip only after a plural
# subject ("City travel to Madrid", "fans fly home", "they travel on Monday")
_PLURAL_TRIP = _set("travel fly")


def _plural_subject(words: list[str], idx: int) -> bool:
    """True when the word before ``idx`` may be the plural subject of a verb there."""
    if idx == 0:
        return False
    prev = words[idx - 1]
    low = prev.lower()
    return (
        prev[:1].isupper()
        or low in ("they", "we", "you", "who")
        or (low.endswith("s") and not low.endswith("ss") and low not in _NOT_PLURAL_S)
    )


_OWNERS_AND_THE = _set("the their its his her our my your")
_TIME_UNIT_WORDS = _set(
    "year years month months week weeks day days decade night weekend season quarter"
)


def _cue(words: list[str], idx: int) -> str | None:
    """The tense a word at ``idx`` signals, given the words around it."""
    if words[idx] == "May":  # the month, not the modal
        return None
    if idx > 0 and words[idx][:1].isupper() and words[idx].lower() not in _TIME_ADVERBS:
        return None  # a name inside the clause ("the Fed meets", "Left Bank"), not a verb
    w = words[idx].lower().replace("’", "'")
    prev = words[idx - 1].lower() if idx > 0 else ""
    nxt = words[idx + 1].lower() if idx + 1 < len(words) else ""
    if prev in ("not", "never") and idx > 1 and words[idx - 2].lower() in ("is", "are", "be"):
        prev = words[idx - 2].lower()  # "if it is not paid by": a present passive, not a past
    if w in ("is", "are") and nxt in _PLAN_AFTER_BE:
        return None  # "Saturday is expected to be the hottest day": read on to the plan
    if w in _SCHEDULED and prev in _PLANNED_BEFORE:
        return None  # "originally scheduled for Wednesday": when it was planned, not a future
    if w in _SCHEDULED and prev not in _BE_FORMS and _past_before(words, idx):
        return FUTURE_IN_PAST  # "canceled events scheduled for Monday": planned, seen from then
    if w in _FUTURE_BEFORE_TO and (
        (nxt == "to" and not _to_noun(words, idx + 1)) or (w in _FUTURE_BEFORE_FOR and nxt == "for")
    ):
        # "had been due to expire": a plan in the past, read on to "had"
        if prev in ("had", "been"):
            return PRESENT  # "had been set to expire Nov. 6": a deadline, before or after now
        if (
            w in ("was", "were")
            or prev in ("was", "were")
            or (prev.endswith("ly") and idx > 1 and words[idx - 2].lower() in ("was", "were"))
        ):
            # "was to meet", "was due to start", "was originally due to be completed"
            return FUTURE_IN_PAST
        if prev in _PRONOUN_SUBJECTS and (w.endswith("ed") or w in ("sought", "vowed")):
            return FUTURE_IN_PAST  # "said in November it expected to cut": seen from then
        return FUTURE
    if w in _EXPECT_OBJECT_TO and "to" in (x.lower() for x in words[idx + 2 : idx + 6]):
        return FUTURE  # "analysts expect the slump to continue into the fourth quarter"
    if (
        w in _SCHEDULE_BARE
        and (nxt in _SCHEDULE_BARE_NEXT or not nxt)
        and prev not in _ADJECTIVE_BEFORE
        and prev not in _NOT_TIMETABLE_BEFORE
        and "a" not in _lowered(words[max(0, idx - 3) : idx])
    ):
        return TIMETABLE  # "the Oscars air Sunday" (not "air strikes", "a march on Sunday")
    if (
        w in _PRICING
        and nxt == "in"
        and idx + 2 < len(words)
        and words[idx + 2].lower() in _PRICED_MOVES
    ):
        return FUTURE  # "traders priced in a rate cut in September": what markets expect
    if (
        w in ("see", "sees")
        and prev not in _ADJECTIVE_BEFORE
        and any(x.endswith("ing") for x in words[idx + 2 : idx + 6])
    ):
        return FUTURE  # "analysts see the economy contracting in the second quarter"
    if w == "seen" and prev in ("is", "are") and nxt.endswith("ing") and nxt != "during":
        # "the bank is seen raising rates in June": a forecast ("he was seen leaving the
        # house on Friday" is what a witness saw)
        return FUTURE
    if w in ("get", "gets") and nxt == "under" and prev not in _NOT_TIMETABLE_BEFORE:
        return TIMETABLE  # "the festivities get under way Saturday"
    if w == "next" and nxt == "to":
        return None  # "next to the embassy": a place
    if w in ("earlier", "later", "sooner") and nxt == "than":
        return None  # "no earlier than August": a bound, not a past
    if w in _FORECAST_PASSIVE and prev in ("is", "are", "be", "'s") and nxt != "to":
        # "the listing is expected in the final quarter", "snow is forecast from Sunday"
        return FUTURE
    if w in _FORECAST_PASSIVE and prev in ("was", "were") and nxt != "to":
        return FUTURE_IN_PAST  # "results were expected on Saturday"
    if w in ("is", "are") and nxt == "in" and idx + 2 < len(words) and words[idx + 2] in _IN_FORCE:
        # "a weather warning is in place from Sunday", "the curfew is in force until Monday":
        # a rule's timetable, the days ahead
        return TIMETABLE
    if w in _LIKELY and nxt != "to":
        return _likely_cue(words, idx)
    if w in _FORECAST_VERBS and prev not in _ADJECTIVE_BEFORE and prev not in _NOT_TIMETABLE_BEFORE:
        return FUTURE  # "forecasters expect heavy rain this weekend": a forecast is ahead
    if w == "track" and prev == "on" and nxt in ("for", "to"):
        # "the project was on track for completion in late September"
        return FUTURE_IN_PAST if idx > 1 and words[idx - 2].lower() in ("was", "were") else FUTURE
    if w == "would" and not (
        nxt == "have" and participle(words[idx + 2] if idx + 2 < len(words) else "")
    ):
        return FUTURE_IN_PAST  # "said it would pay by March 15"
    if w in _SCHEDULED | {"due"} and prev in ("was", "were", "had", "been"):
        return PRESENT  # "the payment was due on Monday": the closest one
    if w == "due" and nxt in ("on", "in", "at", "by", "next", "this", "before", ""):
        return FUTURE  # "the figures are due on Thursday"
    if (w in _SCHEDULED and prev in _PLANNED_BEFORE) or (
        w in _PLANNED_BEFORE and nxt in _SCHEDULED
    ):
        return None  # "as (previously) planned": when it was planned; the verb says when it is
    if w == "used" and nxt == "to":
        return None  # "used to": a habit, or a purpose ("was used to pay"), no dated past
    if (
        w in ("would", "could", "should", "might", "must", "may")
        and nxt == "have"
        and participle(words[idx + 2] if idx + 2 < len(words) else "")
    ):
        return PAST  # "you would have seen me on Friday": a past that might have been
    if w in _FUTURE_WORDS or w in _SCHEDULED or w.endswith("'ll"):
        return FUTURE
    if w in ("holds", "hold") and not any(
        x.lower().rstrip("s") in _HELD for x in words[idx + 1 : idx + 8]
    ):
        return None  # "holds 14.6%": to own, not to stage an event
    if w in ("reports", "report") and (
        nxt in ("its", "their", "results", "earnings", "quarterly")
        or _RESULTS_NEXT.match(" ".join(words[idx + 1 : idx + 4]).lower())
    ):
        # "Apple reports its results on Thursday", "reports first-half results on July 30"
        return TIMETABLE
    if w in ("runs", "lasts") and nxt not in (
        "from",
        "until",
        "till",
        "through",
        "to",
        "into",
        *_DAY_NAMES,
    ):
        return None  # "home runs on Sunday": a noun; "the show runs until Sunday": a timetable
    if w in ("open", "closed", "shut") and prev in ("is", "are"):
        return (
            TIMETABLE  # "the polls are open from 7 a.m. on Saturday", "banks are closed on Monday"
        )
    if (
        w == "close"
        and prev.endswith("s")
        and prev not in _NOT_PLURAL_S
        and nxt not in ("to", "by", "behind", "ranks", "ties", "enough", "attention", "")
    ):
        return TIMETABLE  # "polls close at 7pm on Tuesday", "nominations close on Friday"
    if (
        w in ("close", "closes")
        and prev == "and"
        and any(x.lower() in ("open", "opens") for x in words[max(0, idx - 5) : idx - 1])
    ):
        return TIMETABLE  # "polls open Monday and close on Saturday": the one timetable
    if w in _PLURAL_TRIP and not _plural_subject(words, idx):
        return None  # "on business travel", "air travel": a noun, no team's trip
    if (
        w in _SCHEDULE_PRESENT
        and not w.endswith("s")
        and "a" in _lowered(words[max(0, idx - 3) : idx])
    ):
        return None  # "an inconclusive vote on May 6": a noun ("a" takes no plural verb)
    if (
        w in _SCHEDULE_PRESENT
        and prev.endswith("ed")
        and idx > 1
        and words[idx - 2].lower() in _ADJECTIVE_BEFORE
    ):
        return None  # "the disputed vote on Feb. 26": a participle before a noun
    if (
        w in _SCHEDULE_PRESENT
        and prev not in _ADJECTIVE_BEFORE
        and prev not in _NOT_TIMETABLE_BEFORE
        and not _after_causative(words, idx)
        and not prev.endswith(("'s", "s'"))  # "parliament's vote on Sunday": a noun
        and not _object_after_past(prev)  # "beat hosts Germany on July 5": a noun
    ):
        if prev in ("will", "shall", "'ll"):
            return FUTURE  # "leaders will meet in the morning": no timetable, a plan
        return TIMETABLE  # not "the returns", "did not meet", "to meet demand"
    if (w in _PAST_SAME_AS_BASE or w in _BASE_AS_PAST) and prev in ("and", "or"):
        earlier = _coordinated_cue(words, idx - 1)
        if earlier in (FUTURE, FUTURE_IN_PAST):
            return earlier  # "plans to unveil the budget in February and put it to a vote"
    if w in _PAST_SAME_AS_BASE and (
        prev in _ADJECTIVE_BEFORE
        or (prev in _NOUN_MAKERS and not _adverb_rank(words, idx))  # "one more cut": a noun
        or prev in _PARTICIPLE_BEFORE
        or prev in _NOT_TIMETABLE_BEFORE
        or nxt in ("in", "on", "at", "of", "for", "from", "by", "")
    ):
        return None  # "a rate cut in May", "to cut", "did not cut": no past of its own
    if w == "last" and prev in _OWNERS_AND_THE and nxt not in _TIME_UNIT_WORDS:
        return None  # "face Real in the last 16", "their last game": a rank, no past
    if w in _PAST_WORDS or w in _PAST_SAME_AS_BASE:
        if prev in _PARTICIPLE_BEFORE and w not in ("was", "were", "had", "did"):
            if prev == "to" and _ranked_infinitive(words, idx - 1):
                return None  # "the second disaster to hit the region": no plan
            return FUTURE if prev in ("will", "would", "to") else None
        if prev in _MODALS:
            return None  # "the drought could last into the autumn": the base form, no past
        if prev in _STATE_BEFORE and w in _BASE_AS_PAST:
            return None  # "will stay shut until Saturday": a state, the verb before says when
        return PAST
    if w in ("has", "have") and nxt.endswith(("ed", "en")):
        return PAST
    if w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED:
        before_prev = words[idx - 2].lower() if idx > 1 else ""
        if prev.endswith("ly") and before_prev in _PARTICIPLE_BEFORE:
            # "will be officially released": the adverb stands between be and the verb
            prev, before_prev = before_prev, (words[idx - 3].lower() if idx > 2 else "")
        if prev in _PARTICIPLE_BEFORE:
            if (prev == "to" and _ranked_infinitive(words, idx - 1)) or (
                prev == "be" and before_prev == "to" and _ranked_infinitive(words, idx - 2)
            ):
                return None  # "the first woman to be elected": no plan
            if prev == "be" and before_prev == "to" and _planned_in_past(words, idx - 2):
                return FUTURE_IN_PAST  # "was (originally) due to be completed in July"
            if prev in ("will", "would", "to") or (
                prev == "be" and before_prev in _MODAL_BEFORE_BE
            ):
                return FUTURE  # "will be completed", "to be paid"
            return None
        if prev in _ADJECTIVE_BEFORE or (
            (prev in ("still", "yet", "not") or prev.endswith("ly"))
            and before_prev in _ADJECTIVE_BEFORE
        ):
            return None  # "in preferred shares", "a still unspecified date"
        if prev in _STATE_BEFORE:
            return None  # "will stay closed through Wednesday": a state, the verb before says when
        return PAST
    if w in ("is", "are", "am", "says", "remains", "continues", "has", "have"):
        return PRESENT
    return None


_RELATIVE_OPENED = re.compile(r"\b(?:who|which|whose|whom)\b")
_APPOSED_PLAN = re.compile(r"\s*,\s*(?:due|expected|scheduled|slated|set)\s+(?:on|in|for|at|to)\b")
_TRIP = _set("arrives arrive travels travel flies fly returns visits")
_FIXTURE = _set("face faces play plays host hosts visit visits")
_TO_THE_POLLS = re.compile(r"\b(?:go|goes|head|heads)\s+to\s+the\s+polls\s+(?:on\s+|in\s+)?$", re.I)
# Verbs that fix a date for something: "called for 7 December", "set for Friday".
_SET_FOR = _set(
    "called fixed set scheduled slated planned booked penciled pencilled rescheduled rearranged"
    " re-arranged listed ordered"
)
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|await|awaits|awaited|awaiting)\s+(?:the\s+|this\s+)?$",
    re.I,
)
_A_WEEKDAY = re.compile(WEEKDAY_FULL + r"|(?:the\s+)?weekend", re.I)


def fronted(text: str, start: int, end: int) -> bool:
    """True for a date that opens its sentence before a comma ("In March, the WHO ...")."""
    return _is_fronted(*_clause(text, start, end))


def _is_fronted(left: str, right: str) -> bool:
    return bool(_FRONTED.fullmatch(left)) and right.lstrip().startswith(",")


_FRONTED = re.compile(r"[\s\W]*(?:(?:on|in|at|during|by|until|since)\s+)?", re.I)
# the words around a date in a short phrase opening its sentence: "In an | April | speech,",
# "In a speech in | April |,", "At its | March | meeting,", "In | Tuesday|'s address,"
_OPENING_LEFT = re.compile(
    r"[\s\W]*(?:in|at|during)\s+(?:(?:an?|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:in|on|of)\s+)?)?",
    re.I,
)
_OPENING_RIGHT = re.compile(r"\s*(?:['’]s)?(?:\s+[a-z-]+){0,2}\s*,")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my)\s+$", re.I)


def _attributive(text: str, start: int, end: int, left: str, right: str) -> bool:
    """True for a date that describes the noun after it: "the Jan. 14 deadline", "its
    October forecast" (the verb of the clause does not place it)."""
    determined = _DETERMINER_BEFORE.search(left) or re.match(
        r"(?:the|a|an)\s", text[start:end], re.I
    )
    if _WITHIN_PERIOD.search(left) and _PERIOD_NOUN.match(right):
        # "will sign a striker in the summer transfer window": the noun is itself a span of
        # time the deed falls in, so the verb places it as it places "in the summer"
        return False
    return bool(determined and NOMINAL.match(right))


# a preposition that puts a deed inside a span ("in", "during", "throughout", "over") or
# before or after it ("would pass before the summer recess": the deed's tense places it)
_WITHIN_PERIOD = re.compile(
    r"\b(?:in|during|throughout|over|before|after|until|till|since)\s+(?:the\s+)?$", re.I
)
# nouns that name a span of time after a date that describes them ("the summer window")
_PERIOD_NOUN = re.compile(
    r"\s+(?:(?:transfer|trading|registration|filing|holiday|parliamentary|legislative|"
    r"school|summer|winter)\s+)?(?:window|period|term|session|recess|break|holidays?|"
    r"vacation|months?|weeks?)\b",
    re.I,
)


# ("was cancelled" may tell of an event still to come: "The December meeting was cancelled")
_NOT_SUBJECT_PAST = frozenset(
    ("last", "ago", "earlier", "previously", "yesterday", "was", "were", "had", "did")
)
# words that end the noun phrase before its verb is found
_NOT_SUBJECT_NOUN = _set(
    "is are was were had did been be will would has have can could may might should must to of in on at for"
)


def _subject_of_past(left: str, right: str) -> bool:
    """True when the noun phrase a date describes opens its sentence and its verb is past
    ("A December forecast cut | wiped 10% off the shares")."""
    if _WORD.findall(left)[1:]:  # (the determiner alone before the date)
        return False
    words = _WORD.findall(right)[:5]
    for w in words[1:]:  # (the first is the noun the date describes)
        if w in _PAST_WORDS - _NOT_SUBJECT_PAST or (
            w.endswith("ed") and len(w) > 3 and w not in _NOT_PAST_ED
        ):
            return True
        if not w.islower() or w in _NOT_SUBJECT_NOUN:
            return False
    return False


def describes_noun(text: str, start: int, end: int) -> bool:
    """True for a date that describes the noun after it ("its October forecast", "the
    Jan. 14 deadline"): it dates that thing, not what the clause says happened."""
    return _attributive(text, start, end, *_clause(text, start, end))


# A clock time between the verb and the day ("starts at 7:00 am (0500 GMT) on Sunday"): no
# words of the clause ("am" is no verb there) and no distance from the verb
_CLOCK = re.compile(
    r"(?:\bat\s+)?\(?\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.\s?m\.|[ap]m\b)"
    rf"(?:\s+(?:[A-Z]{{2,4}}\b|local\s+time|{ZONE}))?\)?"
    r"|\(?\b\d{1,2}:?\d\d\s+(?:GMT|UTC)\b\)?|\b(?:local\s+time|GMT|UTC)\b"
    r"|(?:\bat\s+)?\b(?:noon|midnight|midday)\b"  # "the deadline is midnight Friday"
)


def _without_clocks(words: str) -> str:
    """The words with clock times left out, "re-open" spelt "reopen", another compound
    by its last word ("shortly after take-off on Oct. 24": "off", no "take" that would
    be a timetable) and a year kept as a word of its own ("passed in 2023, takes
    effect": "takes" does not follow "in")."""
    joined = _COMPOUND_HEAD.sub("", _RE_PREFIX.sub("re", _CLOCK.sub(" ", words)))
    return _YEAR_WORD.sub(" Year ", joined)


_COMPOUND_HEAD = re.compile(r"\b[A-Za-z]+-(?=[A-Za-z])")


_YEAR_WORD = re.compile(r"\b(?:1[6-9]|20)\d\d\b(?=\s*,)")


_RE_PREFIX = re.compile(r"\bre-(?=[a-z])")


def _words_between(words: list[str]) -> int:
    """How many words ``words`` holds, a name of several capitalised words counting as one."""
    count, in_name = 0, False
    for word in words:
        capital = word[:1].isupper()
        if not (capital and in_name):
            count += 1
        in_name = capital
    return count


# past forms in -ed that follow a subject's date without being its predicate
_NOT_PREDICATE_ED = _set("compared followed based including")
_FIRST_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _past_predicate_next(right: str) -> bool:
    """True when the word right after the expression is a past verb ("... in November fell")."""
    m = _FIRST_WORD.match(right)
    if m is None:
        return False
    w = m.group(1)
    if w in _PAST_WORDS:
        return w not in ("last", "ago", "earlier", "previously", "yesterday")
    return w.endswith("ed") and w not in _NOT_PAST_ED and w not in _NOT_PREDICATE_ED


# a word that dates a clause ("On Friday, the judge set ...", "Last week, ...")
_DATE_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    r"Dec|yesterday|today|tonight|week|month|year|weekend|morning|evening|afternoon|night|"
    r"earlier|ago|\d+",
    re.I,
)
_TRAILING_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*$")
_CLOCK_TIME = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.\s?m\.|[ap]m\b)|noon|midday|midnight)"
# a date joined to one before it with no verb of its own: "in December and again in February"
_AND_AGAIN_IN = re.compile(
    r"\s*\band\s+(?:(?:again|then|later|also|once\s+more)\s+)?"
    # ("from 7am to 2pm on Friday and from 10am to 5pm on Saturday")
    rf"(?:from\s+{_CLOCK_TIME}\s+(?:to|until|till)\s+{_CLOCK_TIME}\s+)?(?:in|on|during)\s+$",
    re.I,
)


def tense_from_text(text: str, start: int, end: int) -> str | None:
    """past / future / present from the clause around the expression, or None.

    The nearest cue to the left wins (a reporting verb right before the
    expression governs it: "said Wednesday"); then the nearest to the right.
    A past cue far from the expression is weak evidence and gives None.
    """
    left, right = _clause(text, start, end)
    joined = _AND_AGAIN_IN.search(left)
    if joined and not _WORD.search(right):
        # "raised rates in December and again in February": the date shares the verb of
        # the date it is joined to (read from the "and")
        at = start - len(left) + joined.start()
        # (from before a weekday it follows: "on Friday and from 10am on Saturday", which the
        # left words, skipping names, would not reach)
        day = _TRAILING_DAY.search(text, max(0, at - 12), at)
        at = day.start() if day else at
        return tense_from_text(text, at, at)
    if _TO_THE_POLLS.search(left):
        return TIMETABLE  # "voters go to the polls on Sunday"
    if _AHEAD_OF.search(left) and _A_WEEKDAY.fullmatch(text, start, end):
        # "rallied ahead of Sunday's vote", "investors await Friday's report" (a dated day
        # may have gone by: "rallied ahead of the Nov. 3 vote", read on Nov. 12)
        return FUTURE
    if _AHEAD_OF.search(left):
        # "bookings surged ahead of Thanksgiving", "rallied ahead of the Dec. 3 vote": what
        # is awaited is near the deed, ahead of it or gone by since, whatever the tense
        return DEADLINE
    # a date inside a short phrase opening the sentence ("In an April speech, Volcker
    # said", "At its March meeting, the board cut"): the main clause's verb places it
    opening = bool(_OPENING_LEFT.fullmatch(left) and _OPENING_RIGHT.match(right))
    if not opening and _attributive(text, start, end, left, right):
        # "the Jan. 14 deadline": the date describes a noun, not the verb's time; but the
        # subject of a past verb is itself past ("A December forecast cut wiped 10% off")
        return PAST if _subject_of_past(left, right) else None
    if not opening and right.startswith(("'s", "’s")):
        # "Wednesday's ruling": the day of an event named, placed by what is said of it
        # ("Thursday's vote is expected to be close", "Sunday's vote was marred"), unless
        # a past verb before it took part in it ("beat Italy in Saturday's semi-final and
        # will face France")
        if clause_verb_tense(text, start, reach=6) == PAST:
            return PAST
        return _possessor_tense(_WORD.findall(right[2:])[:5])
    lw = _WORD.findall(_without_clocks(left))[-20:]
    for dist, i in enumerate(range(len(lw) - 1, -1, -1)):
        if (foreseen := _foreseen(lw, i, dist)) is not None:
            return foreseen
        if lw[i].lower() in _REPORTING:
            if i >= 2 and lw[i - 1].lower() == "be" and lw[i - 2].lower() in _MODAL_BEFORE_BE:
                return FUTURE  # "the prize will be announced on Friday": no report yet
            if i >= 1 and lw[i - 1].lower() in ("is", "are") and lw[i].lower() in _FORECAST_PASSIVE:
                return FUTURE  # "gales are predicted from Sunday": a forecast, not a report
            if dist < _REPORT_REACH:
                return REPORTED
            break
        if lw[i].lower() in _CLAUSE_OPENERS:
            if lw[i].lower() == "but" and i + 1 < len(lw) and lw[i + 1].lower() in _BOUNDS:
                continue  # "no earlier than August but before November": one clause
            break
        if (
            1 <= dist <= 5
            and i > 0
            and lw[i - 1].lower() in ("is", "are")
            and re.fullmatch(r"[a-z]{3,}ing", lw[i])
            and lw[i] not in ("being", "during", "according")
            and all(w.islower() for w in lw[i + 1 :])
        ):
            # "Sweden is hosting the summit in October": a present progressive with a
            # time of its own is an arrangement ahead
            return FUTURE
        if (
            dist <= 1
            and lw[i].lower() in ("is", "are")
            and (dist == 0 or lw[-1].lower() in ("on", "in", "at"))
        ):
            # "the vote is on Sunday", "the deadline is Friday", "kick-off is at 8 p.m. on
            # Saturday": the one ahead
            return TIMETABLE
        if (
            dist == 2
            and lw[i].lower() in ("is", "are")
            and lw[i + 1].lower() in ("out", "back")
            and lw[-1].lower() in ("on", "in", "at")
        ):
            return TIMETABLE  # "the jobs report is out on Thursday", "MPs are back in March"
        if (
            dist == 1
            and lw[-1].lower() == "for"
            and lw[i].lower() in _SET_FOR
            and (i == 0 or lw[i - 1].lower() not in _PLANNED_BEFORE)  # "originally set for"
        ):
            if (
                lw[i].lower() in _SCHEDULED
                and i > 0
                and lw[i - 1].lower() not in _BE_FORMS
                and _past_before(lw, i)
            ):
                return FUTURE_IN_PAST  # "canceled events scheduled for Monday": seen from then
            if i > 1 and lw[i - 1].lower() == "been" and lw[i - 2].lower() == "had":
                return PRESENT  # "a vote that had been set for Wednesday": the closest one
            return FUTURE  # "elections have been called for 7 December"
        if (
            dist == (1 if lw[-1].lower() in ("on", "from") else 0)
            and lw[i].lower() in ("starting", "beginning")
            and i > 0
            and lw[i - 1].islower()
            and lw[i - 1].lower() not in _BE_FORMS
            and _past_before(lw, i)
        ):
            # "announced a ceasefire starting on Sunday": the start of what was announced,
            # seen from the announcing (ahead of it, as "scheduled for" is)
            return FUTURE_IN_PAST
        if (
            2 <= dist <= 6
            and (
                lw[-1].lower() == "for"
                # "set a trial date of Sept. 9", "set a deadline of June 30"
                or (lw[-1].lower() == "of" and lw[-2].lower() in ("date", "deadline"))
            )
            and lw[i].lower() in _SET_FOR
            # ("set sentencing for Feb. 12": a bare noun)
            and (lw[i + 1].lower() in ("a", "an", "the", "its", "their", "his", "her") or dist == 2)
            # ("called a 24-hour rail strike for Friday": a number in the noun phrase too)
            and all(w.islower() or w.isdigit() for w in lw[i + 1 : -1])
        ):
            if not any(_DATE_WORD.fullmatch(w) for w in lw[:i]):
                # "A judge set a new hearing for Monday" with no day of the setting: the
                # setting is the day's news, and the day set lies ahead of the publication
                return FUTURE
            return FUTURE_IN_PAST  # "set a hearing for Nov. 12": a date ahead of the setting
        if (
            dist <= 2
            and lw[i].lower() == "could"
            and "that" in (w.lower() for w in lw[max(0, i - 4) : i])
            and lw[i + 1].lower() not in ("not", "have", "never")
        ):
            return FUTURE  # "warned that the dam could burst on Friday" (not "could be located")
        if (
            dist <= 4
            and lw[i].lower() == "could"
            and lw[i + 1].islower()
            and lw[i + 1] not in _NOT_A_POSSIBILITY
        ):
            # "temperatures could hit 20C on Sunday", "the vote could come on Friday": what
            # may happen lies ahead (not "could not reach him", "could see the smoke")
            return FUTURE
        if (
            i >= 1
            and lw[i].lower() in _SCHEDULED | {"due", "supposed"}
            and lw[i - 1].lower() in _FIRST_PLAN
            and (i < 2 or lw[i - 2].lower() != "as")  # "as originally planned": kept
        ):
            # "was initially scheduled to open in October", "The vote, originally set for
            # 15 March, has been put off": the closest one
            return PRESENT
        if dist <= 1 and lw[i].lower() in _EXPECT_OBJECT_TO and _OBJECT_THEN_TO.match(text, end):
            return FUTURE  # "expects Q3 sales to jump": the object's time is ahead
        if dist <= 5 and lw[i].lower() in _EXPECT_OBJECT_TO and _ASIDE_THEN_TO.match(text, end):
            # "expects revenue in the fourth quarter (, which ends May 31,) to grow": the
            # date is inside the object of the forecast
            return FUTURE
        if dist == 0 and lw[i].lower() in ("runs", "lasts") and lw[i - 1 : i] != ["home"]:
            return TIMETABLE  # "the exhibition runs Monday through Friday"
        cue = _cue(lw, i)
        if cue == PAST and _reduced_relative(lw, i):
            continue  # "will apply to income earned from April 6": the future governs
        if cue == PAST and _words_between(lw[i + 1 :]) >= _PAST_REACH:
            break
        if (
            cue == FUTURE
            and lw[i].lower() in _SCHEDULED
            and (i == 0 or lw[i - 1].lower() not in _BE_FORMS)
            and _PAST_PASSIVE_NEXT.match(right)
        ):
            # "a memorial service planned for Saturday was canceled": the plan is seen
            # from the past the clause's own verb reports
            return FUTURE_IN_PAST
        if (
            cue == TIMETABLE
            and dist >= _TIMETABLE_REACH
            and not _lower_object(lw[i + 1 :])
            # "England face Wales at Twickenham on Saturday": a fixture's teams and ground
            and not (
                lw[i].lower() in _FIXTURE
                and (
                    dist < 2 * _TIMETABLE_REACH
                    # ("Spurs play Manchester United in the Europa League final in Bilbao on
                    # Wednesday": the opponent named, then the match and its ground)
                    or (lw[i + 1][:1].isupper() and dist < 3 * _TIMETABLE_REACH)
                )
            )
            # "arrives in South Africa on Friday on the second leg of", "the summit opens in
            # The Hague on Tuesday": a trip's or a meeting's place
            and not (
                (lw[i].lower() in _TRIP or lw[i + 1].lower() in ("in", "at"))
                and dist < 2 * _TIMETABLE_REACH
                and lw[-1].lower() == "on"
            )
        ):
            continue  # a caption's "X and Y arrive for talks at Camp David Saturday"
        if cue in (FUTURE, FUTURE_IN_PAST) and _first_plan(lw, i):
            return PRESENT  # "was originally due to be completed in July": the closest July
        if cue == TIMETABLE and _past_predicate_next(right):
            return PAST  # "Housing starts in November fell": the "timetable" was the subject
        if cue is not None:
            return cue
    # a date fronted before a comma ("In January, a week after the anniversary, a bomb
    # exploded"): the main clause's verb governs it, however far along
    fronted_here = opening or _is_fronted(left, right)
    if fronted_here:
        right = _clause(text, start, end, 2 * _CONTEXT_RIGHT)[1]
    rw = _WORD.findall(_without_clocks(right))[: 24 if fronted_here else 10]
    if (
        not fronted_here
        and re.match(r"\s*,", right)
        and any(w.lower() in _REPORTING for w in rw[:5])
    ):
        return None  # "..., officials said": the attribution, not the event's tense
    if not fronted_here and _APPOSED_PLAN.match(right):
        return None  # "data for September, due on Friday, ...": when the noun is due, not the date
    if re.match(r"\s*,", right) and _RELATIVE_OPENED.search(left.rsplit(",", 1)[-1]):
        # "Xi, who became party chief in November, is expected to": the relative clause
        # ends at the comma; the main clause's verb does not date it
        return None
    for i in range(len(rw)):
        if rw[i].lower() in _REPORTING:
            return PAST if i < _PAST_REACH else None
        if rw[i] in _CLAUSE_OPENERS or (  # (lower case: not "the WHO will")
            # "Obama's statement Tuesday that the country should": the statement's content
            rw[i] == "that" and i + 1 < len(rw) and rw[i + 1].lower() in _SUBJECT_OPENERS
        ):
            break  # "an offer made on March 31 which would grant it seats": another clause
        w, nxt = rw[i].lower(), (rw[i + 1].lower() if i + 1 < len(rw) else "")
        if w == "and" and nxt in _NEW_PREDICATE:
            # "reported its results for the first half on Tuesday and will publish ...":
            # the second verb of the subject has a time of its own
            break
        if w in _FUTURE_BEFORE_TO and nxt in ("to", "for"):
            # after the date, the plan is the verb it dates: "In March, the Fed agreed to
            # lend" is when the agreement was made
            if i > 0 and rw[i - 1].lower() in ("is", "are"):
                return FUTURE  # "Saturday is expected to be the hottest day"
            if w.endswith("ed") or w in ("sought", "was", "were"):
                return PAST
            if i > 0 and rw[i - 1].lower() == "to":
                continue  # "a call Monday among members to prepare for": a purpose
        cue = _cue(rw, i)
        if cue == TIMETABLE and i >= _TIMETABLE_REACH:
            continue
        if cue == PAST and i >= _PAST_REACH and not fronted_here:
            return None
        if cue is not None:
            return cue
    return None


# Verbs of a warning whose object is a happening to come: "warned of further walkouts
# (in December)" (not "threatened": "floods threatened homes in March" is no threat)
_WARN_OF = _set("warned warns warning warn cautioned cautions")


def _foreseen(words: list[str], idx: int, dist: int) -> str | None:
    """FUTURE_IN_PAST (FUTURE for a verb in the present) when ``words[idx]`` warns of the
    thing the date right after it dates ("The union warned of further walkouts in
    December": the coming December, seen from the warning); else None."""
    word = words[idx].lower()
    if not 2 <= dist <= 6 or idx + 1 >= len(words) or word not in _WARN_OF:
        return None
    # (the thing is a noun phrase up to the date: no clause, no name of a time of its own)
    if words[idx + 1].lower() not in ("of", "about") or not all(
        w.islower() or w[:1].isdigit() for w in words[idx + 1 : -1]
    ):
        return None
    if words[-1].lower() not in ("in", "on", "for", "from", "by", "next", "this"):
        return None
    return FUTURE if word.endswith(("s", "n")) else FUTURE_IN_PAST


def clause_verb_tense(text: str, start: int, reach: int = 10) -> str | None:
    """The tense of the nearest verb before ``start`` in its clause (up to ``reach`` words,
    no reporting verb: "the storm knocked out power to 2 million homes by")."""
    left, _ = _clause(text, start, start)
    words = _WORD.findall(_without_clocks(left))[-reach:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _CLAUSE_OPENERS or words[i].lower() in _REPORTING:
            return None
        cue = _cue(words, i)
        if cue is not None:
            return cue
    return None


_OBJECT_OPENERS = _set("a an the its their his her our this next")
_PREPOSITIONS = _set("for at in on to with from by into onto over under about after before")


# words in -s that are no plural subject ("it was close on Sunday", "came as close as")
_NOT_PLURAL_S = _set("is was has as its this his us perhaps always less")
_PLURAL_PRONOUNS = _set("they we you people")


def timetable_verb(word: str) -> bool:
    """True for a verb that tells of a timetable in the present ("opens", "resume")."""
    return word.lower() in _SCHEDULE_PRESENT or word.lower() in _SCHEDULE_BARE


def plural_present(subject: str, verb: str) -> bool:
    """True when ``verb`` after ``subject`` reads as a plural present ("prices rise", "they
    flood"), not a past ("prices fell", "roads flooded") nor a singular subject's word."""
    subj, w = subject.lower(), verb.lower()
    plural = subj in _PLURAL_PRONOUNS or (
        subj.endswith("s") and not subj.endswith("ss") and subj not in _NOT_PLURAL_S
    )
    return (
        plural
        and w.isalpha()
        and not w.endswith(("ed", "s", "ly", "er"))
        and w not in _PAST_WORDS
        and w not in ("be", "been", "being", "than", "in", "on", "at", "the", "a", "an", "to")
    )


_PARTICIPLE_PREPS = _set("from after between")
_NOT_NOUN_BEFORE = _set("it he she they we i you who that which this there one")


def _reduced_relative(words: list[str], idx: int) -> bool:
    """True for a past participle after a noun in a clause a "will" governs ("will apply to
    income earned from April 6"): it describes the noun, it is no past of its own."""
    w = words[idx].lower()
    if not w.endswith("ed") or idx < 2 or idx + 1 >= len(words):
        return False
    prev = words[idx - 1]
    if (
        words[idx + 1].lower() not in _PARTICIPLE_PREPS
        or not prev.isalpha()
        or not prev.islower()
        or prev in _NOT_NOUN_BEFORE
        or prev in _PARTICIPLE_BEFORE
        or prev in _BE_FORMS
        or prev in ("had", "and", "or", "not", "never")
        or prev.endswith("ly")
    ):
        return False
    for j in range(idx - 2, max(-1, idx - 12), -1):
        x = words[j].lower()
        if x in _CLAUSE_OPENERS:
            return False
        if x in ("will", "shall", "'ll"):
            return True
    return False


def _coordinated_cue(words: list[str], conj: int) -> str | None:
    """The tense of the verb a verb after the conjunction at ``conj`` is coordinated with (the
    nearest cue before it in the clause)."""
    for j in range(conj - 1, max(-1, conj - 14), -1):
        if words[j].lower() in _CLAUSE_OPENERS:
            return None
        cue = _cue(words, j)
        if cue is not None:
            return cue
    return None


def _after_causative(words: list[str], idx: int) -> bool:
    """True for a bare infinitive after "let", "made", "helped" and its object ("let the
    ground offensive begin"): no present tense of its own."""
    for j in range(idx - 2, max(-1, idx - 6), -1):
        w = words[j].lower()
        if w in _CAUSATIVE:
            return True
        if w in _CLAUSE_OPENERS or _cue(words, j) not in (None, TIMETABLE):
            return False
    return False


def _lower_object(words: list[str]) -> bool:
    """True for an object between a timetable verb and the date that the verb still
    governs: a short lower-case one ("starts a two-day policy meeting on"), or a noun
    phrase opened by a determiner, names and all, with no verb of its own ("holds its
    Federal Open Market Committee meeting in Washington on"); not a caption's "arrive
    for talks at Camp David"."""
    if len(words) <= 6 and all(w.islower() for w in words):
        return True
    if not words or len(words) > 10:
        return False
    if words[0].lower() not in _OBJECT_OPENERS and (
        not words[0].islower() or words[0] in _PREPOSITIONS
    ):
        return False  # (a bare noun may open it: "hold talks in the Kremlin on")
    return all(
        _cue(words, i) is None and words[i].lower() not in _CLAUSE_OPENERS
        for i in range(1, len(words))
    )


def _possessor_tense(words: list[str]) -> str | None:
    """The tense of the verb after "Friday's vote": future or past, else None."""
    for i, w in enumerate(words):
        if w.lower() in _CLAUSE_OPENERS:
            return None
        cue = _cue(words, i)
        if cue in (FUTURE, PAST):
            return cue
        if cue == TIMETABLE and 1 <= i <= 2:
            return TIMETABLE  # "Sunday's game kicks off at 4.30pm": the one ahead
        if cue is not None and w.lower() not in ("is", "are"):  # "is expected to": read on
            return None
    return None


def tense_from_doc(doc: Any, start: int, end: int) -> str | None:
    """past / future / present from the spaCy parse: the verb governing the expression."""
    try:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        token = span.root
        for _ in range(8):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return None
        # a plan or forecast governing this verb: "plans to deploy", "is set to arrive"
        chain = [token]
        head = token
        for _ in range(3):
            if head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.i != head.i:
                head = head.head
                chain.append(head)
            else:
                break
        for t in chain:
            for child in t.children:
                if child.dep_ in ("aux", "auxpass") and child.lower_ == "would":
                    return FUTURE_IN_PAST  # "said it would pay": a future seen from a past
                if child.dep_ in ("aux", "auxpass") and child.lower_ in (
                    "will", "shall", "'ll", "wo", "could", "may", "might", "must"
                ):  # fmt: skip
                    return FUTURE
            if t.i != token.i and t.lemma_.lower() in _PLAN_LEMMAS:
                return FUTURE
            if t.lower_ in ("going",) and t.i != token.i:
                return FUTURE
        morph = token.morph.get("Tense")
        aux_past = any(
            c.dep_ in ("aux", "auxpass") and "Past" in c.morph.get("Tense") for c in token.children
        )
        if ("Past" in morph and token.tag_ == "VBD") or aux_past:
            return PAST
        if token.tag_ in ("VBZ", "VBP"):
            return PRESENT
        return None
    except Exception:  # a parse we cannot read must not stop tagging
        return None


def tense_at(text: str, start: int, end: int, doc: Any = None) -> str | None:
    """The tense governing ``text[start:end]``: from the words, else a future found in the parse.

    The word rules come first: on TimeBank/AQUAINT they place years better
    than the governing verb of the small English parse (its tense is often
    the reporting verb's, "said Friday that ... will"), while a future
    auxiliary or plan the parse links to the expression across a longer
    clause is still worth taking when the words say nothing.
    """
    found = tense_from_text(text, start, end)
    if found is not None or doc is None:
        return found
    if _attributive(text, start, end, *_clause(text, start, end)):
        return None
    found = tense_from_doc(doc, start, end)
    return found if found in (FUTURE, FUTURE_IN_PAST) else None


def pick_year(
    make: Callable[[int], Period | None],
    anchor: date,
    tense: str | None,
    *,
    default: str | None = None,
) -> Period | None:
    """The occurrence of a yearless period (built by ``make(year)``) that the tense points to.

    past: the latest one that starts on or before ``anchor``; future: the
    first one that ends on or after it; otherwise the closest one.
    """
    options = [
        p for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (p := make(y)) is not None
    ]
    if not options:
        return None
    tense = tense or default
    if tense == TIMETABLE:
        # "the accord expires in October": the next one, unless one has just gone by
        # ("Ramadan begins on March 11" read on March 14)
        recent = [p for p in options if 0 <= (anchor - p.bounds()[1]).days <= _JUST_GONE]
        tense = None if recent else FUTURE
    if tense == REPORTED:
        past = [p for p in options if p.start <= anchor]
        ahead = [p for p in options if p.start > anchor]
        # a report is a past act: only a day just ahead may be meant (a copy dated a little
        # before the report it quotes); a month ahead never is ("warned in December", read
        # in October, is last December)
        far_back = (
            not past
            or (
                ahead[0].gran == "day"
                and _distance(ahead[0], anchor) <= _REPORT_LAG
                and _distance(past[-1], anchor) > 4 * _distance(ahead[0], anchor)
            )
            if ahead
            else False
        )
        tense = FUTURE if far_back else PAST
    if tense == PAST:
        past = [p for p in options if p.start <= anchor]
        if past:
            return past[-1]
    elif tense == FUTURE:
        future = [p for p in options if p.bounds()[1] >= anchor]
        if future:
            return future[0]
    if tense == FUTURE_IN_PAST:
        return near_report(options, anchor)
    if tense == DEADLINE:
        return min(options, key=lambda p: _distance(p, anchor))
    return closest(options, anchor)


def near_report(options: list[Period], anchor: date) -> Period:
    """For a future seen from a past report: among the options still ahead or gone by in
    the last week, the closest to ``anchor``, one gone by counting twice as far (see
    ``FUTURE_IN_PAST``)."""
    after_report = [p for p in options if (anchor - p.bounds()[1]).days <= _JUST_GONE]
    return min(
        after_report or options,
        key=lambda p: _distance(p, anchor) * (2 if p.bounds()[1] < anchor else 1),
    )


def closest(options: list[Period], anchor: date) -> Period:
    """With no cue, the option closest to ``anchor``; news mostly looks back, so a later
    one must be clearly closer than an earlier one to win."""
    return min(options, key=lambda p: _distance(p, anchor) * (2 if p.start > anchor else 1))


def _distance(p: Period, anchor: date) -> int:
    first, last = p.bounds()
    if first <= anchor <= last:
        return 0
    return min(abs((first - anchor).days), abs((last - anchor).days))
