"""The HTTP API through an in-process client over a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_support import HOSTILE_TITLE, anbar, build_store, deir_ez_zor, hostile

from marsad.serve.app import create_app
from marsad.store import open_store

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store.db", [deir_ez_zor(), anbar(), hostile()])


@pytest.fixture()
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store, TOKEN)) as c:
        yield c


def keys(resp: Any) -> set[str]:
    assert resp.status_code == 200, resp.text
    return {(it["event"]["notes"] or it["event"]["event_type"]) + "|" + it["event_id"]
            for it in resp.json()["items"]}


def by_key(client: TestClient) -> dict[tuple[str, str], dict[str, Any]]:
    items = client.get("/api/events").json()["items"]
    return {(it["document"]["source"], it["event_id"]): it for it in items}


def test_serve_lists_every_event_with_an_honest_placement(client: TestClient) -> None:
    ev = by_key(client)
    assert len(ev) == 5
    point = ev[("Fixture Agency", "e1")]
    assert point["placement"] == "point"
    assert point["area"]["pcode"] == "SY09"  # Deir ez-Zor governorate
    pattern = ev[("Fixture Agency", "e2")]
    assert (pattern["placement"], pattern["area"]["pcode"]) == ("area", "SY09")
    assert ev[("Other Wire", "e1")]["placement"] == "list"  # no Iraqi polygons: listed
    assert ev[("Other Wire", "e2")]["placement"] == "list"  # no place at all
    # A trend at a town is still drawn as its governorate, never as a point.
    assert ev[("<script>window.__pwned=1</script>", "e1")]["placement"] == "area"


def test_serve_filters_combine(client: TestClient) -> None:
    def total(**params: str) -> int:
        resp = client.get("/api/events", params=params)
        assert resp.status_code == 200, resp.text
        return int(resp.json()["total"])

    assert total(event_type="Battles") == 1
    assert total(specificity="recurring") == 2
    assert total(specificity="recurring", source="Other Wire") == 1
    assert total(admin1="Deir ez-Zor") == 2
    assert total(actor="sdf") == 1
    assert total(actor="Syrian Democratic Forces") == 1
    assert total(place="Dhiban") == 1
    assert total(sub_event_type="Attack") == 1
    # Undated events fall in no date range.
    assert total(date_from="2024-03-01", date_to="2024-03-31") == 2
    assert total(date_from="2024-03-02") == 1
    assert total(event_type="' OR 1=1 --") == 0  # bound parameter, not SQL


def test_serve_paginates(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    assert (len(first["items"]), first["total"], first["next_offset"]) == (2, 5, 2)
    last = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert (len(last["items"]), last["next_offset"]) == (1, None)
    seen = {i["key"] for i in first["items"]} | {i["key"] for i in last["items"]}
    middle = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(seen | {i["key"] for i in middle["items"]}) == 5
    # Dated events first, newest first; undated last.
    dates = [i["event"]["date"]["start"] for i in client.get("/api/events").json()["items"]]
    assert dates[:2] == ["2024-03-04", "2024-03-01"] and dates[2:] == [None, None, None]


def test_serve_errors_are_json_with_reasons(client: TestClient) -> None:
    bad = client.get("/api/events", params={"limit": 0})
    assert bad.status_code == 422
    assert "limit" in bad.json()["error"]["reason"]
    bad = client.get("/api/events", params={"specificity": "sometimes"})
    assert bad.status_code == 422 and "specificity" in bad.json()["error"]["reason"]
    bad = client.get("/api/events", params={"date_from": "2024-04-01", "date_to": "2024-03-01"})
    assert bad.status_code == 422 and "date_from" in bad.json()["error"]["reason"]
    missing = client.get("/api/events/sha256:nope/e1")
    assert missing.status_code == 404
    assert missing.json()["error"] == {"status": 404, "detail": None,
                                       "reason": "no event 'e1' in document 'sha256:nope'"}
    assert client.get("/api/documents/sha256:nope").json()["error"]["status"] == 404


def test_serve_event_carries_evidence_into_the_text(client: TestClient) -> None:
    item = by_key(client)[("Fixture Agency", "e1")]
    one = client.get(f"/api/events/{item['key']}").json()
    doc = client.get(f"/api/documents/{item['document_id']}").json()
    text = doc["document"]["text"]
    event = one["event"]
    for field in ("trigger", "actor2", "location", "date"):
        start, end = event[field]["span"]
        assert text[start:end] == event[field]["text"], field
    assert one["fields"]["location"]["machine"]["name"] == "Dhiban"
    assert [e["key"] for e in doc["events"]] == [f"{item['document_id']}/e1", f"{item['document_id']}/e2"]
    assert doc["mentions"] and all(text[m["span"][0]:m["span"][1]] == m["text"] for m in doc["mentions"])


def test_serve_counts_by_type_admin1_and_acled_week(client: TestClient) -> None:
    by_type = {c["key"]: c["count"] for c in client.get("/api/counts?by=type").json()["counts"]}
    assert by_type["Explosions/Remote violence"] == 2 and by_type["Battles"] == 1
    by_admin1 = {c["key"]: c["count"] for c in client.get("/api/counts?by=admin1").json()["counts"]}
    assert by_admin1 == {"Deir ez-Zor": 2, "Al Anbar": 1, "Ar-Raqqah": 1, None: 1}
    weeks = client.get("/api/counts?by=week").json()["counts"]
    # Monday 4 March 2024 is in the week of Saturday 2 March; Friday 1 March in the one before.
    assert weeks == [{"key": "2024-02-24", "count": 1}, {"key": "2024-03-02", "count": 1},
                     {"key": None, "count": 3}]
    assert client.get("/api/counts?by=colour").status_code == 422


def test_serve_geojson_never_invents_a_point(client: TestClient) -> None:
    fc = client.get("/api/geojson").json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 5
    kinds = sorted(str(f["geometry"]["type"] if f["geometry"] else None) for f in fc["features"])
    assert kinds == ["None", "None", "Point", "Polygon", "Polygon"]
    point = next(f for f in fc["features"] if f["geometry"] and f["geometry"]["type"] == "Point")
    assert point["geometry"]["coordinates"] == [40.51, 35.015]


def test_serve_review_needs_the_token(client: TestClient) -> None:
    key = by_key(client)[("Fixture Agency", "e1")]["key"]
    body = {"field": "event_type", "action": "accept", "reviewer": "analyst"}
    assert client.post(f"/api/events/{key}/reviews", json=body).status_code == 401
    wrong = client.post(f"/api/events/{key}/reviews", json=body,
                        headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]["reason"]
    assert client.get("/api/reviews").json()["total"] == 0


def test_serve_review_is_kept_beside_the_machine_value(client: TestClient, store: Path) -> None:
    key = by_key(client)[("Fixture Agency", "e1")]["key"]
    url = f"/api/events/{key}/reviews"
    ok = client.post(url, headers=AUTH, json={"field": "specificity", "action": "correct",
                                              "value": "recurring", "reviewer": "Lina"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["review_state"] == "corrected"
    one = client.get(f"/api/events/{key}").json()
    spec = one["fields"]["specificity"]
    assert (spec["machine"], spec["current"]) == ("specific", "recurring")
    assert spec["review"]["reviewer"] == "Lina" and spec["review"]["at"].startswith("20")
    assert one["event"]["specificity"] == "specific"  # the machine's event is untouched
    client.post(url, headers=AUTH, json={"field": "location", "action": "reject", "reviewer": "Lina"})
    assert client.get(f"/api/events/{key}").json()["review_state"] == "rejected"
    assert client.get("/api/events", params={"review": "rejected"}).json()["total"] == 1
    assert client.get("/api/events", params={"review": "unreviewed"}).json()["total"] == 4
    exported = client.get("/api/reviews").json()["items"]
    assert [(r["field"], r["action"], r["value"]) for r in exported] == [
        ("specificity", "correct", "recurring"), ("location", "reject", None)]
    # The store's export keeps the machine's contract as it was.
    s = open_store(store)
    try:
        events = [e for c in s.iter_contracts() for e in c["events"] if c["document"]["source"] == "Fixture Agency"]
    finally:
        s.close()
    assert events[0]["specificity"] == "specific"
    # The page's export carries the decisions beside the machine's event.
    exported_docs = client.get("/api/export").json()
    assert exported_docs["total"] == 3
    ev = next(e for c in exported_docs["items"] for e in c["events"] if e["id"] == "e1"
              and c["document"]["source"] == "Fixture Agency")
    assert ev["specificity"] == "specific" and ev["review_state"] == "rejected"
    assert [(r["field"], r["reviewer"]) for r in ev["reviews"]] == [("specificity", "Lina"), ("location", "Lina")]


def test_serve_refuses_malformed_reviews(client: TestClient) -> None:
    key = by_key(client)[("Fixture Agency", "e1")]["key"]
    url = f"/api/events/{key}/reviews"
    cases = [
        ({"field": "colour", "action": "accept", "reviewer": "a"}, "field"),
        ({"field": "date", "action": "correct", "reviewer": "a"}, "needs a value"),
        ({"field": "date", "action": "accept", "reviewer": "a", "value": 1}, "takes no value"),
        ({"field": "specificity", "action": "correct", "reviewer": "a", "value": "often"}, "specificity"),
        ({"field": "date", "action": "accept", "reviewer": ""}, "reviewer"),
    ]
    for body, reason in cases:
        resp = client.post(url, headers=AUTH, json=body)
        assert resp.status_code == 422, body
        assert reason in resp.json()["error"]["reason"], resp.json()
    assert client.post("/api/events/sha256:nope/e1/reviews", headers=AUTH,
                       json={"field": "date", "action": "accept", "reviewer": "a"}).status_code == 404


def test_serve_documents_keep_hostile_text_as_data(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert docs["total"] == 3
    hostile_doc = next(d for d in docs["items"] if d["title"] == HOSTILE_TITLE)
    full = client.get(f"/api/documents/{hostile_doc['id']}").json()
    assert full["document"]["text"].startswith("<script>")  # stored verbatim, escaped by the page
    assert client.get("/api/documents", params={"source": "Other Wire"}).json()["total"] == 1


def test_serve_clusters_come_from_the_store(client: TestClient, store: Path) -> None:
    assert client.get("/api/clusters").json()["total"] == 0
    ev = by_key(client)
    a, b = ev[("Fixture Agency", "e1")], ev[("Other Wire", "e1")]
    s = open_store(store)
    try:
        s.replace_clusters([(a["document_id"], "e1", "c1"), (b["document_id"], "e1", "c1")], [])
    finally:
        s.close()
    clusters = client.get("/api/clusters").json()
    assert clusters["items"] == [{"id": "c1", "size": 2, "events": sorted([a["key"], b["key"]])}]
    assert client.get("/api/events", params={"cluster": "c1"}).json()["total"] == 2


def test_serve_headers_docs_and_openapi_work_offline(client: TestClient) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in client.get("/api/events").headers["content-security-policy"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/redoc/redoc.standalone.js" in docs.text
    assert "http" not in docs.text.replace("http-equiv", "")  # nothing from a CDN
    assert client.get("/static/vendor/redoc/redoc.standalone.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/geojson" in spec["paths"]


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from marsad.errors import StoreError

    with pytest.raises(StoreError, match="no store"):
        create_app(tmp_path / "absent.db", TOKEN)


def test_serve_token_file_is_private_and_stable(tmp_path: Path) -> None:
    from marsad.serve.security import load_or_create_token, tile_origin

    path = tmp_path / "s.db.serve-token"
    token = load_or_create_token(path)
    assert len(token) >= 32 and path.stat().st_mode & 0o777 == 0o600
    assert load_or_create_token(path) == token
    assert tile_origin("https://tile.example.org/{z}/{x}/{y}.png") == "https://tile.example.org"
    with pytest.raises(ValueError):
        tile_origin("javascript:alert(1)//{z}")


def test_serve_tile_origin_is_the_only_outside_image_source(store: Path) -> None:
    with TestClient(create_app(store, TOKEN, tiles="https://tile.example.org/{z}/{x}/{y}.png")) as c:
        csp = c.get("/").headers["content-security-policy"]
        assert "img-src 'self' data: https://tile.example.org;" in csp
        assert c.get("/api/config").json()["tiles"].startswith("https://tile.example.org/")
