"""Quality gate: marsad on the development set (and the sample) must stay at or above the floors."""

from __future__ import annotations

import json

from shared_data import REPO, SAMPLE_GOLD
from typer.testing import CliRunner

from marsad.cli import app
from marsad.evaluate import evaluate, gold_files

DEVSET = REPO / "devset"
FLOORS = json.loads((DEVSET / "floors.json").read_text(encoding="utf-8"))


def test_devset_is_large_enough_and_covers_both_datasets() -> None:
    files = gold_files([DEVSET])
    by_dataset = {
        name: [f for f in files if f.parent.name == name]
        for name in ("saudinewsnet_conflict", "ant_corpus_conflict")
    }
    assert len(files) >= 40
    assert all(len(v) >= 15 for v in by_dataset.values())


def test_devset_copies_no_article_text() -> None:
    for path in gold_files([DEVSET]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert "article" not in gold and "text" not in gold, path
        for event in gold["events"]:
            assert "evidence" not in event, path
            assert not any("\u0600" <= ch <= "\u06ff" for ch in event["what"]), path


def test_scores_stay_above_the_floors() -> None:
    scores = evaluate([DEVSET, SAMPLE_GOLD]).scores
    assert scores.documents >= 41
    assert scores.invented_dates <= FLOORS["max_invented_dates"]
    assert scores.bad_spans <= FLOORS["max_bad_spans"]
    assert scores.levels["subtype"].f1 >= FLOORS["subtype_f1"]


def test_cli_applies_the_floors() -> None:
    args = ["eval", str(DEVSET), str(SAMPLE_GOLD), "--json",
            "--min-subtype-f1", str(FLOORS["subtype_f1"]),
            "--max-invented-dates", str(FLOORS["max_invented_dates"]),
            "--max-bad-spans", str(FLOORS["max_bad_spans"])]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] >= 41
    impossible = CliRunner().invoke(app, [*args[:4], "--min-subtype-f1", "1.01"])
    assert impossible.exit_code == 1
