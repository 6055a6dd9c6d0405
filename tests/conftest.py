"""Shared fixtures: where the public development data lives, and small inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_data import SAMPLE
from store_backends import postgres_dsn, store_url  # noqa: F401 - store fixtures, both backends


@pytest.fixture(scope="session")
def sample_path() -> Path:
    """The first real input (read from ../shared, never copied into the repo)."""
    assert SAMPLE.is_file(), f"the sample article is expected at {SAMPLE}"
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")
