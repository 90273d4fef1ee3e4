"""Word lists for TimeML event recognition, written by hand from the TimeML 1.2
annotation guidelines and general English (lemmas, lower case).

A verb not listed is an OCCURRENCE; a noun is an event only when it is listed
here or built by a deverbal suffix that is not listed as a non-event.
"""

from __future__ import annotations

# -- event classes of verbs ----------------------------------------------------------

REPORTING_VERBS = frozenset(
    """say tell report announce add state explain claim note declare insist
    testify quote describe disclose confirm reveal assert reply respond answer
    comment remark recount relate acknowledge admit concede inform notify
    brief write argue contend maintain mention indicate predict forecast
    warn caution complain allege deny repeat reiterate stress emphasize
    emphasise observe""".split()
)
PERCEPTION_VERBS = frozenset(
    "see watch hear observe notice view perceive listen spot witness glimpse sight".split()
)
ASPECTUAL_VERBS = frozenset(
    """begin start continue stop finish end complete resume cease halt quit
    commence initiate terminate conclude discontinue proceed""".split()
)
I_ACTION_VERBS = frozenset(
    """attempt try seek scramble strive endeavor endeavour investigate probe
    examine delay postpone defer hinder avoid prevent cancel block ask order
    persuade request beg command urge authorize authorise permit allow forbid
    ban promise offer assure propose agree decide swear vow pledge threaten
    refuse intend demand call urge appeal push press encourage force
    oblige require help enable nominate appoint elect name approve reject
    veto accept schedule arrange prepare vote pressure lobby invite
    recommend advise suggest""".split()
)
I_STATE_VERBS = frozenset(
    """believe think suspect imagine doubt feel guess suppose reckon assume
    consider want love like desire wish hope expect anticipate aspire fear
    hate dread worry need prefer know understand realize realise recognize
    recognise regret trust estimate plan presume foresee envision envisage""".split()
)
STATE_VERBS = frozenset(
    """have own possess contain include comprise belong remain stay exist lie
    live reside stand hold face lack owe deserve resemble matter depend
    mean cost weigh total""".split()
)

# Verbs that are not events: "let" only builds another verb's form; the others
# state a relation between things ("includes", "totals"), not a situation.
NON_EVENT_VERBS = frozenset("let be include comprise total represent".split())
# Participles that work as prepositions or relations: "based on", "compared with",
# "related to", "the year ended Sept. 30".
RELATION_PARTICIPLES = frozenset(
    "base compare relate associate concern regard give end follow depend pend exclude".split()
)
# Plurals that name amounts or business units, not happenings ("sales rose").
NON_EVENT_PLURALS = frozenset(
    "sales operations accounts imports exports supplies earnings holdings proceeds".split()
)

# -- nouns -------------------------------------------------------------------------

EVENT_NOUNS = {
    "REPORTING": """report statement announcement comment remark testimony
    claim declaration account briefing interview""".split(),
    "PERCEPTION": "sight observation".split(),
    "ASPECTUAL": """beginning start outset resumption continuation completion
    halt cessation termination conclusion""".split(),
    "I_ACTION": """attempt effort try investigation inquiry probe
    request demand appeal plea call order proposal proposition promise
    pledge vow approval authorization authorisation nomination appointment
    threat postponement delay cancellation refusal veto""".split(),
    "I_STATE": """plan hope fear expectation belief desire wish need intention
    intent worry doubt confidence anticipation""".split(),
    "STATE": """crisis tension conflict peace control ownership custody
    possession shortage stalemate deadlock standoff recession""".split(),
    "OCCURRENCE": """decision agreement accord offer bid attack war election talks strike visit trip tour battle
    fight fighting raid bombing blast explosion crash fire accident incident
    event storm earthquake flood hurricane quake disaster catastrophe
    tragedy rally protest demonstration riot coup revolt uprising rebellion
    revolution invasion occupation offensive assault bombardment shelling
    ambush massacre murder killing slaying shooting assassination death
    arrest detention trial hearing verdict ruling sentence conviction
    execution injury damage violence unrest clash clashes dispute
    ceasefire cease-fire truce negotiation negotiations meeting summit
    conference session ceremony funeral wedding celebration festival game
    match race contest tournament competition vote ballot referendum poll
    primary runoff inauguration swearing-in crackdown sanction sanctions
    embargo boycott blockade siege sale purchase buyout takeover merger
    acquisition transaction trade offering deal loss gain rise fall
    drop decline increase decrease growth cut jump surge plunge slump
    collapse rebound recovery boom rally default bankruptcy layoff layoffs
    closure shutdown opening launch release return move change shift
    transfer departure arrival exit entry withdrawal pullout deployment
    evacuation rescue escape flight journey voyage mission operation
    production construction development expansion reform restructuring
    merger split breakup divorce marriage birth retirement resignation
    dismissal firing hiring election reelection re-election victory win
    defeat success failure loss setback breakthrough discovery invention
    payment settlement investment spending donation contribution aid
    assistance help support protection defense defence reaction response
    answer reply review audit inspection test testing experiment study
    analysis survey count recount debate discussion consultation talk
    dialogue exchange speech address lecture presentation performance
    concert show broadcast publication shipment delivery supply export
    import transport transit passage crossing landing takeoff flight
    outbreak epidemic spread infection treatment surgery operation
    emergency scandal affair controversy row protest boycott action
    activity process procedure reaction revolt fraud theft robbery
    hijacking kidnapping abduction smuggling trafficking abuse violation
    breach incursion intervention involvement participation cooperation
    competition rivalry struggle resistance opposition hostilities
    combat warfare genocide slaughter bloodshed casualty casualties
    destruction devastation evacuation relief reconstruction rebuilding
    repair upgrade expansion increase merger""".split(),
}

# Nouns with a deverbal suffix that are not events (things, places, groups, qualities).
NON_EVENT_NOUNS = frozenset(
    """nation station information position condition population organization
    organisation administration institution foundation corporation
    association commission federation edition generation section portion
    question option fraction jurisdiction tradition nutrition ambition
    television version dimension pension vision division direction
    legislation constitution coalition attention emotion notion relation
    relations location ration caption solution motion proportion region
    religion opinion union million billion trillion function situation
    nationality region portion mention addition edition quotation
    intelligence evidence audience difference experience influence
    independence presence finance balance distance sentence science
    conscience existence reference preference substance province
    government department parliament apartment equipment document moment
    instrument element segment environment monument compartment basement
    sentiment supplement management commitment establishment entertainment
    thing morning evening king spring ring building ceiling wing string
    sibling earnings savings holdings feeling clothing housing setting
    lightning meaning funding ending heading wedding pudding nothing
    something anything everything ring sterling darling offspring
    bearing pricing inning trading connection""".split()
)

# Suffixes of nouns made from verbs ("explosion", "payment", "approval").
DEVERBAL_SUFFIXES = ("tion", "sion", "ment", "ing", "ure", "al")
# For -al and -ure the stem must look like a verb's; listed nouns are events.
SUFFIX_AL_URE = frozenset(
    """approval arrival removal proposal refusal withdrawal dismissal renewal
    trial survival denial disposal burial betrayal revival reversal
    acquittal rebuttal departure closure failure seizure exposure capture
    disclosure foreclosure""".split()
)

# -- adjectives: tagged only as predicates ("is ready", "seems likely") ---------------

I_STATE_ADJECTIVES = frozenset(
    """ready able unable eager willing unwilling sure certain
    uncertain afraid prepared confident optimistic pessimistic hopeful
    reluctant determined anxious keen aware unaware concerned worried
    interested""".split()
)
STATE_ADJECTIVES = frozenset(
    """dead alive open closed responsible missing
    injured wounded ill sick safe free stable unchanged effective valid
    illegal vacant empty""".split()
)

# Modal verbs are not events; "will"/"shall" give the FUTURE tense.
FUTURE_MODALS = frozenset(["will", "shall", "'ll", "wo"])
