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

    def __call__(self, article: Article) -> Extraction:
        extraction = Extraction(article=article)
        context = Context(settings=self.settings)
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

    def pipe(self, articles: Iterable[Article]) -> Iterable[Extraction]:
        for article in articles:
            yield self(article)


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The default extraction pipeline.

    Stages are added here as they are built (timexes, linguistic analysis,
    entities, quantities, attribution, events).
    """
    from backstory.timex.stage import timex_stage

    settings = settings or Settings()
    stages: list[Stage] = [timex_stage]
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
