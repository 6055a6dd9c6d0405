"""Generalisation gate: marsad on the blind held-out set must stay at or above its floors."""

from __future__ import annotations

import json
from pathlib import Path

from shared_data import DATA, REPO
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate import evaluate, gold_files

HELDOUT = REPO / "heldout"
DEVSET = REPO / "devset"
FLOORS = json.loads((HELDOUT / "floors.json").read_text(encoding="utf-8"))
DATASETS = ("saudinewsnet_conflict", "ant_corpus_conflict")


def _ids(root: Path) -> set[tuple[str, str]]:
    out = set()
    for path in gold_files([root]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.add((gold["dataset"], gold["article_id"]))
    return out


def test_heldout_is_large_enough_and_covers_both_datasets() -> None:
    files = gold_files([HELDOUT])
    assert len(files) >= 16
    for name in DATASETS:
        assert len([f for f in files if f.parent.name == name]) >= 8, name


def test_heldout_shares_no_article_with_the_devset() -> None:
    held, dev = _ids(HELDOUT), _ids(DEVSET)
    assert held and dev
    assert not held & dev


def test_heldout_copies_no_article_text() -> None:
    for path in gold_files([HELDOUT]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert "article" not in gold and "text" not in gold, path
        assert gold["dataset"] in DATASETS and (DATA / gold["dataset"]).is_dir(), path
        for event in gold["events"]:
            assert "evidence" not in event, path
            assert "evidence_span" in event, path
            assert not any("\u0600" <= ch <= "\u06ff" for ch in event["what"]), path


def test_scores_stay_above_the_floors() -> None:
    scores = evaluate([HELDOUT]).scores
    assert scores.documents >= 16
    assert scores.invented_dates <= FLOORS["max_invented_dates"]
    assert scores.bad_spans <= FLOORS["max_bad_spans"]
    assert scores.levels["subtype"].f1 >= FLOORS["subtype_f1"]


def test_cli_applies_the_heldout_floors() -> None:
    args = ["eval", str(HELDOUT), "--json",
            "--min-subtype-f1", str(FLOORS["subtype_f1"]),
            "--max-invented-dates", str(FLOORS["max_invented_dates"]),
            "--max-bad-spans", str(FLOORS["max_bad_spans"])]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] >= 16
