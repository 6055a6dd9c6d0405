"""The toponym test set: resolution accuracy held at floors that only rise."""

from __future__ import annotations

import json
from pathlib import Path

from shared_data import REPO, SHARED

from marsad.geocode.distance import km
from marsad.geocode.evaluate import load_annotations, score

SET = REPO / "devset" / "toponyms"


def test_annotations_name_articles_and_spans_only() -> None:
    rows = load_annotations(SET / "toponyms.jsonl")
    assert len(rows) >= 200
    for row in rows:
        assert set(row) == {"dataset", "article_id", "span", "expected"}
        start, end = row["span"]
        assert 0 <= start < end
        assert {"place_id", "admin1", "country", "geo_precision"} <= set(row["expected"])


def test_scores_hold_the_floors() -> None:
    floors = json.loads((SET / "floors.json").read_text(encoding="utf-8"))
    assert floors["admin1"] >= 0.9
    got = score(load_annotations(SET / "toponyms.jsonl"), Path(SHARED) / "data")
    print("\n" + got.table())
    for name, floor in floors.items():
        assert getattr(got, name) >= floor, f"{name} {getattr(got, name):.3f} < floor {floor}"


def test_distance() -> None:
    # Deir ez-Zor city to al-Mayadin is about 42 km.
    assert 35 < km(35.336, 40.141, 35.021, 40.452) < 50
