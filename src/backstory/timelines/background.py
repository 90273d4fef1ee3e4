"""Background: the dated list of earlier developments an article needs.

Built only from what the archive knew before the article was published:
reports from articles published earlier, ranked by how close their
sentences are to what the article is about (its title, lead and names),
one line per earlier article's most relevant report (reports of one
happening in several articles make one line with all of them as sources),
ordered by when the developments happened. A line takes the next sentence
of its source too when that sentence only continues it ("They will be ready
..."), as editors do.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import timedelta
from typing import Any

from backstory.article import Article
from backstory.errors import InputError
from backstory.extraction import AHEAD_MODALITIES, Extraction
from backstory.linking import prepare
from backstory.linking.attributions import is_unattributed_quote
from backstory.linking.reports import sentence_spans
from backstory.linking.words import content_words, name_key
from backstory.timelines import ranking
from backstory.timelines.timeline import (
    ANAPHOR,
    UNATTRIBUTED_QUOTE,
    Timeline,
    describe_articles,
    load_developments,
    load_sources,
    load_texts,
    make_item,
    merge_listed_days,
)

DEFAULT_ITEMS = 10
# How far back a Background reaches.
LOOKBACK_DAYS = 365
# Least cosine between a report and the article's profile to be relevant.
MIN_RELEVANCE = 0.08
# Least number of distinct words a report shares with the article's profile, unless
# it names one of the article's entities.
MIN_SHARED = 2
# Reports an earlier article may add after its most relevant one, each worth
# LATER_REPORT times the one before it.
MORE_PER_ARTICLE = 3
LATER_REPORT = 0.6
# Weight of a report of a plan or forecast dated after its own article's publication:
# the Background tells what was said then ("On 14 March, Zelenskyy said the delegation
# would meet US officials on 18 March"), not the plan as if it had happened.
AHEAD = 0.7
# Sentences of the article that make its profile (after the title).
_LEAD_SENTENCES = 6


def profile_words(article: Article, extraction: Extraction | None) -> list[str]:
    """What the article is about: its title (twice), lead sentences and entity names."""
    words = content_words(article.title or "") * 2
    spans = sentence_spans(extraction) if extraction else None
    if spans is None:
        from backstory.linking.words import split_sentences

        spans = split_sentences(article.text)
    for start, end in spans[:_LEAD_SENTENCES]:
        words += content_words(article.text[start:end])
    if extraction:
        for entity in extraction.entities:
            words += content_words(entity.name) * min(len(entity.mentions), 3)
    return words


def _names_shared(row_entities: str, names: set[str], profile: set[str]) -> bool:
    """True when a report names one of the article's entities, or an entity all of whose
    words the article's profile holds ("Pokrovsk" where the article's parse missed it)."""
    for name in filter(None, row_entities.split("|")):
        words = set(content_words(name))
        if name_key(name) in names or (words and words <= profile):
            return True
    return False


def _ahead_of_its_report(row: dict[str, Any]) -> bool:
    """True when a report is of a plan or forecast for a day after its article came out."""
    return row["modality"] in AHEAD_MODALITIES and row["begin"] > row["published"][:10]


def _per_article(scored: list[tuple[float, dict[str, Any]]]) -> list[tuple[float, dict[str, Any]]]:
    """An earlier article's reports that may make lines: its most relevant one, then up to
    ``MORE_PER_ARTICLE`` more, each from a sentence of its own that names its day, worth
    less than the one before (an article is one voice; a story told in one earlier
    article still has its dated steps: "the fire started on 17 August ... two
    firefighters died on 18 August")."""
    ranked = sorted(scored, key=lambda sr: (-sr[0], sr[1]["position"]))
    kept = ranked[:1]
    for score, r in ranked[1:]:
        if len(kept) > MORE_PER_ARTICLE:
            break
        if r["explicit"] and all(
            r["development_id"] != k["development_id"]
            and r["position"] != k["position"]
            # (a sentence that only continues a kept one goes along with its line)
            and not (r["position"] == k["position"] + 1 and ANAPHOR.match(r["sentence"]))
            for _, k in kept
        ):
            kept.append((score * LATER_REPORT ** len(kept), r))
    return kept


def build_background(
    archive: Any,
    article: Article,
    extraction: Extraction | None = None,
    *,
    max_items: int = DEFAULT_ITEMS,
) -> Timeline:
    """The Background of ``article`` from the archive's earlier reports."""
    if article.published is None:
        raise InputError(
            "the article has no publication date; give one (--published) so the "
            "Background can use only what was known before it",
            source=article.origin or article.id,
        )
    engine = prepare(archive)
    published = article.published.isoformat()
    since = (article.published - timedelta(days=LOOKBACK_DAYS)).date().isoformat()
    query = {"background_of": article.id, "published": published, "max_items": max_items}
    with engine.connect() as conn:
        rows = [
            r
            for r in load_sources(
                conn, about=None, since=since, until=None, published_before=published
            )
            if r["article_id"] != article.id
        ]
        if not rows:
            return Timeline(query=query)
        vectoriser = ranking.Vectoriser(r["words"].split() for r in rows)
        profile_list = profile_words(article, extraction)
        profile = vectoriser.vector(profile_list)
        profile_set = set(profile_list)
        names = {name_key(e.name) for e in extraction.entities} if extraction else set()
        by_position = {(r["article_id"], r["position"]): r for r in rows}
        found: dict[str, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
        for r in rows:
            words = r["words"].split()
            relevance = ranking.cosine(vectoriser.vector(words), profile)
            if relevance < MIN_RELEVANCE:
                continue
            if len(profile_set.intersection(words)) < MIN_SHARED and not _names_shared(
                r["entities"], names, profile_set
            ):
                continue  # one shared word ("ministry", "cut") and no shared name: unrelated
            score = relevance / (1.0 + 0.15 * r["position"]) * (1.0 if r["explicit"] else 0.8)
            if is_unattributed_quote(r.get("attribution")):
                score *= UNATTRIBUTED_QUOTE
            if _ahead_of_its_report(r):
                score *= AHEAD
            found[r["article_id"]].append((score, r))
        lines: dict[int, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
        for scored in found.values():
            for score, r in _per_article(scored):
                lines[r["development_id"]].append((score, r))
        ranked = sorted(
            lines.items(),
            key=lambda kv: (
                -max(s for s, _ in kv[1]) * (1.0 + math.log(len(kv[1]))),
                kv[0],
            ),
        )[:max_items]
        dev_sources: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            if r["development_id"] in dict(ranked):
                dev_sources[r["development_id"]].append(r)
        developments = load_developments(conn, set(dev_sources))
        articles = describe_articles(
            conn, {r["article_id"] for r in rows if r["development_id"] in dev_sources}
        )
        texts = load_texts(conn, {sr[1]["article_id"] for _, scored in ranked for sr in scored})
    items = []
    for development_id, scored in ranked:
        lead = max(scored, key=lambda sr: (sr[0], sr[1]["article_id"]))[1]
        following = by_position.get((lead["article_id"], lead["position"] + 1))
        continuation = following if following and ANAPHOR.match(following["sentence"]) else None
        if continuation:
            articles.setdefault(
                continuation["article_id"], articles.get(lead["article_id"], (None, None))
            )
        sources = [s for s in dev_sources[development_id] if s["begin"] == lead["begin"]] or [lead]
        items.append(
            make_item(
                development_id,
                lead["begin"],
                sources,
                developments.get(development_id),
                lead,
                articles,
                with_year=lead["begin"][:4] != published[:4],
                continuation=continuation,
                texts=texts,
                reference=published,
            )
        )
    items.sort(key=lambda i: (i.begin, i.sources[0].published or "", i.sources[0].start))
    return Timeline(query=query, items=merge_listed_days(items))
