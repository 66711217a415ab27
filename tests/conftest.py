"""Shared fixtures: the seed articles, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.extract import extract
from conflictkg.pipeline import build
from conflictkg.read import read_paths

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
