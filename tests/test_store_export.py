"""Exports validate: GeoJSON against its schema, CSV headers as listed, Parquet read back equal."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import orjson
import pyarrow.parquet as pq
from store_fakes import FakeReader
from typer.testing import CliRunner

from marsad.cli import app
from marsad.contract import to_contract
from marsad.documents import content_id
from marsad.model import Document, Extraction
from marsad.store import EventFilter, open_store, records_for
from marsad.store import export as ex

SCHEMA = json.loads((Path(__file__).parent / "data" / "geojson_feature_collection.schema.json")
                    .read_text(encoding="utf-8"))
ACLED = ("event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
         "interaction,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
         "source,notes,fatalities").split(",")


def _fill(url: str, unplaced: bool = True) -> list[dict[str, object]]:
    """Three documents; the last one's event has no place (it must still be exported)."""
    store = open_store(url)
    contracts = []
    for n in range(3):
        text = f"اشتباكات عنيفة بين مسلحين ودورية في القرية رقم {n} صباح اليوم."
        doc = Document(content_id(text), text, "ar", f"d{n}", source="test", published="2024-03-05")
        x: Extraction = FakeReader().read(doc)
        if unplaced and n == 2:
            x = replace(x, events=(replace(x.events[0], location=None),))
        contracts.append(to_contract(x))
    store.write(store.begin_run([], {}), [records_for(c) for c in contracts])
    store.close()
    return contracts


def test_jsonl_is_the_contract_per_document(store_url: str) -> None:
    contracts = _fill(store_url)
    store = open_store(store_url)
    out = io.BytesIO()
    assert ex.write_jsonl(store, out) == 3
    store.close()
    got = [orjson.loads(line) for line in out.getvalue().splitlines()]
    for contract in got:
        for event in contract["events"]:  # review decisions ride beside the contract's fields
            assert (event.pop("reviews"), event.pop("review_state")) == ([], "unreviewed")
    assert sorted(got, key=lambda c: c["document"]["id"]) == sorted(
        contracts, key=lambda c: c["document"]["id"])  # type: ignore[index]


def test_csv_headers_are_acleds_then_marsads(store_url: str) -> None:
    _fill(store_url)
    store = open_store(store_url)
    out = io.StringIO()
    assert ex.write_csv(ex.rows(store), out) == 3
    store.close()
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert header[:len(ACLED)] == ACLED
    assert {"specificity", "evidence", "document_id"} <= set(header)
    assert {r["interaction"] for r in table} == {"30"}
    assert {r["event_date"] for r in table} == {"2024-03-05"}
    for row in table:
        assert orjson.loads(row["evidence"])  # evidence travels with every row


def test_geojson_validates_and_keeps_unplaced_events(store_url: str) -> None:
    _fill(store_url)
    store = open_store(store_url)
    collection = ex.feature_collection(ex.rows(store))
    store.close()
    jsonschema.validate(collection, SCHEMA)
    geometries = [f["geometry"] for f in collection["features"]]
    assert len(geometries) == 3 and geometries.count(None) == 1
    assert {"type": "Point", "coordinates": [40.1, 35.3]} in geometries
    bad = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
           "geometry": {"type": "Point", "coordinates": [35.3]}}]}
    try:
        jsonschema.validate(bad, SCHEMA)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("the schema must reject a one-number position")


def test_parquet_reads_back_equal(store_url: str, tmp_path: Path) -> None:
    _fill(store_url)
    store = open_store(store_url)
    expected = list(ex.rows(store))
    path = tmp_path / "events.parquet"
    assert ex.write_parquet(iter(expected), str(path)) == 3
    store.close()
    assert pq.read_table(path).to_pylist() == expected


def test_cli_export_filters_and_formats(tmp_path: Path) -> None:
    url = str(tmp_path / "s.db")
    _fill(url)
    runner = CliRunner()
    out = tmp_path / "x.geojson"
    result = runner.invoke(app, ["export", "--store", url, "--format", "geojson", "-o", str(out),
                                 "--place", "Deir ez-Zor"])
    assert result.exit_code == 0, result.output
    assert len(orjson.loads(out.read_bytes())["features"]) == 2  # the unplaced one is filtered
    result = runner.invoke(app, ["export", "--store", url, "--format", "csv", "--type", "Battles",
                                 "--since", "2024-03-06"])
    assert result.exit_code == 0
    assert result.stdout.strip().splitlines()[0].startswith("event_date,year")
    assert len(result.stdout.strip().splitlines()) == 1  # header only: nothing that late
    assert runner.invoke(app, ["export", "--store", url, "--format", "parquet"]).exit_code == 2
    assert runner.invoke(app, ["export", "--store", str(tmp_path / "no.db")]).exit_code == 2
    store = open_store(url)
    assert len(list(store.iter_contracts(EventFilter(specificity=("specific",))))) == 3
    store.close()
