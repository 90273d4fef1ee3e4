"""The extraction pipeline: one article flows through named stages.

A stage is a callable ``(Extraction, Context) -> Extraction`` with a
``name`` and the names of the stages it ``requires``. ``Pipeline`` runs them
in order, like spaCy's ``Language.__call__``, with one error handler around
each call so that one bad article does not kill a batch: a stage that
fails is recorded in ``Extraction.errors`` and the later stages that
required it are skipped.

Extraction is a pure function of (article text, publication time,
settings): that is what lets a Dask cluster run it and what makes it
testable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from backstory.article import Article
from backstory.extraction import Extraction
from backstory.settings import Settings


@dataclass
class Context:
    """Per-article working state shared by the stages (not part of the output).

    ``doc`` holds the spaCy ``Doc`` once the linguistic stage has run;
    ``data`` is a scratch space keyed by stage name.
    """

    settings: Settings
    doc: Any = None
    data: dict[str, Any] = field(default_factory=dict)


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]

    def __call__(self, extraction: Extraction, context: Context) -> Extraction: ...


@dataclass
class FunctionStage:
    """A stage made from a plain function."""

    name: str
    function: Callable[[Extraction, Context], Extraction]
    requires: tuple[str, ...] = ()

    def __call__(self, extraction: Extraction, context: Context) -> Extraction:
        return self.function(extraction, context)


class Pipeline:
    """An ordered list of stages, run on one article at a time."""

    def __init__(self, stages: Sequence[Stage], settings: Settings | None = None) -> None:
        names = [s.name for s in stages]
        for i, stage in enumerate(stages):
            missing = [r for r in stage.requires if r not in names[:i]]
            if missing:
                raise ValueError(f"stage {stage.name!r} requires {missing} to run before it")
        self.stages = list(stages)
        self.settings = settings or Settings()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article, *, doc: Any = None) -> Extraction:
        """Run every stage on one article (``doc``: its spaCy Doc, if already parsed)."""
        extraction = Extraction(article=article)
        context = Context(settings=self.settings, doc=doc)
        failed: set[str] = set()
        for stage in self.stages:
            if failed.intersection(stage.requires):
                failed.add(stage.name)
                continue
            try:
                extraction = stage(extraction, context)
            except Exception as exc:  # one bad article must not kill a batch
                failed.add(stage.name)
                extraction.errors.append(f"{stage.name}: {type(exc).__name__}: {exc}")
        return extraction

    def pipe(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterable[Extraction]:
        """Extractions of many articles; the spaCy pass runs in batches (faster)."""
        if not self.stages or self.stages[0].name != "linguistic":
            for article in articles:
                yield self(article)
            return
        from backstory.linguistic import parse_many
        from backstory.nlp import load_nlp

        nlp = load_nlp(self.settings.model)
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._batch(nlp, batch, parse_many)
                batch = []
        if batch:
            yield from self._batch(nlp, batch, parse_many)

    def _batch(self, nlp: Any, batch: list[Article], parse_many: Any) -> Iterable[Extraction]:
        try:
            docs = list(parse_many(nlp, [a.text for a in batch], batch_size=len(batch)))
        except Exception:  # parse one by one so that the error lands on its article
            docs = [None] * len(batch)
        for article, doc in zip(batch, docs, strict=True):
            yield self(article, doc=doc)


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The default extraction pipeline.

    "linguistic" (one spaCy pass) comes first so that every later stage,
    the temporal tagger included, reads its Doc; then timexes, entities,
    quantities, attribution and events.
    """
    from backstory.attribution import attribute
    from backstory.entities import resolve_entities
    from backstory.events import extract_events
    from backstory.linguistic import analyse
    from backstory.quantities import find_quantities
    from backstory.timex.stage import timex_stage

    settings = settings or Settings()
    stages: list[Stage] = [
        FunctionStage("linguistic", analyse),
        timex_stage,
        FunctionStage("entities", resolve_entities, requires=("linguistic",)),
        FunctionStage("quantities", find_quantities, requires=("linguistic",)),
        FunctionStage("attribution", attribute, requires=("entities",)),
        FunctionStage("events", extract_events, requires=("entities", "attribution")),
    ]
    return Pipeline(stages, settings)


_DEFAULT: dict[Settings, Pipeline] = {}


def extract(
    article: Article | str,
    *,
    published: datetime | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract timexes, entities, quantities and events from one article.

    A plain string is taken as the article text, published at ``published``.
    """
    if isinstance(article, str):
        article = Article(text=article, published=published)
    elif published is not None and article.published is None:
        article = Article(**{**article.__dict__, "published": published})
    settings = settings or Settings()
    pipeline = _DEFAULT.get(settings)
    if pipeline is None:
        pipeline = _DEFAULT[settings] = build_pipeline(settings)
    return pipeline(article)
