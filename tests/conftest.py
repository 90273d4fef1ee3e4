"""Shared fixtures: paths to the seed, the project fixtures and ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# <repo>/../shared/data; BACKSTORY_SHARED_DATA points elsewhere; from a git worktree
# nested deeper, the nearest ancestor's shared/data.
SHARED_DATA = Path(
    os.environ.get("BACKSTORY_SHARED_DATA")
    or next(
        (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
        ROOT.parent / "shared" / "data",
    )
)
SEED = FIXTURES / "seed" / "000_496289bd27277af9.txt"
SEED_EXPECTED = FIXTURES / "seed" / "000_496289bd27277af9.expected.json"


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or a skip with a message when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_DATA}; skipping data-driven test")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive built (with extraction and linking) from the bundled demo corpus,
    once per session; tests must only read it."""
    from backstory.demo.showcase import build_demo
    from backstory.settings import Settings

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = build_demo(path, settings=Settings(db=str(path)))
    assert summary["ingest"]["failed"] == 0, summary["ingest"]["failures"]
    return path
