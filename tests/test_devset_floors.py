"""Quality gate: marsad on the development set (and the sample) must stay at or above the floors."""

from __future__ import annotations

import json

from gold_floors import assert_meets, floor_args, floors, golds_copying_no_text
from shared_data import REPO, SAMPLE_GOLD
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate import evaluate, gold_files

DEVSET = REPO / "devset"
FLOORS = floors(DEVSET)


def test_devset_is_large_enough_and_covers_both_datasets() -> None:
    files = gold_files([DEVSET])
    by_dataset = {
        name: [f for f in files if f.parent.name == name]
        for name in ("saudinewsnet_conflict", "ant_corpus_conflict")
    }
    assert len(files) >= 77
    assert all(len(v) >= 38 for v in by_dataset.values())


def test_devset_copies_no_article_text() -> None:
    assert len(golds_copying_no_text(DEVSET)) >= 77


def test_scores_stay_above_the_floors() -> None:
    scores = evaluate([DEVSET, SAMPLE_GOLD]).scores
    assert scores.documents >= 78
    assert_meets(scores, FLOORS)


def test_cli_applies_the_floors() -> None:
    args = ["eval", str(DEVSET), str(SAMPLE_GOLD), "--json", *floor_args(FLOORS)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] >= 78
    impossible = CliRunner().invoke(app, [*args[:4], "--min-subtype-f1", "1.01"])
    assert impossible.exit_code == 1


def test_cli_applies_the_accuracy_floors() -> None:
    base = ["eval", str(DEVSET), str(SAMPLE_GOLD), "--json"]
    for option in ("--min-core-recall", "--min-date-accuracy", "--min-fatalities-accuracy"):
        assert CliRunner().invoke(app, [*base, option, "0"]).exit_code == 0, option
        assert CliRunner().invoke(app, [*base, option, "1.01"]).exit_code == 1, option
