"""Repairs of NER spans before they are resolved: where a name starts and ends.

spaCy's NER is trained on text whose names it has mostly seen; on unseen
news it errs in a few regular ways that the model itself, the tagger and
the gazetteer can correct:

- a capitalised common word that opens a sentence ("Coastal towns were
  evacuated", "Floodwaters swept ...") is tagged as a name: the tagger
  reads it as a common noun or adjective, and NER, given the same
  sentence with that word in lower case, no longer sees a name (or the
  tagger reads it as a plural common noun: "Customs officers seized ...");
- an institution is cut before its "of" ("the General Court of | the
  European Union", "Ministry of Foreign Affairs | of Japan");
- one person's name comes as two adjacent spans ("Luiz Inácio | Lula da
  Silva", "Yoon Suk | Yeol");
- a score follows a team's name ("Borussia Dortmund 2-0").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from backstory.entities import gazetteer

# Tags of proper nouns: a sentence-initial word tagged so is a name to the tagger too.
_PROPER_TAGS = frozenset(["NNP", "NNPS"])
# Tokens that may stand before the first word of a sentence without being words.
_OPENERS = re.compile(r"^[\"'“‘«(\[•*·–—-]+$")
# "2-0", "3–1": a match score after a team's name.
_SCORE = re.compile(r"\s\d{1,2} ?[-–] ?\d{1,2}$")
# Function words that may sit inside an institution's name ("Court of Justice
# of the European Union", "Office of Management and Budget").
_NAME_LINKS = frozenset(["of", "the", "and", "for", "de", "du", "des", "la"])
# Prepositions an institution's name cannot end with: NER cut it short.
_OPEN_ENDS = frozenset(["of", "for", "on", "de"])


def sentence_initial(doc: Any, i: int) -> bool:
    """Whether token ``i`` is the first word of its sentence (after quotes or bullets)."""
    start = doc[i].sent.start
    return all(_OPENERS.match(doc[k].text) or doc[k].is_space for k in range(start, i))


def capitalised_common_word(doc: Any, i: int, nlp: Any) -> bool:
    """Whether sentence-initial token ``i`` is a common word written with a capital
    only because it opens the sentence ("Container ships ...", "Coastal towns ...").

    Given the sentence again with that word in lower case, the model must see
    no name there: NER finds no entity and the tagger no proper noun. Both
    signals are the model's own: "Siemens shares rose" keeps its name because
    NER still finds "siemens", "Tesla cut prices" because the tagger still
    reads "tesla" as a proper noun. A word the article capitalises inside a
    sentence elsewhere is a name ("Beatles songs ..." after "the Beatles"). Only words the tagger reads as common, or
    that the lemmatiser's word index knows, are checked so (a name it has
    never seen, "Ukrenergo said", is not parsed twice).
    """
    token = doc[i]
    if not token.is_title or not token.is_alpha or not sentence_initial(doc, i):
        return False
    compound = not dictionary_word(nlp, token) and closed_compound(nlp, token.lower_)
    if token.tag_ in _PROPER_TAGS and not dictionary_word(nlp, token) and not compound:
        return False
    if any(t.text == token.text and not sentence_initial(doc, t.i) for t in doc):
        return False  # capitalised inside a sentence elsewhere ("founded by the Beatles")
    offset = token.idx - token.sent.start_char
    return not _named_in_lower_case(nlp, token.sent.text, offset, ner_only=compound)


def closed_compound(nlp: Any, word: str) -> bool:
    """Whether a word the word index lacks is two words it knows written as one
    ("floodwater": flood + water), each of four letters or more (not "Alibaba")."""
    return any(
        is_dictionary_word(nlp, word[:k]) and is_dictionary_word(nlp, word[k:])
        for k in range(4, len(word) - 3)
    )


def dictionary_word(nlp: Any, token: Any) -> bool:
    """Whether the lemmatiser's word index (the model's own list of English nouns,
    adjectives, verbs and adverbs) knows the token in lower case, as it is or
    made singular by the lemmatiser's own noun rules ("wildfires")."""
    return is_dictionary_word(nlp, token.lower_)


def is_dictionary_word(nlp: Any, word: str) -> bool:
    """``dictionary_word`` for a word in lower case."""
    index, noun_rules = _word_index(nlp)
    if word in index:
        return True
    return any(
        word.endswith(old) and word[: len(word) - len(old)] + new in index
        for old, new in noun_rules
    )


@lru_cache(maxsize=4)
def _word_index(nlp: Any) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(), ()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset(), ()
    words = frozenset(w for group in lookups.get_table("lemma_index").values() for w in group)
    rules: tuple[tuple[str, str], ...] = ()
    if lookups.has_table("lemma_rules"):
        rules = tuple(
            (old, new) for old, new in lookups.get_table("lemma_rules").get("noun", []) if old
        )
    return words, rules


@lru_cache(maxsize=256)
def _named_in_lower_case(nlp: Any, sentence: str, offset: int, *, ner_only: bool = False) -> bool:
    """Whether the model still sees a name in the word at ``offset`` of ``sentence``
    once it is lower-cased: NER finds an entity there or the tagger a proper noun.
    With ``ner_only`` (a closed compound such as "floodwater", which the tagger calls a
    proper noun for never having seen it, while "facebook" stays an entity) NER alone
    decides."""
    until = offset
    while until < len(sentence) and sentence[until].isalpha():
        until += 1
    lowered = sentence[:offset] + sentence[offset:until].lower() + sentence[until:]
    if len(lowered) != len(sentence):
        return True  # lower-casing changed the length: no safe comparison, keep the name
    parsed = nlp(lowered)
    words = [t for t in parsed if offset <= t.idx < until and t.is_alpha]
    if not ner_only and any(t.tag_ in _PROPER_TAGS for t in words):
        return True
    if any(
        t.tag_ == "NNS" and t.lemma_ != t.lower_ and is_dictionary_word(nlp, t.lemma_)
        for t in words
    ):
        # "Customs officers seized ...": NER keeps "customs" as a name, but the plural
        # of a common noun is none ("siemens" is no plural of a "siemen")
        return False
    return any(ent.start_char < until and offset < ent.end_char for ent in parsed.ents)


def drop_score(doc: Any, start: int, end: int) -> int:
    """The end of a name without a match score after it ("Borussia Dortmund | 2-0")."""
    span = doc[start:end]
    score = _SCORE.search(span.text)
    if score is None or score.start() == 0:
        return end
    cut = span.start_char + score.start()
    while end > start and doc[end - 1].idx >= cut:
        end -= 1
    return end


def extend_institution(doc: Any, start: int, end: int, *, institution: bool) -> int:
    """The end of an organisation's name that NER cut before or after its "of".

    "General Court of" (NER stopped at the preposition) takes the capitalised
    words after it ("the European Union"); "Ministry of Foreign Affairs" followed
    by "of Japan" takes the country or first-level region, and "General Court"
    followed by "of the European Union" the organisation, when the name is an
    institution's (``institution``: it opens with an institution word such as
    "Ministry" or "General", or is one word, "Commission") or has an "of" of its own.
    """
    if doc[end - 1].lower_ in _OPEN_ENDS:
        return _capitalised_run(doc, end) or end
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    if not institution and all(t.lower_ != "of" for t in doc[start:end]):
        return end
    after = _capitalised_run(doc, end + 1)
    if after is None:
        return end
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    place = doc[first:after].text
    if gazetteer.find_country(place) or gazetteer.regions().get(gazetteer.fold(place)):
        return after
    if any(e.start in (end + 1, first) and e.end == after and e.label_ == "ORG" for e in doc.ents):
        return after  # "General Court | of the European Union"
    return end


def _capitalised_run(doc: Any, i: int) -> int | None:
    """The end of the capitalised name starting at ``i`` (after an optional "the");
    names joined by "of", "the", "for" or by "and" before a capitalised word are
    taken whole ("Court of Appeal of England and Wales"). None when no
    capitalised word follows."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = None
    k = i
    while k < len(doc) and k - i < 10:
        tok = doc[k]
        if _capitalised(tok):
            end = k + 1
        elif not _links(doc, k) or end is None:
            break
        k += 1
    return end


def _links(doc: Any, k: int) -> bool:
    """Whether token ``k`` joins two parts of one name: "of", "the", "for", and
    "and" before a capitalised word ("England and Wales", not "and the ...")."""
    word = doc[k].lower_
    if word == "and":
        return k + 1 < len(doc) and _capitalised(doc[k + 1])
    return word in _NAME_LINKS


def _capitalised(tok: Any) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


# A capitalised article inside a sentence opens the title of a work ("in The Times")
_NOT_NAME_WORDS = frozenset(["the"])


def extend_person_left(doc: Any, start: int, stop_words: Any) -> int:
    """The start of a person's name whose first word is also a function word, which
    NER left out ("Vietnamese leader To | Lam", "said To | Lam would"): a capitalised
    function word right before the name, inside a sentence written in ordinary case
    (its function words are in lower case), neither opening the sentence nor after a
    quote, colon or bullet, nor part of another name, is part of the name."""
    i = start - 1
    if i < 1 or doc[i].ent_iob_ != "O" or not doc[i].is_alpha or not doc[i].is_title:
        return start
    word = doc[i].lower_
    if word not in stop_words or word in _NOT_NAME_WORDS or sentence_initial(doc, i):
        return start
    if doc[i - 1].is_punct and doc[i - 1].text not in (",",):
        return start  # after a quote, a colon or a bracket a capital is ordinary
    sentence = doc[i].sent
    if not any(t.is_lower and t.lower_ in stop_words for t in sentence):
        return start  # a headline in title case: every word is capitalised
    return i


def adjacent_person(previous: Any, start: int, doc: Any) -> bool:
    """Whether a PERSON span starting at ``start`` continues the PERSON span
    ``previous`` (nothing but a space between them: "Luiz Inácio | Lula da Silva")."""
    return (
        previous is not None
        and previous.label == "PERSON"
        and previous.end == start
        and doc[start - 1].whitespace_ == " "
    )
