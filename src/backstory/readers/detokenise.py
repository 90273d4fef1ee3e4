"""Undo Penn-Treebank-style tokenisation so tokenised corpora read naturally.

Some corpora store text as space-separated tokens (``Haiti , the capital
-LRB- Port-au-Prince -RRB- .``, ``did n't``, ````quoted''``). Readers call
``detokenise`` on such text (the T17 CSVs are detected automatically, see
``looks_tokenised``) so that downstream stages see ``Haiti, the capital
(Port-au-Prince).``. Offsets of extracted items point into the stored
(detokenised) text, so nothing downstream needs the original tokens.

It is deliberately light: line breaks are kept, and only spacing around
punctuation, brackets, clitics, straight or PTB quotes, and single ``-``
or ``/`` tokens between words (``Wal - Mart``) is changed.
"""

from __future__ import annotations

import re

_BRACKETS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"',
}  # fmt: skip
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'S",
                    "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D",
                    "'M", "'"}  # fmt: skip
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
_TOKEN = re.compile(r"\S+")
_TOKENISED_MARKS = re.compile(r" [,.;:] | -[LR][RSC]B- | n't |`` | '' ")


def looks_tokenised(text: str) -> bool:
    """True when ``text`` reads as space-separated tokens (`` , `` and ``-LRB-`` everywhere)."""
    sample = text[:20000]
    marks = len(_TOKENISED_MARKS.findall(sample))
    glued = len(re.findall(r"\w[,;:] ", sample))
    return marks >= 3 and marks > 2 * glued


def detokenise(text: str) -> str:
    """``text`` with token spacing undone, line by line."""
    return "\n".join(_detokenise_line(line) for line in text.split("\n"))


_SPLIT_JOINER = re.compile(r"(?<=\w) ([-/]) (?=\w)")


def _detokenise_line(line: str) -> str:
    # Tokenisers split "Wal-Mart" and "audio/video"; a dash as punctuation is "--".
    line = _SPLIT_JOINER.sub(r"\1", line)
    tokens = [_BRACKETS.get(t, t) for t in _TOKEN.findall(line)]
    out: list[str] = []
    glue_next = False
    open_quote = False
    for token in tokens:
        if token == "`":  # an opening single quote: glued to what follows
            out.append("'")
            glue_next = True
            continue
        if token == '"':
            # Straight quotes alternate: an opening one glues to what follows,
            # a closing one to what precedes.
            if open_quote:
                if out:
                    out[-1] += token
                else:
                    out.append(token)
                open_quote = False
                glue_next = False
            else:
                out.append(token)
                open_quote = True
                glue_next = True
            continue
        if out and (glue_next or token in _NO_SPACE_BEFORE):
            out[-1] += token
        else:
            out.append(token)
        glue_next = token in _NO_SPACE_AFTER
    return " ".join(out)
