"""Helpers for tests of extraction on wire copy written for them: run the real pipeline
on a text, find the entity over a phrase, the events of a trigger."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from backstory.article import Article
from backstory.extraction import Event, Extraction
from backstory.pipeline import extract


def extracted(text: str, published: datetime) -> Extraction:
    """The extraction of ``text`` published at ``published``, which must raise no error."""
    extraction = extract(Article(text=text, published=published))
    assert not extraction.errors, extraction.errors
    return extraction


def entity_covering(extraction: Extraction, phrase: str) -> Any:
    """The one entity with a mention overlapping the first ``phrase`` of the text."""
    text = extraction.article.text
    start = text.index(phrase)
    end = start + len(phrase)
    found = [
        e for e in extraction.entities if any(m.start < end and start < m.end for m in e.mentions)
    ]
    assert len(found) <= 1, [(e.name, e.type) for e in found]
    return found[0] if found else None


def events_with(extraction: Extraction, trigger: str) -> list[Event]:
    """The events whose trigger is ``trigger``."""
    return [e for e in extraction.events if e.trigger == trigger]
