"""Where the public development data lives: ../shared beside the repo (as in CI), or $MARSAD_SHARED.

Tests read it at run time; nothing from it is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"
SAMPLES = SHARED / "samples"
SAMPLE = SAMPLES / "000_9453000284ce5da0.txt"
SAMPLE_GOLD = SAMPLES / "000_9453000284ce5da0.gold.json"
