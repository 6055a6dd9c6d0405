"""What the dev set and the held-out set gates share: their floors, the score check, the CLI
arguments that apply the floors, and the check that gold files copy no article text."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from marsad.evaluate import DatasetIndex, gold_files, load_gold

# Optional floors (a floors.json may set them), named as the Scores properties they bound.
_ACCURACIES = ("core_recall", "date_accuracy", "fatalities_accuracy")


def floors(root: Path) -> dict[str, Any]:
    return dict(json.loads((root / "floors.json").read_text(encoding="utf-8")))


def assert_meets(scores: Any, limits: dict[str, Any]) -> None:
    """``marsad.evaluate`` scores at or above ``limits`` (a floors.json)."""
    assert scores.invented_dates <= limits["max_invented_dates"]
    assert scores.bad_spans <= limits["max_bad_spans"]
    assert scores.levels["subtype"].f1 >= limits["subtype_f1"]
    for name in _ACCURACIES:
        if name in limits:
            assert getattr(scores, name) >= limits[name], name


def floor_args(limits: dict[str, Any]) -> list[str]:
    """``marsad eval`` options applying ``limits``."""
    args = ["--min-subtype-f1", str(limits["subtype_f1"]),
            "--max-invented-dates", str(limits["max_invented_dates"]),
            "--max-bad-spans", str(limits["max_bad_spans"])]
    for name in _ACCURACIES:
        if name in limits:
            args += ["--min-" + name.replace("_", "-"), str(limits[name])]
    return args


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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def golds_in_own_words(root: Path, data: Path, run: int = 7) -> list[Path]:
    """Every gold file under ``root``, after checking that its English summaries and notes share
    no run of ``run`` words with the article (names and facts may be carried over, sentences not):
    the check for sets in English, where an Arabic-letter test cannot catch a copied sentence."""
    index = DatasetIndex(data)
    out = []
    for path in gold_files([root]):
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = _words(load_gold(path, index).text)
        runs = {tuple(article[i : i + run]) for i in range(len(article) - run + 1)}
        for note in [raw.get("notes", "")] + [e["what"] for e in raw["events"]]:
            words = _words(note)
            copied = [words[i : i + run] for i in range(len(words) - run + 1)
                      if tuple(words[i : i + run]) in runs]
            assert not copied, (path, copied[0])
        out.append(path)
    return out
