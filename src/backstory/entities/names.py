"""Person names: folding spelling and transliteration variants to one key.

Outlets spell the same Slavic, Arabic or Korean name differently
(Zelensky / Zelenskyy / Zelenskiy / Selenskyj, Syrsky / Syrskyi,
Kim Jong Un / Kim Jong-un). ``name_key`` folds a name so that such variants
compare equal, and ``same_name`` falls back on a similarity ratio for what
the folding rules miss.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from unidecode import unidecode

# Honorifics and titles that may precede a name inside an NER span.
HONORIFICS = frozenset(
    [
        "lieutenant",
        "brigadier",
        "sergeant",
        "corporal",
        "marshal",
        "commodore",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "maj",
        "major",
        "capt",
        "captain",
        "adm",
        "admiral",
        "sgt",
        "president",
        "presidents",
        "prime",
        "minister",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "ayatollah",
        "pope",
        "rev",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "mayor",
        "secretary",
        "commander",
        "chief",
        "ceo",
        "chairman",
        "judge",
        "justice",
        "ambassador",
    ]
)
# Lower-case particles inside names ("Tarcísio de Freitas", "Ursula von der Leyen",
# "Mohammed bin Salman"): a closed class of function words.
NAME_PARTICLES = frozenset(
    """de da do dos das del della degli di du des van von der den ter ten la le
    bin ibn bint ben al el y e""".split()  # noqa: SIM905 - a word table
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NON_LETTER = re.compile(r"[^a-z ]+")
_REPEAT = re.compile(r"(.)\1+")
# Transliteration endings that differ between outlets: -yy, -iy, -yi, -ii, -y, -i, -ij, -yj
_ENDING = re.compile(r"(?:yy|iy|yi|ii|ij|yj|y|i)$")


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One name word folded: ASCII, lower case, transliteration variants merged."""
    word = _NON_LETTER.sub("", unidecode(token).lower())
    word = _ENDING.sub("i", word)
    # Digraphs that transliteration systems render differently.
    word = (
        word.replace("kh", "h")
        .replace("zh", "j")
        .replace("ck", "k")
        .replace("w", "v")
        .replace("ph", "f")
        .replace("ye", "e")
        .replace("yu", "iu")
        .replace("ya", "ia")
        .replace("y", "i")
        .replace("j", "i")
    )
    return _REPEAT.sub(r"\1", word)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in _SUFFIXES:
        words = words[:-1]
    return tuple(words)


@lru_cache(maxsize=1)
def _given_names() -> Any:
    """The first-name dictionary of ``gender-guesser`` (some 45,000 given names of
    Europe, Asia and the Americas), read once."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def given_name(word: str) -> bool:
    """Whether ``word`` is a given name people carry ("Erling", "Kyrylo", "Tarcísio")."""
    if len(word) < 2 or not word[:1].isupper():
        return False
    return bool(_given_names().get_gender(word) != "unknown")


@lru_cache(maxsize=65536)
def name_gender(name: str) -> str | None:
    """ "male" or "female" when the first word of a person's name is a given name
    carried by one sex only ("Kaja Kallas" -> "female"), else None (not "Kim", mostly
    a woman's given name in the West and a man's family name in Korea)."""
    words = name.split()
    if not words or not given_name(words[0]):
        return None
    gender = str(_given_names().get_gender(words[0]))
    return gender if gender in ("male", "female") else None


def written_name(name: str) -> str:
    """A person's name as written, without honorifics, suffixes or possessive:
    hyphens stay ("Władysław Kosiniak-Kamysz", "Lee Jae-yong")."""
    name = re.sub(r"(?:'s|’s)$", "", name.strip())
    words = name.split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    while words and words[-1].lower().rstrip(".,") in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def name_words(name: str) -> list[str]:
    """The words of a person name without honorifics, suffixes or possessive."""
    return list(_name_words(name))


@lru_cache(maxsize=65536)
def folded_words(name: str) -> tuple[str, ...]:
    """The folded words of a name."""
    return tuple(f for f in (fold_token(w) for w in _name_words(name)) if f)


def name_key(name: str) -> str:
    """The folded key of a whole name ("Kim Jong-un" -> "kim iong un")."""
    return " ".join(folded_words(name))


def surname_key(name: str) -> str:
    """The folded key of the last word of a name."""
    words = folded_words(name)
    return words[-1] if words else ""


def same_word(a: str, b: str) -> bool:
    """Whether two folded name words are the same word spelt two ways."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or (a[0] != b[0] and {a[0], b[0]} != {"s", "z"}):
        return False
    return fuzz.ratio(a, b) >= 85


def same_name(a: str, b: str) -> bool:
    """Whether two person names (full or partial) can be the same person.

    A surname alone matches a full name with that surname; two full names
    must agree on the surname and on the first name (or its initial).
    """
    wa, wb = folded_words(a), folded_words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if 2 <= len(short) < len(long_) and all(
        same_word(x, y) for x, y in zip(short, long_, strict=False)
    ):
        return True  # "Abdul Aziz" and "Abdul Aziz bin Khalifa al-Thani"
    if not same_word(wa[-1], wb[-1]):
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    fa, fb = wa[0], wb[0]
    return (
        same_word(fa, fb)
        or (len(fa) == 1 and fb.startswith(fa))
        or (len(fb) == 1 and fa.startswith(fb))
    )


def is_name_part(part: str, full: str) -> bool:
    """Whether ``part`` is some of the words of the longer name ``full``, in order.

    "Steve" and "Jobs" are parts of "Steve Jobs"; "Luther King" of "Martin
    Luther King"; "Steve Jobs" is not a part of itself.
    """
    wp, wf = folded_words(part), folded_words(full)
    if not wp or len(wp) >= len(wf):
        return False
    i = 0
    for word in wf:
        if i < len(wp) and same_word(wp[i], word):
            i += 1
    return i == len(wp)
