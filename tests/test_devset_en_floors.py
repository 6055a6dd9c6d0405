"""Quality gate for English: marsad on the English development set (devset_en/, FA-KES articles
coded blind) must stay at or above its floors."""

from __future__ import annotations

import json

from gold_floors import (
    assert_meets,
    floor_args,
    floors,
    golds_copying_no_text,
    golds_in_own_words,
)
from shared_data import DATA, REPO
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate import evaluate, gold_files

DEVSET_EN = REPO / "devset_en"
FLOORS = floors(DEVSET_EN)


def test_devset_en_is_large_enough_spread_and_has_no_event_articles() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_files([DEVSET_EN])]
    assert len(golds) >= 15
    assert len({g["source"] for g in golds}) >= 10
    assert sum(not any(e["core"] for e in g["events"]) for g in golds) >= 2
    assert all(g["dataset"] == "fakes" and g["published"] for g in golds)


def test_devset_en_copies_no_article_text() -> None:
    for path, gold in golds_copying_no_text(DEVSET_EN):
        assert all("evidence_span" in event for event in gold["events"]), path
    assert len(golds_in_own_words(DEVSET_EN, DATA)) >= 15


def test_scores_stay_above_the_floors() -> None:
    scores = evaluate([DEVSET_EN], data_dir=DATA).scores
    assert scores.documents >= 15
    assert_meets(scores, FLOORS)


def test_cli_applies_the_floors() -> None:
    args = ["eval", str(DEVSET_EN), "--data-dir", str(DATA), "--json", *floor_args(FLOORS)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] >= 15
