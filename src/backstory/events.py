"""Events: who did what to whom, where, when, how certain, on whose word.

The ontology is small and PLOVER-like (the political event ontology that
succeeded CAMEO), extended with a few types for business and public news:

==========  ================================================================
Type        What it covers (example triggers)
==========  ================================================================
STATEMENT   a public statement with no more specific event in it (said,
            highlighted, announced ... when the content has no event)
CONSULT     meetings, talks, visits, briefings, calls (meet, brief, visit,
            talks, summit; a named traveller's trip: travel to)
AGREE       agreements reached or signed (agree, sign, deal, treaty)
SUPPORT     political support, praise, endorsement (support, back, praise)
COOPERATE   joint action, alliances (cooperate, ally)
AID         material support: weapons, money, aid (supply, provide, deliver,
            aid, assistance; send/transfer of things)
DEMAND      calls, appeals, requests, ultimatums (call on, urge, demand)
ACCUSE      accusations, blame, condemnation (accuse, blame, condemn)
REJECT      refusals and rejections, and what is called or put off (reject,
            refuse, veto, decline to, walk out, postpone, cancel, suspend, freeze
            payments; talks or a deal that break down, fail or fall through)
THREATEN    threats (threaten, threat, ultimatum)
PROTEST     demonstrations (protest, rally, demonstration)
SANCTION    sanctions, embargoes, penalties (sanction, embargo, penalise, freeze
            assets)
MOBILIZE    raising and preparing forces (mobilise, recruit, enlist, train
            troops, training, enlistment)
DEPLOY      moving forces into place (deploy, send/involve/transfer troops,
            arrive, station, deployment)
OBSERVE     forces or actions spotted, detected, recorded (spot, detect)
ASSAULT     attacks, strikes, killings, invasions, captures (attack, strike,
            shell, kill, invade, seize)
FIGHT       armed combat (fight, clash, enter the war, take part in combat,
            combat operations; a ceasefire or truce that collapses)
COERCE      arrests, detentions, expulsions, bans, confiscations (arrest, detain,
            expel, seize drugs, confiscate)
CONCEDE     easings and releases of people: places reopened, prisoners and
            hostages freed, pardoned or swapped (reopen, free, pardon)
RETREAT     withdrawals, evacuations, releases, flights to safety (withdraw,
            evacuate, flee, take refuge, seek asylum)
RELEASE     products and publications launched (launch, unveil, introduce,
            release)
TRANSACTION buying, selling, merging, investing (acquire, buy, sell, merge)
CHANGE      figures rising or falling (rise, fall, increase, cut)
PERSONNEL   appointments, resignations, elections, deaths (appoint, resign,
            elect, die; a flood, quake or crash that kills)
LEGAL       lawsuits, rulings, sentences (sue, rule, convict, lawsuit)
HAZARD      natural hazards striking or going on (a storm hits, floods sweep,
            heavy rain will continue, an earthquake struck, landfall)
==========  ================================================================

Each event has a trigger (a verb, or an event noun when no verb carries
it), arguments from the dependency parse (actor, target, theme, location:
canonical entity names), a time (the timex linked to it through the
parse; else the time of the report it sits under; else the publication
date, marked ``inferred``), a quantity, a modality (asserted, reported,
planned, predicted, likely, denied, hypothetical), a polarity and the
attribution it sits under. Only triggers in the lexicon become events, and
reports of the same happening in one article are merged, so an article
yields one event per happening or statement, not one per verb.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from backstory.anaphora import (
    PERSONAL,
    PRONOUNS,
    find_antecedent,
    is_definite_organisation,
    is_definite_region,
)
from backstory.attribution import (
    CUE_VERBS,
    DENIAL_CUES,
    evidence_maker,
    is_evidence,
    reporting_participle_host,
)
from backstory.entities.gazetteer import DISTRICT_NOUNS, SETTLEMENT_NOUNS
from backstory.extraction import Attribution, Event, Extraction, Quantity, Timex
from backstory.linguistic import (
    EARLIER_TIME,
    FRONTED_DATE,
    NARRATIVE_STEP,
    apposition_host,
    direct_subject,
    in_dateline,
    object_relatives,
    stranded_verb,
)
from backstory.pipeline import Context
from backstory.timeml_events.recognise import is_event_noun
from backstory.timex.calendar import month_end
from backstory.timex.tagger import compared_date, dateline_end, story_day

# How long before publication a lead's day may be for the story's undated past to
# share it (a weekly's "last Monday" still is; an anniversary piece's date is not).
_STORY_LAG = timedelta(days=7)
# Nouns of periods a figure is measured over ("the year ended 31 March").
_PERIODS = frozenset(("year", "month", "quarter", "week", "day", "period", "half", "season"))
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A clock time ("12:50 local time", "9 a.m.", "0620 GMT", "midday"), and a word naming
# its day ("Friday", "yesterday", "28 March", "this morning")
_CLOCK = re.compile(
    r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}[:.]\d\d\b|\b\d{4}\s*(?:GMT|UTC)\b|"
    r"\b(?:noon|midday|midnight)\b",
    re.I,
)
_DAY_WORD = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow|"
    r"this|last|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b",
    re.I,
)

EVENT_TYPES = (
    "STATEMENT",
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "DEMAND",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "DEPLOY",
    "OBSERVE",
    "ASSAULT",
    "FIGHT",
    "COERCE",
    "CONCEDE",
    "RETREAT",
    "RELEASE",
    "TRANSACTION",
    "CHANGE",
    "PERSONNEL",
    "LEGAL",
    "HAZARD",
)


def _shared_subject(verb: Any) -> Any:
    """The subject a verb joined by "and" shares with the verb before it ("the fire
    forced 30,000 from their homes and killed four": the fire killed)."""
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
        subject = direct_subject(node)
        if subject is not None:
            return subject
    return None


def _by_event(verb: Any) -> bool:
    """Whether the verb's subject is an event or a hazard ("a strike cancelled 80% of
    services", "the storm delayed flights"): what happened, no one's decision."""
    subject = direct_subject(verb)
    return subject is not None and (
        subject.lemma_.lower() in NOUNS or subject.lemma_.lower() in HAZARDS
    )


def _appeals_in_court(trigger: Any) -> bool:
    """Whether an appeal (verb or noun) is to a court or against what a court decided:
    its object, or the object of its "to"/"against", is a court or a judgment."""
    words = set()
    for child in trigger.children:
        if child.dep_ == "dobj":  # "appeal the ban to the tribunal": the "to" may hang on it
            words |= {w.lemma_.lower() for w in child.subtree} | {child.lower_}
        elif child.dep_ == "prep" and child.lower_ in ("to", "against"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words |= {w.lemma_.lower() for w in pobj.subtree}
    return bool(words & APPEALED_WORDS)


def _particle(verb: Any) -> str | None:
    """The verb's particle ("broke down", "fell through"), if any (the parser may
    take it for an adverb)."""
    return next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("down", "apart"))
        ),
        None,
    )


def _dated_by_its_clause(noun: Any) -> bool:
    """Whether an event noun that is a verb's subject has a participle or relative clause
    of its own that names a date ("A truce brokered by Egypt on 2 June broke down on
    Friday"): the noun's own happening, on that date, besides the verb's (not an object:
    "signed a treaty eliminating missiles ... on 8 December" is the signing's day)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acl", "relcl") and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in noun.children
    )


def _held_until_broken(noun: Any, kind: str) -> bool:
    """Whether talks are the subject of their own breakdown ("Talks ... broke down on
    Monday after six hours"): they were held that day, a meeting besides the breakdown
    (a truce or a deal that collapses was agreed before, no act of that day)."""
    return (
        kind == "CONSULT"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() not in STALL_VERBS
        and _broken_down(noun.head, _particle(noun.head)) is not None
    )


def _broken_down(verb: Any, particle: str | None) -> str | None:
    """The type of a collapse of what two sides agreed or talked about, by its subject
    ("the ceasefire agreed in Doha collapsed", "a truce that broke down": fighting again,
    a FIGHT; "talks broke down", "the deal fell through": a REJECT); None for any other
    verb or subject ("the bridge collapsed", "the car broke down")."""
    lemma = verb.lemma_.lower()
    stalled = lemma in STALL_VERBS
    if (lemma, particle) not in BREAKDOWN_PHRASALS and lemma not in BREAKDOWN_VERBS | STALL_VERBS:
        return None
    if lemma == "fail" and any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "talks failed to produce a deal": what did not happen is no act
    subject = direct_subject(verb)
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head  # "a truce that collapsed within hours"
    if subject is None:
        return None
    word = subject.lemma_.lower()
    if word in TRUCE_NOUNS and not stalled:
        return "FIGHT"
    if word in NEGOTIATION_NOUNS:
        return "REJECT"
    return None


def _age(token: Any) -> bool:
    """Whether a bare number is a person's age set off by commas after the name
    ("Daniel Kiprop, 29, tested positive"): no count of the event."""
    doc = token.doc
    i = token.i
    return (
        token.like_num
        and 0 < i < len(doc) - 1
        and doc[i - 1].text == ","
        and doc[i + 1].text in (",", ".", ";")
        and i >= 2
        and (doc[i - 2].ent_type_ == "PERSON" or doc[i - 2].pos_ == "PROPN")
    )


def _describes_party(number: Any, head: Any, quantity: Quantity) -> bool:
    """Whether a number only describes the party it is found in: an age ("Lindner, 52,")
    or a hyphenated adjective of the subject ("the three-member panel dismissed ...",
    not "two people died")."""
    if _age(number):
        return True
    hyphenated = re.fullmatch(r"\S+-\S+", quantity.text) is not None
    return hyphenated and head.dep_ in ("nsubj", "nsubjpass") and number.i < head.i


def _disease_named(token: Any) -> bool:
    """Whether a name is a disease's, written so somewhere in the article ("Lassa kills
    one in five" after "an outbreak of Lassa fever")."""
    if token.pos_ != "PROPN":
        return False
    doc = token.doc
    return any(
        t.text == token.text
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in ("virus", "fever", "disease")
        for t in doc
    )


def _fought_a_hazard(verb: Any) -> bool:
    """Whether what is fought is a disease, a fire or a flood ("fought off an epidemic",
    "battled the blaze"): no fight between parties."""
    foes = [c for c in verb.children if c.dep_ == "dobj"]
    foes += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return bool(foes) and all(
        f.lemma_.lower() in HAZARDS | {"fire", "blaze", "flames"} or _disease_named(f) for f in foes
    )


def _bare_passive_participle(verb: Any) -> bool:
    """Whether a verb is a past participle hung on a clause with no subject or auxiliary
    of its own ("went on trial on Tuesday, accused of inflating revenue", "sentenced to
    six years, he ...", "If convicted, he faces ten years"): the clause's subject
    underwent it, it did not do it."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
            or (c.dep_ == "mark" and c.lower_ not in _CONDITION_MARKS)
            for c in verb.children
        )
        and verb.lemma_.lower() in ACCUSING_VERBS
    )


# Conjunctions of a condition or a time before a bare participle ("if convicted").
_CONDITION_MARKS = frozenset(["if", "once", "unless", "when", "until"])


def _rounds_fired(objects: list[Any]) -> str:
    """COERCE when everything fired is meant not to kill ("tear gas and rubber
    bullets", "warning shots"), else ASSAULT ("live rounds", "shots")."""
    fired = [w for o in objects for w in (o, *o.conjuncts)]
    lethal = [
        w
        for w in fired
        if w.lower_ not in NON_LETHAL and not any(c.lower_ in NON_LETHAL_MARKS for c in w.children)
    ]
    return "ASSAULT" if lethal else "COERCE"


def _kept_anonymous(verb: Any) -> bool:
    """Whether "named" is a source's wish not to be ("asking not to be named", "declined
    to be named", "who could not be named")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children
    )
    return negated or verb.head.lemma_.lower() in ("decline", "refuse")


def _things_falling(verb: Any) -> bool:
    """Whether what fell is a thing falling through the air ("debris fell into the
    sea", "parts of the rocket fell on a village"), with no figure for the fall."""
    subject = direct_subject(verb)
    if subject is None or subject.lemma_.lower() not in FALLING_THINGS:
        return False
    return not any(t.like_num or t.text == "%" for t in verb.subtree)


def _appointment_of_someone(noun: Any) -> bool:
    """Whether a noun of a post filled ("appointment") says whom or to what: "the
    appointment of a new coach", "his appointment as envoy", "appointments to the
    board"; "2,100 outpatient appointments" are a clinic's, no post (other nouns of the
    type, "resignation", "election", pass)."""
    if noun.lemma_.lower() != "appointment":
        return True
    return any(
        (c.dep_ == "prep" and c.lower_ in ("of", "as", "to")) or c.dep_ == "poss"
        for c in noun.children
    )


def _bare_appeal(verb: Any) -> bool:
    """Whether "appeal" is said with nothing appealed for or to ("his lawyer said he
    would appeal"): a court appeal; "appealed for calm", "appealed to residents to
    leave" are calls."""
    return not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
        for c in verb.children
    )


def _frozen_type(verb: Any, obj_words: set[str]) -> str | None:
    """The type of a freeze by what is frozen: holdings are a sanction ("froze
    assets"), payments put off ("the pension that was frozen in 2014"); "the lake
    froze" is no act."""
    if verb.dep_ in ("acl", "relcl"):
        obj_words = obj_words | {verb.head.lemma_.lower()}
    if obj_words & FROZEN_HOLDINGS:
        return "SANCTION"
    if obj_words & FROZEN_PAYMENTS:
        return "REJECT"
    return None


def _passive_subject(verb: Any) -> Any:
    """The verb's passive subject; of a description and the name right after it, both
    taken for subjects ("Austria's market watchdog FMA was criticised"), the name."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) > 1 and in_dateline(subjects[0]):
        # "NAIROBI, Nov 20 (AP) - Kenyan runner X has been banned": X, not the dateline
        subjects = [c for c in subjects if not in_dateline(c)] or subjects
    if len(subjects) > 1 and subjects[1].i == subjects[0].i + 1:
        return subjects[1]
    return subjects[0] if subjects else None


def _shared_passive_subject(verb: Any) -> Any:
    """The passive subject a participle joined by "and" shares with the one before it
    ("he was suspended in May and banned in October": he was banned)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):  # (a VBD: a tagger's slip)
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


REFUSING = frozenset(["refuse", "decline"])
# Words after a region's name ("the Atacama region", "Kharkiv oblast").
REGION_WORDS = frozenset(["region", "province", "oblast", "state", "district", "county"])


def _named_right_after(noun: Any, name: Any) -> bool:
    """Whether ``name`` follows ``noun`` with no comma, as a name its description comes
    before ("Germany's financial regulator BaFin"), not an aside ("the chairperson, X,")."""
    return name.left_edge.i == noun.i + 1


def _reporting_noun(pronoun: Any) -> Any:
    """The common noun that says the clause "it" opens ("The government said it had
    asked for drills": the government), else None."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    reporter = next((c for c in pronoun.head.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.tag_ != "NN" or reporter.pos_ != "NOUN":
        return None
    return reporter


# Nouns of a batch of measures ("the 20th package of sanctions", "a new round of
# tariffs"): a thing adopted, never a party; its owner ("the EU's package") acted.
_BATCH_NOUNS = frozenset(
    """package round tranche batch raft slate set wave series""".split()  # noqa: SIM905
)


def _batch_of(noun: Any) -> Any:
    """The batch noun an event noun is "of" ("package" for "sanctions" in "the EU's
    20th package of sanctions"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    batch = prep.head
    return batch if _is_batch(batch) else None


def _is_batch(noun: Any) -> bool:
    """Whether a noun names a batch of measures ("package", "round")."""
    return bool(noun.pos_ == "NOUN" and noun.lemma_.lower() in _BATCH_NOUNS)


def _as_written(token: Any) -> str:
    """The noun with the words that qualify it, as written ("anti-ship missile",
    "Maltese-registered cargo ship")."""
    start = min(
        (c.left_edge.i for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i),
        default=token.i,
    )
    for t in token.doc[start : token.i]:
        if t.text in (",", ";", ":", "–", "—") or (t.text == "-" and t.whitespace_):
            # "Jan 20 - Cyclone Ula made landfall": the dateline's dash and what is before
            # it are no part of the name (a hyphen inside a word stays: "anti-ship")
            start = t.i + 1
    return str(token.doc[start : token.i + 1].text)


def _refused(verb: Any) -> bool:
    """Whether ``verb`` is what someone refused or declined to do ("refused to sign off
    on its accounts", "declined to discuss"): the refusal is the event, no act done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING


def _refused_object(verb: Any) -> Any:
    """What a refusal turns down: the object of the act refused ("refused to sign off on
    its accounts": the accounts; "declined to discuss a mechanism": the mechanism)."""
    if verb.lemma_.lower() not in REFUSING:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if act is None:
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "to", "with"):
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _opens_an_inquiry(objects: list[Any]) -> bool:
    """Whether the object of "open" or "launch" is an inquiry ("an investigation", "a
    probe") or a criminal case ("opened a criminal case against the mayor")."""
    return any(
        o.dep_ == "dobj"
        and (
            o.lemma_.lower() in INQUIRY_NOUNS
            or (o.lemma_.lower() == "case" and any(c.lower_ == "criminal" for c in o.children))
        )
        for o in objects
    )


def _seeks_refuge(verb: Any) -> bool:
    """Whether the verb's object is a refuge: "took refuge
    in the embassy", "sought asylum in Spain"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in REFUGE_NOUNS:
            return True
    return False


def _begun_happening(noun: Any) -> str | None:
    """The type of a happening a verb begins or ends, named by the noun: its subject
    ("the siege began in March") or the antecedent of its relative clause ("a war
    that ended in 1995")."""
    kind = HAPPENING_NOUNS.get(noun.lower_) or HAPPENING_NOUNS.get(noun.lemma_.lower())
    if kind is None:
        return None
    verbs = _own_clauses(noun)
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    return kind if any(_dated_aspect(v) for v in verbs) else None


def _own_clauses(noun: Any) -> list[Any]:
    """The relative clauses of a noun, and those the parser hangs on the object of
    its "of" ("the siege of Mariupol, which began in February": the siege began)."""
    heads = [noun] + [
        p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ]
    return [c for h in heads for c in h.children if c.dep_ in ("relcl", "acl")]


def _begun_on_its_day(noun: Any) -> bool:
    """Whether a relative clause of the noun dates its beginning or end ("a blockade
    that started on Monday has cut off fuel"): its own event, not part of the verb's."""
    return any(_dated_aspect(v) for v in _own_clauses(noun))


def _dated_aspect(verb: Any) -> bool:
    """Whether the verb begins or ends something on a date of its own ("began on Sept.
    13"; not "until the war ended", "since the siege began": no day of its own)."""
    if verb.lemma_.lower() not in ASPECT_VERBS or verb.pos_ != "VERB":
        return False
    if any(
        c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS | {"until", "till"}
        for c in verb.children
    ):
        return False  # "until the war ended": no ending told
    return any(
        w.ent_type_ in ("DATE", "TIME")
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod", "tmod")
        for w in c.subtree
    )


def _lexicon(spec: dict[str, str]) -> dict[str, str]:
    return {word: kind for kind, words in spec.items() for word in words.split()}


VERBS = _lexicon(
    {
        "CONSULT": "meet brief visit discuss negotiate consult host confer travel",
        "AGREE": "agree sign ratify approve settle",
        "SUPPORT": "support back endorse praise welcome thank",
        "COOPERATE": "cooperate collaborate ally partner",
        "AID": "supply provide deliver donate arm fund finance aid equip ship",
        "DEMAND": "urge demand request appeal order",
        "ACCUSE": "accuse blame condemn criticise criticize denounce",
        "REJECT": "reject refuse veto oppose postpone cancel suspend scrap shelve defer block",
        "THREATEN": "threaten",
        "PROTEST": "protest demonstrate rally",
        "SANCTION": "sanction embargo penalise penalize",
        "MOBILIZE": "mobilise mobilize recruit enlist conscript train draft",
        "DEPLOY": "deploy redeploy station dispatch arrive",
        "OBSERVE": "spot detect sight observe record",
        "ASSAULT": "attack strike shell bomb invade raid storm kill shoot capture recapture retake "
        "seize occupy destroy "
        "hit target ambush assassinate bombard",
        "FIGHT": "fight clash battle repel repulse intercept down",
        "COERCE": "arrest detain expel ban jail imprison deport extradite ground remand confiscate "
        "impound",
        "RETREAT": "withdraw retreat evacuate flee",
        "RELEASE": "launch unveil introduce release publish debut present",
        "TRANSACTION": "acquire buy sell purchase merge invest sue",
        "CHANGE": "rise fall increase decrease drop climb decline grow cut reduce raise lower soar plunge "
        "ease jump surge slump tumble weaken strengthen widen narrow accelerate shed",
        "PERSONNEL": "appoint resign elect name hire fire dismiss die retire succeed inaugurate",
        "LEGAL": "sue convict sentence rule charge indict acquit uphold overturn annul fine",
    }
)
VERBS["sue"] = "LEGAL"
NOUNS = _lexicon(
    {
        "STATEMENT": "announcement statement speech address keynote",
        "CONSULT": "meeting talks summit visit briefing negotiations conference event conversation "
        "videoconference consultations",
        "AGREE": "agreement deal treaty accord ceasefire truce settlement",
        "AID": "aid assistance supplies deliveries delivery vaccination vaccinations "
        "immunisation immunization",
        "DEMAND": "demand appeal request",
        "ACCUSE": "accusation accusations",
        "THREATEN": "threat threats ultimatum",
        "PROTEST": "protest protests demonstration demonstrations walkout walkouts stoppage "
        "stoppages",
        "SANCTION": "sanctions sanction embargo",
        "MOBILIZE": "mobilisation mobilization enlistment recruitment training conscription",
        "DEPLOY": "deployment redeployment",
        "ASSAULT": "attack attacks strike strikes offensive invasion assault bombing shelling raid "
        "airstrike airstrikes",
        "FIGHT": "combat fighting battle battles clashes clash hostilities involvement",
        "COERCE": "arrest arrests detention",
        "RETREAT": "withdrawal retreat evacuation pullout pull-out",
        "RELEASE": "launch release unveiling introduction",
        "TRANSACTION": "acquisition merger purchase sale takeover",
        "PERSONNEL": "election resignation appointment death retirement",
        "LEGAL": "lawsuit suit ruling trial verdict conviction",
        "CHANGE": "increase decrease growth decline drop rise reduction cut",
        "HAZARD": "landfall",
    }
)
# Verbs whose particle makes the event ("walked out of the talks").
PHRASAL = {
    ("walk", "out"): "REJECT",
    ("storm", "out"): "REJECT",
    ("back", "out"): "REJECT",
    ("pull", "out"): "RETREAT",
    ("shoot", "down"): "FIGHT",  # "air defence units shot down 31 drones": interceptions
    ("call", "off"): "REJECT",
    ("hand", "out"): "AID",  # "volunteers will hand out water tablets"
    ("give", "out"): "AID",
    ("swear", "in"): "PERSONNEL",  # "the cabinet was sworn in on 2 July 2024"
}
# Places shut or opened to people: closing one is a restriction (COERCE), opening or
# reopening one an easing (CONCEDE). Not "shares closed higher", "opened fire".
FACILITIES = frozenset(
    """border crossing checkpoint airport port airspace school university college road
    highway motorway bridge embassy consulate station shop store business church mosque
    synagogue clinic hospital camp route corridor pipeline plant mine factory terminal
    museum stadium venue park beach restaurant bar""".split()  # noqa: SIM905 - a word table
)
SHUTTING = frozenset(["close", "shut", "seal"])
# Letting people go: "freed three hostages", "pardoned the two men", "swapped prisoners".
FREEING = frozenset(["release", "free", "pardon", "swap", "exchange", "commute"])
# What is fired at a crowd besides weapons ("fired tear gas and rubber bullets at
# protesters"), and of it what does not kill (a use of force only, a COERCE).
CROWD_ROUNDS = frozenset(
    """shot shots bullet bullets round rounds gas grenade grenades cannon cannons canister
    canisters pellet pellets ammunition volley volleys""".split()  # noqa: SIM905
)
NON_LETHAL = frozenset(["gas", "cannon", "cannons", "canister", "canisters", "pellet", "pellets"])
# Words that make a round one that does not kill ("rubber bullets", "stun grenades").
NON_LETHAL_MARKS = frozenset(["rubber", "plastic", "stun", "tear", "blank", "warning", "water"])
# What a source puts out and a story cites ("according to figures released by ...").
SOURCE_DOCUMENTS = frozenset(
    ["figure", "figures", "data", "statistic", "statistics", "report", "document", "estimate"]
)
# Verbs whose bare participle tells what was done to the clause's subject ("accused of
# fraud", "charged with murder", "convicted of", "suspected of").
ACCUSING_VERBS = frozenset(
    ["accuse", "charge", "suspect", "convict", "sentence", "indict", "arrest", "detain", "ban"]
)
# Verbs of falling that tell figures ("shares fell") or things dropping ("debris fell").
FALL_VERBS = frozenset(["fall", "drop", "plunge", "tumble"])
# What falls through the air rather than on a chart.
FALLING_THINGS = frozenset(
    """debris wreckage rubble fragment fragments piece pieces part parts rock rocks ash
    shrapnel stage booster satellite body bodies tree trees snow rain hail""".split()  # noqa: SIM905
)
# Event nouns whose owner is the one who underwent them, not the doer ("his arrest",
# "her release", "the minister's dismissal").
UNDERGONE_NOUNS = frozenset(
    """arrest detention capture abduction kidnapping release extradition deportation
    expulsion dismissal sacking conviction sentencing acquittal indictment
    imprisonment execution assassination killing""".split()  # noqa: SIM905
)
# Who is let go: a freed person is named, or one of these ("two Iranian men").
CAPTIVES = frozenset(
    """prisoner prisoners hostage hostages detainee detainees captive captives inmate inmates
    citizen citizens national nationals man men woman women people person journalist
    journalists worker workers activist activists dissident dissidents sailor sailors
    soldier soldiers crew crews ship ships vessel vessels tanker tankers""".split()  # noqa: SIM905
)
OPENING = frozenset(["open", "reopen"])
# What is given as aid: when it arrives, aid is delivered, no force deployed.
AID_GOODS = frozenset(
    """aid supplies supply dose doses vaccine vaccines food medicine medicines shipment
    consignment cargo tent tents blanket blankets water fuel grain""".split()  # noqa: SIM905
)
# What sending is aid for: goods, help, arms or money ("sent food and medicine",
# "shipped missiles to Russia", "will send 5 million euros"); not any cargo ("will
# send its ships around the Cape" is a rerouting).
AID_SENSE = AID_GOODS | frozenset(
    """assistance help relief humanitarian donation donations medical equipment weapon
    weapons arms ammunition munitions missile missiles drone drones rocket rockets tank
    tanks artillery howitzer howitzers money funds funding cash loan loans grant grants
    doctor doctors medic medics nurse nurses rescuer rescuers rescue staff volunteer volunteers
    dollar dollars euro euros pound pounds $ € £""".split()  # noqa: SIM905 - a word table
)
# Nouns for an organised effort whose kind is the noun before it ("a vaccination
# campaign", "a bombing campaign", "a recruitment drive").
EFFORT_NOUNS = frozenset(["campaign", "drive", "programme", "program", "operation", "effort"])
# Reporting verbs that are statements with a noun object ("announced a new iPod",
# "forecast above-average rainfall", "declared a state of emergency").
ANNOUNCING = frozenset(
    ["announce", "reveal", "disclose", "confirm", "deny", "unveil", "report", "forecast",
     "predict", "estimate", "declare"]
)  # fmt: skip
# Nouns that, after "the", refer back to the one organisation named with them.
DESCRIBED_HEADS = frozenset(
    ["bank", "ministry", "committee", "commission", "court", "agency", "council", "department",
     "authority", "office", "bureau", "institute"]
)  # fmt: skip
STATE_INSTITUTION_WORDS = frozenset(["central", "national", "federal", "supreme"])
# Events whose "on X" is what they are about, not where ("talks on the dam").
TOPIC_TYPES = frozenset(
    ["STATEMENT", "CONSULT", "AGREE", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "LEGAL"]
)
# Nature's hazards: what they do as a verb's subject is a HAZARD event ("heavy rain
# would continue", "the cyclone hit the coast", "floods swept through the valley").
NATURAL_HAZARDS = frozenset(
    """flood floods flooding landslide landslides mudslide earthquake quake tremor aftershock
    storm cyclone hurricane typhoon tornado tsunami avalanche wildfire wildfires bushfire
    blaze heatwave drought eruption lightning rain rains rainfall downpour downpours snow
    snowfall snowstorm blizzard monsoon""".split()  # noqa: SIM905 - a word table
)
# What kills without an attacker: "landslides killed 19", "the crash killed 10".
HAZARDS = NATURAL_HAZARDS | frozenset(
    """outbreak disease virus epidemic pandemic cholera ebola marburg measles dengue
    malaria mpox polio typhoid diphtheria meningitis plague anthrax fever flu influenza
    collapse crash accident derailment stampede""".split()  # noqa: SIM905 - a word table ("fire" and "explosion" are often
    # an attack's: "Israeli fire killed ...", "a car bomb explosion killed ...")
)
# Ways and places blocked, not proposals ("blocked the road").
BLOCKED_WAYS = frozenset(
    """road street highway motorway route access entrance exit bridge border crossing
    port harbour harbor traffic path way lane""".split()  # noqa: SIM905 - a word table
)
# What a party gives up when it yields ("dropped its objections").
OBJECTIONS = frozenset(
    """objection opposition veto reservation block blockade demand condition
    precondition""".split()  # noqa: SIM905 - a word table
)
# What vehicles do in an accident ("the plane crashed", "the ferry capsized").
ACCIDENT_VERBS = frozenset(
    """crash collide derail capsize sink overturn ditch crash-land plunge""".split()  # noqa: SIM905
)
OFF_ROAD_VERBS = frozenset(["slide", "skid", "veer"])
TOLL_VERBS = frozenset(["kill", "injure", "wound", "hurt", "leave"])
ROADS = frozenset(["road", "runway", "highway", "motorway", "track", "street", "taxiway"])
VEHICLES = frozenset(
    """plane aircraft airliner aeroplane airplane jet turboprop helicopter chopper flight
    train bus coach minibus ferry boat ship vessel tanker freighter trawler truck lorry
    car""".split()  # noqa: SIM905 - a word table
)


# Who represents a state abroad: summoning one is a diplomatic rebuke ("summoned the
# Swedish ambassador", "summoned Israel's charge d'affaires").
ENVOYS = frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats charge chargé d'affaires consul
    attache attaché emissary""".split()  # noqa: SIM905 - a word table
)
# Craft that armed men take by force ("took the tanker", "took the bulk carrier").
SEIZED_CRAFT = frozenset(
    """ship tanker vessel freighter trawler carrier boat yacht ferry dhow plane aircraft
    jet airliner helicopter""".split()  # noqa: SIM905 - a word table
)
# Who takes a craft by force, when not a state or an organisation named: "Houthi fighters
# took the bulk carrier" (not "passengers took the ferry").
ARMED_TAKERS = frozenset(
    """guard guards navy coastguard pirate pirates gunman gunmen hijacker hijackers rebel
    rebels militant militants""".split()  # noqa: SIM905 - a word table
)
# Inquiries an authority opens: "opened an investigation", "launched an inquiry".
INQUIRY_NOUNS = frozenset(
    """investigation inquiry enquiry probe""".split()  # noqa: SIM905 - a word table
)
INQUIRY_VERBS = frozenset(["open", "launch", "start", "begin", "reopen"])


# What is launched into space, and words that show a rocket is one so launched.
SPACE_VEHICLES = frozenset(["rocket", "launcher", "spacecraft", "capsule", "booster", "spaceship"])
SPACEFLIGHT_WORDS = frozenset(
    ["satellite", "payload", "orbit", "lift", "liftoff", "spaceport", "space", "astronaut"]
)
# Built things whose collapse is an accident ("the bridge collapsed").
STRUCTURES = frozenset(
    """building block tower bridge dam mine roof wall ceiling stand stage tunnel crane
    house home school factory hotel church mosque market scaffolding embankment
    structure""".split()  # noqa: SIM905 - a word table
)
# A vehicle's model written as one word: "A320", "MD-11", "Tu-154".
_MODEL_NAME = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{2,4}[A-Z]{0,3}")


def _accident_verb(verb: Any) -> bool:
    """Whether the verb can tell a vehicle's accident: "crashed", "capsized", "came
    down", "slid off" (what it tells depends on its subject)."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
    return (
        lemma in ACCIDENT_VERBS
        or (lemma == "come" and "down" in particles)
        or (lemma in OFF_ROAD_VERBS and "off" in particles)
    )


def _accident(verb: Any) -> bool:
    """Whether the verb tells an accident: a vehicle's ("the bus crashed", "skidded
    off the road") or a building's collapse ("the bridge collapsed")."""
    return (
        (_accident_verb(verb) and (_vehicle_subject(verb) or _off_the_road(verb)))
        or _structure_collapse(verb)
        or _launch_failure(verb)
    )


def _launch_failure(verb: Any) -> bool:
    """Whether a rocket or spacecraft blew up ("a rocket carrying a weather satellite
    exploded after lift-off"): an accident, as a vehicle's crash is; a rocket with no
    word of spaceflight in its sentence is a weapon ("a rocket exploded in a field")."""
    if verb.lemma_.lower() not in ("explode", "disintegrate") or verb.pos_ != "VERB":
        return False
    subject = direct_subject(verb)
    if subject is None or subject.lemma_.lower() not in SPACE_VEHICLES:
        return False
    return subject.lemma_.lower() != "rocket" or any(
        t.lemma_.lower() in SPACEFLIGHT_WORDS for t in verb.sent
    )


def _structure_collapse(verb: Any) -> bool:
    """Whether a built thing collapses or caves in ("a five-storey building collapsed",
    "the roof of a mine caved in"); not "the ceasefire collapsed"."""
    if verb.lemma_.lower() not in ("collapse", "cave") or verb.pos_ != "VERB":
        return False
    subject = direct_subject(verb)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in STRUCTURES


def _off_the_road(verb: Any) -> bool:
    """Whether the verb slid, skidded or veered off a road or runway: only a vehicle
    does that, whatever its subject names ("a Norvel Corso skidded off a road")."""
    if verb.lemma_.lower() not in OFF_ROAD_VERBS:
        return False
    ways = [c for c in verb.children if c.dep_ == "dobj"]  # ("off" taken as a particle)
    ways += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in ROADS for w in ways)


def _accident_before(verb: Any) -> Any:
    """The accident a toll with no killer follows: for "were killed" with no agent and
    no cause of its own, the vehicle's accident or a built thing's collapse told in the
    sentence before it in the same paragraph ("The ATR 72 came down in a forest on 14
    January. Two passengers were killed ...", "The collapse happened at 2 a.m. Two
    miners were killed"); else None."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in") for c in verb.children):
        return None  # "killed by a sniper", "killed in an air strike"
    sent = verb.sent
    if sent.start == 0:
        return None
    gap = verb.doc[sent.start - 1]
    if "\n" in gap.text or "\n" in gap.whitespace_:
        return None  # a new paragraph
    before = gap.sent
    return next(
        (
            t
            for t in before
            if (_accident_verb(t) and _vehicle_subject(t))
            or _structure_collapse(t)
            or _collapse_told(t)
        ),
        None,
    )


def _collapse_told(noun: Any) -> bool:
    """Whether ``noun`` is "the collapse" of a built thing or with none named ("The
    collapse happened shortly after 2 a.m. at the mine"), not of talks or a currency."""
    if noun.lemma_.lower() != "collapse" or noun.pos_ != "NOUN":
        return False
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return all(p.lemma_.lower() in STRUCTURES for p in of if p.dep_ == "pobj")


def _vehicle_subject(verb: Any) -> bool:
    """Whether the verb's subject is a vehicle ("the plane", "a turboprop that ...") or
    a model of one, a name with a number ("the ATR 72", "a Boeing 737"): markets and
    servers crash too, and a ship sinks where shares sink."""
    subject = direct_subject(verb)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return False
    model = subject.pos_ == "PROPN" and (
        any(c.dep_ == "nummod" and c.i == subject.i + 1 for c in subject.children)
        or _MODEL_NAME.fullmatch(subject.text) is not None
    )
    return model or subject.lemma_.lower() in VEHICLES


# What makes a fire a wildfire ("a forest fire", "the bush fire").
WILD_FIRE_WORDS = frozenset(
    ["forest", "bush", "brush", "grass", "scrub", "peat", "wild", "vegetation"]
)
HAZARD_VERBS = frozenset(
    """continue hit strike sweep batter lash pound ravage inundate flood destroy damage bury
    trigger cause persist intensify spread rage engulf submerge affect displace wreck
    devastate start begin erupt ignite""".split()  # noqa: SIM905 - a word table
)
# A wildfire named in the text: a bare "the fire" after it is that fire.
_WILDFIRE_NAMED = re.compile(
    r"\b(?:wild ?fires?|bush ?fires?|forest fires?|brush ?fires?|grass ?fires?|blaze)\b", re.I
)
# Travelling that is an event of its own when a named traveller does it.
TRAVEL_VERBS = frozenset(["travel"])
# Nouns for a part of an event, named with it once ("the first round of talks")
# and then alone ("the second round began").
PART_NOUNS = frozenset(["round", "session", "stage", "phase", "leg"])
# What an estimate puts "at" a figure ("put the death toll at 12").
ESTIMATE_NOUNS = frozenset(
    ["toll", "number", "figure", "cost", "damage", "loss", "losses", "estimate", "total"]
)
# Words in a name that make the organisation a court ("the court ordered ...").
COURT_WORDS = frozenset(["court", "judge", "tribunal", "justice"])
LEGAL_NOUNS = frozenset(["case", "suit", "lawsuit", "trial", "appeal"])
# What a court hands down: delivering, issuing or reading one is a legal act, not aid.
JUDGMENT_NOUNS = frozenset(
    ["judgment", "judgement", "verdict", "ruling", "sentence", "sentences", "decision"]
)
# What one appeals against or to in a court case ("appeal the verdict", "appeal to
# the Supreme Court"); "appealed for calm" or "to the public" stays a demand.
APPEALED_WORDS = (
    COURT_WORDS
    | JUDGMENT_NOUNS
    | frozenset(["conviction", "acquittal", "fine", "penalty", "order", "judge", "judges", "court"])
)
ELECTION_NOUNS = frozenset(
    ["election", "elections", "round", "vote", "votes", "seats", "race", "runoff", "primary",
     "referendum", "presidency", "majority"]
)  # fmt: skip
# What a court or a panel turns down or upholds: "dismissed the appeal", "upheld the claim".
PLEA_NOUNS = frozenset(
    ["argument", "claim", "appeal", "case", "lawsuit", "suit", "complaint", "request", "motion",
     "petition", "charge", "allegation", "challenge", "objection", "application", "bid", "plea",
     "defence", "defense", "action"]
)  # fmt: skip
# Verbs whose subject is the happening itself: "the election will be held in spring".
_HAPPEN_VERBS = frozenset(
    ["hold", "take", "happen", "occur", "begin", "start", "end", "schedule", "postpone", "delay",
     "stage", "resume", "continue"]
)  # fmt: skip
# What a freeze holds: holdings (a SANCTION: "froze the central bank's assets") or
# payments (put off, a REJECT like "suspended": "the pension was frozen in 2014").
FROZEN_HOLDINGS = frozenset(
    ["asset", "assets", "account", "accounts", "fund", "funds", "reserve", "reserves",
     "property", "properties", "holding", "holdings", "deposit", "deposits", "wealth"]
)  # fmt: skip
FROZEN_PAYMENTS = frozenset(
    ["pension", "pensions", "payment", "payments", "aid", "assistance", "funding", "benefit",
     "benefits", "disbursement", "disbursements", "loan", "loans", "grant", "grants", "transfer",
     "transfers", "allowance", "allowances"]
)  # fmt: skip
# Where people flee to: "took refuge in the embassy", "sought asylum in Spain".
REFUGE_NOUNS = frozenset(["refuge", "asylum", "sanctuary", "shelter"])
REFUGE_VERBS = frozenset(["take", "seek", "find", "claim"])
# Goods the authorities confiscate: seizing them is no attack ("seized 40 kg of cocaine").
CONTRABAND = frozenset(
    """drug narcotic cocaine heroin cannabis marijuana methamphetamine meth fentanyl opium
    captagon ecstasy amphetamine cigarette tobacco counterfeit contraband smuggled cash
    banknote gold ivory passport""".split()  # noqa: SIM905 - a word table
)
# Who may be sacked ("dismissed the army chief", "dismissed 40 staff").
PEOPLE_NOUNS = frozenset(
    """president minister secretary commander chief head director governor mayor
    ambassador general official officer manager coach executive chairman chairwoman
    staff employee worker judge prosecutor adviser advisor deputy aide cabinet
    government board team player spokesman spokeswoman envoy""".split()  # noqa: SIM905
)
# Who may be suspended as a penalty, as one may be banned ("suspended the runner for
# two years", "the referee was suspended"): a sanction on a person, not a plan put off.
SUSPENDED_PEOPLE = PEOPLE_NOUNS | frozenset(
    """athlete runner sprinter cyclist rider jockey boxer wrestler swimmer player referee
    lawmaker legislator senator mp member journalist doctor teacher""".split()  # noqa: SIM905
)
# What collapses or breaks down when two sides fall out: a truce (the fighting is back,
# FIGHT) or talks and deals (broken off, REJECT); the verbs and particles that say so.
TRUCE_NOUNS = frozenset(["ceasefire", "cease-fire", "truce", "armistice"])
NEGOTIATION_NOUNS = frozenset(
    ["talk", "talks", "negotiation", "negotiations", "deal", "agreement", "accord", "pact",
     "dialogue"]
)  # fmt: skip
BREAKDOWN_VERBS = frozenset(["collapse", "fail", "founder", "unravel"])
# Verbs of talks that stop short of a deal ("peace talks stalled"): no agreement, and
# no sitting of that day either (talks that break down met before they broke).
STALL_VERBS = frozenset(["stall", "deadlock", "stagnate"])
BREAKDOWN_PHRASALS = frozenset([("break", "down"), ("fall", "apart"), ("fall", "through")])
# Verbs that begin or end a happening named by their subject ("the siege began in March").
ASPECT_VERBS = frozenset(["begin", "start", "end", "finish", "resume", "erupt"])
# Happenings typed only as the subject of such a verb ("the war ended in 1995"; a
# bare "the war" elsewhere is a topic, not a dated act).
HAPPENING_NOUNS = _lexicon(
    {
        "FIGHT": "war wars conflict hostilities insurgency uprising rebellion",
        "ASSAULT": "siege occupation bombardment incursion",
        "COERCE": "blockade lockdown curfew crackdown",
        "LEGAL": "hearing hearings inquest proceedings",
        "PROTEST": "boycott",
    }
)
# Verbs whose type depends on what they move: forces (DEPLOY) or things (AID).
# Taking delivery ("Ukraine received 18 jets from Sweden") and handing over ("Kyiv was
# handed two systems by Italy", "Italy gave Ukraine ..."): aid when goods change hands
# between named parties, the giver its actor and the one given to its target.
RECEIVING = frozenset({"receive", "get", "obtain", "accept", "secure"})
HANDING = frozenset({"hand", "give", "gift", "grant", "lend", "loan"})
# Equipment that is given as aid, besides the goods and arms of ``AID_SENSE``.
EQUIPMENT = frozenset(
    """jet jets aircraft fighter fighters plane planes helicopter helicopters system systems
    launcher launchers battery batteries interceptor interceptors vehicle vehicles ambulance
    ambulances generator generators transformer transformers radar radars""".split()  # noqa: SIM905
)
MOVE_VERBS = frozenset(
    ["send", "transfer", "move", "involve", "use", "dispatch", "commit", "deploy", "ship"]
)
MILITARY = frozenset(
    [
        "troop",
        "troops",
        "soldier",
        "soldiers",
        "force",
        "forces",
        "personnel",
        "unit",
        "units",
        "infantryman",
        "infantrymen",
        "serviceman",
        "servicemen",
        "fighter",
        "fighters",
        "mercenary",
        "mercenaries",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "regiment",
        "regiments",
        "division",
        "divisions",
        "army",
        "armies",
        "marine",
        "marines",
        "contingent",
        "reservist",
        "reservists",
        "conscript",
        "conscripts",
        "commando",
        "commandos",
        "military",
    ]
)
WEAPONS = frozenset(
    [
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "shell",
        "shells",
        "bomb",
        "bombs",
        "strike",
        "strikes",
        "attack",
        "attacks",
        "offensive",
        "assault",
        "airstrike",
        "airstrikes",
        "salvo",
        "barrage",
        "munitions",
    ]
)
WAR_NOUNS = frozenset(["war", "conflict", "fighting", "fight", "battle", "hostilities", "combat"])
# Verbs that carry an event noun ("take part in combat", "undergo training").
LIGHT_VERBS = frozenset(
    [
        "take",
        "undergo",
        "conduct",
        "carry",
        "hold",
        "have",
        "make",
        "stage",
        "launch",
        "begin",
        "start",
        "continue",
        "resume",
        "step",
        "speed",
        "ramp",
        "intensify",
        "join",
        "impose",
        "slap",
    ]
)
# What a statement is made in ("in a report published on Tuesday").
CHANNEL_NOUNS = frozenset(
    ["report", "statement", "interview", "address", "speech", "post", "update", "bulletin"]
)
# Verbs by which a figure is given ("the 41 deaths it reported a week ago").
COUNTING_VERBS = frozenset(["report", "record", "confirm", "register", "count", "announce"])
# What is counted in an outbreak or a disaster: confirming or recording one is
# observing it, not a statement about something else ("the first case was confirmed").
CASE_NOUNS = frozenset(["case", "infection", "death", "fatality", "outbreak", "cluster"])
# Verbs whose infinitive happens (or not) when they do ("failed to agree").
IMPLICATIVE_VERBS = frozenset(["fail", "refuse", "manage", "try", "attempt", "decline"])
# Nouns for a stretch or a run of events ("20 days of strikes", "a wave of protests").
SPELL_NOUNS = frozenset(
    ["day", "week", "month", "hour", "series", "wave", "round", "spate", "string"]
)
# Verbs whose object does what their infinitive says ("urge X to ...").
OBJECT_CONTROL = frozenset(
    [
        "urge",
        "ask",
        "call",
        "order",
        "tell",
        "persuade",
        "force",
        "allow",
        "encourage",
        "invite",
        "request",
        "instruct",
        "help",
        "push",
        "pressure",
        "press",
    ]
)
# Papers served in a case ("served with a notice of suspicion").
LEGAL_PAPERS = frozenset(
    ["notice", "summons", "subpoena", "indictment", "writ", "warrant", "suspicion"]
)
# What one meets without meeting anyone ("met the conditions", "met its targets").
MET_STANDARDS = frozenset(
    ["condition", "conditions", "requirement", "requirements", "criterion", "criteria",
     "target", "targets", "demand", "demands", "deadline", "standard", "standards",
     "obligation", "obligations", "need", "needs", "expectation", "expectations",
     "benchmark", "benchmarks", "goal", "goals", "quota", "threshold", "cost", "costs",
     "challenge", "commitment", "commitments", "forecast", "forecasts", "estimate",
     "estimates", "term", "terms", "criterion", "payment", "payments", "shortfall"]
)  # fmt: skip
PLAN_VERBS = frozenset(
    ["plan", "intend", "prepare", "aim", "seek", "schedule", "decide", "set", "mean", "want",
     "vow", "pledge", "promise"]
)  # fmt: skip
# What one threatens to do is done only if the threat is carried out.
THREAT_VERBS = frozenset(["threaten"])
PREDICT_WORDS = frozenset(
    ["expect", "ready", "likely", "poised", "due", "forecast", "predict", "bound"]
)
LIKELY_MODALS = frozenset({"may", "might", "could", "can"})
PREDICT_MODALS = frozenset({"will", "shall", "'ll", "would", "wo"})
HYPOTHETICAL_MODALS = frozenset({"should", "must"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
# Nouns whose "for"/"of" names a happening only thought of ("a proposal for a ceasefire",
# "the idea of a truce", "hopes of a deal"), and those that name one planned ("plans for
# talks").
IDEA_NOUNS = frozenset(
    ["proposal", "idea", "call", "demand", "hope", "prospect", "possibility", "chance",
     "option", "offer", "bid", "push", "proposition", "suggestion", "notion", "prospects"]
)  # fmt: skip
PLAN_NOUNS = frozenset(["plan", "preparation", "blueprint", "timetable", "roadmap"])
# Words that make an event noun one that may or may not come ("a possible deployment").
MAYBE_WORDS = frozenset(
    ["possible", "potential", "proposed", "hypothetical", "eventual", "prospective",
     "future", "likely", "mooted", "envisaged"]
)  # fmt: skip
# Talk whose "on"/"about" names what was talked of, not what happened.
TOPIC_NOUNS = frozenset(
    ["talk", "talks", "videoconference", "meeting", "discussion", "debate", "negotiation",
     "negotiations", "conference", "summit", "consultation", "consultations", "call",
     "dialogue", "session", "agreement", "deal", "memorandum", "letter", "decision",
     "vote", "referendum", "resolution", "bill", "law", "decree"]
)  # fmt: skip
CLAUSE_EDGES = frozenset({"relcl", "ccomp"})
# Currencies a demonym qualifies ("Canadian dollars"), naming no party to an event.
CURRENCY_NOUNS = frozenset(
    """dollar pound euro franc rupee yuan yen rouble ruble peso dinar riyal rial lira
    krone krona won real shekel rand hryvnia""".split()  # noqa: SIM905 - a word table
)
PLACE_TYPES = frozenset({"COUNTRY", "REGION", "CITY", "GPE", "LOC", "FACILITY"})
# Acts two sides do together: the side named beside the actor is the target.
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE", "FIGHT"})
LOCATIVE = frozenset(
    ["in", "at", "near", "into", "inside", "outside", "across", "within", "throughout", "on"]
)


# Kinds of happening whose nouns name different things (a meeting held during a summit,
# talks on its side): a noun names again only what the same noun told.
_NAMED_BY_ITS_OWN_NOUN = frozenset({"CONSULT"})


@dataclass
class _Candidate:
    token: Any  # the trigger token
    type: str
    start: int  # character offsets of the trigger text
    end: int
    anchors: tuple[int, ...]  # tokens timexes may attach to (trigger, light verb)
    carrier: Any = None  # the light verb, when the trigger is a noun


def _closing_relative(span: Any) -> Any:
    """The relative clause a bare date closes, when the parser hangs the date on the
    verb that follows: in "the crew of a turboprop that crashed in Ontario last month
    received warnings", "last month" ends the clause "that crashed ..." inside the
    subject, not the receiving (a main clause's date comes first or after its verb)."""
    root = span.root
    if root.dep_ != "npadvmod" or span.start == 0 or root.head.i < span.end:
        return None
    clause = span.doc[span.start - 1]
    for _ in range(6):
        if clause.dep_ == "relcl":
            break
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    ends_before = max(t.i for t in clause.subtree) == span.start - 1
    inside_subject = any(a.dep_ in ("nsubj", "nsubjpass") for a in clause.ancestors)
    return clause if clause.dep_ == "relcl" and ends_before and inside_subject else None


# Participles of when a thing begins, ends or lasts ("a ceasefire starting on Sunday")
_SPAN_PARTICIPLES = frozenset(["start", "begin", "end", "expire", "last", "run", "commence"])


def _participle_object_verb(span: Any) -> Any:
    """The verb whose object a present participle describes, when a date ending the
    sentence hangs on that participle: "signed a treaty eliminating nuclear missiles in
    Washington on 8 December 1987" is the signing's date (a participle of what a thing
    does has no date of its own), however the parser hangs it; else None."""
    if any(not t.is_punct and not t.is_space for t in span.doc[span.end : span.sent.end]):
        return None
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "acl":
            subject = any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children)
            if (
                tok.tag_ == "VBG"
                and not subject
                and tok.head.dep_ == "dobj"
                # ("announced a ceasefire starting on Sunday": a participle of when the
                # thing begins or ends has a date of its own, the thing's)
                and tok.lemma_.lower() not in _SPAN_PARTICIPLES
            ):
                return tok.head.head
            return None
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return None
        tok = tok.head
    return None


def _clause_of(token: Any) -> Any:
    """The head of the reported or relative clause a token is in (the sentence root if none)."""
    for _ in range(40):
        if token.dep_ in CLAUSE_EDGES or token.head.i == token.i:
            return token
        token = token.head
    return token


# Who goes on strike, and what a strike is over or called: a strike so described is
# a labour protest, not an attack ("a 48-hour strike by train drivers over pay").
WORKERS = frozenset(
    """worker driver union staff employee teacher nurse doctor pilot docker miner crew
    controller guard conductor cleaner farmer member attendant officer
    labourer laborer dockworker longshoreman stevedore""".split()  # noqa: SIM905 - a word table
)
LABOUR_STRIKE_WORDS = WORKERS | frozenset(
    """general hunger day hour week warning wildcat indefinite token sympathy rail
    transport national nationwide labour labor pay wage""".split()  # noqa: SIM905
)
MILITARY_STRIKE_WORDS = frozenset(
    """air missile drone rocket military retaliatory preemptive pre-emptive precision
    artillery naval nuclear""".split()  # noqa: SIM905 - a word table
)
# Words of a labour dispute, and of fighting, in the sentences before a bare "strike"
_LABOUR_DISPUTE = frozenset(
    """union unions walkout picket pickets stoppage dispute""".split()  # noqa: SIM905
)
_FIGHTING = frozenset(
    """troop army military attack airstrike bombing shelling war soldier militant""".split()  # noqa: SIM905
)
GRIEVANCES = frozenset(
    """pay wage wages salary salaries pension pensions condition conditions job jobs
    staffing hours contract overtime cut cuts""".split()  # noqa: SIM905
)


_FIGURES_AS_OF = re.compile(
    r"\bwith\s+(?:the\s+)?(?:latest\s+)?(?:figures|data|numbers|statistics|counts?)\s+"
    r"(?:up\s+to|as\s+of|through|until|to)\s+(?:the\s+)?$",
    re.I,
)


def _participle_sequels(verb: Any) -> list[Any]:
    """The present participles that follow a verb as its sequel ("reached the town,
    destroying 12 homes"), not ones a subordinator opens ("while trying to")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and not any(m.dep_ in ("mark", "advmod") and m.i < c.i for m in c.children)
    ]


def _morning(clock: Timex) -> bool:
    """Whether a clock time is one of the morning (before noon)."""
    hour = re.match(r"\d{4}-\d\d-\d\dT(\d\d)", clock.begin or "")
    return hour is not None and int(hour.group(1)) < 12


def _qualifies_figures(span: Any) -> bool:
    """Whether a date says how recent the figures given are, not when anything was done
    ("put the toll at 58, with figures up to 12 April"; "with data as of Monday")."""
    before = span.doc.text[max(0, span.start_char - 60) : span.start_char]
    if _FIGURES_AS_OF.search(before):
        return True  # (the parser may hang "up to" on the verb)
    tok, below = span.root, None
    for _ in range(6):
        if tok.dep_ == "prep" and tok.lower_ == "with":
            # "with data as of Monday", not "served with a notice of suspicion the
            # following day" (the parser hangs the day on the notice)
            return below is not None and below.lemma_.lower() in _FIGURE_NOUNS
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        tok, below = tok.head, tok
    return False


_FIGURE_NOUNS = frozenset(
    ["figure", "data", "number", "statistic", "statistics", "count", "toll", "tally",
     "total", "estimate", "reading", "result", "update", "information", "record"]
)  # fmt: skip


def _reports_for_duty(verb: Any) -> bool:
    """ "staff reported for work": turning up, not a report."""
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.lemma_.lower() in ("work", "duty", "shift") for p in c.children)
        for c in verb.children
    )


def _counted_group(tok: Any) -> Any:
    """What a share or a number counts ("94% of drivers", "most of the staff": the
    drivers, the staff), else the token."""
    if tok.lower_ in ("%", "percent") or tok.like_num or tok.lemma_.lower() in (
        "majority", "half", "third", "quarter", "most", "many", "some", "all"
    ):  # fmt: skip
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return tok


def _governing_verb(tok: Any) -> Any:
    """The verb whose clause holds a noun ("held 20 days of strikes": held)."""
    node = tok
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def strike_kind(tok: Any) -> str | None:
    """PROTEST for a strike (verb or noun) that the sentence shows is labour's (who
    strikes, what over, what kind), ASSAULT for one it shows is military, None when
    it says neither."""
    words = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & MILITARY_STRIKE_WORDS:
        return "ASSAULT"
    if tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in GRIEVANCES for c in tok.children
    ):
        # "missiles struck the port": striking something ("to strike over pay", which
        # the parser may read as striking the pay, is no such thing)
        return "ASSAULT"
    for prep in tok.children:
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("on", "against")
            and not any(p.ent_type_ in ("DATE", "TIME") for p in prep.children)
        ):
            return "ASSAULT"  # "a strike on the airfield" (not "on Monday")
        if prep.dep_ == "prep" and prep.lower_ in ("by", "of", "over"):
            words |= {p.lemma_.lower() for p in prep.subtree}
    if _halts_services(tok):
        return "PROTEST"  # "Friday's strike halted all trains": a walkout's doing
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is not None:
        subject = direct_subject(verb)
        if subject is not None:
            words |= {w.lemma_.lower() for w in subject.subtree}
            if subject.lower_ in PRONOUNS:
                antecedent = _plural_antecedent(subject)
                if antecedent is not None:
                    words.add(antecedent.lemma_.lower())
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "over":
                words |= {p.lemma_.lower() for p in prep.subtree}
    if words & (LABOUR_STRIKE_WORDS | GRIEVANCES):
        return "PROTEST"
    return None


# What a strike halts when it is a walkout: transport and public services ("Friday's
# strike halted all trains"; not "halted production", which an attack on a plant does)
_DISRUPTING = frozenset(
    """halt disrupt paralyse paralyze cripple ground cancel suspend delay stop shut close
    stall""".split()  # noqa: SIM905 - a word table
)
_SERVICES = frozenset(
    """train flight bus service ferry school port traffic rail metro tram subway route
    delivery post hospital transport commuter passenger railway airport""".split()  # noqa: SIM905
)


def _halts_services(tok: Any) -> bool:
    """Whether a strike noun is the subject of a verb that halts, disrupts or grounds
    transport or public services ("Friday's strike halted all trains", "the strike
    grounded flights")."""
    if tok.pos_ == "VERB" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _DISRUPTING:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _SERVICES or c.lower_ in _SERVICES)
        for c in verb.children
    ) or any(
        c.dep_ == "dobj"
        and any(p.lemma_.lower() in _SERVICES for p in c.subtree)
        and c.lemma_.lower() in ("all", "most", "half", "%", "percent", "many")
        for c in verb.children
    )


def _plural_antecedent(pronoun: Any) -> Any:
    """The plural subject "they" stands for in its own sentence ("train drivers ...
    they would walk out"), if any."""
    if pronoun.lower_ not in ("they", "them"):
        return None
    for t in reversed([t for t in pronoun.sent if t.i < pronoun.i]):
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.tag_ in ("NNS", "NNPS", "NN", "PRP$"):
            if t.lower_ == "their":
                continue
            return t
    return None


# Who speaks for an organisation: what they claim, it claims.
SPOKES_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
# Prepositions of a setting: an event noun under one is at its verb's time ("won the
# most seats in the election on 1 December"), unlike "claimed responsibility for it".
SETTINGS = frozenset(["in", "at", "during", "amid", "throughout"])
# Words saying an act is not the one told before ("struck again", "another ship").
ANOTHER_TIME = frozenset(["again", "another", "new", "fresh", "renewed", "second", "latest"])
# Event types whose patient is a victim: with none ("no one was hurt"), nothing happened.
VICTIM_TYPES = frozenset(["ASSAULT", "COERCE", "PERSONNEL"])
NOBODY = frozenset(["nobody", "none", "noone", "nothing"])


def _no_victim(verb: Any) -> bool:
    """Whether the one a verb is done to (its object or passive subject, or the subject
    of "die") is nobody: "no one had been killed", "nobody died", "no ships were hit"."""
    patients = (
        ("dobj", "nsubjpass", "nsubj") if verb.lemma_.lower() == "die" else ("dobj", "nsubjpass")
    )
    return any(
        c.dep_ in patients
        and (
            c.lower_ in NOBODY
            or any(d.dep_ in ("det", "advmod") and d.lower_ == "no" for d in c.children)
        )
        for c in verb.children
    )


def _inflected_type(tok: Any) -> str | None:
    """The type of a verb the lemmatiser missed ("fined" -> "fin"), from its -d/-ed/-s forms."""
    low = tok.lower_
    if low.endswith(("ed", "es")):
        stems = [low[:-1], low[:-2]]  # "fined" -> "fine", "sued" -> "sue", "talked" -> "talk"
    elif low.endswith("s"):
        stems = [low[:-1]]
    else:
        return None
    return next((VERBS[stem] for stem in stems if stem in VERBS), None)


def _definite(noun: Any) -> bool:
    """Whether a noun names a known one ("the attack", "Monday's attack", "its launch")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        or c.dep_ == "poss"
        for c in noun.children
    )


def _thought_of(noun: Any, depth: int = 0) -> str | None:
    """The modality of an event noun that names what a proposal, idea, hope or plan is
    for ("a proposal for a 30-day ceasefire", "the idea of a truce": hypothetical;
    "plans for talks": planned), None for one that names a happening."""
    if any(c.dep_ == "amod" and c.lower_ in MAYBE_WORDS for c in noun.children):
        return "hypothetical"  # "the possible deployment of a multinational force"
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of", "on", "about", "over"):
        return None
    if noun.head.head.pos_ != "NOUN":
        return None  # ("voted for the cut": the vote is for what it decides)
    owner = noun.head.head.lemma_.lower()
    if owner in IDEA_NOUNS or (
        noun.head.lower_ != "of" and owner in TOPIC_NOUNS and not _definite(noun)
    ):
        # "talks on a ceasefire": what was talked of (but "an emergency meeting on the
        # attack" talked of one that happened)
        return "hypothetical"
    if owner in PLAN_NOUNS:
        return "planned"
    above = noun.head.head
    if above.pos_ == "NOUN" and depth < 3:
        # "the possible deployment of a force after a ceasefire": what a happening only
        # thought of would follow is thought of too
        return _thought_of(above, depth + 1)
    return None


def _misjoined(verb: Any) -> bool:
    """True for a second act of a speaker that the parser joined to the clause it
    reports: "Z stated that X was supplying Y, and called on partners ...", "the
    office warned that rain would continue until Nov. 4 and urged people to move"."""
    return (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.head.head.lemma_.lower() in CUE_VERBS
        and (
            verb.lemma_.lower() in CUE_VERBS
            or VERBS.get(verb.lemma_.lower()) == "DEMAND"
            or verb.lemma_ == "call"
        )
    )


# Verbs that move something in time: the date after "to"/"until" is the new time of what
# is moved, not the time of the moving ("postponed the vote to 3 May").
_RESCHEDULE_VERBS = frozenset(
    ["postpone", "delay", "defer", "reschedule", "adjourn", "move", "push", "bring", "put"]
)


# Verbs that fix a time for something: the date after "for" is that thing's time ("set
# the launch for late 2025", "scheduled talks for Monday").
_SETTING_VERBS = frozenset(["set", "schedule", "reschedule", "fix", "slate", "plan"])


def _new_time_preposition(verb: Any, word: str) -> bool:
    lemma = verb.lemma_.lower()
    return (word in ("to", "until", "till", "into") and lemma in _RESCHEDULE_VERBS) or (
        word == "for" and lemma in _SETTING_VERBS
    )


def _new_time_of(verb: Any, below: Any) -> bool:
    """True when the date reaches ``verb`` through "to"/"until" and the verb reschedules
    ("operations have been postponed until next Monday", "moved the launch to 21 July"),
    or through "for" and the verb sets a time ("set the launch for late 2025"): that
    date is when the thing is due, and does not date the rescheduling."""
    return below is not None and below.dep_ == "prep" and _new_time_preposition(verb, below.lower_)


# What a rescheduling verb moves: its object ("postponed the launch"), or the subject of
# its passive ("the vote was delayed").
_MOVED = ("dobj", "nsubjpass")


def _rescheduled(verb: Any) -> Any:
    """What a rescheduling verb moves (see ``_MOVED``)."""
    return next((c for c in verb.children if c.dep_ in _MOVED), None)


def _own_clause(token: Any) -> bool:
    """True for the verb of an adverbial clause with its own subject ("as they had
    promised in April", "after Ethiopia declined"): a date in it is that clause's."""
    return (
        token.dep_ == "advcl"
        and token.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _as_before(token: Any) -> bool:
    """True for the verb of a clause of comparison with its own subject that tells of an
    earlier time ("..., as they had promised in April", "as it did in 2019"): a date in it
    is that clause's, not the sentence's (not the "as" of time: "were cancelled as drivers
    began a strike")."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and (
            token.lemma_ == "do"
            or any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
        )
    )


def _told_past(verb: Any) -> bool:
    """A verb in the simple past or the past perfect ("hit", "had hit", "was hit"), or a
    main verb the tagger took for a participle with no auxiliary ("The quake hit")."""
    if _simple_past(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return verb.dep_ == "ROOT"
    return any(c.dep_ == "aux" and c.tag_ == "VBD" for c in auxiliaries)


# a saying right before its day: "said on Saturday", "told reporters on Monday"
_SAYING_BEFORE_DAY = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|stated)\s+(?:(?:late|early)\s+)?"
    r"(?:on\s+)?$",
    re.I,
)


def _redate(clock: Timex, day: str | None) -> None:
    """Move a clock time to ``day`` (an unknown day, ``XXXX-XX-XX``, for None)."""
    clock.value = (day or "XXXX-XX-XX") + clock.value[10:]
    clock.begin = day + clock.begin[10:] if day and clock.begin else None
    clock.end_date = day + clock.end_date[10:] if day and clock.end_date else None
    clock.anchor = "narrative"


def _simple_past(verb: Any) -> bool:
    """A verb in the simple past, active or passive ("said", "was praised"), or a
    participle adjunct of one ("unveiled the products, saying ...")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i != verb.i:
        return _simple_past(verb.head)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


_COMMA_GAP = re.compile(r"\s*,\s*")
_CALENDAR_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")


def _unbounded(timex: Timex) -> Timex | None:
    """The timex as the period its value names, without a "since"/"until" bound
    (a year, month or day); None when the value is no such period."""
    m = _CALENDAR_VALUE.fullmatch(timex.value)
    if m is None:
        return None
    if timex.mod not in ("ON_OR_AFTER", "AFTER", "ON_OR_BEFORE", "BEFORE"):
        return timex
    year = int(m.group("y"))
    if m.group("d"):
        first = last = date(year, int(m.group("m")), int(m.group("d")))
    elif m.group("m"):
        first = date(year, int(m.group("m")), 1)
        last = month_end(year, first.month)
    else:
        first, last = date(year, 1, 1), date(year, 12, 31)
    return replace(timex, mod=None, begin=first.isoformat(), end_date=last.isoformat())


def _due_to(tok: Any) -> bool:
    """Whether the token has "due to <verb>" below it ("is due to begin"): a plan."""
    return any(
        c.dep_ == "acomp" and c.lower_ == "due" and any(d.dep_ == "xcomp" for d in c.children)
        for c in tok.children
    )


def _purpose(verb: Any) -> bool:
    """True for an infinitive of purpose: "met Putin in Moscow to discuss gas"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Verbs whose infinitive complement happens when they do: "forced thousands to flee",
# "began to withdraw", "helped rescuers to reach", "failed to agree" (the implicative
# verbs); not "agreed to withdraw", "plans to".
_SAME_TIME_HEADS = (
    frozenset(
        """force compel cause make lead prompt drive help begin start continue stop cease try
        attempt fail manage""".split()  # noqa: SIM905 - a word table
    )
    | IMPLICATIVE_VERBS
)


def _predicated_plan(verb: Any) -> Any:
    """The verb of "is due/likely/set/poised to VERB" when ``verb`` is that "is"."""
    if verb.lemma_ != "be":
        return None
    for adjective in verb.children:
        if adjective.dep_ in ("acomp", "attr") and adjective.lemma_.lower() in (
            PREDICT_WORDS | PLAN_VERBS
        ):
            for complement in adjective.children:
                if complement.dep_ == "xcomp" and complement.pos_ == "VERB":
                    return complement
    return None


def _during_dated(verb: Any, timex_for: dict[Any, Timex]) -> Timex | None:
    """The date of the dated happening a verb is done during ("the deal was reached during
    talks in Istanbul on 16 May": the talks' day), if any."""
    # (an event noun through its participle: "the agreement reached during talks ...")
    heads = [verb, *(c for c in verb.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "during":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.i in timex_for:
                return timex_for[noun.i]
    return None


_PLACE_NOUNS = SETTLEMENT_NOUNS | DISTRICT_NOUNS


def _object_of(verb: Any, goods: list[Any], word: str) -> Any:
    """The object of the preposition ``word`` on ``verb`` or on what it moves ("received
    jets from Sweden", "handed two systems by Italy")."""
    for head in (verb, *goods):
        for prep in head.children:
            if prep.lower_ == word and prep.dep_ in ("prep", "agent", "dative"):
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _settlement_named(noun: Any) -> Any:
    """The name in "the village of X", "the town of X" (its token), or the city in "the
    Kyivskyi district of X"; else None."""
    if noun.lemma_.lower() not in _PLACE_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
    return None


def _describes_a_phrase_noun(span: Any) -> bool:
    """Whether a date describes a thing named in a prepositional phrase ("under an
    18th-century law", "in a 1990s building"): its age, no time of the clause ("in the
    2024 election" dates a happening, and the clause with it)."""
    root = span.root
    noun = root.head
    return (
        root.dep_ in ("amod", "compound", "nmod")
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() not in NOUNS
        and noun.lemma_.lower() not in HAPPENING_NOUNS
        and not is_event_noun(noun)
    )


def _dates_a_simple_past(span: Any) -> bool:
    """Whether a date (its tokens) hangs on a verb in the simple past through "at", "on"
    or "in" ("the bombs hit a residential area at about 21:40"), not on a plan or a
    bound ("would continue until at least 4 November")."""
    if span.root.dep_ in ("advmod", "npadvmod") and span.root.head.pos_ in ("VERB", "AUX"):
        # "Russia launched 90 drones overnight", "struck the port Tuesday"
        return _simple_past(span.root.head)
    prep = span.root.head
    verb = prep.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ in ("at", "on", "in")
        and verb.pos_ in ("VERB", "AUX")
        and _simple_past(verb)
    )


_TIME_UNITS = frozenset(["minute", "hour", "day", "week", "month", "year", "decade"])


def _offset_clause(verb: Any) -> bool:
    """Whether ``verb`` heads an "after"/"before" clause set a stretch of time apart from
    its main clause ("five days after the quake struck", "came a day after rebels
    announced"): it happened at another time than the main clause's."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children
    ):
        return False
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS
        for c in (*verb.children, *verb.head.children)
    )


def _participle_adjunct(verb: Any) -> bool:
    """True for a participle clause with no conjunction and no subject of its own that
    tells what its head verb did ("struck a market late on Tuesday, killing 12 people"):
    it happened when its head did."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)
    )


def _same_time_complement(verb: Any) -> bool:
    """True for "to flee" in "forced thousands to flee", and for a clause of the same time
    ("eased in October as prices fell", "while rescuers searched"): it shares its head's
    time."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SAME_TIME_HEADS


def extract_events(extraction: Extraction, context: Context) -> Extraction:
    """Stage "events": typed events with arguments, time, modality and attribution."""
    doc = context.doc
    builder = _Builder(doc, extraction, context)
    extraction.events = builder.run()
    return extraction


# Prepositions of sequence: "before the vote on Thursday", "ahead of", "after", "following"
_SEQUENCE = {"before": "before", "after": "after", "following": "after", "until": "before"}


# Prepositions by which a date hangs on the noun of a happening: "the attack on Sunday"
_NOUN_DATE_PREPS = frozenset(["on", "in", "at", "during", "of"])
# Dependencies a phrase holding a noun's date may climb through to reach a subject
_WITHIN_PHRASE = frozenset(["pobj", "prep", "appos", "conj", "compound", "amod", "poss"])


def _where_clause_of(verb: Any) -> Any:
    """The verb whose object a "where" clause describes, for a simple past told in it
    ("visited Greece, where he signed a deal": "visited"); else None."""
    if verb.dep_ != "relcl" or not _simple_past(verb):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    place = verb.head
    if place.dep_ not in ("dobj", "pobj"):
        return None
    head = place.head.head if place.dep_ == "pobj" else place.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _time_for_a_thing(root: Any) -> bool:
    """Whether a date says what time a thing is meant for, not when anything was done
    ("signed a gas supply agreement for the winter", "a budget for 2026")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    head = prep.head
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in PREDICT_WORDS | FORECAST_VERBS:
        return False  # "forecast growth of 3.2% for next year": the year forecast for
    if head.pos_ == "NOUN":
        return head.dep_ != "npadvmod"
    # "approved a budget for 2026" (the parser hangs "for" on the verb), not "the vote
    # was scheduled for 3 December", "elections called for 5 March"
    return head.pos_ == "VERB" and head.lemma_.lower() not in _FOR_A_DATE_VERBS


# Verbs that tell figures for a time to come ("forecast growth of 3% for next year").
FORECAST_VERBS = frozenset(["forecast", "predict", "project", "see", "estimate", "target"])
_FOR_A_DATE_VERBS = frozenset(
    ["schedule", "reschedule", "set", "plan", "slate", "fix", "book", "arrange", "call",
     "expect", "postpone", "delay", "move", "push", "bring", "put", "pencil", "due", "wait",
     "stay", "remain", "last", "go", "come", "meet", "return", "arrive", "leave"]
)  # fmt: skip


def _opening_common_noun(tok: Any) -> bool:
    """Whether a word tagged a proper noun is a common one that only opens its sentence
    (after a list's bullet: "• Talks between the delegations took place ...")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
        return False
    before = tok.doc[tok.sent.start : tok.i]
    return all(t.is_punct or t.is_space or not t.is_alpha for t in before)


def _dated_noun(root: Any) -> Any:
    """The event noun a date (``root``, its head token) dates rather than its clause: one
    it hangs on through a preposition, when that noun is an apposition ("..., his first
    win in March, ..."), follows a preposition of sequence ("after the attack on Sunday")
    or sits in a phrase of the clause's subject ("the results of the vote on Sunday were
    annulled"), or one it owns ("the death toll from Friday's earthquake rose ... on
    Saturday"). Not a noun the verb's own phrase names ("injured in the blast on
    Monday", "the attack on Sunday killed 12": that day is the clause's too)."""
    if root.dep_ == "poss":
        noun = root.head
    else:
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _NOUN_DATE_PREPS:
            return None
        noun = prep.head
    if noun.pos_ != "NOUN" or not is_event_noun(noun):
        return None
    if noun.dep_ == "appos":
        return noun
    if noun.dep_ != "pobj":
        return None
    if noun.head.lower_ in _SEQUENCE or noun.head.lower_ == "since":
        # (not a saying's "after": "said after the vote on Monday" was said that day)
        return None if _said_after(noun.head.head, noun.head) else noun
    if noun.head.lower_ == "during" and noun.head.head.tag_ == "VBN":
        # "the agreement reached during talks on 16 May": what was done during them was
        # done that day (see _during_dated)
        return None
    # (a day that owns its noun may sit in a participle of the subject: "the number of
    # people killed by Friday's landslide rose to 64 on Sunday")
    within = _WITHIN_PHRASE | {"agent", "acl"} if root.dep_ == "poss" else _WITHIN_PHRASE
    tok = noun.head
    for _ in range(12):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return noun
        if tok.dep_ not in within or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _said_after(verb: Any, prep: Any) -> bool:
    """Whether ``prep`` is an "after"/"following" right on a verb of saying: "X said
    after the vote on Monday", "told reporters after Monday's meeting" tell of a saying
    that day, a reaction to what happened, not one bounded by it."""
    return (
        prep is not None
        and prep.dep_ == "prep"
        and prep.lower_ in ("after", "following")
        and prep.head.i == verb.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in CUE_VERBS
    )


def _sequence_of(tok: Any, below: Any) -> str | None:
    """ "before"/"after" when ``tok`` is a preposition of sequence whose object is
    ``below``, a noun ("before the vote", "ahead of the summit", "after the attack")."""
    if below.dep_ != "pobj" or below.pos_ not in ("NOUN", "PROPN"):
        return None
    word = tok.lower_
    if word == "of" and tok.head.lower_ == "ahead":
        return "before"
    return _SEQUENCE.get(word) if tok.dep_ == "prep" else None


class _Builder:
    def __init__(self, doc: Any, extraction: Extraction, context: Context) -> None:
        self.doc = doc
        self.extraction = extraction
        self.text = extraction.article.text
        # a wire dateline's date ("ROTTERDAM, Nov 27 (Reuters) -") is when the story was
        # filed: it dates none of its events
        self.dateline = dateline_end(self.text) or 0
        self.index = context.data.get("entities")
        self.attribution = context.data.get("attribution")
        self.quantities: dict[int, Quantity] = context.data.get("quantities", {})
        # (undated happenings are on the story's day: its dateline's, else its publication's)
        self.published = story_day(self.text, extraction.article.published)
        self._spans: dict[tuple[int, int], Any] = {}
        # token of an event -> a date it happened before or after ("before the vote on
        # Thursday"), from _link_timexes
        self.bounds: dict[int, tuple[Timex, str]] = {}

    def _span(self, timex: Timex) -> Any:
        """The tokens of a timex (parsed once per timex; None when they do not align)."""
        key = (timex.start, timex.end)
        if key not in self._spans:
            span = self.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            self._spans[key] = span if span is not None and len(span) else None
        return self._spans[key]

    def run(self) -> list[Event]:
        self._mark_subordinate_timexes()
        self._mark_noun_dates()
        candidates = self._candidates()
        anchor_of = {a: c for c in candidates for a in c.anchors}
        report_cues = {
            r.cue_token
            for r in (self.attribution.reports if self.attribution else [])
            if r.cue_token is not None
        }
        timex_for = self._link_timexes(set(anchor_of) | report_cues)
        statements = report_cues | {a for a, c in anchor_of.items() if c.type == "STATEMENT"}
        self._place_clock_times(timex_for, statements)
        self.story_days = self._story_days(timex_for)
        self.paragraph_breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        events: list[Event] = []
        typed_tokens = {c.token.i for c in candidates if c.type != "STATEMENT"}
        told: dict[str, Event] = {}  # type -> the last event of the story's days of that type
        # (type, noun) -> the last such event named by that noun ("the summit" names the
        # summit told before, not a meeting held during it)
        told_as: dict[tuple[str, str], Event] = {}
        nouns: dict[int, str] = {}  # id(event) -> the noun that named it
        for cand in candidates:
            if cand.type == "STATEMENT" and self._content_has_event(cand.token, typed_tokens):
                continue
            event = self._event(cand, timex_for)
            if event.type == "STATEMENT" and event.actor is None and self._evidence_told(cand):
                continue  # "A poll suggested most voters accepted it": no one's statement
            noun = cand.token.lemma_.lower() if cand.token.pos_ == "NOUN" else None
            earlier = told_as.get((event.type, noun or "")) or told.get(event.type)
            if (
                earlier is not None
                and noun is not None
                and event.type in _NAMED_BY_ITS_OWN_NOUN
                and nouns.get(id(earlier), noun) != noun
            ):
                earlier = None  # "a meeting on Saturday" is not "the summit"
            if earlier is not None and self._names_again(cand, event, earlier):
                # "claimed the attack in a statement on Wednesday": the attack told
                # before, on its day (the date is the claim's)
                event.begin, event.end_date, event.inferred = earlier.begin, earlier.end_date, True
                event.timex = None
            elif earlier is not None and self._done_by_the_happening(cand, earlier, timex_for):
                # "Z said on 8 March that the attack had targeted gas infrastructure":
                # the attack told before, its doer and day, not the saying's
                event.actor = earlier.actor
                if event.timex is None or self._saying_day(cand, timex_for):
                    event.begin, event.end_date, event.inferred = (
                        earlier.begin,
                        earlier.end_date,
                        True,
                    )
                    event.timex = None
                told[event.type] = earlier
            elif earlier is not None and event.timex is None and self._retells(cand, event):
                # "A tanker was hit late on Tuesday ... it was sailing north when it was
                # struck": the story telling its dated happening again, in detail
                event.begin, event.end_date = earlier.begin, earlier.end_date
            elif event.type != "STATEMENT" and self._of_the_story_days(event):
                told[event.type] = event
                if noun is not None:
                    told_as[(event.type, noun)] = event
                    nouns[id(event)] = noun
            events.append(event)
        return self._merge(events)

    def _evidence_told(self, cand: _Candidate) -> bool:
        """Whether a statement's subject is a count or a study ("the recount found")."""
        subject = self._subject(cand.carrier or cand.token)
        return subject is not None and is_evidence(subject)

    def _of_the_story_days(self, event: Event) -> bool:
        """Whether an event is a dated happening of the days just before publication,
        as asserted or reported (a happening the story may tell again)."""
        if (
            event.timex is None
            or event.inferred
            or event.polarity != "positive"
            or event.modality not in ("asserted", "reported")
            or len(event.begin or "") < 10
            or (event.begin or "")[:10] != (event.end_date or "")[:10]
            or not self.published
        ):
            return False
        lag = date.fromisoformat(self.published) - date.fromisoformat(str(event.begin)[:10])
        return timedelta(0) <= lag <= _STORY_LAG

    def _names_again(self, cand: _Candidate, event: Event, earlier: Event) -> bool:
        """Whether an event noun names again the happening of its kind told before: "the
        attack" as the object of a verb ("claimed the attack", "condemned the
        attack"), whatever date the parser hangs on it, or as a subject with no day of
        its own ("The attack was the first since 28 January"), when nothing names
        another place or target than the one told ("the attack on Kharkiv")."""
        noun = cand.token
        if noun.pos_ != "NOUN" or cand.carrier is not None or event.polarity != "positive":
            return False
        for slot in ("location", "target"):
            mine, told = getattr(event, slot), getattr(earlier, slot)
            if mine is not None and told is not None and mine != told:
                return False
        if not self._names_the_told(noun, earlier):
            return False
        if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ not in SETTINGS):
            return True  # (and "claimed responsibility for the bombing on Monday")
        single_day = bool(event.begin) and (event.begin or "")[:10] == (event.end_date or "")[:10]
        return noun.dep_ in ("nsubj", "nsubjpass") and not (event.timex and single_day)

    def _done_by_the_happening(
        self, cand: _Candidate, earlier: Event, timex_for: dict[int, Timex]
    ) -> bool:
        """Whether a verb's subject is a definite noun naming the happening told before,
        of the verb's own kind ("the attack had targeted gas infrastructure", "the strike
        hit a substation"): the verb tells that happening again, done by its doer."""
        verb = cand.token
        if verb.pos_ not in ("VERB", "AUX") or cand.carrier is not None:
            return False
        subject = direct_subject(verb)
        if subject is None or NOUNS.get(subject.lemma_.lower()) != cand.type:
            return False
        return self._names_the_told(subject, earlier) and subject.i not in timex_for

    def _names_the_told(self, noun: Any, earlier: Event) -> bool:
        """Whether a definite event noun ("the attack", "this strike") can name the
        happening told before: nothing says it was another time ("a new attack", "the
        second strike") or another place or target than the one told."""
        return (
            any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
            and not any(c.lower_ in ANOTHER_TIME for c in noun.children)
            and not self._names_elsewhere(noun, earlier)
        )

    def _saying_day(self, cand: _Candidate, timex_for: dict[int, Timex]) -> bool:
        """Whether the day an event got is the day of the saying that reports it ("said
        on 8 March that the attack had targeted ...")."""
        if self.attribution is None:
            return False
        report = self.attribution.report_for(cand.token)
        if report is None or report.cue_token is None:
            return False
        said = timex_for.get(report.cue_token)
        return said is not None and timex_for.get(cand.token.i) in (None, said)

    def _names_elsewhere(self, noun: Any, earlier: Event) -> bool:
        """Whether an event noun's place or target ("the attack on Odesa's port") names
        an entity the sentence of the earlier event does not."""
        if self.index is None:
            return False
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "against", "in", "at", "near"):
                continue
            for tok in prep.subtree:
                if tok.pos_ == "PRON":
                    continue  # "claimed the attack on its leak site": no other place
                entity = self.index.entity_at(tok)
                if entity is not None and not any(
                    earlier.sentence_start <= m.start < earlier.sentence_end
                    for m in entity.mentions
                ):
                    return True
        return False

    def _retells(self, cand: _Candidate, event: Event) -> bool:
        """Whether an undated past act tells again a happening of its kind told before:
        what it was done to is a pronoun or a definite noun ("when it was struck", "the
        ship was hit"), and nothing says it was another ("struck again", "a new attack")."""
        verb = cand.token
        if (
            verb.pos_ != "VERB"
            or not _simple_past(verb)
            or event.polarity != "positive"
            or event.modality not in ("asserted", "reported")
        ):
            return False
        patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if patient is None or not (
            patient.lower_ in PRONOUNS
            or any(c.dep_ == "det" and c.lower_ == "the" for c in patient.children)
        ):
            return False
        return not any(w.lower_ in ANOTHER_TIME for w in verb.subtree)

    # -- triggers ----------------------------------------------------
    def _candidates(self) -> list[_Candidate]:
        out: list[_Candidate] = []
        noun_carried: set[int] = set()
        for tok in self.doc:
            # (a verb the tagger took for a noun inside a noun phrase counts as the verb)
            verbal = tok.pos_ == "VERB" or stranded_verb(tok)
            kind = self._verb_type(tok) if verbal else None
            if kind is None and tok.pos_ == "VERB" and tok.lemma_.lower() in LIGHT_VERBS:
                noun = self._carried_noun(tok)
                if noun is not None:
                    start, end = self._noun_extent(noun)
                    carried = NOUNS.get(noun.lemma_.lower()) or NOUNS.get(noun.lower_, "FIGHT")
                    if noun.lemma_.lower() == "strike" and self._labour_strike(noun):
                        carried = "PROTEST"  # "drivers began a 48-hour strike"
                    out.append(
                        _Candidate(
                            noun,
                            carried,
                            start,
                            end,
                            (tok.i, noun.i),
                            carrier=tok,
                        )
                    )
                    noun_carried.add(noun.i)
                    continue
            if (
                kind is None
                and verbal
                and tok.lemma_.lower() in CUE_VERBS
                and not _reports_for_duty(tok)
                and (self._is_report(tok) or self._announces_something(tok) or stranded_verb(tok))
            ):
                kind = "STATEMENT"
            if kind is not None and _refused(tok):
                continue  # "KPMG refused to sign off on the accounts": the refusal's REJECT
            if kind is not None and not self._said_of_a_date(tok):
                out.append(_Candidate(tok, kind, tok.idx, tok.idx + len(tok.text), (tok.i,)))
        verb_triggers = {c.token.i for c in out}
        nouns: list[_Candidate] = []
        for tok in self.doc:
            if (tok.pos_ != "NOUN" and not _opening_common_noun(tok)) or tok.i in noun_carried:
                continue
            kind = NOUNS.get(tok.lower_) or NOUNS.get(tok.lemma_.lower())
            if tok.lemma_.lower() == "appeal" and _appeals_in_court(tok):
                kind = "LEGAL"  # "an appeal against the verdict"
            if tok.lemma_.lower() == "strike" and self._labour_strike(tok):
                kind = "PROTEST"  # "a 48-hour strike by train drivers"
            if tok.lemma_.lower() == "call" and any(
                c.lower_ in ("phone", "telephone", "video") for c in tok.children
            ):
                kind = "CONSULT"  # "a phone call with Putin" (a "call for" is a demand)
            if kind == "PERSONNEL" and not _appointment_of_someone(tok):
                kind = None  # "2,100 outpatient appointments were cancelled": no post
            if kind is None:
                kind = _begun_happening(tok)  # "the siege began in March"
            if kind is None and tok.lemma_.lower() in PART_NOUNS:
                kind = self._part_of_earlier(tok)
            compound_kind = None
            if kind is None:
                # "combat operations": the event noun is a compound modifier; "a
                # vaccination campaign", "a bombing campaign": an effort of that kind
                for child in tok.children:
                    if (
                        child.dep_ == "compound"
                        and child.lower_ in NOUNS
                        and (NOUNS[child.lower_] == "FIGHT" or tok.lemma_.lower() in EFFORT_NOUNS)
                    ):
                        compound_kind = NOUNS[child.lower_]
                if compound_kind is None:
                    continue
                kind = compound_kind
            elif tok.dep_ == "compound":
                continue
            if tok.dep_ in ("attr", "oprd"):
                continue  # a description ("called the halt a historic event"), not a happening
            # An event noun that is an argument of a verbal event is part of it.
            if (
                (
                    tok.head.i in verb_triggers
                    and not self._moved_to_a_date(tok)
                    and not _held_until_broken(tok, kind)
                )
                or (tok.dep_ == "pobj" and tok.head.head.i in verb_triggers)
            ) and not (_begun_on_its_day(tok) or _dated_by_its_clause(tok)):
                continue  # (but "postponed the launch to 27-28 August": the launch is due then)
            if self._inside_entity(tok):
                continue
            start, end = self._noun_extent(tok)
            anchors: tuple[int, ...] = (tok.i,)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _HAPPEN_VERBS:
                anchors += (tok.head.i,)  # "a new election would be held in spring"
            anchors += tuple(  # "a three-day meeting that began on Wednesday"
                c.i
                for c in tok.children
                if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _HAPPEN_VERBS
            )
            anchors += tuple(  # "the siege of Mariupol, which began in February"
                c.i for c in _own_clauses(tok) if c.i not in anchors and _dated_aspect(c)
            )
            anchors += tuple(  # "41 deaths it reported a week ago": counted then
                c.i
                for c in tok.children
                if c.dep_ == "relcl" and c.lemma_.lower() in COUNTING_VERBS
            )
            nouns.append(_Candidate(tok, kind, start, end, anchors))
        # "involvement of North Korea in combat operations": one event.
        noun_tokens = {c.token.i for c in nouns}
        for cand in nouns:
            tok = cand.token
            if (tok.dep_ == "pobj" and tok.head.head.i in noun_tokens) or (
                tok.head.i in noun_tokens and tok.dep_ != "conj"
            ):
                continue
            out.append(cand)
        out.sort(key=lambda c: c.start)
        return out

    @staticmethod
    def _served_notice(verb: Any) -> bool:
        """Whether a "serve" hands over a legal paper ("served with a notice of
        suspicion", "served him a summons", "served an indictment")."""
        papers = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "nsubjpass"):
                papers.append(child)
            elif child.dep_ == "prep" and child.lower_ == "with":
                papers += [c for c in child.children if c.dep_ == "pobj"]
        return any(p.lemma_.lower() in LEGAL_PAPERS for p in papers)

    def _said_of_a_date(self, verb: Any) -> bool:
        """Whether the verb's subject is a date ("Easter falls late in April this year"):
        a time is no actor, and what is said of it is no happening."""
        subject = direct_subject(verb)
        if subject is None or subject.lower_ in ("today", "yesterday", "tonight", "now"):
            return False  # ("Apple Inc. today has introduced": parsed as the subject)
        words = list(subject.subtree)
        first, last = words[0].idx, words[-1].idx + len(words[-1])
        return any(
            t.start <= first and last <= t.end and t.type in ("DATE", "TIME")
            for t in self.extraction.timexes
        )

    def _moved_to_a_date(self, token: Any) -> bool:
        """Whether ``token`` is what a rescheduling or scheduling verb moves to a date it
        names ("postponed the vote to 3 May", "the vote was delayed until next week",
        "set the launch for late 2025")."""
        if token.dep_ not in _MOVED:
            return False
        verb = token.head
        for prep in verb.children:
            if prep.dep_ == "prep" and _new_time_preposition(verb, prep.lower_):
                first = prep.idx
                last = max(t.idx + len(t) for t in prep.subtree)
                if any(
                    first <= t.start < last and t.type in ("DATE", "TIME")
                    for t in self.extraction.timexes
                ):
                    return True
        return False

    def _labour_strike(self, tok: Any) -> bool:
        """Whether a strike is a labour one: said so in its sentence, else, when its
        sentence says neither ("the strike is due to end"), as the article's strikes
        that are said to be were."""
        kind = strike_kind(tok)
        if kind is not None:
            return kind == "PROTEST"
        kinds = {strike_kind(t) for t in self.doc if t.lemma_.lower() == "strike" and t.i != tok.i}
        if not kinds - {None}:
            # "Dockworkers walked off the job ..., and their union said the strike would
            # last until Sunday": workers, and no weapon, in the strike's sentence
            lemmas = {t.lemma_.lower() for t in tok.sent if t.lemma_.lower() != "strike"}
            if lemmas & (MILITARY_STRIKE_WORDS | WEAPONS):
                return False
            return bool(lemmas & WORKERS) or self._labour_told_before(tok)
        return "PROTEST" in kinds and "ASSAULT" not in kinds

    def _labour_told_before(self, tok: Any) -> bool:
        """Whether the article before a strike's sentence tells of a labour dispute (a
        union, a walkout, a picket) and of no fighting ("Train drivers walked out on
        Friday in a dispute over pay. | The strike halted all trains")."""
        before = self.doc[: tok.sent.start]
        lemmas = {t.lemma_.lower() for t in before}
        if lemmas & (MILITARY_STRIKE_WORDS | WEAPONS | _FIGHTING):
            return False
        return bool(lemmas & _LABOUR_DISPUTE) or any(
            t.lemma_.lower() == "walk" and any(c.lower_ in ("out", "off") for c in t.children)
            for t in before
        )

    def _part_of_earlier(self, tok: Any) -> str | None:
        """ "The second round began on 27 May" after "the first round of talks": a
        bare round (session, stage) is a part of the event named with it before."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None
        for i in range(tok.i - 1, -1, -1):  # the nearest earlier one decides
            earlier = self.doc[i]
            if earlier.lemma_.lower() != tok.lemma_.lower():
                continue
            for prep in earlier.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        kind = NOUNS.get(pobj.lower_) or NOUNS.get(pobj.lemma_.lower())
                        if pobj.dep_ == "pobj" and kind is not None:
                            return kind
            return None  # "won the first round": a round of something else
        return None

    @staticmethod
    def _killed_by_a_hazard(verb: Any) -> bool:
        """True when what killed is a disaster, disease or accident, not an attacker."""
        subject = direct_subject(verb)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
        subject = subject if subject is not None else _shared_subject(verb)
        if subject is None or verb.dep_ == "acl":
            # "people killed in landslides": the hazard is in a prepositional phrase
            subject = next(
                (
                    p
                    for c in verb.children
                    if c.dep_ == "prep" and c.lower_ in ("in", "by")
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
        if subject is None:
            return False
        if subject.lower_ in ("that", "which") and verb.dep_ in ("relcl", "advcl"):
            # "an outbreak of its own in late 2024 that killed 15 people", which the
            # parser may hang on a name or a verb before it ("Rwanda, which contained ...")
            near = verb.doc[max(verb.sent.start, subject.i - 8) : subject.i]
            subject = next(
                (t for t in reversed(near) if t.lemma_.lower() in HAZARDS and t.pos_ == "NOUN"),
                verb.head,
            )
        heads = [subject, *(c for c in subject.children if c.dep_ == "conj")]
        return all(h.lemma_.lower() in HAZARDS or _disease_named(h) for h in heads)

    def _forces_enter(self, verb: Any) -> bool:
        """Whether troops enter a place: the subject is a military word, the object a
        country or place ("Soviet troops entered Afghanistan"), not a room or a race."""
        subject = direct_subject(verb)
        if subject is None or subject.lemma_.lower() not in MILITARY:
            return False
        place = next((c for c in verb.children if c.dep_ == "dobj"), None)
        entity = self._entity(place) if place is not None else None
        return entity is not None and entity.type in PLACE_TYPES

    @staticmethod
    def _hazard_subject(verb: Any) -> bool:
        """True when the verb's subject is a natural hazard ("the storm", "heavy rains")."""
        subject = direct_subject(verb)
        subject = subject if subject is not None else _shared_subject(verb)
        if subject is None:
            return False
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        # "A magnitude 6.4 earthquake struck": the parser gives the verb two subjects
        words += [c for c in verb.children if c.dep_ == "nsubj" and c.i != subject.i]
        # "Cyclone Freddy hit the coast"
        if any(w.lemma_.lower() in NATURAL_HAZARDS or w.lower_ in NATURAL_HAZARDS for w in words):
            return True
        # "the Caldor fire destroyed", "a forest fire swept": a named or wild fire (a bare
        # "fire" is as often gunfire: "artillery fire hit the school")
        if subject.lemma_.lower() not in ("fire", "flame"):
            return False
        children = list(subject.children)
        if any(
            (c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "GPE"))
            or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in WILD_FIRE_WORDS)
            for c in children
        ):
            return True
        # "The fire started near Peachland" after "a fast-moving wildfire": that wildfire
        # ("the fire" alone, with no word of its own, and a wildfire named before it)
        return [c.lower_ for c in children] == ["the"] and _WILDFIRE_NAMED.search(
            subject.doc.text, 0, subject.idx
        ) is not None

    def _verb_type(self, tok: Any) -> str | None:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            return None  # "without naming China": what was not done is no event
        if lemma == "overturn" and _vehicle_subject(tok):
            return "HAZARD"  # "the bus overturned": an accident
        if lemma in ("overturn", "uphold", "annul") and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children
        ):
            return None  # "the bus overturned": a ruling is overturned, a vehicle overturns
        if VERBS.get(lemma) in VICTIM_TYPES and _no_victim(tok):
            return None  # "no one was killed", "nobody died": no one was attacked
        if tok.dep_ == "amod" and tok.head.lemma_.lower() in JUDGMENT_NOUNS:
            return None  # "received suspended sentences": a kind of sentence, no act
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and lemma in ("rule", "govern", "consult"):
            return None  # "the ruling party", "the governing coalition": who, not an act
        # the parser takes "out" in "walked out of the talks" for a preposition
        particle = next(
            (
                c.lower_
                for c in tok.children
                if c.dep_ == "prt"
                or (c.dep_ in ("prep", "advmod") and c.lower_ in ("out", "off", "down"))
            ),
            None,
        )
        if (
            (lemma, particle) == ("walk", "out")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            and strike_kind(tok) == "PROTEST"
        ):
            return "PROTEST"  # "drivers will walk out on 4 February": a strike, not a walkout
        if (lemma, particle) == ("walk", "off") and any(
            w.lower_ in ("job", "jobs", "work") for w in tok.subtree
        ):
            return "PROTEST"  # "dockworkers walked off the job": a strike
        if particle is not None and (lemma, particle) in PHRASAL:
            return PHRASAL[lemma, particle]
        broken = _broken_down(tok, _particle(tok))
        if broken is not None:
            return broken  # "the ceasefire collapsed", "talks broke down"
        if (lemma, particle) == ("back", "up") and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "traffic was backed up": a queue, not support
        if lemma == "hit" and (
            tok.dep_ in ("attr", "acomp")
            or any(c.lower_ in ("worst", "hardest", "badly") for c in tok.children)
        ):
            return None  # "lines were the worst hit": how badly, not an attack
        if (
            lemma in ("put", "place", "set")
            and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS for c in tok.children)
        ):
            return "STATEMENT"  # "the ministry put the toll at 12": an estimate given
        if lemma in COUNTING_VERBS | {"detect", "identify"} and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CASE_NOUNS for c in tok.children
        ):
            return "OBSERVE"  # "the first case was confirmed", "reported 212 cases"
        if lemma == "kill" and self._killed_by_a_hazard(tok):
            return "PERSONNEL"  # "floods killed 290 people": deaths, not an attack
        if lemma == "kill" and _accident_before(tok) is not None:
            return "PERSONNEL"  # "The bus plunged into a gorge. Nine people were killed."
        if (
            lemma == "kill"
            and tok.dep_ in ("advcl", "conj")
            and (
                _accident(tok.head)
                or (tok.head.lemma_.lower() in HAZARD_VERBS and self._hazard_subject(tok.head))
            )
        ):
            # "A bus crashed on Tuesday, killing four", "an earthquake struck ..., killing
            # 38": deaths
            return "PERSONNEL"
        if _structure_collapse(tok):
            return "HAZARD"  # "a five-storey building collapsed in Lagos"
        if _launch_failure(tok):
            return "HAZARD"  # "the rocket exploded minutes after lift-off"
        if lemma in HAZARD_VERBS and self._hazard_subject(tok):
            return "HAZARD"  # "heavy rain would continue", "the cyclone hit the coast"
        if _accident_verb(tok) and (_vehicle_subject(tok) or _off_the_road(tok)):
            return "HAZARD"  # "a turboprop that crashed in Ontario": an accident
        acted_on = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if lemma == "block" and any(
            o.lemma_.lower() in BLOCKED_WAYS or o.pos_ == "PRON" or o.ent_type_ == "PERSON"
            for o in acted_on
        ):
            # "protesters blocked the road", "sued to block him from joining": no
            # proposal turned down
            return None
        if lemma == "thank" and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children
        ):
            return None  # "I thank you all": a courtesy in a quote, no act of support
        if lemma in ("drop", "withdraw", "lift") and any(
            o.lemma_.lower() in OBJECTIONS for o in acted_on
        ):
            return "CONCEDE"  # "Budapest dropped its objections", "lifted its veto"
        if lemma == "enter" and self._forces_enter(tok):
            return "DEPLOY"  # "Soviet troops entered Afghanistan in December 1979"
        if lemma == "decline" and any(c.dep_ == "xcomp" for c in tok.children):
            return "REJECT"  # "declined to discuss": a refusal, not a fall
        if lemma == "find" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "dep") and c.lower_ == "dead"
            for c in tok.children
        ):
            return "PERSONNEL"  # "two hikers were found dead": deaths
        if lemma == "ask" and (
            any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
            or (
                any(c.dep_ == "dobj" for c in tok.children)
                and any(c.dep_ == "xcomp" for c in tok.children)
            )
        ):
            # "asked Ottawa for military help", "will ask parliament to open an inquiry"
            return "DEMAND"
        if lemma == "force" and any(
            c.dep_ == "prep"
            and c.lower_ in ("from", "out")
            and any(p.lemma_.lower() in ("home", "house") for p in c.subtree)
            for c in tok.children
        ):
            return "RETREAT"  # "forced 30,000 people from their homes": an evacuation
        if lemma in ("dismiss", "uphold", "overturn") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PLEA_NOUNS for c in tok.children
        ):
            # "the judge dismissed the lawsuit": a plea turned down, not a sacking
            return "REJECT" if lemma == "dismiss" else "LEGAL"
        if lemma == "dismiss" and self._dismisses_a_thing(tok):
            return "REJECT"  # "the Kremlin dismissed the meeting as theatre"
        if lemma == "order":
            subject = direct_subject(tok)
            words = set(subject.subtree if subject is not None else ())
            if any(w.lower_ in COURT_WORDS for w in words):
                return "LEGAL"  # "the court ordered Meta to pay"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        obj_words = set()
        for obj in objects:
            obj_words.add(obj.lemma_.lower())
            obj_words.add(obj.lower_)
            # "some of its forces"
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj_words.update(p.lower_ for p in prep.children if p.dep_ == "pobj")
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            obj_words.add(tok.head.lower_)
        if lemma in ("cancel", "suspend", "postpone", "delay", "disrupt", "halt") and _by_event(
            tok
        ):
            # "a one-day strike cancelled 80% of services", "the storm delayed flights":
            # what the event did, no one's decision to call anything off
            return None
        if lemma in ("seize", "confiscate", "impound") and any(
            w.lemma_.lower() in CONTRABAND for o in objects for w in o.subtree
        ):
            return "COERCE"  # "customs officers seized 40 kg of cocaine": a confiscation
        if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
            return "ASSAULT"  # "soldiers opened fire on protesters"
        if lemma == "suspend" and self._acts_on_a_person(objects):
            return "COERCE"  # "the AIU suspended the runner": a penalty, as "banned"
        if lemma in INQUIRY_VERBS and _opens_an_inquiry(objects):
            return "LEGAL"  # "police opened an investigation", "launched a criminal case"
        if lemma == "summon" and any(o.lemma_.lower() in ENVOYS for o in objects):
            return "ACCUSE"  # "Turkey summoned the Swedish ambassador": a rebuke
        if lemma == "take" and self._takes_craft_by_force(tok, objects):
            return "ASSAULT"  # "they took the tanker St Nikolas": a seizure, as "seized"
        if lemma in SHUTTING or lemma in OPENING:
            # what is shut or opened: the object, else the subject of "schools closed"
            closed = objects or [c for c in tok.children if c.dep_ == "nsubj"]
            # (not "a general strike closed schools": what the strike did)
            if not _by_event(tok) and any(
                c.lemma_.lower() in FACILITIES or c.lower_ in FACILITIES for c in closed
            ):
                # "closed the border", "schools closed", "the airport reopened"
                return "COERCE" if lemma in SHUTTING else "CONCEDE"
        if lemma == "freeze":
            return _frozen_type(tok, obj_words)
        if lemma in REFUGE_VERBS and _seeks_refuge(tok):
            return "RETREAT"  # "took refuge in the Mexican embassy", "sought asylum"
        if lemma in FREEING and self._frees_people(tok, objects):
            return "CONCEDE"  # "Iran freed three Swedish citizens": people let go
        if lemma in ("free", "pardon"):
            return None  # "freed up funds", "pardon the interruption"
        arriving = self._subject(tok) if lemma == "arrive" else None
        if arriving is not None and {arriving.lemma_.lower(), arriving.lower_} & AID_GOODS:
            return "AID"  # "the doses are due to arrive in Maputo"
        if lemma in RECEIVING | HANDING and self._transfer(tok) is not None:
            return "AID"  # "Ukraine received 18 Gripen jets from Sweden"
        if lemma in MOVE_VERBS:
            if obj_words & MILITARY:
                return "DEPLOY"
            if lemma in ("send", "transfer", "ship") and self._sends_aid(objects):
                return "AID"
            if lemma in ("send", "transfer", "ship") and self._sends_equipment(tok, objects):
                return "AID"  # "will send two more Patriot batteries to Ukraine"
            if lemma == "deploy":
                return "DEPLOY"
            return None
        if lemma in ("launch", "fire") and obj_words & WEAPONS:
            return "ASSAULT"
        if lemma == "fire" and obj_words & CROWD_ROUNDS:
            # "police fired tear gas at protesters": force against a crowd, no sacking;
            # "fired live rounds", an attack
            return _rounds_fired(objects)
        if lemma in ("fight", "battle", "combat") and _fought_a_hazard(tok):
            return None  # "fought off an epidemic", "firefighters battled the blaze"
        if lemma == "succeed" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            return None  # "seven flights had succeeded": no one took anyone's post
        if lemma == "name" and _kept_anonymous(tok):
            return None  # "a nurse said, asking not to be named"
        if (
            lemma in ("release", "publish", "issue", "compile", "provide")
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() in SOURCE_DOCUMENTS
            and tok.head.head.lower_ in ("to", "on", "from")
        ):
            return None  # "according to figures released by the group": a source cited
        if lemma == "approve" and tok.dep_ == "amod":
            return None  # "has no approved treatment": a description, no approval
        if lemma in FALL_VERBS and _things_falling(tok):
            return None  # "debris fell into the sea": no figure fell
        if lemma == "damage" and (self._by_weapon(tok) or self._damaged_after_a_strike(tok)):
            return "ASSAULT"  # "a drone damaged a container ship"
        if lemma in ("lose", "win", "file", "settle", "bring") and obj_words & LEGAL_NOUNS:
            return "LEGAL"
        if lemma in ("deliver", "issue", "hand", "pass", "read") and obj_words & JUDGMENT_NOUNS:
            return "LEGAL"  # "the court will deliver its judgment": no aid delivered
        if lemma == "appeal" and (_appeals_in_court(tok) or _bare_appeal(tok)):
            # "the defence will appeal to the Supreme Court", "he would appeal"
            return "LEGAL"
        if lemma in ("win", "lose") and obj_words & ELECTION_NOUNS:
            return "PERSONNEL"  # "won the first round", "won the most seats"
        if lemma in ("enter", "join") and obj_words & WAR_NOUNS:
            return "FIGHT"
        if lemma == "meet" and any(c.dep_ == "nsubjpass" for c in tok.children):
            return None  # "must be met with pressure"
        if lemma == "serve" and self._served_notice(tok):
            return "LEGAL"  # "was served with a notice of suspicion", "served a summons"
        if lemma == "meet" and obj_words & MET_STANDARDS:
            return None  # "Ukraine had met the conditions for the next tranche": no meeting
        if lemma == "call" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "for") for c in tok.children
        ):
            return "DEMAND"
        if lemma == "train" and not (obj_words & MILITARY) and tok.dep_ not in ("relcl", "acl"):
            return None
        if lemma == "strike" and any(c.lower_ in ("deal", "agreement") for c in objects):
            return "AGREE"
        if lemma == "strike" and self._labour_strike(tok):
            return "PROTEST"  # "nurses will strike on Monday"
        if lemma in ("strike", "throw") and any(
            c.dep_ == "prt" and c.lower_ in ("down", "out") for c in tok.children
        ):
            return "LEGAL"  # "the court struck down the Privacy Shield"
        if lemma in TRAVEL_VERBS:
            # "the president travels to Hanoi" is a visit; "millions travelled home" is not
            subject = self._subject(tok)
            entity = self._entity(subject) if subject is not None else None
            if entity is None or entity.type not in ("PERSON", "ORG", "COUNTRY", "GPE"):
                return None
        if VERBS.get(lemma) == "CHANGE":
            # "increase aid": the event is the aid.
            for obj in objects:
                if obj.lower_ in NOUNS:
                    return NOUNS[obj.lower_]
        return VERBS.get(lemma) or _inflected_type(tok)

    def _fined(self, verb: Any) -> str | None:
        """Who "fine" names before the sum ("fined budget airline SkyBridge a record 95
        million pounds"): the parser often reads the two objects as one, or the name as
        a clause of its own."""
        if self.index is None:
            return None
        for tok in verb.doc[verb.i + 1 : verb.sent.end]:
            if tok.like_num or tok.ent_type_ == "MONEY" or tok.is_punct:
                return None
            entity = self._entity(tok) if tok.lower_ in PERSONAL else self.index.entity_at(tok)
            if entity is not None and entity.type in ("PERSON", "ORG", "COUNTRY"):
                return str(entity.name)
        return None

    def _is_party(self, token: Any) -> bool:
        """Whether ``token`` names a person, an organisation or a state (or is a pronoun
        standing for one): a party an act can befall."""
        entity = self._entity(self._referent(token))
        return entity is not None and entity.type in ("PERSON", "ORG", "COUNTRY", "GPE")

    def _acts_on_a_person(self, objects: list[Any]) -> bool:
        """Whether what a verb acts on is a person ("suspended Lemlem Hailu", "he was
        suspended", "suspended two players"), not a plan or a service."""
        for obj in objects:
            if obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            if obj.lower_ in PERSONAL or obj.lemma_.lower() in SUSPENDED_PEOPLE:
                return True
            entity = self._entity(obj) if obj.pos_ == "PROPN" else None
            if entity is not None and entity.type == "PERSON":
                return True
        return False

    def _takes_craft_by_force(self, verb: Any, objects: list[Any]) -> bool:
        """Whether ``verb`` ("take") is armed men, a state or a group taking a ship or an
        aircraft ("Houthi fighters took the bulk carrier", "Iranian forces seized ...
        and in January they took the tanker"), not travellers taking a ferry."""
        if not any(o.dep_ == "dobj" and o.lemma_.lower() in SEIZED_CRAFT for o in objects):
            return False
        subject = self._subject(verb)
        if subject is None:
            return False
        taker = self._referent(subject)
        words = {taker.lemma_.lower(), taker.lower_}
        if words & (MILITARY | ARMED_TAKERS):
            return True
        entity = self._entity(subject)
        return entity is not None and entity.type in ("COUNTRY", "ORG", "GPE")

    def _transfer(self, verb: Any) -> tuple[Any, Any] | None:
        """(giver, receiver) tokens when ``verb`` hands goods from one named party to
        another: "X received/got N jets from Y", "X was handed N systems by Y", "Y gave X
        N generators"; None when a party is not named or what changed hands is no aid
        ("received a call from", "handed over the suspect")."""
        lemma = verb.lemma_.lower()
        goods = [c for c in verb.children if c.dep_ == "dobj"]
        if not goods or not any(self._aid_goods(g) for g in goods):
            return None
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if lemma in RECEIVING:
            giver, receiver = _object_of(verb, goods, "from"), direct_subject(verb)
        elif passive is not None:
            giver, receiver = _object_of(verb, goods, "by"), passive
        else:
            dative = next(
                (c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None
            )
            giver, receiver = direct_subject(verb), dative or _object_of(verb, goods, "to")
        if giver is None or receiver is None or not self._party(giver):
            return None
        return giver, receiver

    def _aid_goods(self, obj: Any) -> bool:
        """Whether a phrase names goods, arms, money or equipment ("18 Gripen jets")."""
        for word in obj.subtree:
            if {word.lower_, word.lemma_.lower()} & (AID_SENSE | EQUIPMENT):
                return True
            entity = self.index.entity_at(word) if self.index is not None else None
            if entity is not None and entity.type == "PRODUCT":
                return True
        return False

    def _party(self, token: Any) -> bool:
        """Whether ``token`` names a country, organisation or person."""
        entity = self.index.entity_at(token) if self.index is not None else None
        return entity is not None and entity.type in ("COUNTRY", "GPE", "ORG", "PERSON")

    def _dismisses_a_thing(self, verb: Any) -> bool:
        """Whether what is dismissed is no one who could be sacked: a thing, a claim or
        a meeting ("dismissed the report as propaganda"), not a person or a post
        ("dismissed the army chief", "dismissed him", "dismissed 40 staff")."""
        dismissed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not dismissed:
            return False
        for noun in dismissed:
            entity = self._entity(noun)
            if noun.pos_ in ("PRON", "PROPN") or noun.ent_type_ in ("PERSON", "CARDINAL"):
                return False
            if entity is not None and entity.type in ("PERSON", "ORG"):
                return False
            if noun.lemma_.lower() in PEOPLE_NOUNS or any(
                c.dep_ == "nummod" for c in noun.children
            ):
                return False
        return True

    def _sends_equipment(self, verb: Any, objects: list[Any]) -> bool:
        """Whether equipment is sent to a named party ("send two Patriot batteries to
        Ukraine"; not "sent jets to patrol its airspace": its own, deployed)."""
        if not any(self._aid_goods(o) for o in objects):
            return False
        return any(
            self._party(p)
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
        )

    @staticmethod
    def _sends_aid(objects: list[Any]) -> bool:
        """Whether what is sent is aid: a word of its phrase names goods, help, arms or
        money ("a convoy of trucks carrying food", "humanitarian supplies")."""
        return any({w.lower_, w.lemma_.lower()} & AID_SENSE for obj in objects for w in obj.subtree)

    def _damaged_after_a_strike(self, verb: Any) -> bool:
        """Whether a verb is a passive with no doer named ("Several cars were damaged")
        right after a sentence of its paragraph that tells a strike ("the bombs hit a
        residential area"): the strike's damage."""
        if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children
        ):
            return False
        sent = verb.sent
        if sent.start == 0 or "\n" in self.text[sent.start_char - 2 : sent.start_char]:
            return False
        before = self.doc[sent.start - 1].sent
        return any(t.pos_ == "VERB" and VERBS.get(t.lemma_.lower()) == "ASSAULT" for t in before)

    def _by_weapon(self, verb: Any) -> bool:
        """Whether the verb's doer is a weapon ("a drone damaged", "was damaged by a missile")."""
        doer = self._subject(verb)
        return doer is not None and (doer.lemma_.lower() in WEAPONS or doer.lower_ in WEAPONS)

    def _frees_people(self, verb: Any, objects: list[Any]) -> bool:
        """Whether what the verb lets go is people: its object (or passive subject) is a
        captive noun ("released two men") or a named person ("pardoned Ekberg")."""
        if verb.dep_ == "amod":
            objects = [*objects, verb.head]  # "the released prisoners"
        if any(
            c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "bail" for p in c.children)
            for c in verb.children
        ):
            return True  # "both were released on bail": only people are bailed
        for obj in objects:
            if obj.lemma_.lower() in CAPTIVES or obj.lower_ in CAPTIVES:
                return True
            entity = self._entity(obj)
            if entity is not None and entity.type == "PERSON":
                return True
            if entity is not None and entity.type == "COUNTRY" and obj.tag_ in ("NNS", "NNPS"):
                return True  # "pardoned the three Swedes": people of a country
        return False

    def _carried_noun(self, verb: Any) -> Any:
        for child in verb.children:
            if child.dep_ == "dobj":
                if child.lemma_.lower() in NOUNS or child.lower_ in NOUNS:
                    return child
                if child.lemma_.lower() in SPELL_NOUNS:
                    # "held 20 days of strikes", "staged a wave of protests"
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj" and (
                                    pobj.lemma_.lower() in NOUNS or pobj.lower_ in NOUNS
                                ):
                                    return pobj
                if child.lower_ == "part":  # "take part in X"
                    for prep in [*child.children, *verb.children]:
                        if prep.dep_ == "prep" and prep.lower_ == "in":
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj" and (
                                    pobj.lower_ in NOUNS
                                    or any(
                                        c.dep_ == "compound" and c.lower_ in NOUNS
                                        for c in pobj.children
                                    )
                                ):
                                    return pobj
        return None

    def _noun_extent(self, noun: Any) -> tuple[int, int]:
        start_tok = noun
        for child in noun.children:
            if child.dep_ == "compound" and child.i == start_tok.i - 1 and child.lower_ in NOUNS:
                start_tok = child
        return start_tok.idx, noun.idx + len(noun.text)

    def _inside_entity(self, tok: Any) -> bool:
        return self.index is not None and self.index.entity_at(tok) is not None

    @staticmethod
    def _announces_something(verb: Any) -> bool:
        """ "Apple announced a new iPod": a statement with a noun object, no clause."""
        return verb.lemma_.lower() in ANNOUNCING and any(c.dep_ == "dobj" for c in verb.children)

    def _is_report(self, verb: Any) -> bool:
        return self.attribution is not None and any(
            r.cue_token == verb.i for r in self.attribution.reports
        )

    def _content_has_event(self, verb: Any, typed: set[int]) -> bool:
        report = (
            next((r for r in self.attribution.reports if r.cue_token == verb.i), None)
            if self.attribution
            else None
        )
        if report is None:
            return False
        # an event inside a report nested in this one ("X said ..., while Y insisted it
        # had agreed") is Y's, not the content of X's statement
        nested = set()
        for other in self.attribution.reports if self.attribution else ():
            if other is not report and other.tokens and other.tokens < report.tokens:
                nested |= other.tokens
        return bool((report.tokens - nested) & typed)

    # -- time --------------------------------------------------------
    def _link_timexes(self, anchors: set[int]) -> dict[int, Timex]:
        """Token index of an event trigger or report cue -> the timex that dates it."""
        out: dict[int, Timex] = {}
        # a date that describes a noun ("cut its third-quarter revenue forecast on Thursday")
        # comes last: a date of the clause's own wins the verb
        for timex in sorted(self.extraction.timexes, key=self._describes_noun):
            if timex.type not in ("DATE", "TIME") or not (timex.begin or timex.end_date):
                continue
            if timex.start < self.dateline:
                continue
            span = self._span(timex)
            if span is None or (timex.vague and span.root.dep_ == "amod"):
                continue  # "the lowest reading in the current series": it describes a noun
            inside = {t.i for t in span}
            if _qualifies_figures(span) or _time_for_a_thing(span.root):
                continue
            before = self.doc[span.start - 1] if span.start else None
            if (
                span.root.dep_ == "npadvmod"
                and before is not None
                and before.i in anchors
                and before.pos_ == "NOUN"
                and before.dep_ == "pobj"
            ):
                # "an offer of a 4.5% pay rise this year": the rise's year, however the
                # parser hangs it
                out.setdefault(before.i, timex)
                continue
            closing = _closing_relative(span)
            if closing is not None and closing.i in anchors:
                # "a turboprop that crashed in Ontario last month received ...": the crash's
                out.setdefault(closing.i, timex)
                continue
            if _describes_a_phrase_noun(span):
                continue  # "deporting migrants under an 18th-century law": the law's age
            tok, below = span.root, None
            sequence: str | None = None
            for _ in range(8):
                if sequence is None and below is not None and below.i not in inside:
                    sequence = _sequence_of(tok, below)
                if _new_time_of(tok, below) and tok.i not in inside:
                    if (moved := _rescheduled(tok)) is not None and moved.i in anchors:
                        # "postponed the launch to 27-28 August": the launch's new date
                        out.setdefault(moved.i, timex)
                    break  # and not the date of the postponing
                if (
                    tok.i in anchors
                    and tok.i not in inside
                    and not self._beyond_yardstick(tok, timex)
                ):
                    if sequence is not None and not _said_after(tok, below):
                        # "resign before the vote on Thursday": the date is the vote's,
                        # and it bounds the resignation
                        self.bounds.setdefault(tok.i, (timex, sequence))
                    else:
                        out.setdefault(tok.i, timex)
                    break
                if (planned := _predicated_plan(tok)) is not None and planned.i in anchors:
                    # "a new valve is due to arrive ... by the end of July": the parser
                    # hangs the date on "is"; it dates the arrival
                    out.setdefault(planned.i, timex)
                    break
                if tok.pos_ == "VERB" and tok.i not in anchors and tok.i not in inside:
                    for sequel in _participle_sequels(tok):
                        if sequel.i in anchors:
                            # "Flames reached the town overnight, destroying 12 homes":
                            # the deed told by the participle is the main verb's
                            out.setdefault(sequel.i, timex)
                if tok.head.i == tok.i or (tok.dep_ in CLAUSE_EDGES and tok.i not in inside):
                    break  # a date inside a reported or relative clause does not date the cue
                if _own_clause(tok) and tok.i not in inside:
                    break  # "..., as they had promised in April": the promise's date
                if below is not None and below.dep_ == "acl" and below.pos_ == "VERB":
                    # "an offensive launched on Monday" dates the offensive, and "his
                    # sample, collected on 14 May" nothing said of the sample
                    verb = _participle_object_verb(span)
                    if verb is not None and verb.i in anchors:
                        out.setdefault(verb.i, timex)
                    break
                tok, below = tok.head, tok
        return out

    def _beyond_yardstick(self, anchor: Any, timex: Timex) -> bool:
        """Whether the timex is the day of a figure something is compared with and the
        anchor stands before that comparison ("NWT Fire said, up from 42,000 hectares on
        Tuesday": not the saying's day; "up from 12 deaths they reported on Monday"
        still dates the deaths)."""
        return compared_date(self.text, timex.start) and anchor.idx < self.text.rfind(
            "from", 0, timex.start
        )

    def _describes_noun(self, timex: Timex) -> bool:
        """True for a date that modifies a noun ("its full-year revenue forecast"), also
        through a preposition ("the worst wildfire in recent decades killed 104 people in
        2018": the verb's own 2018 dates the killing)."""
        span = self._span(timex)
        if span is None:
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i != root.head.i:
            root = root.head
        return (
            # ("its full-year revenue forecast", "the toll from Friday's earthquake")
            root.dep_ in ("amod", "compound", "nmod", "poss", "prep")
            and root.head.pos_ in ("NOUN", "PROPN")
        )

    def _place_clock_times(self, timex_for: dict[int, Timex], statements: set[int]) -> None:
        """Put a clock time that names no day ("The quake hit at midday") told in the past
        on the story's narrative day: that of the last event before it dated to a day
        (not of a saying: "the government said on Saturday" is when it was told), for
        the tagger counts it from the publication. When no event before it is dated
        and the text names another day before it, its day is unknown (``XXXX-XX-XX``):
        no line guesses it."""
        dated = sorted(
            (t for a, t in timex_for.items() if a not in statements and self._one_day(t)),
            key=lambda t: t.start,
        )
        for clock in self.extraction.timexes:
            if not self._bare_clock(clock):
                continue
            span = self._span(clock)
            if span is None:
                continue
            verbs = [self.doc[a] for a, t in timex_for.items() if t is clock]
            verbs = verbs or [span.root.sent.root]  # ("12:50 local time (0620 GMT)")
            if not all(_told_past(v) for v in verbs):
                continue
            sent = span.root.sent
            if any(
                t is not clock and sent.start_char <= t.start < sent.end_char and self._one_day(t)
                for t in self.extraction.timexes
            ):
                continue  # "on Friday at 12:50": the tagger read its day from the sentence
            before = [t for t in dated if t.start < sent.start_char]
            if not before:
                # "The volcano erupted early on Sunday, ... Senapred said. The eruption began
                # at about 3:15 a.m.": no typed event dates the story, its last day does (not
                # a saying's: "the government said on Saturday")
                before = [
                    t
                    for t in self.extraction.timexes
                    if t.start < sent.start_char
                    and self._one_day(t)
                    and not _SAYING_BEFORE_DAY.search(
                        self.extraction.article.text, max(0, t.start - 40), t.start
                    )
                ]
            day = before[-1].begin[:10] if before and before[-1].begin else None
            if day is not None and before[-1].value.endswith("TNI") and _morning(clock):
                # "Crews worked through the night. ... a video posted at 7 a.m.": the night
                # is over, the morning is the next day's
                day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
            if day is None and not any(
                t.start < sent.start_char and self._one_day(t) and t.begin[:10] != self.published
                for t in self.extraction.timexes
                if t.begin
            ):
                continue  # the story names no day but its publication's: that is its day
            if day != (clock.begin or "")[:10]:
                _redate(clock, day)

    def _one_day(self, timex: Timex) -> bool:
        """Whether the timex names one day of the story, up to its publication."""
        return (
            timex.type in ("DATE", "TIME")
            and not timex.vague
            and timex.start >= self.dateline
            and bool(timex.begin)
            and len(timex.begin or "") >= 10
            and (timex.begin or "")[:10] == (timex.end_date or timex.begin or "")[:10]
            and (self.published is None or (timex.begin or "")[:10] <= self.published)
            and not self._on_title_line(timex)
            and not self._bare_clock(timex)
        )

    def _bare_clock(self, timex: Timex) -> bool:
        """Whether the timex is a clock time whose words name no day ("at 12:50 local
        time", "at midday"): its day is the tagger's guess."""
        return (
            timex.type == "TIME"
            and not timex.vague
            and timex.start >= self.dateline
            and len(timex.begin or "") > 10
            and bool(_CLOCK.search(timex.text))
            and not _DAY_WORD.search(timex.text)
        )

    def _story_days(self, timex_for: dict[int, Timex]) -> list[tuple[int, str | None]]:
        """(position, day) for each date that dates an event: the day when it is one of
        the days just before publication ("Yesterday, Jobs unveiled ...", "announced
        Friday"), or the night, "BEGIN/END", of a night that is ("Russia launched 90
        drones overnight"), else None (an older date, a month, a year)."""
        if not self.published:
            return []
        published = date.fromisoformat(self.published)
        reports = self.attribution.reports if self.attribution else []
        reported = {i for r in reports if not r.article_level for i in r.tokens}
        out: list[tuple[int, str | None]] = []
        for t in sorted(timex_for.values(), key=lambda t: t.start):
            if t.vague or t.subordinate or self._on_title_line(t):
                continue  # a headline's or dateline's date dates no sentence of the story
            span = self._span(t)
            if (
                span is not None
                and span.root.i in reported
                and (self._quoted(t) or not _dates_a_simple_past(span))
            ):
                # "'The attack on Sunday ...,' he added": the claim's time, not the story's
                # (but "Syniehubov said that the bombs hit a residential area at about
                # 21:40. Several cars were damaged.": the story's told through its source)
                continue
            if not t.begin or t.begin[:10] > self.published:
                continue  # a plan's date ("to be released in mid-2011") is no time of the story
            day = None
            if len(t.begin) >= 10 and t.begin[:10] == (t.end_date or "")[:10]:
                lag = published - date.fromisoformat(t.begin[:10])
                day = t.begin[:10] if lag <= _STORY_LAG else None
            elif t.value.endswith("TNI") and len(t.begin) >= 10 and t.end_date:
                # a night runs over two days: what the story tells next of it is that night's
                lag = published - date.fromisoformat(t.begin[:10])
                day = f"{t.begin}/{t.end_date}" if lag <= _STORY_LAG else None
            out.append((t.start, day))
        return out

    def _quoted(self, timex: Timex) -> bool:
        """Whether the timex stands inside quotation marks opened in its paragraph."""
        start = self.text.rfind("\n", 0, timex.start) + 1
        before = self.text[start : timex.start]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    def _story_day(self, position: int) -> str | None:
        """The day of the last date before ``position`` that dated an event, when it is
        one of the days just before publication and in the same paragraph (the next
        paragraph may be another speaker's, or background)."""
        i = bisect_right(self.story_days, (position, "~")) - 1
        if i < 0:
            return None
        start, day = self.story_days[i]
        breaks = bisect_right(self.paragraph_breaks, position) - bisect_right(
            self.paragraph_breaks, start
        )
        return day if breaks == 0 else None

    def _in_past_narrative(self, position: int) -> bool:
        """True when every date that dated an event before ``position`` is an older one
        (none of the days just before publication): the text so far retells the past
        ("Fighting erupted in Khartoum on April 15, 2023 ...")."""
        i = bisect_right(self.story_days, (position, "~"))
        before = self.story_days[:i]
        return bool(before) and all(day is None for _, day in before)

    def _on_title_line(self, timex: Timex) -> bool:
        """True for a date on a line that ends without a full stop (a headline or dateline)."""
        end = self.text.find("\n", timex.end)
        line = self.text[self.text.rfind("\n", 0, timex.start) + 1 : end if end >= 0 else None]
        return not line.rstrip().endswith((".", '"', "'", "”", "?", "!"))

    def _done_before(self, verb: Any, sent: Any, timex_for: dict[int, Timex]) -> Timex | None:
        """For an undated past participle right after the subject noun of a past clause
        dated to a day ("The ceasefire agreed during talks in Istanbul collapsed on
        Friday"), that day: what the participle tells was done by then."""
        noun = verb.head
        if not (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.i == noun.i + 1
            and noun.dep_ in ("nsubj", "nsubjpass")
            and _simple_past(noun.head)
        ):
            return None
        day = timex_for.get(noun.head.i) or self._own_timex(noun.head, sent)
        return day if day is not None and day.begin and len(day.begin) >= 10 else None

    def _incident_day(self, sent: Any) -> str | None:
        """The story's last day (or night) in its paragraph, for a sentence with no date
        of its own that goes on telling, in the simple past, what happened then: its main
        verb ("Falling debris damaged three houses"), or the claim before a saying that
        closes it ("Two people were injured, the governor said"; not "The governor said
        ...", told after the incident)."""
        if any(not t.vague for t in self._sentence_timexes(sent)):
            return None
        content = sent.root
        if content.lemma_.lower() in CUE_VERBS:
            content = next(
                (c for c in content.children if c.dep_ == "ccomp" and c.i < content.i), None
            )
        if content is None or not _simple_past(content):
            return None
        return self._story_day(sent.start_char)

    def _own_timex(self, verb: Any, sent: Any) -> Timex | None:
        """The date in a verb's own clause that hangs on it through a preposition or
        directly ("broke down on Monday"), if any."""
        for t in self._sentence_timexes(sent):
            span = self._span(t)
            if span is None or t.vague or self._beyond_yardstick(verb, t):
                continue
            tok = span.root
            for _ in range(3):
                if tok.head.i == verb.i:
                    return t
                if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX", "NOUN"):
                    break
                tok = tok.head
        return None

    def _channel_timex(self, verb: Any, timex_for: dict[int, Timex]) -> Timex | None:
        """The date of the report, statement or interview an act is done in ("the WHO,
        in a report published on Tuesday, put the number of cases at 3,540")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for channel in prep.children:
                if channel.dep_ == "pobj" and channel.lemma_.lower() in CHANNEL_NOUNS:
                    for acl in channel.children:
                        if acl.dep_ in ("acl", "relcl") and acl.i in timex_for:
                            return timex_for[acl.i]
        return None

    def _scoping_timex(self, verb: Any, sent: Any, timex_for: dict[int, Timex]) -> Timex | None:
        """The date that scopes over this verb's clause without being attached to it.

        A conjoined clause shares its head clause's date ("On 13 July, X said ...,
        but Y did not confirm it"), so do a clause of purpose ("met Putin on 22
        December to discuss gas supplies") and the complement of a verb like "force"
        ("forced thousands to flee"), and a date fronted at the start of the sentence
        ("On 13 July, ...", "Last week, ...") sets the time of every main clause
        after it. A verb inside a reported or relative clause keeps its own time.
        """
        head = verb
        for _ in range(6):  # an event noun is dated with the clause of its verb
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        if head.i in timex_for and head.i != verb.i:
            return timex_for[head.i]
        while head.head.i != head.i and (
            head.dep_ == "conj"
            or _purpose(head)
            or _same_time_complement(head)  # ("... but failed to agree on pay")
        ):
            # "warned that rain would continue until Nov. 4 and urged ...": the urging
            # is the warning's fellow act, not the rain's
            head = head.head.head if _misjoined(head) else head.head
            if head.i in timex_for:
                return timex_for[head.i]
        when = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if head.dep_ in ("relcl", "advcl") and when is not None:
            if (named := self._date_before(when.idx)) is not None:
                # "the deadliest since September 2021, when 119 inmates were killed":
                # the when-clause is at the date it follows, not after it
                return named
            # "talks broke down on Monday, when the union rejected the offer": the
            # when-clause is at the time of the clause it hangs on
            main = _governing_verb(head.head)
            if main is not None:
                return timex_for.get(main.i) or self._own_timex(main, sent)
        if head.dep_ not in ("ROOT", "conj") and not stranded_verb(head):
            return None  # (a verb the parser stranded in a noun phrase is the main clause's)
        for t in self._sentence_timexes(sent):
            if t.vague:
                continue
            lead = self.text[sent.start_char : t.start]
            # only a preposition (or nothing) before it, and a comma after it
            if FRONTED_DATE.fullmatch(lead) and self.text[t.end : t.end + 2].lstrip().startswith(
                ","
            ):
                return t
        return None

    def _date_before(self, at: int) -> Timex | None:
        """The calendar date that ends just before a comma before ``at``, freed of a
        bound ("since September 2021, when ..." is September 2021 itself); else None."""
        for t in self.extraction.timexes:
            if t.type == "DATE" and _COMMA_GAP.fullmatch(self.text, t.end, at):
                return _unbounded(t)
        return None

    def _mark_subordinate_timexes(self) -> None:
        """Flag the dates inside a relative clause ("a fine that the regulator imposed
        in May 2023"): they date that clause, not what the sentence reports."""
        for timex in self.extraction.timexes:
            span = self._span(timex)
            if span is None:
                continue
            token = span.root
            for _ in range(40):
                if _as_before(token):
                    timex.subordinate = True  # "..., as they had promised in April"
                    break
                if token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX"):
                    # (not "in the year ended 31 March": the end of the period the
                    # sentence measures)
                    if (
                        not (
                            token.dep_ == "acl"  # (not "the year that ends on 31 March")
                            and token.lemma_ == "end"
                            and token.head.lemma_ in _PERIODS
                        )
                        and _participle_object_verb(span) is None
                        and not self._trailing_saying(token)
                    ):
                        timex.subordinate = True
                    break
                if token.head.i == token.i:
                    break
                token = token.head

    def _trailing_saying(self, verb: Any) -> bool:
        """Whether a verb the parser hung as a relative clause is the saying that closes
        its sentence ("... completed an exchange, the headquarters reported on Sunday"):
        a verb of saying with a subject of its own set off by a comma, saying nothing
        else."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
            subject = verb.head  # ("..., the DeepState project reported on Saturday")
        return (
            verb.lemma_.lower() in CUE_VERBS
            and subject is not None
            and subject.lower_ not in ("that", "which", "who")
            and subject.left_edge.i > 0
            and self.doc[subject.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
        )

    def _mark_noun_dates(self) -> None:
        """Record on each date that hangs on an event noun inside a phrase that noun's
        offset ("his results, including his victory at the marathon in December 2024,
        are annulled", "arrested two men after the attack on Sunday"): the date is the
        noun's, not the clause's. Events keep their dates; timelines read the mark."""
        for timex in self.extraction.timexes:
            if timex.type not in ("DATE", "TIME"):
                continue
            span = self._span(timex)
            if span is None or (timex.subordinate and span.root.dep_ != "poss"):
                continue  # (a day that owns its noun names it in any clause)
            if (noun := _dated_noun(span.root)) is not None:
                timex.dated_noun = noun.idx

    def _is_new_time(self, timex: Timex, verb: Any) -> bool:
        """True for the date a rescheduling verb moves something to ("postponed until
        next Monday"): see ``_new_time_of``."""
        span = self._span(timex)
        if span is None:
            return False
        tok, below = span.root, None
        for _ in range(4):
            if tok.i == verb.i:
                return _new_time_of(verb, below)
            if tok.head.i == tok.i:
                return False
            tok, below = tok.head, tok
        return False

    def _in_own_clause(self, timex: Timex, verb: Any) -> bool:
        """True when the timex sits in a subordinate clause with its own subject that
        the verb is not in ("..., as they had promised in April")."""
        span = self._span(timex)
        if span is None:
            return False
        tok = span.root
        for _ in range(40):
            if tok.i == verb.i or tok.head.i == tok.i:
                return False
            if _own_clause(tok):
                return verb.i not in {t.i for t in tok.subtree}
            tok = tok.head
        return False

    def _timex_clause(self, timex: Timex) -> Any:
        span = self._span(timex)
        return _clause_of(span.root) if span is not None else None

    def _sentence_timexes(self, sent: Any) -> list[Timex]:
        return [
            t
            for t in self.extraction.timexes
            if t.type in ("DATE", "TIME")
            and (t.begin or t.end_date)
            and sent.start_char <= t.start < sent.end_char
            and t.start >= self.dateline
        ]

    # -- one event ---------------------------------------------------
    def _event(self, cand: _Candidate, timex_for: dict[int, Timex]) -> Event:
        tok = cand.token
        verb = cand.carrier or tok
        sent = tok.sent
        s_start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        s_end = sent.start_char + len(sent.text.rstrip())
        actor, target, theme, location = self._arguments(cand)
        subject = self._subject(verb) if cand.type == "STATEMENT" else None
        if subject is not None and is_evidence(subject):
            # "a poll suggested ...": the poll's maker, if named, told it; no one else
            maker = evidence_maker(subject)
            actor = self._name(maker) if maker is not None else None
        if cand.type == "AID" and (parties := self._transfer(verb)) is not None:
            # "Ukraine received 18 jets from Sweden": Sweden gave, Ukraine was given
            actor, target = self._name(parties[0]), self._name(parties[1], allow_text=True)
        if self._names_a_thing(actor):
            # "Shaheds hit the port": a weapon (or any made thing) does nothing of its own
            theme, actor = theme or actor, None
        report = self.attribution.report_for(verb) if self.attribution else None
        attribution = self.attribution.attribution_for(verb) if self.attribution else None
        if cand.type == "STATEMENT" and self.attribution is not None:
            own = next((r for r in self.attribution.reports if r.cue_token == verb.i), None)
            if own is not None and own.tokens:
                # A statement is attributed to its own speaker (and the sources around them).
                attribution = self.attribution.attribution_for(self.doc[min(own.tokens)])
                actor = actor or own.speaker
        if cand.type == "STATEMENT" and actor and (attribution is None or not attribution.speaker):
            # "Apple announced a new iPod", "the ministry put the toll at 12": a statement
            # with no reported clause is its actor's
            attribution = Attribution(
                speaker=actor,
                cue=tok.text,
                chain=[actor, *(attribution.chain if attribution else [])],
                start=tok.idx,
                end=tok.idx + len(tok.text),
            )
        begin = end = None
        inferred = False
        timex = None
        for anchor in cand.anchors:
            if anchor in timex_for:
                timex = timex_for[anchor]
                break
        if timex is None:
            timex = _during_dated(tok, timex_for) or _during_dated(verb, timex_for)
        bound = next((self.bounds[a] for a in cand.anchors if a in self.bounds), None)
        if timex is None and bound is not None:
            # happened before or after a dated happening: bounded by its date, no day
            timex, sequence = bound
            if sequence == "before":
                end = timex.end_date or timex.begin
            else:
                begin = timex.begin
        else:
            timex, begin, end, inferred = self._when(verb, sent, report, timex, timex_for)
        later = self._object_later(verb, timex_for) if inferred and begin else None
        if later is not None and begin and (later.begin or "")[:10] < begin[:10]:
            # "China sent a rescue team, which arrived in Yangon on Saturday" (published
            # Sunday): sent by Saturday, not on the guessed day after its arrival
            timex, begin, end, inferred = later, None, later.end_date or later.begin, False
        modality, polarity = self._modality(verb, report)
        if cand.type == "STATEMENT" and verb.lemma_.lower() in PREDICT_WORDS:
            modality = "predicted"  # "forecast inflation of 4% for next year"
        return Event(
            start=cand.start,
            end=cand.end,
            type=cand.type,
            trigger=self.text[cand.start : cand.end],
            sentence_start=s_start,
            sentence_end=s_end,
            sentence=self.text[s_start:s_end],
            actor=actor,
            target=target,
            theme=theme,
            location=location,
            begin=begin,
            end_date=end,
            inferred=inferred,
            timex=timex.text if timex is not None else None,
            modality=modality,
            polarity=polarity,
            quantity=self._quantity(cand, verb),
            attribution=attribution,
        )

    def _when(
        self,
        verb: Any,
        sent: Any,
        report: Any,
        timex: Timex | None,
        timex_for: dict[int, Timex],
    ) -> tuple[Timex | None, str | None, str | None, bool]:
        """(timex, begin, end, inferred) of an event whose own linked timex is ``timex``:
        that, else the report's time, a channel's or scoping date, the one free date of
        its clause, the story's day for a simple past, or the publication day."""
        begin: str | None = None
        end: str | None = None
        inferred = False
        report_timex = None
        if timex is None and _offset_clause(verb):
            # "pulled a woman alive on Tuesday, five days after the quake struck": the
            # quake struck days before, on no day the sentence names
            return None, None, None, True
        if timex is None and _participle_adjunct(verb) and verb.head.i in timex_for:
            # "struck the market late on Tuesday, killing 12 people, officials said on
            # Wednesday": the killing is the strike's, not the saying's
            timex = timex_for[verb.head.i]
        outer = report
        while report_timex is None and outer is not None:
            # The time of the report (or of the report around it).
            if outer.cue_token is not None:
                report_timex = timex_for.get(outer.cue_token)
            outer = outer.parent
        if timex is not None and timex.vague and report_timex is not None:
            # "currently" in reported speech is the time of the report, not of the article.
            timex = report_timex
        elif timex is None and report_timex is not None:
            timex = report_timex
            inferred = not self._is_state(verb)
        if timex is None:
            timex = self._channel_timex(verb, timex_for)
        if timex is None:
            timex = self._scoping_timex(verb, sent, timex_for)
        if timex is None and (before := self._done_before(verb, sent, timex_for)) is not None:
            # "The ceasefire agreed during talks in Istanbul collapsed on Friday": agreed
            # by then, not on that day
            return None, None, before.end_date or before.begin, True
        if timex is None:
            clause = _clause_of(verb.head.head if _misjoined(verb) else verb)
            free = [
                t
                for t in self._sentence_timexes(sent)
                if not t.vague
                and not t.subordinate  # ("his sample, collected on 14 May, ...")
                and not (
                    (span := self._span(t)) is not None
                    and (
                        _qualifies_figures(span)
                        or _time_for_a_thing(span.root)
                        or _describes_a_phrase_noun(span)
                    )
                )
                and not any(t is v for v in timex_for.values())
                and self._timex_clause(t) in (clause, None)
                and not self._in_own_clause(t, verb)
                and not self._beyond_yardstick(verb, t)
                and not self._is_new_time(t, verb)
            ]
            if len(free) == 1:
                timex = free[0]
        if (
            timex is None
            and (visit := _where_clause_of(verb)) is not None
            and (visit.i in timex_for)
        ):
            # "On 17 November, Zelenskyy visited Greece, where he signed a gas deal":
            # done there, on that visit's day
            timex, inferred = timex_for[visit.i], True
        if timex is None and (accident := _accident_before(verb)) is not None:
            # "Two passengers were killed" after the crash: the crash's day
            timex = timex_for.get(accident.i)
        if timex is not None:
            begin, end = timex.begin, timex.end_date
            if (
                begin is None
                and report is None
                and timex.mod == "ON_OR_BEFORE"
                and "T" in (end or "")
                # (a clock's: not "By Saturday night, they had cut off 40 villages", done
                # by the night, which the line tells with its "By")
                and _CLOCK.search(timex.text) is not None
            ):
                # "Shares in Helix fell 6% by 10:30 GMT", told by the reporter: a clock
                # time is of one day, and what it bounds is that day's (a claim some
                # source makes is dated by the saying)
                begin = (end or "")[:10]
        elif EARLIER_TIME.search(sent.text):
            # "Wilders agreed at the time not to become prime minister": then, a time the
            # sentence only points back at; neither the story's day nor the publication's
            return None, None, None, True
        elif (
            _simple_past(verb)
            and (day := self._story_day(verb.idx))
            # (a saying after a night is told the morning after, not in it)
            and not ("/" in day and verb.lemma_.lower() in CUE_VERBS)
        ):
            # "Apple announced Friday that ... Jobs said the phones can be returned": an
            # undated past happened on the day the story last dated ("Russia launched 90
            # drones overnight ... Air defence units downed 74": that night)
            begin, _, end = day.partition("/")
            end, inferred = end or begin, True
        elif (day := self._incident_day(sent)) is not None:
            # "... launched 90 drones overnight. Falling debris damaged three houses. Two
            # people were injured, the governor said.": the story's incident goes on
            begin, _, end = day.partition("/")
            end, inferred = end or begin, True
        elif (
            _simple_past(verb)
            and NARRATIVE_STEP.search(sent.text)
            and self._in_past_narrative(verb.idx)
        ):
            # "Fighting erupted in Khartoum on April 15, 2023. The RSF quickly took over
            # much of the capital.": a step on from the past the text is retelling, on a
            # day no one said; not the publication day (an undated past with no such step,
            # "Russia struck Odesa", is still the news of the day)
            return timex, None, None, True
        elif self.published:
            begin, end, inferred = self.published, self.published, True
        return timex, begin, end, inferred

    def _object_later(self, verb: Any, timex_for: dict[int, Timex]) -> Timex | None:
        """The day's timex of what a relative clause on the verb's object tells the object
        did next ("sent a rescue team of 82 people, which arrived in Yangon on Saturday"),
        for a main-clause verb in the simple past; else None."""
        if not (_simple_past(verb) and verb.dep_ in ("ROOT", "conj")):
            return None
        for clause in object_relatives(verb):
            timex = timex_for.get(clause.i)
            if timex is not None and timex.begin and len(timex.begin) >= 10:
                return timex
        return None

    @staticmethod
    def _is_state(verb: Any) -> bool:
        """Progressive, perfect or stative: true at the time it is reported."""
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return True
        if any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ == "VBN":
            return True
        return verb.lemma_ in ("have", "be", "remain", "hold", "possess", "undergo")

    # -- arguments ---------------------------------------------------
    def _arguments(self, cand: _Candidate) -> tuple[str | None, str | None, str | None, str | None]:
        tok = cand.token
        verb = cand.carrier or tok
        actor = target = theme = location = None
        if verb.pos_ in ("VERB", "AUX") or stranded_verb(verb):
            subj = self._subject(verb)
            passive_subj = _passive_subject(verb)
            if subj is not None and _bare_passive_participle(verb):
                # "went on trial, accused of fraud": the one on trial was accused
                target = self._name(_counted_group(subj), allow_text=True)
            elif subj is not None and _is_batch(subj):
                # "The 20th package bans imports": a batch of measures is no party; its
                # owner is ("the bloc's package")
                actor = self._batch_owner(subj)
            elif subj is not None:
                actor = self._name(_counted_group(subj), allow_text=True)
            if passive_subj is None and cand.type == "COERCE":
                # "he was suspended in May and banned in October": both befell him
                passive_subj = _shared_passive_subject(verb)
            if passive_subj is not None:
                theme = self._name(self._referent(passive_subj), allow_text=True)
                if cand.type in ("COERCE", "ACCUSE", "ASSAULT") and self._is_party(passive_subj):
                    # "Kiprop was banned", as "the tribunal banned Kiprop"; "the regulator
                    # BaFin was criticised"; "A Stolt tanker was hit by a drone": who it
                    # befell
                    target, theme = theme, None
                elif cand.type == "ASSAULT" and (
                    (hit := self._entity(self._referent(passive_subj))) is not None
                    and hit.type in PLACE_TYPES
                ):
                    # "Kharkiv was struck by missiles", as "missiles struck Kharkiv": what
                    # was attacked, and where
                    target, theme = theme, None
                    location = hit.name
            if (
                verb.dep_ == "relcl"
                and passive_subj is not None
                and passive_subj.lower_ in ("which", "who", "that")
            ):
                theme = self._name(verb.head, allow_text=True)
            for child in verb.children:
                if self._describes_next_object(child, verb):
                    continue  # "to buy British drinks maker Britvic": Britvic is bought
                origin = self._evacuated_from(verb, child)
                if origin is not None:
                    # "evacuated commuters from Gare Montparnasse": where, and who
                    location, _ = self._prep_argument(origin, cand.type, location, target)
                    theme = theme or child.text
                    continue
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    # "send systems to Moldova": the parser's dative "to" is a preposition
                    location, target = self._prep_argument(child, cand.type, location, target)
                    continue
                if child.dep_ in ("dobj", "dative") and child.i != tok.i and child.lower_ != "part":
                    name = self._name(child, allow_text=True)
                    entity = self._entity(child)
                    if (entity is None or entity.type == "LOC") and (
                        settled := _settlement_named(child)
                    ) is not None:
                        # "captured the village of Lysivka": the village is the place;
                        # "struck the Kyivskyi district of Kharkiv": the city is
                        name, entity = self._name(settled, allow_text=True), self._entity(settled)
                    if (
                        entity is not None
                        # "the court will deliver its judgment": what is the doer's own
                        # is no one it acts on
                        and not self._owned_by_pronoun(child)
                        and entity.type in ("PERSON", "ORG", "COUNTRY", "GPE")
                        and target is None
                        and cand.type not in ("DEPLOY", "CHANGE")  # "raised its forecast"
                    ):
                        target = name
                        if entity.type == "GPE" and cand.type == "ASSAULT":
                            # "troops captured Novotoretske", a place the gazetteer does
                            # not know: where the attack was, too
                            location = location or entity.name
                    elif (
                        entity is not None
                        and entity.type in PLACE_TYPES
                        and cand.type == "ASSAULT"
                        and target is None
                        and not self._owned_by_pronoun(child)
                    ):
                        # "Russian forces shelled Kherson": the city is both what was
                        # attacked and where (the map places the attack there)
                        target = name
                        location = location or entity.name
                    elif theme is None and self._owned_by_pronoun(child):
                        # "Adidas suspended its contract", "Hungary lifted its objections":
                        # the thing, not its owner (the actor)
                        theme = _as_written(child)
                    elif theme is None:
                        theme = name
                elif child.dep_ == "prep":
                    location, target = self._prep_argument(child, cand.type, location, target)
        if tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ == "poss" and tok.lemma_.lower() in UNDERGONE_NOUNS:
                    # "since his arrest in July", "her release": who underwent it
                    target = target or self._name(child)
                elif child.dep_ == "poss" and actor is None:
                    actor = self._name(child)
                elif child.dep_ == "prep" and child.lower_ == "by" and actor is None:
                    # "a state visit to Hanoi by President X", "a strike by train
                    # drivers": the agent of the noun
                    pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                    if pobj is not None and (
                        self._entity(pobj) is not None or pobj.tag_ in ("NNS", "NNPS")
                    ):
                        actor = self._name(pobj, allow_text=True)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        name = self._name(pobj, allow_text=True)
                        owner = self._entity(pobj)
                        if (
                            owner is not None
                            and owner.type in PLACE_TYPES
                            and cand.type in ("ASSAULT", "COERCE")
                            and target is None
                        ):
                            # "the siege of Mariupol", "the blockade of Gaza": the place
                            # is what is attacked or shut, and where
                            target, location = name, location or owner.name
                        elif actor is None and owner is not None:
                            actor = name
                        elif theme is None:
                            theme = name
                elif child.dep_ == "prep":
                    location, target = self._prep_argument(child, cand.type, location, target)
            if actor is None and (batch := _batch_of(tok)) is not None:
                # "the EU's 20th package of sanctions": the package's owner imposed them
                actor = self._batch_owner(batch)
            if actor is None:
                actor = self._claimant(tok)
            if cand.carrier is not None:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in ("against", "on"):
                        location, target = self._prep_argument(child, cand.type, location, target)
            elif actor is None:
                actor = self._participant(tok)
        subject = direct_subject(verb) if verb.pos_ == "VERB" else None
        if (
            subject is not None
            and cand.type in ("FIGHT", "REJECT")
            and _broken_down(verb, _particle(verb))
        ):
            # "talks between Israel and Hamas broke down": the talks are what broke, the
            # sides those who talked
            sides = self._sides(subject, verb)
            theme = self._name(subject, allow_text=True)
            actor, target = (sides[0], sides[1]) if sides else (None, None)
        if target is None and cand.type in _MUTUAL:
            sides = self._sides(tok, verb)
            if actor is None and sides:
                actor = sides[0]  # "talks between the Ukrainian and Russian delegations"
            target = next((side for side in sides if side != actor), None)
        if location is None:
            location = self._nearby_place(tok if tok.pos_ == "NOUN" else verb)
        # (the lemmatiser reads "fined" as "fin")
        fining = verb.lemma_.lower() == "fine" or verb.lower_ in ("fined", "fines", "fining")
        if target is None and fining and (fined := self._fined(verb)):
            target = fined  # "fined Andes Cobre 120 million pesos", however it was parsed
        if cand.type == "REJECT" and theme is None and (refused := _refused_object(verb)):
            # "refused to sign off on its accounts": the accounts, not their owner
            named = self.index.entity_at(refused) if self.index is not None else None
            theme = named.name if named is not None else _as_written(refused)
        if target is not None and target == actor:
            # "Black Lantern claimed the attack on its leak site": "its" is the actor's
            # own, no party it acted on
            target = None
        return actor, target, theme, location

    def _describes_next_object(self, child: Any, verb: Any) -> bool:
        """Whether an object of the verb only describes the named object right after
        it, which the parser made a second object ("buy British soft drinks maker
        Britvic": "maker" says what Britvic is)."""
        if child.dep_ != "dobj" or child.pos_ != "NOUN":
            return False
        after = child.i + 1
        if after >= len(child.doc):
            return False
        named = child.doc[after]
        entity = self.index.entity_at(named) if self.index is not None else None
        return (
            named.dep_ == "dobj"
            and named.head.i == verb.i
            and entity is not None
            and entity.type in ("ORG", "PERSON")
        )

    def _sides(self, tok: Any, verb: Any) -> list[str]:
        """The sides of an act done together, named side by side ("Ukraine and Russia
        held talks", "Ukrainian and Russian delegations met", "talks between the
        Ukrainian and Russian delegations"), in the order written; [] unless two."""
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        holders += [
            p
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        for holder in holders:
            for side in [holder, *(c for c in holder.children if c.dep_ in ("amod", "compound"))]:
                others = [c for c in side.children if c.dep_ == "conj"]
                names = [self._name(t) for t in [side, *others]]
                if len(names) >= 2 and all(names) and len(set(names)) == len(names):
                    return [str(n) for n in names]
        return []

    def _referent(self, token: Any) -> Any:
        """The noun a pronoun stands for, when one is clear ("the tanker was sailing
        north when it was struck": what was struck is the tanker), else the token."""
        if token.lower_ in PRONOUNS and self.index is not None:
            return find_antecedent(token, self.index) or token
        return token

    def _claimant(self, noun: Any) -> str | None:
        """Who claimed an act, as its doer: the subject of "claim" over the act ("the
        group claimed the bombing", "X claimed responsibility for the attack"), and for
        a spokesman the organisation he speaks for ("the movement's spokesman")."""
        head = noun.head
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_.lower()
            in (
                "responsibility",
                "credit",
            )
        ):
            head = head.head.head if head.head.dep_ == "dobj" else head
        elif noun.dep_ != "dobj":
            return None
        if head.lemma_.lower() != "claim":
            return None
        subject = self._subject(head)
        if subject is None:
            return None
        if subject.lemma_.lower() in SPOKES_NOUNS:
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            entity = self._entity(owner) if owner is not None else None
            if entity is not None and entity.type in ("ORG", "COUNTRY", "GPE"):
                return str(entity.name)
        return self._name(subject, allow_text=True)

    def _participant(self, noun: Any) -> str | None:
        """Who took part in an event noun that says where an act was done: the doer of
        the act ("X admitted paying bribes in a plea agreement": X's agreement; "Y
        spoke at the summit")."""
        prep = noun.head
        if not (
            noun.dep_ == "pobj"
            and prep.lower_ in ("in", "at", "during")
            and prep.head.pos_ == "VERB"
        ):
            return None
        subject = self._subject(prep.head)
        entity = self._entity(subject) if subject is not None else None
        if entity is None or entity.type not in ("PERSON", "ORG", "COUNTRY", "GPE"):
            return None
        return str(entity.name)

    def _batch_owner(self, batch: Any) -> str | None:
        """The name of whose batch of measures it is ("the EU's 20th package": the EU)."""
        owner = next((c for c in batch.children if c.dep_ == "poss"), None)
        return self._name(owner) if owner is not None else None

    def _owned_by_pronoun(self, token: Any) -> bool:
        """Whether a noun names no entity itself and has one only through a possessive
        pronoun ("its judgment", "their demands")."""
        return (
            self.index is not None
            and self.index.entity_at(token) is None
            and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in token.children)
        )

    def _nearby_place(self, token: Any) -> str | None:
        """A place the parser hung on a neighbour of the trigger: on the verb whose
        object holds an event noun ("held the first round of talks ... in Cairo"), or
        on the object of the verb ("signed the Declaration of Principles in Khartoum")."""
        holders = []
        node = token
        for _ in range(4):  # talks -> of -> round -> held
            if node.i != token.i and node.pos_ in ("NOUN", "VERB", "AUX"):
                holders.append(node)
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            if node.dep_ not in ("pobj", "prep", "dobj", "nsubj", "nsubjpass"):
                break
            node = node.head
        if token.pos_ in ("VERB", "AUX"):
            # "a landslide in the Kerio Valley killed ...": the subject's place too
            for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubj", "dative")):
                holders.append(obj)
                holders.extend(
                    p for prep in obj.children if prep.dep_ == "prep" for p in prep.children
                )
            # "present the plan to investors in London": the audience's place; "detained
            # him at his home in Trnava": the place of the place
            holders.extend(
                p
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "before", "at", "in")
                for p in prep.children
                if p.dep_ == "pobj"
            )
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                    place = self._named_place(pobj) if pobj is not None else None
                    if place is not None:
                        return place
        return None

    def _named_place(self, noun: Any) -> str | None:
        """The place a noun names, or the place a name before it gives ("the Poltava
        region", "a power plant in the Kharkiv region")."""
        if self.index is not None and noun.lower_ in REGION_WORDS:
            # "in northern Chile's Atacama region": the region, not the country owning it
            named = next(
                (
                    self.index.entity_at(c)
                    for c in noun.children
                    if c.dep_ == "compound" and c.i == noun.i - 1
                ),
                None,
            )
            if named is not None and named.type in PLACE_TYPES:
                return str(named.name)
        entity = self._entity(noun)
        if entity is not None and entity.type in PLACE_TYPES:
            return str(entity.name)
        if entity is not None or self.index is None:
            return None
        for child in noun.children:
            if child.dep_ == "compound" and child.i == noun.i - 1:
                named = self.index.entity_at(child)
                if named is not None and named.type in PLACE_TYPES:
                    return str(named.name)
        return None

    def _prep_argument(
        self, prep: Any, kind: str, location: str | None, target: str | None
    ) -> tuple[str | None, str | None]:
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is None:
            return location, target
        entity = self._entity(pobj)
        word = prep.lower_
        if word in ("in", "at") and location is None and (inner := self._place_within(pobj)):
            return inner, target  # "in the Mexican embassy in Quito": where it stands
        if (
            entity is not None
            and entity.type in PLACE_TYPES
            and word in LOCATIVE
            and location is None
            and not (word == "on" and kind in TOPIC_TYPES)  # "talks on the dam": the topic
            and not (word == "on" and kind == "SANCTION")  # "sanctions on Iran": the target
        ):
            return entity.name, target
        if (
            word == "from"
            and entity is not None
            and entity.type in PLACE_TYPES
            and "evacuate" in (prep.head.lemma_.lower(), prep.head.head.lemma_.lower())
            and location is None
        ):
            return entity.name, target  # "evacuated from Gare du Nord": where it was done
        if (
            word == "to"
            and entity is not None
            and (kind in ("DEPLOY", "RETREAT") or prep.head.lemma_.lower() in TRAVEL_VERBS)
            and location is None
        ):
            return entity.name, target  # (where troops are sent, where a leader travels)
        if (
            word in ("against", "on", "with", "to")
            and entity is not None
            and target is None
            and word != "with"
            and not (word == "to" and kind == "COERCE")  # "extradited to Britain": whither
        ):
            return location, entity.name
        if entity is None and word in ("in", "at") and location is None:
            # "in Russia's east", "in the war zone", "in Kharkiv and Poltava oblasts"
            for child in pobj.children:
                if child.dep_ in ("poss", "nmod"):
                    owner = self._entity(child)
                    if owner is not None and owner.type in PLACE_TYPES:
                        return owner.name, target
            # "in the Mexican embassy in Quito": the city the building stands in
            for child in pobj.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    inner = next((p for p in child.children if p.dep_ == "pobj"), None)
                    if inner is not None and (where := self._named_place(inner)) is not None:
                        return where, target
            if (named := self._named_place(pobj)) is not None:
                return named, target  # "in the Poltava region"
        return location, target

    def _place_within(self, noun: Any) -> str | None:
        """The place a common noun is "in" or "at" ("the Mexican embassy in Quito":
        Quito), not for a named place ("Kharkiv in Ukraine" is Kharkiv)."""
        if noun.pos_ == "PROPN":
            return None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                place = self._named_place(pobj) if pobj is not None else None
                if place is not None:
                    return place
        return None

    def _subject(self, verb: Any) -> Any:
        if (subject := direct_subject(verb)) is not None:
            if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                # "Georgescu, the candidate who won the first round": the candidate,
                # and the name it stands in apposition to
                subject = verb.head
                while subject.dep_ == "appos" and subject.head.i != subject.i:
                    subject = subject.head
            return subject
        if any(child.dep_ in ("agent", "nsubjpass") for child in verb.children):
            # a passive whose agent has no object, or with a subject of its own ("showed
            # no emotion as the verdict was read"): no subject to borrow
            return None
        if _misjoined(verb):
            # "Z stated that X was supplying Y, and called on partners ...": the parser
            # joins the second act to the reported clause; the speaker did it.
            return self._subject(verb.head.head)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
            # "called on partners to increase aid": the partners would increase it.
            head = verb.head
            for child in head.children:
                if child.dep_ == "dobj":
                    return child
                if child.dep_ == "prep" and child.lower_ == "on":
                    pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        if (host := reporting_participle_host(verb)) is not None:
            return self._subject(host)  # "X said the miner cut corners, saying ...": X
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
            head = verb.head
            # "Russia plans to deploy", "X was likely to send": the governor's subject.
            if verb.dep_ == "xcomp" and head.pos_ in ("ADJ", "ADP"):
                head = head.head
            if (
                verb.tag_ == "VBG"
                and verb.dep_ == "advcl"
                and verb.i > 0
                and verb.doc[verb.i - 1].text == ","
                and head.dep_ == "advcl"
                and any(c.dep_ == "mark" for c in head.children)
                and head.head.i != head.i
            ):
                # "X resigned on Monday, eight days after a derailment killed 15 people,
                # saying ...": the participle goes with the main clause, not the clause of
                # time the parser hung it on
                head = head.head
            return self._subject(head)
        if (
            verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "auxpass" for c in verb.children)
        ):
            return None
        return None

    def _entity(self, token: Any) -> Any:
        if self.index is None:
            return None
        if token.lower_ in PRONOUNS:
            antecedent = find_antecedent(token, self.index)
            return self._entity(antecedent) if antecedent is not None else None
        entity = self.index.entity_at(token)
        if entity is not None:
            return entity
        # "some of its forces"
        if token.lemma_.lower() in (
            "some",
            "part",
            "many",
            "most",
            "all",
            "one",
            "several",
            "thousands",
            "hundreds",
        ):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return self._entity(pobj)
        # "North Korean troops", "Russia's enlistment", "units from North Korea"
        for child in token.children:
            if child.dep_ == "amod" and token.lemma_.lower() in CURRENCY_NOUNS:
                continue  # "fined the airline 42,000 Canadian dollars": no one in Canada
            # ("nsubj" under a subject: a misparse such as "North Korea had de facto entered")
            if child.dep_ in ("amod", "compound", "poss", "nmod", "nsubj"):
                entity = (
                    self.index.entity_at(child)
                    if child.lower_ not in PRONOUNS
                    else self._entity(child)
                )
                if entity is not None and entity.type in ("COUNTRY", "ORG", "GPE"):
                    return entity
                # "Putin's envoy" is not Putin; "his staff" is not him.
                if entity is not None and entity.type == "PERSON" and child.dep_ != "poss":
                    return entity
        if token.pos_ == "NOUN" and (named := self._person_in_apposition(token)) is not None:
            # "A spokeswoman for the ministry, Ana Ruiz, said", "The governor of Sumy
            # Oblast, Oleh Hryhorov, said": the one named, not the oblast ("The African
            # Union commission chairperson, X, urged": the Union, as above)
            return named
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    entity = self.index.entity_at(pobj)
                    if entity is not None:
                        return entity
        described = self._described_organisation(token)
        if described is None and (is_definite_organisation(token) or is_definite_region(token)):
            # "the company said", "the province asked Ottawa for help": the one named before
            antecedent = find_antecedent(token, self.index)
            if antecedent is not None:
                return self._entity(antecedent)
        return described

    def _evacuated_from(self, verb: Any, obj: Any) -> Any:
        """The "from" phrase of a place the parser hung on the object of "evacuate"
        ("evacuated commuters from Gare Montparnasse"), if any."""
        if verb.lemma_.lower() != "evacuate" or obj.dep_ != "dobj":
            return None
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                place = next((self._entity(p) for p in prep.children if p.dep_ == "pobj"), None)
                if place is not None and place.type in PLACE_TYPES:
                    return prep
        return None

    def _person_in_apposition(self, token: Any) -> Any:
        """The person named in apposition to a noun ("his lawyer, Ana Ruiz"), also when
        the parser hung the name on the noun's "of" or "for" phrase ("the governor of
        Sumy Oblast, Oleh Hryhorov")."""
        for t in token.subtree:
            if t.dep_ != "appos" or self.index is None:
                continue
            named = self.index.entity_at(t)
            if (
                named is not None
                and named.type == "PERSON"
                and apposition_host(t, person=True).i == token.i
            ):
                return named
        return None

    def _described_organisation(self, token: Any) -> Any:
        """ "the central bank" after "the Reserve Bank of India", "the committee" after
        "the Monetary Policy Committee": the one organisation named earlier whose name
        has the description's noun (its other words in the name, or words any state
        institution may be called by)."""
        if token.pos_ != "NOUN" or token.lower_ not in DESCRIBED_HEADS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
        found = []
        for entity in self.extraction.entities:
            name_words = {w.casefold() for w in entity.name.split()}
            if (
                entity.type == "ORG"
                and token.lower_ in name_words
                and words <= name_words | STATE_INSTITUTION_WORDS
                and entity.mentions
                and entity.mentions[0].start < token.idx
            ):
                found.append(entity)
        if len(found) > 1:
            # "the court" after "the Criminal Court sentenced X ... an appeal to the Supreme
            # Court": the one last named as the subject of a clause, the one acting
            doc = token.doc
            for i in range(token.i - 1, -1, -1):
                if doc[i].dep_ in ("nsubj", "nsubjpass"):
                    acting = self.index.entity_at(doc[i]) if self.index else None
                    if acting is not None and any(acting is e for e in found):
                        return acting
            return None
        return found[0] if found else None

    def _names_a_thing(self, name: str | None) -> bool:
        """Whether ``name`` is an entity of the equipment kind ("Iskander-M", "Gripen")."""
        entity = self.index.entity_named(name) if name and self.index is not None else None
        return entity is not None and entity.type == "PRODUCT"

    def _name(self, token: Any, *, allow_text: bool = False) -> str | None:
        if token.tag_ in ("NN", "NNS") and self.index is not None:
            index = self.index
            owner = any(
                c.dep_ in ("compound", "poss", "nmod") and index.entity_at(c) is not None
                for c in token.children
            )
            for child in token.children:
                # "Dutch chemical firm DSM said" parsed as "firm" with "DSM" beside it:
                # the one named, not the demonym that says where the firm is from ("The
                # African Union commission chairperson, X," stays the Union's act)
                named = (
                    index.entity_at(child)
                    if child.dep_ == "appos" and (not owner or _named_right_after(token, child))
                    else None
                )
                if named is not None and named.type in ("ORG", "PERSON", "COUNTRY", "GPE"):
                    if owner and named.type != "ORG":
                        continue  # "Russia's defence minister Belousov": the state's act
                    return str(named.name)
        entity = self._entity(token)
        if entity is not None:
            return entity.name
        for child in token.children:  # "the group's spokesman, Ali Nasser, claimed": the one named
            named = self._entity(child) if child.dep_ == "appos" else None
            if named is not None and named.type != "NORP":
                return str(named.name)
        if allow_text and token.lower_ == "it" and (said := _reporting_noun(token)) is not None:
            return self._name(said, allow_text=True)  # "the government said it had asked"
        if not allow_text or token.lower_ in PRONOUNS or token.pos_ in ("PRON", "DET", "NUM"):
            return None
        return _as_written(token)

    def _quantity(self, cand: _Candidate, verb: Any) -> Quantity | None:
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if cand.carrier is not None or verb.pos_ == "NOUN":
            heads.append(cand.token)  # "41 deaths": the event noun's own count
        if verb.pos_ == "NOUN" and verb.dep_ == "nsubj":
            # "a one-day strike cancelled about 80% of services": what it did, counted
            heads += [c for c in verb.head.children if c.dep_ == "dobj"]
        if cand.type == "HAZARD":
            # "skidded off a road ..., injuring two people": the toll it took
            heads[:0] = [
                o
                for c in verb.children
                if c.dep_ == "advcl" and c.lemma_.lower() in TOLL_VERBS
                for o in c.children
                if o.dep_ == "dobj"
            ]
        if cand.type in ("CHANGE", "STATEMENT") and verb.pos_ in ("VERB", "AUX"):
            # "rose to 19", "grew 8.2%", "eased to 0.25% from 1.44%": the figure it
            # reached; "put the toll at 12": the figure given
            preps = ("to", "by") if cand.type == "CHANGE" else ("at",)
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    heads[:0] = [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ in ("npadvmod", "dobj") and child.i in self.quantities:
                    heads.insert(0, child)
        for head in heads:
            if head.lower_ in PRONOUNS and self.index is not None:
                antecedent = find_antecedent(head, self.index)
                if antecedent is not None:
                    head = antecedent
            for t in head.subtree:
                if (
                    t.i in self.quantities
                    and (t.head.i == head.i or t.i == head.i or t.head.head.i == head.i)
                    and not _describes_party(t, head, self.quantities[t.i])
                ):
                    return self.quantities[t.i]
        if cand.type == "STATEMENT" and self.attribution is not None:
            # "officials said 15 bodies had been recovered": the one figure it reports
            own = next((r for r in self.attribution.reports if r.cue_token == verb.i), None)
            sentence = range(verb.sent.start, verb.sent.end)
            figures = {
                id(self.quantities[i]): self.quantities[i]
                for i in (own.tokens if own else ())
                if i in self.quantities and i in sentence and not _age(self.doc[i])
            }
            if len(figures) == 1:
                return next(iter(figures.values()))
        return None

    # -- modality ----------------------------------------------------
    def _modality(self, verb: Any, report: Any) -> tuple[str, str]:
        modality = None
        polarity = "positive"
        tok = verb
        if verb.pos_ == "NOUN" and self._moved_to_a_date(verb):
            modality = "planned"  # "postponed the launch to 27-28 August"
        if verb.pos_ == "NOUN" and (thought := _thought_of(verb)) is not None:
            modality = thought  # "agreed to a US proposal for a 30-day ceasefire"
        if (
            verb.pos_ == "NOUN"
            and verb.dep_ in ("nsubj", "nsubjpass")
            and verb.head.lemma_.lower() in _HAPPEN_VERBS
        ):
            tok = verb.head  # "the next meeting is scheduled for February"
            if tok.lemma_.lower() in PLAN_VERBS:
                modality = "planned"
        for depth in range(6):
            children = list(tok.children)
            if (
                any(c.dep_ == "neg" for c in children)
                or any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                    for c in children
                )
            ) and (depth == 0 or tok.lemma_.lower() in PLAN_VERBS | PREDICT_WORDS):
                polarity = "negative"
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children):
                modality = modality or "hypothetical"
            if tok.i == verb.i and verb.dep_ == "nsubj" and _due_to(verb.head):
                # "when the pullout is due to begin": what is due is scheduled, as a verb
                # "due to" one is
                modality = modality or "planned"
            for c in children:
                if c.dep_ == "aux":
                    low = c.lower_
                    if low in LIKELY_MODALS:
                        modality = modality or "likely"
                    elif low in PREDICT_MODALS:
                        modality = modality or "predicted"
                    elif low in HYPOTHETICAL_MODALS:
                        modality = modality or "hypothetical"
            lemma = tok.lemma_.lower()
            if depth > 0 and lemma in ("fail", "refuse"):
                polarity = "negative"  # "failed to agree on pay": no agreement
            if depth > 0:
                if lemma in THREAT_VERBS:
                    modality = modality or "hypothetical"  # "threatened to resume attacks"
                elif (
                    lemma in PLAN_VERBS
                    or lemma == "due"  # "is due to publish the audit": scheduled
                    or (lemma == "about" and tok.pos_ == "ADP")
                ):
                    modality = modality or "planned"
                elif lemma in ("likely", "probable", "possible", "unlikely"):
                    modality = modality or "likely"
                elif lemma in PREDICT_WORDS:
                    modality = modality or "predicted"
            if tok.dep_ in ("xcomp", "acomp") or (
                tok.dep_ == "conj" and depth == 0 and not _misjoined(tok)
            ):
                tok = tok.head
                continue
            if tok.dep_ == "advcl" and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                or (tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children))
            ):
                # "send forces ... to support Russia"; "volunteers will go door to door
                # handing out tablets": the participle shares its verb's modality
                tok = tok.head
                continue
            break
        if report is not None and report.cue_token is not None:
            cue = self.doc[report.cue_token]
            if cue.lemma_.lower() in DENIAL_CUES:
                return "denied", polarity
            if any(c.dep_ == "neg" for c in cue.children):
                modality = modality or "hypothetical"
        if modality is None:
            modality = "reported" if report is not None and report.speaker else "asserted"
        return modality, polarity

    # -- merging -----------------------------------------------------
    @staticmethod
    def _merge(events: list[Event]) -> list[Event]:
        """One event per happening: repeated reports of it in one article are merged."""
        kept: list[Event] = []
        for event in events:
            twin = next(
                (
                    k
                    for k in kept
                    if k.type == event.type
                    and k.type != "STATEMENT"
                    and k.begin == event.begin
                    and k.end_date == event.end_date
                    and not k.inferred
                    and not event.inferred
                    and (
                        (k.actor is not None and k.actor == event.actor)
                        or (k.theme is not None and k.theme == event.theme)
                    )
                    # "sells music tracks, and has begun to sell TV episodes": two acts
                    and not (k.theme and event.theme and k.theme != event.theme)
                    and k.polarity == event.polarity
                ),
                None,
            )
            if twin is None:
                kept.append(event)
                continue
            # Keep the first mention; fill the arguments it lacks.
            for attr in ("actor", "target", "theme", "location", "quantity"):
                if getattr(twin, attr) is None and getattr(event, attr) is not None:
                    setattr(twin, attr, getattr(event, attr))
        return kept
