"""Words as linking compares them: content words, name keys, sentence spans.

Linking and timelines compare sentences by their content words (lower-cased
word forms that are not function words) and entities by a normalised key of
their names. Sentences come from the extraction when a stage split them,
otherwise from a conservative splitter that keeps character offsets.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# Function words and reporting filler that say nothing about what happened.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "according",
        "also",
        "one",
        "two",
        "its",
        "it's",
        "s",
        "t",
        "mr",
        "mrs",
        "ms",
        "dr",
        "lrb",
        "rrb",
        "lsb",
        "rsb",
        "new",
        "like",
        "would",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "however",
        "meanwhile",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
        "year",
        "years",
        "last",
        "next",
        "ago",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)

_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?", re.UNICODE)
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def words_of(text: str) -> list[str]:
    """The word forms of ``text``, lower-cased, in order."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> list[str]:
    """The content words of ``text``: no function words, no bare numbers' punctuation."""
    out = []
    for word in words_of(text):
        word = word.removesuffix("'s")
        if word in STOPWORDS or len(word) < 2:
            continue
        out.append(word)
    return out


def name_key(name: str) -> str:
    """The key entity names are compared by: ASCII, case-folded, no punctuation."""
    text = unidecode(unicodedata.normalize("NFKC", name))
    text = _PUNCT.sub(" ", text.casefold())
    text = re.sub(r"^(the|president|mr|mrs|ms|dr)\s+", "", _SPACE.sub(" ", text).strip())
    return text


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket)
# before white space and an upper-case letter, digit or opening quote, or at a
# blank line. Abbreviations that end in a full stop are not sentence ends.
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•])|\n\s*\n|\n\s*•")
_LINE_END = re.compile(r"[ \t]*\n")
# Lines shorter than this that end without punctuation are headers or titles,
# not hard-wrapped text.
_SHORT_LINE = 70
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "maj",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "u.s",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "prof",
        "rev",
    ]
)


def _line_breaks(text: str) -> list[tuple[int, int]]:
    """Single line breaks that end a sentence: after punctuation or a short line."""
    out = []
    for match in _LINE_END.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].rstrip()
        following = text[match.end() : match.end() + 1]
        if not line:
            continue
        if line[-1] in '.!?:"”' or (len(line) < _SHORT_LINE and following.isupper()):
            out.append((match.start(), match.end()))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, stripped of surrounding space."""
    breaks = sorted(
        {(m.start(), m.end(), m.group()) for m in _END.finditer(text)}
        | {(s, e, text[s:e]) for s, e in _line_breaks(text)}
    )
    spans: list[tuple[int, int]] = []
    start = 0
    for b_start, b_end, gap in breaks:
        if b_start < start:
            continue
        before = text[start:b_start].rstrip()
        last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
        if "\n" not in gap and last in _ABBREVIATIONS:
            continue
        if len(last) == 1 and last.isalpha() and text[b_start - 1 : b_start] == ".":
            continue  # an initial: "Kim J. Un"
        spans.append((start, b_start))
        start = b_end - (1 if gap.endswith("•") else 0)
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s] in " \t\r\n•":
            s += 1
        while e > s and text[e - 1] in " \t\r\n":
            e -= 1
        if e > s:
            out.append((s, e))
    return out
