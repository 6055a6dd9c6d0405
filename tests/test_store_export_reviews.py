"""Exports carry the analysts' review decisions beside the machine's values, on both backends."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
from test_store_export import _fill
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import export as ex
from marsad.store import open_store
from marsad.store.reviews import corrections, review_state


def _review(url: str) -> tuple[str, str]:
    """Correct one event's sub-type, then accept it; reject another; the two document ids."""
    store = open_store(url)
    first, second = sorted({e["document_id"] for e in store.iter_events()})[:2]
    store.add_review(first, "e1", "sub_event_type", "correct", "Attack", "amal")
    store.add_review(first, "e1", "location", "accept", None, "amal")
    store.add_review(second, "e1", "event_type", "reject", None, "omar", "not an event")
    store.close()
    return first, second


def test_review_state_follows_the_latest_decision_per_field() -> None:
    def d(field: str, action: str, value: object = None) -> dict[str, object]:
        return {"field": field, "action": action, "value": value}

    assert review_state([]) == "unreviewed"
    assert review_state([d("location", "accept")]) == "accepted"
    assert review_state([d("location", "correct", "x"), d("actor1", "accept")]) == "corrected"
    # A later accept on the same field replaces the correction; a reject anywhere wins.
    assert review_state([d("location", "correct", "x"), d("location", "accept")]) == "accepted"
    assert review_state([d("location", "correct", "x"), d("actor1", "reject")]) == "rejected"
    assert corrections([d("location", "correct", "x"), d("actor1", "correct", "y"),
                        d("actor1", "accept")]) == {"location": "x"}


def test_csv_rows_carry_state_and_corrections(store_url: str) -> None:
    _fill(store_url)
    first, second = _review(store_url)
    store = open_store(store_url)
    out = io.StringIO()
    ex.write_csv(ex.rows(store), out)
    kept = list(ex.rows(store, without_rejected=True))
    store.close()
    table = {r["document_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert table[first]["review_state"] == "corrected"
    assert orjson.loads(table[first]["review_corrections"]) == {"sub_event_type": "Attack"}
    assert table[first]["sub_event_type"] == "Armed clash"  # the machine's value stays
    assert table[second]["review_state"] == "rejected"
    others = set(table) - {first, second}
    assert {table[k]["review_state"] for k in others} == {"unreviewed"}
    assert {r["document_id"] for r in kept} == set(table) - {second}


def test_jsonl_events_carry_their_decisions(store_url: str) -> None:
    _fill(store_url)
    first, second = _review(store_url)
    store = open_store(store_url)
    full, trimmed = io.BytesIO(), io.BytesIO()
    assert ex.write_jsonl(store, full) == 3
    assert ex.write_jsonl(store, trimmed, without_rejected=True) == 3  # documents stay
    store.close()
    docs = {c["document"]["id"]: c for c in map(orjson.loads, full.getvalue().splitlines())}
    (event,) = docs[first]["events"]
    assert event["review_state"] == "corrected"
    assert [(r["field"], r["action"], r["value"], r["reviewer"]) for r in event["reviews"]] == [
        ("sub_event_type", "correct", "Attack", "amal"), ("location", "accept", None, "amal")]
    assert docs[second]["events"][0]["reviews"][0]["note"] == "not an event"
    kept = {c["document"]["id"]: c for c in map(orjson.loads, trimmed.getvalue().splitlines())}
    assert kept[second]["events"] == [] and len(kept[first]["events"]) == 1


def test_cli_export_without_rejected(tmp_path: Path) -> None:
    url = str(tmp_path / "s.db")
    _fill(url)
    _, second = _review(url)
    runner = CliRunner()
    every = runner.invoke(app, ["export", "--store", url, "--format", "csv"])
    trimmed = runner.invoke(app, ["export", "--store", url, "--format", "csv", "--without-rejected"])
    assert every.exit_code == trimmed.exit_code == 0
    assert second in every.stdout and second not in trimmed.stdout
    assert len(trimmed.stdout.strip().splitlines()) == len(every.stdout.strip().splitlines()) - 1
