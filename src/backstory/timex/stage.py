"""The ``timexes`` pipeline stage: tag the article text against its publication time."""

from __future__ import annotations

from backstory.extraction import Extraction
from backstory.pipeline import Context, FunctionStage
from backstory.timex.tagger import tag_timexes


def find_timexes(extraction: Extraction, context: Context) -> Extraction:
    """The extraction with its ``timexes`` filled (uses the spaCy doc when an earlier stage set one)."""
    article = extraction.article
    doc = context.doc
    if doc is not None and getattr(doc, "text", None) != article.text:
        doc = None  # a parse of some other text cannot give tenses for this one
    extraction.timexes = tag_timexes(article.text, article.published, doc=doc)
    return extraction


timex_stage = FunctionStage("timexes", find_timexes)
