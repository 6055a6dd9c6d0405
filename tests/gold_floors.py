"""What the dev set and the held-out set gates share: their floors, the score check, the CLI
arguments that apply the floors, and the check that gold files copy no article text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.evaluate import gold_files


def floors(root: Path) -> dict[str, Any]:
    return dict(json.loads((root / "floors.json").read_text(encoding="utf-8")))


def assert_meets(scores: Any, limits: dict[str, Any]) -> None:
    """``marsad.evaluate`` scores at or above ``limits`` (a floors.json)."""
    assert scores.invented_dates <= limits["max_invented_dates"]
    assert scores.bad_spans <= limits["max_bad_spans"]
    assert scores.levels["subtype"].f1 >= limits["subtype_f1"]


def floor_args(limits: dict[str, Any]) -> list[str]:
    """``marsad eval`` options applying ``limits``."""
    return ["--min-subtype-f1", str(limits["subtype_f1"]),
            "--max-invented-dates", str(limits["max_invented_dates"]),
            "--max-bad-spans", str(limits["max_bad_spans"])]


def golds_copying_no_text(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every gold file under ``root`` with its content, after checking it names its article
    instead of copying it: no article text, no quoted evidence, English summaries."""
    out = []
    for path in gold_files([root]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert "article" not in gold and "text" not in gold, path
        for event in gold["events"]:
            assert "evidence" not in event, path
            assert not any("\u0600" <= ch <= "\u06ff" for ch in event["what"]), path
        out.append((path, gold))
    return out
