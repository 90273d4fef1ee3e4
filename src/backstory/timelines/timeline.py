"""Timelines: the dated list of developments for a query and a date range.

``build_timeline(archive, about=..., since=..., until=..., max_dates=N,
per_date=K)`` reads the developments the linking step stored, keeps those
the query is about, ranks the days by what the articles say happened (see
``ranking``), picks up to K developments per day and writes each as one
Background-style sentence linked to every source that reported it. Items
are ordered by when the development happened, not by publication.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.engine import Connection

from backstory.attribution import CUE_VERBS
from backstory.linking import prepare
from backstory.linking import tables as t
from backstory.linking.attributions import is_unattributed_quote
from backstory.linking.entities import aliases_for, places_within
from backstory.linking.reports import is_whole_month, is_whole_week, is_whole_year
from backstory.linking.words import content_words, split_sentences
from backstory.timelines import ranking
from backstory.timelines.antecedents import (
    SUBJECT_PRONOUN,
    antecedent_phrase,
    earlier_antecedent,
    object_antecedents,
    resolved_at,
)
from backstory.timelines.summaries import (
    absolute_days,
    after_clause,
    after_its_object,
    apposed_act,
    before_clause,
    bound_by_at,
    closing_relative,
    coordinated_predicate,
    dated_antecedent_clause,
    gapped_clause,
    intent_clause,
    labelled_speaker,
    loaded_pipeline,
    names_clock_time,
    object_relative_clause,
    open_bound,
    opening_participle,
    own_clause,
    participle_sequel,
    relative_clause_claim,
    reported_claim,
    said_another_day,
    said_undated,
    speaks_for_itself,
    subject_aside,
    subject_participle_clause,
    subject_relative_clause,
    summarise,
    time_clause,
    trailing_participle,
    when_clause,
    where_clause,
    whose_clause,
)
from backstory.timex import tag_timexes
from backstory.timex.tagger import dateline_end

TIMELINE_SCHEMA = "backstory.timeline/1"
# Default number of developments per day when none is asked for.
DEFAULT_PER_DATE = 3
# Weight of a line that could only be a quotation with nobody to name (other
# material of its day is preferred to it).
UNATTRIBUTED_QUOTE = 0.5
ANAPHOR = re.compile(r"^(?:they|he|she|it|this|these|those|the group|the troops)\b", re.I)


@dataclass
class Source:
    """Where a line comes from: an article and the offsets of the sentence."""

    article_id: str
    title: str | None
    url: str | None
    start: int
    end: int
    sentence: str
    published: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "url": self.url,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "published": self.published,
        }


def precision(begin: str, end: str) -> str:
    """ "day", "week" (a calendar week, Monday to Sunday), "month" (a whole calendar month),
    "year" (a whole calendar year) or "days" (a span) for a timeline item."""
    if end == begin:
        return "day"
    first, last = date.fromisoformat(begin[:10]), date.fromisoformat(end[:10])
    if is_whole_month(first, last):
        return "month"
    if is_whole_year(first, last):
        return "year"
    if is_whole_week(first, last):
        return "week"
    return "days"


@dataclass
class Item:
    """One line of a timeline: a development on a day, summarised, with its sources."""

    begin: str
    end: str
    summary: str
    modality: str
    sources: list[Source]
    development_id: int | None = None
    type: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: str = ""  # the summary without its date prefix

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "when": {
                "begin": self.begin,
                "end": self.end,
                "precision": precision(self.begin, self.end),
            },
            "summary": self.summary,
            "modality": self.modality,
            "sources": [s.to_json() for s in self.sources],
        }
        if self.type:
            out["type"] = self.type
        if self.location:
            out["location"] = {"name": self.location, "lat": self.lat, "lon": self.lon}
        return out


@dataclass
class Timeline:
    """A query and its items, ordered by when they happened."""

    query: dict[str, Any]
    items: list[Item] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": TIMELINE_SCHEMA,
            "query": self.query,
            "items": [i.to_json() for i in self.items],
        }


def query_pattern(names: list[str]) -> re.Pattern[str] | None:
    """A pattern matching any of the names as words (demonym endings allowed)."""
    names = [n for n in names if n.strip()]
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:n|ns|an|ans|ian|ians|ese|i|is|'s|’s)?\b", re.I)


def matching_sources(
    rows: list[dict[str, Any]],
    pattern: re.Pattern[str] | None,
    words: frozenset[str] = frozenset(),
    topical: set[str] | None = None,
) -> list[dict[str, Any]]:
    """The source rows about the query: naming it (or, for a query of several
    words, holding all its content words), or an anaphor right after one that does.

    ``topical`` is the set of articles whose title holds every word of the
    query: in those, a sentence with any of its words is about it too ("the
    deal" in an article headlined "... grain deal").
    """
    if pattern is None:
        return rows
    articles = topical or set()
    hits = {
        (r["article_id"], r["position"])
        for r in rows
        if pattern.search(r["sentence"])
        or any(pattern.fullmatch(e) for e in r["entities"].split("|") if e)
        or (len(words) > 1 and words <= set(r["words"].split()))
        or (r["article_id"] in articles and not words.isdisjoint(r["words"].split()))
    }
    return [
        r
        for r in rows
        if (r["article_id"], r["position"]) in hits
        or (ANAPHOR.match(r["sentence"]) and (r["article_id"], r["position"] - 1) in hits)
    ]


def load_sources(
    conn: Connection,
    *,
    about: str | None,
    since: str | None,
    until: str | None,
    published_before: str | None = None,
    story: int | None = None,
) -> list[dict[str, Any]]:
    """Source rows in the date range (and published before a time, and from the
    articles of one story), about the query.

    With a query, the database returns only the articles that mention one of
    its names or words (a case-insensitive substring filter); the exact
    matching (word boundaries, anaphors) is done here on those.
    """
    c = t.development_sources.c
    query = select(t.development_sources)
    if since:
        query = query.where(c.begin >= since[:10])
    if until:
        query = query.where(c.begin <= until[:10])
    if published_before:
        query = query.where(c.published < published_before)
    if story is not None:
        members = select(t.story_members.c.article_id).where(t.story_members.c.story_id == story)
        query = query.where(c.article_id.in_(members))
    if not about:
        return _possible([dict(r) for r in conn.execute(query).mappings()])
    names = aliases_for(conn, about)
    names += [p for p in places_within(conn, about) if p not in names]
    words = frozenset(content_words(about))
    needles = [n for n in names if n.strip()] + sorted(words)
    about_it = or_(*(c.sentence.ilike(f"%{n}%") for n in needles))
    articles = select(c.article_id).where(about_it).distinct().scalar_subquery()
    rows = [dict(r) for r in conn.execute(query.where(c.article_id.in_(articles))).mappings()]
    topical = None
    if len(words) > 1:
        titles = describe_articles(conn, {r["article_id"] for r in rows})
        topical = {
            a for a, (title, _) in titles.items() if words <= set(content_words(title or ""))
        }
    return _possible(matching_sources(rows, query_pattern(names), words, topical))


def _possible(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows without those whose guessed day cannot be right (after the day of what
    the sentence's object did next: see ``after_its_object``)."""
    return [
        r
        for r in rows
        if r["explicit"]
        or not after_its_object(r["sentence"], r["begin"], r["published"], loaded_pipeline)
    ]


def describe_articles(
    conn: Connection, article_ids: set[str]
) -> dict[str, tuple[str | None, str | None]]:
    """Article id -> (title, url), as linking recorded them."""
    out: dict[str, tuple[str | None, str | None]] = {}
    ids = sorted(article_ids)
    for i in range(0, len(ids), 500):
        rows = conn.execute(
            select(
                t.story_members.c.article_id, t.story_members.c.title, t.story_members.c.url
            ).where(t.story_members.c.article_id.in_(ids[i : i + 500]))
        )
        out.update({a: (title, url) for a, title, url in rows})
    return out


def load_texts(conn: Connection, article_ids: set[str]) -> dict[str, str]:
    """Article id -> its text, for the articles the archive stores (none when
    the linking tables stand alone)."""
    from backstory.archive.schema import articles

    out: dict[str, str] = {}
    if not inspect(conn).has_table(articles.name):
        return out
    ids = sorted(article_ids)
    for i in range(0, len(ids), 500):
        rows = conn.execute(
            select(articles.c.id, articles.c.text).where(articles.c.id.in_(ids[i : i + 500]))
        )
        out.update({a: text for a, text in rows})
    return out


def resolve_subject(lead: dict[str, Any], text: str) -> tuple[str, dict[str, Any]] | None:
    """The lead sentence with its opening pronoun replaced by the antecedent
    phrase of the sentence before it (or of the one before that, when the sentence
    between names nothing else it could stand for), and that sentence as a source row."""
    match = SUBJECT_PRONOUN.match(lead["sentence"])
    if not match or not text:
        return None
    found = earlier_antecedent(text, lead["sentence_start"], lead["sentence"], loaded_pipeline())
    if found is None:
        return None
    phrase, span = found
    return _named(lead["sentence"], match, phrase), _source_row(lead, text, span)


# "He said the attack ... was "a despicable crime"": a third person's saying, its words
# quoted after it
_SAID_BEFORE_QUOTING = re.compile(
    r"(?:He|She|They)\s+(?:\w+\s+)?(?:said|added|told|says|warned)\b[^\"“”]*[\"“]"
)


def _said_before_quoting(sentence: str) -> bool:
    """Whether the sentence opens with a third-person pronoun saying something, and
    quotes words only after it."""
    return _SAID_BEFORE_QUOTING.match(sentence.lstrip()) is not None


def _named(sentence: str, match: re.Match[str], phrase: str) -> str:
    """``sentence`` with the pronoun ``match`` found replaced by ``phrase`` ("its" by the
    possessive: "the Bank of England's")."""
    if match.group(1).lower() == "its":
        phrase += "'s"
    if sentence[: match.start(1)].strip(" \"“'‘"):
        # ("By Saturday night, they had destroyed ..." after "The fires broke out ...")
        phrase = re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), phrase)
    return sentence[: match.start(1)] + phrase + sentence[match.end(1) :]


def _objects_of_clause(
    whole: str, clause: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None]:
    """``clause``, told alone from the sentence ``whole``, with its object pronouns named
    from the words of ``whole`` before it (see ``object_antecedents``), and the date span
    moved with it."""
    pronoun = re.search(r"\b(?:him|her|them)\b", clause)
    if pronoun is None:
        return _it_of_clause(whole, clause, date_span)
    at = whole.find(clause[pronoun.start() :].rstrip(".")[:25])
    cut = max(whole.rfind(w, 0, max(at, 0)) for w in (", and ", ", but ", ", then ", "; ", " and "))
    if at <= 0 or cut <= 0:
        return clause, date_span
    before = whole[:cut].rstrip(",;") + ". "  # (the clause left out, as a sentence)
    edits, _ = object_antecedents(before + clause, len(before), clause, loaded_pipeline())
    for start, end, phrase in sorted(edits, reverse=True):
        clause = clause[:start] + phrase + clause[end:]
        if date_span is not None and start < date_span[0]:
            shift = len(phrase) - (end - start)
            date_span = (date_span[0] + shift, date_span[1] + shift)
    return clause, date_span


def clause_of_its_date(
    sentence: str, date_span: tuple[int, int] | None, published: str | None
) -> tuple[str, tuple[int, int]] | None:
    """(clause, date span in it): the part of ``sentence`` that holds the date, told alone,
    from the first of these readings that finds one (in this order); None when none does."""
    readings: tuple[Callable[[], tuple[str, tuple[int, int]] | None], ...] = (
        # "X reported 212 cases on 19 January, and on 3 February Y declared ...": one line
        # a clause, each on its own day
        lambda: own_clause(sentence, date_span, published),
        # "X was arrested on 11 April 2024 and was sentenced in November 2024 to ...": one
        # predicate a line, each on its own day
        lambda: coordinated_predicate(sentence, date_span, published, loaded_pipeline),
        # "They beat hosts Germany on July 5 and France 2-1 last Tuesday": one dated part
        # of the shared verb a line
        lambda: gapped_clause(sentence, date_span, published, loaded_pipeline),
        # "The truce began on Friday, the first halt since Hamas gunmen stormed into Israel
        # on Oct. 7": the line for 7 October is the since-clause
        lambda: time_clause(sentence, date_span, published),
        # "The ECB had raised rates in September 2023 before starting to cut them in June
        # 2024": June's line is the participle's act, told of the subject
        lambda: participle_sequel(sentence, date_span, published, loaded_pipeline),
        # "The collapse comes weeks before the Netherlands hosts a NATO summit on June
        # 24-25": that day's line is the clause
        lambda: before_clause(sentence, date_span, published, loaded_pipeline),
        # "The takeover closed after regulators approved it on Friday": the day is the
        # approval's; the closing came at or after it
        lambda: after_clause(sentence, date_span, published, loaded_pipeline),
        # "She led the country through the pandemic, closing its borders in March 2020":
        # that month's line is the participle's act, told of the subject
        lambda: trailing_participle(sentence, date_span, published, loaded_pipeline),
        # "A court sentenced her on 15 January, a ruling her lawyers appealed the following
        # week": that week's line is the lawyers' appeal
        lambda: apposed_act(sentence, date_span),
        # "a similar one in the United States, where the FDA announced on Aug. 15 that
        # ...": that day's line is the where-clause
        lambda: where_clause(sentence, date_span),
        # "compared it to a similar earthquake in 2011, which killed 15,000 people": that
        # year's line is the earthquake's killing
        lambda: dated_antecedent_clause(sentence, date_span),
        # "Argentina's decision to withdraw from the talks on Nov. 13 surprised diplomats":
        # that day's line is the deciding
        lambda: intent_clause(sentence, date_span),
    )
    return next((found for read in readings if (found := read()) is not None), None)


def _it_of_clause(
    whole: str, clause: str, date_span: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None]:
    """``clause`` with an object "it" named by the one singular object of the clause of
    ``whole`` it was told after ("Google appealed the decision, but the General Court
    upheld it in November 2021" -> "the General Court upheld the decision ..."), and the
    date span moved with it; unchanged when that is not clear."""
    at = whole.lower().find(clause.rstrip(".")[:30].lower())
    if at <= 0 or re.search(r"\bit\b", clause) is None:
        return clause, date_span
    nlp = loaded_pipeline()
    objects = [
        t for t in nlp(whole[:at]) if t.dep_ == "dobj" and t.tag_ == "NN" and t.head.dep_ == "ROOT"
    ]
    its = [t for t in nlp(clause) if t.lower_ == "it" and t.dep_ == "dobj"]
    if len(objects) != 1 or len(its) != 1:
        return clause, date_span
    thing, it = objects[0], its[0]
    if any(c.dep_ in ("poss", "nummod") for c in thing.children) or thing.left_edge.lower_ != "the":
        return clause, date_span  # ("appealed its fine": whose, the clause left out says)
    phrase = " ".join(t.text for t in thing.subtree if t.i <= thing.i)
    phrase = phrase[:1].lower() + phrase[1:]
    named = clause[: it.idx] + phrase + clause[it.idx + 2 :]
    if date_span is not None and it.idx < date_span[0]:
        date_span = (date_span[0] + len(phrase) - 2, date_span[1] + len(phrase) - 2)
    return named, date_span


def _source_row(lead: dict[str, Any], text: str, span: tuple[int, int]) -> dict[str, Any]:
    """A source row like ``lead``'s for the sentence of ``text`` at ``span``."""
    return dict(
        lead, sentence=text[span[0] : span[1]], sentence_start=span[0], sentence_end=span[1]
    )


def _claim_subject(
    sentence: str, claim: str, lead: dict[str, Any], text: str
) -> tuple[str, dict[str, Any] | None] | None:
    """The claim with its opening "they"/"he"/"she" replaced by the phrase it refers
    to in the sentence's words before the claim, else in the sentence before it or the
    one before that (``lead``'s, in ``text``) when nothing between could be meant, and
    the row of that earlier sentence; None when that is not clear."""
    match = SUBJECT_PRONOUN.match(claim)
    at = sentence.find(claim.rstrip(".")[:40])
    if match is None or at <= 0:
        return None
    phrase, row = antecedent_phrase(sentence[:at], claim, loaded_pipeline()), None
    if not phrase and text and lead["sentence"] == sentence:
        found = earlier_antecedent(
            text, lead["sentence_start"], claim, loaded_pipeline(), between=sentence[:at]
        )
        if found is not None:
            phrase, row = found[0], _source_row(lead, text, found[1])
    if not phrase:
        return None
    return _named(claim, match, phrase), row


def _objects_named(
    lead: dict[str, Any], sentence: str, date_span: tuple[int, int] | None, text: str
) -> tuple[str, tuple[int, int] | None, dict[str, Any] | None]:
    """``sentence`` (``lead``'s, its opening pronoun perhaps named) with its object
    pronouns named from the sentence before (see ``object_antecedents``), the date span
    moved with it, and the row of that sentence (None when nothing was named)."""
    edits, span = object_antecedents(text, lead["sentence_start"], sentence, loaded_pipeline())
    if span is None:
        return sentence, date_span, None
    for start, end, phrase in sorted(edits, reverse=True):
        sentence = sentence[:start] + phrase + sentence[end:]
        if date_span is not None and start < date_span[0]:
            shift = len(phrase) - (end - start)
            date_span = (date_span[0] + shift, date_span[1] + shift)
    return sentence, date_span, _source_row(lead, text, span)


def _day_of_a_happening(text: str, lead: dict[str, Any], day: str) -> bool:
    """Whether ``day``, which the lead's sentence does not name, is named by the sentence
    before it as the day of something that happened rather than of a saying ("The attack
    was detected early on Saturday, X told reporters"); False when no sentence just
    before names it, or when it is the day of publication."""
    if not text or not lead["published"] or day == lead["published"][:10]:
        return False  # (a saying with no day of its own is the publication's by default)
    before = split_sentences(text[: lead["sentence_start"]])[-2:]
    dct = datetime.fromisoformat(lead["published"])
    for start, end in reversed(before):
        sentence = text[start:end]
        named = [t for t in tag_timexes(sentence, dct) if (t.value or "")[:10] == day]
        if not named:
            continue
        doc = loaded_pipeline()(sentence)
        token = next((w for w in doc if w.idx >= named[0].start), None)
        while token is not None and token.pos_ not in ("VERB", "AUX"):
            token = None if token.head.i == token.i else token.head
        return token is not None and token.lemma_.lower() not in CUE_VERBS
    return False


# A speaker named first, then the quotation: 'Lowe said: "We moved ..."'
_SPEAKER_FIRST = re.compile(
    r'\s*(?P<who>[A-Z][^"“”,:;]{1,80}?)\s+(?:said|added|told\s+(?:reporters|journalists))'
    r'\s*[:,]\s*(?P<q>["“][^"“”]+["”])\s*'
)
# A word that makes the time after it a bound: "from 08:00", "by noon", "until 6 p.m."
_BOUND_BEFORE = re.compile(r"\b(?:from|since|by|until|till|before|after)\s+$", re.I)


def make_item(
    development_id: int,
    day: str,
    sources: list[dict[str, Any]],
    development: dict[str, Any] | None,
    lead: dict[str, Any],
    articles: dict[str, tuple[str | None, str | None]],
    *,
    with_year: bool,
    continuation: dict[str, Any] | None = None,
    texts: dict[str, str] | None = None,
    reference: str | None = None,
) -> Item:
    """A timeline line for one development, led by the ``lead`` source.

    ``texts`` (article id -> text) lets the line use its source's context:
    whether its first word is a name, and what an opening "they" stands for.
    ``reference`` is the time the line is read at (see ``summarise``).
    """
    text = (texts or {}).get(lead["article_id"], "")
    note = json.loads(lead["attribution"]) if lead.get("attribution") else None
    quoted = note is not None and note["form"] in ("quote", "quote-first", "unattributed")
    sentence, shift, antecedent = lead["sentence"], 0, None
    # Inside a quotation, a pronoun is the speaker's, not the narrative's: left as it is
    # (not one that opens the sentence before its quotation: 'He said the attack, which
    # began on May 9, was "a despicable crime"' is the minister's saying)
    if (not quoted or _said_before_quoting(lead["sentence"])) and (
        resolved := resolve_subject(lead, text)
    ):
        sentence, antecedent = resolved
        pronoun_at = lead["sentence_start"] + resolved_at(lead["sentence"])
        if lead["timex_start"] is None or lead["timex_start"] >= pronoun_at:
            shift = len(sentence) - len(lead["sentence"])  # (not "In March, it ...")
    date_span = None
    if lead["timex_start"] is not None:
        date_span = (
            lead["timex_start"] - lead["sentence_start"] + shift,
            lead["timex_end"] - lead["sentence_start"] + shift,
        )
    if (filed := dateline_end(sentence)) is not None:
        # "DOHA, Sept 18 - Five Americans who had been detained ...": the dateline is no
        # part of the sentence's grammar (its clauses are read without it)
        sentence = sentence[filed:]
        if date_span is not None:
            inside = date_span[0] < filed
            date_span = None if inside else (date_span[0] - filed, date_span[1] - filed)
    if not quoted and text:
        # "Lawmakers removed him from office in December 2022": who "him" is, from the
        # sentence before (which then backs the line too)
        sentence, date_span, object_row = _objects_named(lead, sentence, date_span, text)
        antecedent = antecedent or object_row
    sentence, date_span = absolute_days(
        sentence, lead["published"], date_span, with_year=with_year, line_day=day
    )
    said_by = (note["form"], note.get("name", "")) if note else None
    if (
        said_by is not None
        and said_by[0] == "quote-first"
        and date_span is None
        and not lead["explicit"]
        and _day_of_a_happening(text, lead, day)
    ):
        # '"We moved to paper records within two hours," Lowe said' after 'The attack
        # was detected early on Saturday, Lowe told reporters': Saturday is the attack's,
        # not the day she said it: 'On 9 May, "we moved ...", according to Maria Lowe'
        said_by = ("quote-aside", said_by[1])
    elif (
        said_by is None
        and date_span is None
        and not lead["explicit"]
        and (told_first := _SPEAKER_FIRST.fullmatch(sentence)) is not None
        and _day_of_a_happening(text, lead, day)
    ):
        # 'Lowe said: "We moved to paper records within two hours."' after 'The attack was
        # detected early on Saturday, Lowe told reporters': as the quotation told first
        # is, what was said, by whom, with no claim that it was said on Saturday
        sentence, said_by = told_first.group("q"), ("quote-aside", told_first.group("who"))
    if (
        said_by is None
        and lead.get("speaker")
        and (closing := _CLOSING_PRONOUN_SAYING.search(sentence))
    ):
        # "Schools will stay closed until February 23, he said": who "he" is, the line
        # names (the report resolved him: "Elijah Muchima"), and where the text named him
        # backs the line too
        sentence = (
            sentence[: closing.start("who")] + lead["speaker"] + sentence[closing.end("who") :]
        )
        if (named_at := text.rfind(lead["speaker"], 0, lead["sentence_start"])) >= 0:
            span = next(
                (
                    sp
                    for sp in split_sentences(text[: lead["sentence_start"]])
                    if sp[0] <= named_at < sp[1]
                ),
                None,
            )
            antecedent = antecedent or (_source_row(lead, text, span) if span else None)
    if (said_by is None or said_by[0] == "unattributed") and (
        who := labelled_speaker(text, lead["sentence_start"])
    ):
        # 'Quote from Terekhov: "The enemy ... our city. All services are working."':
        # the label names the speaker of every sentence of its quotation
        said_by = ("quote", who)
    told_done = False  # the line tells a clause of the sentence that was done by its day
    stretch_opened = False  # the line tells what began a stretch of time the sentence names
    whole = sentence  # (before a clause of it is told alone)
    ahead = bool(lead["published"]) and day > lead["published"][:10]
    # a clock time inside what was said ("Syniehubov said that the bombs hit a residential
    # area at about 21:40", the night before; "The company said it had deployed a fix at
    # 0527 UTC", that morning): the time is the claim's, not the saying's
    clock_before = (
        bool(lead["published"])
        and date_span is not None
        and names_clock_time(sentence, date_span)
        and (
            day < lead["published"][:10]
            # (the day itself only for a time it happened, not a bound: "confirmed that
            # it could not supply gas from 08:00" stays Gazprom's confirming)
            or (
                day == lead["published"][:10] and not _BOUND_BEFORE.search(sentence[: date_span[0]])
            )
        )
    )
    if (
        (
            ahead
            or clock_before
            # ("added that rescuers had put out the fire by the morning of 11 March": what
            # was done by then is the line, not the adding)
            or bound_by_at(sentence, date_span) is not None
            or (
                (
                    said_another_day(sentence, date_span, lead["published"])
                    # ("Police said the man was arrested on Monday": a day gone by is
                    # the arrest's, the saying has no day of its own)
                    or (
                        bool(lead["published"])
                        and day < lead["published"][:10]
                        and said_undated(sentence, date_span)
                    )
                )
                # ("... it had postponed the launch after engineers found a faulty valve
                # last Thursday": the clause of time is the line, below)
                and time_clause(sentence, date_span, lead["published"]) is None
                # ("said on Tuesday it had ordered the evacuation of the hospital, which
                # it raided on Nov. 15": the relative clause is the line, below)
                and object_relative_clause(sentence, date_span, loaded_pipeline) is None
            )
        )
        and continuation is None
        and (claim := reported_claim(sentence, date_span))
    ):
        # "In February, the committee was likely to keep the rate unchanged, according to
        # Kulkarni": a day ahead is the claim's, not the day Kulkarni spoke; so is a day
        # gone by when the saying has a day of its own ("said in parliament on Tuesday
        # that the filling had been completed in September")
        whole = sentence
        said_by, sentence, date_span = ("claim", claim[0]), claim[1], claim[2]
        if (found := _claim_subject(whole, sentence, lead, text)) is not None:
            # "..., and their union said they would walk out again on 4-6 February":
            # who "they" are, from the sentence's clause before the saying (or from
            # an earlier sentence, which then backs the line too)
            named, antecedent = found[0], found[1] or antecedent
            shift = len(named) - len(sentence)
            sentence = named
            date_span = (date_span[0] + shift, date_span[1] + shift)
        if (
            clause := subject_relative_clause(sentence, date_span, loaded_pipeline)
            # ("The commission said it had investigated the DPP's complaint, filed on
            # Monday, and found ...": Monday's line is the complaint's filing)
            or subject_participle_clause(sentence, date_span, loaded_pipeline)
        ) is not None:
            # "Sybiha said the sides had set up a working group, which will hold its first
            # meeting in July": July's line is the group's meeting, as Sybiha said
            sentence, date_span = clause
    elif (about := relative_clause_claim(sentence, date_span, loaded_pipeline)) is not None:
        # "X, who won the first round on 24 November, called ...": the line is the clause
        sentence, date_span = about
        said_by = None
    elif (
        continuation is None
        and (clause := object_relative_clause(sentence, date_span, loaded_pipeline)) is not None
    ):
        # "Israel said it had ordered the evacuation of the Al Shifa hospital, which it
        # raided on Nov. 15": the line for 15 November is the relative clause, told of
        # its subject with its antecedent as the object
        sentence, date_span = clause
        said_by = None
    elif (
        continuation is None
        and (clause := whose_clause(sentence, date_span, loaded_pipeline)) is not None
    ):
        # "a lawsuit filed on Friday on behalf of a man whose mother died in August": the
        # line for August is the clause, told of its owner ("a man's mother died")
        sentence, date_span = clause
        said_by = None
    elif continuation is None and (
        clause := (
            # "The death toll from the earthquake that struck central Myanmar on Friday has
            # risen": the line for Friday is the clause, told of its antecedent
            subject_relative_clause(sentence, date_span, loaded_pipeline)
            # "The agreement reached during talks on 16 May allows ...": the line for 16
            # May is the participle's phrase, told of the subject
            or subject_participle_clause(sentence, date_span, loaded_pipeline)
        )
    ):
        sentence, date_span = clause
        said_by = None
        # ("The ceasefire announced on Wednesday will start on Sunday": the announcing,
        # a day gone by, is done, whatever the main verb's modality)
        told_done = not ahead and not _MODAL_WORD.search(sentence)
        if (
            split := coordinated_predicate(sentence, date_span, lead["published"], loaded_pipeline)
        ) is not None:
            # "X, a businessman who was arrested in 2015 and sentenced ... in 2016", "The
            # tariffs, first introduced in 2019 and extended in 2024, ...": one predicate
            # of the clause a line
            sentence, date_span = split
    elif (
        continuation is None
        and (clause := opening_participle(sentence, date_span, loaded_pipeline)) is not None
    ):
        # "Born in 1937 in Viipuri, Ahtisaari became a refugee as a child": the line for
        # 1937 is the participle's phrase, told of the subject
        sentence, date_span = clause
        said_by = None
    elif continuation is None and (opened := when_clause(sentence, date_span)) is not None:
        # "The ban runs from 2 July 2024, when the agency suspended him, until ...": what
        # happened that day is the when-clause, not the stretch it opens
        sentence, date_span = opened
        stretch_opened = True
    elif (
        continuation is None
        and (clause := clause_of_its_date(sentence, date_span, lead["published"])) is not None
    ):
        sentence, date_span = clause
    if not quoted and sentence != whole:
        # "The U.S. imposed 25% tariffs on cars on April 3, and raised them to 27.5% in
        # July": July's clause names what "them" are from the clause it left out
        sentence, date_span = _objects_of_clause(whole, sentence, date_span)
    if (
        continuation is None
        and not quoted
        and (closed := closing_relative(sentence, date_span, lead["published"])) is not None
    ):
        # "... served a single term, during which the country joined the EU in 1995":
        # 1994's line ends before the clause of another year
        sentence, date_span = closed
    if (
        continuation is None
        and (aside := subject_aside(sentence, date_span, loaded_pipeline)) is not None
    ):
        # "Arianespace, which has launched Ariane 6 four times since July 2024, said ...":
        # the line tells what the subject did, not what the clause adds about it
        sentence, date_span = aside
    if (
        note is not None
        and note.get("cue") == "Source:"
        and said_by == (note["form"], note.get("name", ""))
        and said_by[0] == "claim"
        and speaks_for_itself(sentence)
    ):
        # "Georgescu, the far-right candidate, called the ruling "a coup"": his words, not
        # the page's source's (which then backs the line no more)
        said_by, note = None, None
    end = lead["end"] if lead["begin"] == day else day
    # (what a "when" clause after a month tells is in that month: "since September 2021,
    # when 119 inmates were killed")
    first, last = date.fromisoformat(day), date.fromisoformat((end or day)[:10])
    month = bool(end) and (is_whole_month(first, last) or is_whole_year(first, last))
    if (stretch_opened and not month) or open_bound(sentence, date_span) in ("From", "Since"):
        end = day  # "since Monday" runs to the day it was said; what began, began on Monday
    names = tuple(e for e in lead["entities"].split("|") if e)
    summary = summarise(
        sentence,
        begin=day,
        end=end,
        date_span=date_span,
        with_year=with_year,
        entities=names,
        continuation=continuation["sentence"] if continuation else None,
        context=text,
        said_by=said_by,
        reference=reference,
    )
    ordered = sorted(sources, key=lambda s: (s is not lead, s["published"] or "", s["article_id"]))
    seen: set[tuple[str, int]] = set()
    out_sources = []
    extra = [r for r in (antecedent, continuation) if r]
    for s in ordered + extra:
        key = (s["article_id"], s["sentence_start"])
        if key in seen:
            continue
        seen.add(key)
        title, url = articles.get(s["article_id"], (None, None))
        out_sources.append(
            Source(
                s["article_id"],
                title,
                url,
                s["sentence_start"],
                s["sentence_end"],
                s["sentence"],
                s["published"],
            )
        )
    # The attribution (speaker and cue, and where the text names the speaker) backs the line too.
    for start, end_offset, said in note.get("spans", ()) if note else ():
        if (lead["article_id"], start) not in seen:
            seen.add((lead["article_id"], start))
            title, url = articles.get(lead["article_id"], (None, None))
            out_sources.append(
                Source(lead["article_id"], title, url, start, end_offset, said, lead["published"])
            )
    development = development or {}
    modality = development.get("modality") or lead["modality"] or "asserted"
    if (
        modality in ("likely", "predicted", "planned")
        and not ahead
        and not _MODAL_WORD.search(_CAPABILITY.sub("", summary))
        and not _INTENT_WORD.search(summary)
    ):
        # "The central bank kept its rate unchanged on Thursday, but signalled that it could
        # begin cutting early next year": the line tells the keeping, done, not the cut
        # the sentence's other clause foresees
        told_done = True
    if (
        modality == "reported"
        and not ahead
        and (own := _OWN_SAYING_AFTER.search(lead["sentence"])) is not None
        and not re.search(rf"\b{own.group('cue')}\b|\baccording to\b", summary, re.I)
    ):
        # "The central bank held rates on Thursday but warned that inflation could rise":
        # the warning is the subject's own second act, cut from the line; the holding is
        # told as done, not as a report
        told_done = True
    return Item(
        begin=day,
        end=end,
        summary=summary,
        modality=("asserted" if told_done else modality),
        sources=out_sources,
        development_id=development_id,
        type=development.get("type"),
        location=development.get("location"),
        lat=development.get("lat"),
        lon=development.get("lon"),
        text=summary.split(", ", 1)[1] if ", " in summary else summary,
    )


# A subject's own saying joined after what it did ("held rates but warned that ...").
_OWN_SAYING_AFTER = re.compile(
    r",?\s+(?:but|and|while)\s+(?:also\s+)?(?P<cue>said|warned|added|noted|stressed|"
    r"cautioned|signalled|signaled|announced|insisted)\b"
)
# Words that leave a clause a plan or a forecast ("which will hold its first meeting")
_MODAL_WORD = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|must|due|expected|set to|plans?|planned|"
    r"scheduled|likely|going to)\b",
    re.I,
)


# What a thing could do, said of a noun ("a software glitch that could cause a loss of
# drive power"): no plan or forecast of the line's own
_CAPABILITY = re.compile(r"\b(?:that|which)\s+(?:could|can|might|may)\b[^,;]*", re.I)


# Words of an aim or a forecast ("aims to", "hopes to", "forecast growth")
_INTENT_WORD = re.compile(
    r"\b(?:aim|intend|hope|threaten|want|seek|wish|forecast|predict|project|propose|"
    r"promise|pledge|vow|prepar|ready|about to|to be|probabl|possibl|perhaps|maybe|"
    r"unlikely)\w*",
    re.I,
)


def load_developments(conn: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    """Development id -> its row."""
    out: dict[int, dict[str, Any]] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        rows = conn.execute(
            select(t.developments).where(t.developments.c.id.in_(ordered[i : i + 500]))
        )
        out.update({r["id"]: dict(r) for r in rows.mappings()})
    return out


def build_timeline(
    archive: Any,
    *,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    max_dates: int | None = None,
    per_date: int | None = None,
    story: int | None = None,
) -> Timeline:
    """The timeline of the archive's developments for the query and range (and,
    with ``story``, of that story's articles only)."""
    engine = prepare(archive)
    k = per_date or DEFAULT_PER_DATE
    query: dict[str, Any] = {
        "about": about,
        "since": since,
        "until": until,
        "max_dates": max_dates,
        "per_date": k,
    }
    if story is not None:
        query["story"] = story
    with engine.connect() as conn:
        rows = load_sources(conn, about=about, since=since, until=until, story=story)
        if max_dates is not None:
            # the N days that matter most: a development dated by a whole month or week
            # ("Last week, ...") is not a day
            rows = [
                r
                for r in rows
                if precision(r["begin"], r["end"] or r["begin"]) not in ("month", "week", "year")
            ]
        if not rows:
            return Timeline(query=query)
        days = ranking.top_days(ranking.score_days(rows), max_dates)
        chosen_days = set(days)
        by_day: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for r in rows:
            if r["begin"] in chosen_days:
                by_day[r["begin"]][r["development_id"]].append(r)
        vectoriser = ranking.Vectoriser(r["words"].split() for r in rows)
        picked: list[tuple[str, int, list[dict[str, Any]]]] = []
        for day in days:
            developments = by_day[day]
            candidates = []
            for development_id, sources in developments.items():
                articles_count = len({s["article_id"] for s in sources})
                explicit = any(s["explicit"] for s in sources)
                lead = _representative(sources, vectoriser)
                weight = (1.0 + math.log(articles_count)) * (1.0 if explicit else 0.6)
                if is_unattributed_quote(lead.get("attribution")):
                    weight *= UNATTRIBUTED_QUOTE
                candidates.append(((development_id, sources), lead["words"].split(), weight))
            for development_id, sources in ranking.pick(candidates, vectoriser, k):
                picked.append((day, development_id, sources))
        developments_rows = load_developments(conn, {d for _, d, _ in picked})
        articles = describe_articles(conn, {s["article_id"] for _, _, ss in picked for s in ss})
        texts = load_texts(conn, {s["article_id"] for _, _, ss in picked for s in ss})
    years = {day[:4] for day, _, _ in picked}
    # the timeline is read as of its latest report: what was still to come then, was
    reference = max((r["published"] for r in rows if r["published"]), default=None)
    items = [
        make_item(
            development_id,
            day,
            sources,
            developments_rows.get(development_id),
            _representative(sources, vectoriser),
            articles,
            with_year=len(years) > 1,
            texts=texts,
            reference=reference,
        )
        for day, development_id, sources in picked
    ]
    items.sort(key=lambda i: (i.begin, i.end, i.sources[0].published or "", i.sources[0].start))
    return Timeline(
        query=query,
        items=merge_listed_days(merge_near_repeats(merge_repeated(merge_dangling(items)))),
    )


# A sentence closed by a pronoun's saying: "..., he said."
_CLOSING_PRONOUN_SAYING = re.compile(
    r",\s+(?P<who>he|she|it)\s+(?:said|added|told\s+\w+|says)"
    # ("Turnout was 68%, she said, down from 77% in 2019.": a yardstick after it)
    r"(?:,\s+(?:up|down)\s+from\s+[^.;!?]+)?"
    r"\s*[.!?]?[\"”]?\s*$"
)
# A line that is someone's own words: 'Anna Ekberg said: "We are overjoyed ..."'
_QUOTATION = re.compile(r'[^"“]+ said: ["“]')
# The page's label of a quotation the text told before: 'Quote from Anna Ekberg: "..."'
_LABEL = re.compile(r"\s*Quotes? from [^:\n]{2,80}:")


def merge_repeated(items: list[Item]) -> list[Item]:
    """The items, with a line that says word for word what a line of the same day
    already says folded into it, its sources added (a quotation told in the text
    and again under "Quote from X:" is one line with both places). The page's label
    of a quotation dated on a later day is folded into the text's telling too
    ("told Swedish radio on Thursday ... 'We are overjoyed', she said" and 'Quote from
    Anna Ekberg: "We are overjoyed"' of Friday: Thursday's line, not a second one on
    Friday); the same words told again in the text on another day stay that day's."""
    out: list[Item] = []
    seen: dict[tuple[str, str, str], Item] = {}
    for item in items:
        key = (item.begin, item.end, item.summary)
        first = seen.get(key)
        if (
            first is None
            and _QUOTATION.match(item.text)
            and all(_LABEL.match(s.sentence) for s in item.sources)
        ):
            first = seen.get(("", "", item.text))
        if first is None:
            seen[key] = item
            if _QUOTATION.match(item.text):
                seen.setdefault(("", "", item.text), item)
            out.append(item)
            continue
        known = {(s.article_id, s.start) for s in first.sources}
        first.sources += [s for s in item.sources if (s.article_id, s.start) not in known]
    return out


# A saying or source closing a line ("..., the company said.", "..., according to X.")
_CLOSING_SOURCE = re.compile(
    r",\s+(?:according\s+to\s+[^,]{1,80}|[^,]{1,60}?\s(?:said|says|reported|added|told\s+\w+))"
    r"\.$"
)


def _core(text: str) -> str:
    """A line's words without the source that closes it and its last stop."""
    return _CLOSING_SOURCE.sub("", text).rstrip(" .").lower()


def merge_near_repeats(items: list[Item]) -> list[Item]:
    """The items, with a line of a day that another line of that day from another article
    tells in full and goes on from folded into that longer line, its sources added: "the
    attack ... began, the company said" and "the attack ... began, when hackers used a
    stolen password ..., investigators said" are one line, the longer, with both sources
    (two developments of one happening, told more and less fully)."""
    out: list[Item] = []
    for item in items:
        core = _core(item.text)
        articles = {s.article_id for s in item.sources}
        fold = None
        for i, other in enumerate(out):
            if (
                (other.begin, other.end, other.modality) != (item.begin, item.end, item.modality)
                or articles & {s.article_id for s in other.sources}
                or len(core.split()) < 3
            ):
                continue
            known = _core(other.text)
            if len(known.split()) < 3:
                continue
            if known.startswith(core) and known[len(core) : len(core) + 1] in (",", " "):
                fold = (i, other, item)  # the line told before says it all
            elif core.startswith(known) and core[len(known) : len(known) + 1] in (",", " "):
                fold = (i, item, other)  # this one goes on from the line told before
            if fold is not None:
                break
        if fold is None:
            out.append(item)
            continue
        at, longer, shorter = fold
        seen = {(s.article_id, s.start) for s in longer.sources}
        longer.sources += [s for s in shorter.sources if (s.article_id, s.start) not in seen]
        out[at] = longer
    return out


def merge_listed_days(items: list[Item]) -> list[Item]:
    """The items, with the lines one sentence gives word for word on several days (a list
    of dates: "rejected two offers, on Sept. 12 and Oct. 23") folded into the first, whose
    date then names them all ("On 12 September and 23 October, workers rejected two
    earlier offers."): no line repeats another's words under another day."""
    out: list[Item] = []
    first: dict[tuple[str, int, str], Item] = {}
    whens: dict[int, list[str]] = {}
    for item in items:
        lead = item.sources[0]
        key = (lead.article_id, lead.start, item.text)
        host = first.get(key)
        if host is None or item.text == item.summary or host.text == host.summary:
            first.setdefault(key, item)
            out.append(item)
            continue
        whens.setdefault(id(host), [_when_of(host)]).append(_when_of(item))
        host.summary = f"{_listed_when(whens[id(host)])}, {host.text}"
        known = {(s.article_id, s.start) for s in host.sources}
        host.sources += [s for s in item.sources if (s.article_id, s.start) not in known]
    return out


def _when_of(item: Item) -> str:
    """The date phrase that opens the item's line ("On 12 September")."""
    return item.summary[: len(item.summary) - len(item.text)].rstrip(", ")


def _listed_when(whens: list[str]) -> str:
    """One date phrase for several ("On 12 September" and "On 23 October" -> "On 12
    September and 23 October"; "In August 2025" and "In October 2025" -> "In August and
    October 2025"; "In August" and "On 3 October" -> "In August and on 3 October")."""
    days = [d for w in whens if (d := re.fullmatch(r"On (\d{1,2}) ([A-Z][a-z]+(?: \d{4})?)", w))]
    if len(days) == len(whens) and len({d.group(2) for d in days}) == 1:
        # "On 2 October" and "On 8 October": "On 2 and 8 October"
        numbers = [d.group(1) for d in days]
        return f"On {', '.join(numbers[:-1])} and {numbers[-1]} {days[0].group(2)}"
    dated = [d for w in whens if (d := re.fullmatch(r"On (\d{1,2} [A-Z][a-z]+) (\d{4})", w))]
    if len(dated) == len(whens) and len({d.group(2) for d in dated}) == 1:
        # "On 12 September 2025" and "On 23 October 2025": "On 12 September and 23 October 2025"
        names = [d.group(1) for d in dated]
        return f"On {', '.join(names[:-1])} and {names[-1]} {dated[0].group(2)}"
    months = [m for w in whens if (m := re.fullmatch(r"In ([A-Z][a-z]+) (\d{4})", w))]
    if len(months) == len(whens) and len({m.group(2) for m in months}) == 1:
        # "In August 2025" and "In October 2025": "In August and October 2025"
        names = [m.group(1) for m in months]
        return f"In {', '.join(names[:-1])} and {names[-1]} {months[0].group(2)}"
    lead = whens[0].split(" ", 1)[0]
    parts = [whens[0]]
    for when in whens[1:]:
        word, rest = when.split(" ", 1) if " " in when else (when, "")
        same = word == lead and not rest.startswith("the ")  # (not "On the night of")
        parts.append(rest if same else when[:1].lower() + when[1:])
    if len(parts) == 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def merge_dangling(items: list[Item]) -> list[Item]:
    """The items, with a line that still opens with a pronoun ("he talked
    about ...") folded into the line it continues: the nearest earlier line of the
    same day from the same article, which names who the pronoun is."""
    out: list[Item] = []
    told: dict[str, list[int]] = defaultdict(list)  # article -> where its lines' sentences start
    for item in items:
        told[item.sources[0].article_id].append(item.sources[0].start)
    for item in items:
        lead = item.sources[0]
        match = SUBJECT_PRONOUN.match(lead.sentence)
        unresolved = match and item.text.lower().startswith(match.group(1).lower())
        hosts = [
            o
            for o in out
            if o.begin == item.begin
            and o.sources[0].article_id == lead.article_id
            and o.sources[0].start < lead.start
            # ("The war broke out in April 2023. It has killed ...": not a line of
            # another day's sentence told between them)
            and not any(o.sources[0].start < at < lead.start for at in told[lead.article_id])
        ]
        if not (unresolved and hosts):
            out.append(item)
            continue
        host = max(hosts, key=lambda o: o.sources[0].start)
        addition = item.text[:1].upper() + item.text[1:]
        host.summary += " " + addition
        host.text += " " + addition
        known = {(s.article_id, s.start) for s in host.sources}
        host.sources += [s for s in item.sources if (s.article_id, s.start) not in known]
    return out


def _representative(
    sources: list[dict[str, Any]], vectoriser: ranking.Vectoriser
) -> dict[str, Any]:
    """The source sentence that best stands for a development: central, stated, not
    too long, and not a quotation with nobody to name when there is anything else."""
    stated = [s for s in sources if s["explicit"]] or sources
    stated = [s for s in stated if not is_unattributed_quote(s.get("attribution"))] or stated
    if len(stated) == 1:
        return stated[0]
    vectors = [vectoriser.vector(s["words"].split()) for s in stated]
    middle = ranking.centroid(vectors)

    def key(i: int) -> tuple:
        return (
            round(ranking.cosine(vectors[i], middle), 6),
            -abs(len(stated[i]["sentence"].split()) - 25),
            stated[i]["article_id"],
        )

    return stated[max(range(len(stated)), key=key)]
