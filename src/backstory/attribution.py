"""Attribution: who said each thing, how, where, and on whose word.

A *report* is a cue with a speaker and the tokens it covers. Reports come
from:

- reporting verbs with a clausal complement ("Zelenskyy stated that ...",
  "..., officials said"): said, stated, announced, confirmed, specified,
  reported, claimed, denied, warned, ... (``CUE_VERBS``);
- "according to X" and "citing X" (the latter nests X under the report it
  hangs on);
- source nouns with a that-clause: "the Pentagon had evidence that ...";
- "Quote from X:" blocks and the page's "Source: X on Telegram" line,
  which attributes the article's main claims (everything before a
  "Background:" section that has no closer source of its own).

A sentence with no cue of its own continues the report of the sentence
before it in the same paragraph or bullet ("They were spotted ..." after
"X reported that ...", "Fighting was heaviest near Pokrovsk." after "...,
the General Staff said."); the page's "Source:" line is only the fallback.

The **chain** of an attribution lists the sources from the origin to the
article: intelligence -> Syrskyi (who briefed) -> Zelenskyy (on Telegram).
A speaker is a canonical entity name when the subject is a known entity
(pronouns resolved to a clear antecedent, "the president" to the person),
else the subject's noun phrase ("Ukrainian intelligence").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from backstory.anaphora import (
    PRONOUNS,
    find_antecedent,
    is_definite_name_head,
    is_definite_organisation,
)
from backstory.article import SOCIAL_PLATFORMS, SOURCE_LINE
from backstory.entities import gazetteer
from backstory.entities.names import same_name
from backstory.extraction import Attribution, Extraction
from backstory.linguistic import BULLETS, FRONTED_DATE, apposition_host, direct_subject
from backstory.pipeline import Context

# Verbs of taking a stance on something, and acts of a court or a legislature ("In an
# 1898 case, the court ruled ..."): the subject's own act, never told on behalf of the
# speaker of the sentence before.
_STANCE_VERBS = frozenset(
    """accuse blame condemn criticise criticize denounce praise welcome urge question dispute
    challenge oppose reject applaud hail decry slam rule sentence convict acquit overturn
    uphold ratify veto""".split()  # noqa: SIM905 - a word table
)
# A market's move told of a company's shares ("Shares in Helix rose 9%", "The company's
# stock fell 3%"): what the reporter saw on the market, never the account of the saying
# before it.
_MARKET_MOVES = frozenset(
    """rise fall jump drop slump climb gain lose slide tumble surge soar plunge sink rally
    dip edge close end trade open shed add recover rebound crash""".split()  # noqa: SIM905
)
_MARKET_HOLDINGS = frozenset(["share", "stock", "bond", "yield"])
# Texts that state what they say, each in one sentence ("The 14th Amendment says all
# persons born ... are citizens"): the paragraph's next sentence is not the text's.
_DOCUMENTS = frozenset(
    """amendment constitution law act treaty charter decree bill resolution clause article
    statute regulation directive""".split()  # noqa: SIM905 - a word table
)

CUE_VERBS = frozenset(
    [
        "say",
        "state",
        "announce",
        "confirm",
        "specify",
        "report",
        "claim",
        "deny",
        "warn",
        "tell",
        "add",
        "note",
        "highlight",
        "stress",
        "emphasise",
        "emphasize",
        "explain",
        "insist",
        "argue",
        "write",
        "post",
        "declare",
        "reveal",
        "disclose",
        "indicate",
        "suggest",
        "estimate",
        "predict",
        "forecast",
        "assert",
        "allege",
        "acknowledge",
        "admit",
        "comment",
        "reply",
        "respond",
        "remark",
        "tweet",
        "inform",
        "believe",
        "think",
        "assess",
        "conclude",
        "testify",
        "tell",
        "repeat",
        "reiterate",
        "clarify",
        "underline",
        "point",
        "caution",
        "complain",
        "accuse",
        "charge",
        "maintain",
        "contend",
        "observe",
        "quote",
    ]
)
# Cues whose content the speaker rejects.
DENIAL_CUES = frozenset({"deny", "reject", "refute", "dismiss"})
SOURCE_NOUNS = frozenset(
    [
        "evidence",
        "information",
        "intelligence",
        "data",
        "report",
        "reports",
        "indication",
        "indications",
        "sign",
        "signs",
        "claim",
        "claims",
        "assessment",
        "confirmation",
    ]
)
# Counts and studies that show or suggest what a sentence reports ("A recount showed
# ...", "a poll suggested ..."): evidence, never a speaker; their maker, named after
# "by" ("a survey by the labour ministry"), is the source.
EVIDENCE_NOUNS = frozenset(
    """recount audit tally survey poll census count canvass study""".split()  # noqa: SIM905
)


def evidence_maker(noun: Any) -> Any:
    """The token of who made the evidence a noun names ("a poll by Ipsos": Ipsos), or
    None; call only on nouns of ``EVIDENCE_NOUNS``."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def reporting_participle_host(verb: Any) -> Any:
    """The saying verb whose speaker a saying participle goes on with, when the parser hung
    the participle on the clause reported ("Ana Lopes said the miner was cutting corners,
    saying ...": "said", whose speaker says it, not "the miner"); None otherwise. A subject
    of the reported clause that is no company told of by its trade keeps it ("said Vale cut
    jobs, saying ...", "said the suspect fled, saying ...")."""
    head = verb.head
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in CUE_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.i < verb.i
        and head.head.i < head.i
        and head.head.lemma_.lower() in CUE_VERBS
    ):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not is_definite_organisation(subject):
        return None  # ("Police said the suspect fled, saying he feared arrest": his)
    return head.head


def is_evidence(token: Any) -> bool:
    """Whether a token is a common noun of a count or a study ("the recount", "a poll")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in EVIDENCE_NOUNS


_CHANNELS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (
        re.compile(
            r"\b(?:on|via|in a post on|in a message on)\s+(" + "|".join(SOCIAL_PLATFORMS) + r")\b"
        ),
        None,
    ),
    (
        re.compile(
            r"\b((?:evening|nightly|video|televised|daily|weekly|new year's|annual)\s+address)\b",
            re.I,
        ),
        None,
    ),
    (re.compile(r"\b(address to the nation|state of the union)\b", re.I), None),
    (
        re.compile(r"\b(press conference|news conference|press briefing|news briefing)\b", re.I),
        None,
    ),
    (re.compile(r"\binterview\b", re.I), "interview"),
    (re.compile(r"\bstatement\b", re.I), "statement"),
    (re.compile(r"\b(?:told|to)\s+reporters\b", re.I), "remarks to reporters"),
    (re.compile(r"\bspeech\b", re.I), "speech"),
    (re.compile(r"\bbriefing\b", re.I), "briefing"),
    (re.compile(r"\bsocial media\b", re.I), "social media"),
)
_QUOTE_FROM = re.compile(r"^[ \t]*Quote(?:s)? from (?P<who>[^:\n]{2,80}):", re.M)
_BACKGROUND = re.compile(r"^[ \t]*Background:?[ \t]*$", re.M)
_WHO_CHANNEL = re.compile(
    r"^(?P<who>.+?),?\s+(?:on|in|at|via|during|(?:as\s+)?(?:quoted|cited|reported)\s+by)\s+(?P<channel>.+)$"
)
_BRACKETED = re.compile(r"(?P<name>[^()]*\S)\s*\((?P<short>[^()]+)\)")
_BRIEF_VERBS = frozenset({"brief", "inform", "tell", "update", "report"})


# bodies that act for a named country or company ("Germany's economy ministry",
# "Nordwind's board")
_PUBLIC_BODIES = frozenset(
    [
        "ministry",
        "government",
        "regulator",
        "court",
        "commission",
        "agency",
        "parliament",
        "council",
        "authority",
        "watchdog",
        "office",
        "department",
        "board",
        "cabinet",
        "army",
        "military",
        "police",
        "prosecutor",
        "prosecutors",
        "bank",
    ]
)


@dataclass
class Report:
    """One attributed stretch of text."""

    cue: str
    speaker: str | None
    tokens: set[int]
    cue_token: int | None = None  # the cue's token (None for article-level reports)
    start: int | None = None  # character offsets of the cue
    end: int | None = None
    channel: str | None = None
    parent: Report | None = None
    speaker_span: tuple[int, int] | None = None  # where the text names the speaker
    briefers: list[str] = field(default_factory=list)
    article_level: bool = False
    # An evidence report ("X had evidence that ...") is an origin in the chain,
    # but the speaker is whoever said so ("Austin said the Pentagon had evidence").
    evidence: bool = False

    def speaking(self) -> Report:
        """The report whose speaker is the one who said it."""
        report: Report = self
        while report.evidence and report.parent is not None:
            report = report.parent
        return report

    def chain(self, source: Report | None) -> list[str]:
        """Sources from the origin to the article."""
        out: list[str] = []
        report: Report | None = self
        while report is not None:
            for name in [report.speaker] if report.speaker else []:
                if not out or out[-1] != name:
                    out.append(name)
            report = report.parent
        # "Source: A; B" lists sources side by side: a report by A came through A
        if (
            source is not None
            and source is not self
            and source.speaker
            and not any(part in out for part in source.speaker.split("; "))
        ):
            if source.speaker not in out:
                for name in source.briefers:
                    if name not in out:
                        out.append(name)
            if not out or out[-1] != source.speaker:
                out.append(source.speaker)
        return out


@dataclass
class AttributionIndex:
    """The reports of an article and which one covers each token."""

    reports: list[Report]
    source: Report | None
    main_until: int  # character offset where the article's main claims end

    def report_for(self, token: Any) -> Report | None:
        """The innermost report covering ``token``."""
        best: Report | None = None
        for report in self.reports:
            if token.i in report.tokens and (
                best is None or len(report.tokens) <= len(best.tokens)
            ):
                best = report
        if best is None and self.source is not None and token.i in self.source.tokens:
            return self.source
        return best

    def attribution_for(self, token: Any) -> Attribution | None:
        """The attribution of an event whose trigger is ``token``."""
        report = self.report_for(token)
        if report is None:
            return None
        under_source = (
            self.source is not None
            and token.idx < self.main_until
            and token.i in self.source.tokens
            # a report with a channel of its own ("said in his evening address")
            # did not reach the article through the page's source
            and (report.speaking().channel is None or report.speaker == self.source.speaker)
        )
        chain = report.chain(self.source if under_source else None)
        channel = report.speaking().channel
        if (
            channel is None
            and under_source
            and chain
            and self.source
            and chain[-1] == self.source.speaker
            and report.speaker == self.source.speaker
        ):
            channel = self.source.channel
        speaking = report.speaking()
        return Attribution(
            speaker=speaking.speaker,
            cue=speaking.cue,
            channel=channel,
            chain=chain,
            start=speaking.start,
            end=speaking.end,
            speaker_start=speaking.speaker_span[0] if speaking.speaker_span else None,
            speaker_end=speaking.speaker_span[1] if speaking.speaker_span else None,
        )


def attribute(extraction: Extraction, context: Context) -> Extraction:
    """Stage "attribution": find reports, speakers, channels and source chains."""
    doc = context.doc
    index = context.data.get("entities")
    finder = _Finder(doc, index, extraction)
    context.data["attribution"] = finder.run()
    return extraction


def _unsourced_report(root: Any) -> bool:
    """Whether a sentence's main verb is a report in the passive that names no reporter
    ("No deaths have been reported.", "Heavy fighting was reported near the town"): a
    statement of its own, not the account of the speaker before going on."""
    return (
        root.lemma_.lower() in ("report", "confirm", "record")
        and any(c.dep_ == "auxpass" for c in root.children)
        and not any(c.dep_ == "agent" for c in root.children)
    )


def _shown_by_document(root: Any) -> bool:
    """Whether a sentence's main verb has a document or a count show what it tells ("An
    inspection report released by the food agency showed the plant had last been
    inspected in March"): the document is its source, not the speaker before it."""
    return root.lemma_.lower() in ("show", "reveal", "indicate", "suggest", "find") and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in _PUBLISHED or is_evidence(c))
        for c in root.children
    )


def _phrase(tokens: list[Any]) -> str:
    """The words of ``tokens`` spaced as words, a possessive mark kept on its name
    ("the Guards' navy", "the ministry's spokesman", not "Guards ' navy")."""
    text = ""
    for t in tokens:
        text += t.text if t.tag_ == "POS" or not text else " " + t.text
    return text


class _Finder:
    def __init__(self, doc: Any, index: Any, extraction: Extraction) -> None:
        self.doc = doc
        self.index = index
        self.extraction = extraction
        self.text = extraction.article.text
        self.reports: list[Report] = []
        self.speaker_heads: dict[str, str] = {}  # head lemma -> speaker NP seen before

    def run(self) -> AttributionIndex:
        background = _BACKGROUND.search(self.text)
        main_until = background.start() if background else len(self.text)
        for tok in self.doc:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in CUE_VERBS:
                self._verb_cue(tok)
            elif (
                tok.lower_ == "according"
                and tok.i + 1 < len(self.doc)
                and self.doc[tok.i + 1].lower_ == "to"
            ):
                self._according(tok)
            elif tok.lemma_.lower() in SOURCE_NOUNS and tok.pos_ == "NOUN":
                self._source_noun(tok)
        self._citing()
        self._nest()
        self._quotes()
        self._continuations()
        source = self._source_line(main_until)
        if source is not None:
            self._briefers(source)
        return AttributionIndex(self.reports, source, main_until)

    # -- speakers ----------------------------------------------------
    def speaker_of(self, token: Any) -> str | None:
        """The canonical speaker a subject token stands for."""
        if token.lower_ in ("which", "who", "that") and token.head.dep_ == "relcl":
            token = token.head.head  # "the Trades Union Congress, which said ...": the union
        if is_evidence(token):
            # "A recount showed ...", "a poll by Ipsos suggested ...": no one spoke
            maker = evidence_maker(token)
            return self.speaker_of(maker) if maker is not None else None
        if token.lower_ in PRONOUNS:
            antecedent = find_antecedent(token, self.index)
            if antecedent is None:
                # "they said": the speaker of the previous report, if any.
                return (
                    self.reports[-1].speaker
                    if self.reports and token.lower_ in ("they", "it")
                    else None
                )
            token = antecedent
        elif self.index is not None and (
            is_definite_organisation(token) or is_definite_name_head(token)
        ):
            # "the company said", "the authority said"
            token = find_antecedent(token, self.index) or token
        entity = self.index.entity_at(token) if self.index else None
        if entity is not None and entity.type not in ("NORP",):
            return entity.name
        for named in self._appositions(token):  # "his lawyer, Ana Ruiz, said": the one named
            return named.name
        # A noun phrase: "Ukrainian intelligence", "officials", "a spokesman for the Kremlin".
        words = [
            t
            for t in token.subtree
            if (t.i <= token.i and t.dep_ in ("amod", "compound", "nmod", "poss", "case"))
            or t.i == token.i
        ]
        words = [
            t
            for t in words
            if t.head.i == token.i or t.i == token.i or t.head.dep_ in ("compound", "amod", "poss")
        ]
        # "the energy and mines ministry", "the oil and gas regulator": both words of
        # the pair the head is of (was "energy ministry")
        kept = {t.i for t in words}
        words += [
            t
            for t in token.subtree
            if t.i < token.i
            and t.dep_ in ("cc", "conj")
            and t.head.dep_ in ("amod", "compound", "nmod")
            and t.head.head.i == token.i
            and t.head.i in kept
        ]
        name = _phrase(sorted(words, key=lambda t: t.i))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at") and child.i > token.i:
                name += " " + _phrase([t for t in child.subtree if not t.is_space])
        lemma = token.lemma_.lower()
        if len(words) == 1 and lemma in self.speaker_heads:
            return self.speaker_heads[lemma]  # "the intelligence" after "Ukrainian intelligence"
        if len(words) > 1:
            self.speaker_heads.setdefault(lemma, name)
        return name

    def _appositions(self, token: Any) -> list[Any]:
        """The entities named in apposition to ``token``: its own ("his lawyer, Ana
        Ruiz") and a person's the parser hung on its "of" phrase ("the governor of
        Kharkiv Oblast, Oleh Syniehubov")."""
        found = []
        for t in token.subtree:
            named = self.index.entity_at(t) if self.index and t.dep_ == "appos" else None
            if named is None or named.type == "NORP":
                continue
            if apposition_host(t, person=named.type == "PERSON").i == token.i:
                found.append(named)
        return found

    def _subject(self, verb: Any) -> Any:
        if (subject := direct_subject(verb)) is not None:
            return subject
        if (
            verb.dep_ == "conj"
            and verb.head.dep_ == "ccomp"
            and verb.lemma_.lower() in CUE_VERBS
            and verb.head.head.lemma_.lower() in CUE_VERBS
        ):
            # "Egypt announced that talks had failed and said it ...": the parser joins
            # the second saying to the reported clause; the first speaker said it.
            return self._subject(verb.head.head)
        # "X said ... and warned ...": a conjoined verb shares the subject.
        if verb.dep_ == "conj":
            return self._subject(verb.head)
        if (host := reporting_participle_host(verb)) is not None:
            return self._subject(host)  # "X said the miner cut corners, saying ...": X
        return None

    def _channel(self, tokens: list[Any]) -> str | None:
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = self.text[start:end]
        for pattern, label in _CHANNELS:
            m = pattern.search(text)
            if m:
                if label:
                    return label
                found = m.group(1)
                return found if pattern is _CHANNELS[0][0] else found.lower()
        return None

    # -- cues --------------------------------------------------------
    def _verb_cue(self, verb: Any) -> None:
        complements = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX", "ADP", "ADJ", "NOUN")
        ]
        content: set[int] = set()
        for comp in complements:
            content.update(t.i for t in comp.subtree)
        if (
            not content
            and verb.dep_ in ("parataxis", "ccomp")
            and verb.head.i < verb.i
            and verb.lemma_.lower() in CUE_VERBS - {"add"}
        ):
            # "Russia will attack, he said.": the cue hangs on the content.
            head = verb.head
            subject = self._subject(verb)
            # "..., the governor said" (the speaker after the content), or parataxis.
            if verb.dep_ == "parataxis" or (subject is not None and subject.i > head.i):
                own = {t.i for t in verb.subtree}
                content = {t.i for t in head.subtree} - own
        if not content:
            content = self._trailing_saying(verb)
        named_before = None
        if not content and (before := self._speaker_before(verb)) is not None:
            named_before, comma = before
            content = set(range(verb.sent.start, comma))
        if not content:
            # "said in an interview that ...", "reported, citing officials, that ...":
            # the parser hangs the that-clause on a noun inside the cue's phrase.
            clause = self._misattached_that_clause(verb)
            if clause is not None:
                content = {t.i for t in clause.subtree}
        if not content:
            return
        subject = named_before or self._subject(verb)
        speaker = self.speaker_of(subject) if subject is not None else None
        clause = [t for t in verb.subtree if t.i not in content]
        self.reports.append(
            Report(
                cue=verb.text,
                speaker=speaker,
                tokens=content,
                cue_token=verb.i,
                start=verb.idx,
                end=verb.idx + len(verb.text),
                channel=self._channel(clause),
                speaker_span=_span_of(subject) if speaker and subject is not None else None,
            )
        )

    def _trailing_saying(self, verb: Any) -> set[int]:
        """The content of a saying that closes its sentence after a comma, when the parser
        hung it on a noun of what it reports ("... an exchange in which each side released
        1,000 people, the Coordination Headquarters ... reported on Sunday." read as a
        relative clause of "exchange"): everything before the comma."""
        if verb.dep_ not in ("relcl", "acl", "conj", "advcl") or verb.lemma_.lower() not in (
            CUE_VERBS - {"add"}
        ):
            return set()
        subject = self._subject(verb)
        sent = verb.sent
        if subject is None or subject.i > verb.i or subject.left_edge.i <= sent.start + 1:
            return set()
        comma = verb.doc[subject.left_edge.i - 1]
        if comma.text != "," or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return set()
        if any(not t.is_punct for t in verb.doc[verb.right_edge.i + 1 : sent.end]):
            return set()  # not the sentence's last clause
        return set(range(sent.start, comma.i)) - {t.i for t in verb.subtree}

    @staticmethod
    def _speaker_before(verb: Any) -> tuple[Any, int] | None:
        """The speaker's last token when a saying closes its sentence with no subject of its
        own because the parser hung the name on what was reported ("Russian forces shelled
        Kherson, killing two civilians, regional governor Oleksandr Prokudin said on
        Telegram.": "Prokudin" read as an apposition of "civilians"): the last token of the
        noun phrase between the last comma and the verb, and that comma's index."""
        sent = verb.sent
        if (
            verb.lemma_.lower() not in CUE_VERBS - {"add"}
            or direct_subject(verb) is not None
            or verb.i <= sent.start + 2
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
            or any(
                not (t.is_punct or t.is_space) for t in verb.doc[verb.right_edge.i + 1 : sent.end]
            )
        ):
            return None
        last = verb.doc[verb.i - 1]
        if last.pos_ not in ("PROPN", "NOUN"):
            return None
        first = last
        while first.i - 1 > sent.start and verb.doc[first.i - 1].pos_ in (
            "PROPN",
            "NOUN",
            "ADJ",
            "DET",
        ):
            first = verb.doc[first.i - 1]
        if first.i - 1 <= sent.start or verb.doc[first.i - 1].text != ",":
            return None
        return last, first.i - 1

    @staticmethod
    def _misattached_that_clause(verb: Any) -> Any:
        for child in verb.children:
            if child.dep_ not in ("prep", "advcl", "dobj", "npadvmod"):
                continue
            for tok in child.subtree:
                if (
                    tok.pos_ in ("VERB", "AUX")
                    and tok.dep_ in ("relcl", "acl", "ccomp")
                    and tok.head.pos_ in ("NOUN", "PROPN")
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                ):
                    return tok
        return None

    def _according(self, tok: Any) -> None:
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and head.head.i != head.i:
            head = head.head
        own = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
        content = {t.i for t in head.subtree} - own
        if head.i == tok.i:
            content = {t.i for t in tok.sent} - own
        publisher = _publisher(pobj)
        speaker = self.speaker_of(publisher if publisher is not None else pobj)
        if publisher is not None:
            pobj = publisher
        self.reports.append(
            Report(
                cue="according to",
                speaker=speaker,
                speaker_span=_span_of(pobj) if speaker else None,
                tokens=content,
                cue_token=tok.i,
                start=tok.idx,
                end=to.idx + len(to.text),
                channel=self._channel([t for t in pobj.subtree]),
            )
        )

    def _source_noun(self, noun: Any) -> None:
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        if clause is None:
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
            if clause is None or (
                not any(m.dep_ == "mark" for m in clause.children)
                and not any(c.dep_ in ("nsubjpass", "nsubj") for c in clause.children)
            ):
                return
        content = {t.i for t in clause.subtree}
        speaker = None
        speaker_token = None
        holder = noun.head
        if noun.dep_ in ("dobj", "attr") and holder.pos_ in ("VERB", "AUX"):
            subject = self._subject(holder)
            speaker = self.speaker_of(subject) if subject is not None else None
            speaker_token = subject
        elif noun.dep_ in ("nsubj",):
            speaker = None
        for child in noun.children:
            if child.dep_ == "poss":
                speaker = self.speaker_of(child)
                speaker_token = child
        if speaker is None:
            return
        self.reports.append(
            Report(
                cue=noun.text,
                speaker=speaker,
                tokens=content,
                cue_token=noun.i,
                start=noun.idx,
                end=noun.idx + len(noun.text),
                evidence=True,
                speaker_span=_span_of(speaker_token) if speaker_token is not None else None,
            )
        )

    def _citing(self) -> None:
        for tok in self.doc:
            if tok.lower_ != "citing":
                continue
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is None:
                continue
            outer = next((r for r in self.reports if r.cue_token == tok.head.i), None)
            tokens = (
                set(outer.tokens)
                if outer
                else {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
            )
            cited = self.speaker_of(obj)
            self.reports.append(
                Report(
                    cue="citing",
                    speaker=cited,
                    speaker_span=_span_of(obj) if cited else None,
                    tokens=tokens if outer else tokens - {t.i for t in tok.subtree},
                    cue_token=tok.i,
                    start=tok.idx,
                    end=tok.idx + len(tok.text),
                    parent=outer,
                )
            )

    def _nest(self) -> None:
        """Set each report's parent: the smallest other report covering its cue."""
        for report in self.reports:
            if report.parent is not None or report.cue_token is None:
                continue
            covering = [
                r
                for r in self.reports
                if r is not report
                and report.cue_token in r.tokens
                and r.cue_token not in report.tokens
            ]
            if covering:
                report.parent = min(covering, key=lambda r: len(r.tokens))

    def _quotes(self) -> None:
        for m in _QUOTE_FROM.finditer(self.text):
            start = m.end()
            end = _quote_end(self.text, start)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            who = self.doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
            if span is None or who is None:
                continue
            speaker = self.speaker_of(who.root)
            tokens = {t.i for t in span}
            self.reports.append(
                Report(
                    cue="Quote from",
                    speaker=speaker,
                    tokens=tokens,
                    cue_token=None,
                    start=m.start() + m.group(0).index("Quote"),
                    end=m.start() + m.group(0).index("Quote") + len("Quote from"),
                    speaker_span=(m.start("who"), m.end("who")) if speaker else None,
                )
            )
        known = [(r.start, r.end) for r in self.reports if r.cue == "Quote from"]
        for quote in self.extraction.article.extras.quotes:
            at = self.text.find(quote.text[:80]) if quote.text else -1
            if at < 0 or any(s is not None and s <= at <= (e or 0) + 400 for s, e in known):
                continue
            span = self.doc.char_span(at, at + len(quote.text), alignment_mode="expand")
            if span is None:
                continue
            self.reports.append(
                Report(
                    cue="Quote from",
                    speaker=self._speaker_named(quote.speaker),
                    tokens={t.i for t in span},
                )
            )

    def _continuations(self) -> None:
        """A sentence with no report of its own continues the previous sentence's report."""
        sents = list(self.doc.sents)
        covered_by: dict[int, Report] = {}
        for report in sorted(self.reports, key=lambda r: -len(r.tokens)):
            for t in report.tokens:
                covered_by[t] = report
        previous: Report | None = None
        for i, sent in enumerate(sents):
            root = sent.root
            own = covered_by.get(root.i)
            cue_here = any(
                r.cue_token is not None and sent.start <= r.cue_token < sent.end
                for r in self.reports
            )
            if own is not None or cue_here:
                previous = own or next(
                    (
                        r
                        for r in self.reports
                        if r.cue_token is not None and sent.start <= r.cue_token < sent.end
                    ),
                    None,
                )
                continue
            new_block = i == 0 or self._block_break(sents[i - 1], sent)
            anaphoric = any(
                t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PRONOUNS and t.head.i == root.i
                for t in sent
            )
            if (
                previous is not None
                and not new_block
                and not _framing(root)
                and not _unsourced_report(root)
                and not _shown_by_document(root)
                and (
                    anaphoric
                    or (
                        self._carries_on(previous)
                        and not self._own_actor(sent)
                        and not self._long_before(sent)
                    )
                )
            ):
                # "Ukrainian forces repelled 48 attacks, the General Staff said. Fighting
                # was heaviest near Pokrovsk.": the paragraph goes on with the same account
                previous.tokens.update(t.i for t in sent)
                continue
            previous = None

    def _long_before(self, sent: Any) -> bool:
        """Whether the sentence opens on a date more than a month before the article ("In
        June 2024, a similar attack on a pathology provider disrupted blood tests"): the
        reporter's background, not the account of the saying before it goes on."""
        published = self.extraction.article.published
        if published is None:
            return False
        for timex in self.extraction.timexes:
            if not sent.start_char <= timex.start < sent.end_char:
                continue
            if FRONTED_DATE.fullmatch(self.text, sent.start_char, timex.start) is None:
                return False
            last = (timex.end_date or "")[:10]
            return (
                timex.type == "DATE"
                and len(last) == 10
                and last < (published.date() - timedelta(days=31)).isoformat()
            )
        return False

    def _carries_on(self, report: Report) -> bool:
        """Whether the next sentence of a paragraph, with no cue of its own, is still told
        by ``report``'s speaker: someone's saying verb, not "according to AIU figures" (a
        source for one figure), a quote block or an evidence noun."""
        return (
            report.speaker is not None
            and report.cue_token is not None
            and not report.evidence
            and self.doc[report.cue_token].lemma_.lower() in CUE_VERBS
            and report.speaker.split()[-1].lower() not in _DOCUMENTS
        )

    def _own_actor(self, sent: Any) -> bool:
        """Whether the sentence's subject is a party named by name ("Brussels rejected the
        claim" after "Hungary said ...") or one that reports itself ("Residents reported
        heavy shelling"): a new actor's act, no longer the account of the saying before;
        "Fighting was heaviest ..." or "Russian troops lost ..." go on with it."""
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        if _market_move(sent):
            # "Helix chief executive Jane Doe said ... Shares in Helix rose 9%": the
            # reporter's word on the market, not Jane Doe's
            return True
        if is_evidence(subject):
            # "A study published in The Lancet found ...": evidence, not the account of
            # the speaker before
            return True
        if subject.dep_ == "nsubj" and sent.root.lemma_.lower() in CUE_VERBS | _STANCE_VERBS:
            # ("Press freedom groups have criticised the law" after "X said ...": the
            # groups' own stance, not X's account going on)
            return True
        entity = self.index.entity_at(subject) if self.index is not None else None
        return (
            subject.pos_ == "PROPN"
            or (entity is not None and entity.type != "NORP")
            # "Germany's economy ministry is expected to review the deal": a body of a
            # named country or company, a party of its own
            or (
                subject.lemma_.lower() in _PUBLIC_BODIES
                and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)
            )
            # "The town's mayor, Ines Carvalho, asked ...": a post with its holder's name
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
        )

    def _block_break(self, before: Any, sent: Any) -> bool:
        """Whether a paragraph break or a bullet separates two sentences."""
        before_end = before.start_char + len(before.text.rstrip())
        sent_start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        gap = self.text[before_end:sent_start]
        return gap.count("\n") >= 2 or self.text[sent_start : sent_start + 1] in BULLETS

    def _source_line(self, main_until: int) -> Report | None:
        line = self.extraction.article.extras.source_line
        match = SOURCE_LINE.search(self.text)
        cue_start = cue_end = None
        if match is not None and (line is None or line.strip() in match.group("who")):
            line = match.group("who")
            cue_start, cue_end = (
                match.start() + match.group(0).index("Source"),
                match.start() + match.group(0).index("Source") + 6,
            )
        if not line:
            return None
        # "Source: Egyptian Foreign Ministry; Ethiopian Ministry of Water and Energy";
        # "Source: X, Head of the Oblast Military Administration, on Telegram; DTEK":
        # each source with its own channel
        whos, channels = [], []
        for part in line.strip().split(";"):
            part = part.strip()
            m = _WHO_CHANNEL.match(part)
            if m:
                part = m.group("who")
                if m.group("channel") not in channels:
                    channels.append(m.group("channel"))
            if part:
                whos.append(part)
        channel = "; ".join(channels) or None
        speaker = "; ".join(self._speaker_named(part) for part in whos)
        who_span = None
        if match is not None and whos:
            written = match.group("who")
            first = written.find(whos[0])
            last = written.rfind(whos[-1])
            if 0 <= first <= last:
                at = match.start("who")
                who_span = (at + first, at + last + len(whos[-1]))
        end_tok = len(self.doc)
        span = self.doc.char_span(0, main_until, alignment_mode="contract")
        if span is not None:
            end_tok = span.end
        source_line_tokens: set[int] = set()
        if match is not None:
            sl = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if sl is not None:
                source_line_tokens = {t.i for t in sl}
        tokens = set(range(0, end_tok)) - source_line_tokens
        # a move of shares is the reporter's own word, whoever the page names as its source
        tokens -= {t.i for sent in self.doc.sents if _market_move(sent) for t in sent}
        return Report(
            cue="Source:",
            speaker=speaker,
            tokens=tokens,
            start=cue_start,
            end=cue_end,
            channel=channel,
            article_level=True,
            speaker_span=who_span,
        )

    def _speaker_named(self, who: str) -> str:
        """The canonical entity a name written in a byline-like line refers to ("Federal
        Aviation Administration (FAA)": the name, or its initials, in brackets after it)."""
        bracketed = _BRACKETED.fullmatch(who)
        if bracketed is not None:
            for part in bracketed.groups():
                named = self._speaker_named(part)
                if named != part:
                    return named
            return who
        if self.index is not None:
            entity = self.index.entity_named(who)
            if entity is not None:
                return entity.name
            for entity in self.index.entities:
                if entity.type == "PERSON" and any(
                    same_name(who, a) for a in [entity.name, *entity.aliases]
                ):
                    return entity.name
            state, _, rest = who.partition(" ")
            code = gazetteer.demonyms().get(gazetteer.fold(state)) if rest else None
            entity = self.index.entity_named(rest) if code else None
            if entity is not None and entity.country == code:
                return entity.name  # "Omani Ministry of Foreign Affairs": Oman's ministry
        return who

    def _briefers(self, source: Report) -> None:
        """People who briefed the source ("X briefed him"): sources between origin and source."""
        if source.speaker is None or self.index is None:
            return
        for tok in self.doc:
            if (
                tok.lemma_.lower() not in _BRIEF_VERBS
                or tok.pos_ != "VERB"
                or tok.i not in source.tokens
            ):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            subject = self._subject(tok)
            if obj is None or subject is None:
                continue
            target = self.speaker_of(obj)
            briefer = self.speaker_of(subject)
            if (
                target == source.speaker
                and briefer
                and briefer != source.speaker
                and briefer not in source.briefers
            ):
                source.briefers.append(briefer)


# Documents a source puts out: "according to figures released by the group" is the
# group's word, the figures only how it was given.
_PUBLISHED = frozenset(
    """figure figures data statistics report reports statement document documents
    estimate estimates count tally records""".split()  # noqa: SIM905 - a word table
)


# Words that set the time of a framing "came": "It came a day after ...", "The move comes
# as talks stall", "... amid protests", "... ahead of the summit"
_FRAMING_LINKS = frozenset(["after", "as", "amid", "before", "ahead", "following", "weeks", "days"])


def _market_move(sent: Any) -> bool:
    """Whether the sentence tells a move of shares on the market ("Shares in Helix rose
    9%", "Its stock fell 3% by noon", "The company's share price slumped"), with no
    saying of its own."""
    root = sent.root
    if root.lemma_.lower() not in _MARKET_MOVES:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in _MARKET_HOLDINGS or (
        lemma == "price" and any(c.lemma_.lower() in _MARKET_HOLDINGS for c in subject.children)
    )


def _framing(root: Any) -> bool:
    """Whether a sentence's main verb is the reporter's framing of what was just told
    ("It came a day after rebel groups announced their own pause"): "come" placed in time
    by a clause or phrase, which no speaker before it said."""
    if root.lemma_.lower() != "come":
        return False
    links = [c for c in root.children] + [
        m for c in root.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
    ]
    return any(c.lower_ in _FRAMING_LINKS for c in links)


def _publisher(noun: Any) -> Any:
    """Who put out the figures or report ``noun`` names ("figures released by the
    group", "data published by the ministry"), if the text says; else None."""
    if noun.lemma_.lower() not in _PUBLISHED and noun.lower_ not in _PUBLISHED:
        return None
    for clause in noun.children:
        if clause.dep_ != "acl":
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def _span_of(token: Any) -> tuple[int, int]:
    """Character offsets of the phrase a speaker token heads: its named entity, else
    the token with its modifiers ("the regional governor", "a spokesman for the Kremlin")."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    first = min(
        (
            t
            for t in token.subtree
            if t.i <= token.i and t.dep_ in ("det", "amod", "compound", "poss", "nmod", "case")
        ),
        key=lambda t: t.i,
        default=token,
    )
    last = token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at") and child.i > token.i:
            last = max(child.subtree, key=lambda t: t.i)
    if first.i > token.i:
        first = token
    return first.idx, last.idx + len(last.text)


def _quote_end(text: str, start: int) -> int:
    """Where a quotation that opens at or after ``start`` closes (end of its block)."""
    i = start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and text[i] in '"“«':
        closer = {'"': '"', "“": "”", "«": "»"}[text[i]]
        close = text.find(closer, i + 1)
        if close >= 0:
            return close + 1
    end = text.find("\n\n", start)
    return end if end >= 0 else len(text)
