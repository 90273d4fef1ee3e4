"""Ranking: which days matter for a timeline, and which reports tell them best.

Days are ranked by what the articles say happened, as date-wise timeline
summarisation does (Gholipour Ghalandari and Ifrim, 2020), not by how many
articles appeared: a day scores by the number of distinct *publication days*
on which some sentence mentions it (a day that is referred back to again
and again matters; one burst of same-day coverage counts once), a mention
looking back counting more than one looking ahead (a forecast may not come
true) or one that names it only as a plan ("was due to start on Monday, but"),
or one on the day itself, plus a small weight for being a publication
day at all; the number of distinct articles breaks ties.
Within a day, developments are ranked by how central their sentence is to
everything said about the day (cosine to the day's centroid), by how many
independent articles report them, and by whether a sentence states the day.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# Weights of one publication day's evidence for a day.
MENTION_AFTER = 1.0  # a sentence published later names the day (looking back)
MENTION_BEFORE = 0.5  # a sentence published earlier names the day (looking ahead)
MENTION_SAME_DAY = 0.6  # a sentence names the day it was published
PUBLISHED_ONLY = 0.3  # articles appeared that day, none of their sentences names it
# Weight of each distinct article's evidence, which breaks ties between days.
PER_ARTICLE = 0.01
# Most similar two picked sentences of one day may be (Jaccard of content words).
REDUNDANT = 0.5

Source = Mapping[str, Any]


def _weight(source: Source) -> float:
    day, published = source["begin"], (source["published"] or "")[:10]
    if not source["explicit"]:
        return PUBLISHED_ONLY
    if published == day:
        return MENTION_SAME_DAY
    if source.get("modality") == "planned":
        return MENTION_BEFORE  # a plan for the day, even told after it, may not have come true
    return MENTION_AFTER if published > day else MENTION_BEFORE


def score_days(sources: Iterable[Source]) -> dict[str, float]:
    """Day -> score, from the publication days and articles that mention or report it."""
    by_day: dict[tuple[str, str], float] = {}
    by_article: dict[tuple[str, str], float] = {}
    for s in sources:
        weight = _weight(s)
        key = (s["begin"], (s["published"] or "")[:10])
        by_day[key] = max(by_day.get(key, 0.0), weight)
        key = (s["begin"], s["article_id"])
        by_article[key] = max(by_article.get(key, 0.0), weight)
    scores: dict[str, float] = defaultdict(float)
    for (day, _), weight in by_day.items():
        scores[day] += weight
    for (day, _), weight in by_article.items():
        scores[day] += PER_ARTICLE * weight
    return dict(scores)


def top_days(scores: Mapping[str, float], n: int | None) -> list[str]:
    """The ``n`` best days (all when ``n`` is None), best first; ties to the earlier day."""
    ranked = sorted(scores, key=lambda d: (-scores[d], d))
    return ranked if n is None else ranked[:n]


class Vectoriser:
    """TF-IDF vectors of sentences over the sentences under consideration."""

    def __init__(self, documents: Iterable[Sequence[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for words in documents:
            df.update(set(words))
            n += 1
        self.idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}

    def vector(self, words: Sequence[str]) -> dict[str, float]:
        tf = Counter(words)
        vec = {w: c * self.idf.get(w, 1.0) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two sparse unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def centroid(vectors: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """The normalised sum of the vectors."""
    total: dict[str, float] = defaultdict(float)
    for vec in vectors:
        for w, v in vec.items():
            total[w] += v
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {w: v / norm for w, v in total.items()}


def pick(
    candidates: Sequence[tuple[Any, Sequence[str], float]],
    vectoriser: Vectoriser,
    k: int,
) -> list[Any]:
    """The ``k`` most central, non-redundant candidates ``(item, words, weight)``."""
    vectors = [vectoriser.vector(words) for _, words, _ in candidates]
    middle = centroid(vectors)
    scored = sorted(
        range(len(candidates)),
        key=lambda i: (-(cosine(vectors[i], middle) * candidates[i][2]), i),
    )
    chosen: list[int] = []
    for i in scored:
        words = set(candidates[i][1])
        if any(_jaccard(words, set(candidates[j][1])) > REDUNDANT for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == k:
            break
    return [candidates[i][0] for i in chosen]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
