"""Shared fixtures: where the public development data lives, and small inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_backends import postgres_dsn, store_url  # noqa: F401 - store fixtures, both backends

REPO = Path(__file__).resolve().parents[1]
# The public development data: ../shared beside the repo (as in CI), or MARSAD_SHARED.
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "samples" / "000_9453000284ce5da0.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The first real input (read from ../shared, never copied into the repo)."""
    assert SAMPLE.is_file(), f"the sample article is expected at {SAMPLE}"
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")
