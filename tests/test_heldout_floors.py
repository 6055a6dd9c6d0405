"""Generalisation gate: marsad on the blind held-out set must stay at or above its floors."""

from __future__ import annotations

import json
from pathlib import Path

from gold_floors import assert_meets, floor_args, floors, golds_copying_no_text
from shared_data import DATA, REPO
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate import evaluate, gold_files

HELDOUT = REPO / "heldout"
DEVSET = REPO / "devset"
FLOORS = floors(HELDOUT)
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
    for path, gold in golds_copying_no_text(HELDOUT):
        assert gold["dataset"] in DATASETS and (DATA / gold["dataset"]).is_dir(), path
        assert all("evidence_span" in event for event in gold["events"]), path


def test_scores_stay_above_the_floors() -> None:
    scores = evaluate([HELDOUT]).scores
    assert scores.documents >= 16
    assert_meets(scores, FLOORS)


def test_cli_applies_the_heldout_floors() -> None:
    args = ["eval", str(HELDOUT), "--json", *floor_args(FLOORS)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] >= 16
