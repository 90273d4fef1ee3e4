"""Word lists for TimeML event recognition, written by hand from the TimeML 1.2
annotation guidelines and general English (lemmas, lower case, alphabetical).

A verb not listed is an OCCURRENCE; a noun is an event only when it is listed
here or built by a deverbal suffix ("explosion", "payment", "bombing") and not
listed as a non-event. None of these lists was learnt from annotated data.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# -- verbs, by event class ------------------------------------------------------------
# Saying something: the report of an event.
REPORTING_VERBS = _words(
    """
    acknowledge add admit allege announce answer argue assert brief caution claim
    comment complain concede confirm contend declare deny describe disclose emphasise
    emphasize explain forecast indicate inform insist maintain mention note notify
    observe predict quote recount reiterate relate remark repeat reply report respond
    reveal say state stress tell testify warn write cite
    """
)

# Reporting verbs that also have other senses ("wrote a book", "maintained the roads",
# "noted" as "known"): reporting only with a clause or quote as complement.
COMPLEMENT_REPORTING_VERBS = _words(
    """
    add answer describe maintain note observe reply respond stress write
    """
)
# Verbs that are I_STATE with a clause or predicate ("seemed likely", "appears to have
# fled") and OCCURRENCE otherwise ("appeared in court").
RAISING_VERBS = _words(
    """
    appear seem
    """
)
# Light verbs: with an event noun as object ("held talks", "had surgery") the verb is
# an OCCURRENCE, whatever its class alone.
LIGHT_VERBS = _words(
    """
    give have hold make take
    """
)

# Perceiving an event.
PERCEPTION_VERBS = _words(
    """
    glimpse hear listen notice observe perceive see sight spot view watch witness
    """
)

# The beginning, continuation or end of an event.
ASPECTUAL_VERBS = _words(
    """
    begin cease commence complete conclude continue discontinue end finish halt initiate
    proceed quit resume start stop terminate
    """
)

# Actions that introduce another event (only with one as argument).
I_ACTION_VERBS = _words(
    """
    accept advise agree allow appeal appoint approve arrange ask assure attempt
    authorise authorize avoid ban beg block call cancel command decide defer delay
    demand elect enable encourage endeavor endeavour examine forbid force help hinder
    intend investigate invite lobby name nominate oblige offer order permit persuade
    pledge postpone prepare press pressure prevent probe promise propose push recommend
    refuse reject request require schedule scramble seek strive suggest swear threaten
    try urge veto vote vow
    """
)

# States that introduce another event (beliefs, wishes, expectations).
I_STATE_VERBS = _words(
    """
    anticipate aspire assume believe consider desire doubt dread envisage envision
    estimate expect fear feel foresee guess hate hope imagine know like love need plan
    prefer presume realise realize reckon recognise recognize regret suppose suspect
    think trust understand want wish worry
    """
)

# States: holding, lasting, having.
STATE_VERBS = _words(
    """
    belong comprise contain cost depend deserve exist face have hold include lack lie
    live matter mean owe own possess remain resemble reside stand stay total weigh
    """
)

# Not events: "let" only builds another verb's form; the others state a
# relation between things ("includes", "totals"), not a situation.
NON_EVENT_VERBS = _words(
    """
    be comprise include let represent total
    """
)

# Participles that work as prepositions or relations: "based on", "compared
# with", "related to", "the year ended Sept. 30".
RELATION_PARTICIPLES = _words(
    """
    associate base compare concern depend end exclude follow give pend regard relate
    """
)

# -- nouns ----------------------------------------------------------------------------
# Plurals that name amounts or business units, not happenings ("sales rose").
NON_EVENT_PLURALS = _words(
    """
    accounts earnings exports holdings imports operations proceeds sales supplies
    """
)

# Event nominals by class; a word in two lists takes the first class. Nouns that
# mostly name a document or a scheme ("plan", "statement", "report") are left out.
EVENT_NOUNS: dict[str, frozenset[str]] = {
    "REPORTING": _words(
        """
        account announcement claim comment declaration remark
        testimony
        """
    ),
    "PERCEPTION": _words(
        """
        observation sight
        """
    ),
    "ASPECTUAL": _words(
        """
        beginning cessation completion conclusion continuation halt outset resumption
        start termination
        """
    ),
    "I_ACTION": _words(
        """
        appeal appointment approval attempt authorisation authorization call
        cancellation delay demand effort inquiry investigation nomination order plea
        pledge postponement probe promise proposal proposition refusal request threat
        try veto vow
        """
    ),
    "I_STATE": _words(
        """
        anticipation belief confidence desire doubt expectation fear hope intent
        intention need wish worry
        """
    ),
    "STATE": _words(
        """
        conflict crisis custody deadlock ownership peace possession recession
        shortage stalemate standoff tension
        """
    ),
    "OCCURRENCE": _words(
        """
        act buildup build-up campaign charge crime demise downturn exodus filing
        initiative manhunt pursuit search shakeup showdown upturn use
        abduction abuse accident accord acquisition action activity address affair
        agreement aid ambush analysis answer arrest arrival assassination assault
        assistance attack audit ballot bankruptcy battle bid birth blast blockade
        bloodshed bombardment bombing boom boycott breach breakthrough breakup broadcast
        buyout casualties casualty catastrophe cease-fire ceasefire celebration ceremony
        change clash clashes closure collapse combat competition concert conference
        construction consultation contest contribution controversy conviction
        cooperation count coup crackdown crash crossing cut damage deal death debate
        decision decline decrease default defeat defence defense delivery demonstration
        departure deployment destruction detention devastation development dialogue
        disaster discovery discussion dismissal dispute divorce donation drop earthquake
        election embargo emergency entry epidemic escape evacuation event exchange
        execution exit expansion experiment explosion export failure fall festival fight
        fighting fire firing flight flood fraud funeral gain game genocide growth
        hearing help hijacking hiring hostilities hurricane import inauguration incident
        increase incursion infection injury inspection intervention invasion invention
        investment involvement journey jump kidnapping killing landing launch layoff
        layoffs lecture loss marriage massacre match meeting merger mission move murder
        negotiation negotiations occupation offensive offer offering opening operation
        opposition outbreak participation passage payment performance plunge poll
        presentation primary procedure process production protection protest publication
        pullout purchase quake race raid rally re-election reaction rebellion rebound
        rebuilding reconstruction recount recovery reelection referendum reform release
        relief repair reply rescue resignation resistance response restructuring
        retirement return review revolt revolution riot rise rivalry robbery row ruling
        runoff sale sanction sanctions scandal sentence session setback settlement
        shelling shift shipment shooting show shutdown siege slaughter slaying slump
        smuggling speech spending split spread storm strike struggle study success
        summit supply support surge surgery survey swearing-in takeoff takeover talk
        talks test testing theft tour tournament trade trafficking tragedy transaction
        transfer transit transport treatment trial trip truce unrest upgrade uprising
        verdict victory violation violence visit vote voyage war warfare wedding win
        withdrawal
        avalanche blaze collision cyclone derailment eruption landslide mudslide
        tsunami typhoon wildfire
        """
    ),
}

# Nouns with a deverbal suffix that are not events (things, places, groups, qualities).
NON_EVENT_NOUNS = _words(
    """
    addition administration ambition anything apartment association attention audience
    balance basement bearing billion building caption ceiling clothing coalition
    commission commitment compartment condition connection conscience constitution
    corporation darling department difference dimension direction distance division
    document earnings edition element emotion ending entertainment environment equipment
    establishment evening everything evidence existence experience federation feeling
    finance foundation fraction function funding generation government heading holdings
    housing independence influence information inning institution instrument
    intelligence jurisdiction king legislation lightning location management meaning
    mention million moment monument morning motion nation nationality nothing notion
    nutrition offspring opinion option organisation organization parliament pension
    population portion position preference presence pricing proportion province pudding
    question quotation ration reference region relation relations religion ring savings
    science section segment sentence sentiment setting sibling situation solution
    something spring station sterling string substance supplement television thing
    trading tradition trillion union version vision wedding wing
    """
)

# Nouns in -al and -ure are events only when listed here ("approval", "closure").
SUFFIX_AL_URE = _words(
    """
    acquittal approval arrival betrayal burial capture closure denial departure
    disclosure dismissal disposal exposure failure foreclosure proposal rebuttal refusal
    removal renewal reversal revival seizure survival trial withdrawal
    """
)

# -- adjectives: events only as predicates ("is ready", "remained closed") ----------

I_STATE_ADJECTIVES = _words(
    """
    able afraid anxious aware certain concerned confident determined eager hopeful
    interested keen optimistic pessimistic prepared ready reluctant sure unable unaware
    uncertain unwilling willing worried
    """
)
STATE_ADJECTIVES = _words(
    """
    alive closed dead effective empty free ill illegal injured missing open responsible
    safe sick stable unchanged vacant valid wounded
    """
)

# Modal verbs are not events; "will"/"shall" give the FUTURE tense.
FUTURE_MODALS = frozenset(["will", "shall", "'ll", "wo"])
