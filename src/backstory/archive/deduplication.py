"""Duplicate detection: content hashes, MinHash signatures, LSH band keys.

Two texts are the *same article* when their normalised text
(``normalise_for_identity``: NFKC, casefolded, whitespace folded) is equal:
the SHA-256 of it is the content hash, unique in the archive.

Two texts are *near-duplicates* (a syndicated copy) when either

* their MinHash Jaccard estimate over word 3-shingles is at least the
  threshold (``Settings.near_duplicate_threshold``, 0.9 by default), or
* they are the same text up to boilerplate: one contiguous run of words is
  common to both and makes up at least the threshold of each (a copy with
  another header, footer, credit line or whitespace).

Candidates are found through LSH: the 128-value signature is cut into
``BANDS`` bands of ``ROWS`` values; each band hashes to a 63-bit key stored
in the archive with an index, so the lookup is one indexed query and works
across processes. The bands are tuned for a Jaccard of about 0.6 (datasketch's
optimal parameters for 0.6) so that copies well below the final threshold are
still *found* and then judged by the two tests above.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

import numpy as np
from datasketch import MinHash

from backstory.article import normalise_for_identity

NUM_PERM = 128
BANDS = 18
ROWS = 7
SHINGLE = 3
# Candidates whose MinHash estimate is below this are not worth a text comparison.
BODY_CHECK_FLOOR = 0.5

_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of the normalised text."""
    return hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()


def words_of(text: str) -> list[str]:
    """The normalised words of a text (punctuation and whitespace dropped)."""
    return _WORD.findall(normalise_for_identity(text))


def shingles_of(words: Sequence[str]) -> set[bytes]:
    """Word 3-shingles (or the words themselves for texts shorter than that)."""
    if len(words) < SHINGLE:
        return {w.encode("utf-8") for w in words} or {b""}
    return {
        " ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)
    }


_EMPTY = MinHash(
    num_perm=NUM_PERM, seed=1
)  # copied: making the permutations costs as much as hashing


def signature_of(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of the text's shingles."""
    minhash = _EMPTY.copy()
    minhash.update_batch(shingles_of(words_of(text)))
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def signature_bytes(signature: np.ndarray) -> bytes:
    """The signature as stored (little-endian uint32)."""
    return signature.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 63-bit key per LSH band (band number included in the hash)."""
    keys = []
    raw = signature.astype("<u4")
    for band in range(BANDS):
        chunk = raw[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)  # fits a signed BIGINT
    return keys


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The MinHash estimate of the Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def body_similarity(a: str, b: str) -> float:
    """The share of each text covered by their longest common run of words (the smaller one).

    1.0 for texts equal up to whitespace and punctuation; about 0.95 for a
    syndicated copy whose body is the same and whose footer differs.
    """
    words_a, words_b = words_of(a), words_of(b)
    if not words_a or not words_b:
        return 0.0
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    match = matcher.find_longest_match(0, len(words_a), 0, len(words_b))
    return min(match.size / len(words_a), match.size / len(words_b))
