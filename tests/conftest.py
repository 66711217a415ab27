"""Shared fixtures: the seed articles, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from conflictkg.extract import extract
from conflictkg.pipeline import build
from conflictkg.read import read_paths

# Property tests check what is true of any input, not how fast: a first example that loads the
# language model on a busy machine must not fail them (speed is the benchmarks' business)
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_facts():
    """Extraction output per seed article, keyed by article id."""
    return {a.id: extract(a) for a in read_paths([SEEDS])}


@pytest.fixture(scope="session")
def seed_build():
    return build([SEEDS])


@pytest.fixture(scope="session")
def seed_kb(seed_build):
    return seed_build.kb
