"""Linking across articles: entities, developments, stories and claims.

``link_extraction(archive, extraction)`` is called by ingest after an
article's extraction is stored. It must be incremental: it reads what the
archive already holds and adds to it, never recomputing the whole archive.
(Filled in by the timelines work; until then it does nothing.)
"""

from __future__ import annotations

from typing import Any

from backstory.extraction import Extraction


def link_extraction(archive: Any, extraction: Extraction) -> None:
    """Fold one stored extraction into the cross-article structures."""
    del archive, extraction
