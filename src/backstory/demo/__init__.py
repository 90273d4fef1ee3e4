"""The bundled demo corpus: openly licensed real news, plus the seed article.

``corpus/wikinews-apple.jsonl`` holds 30 English Wikinews articles about
Apple (2005-2011, CC BY 2.5, "Wikinews contributors"; titles and urls in
``demo/ATTRIBUTION.md``, outside the folder so ingesting it reads only articles), detokenised from the SemEval-2015 Task 4 trial
data by ``scripts/build_demo_corpus.py``; ``corpus/000_496289bd27277af9.txt``
is the seed article as scraped. ``backstory ingest`` reads the folder as it is.
"""

from __future__ import annotations

from pathlib import Path

_CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_path() -> Path:
    """The folder of the bundled demo corpus (ready for ``iter_articles``)."""
    return _CORPUS
