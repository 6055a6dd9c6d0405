"""The store on both backends: schema, atomic writes, filters, reviews, reopening."""

from __future__ import annotations

from store_fakes import FakeReader

from marsad.contract import to_contract
from marsad.documents import content_id
from marsad.model import Document
from marsad.store import EventFilter, open_store, records_for
from marsad.store.schema import SCHEMA_VERSION


def _contract(n: int, text: str | None = None) -> dict[str, object]:
    text = text or f"اشتباكات عنيفة بين مسلحين ودورية في القرية رقم {n} صباح اليوم."
    doc = Document(content_id(text), text, "ar", f"doc-{n}", input_id=f"doc-{n}",
                   published="2024-03-05", source="test")
    return to_contract(FakeReader().read(doc))


def test_write_is_atomic_per_call_and_ignores_stored_documents(store_url: str) -> None:
    store = open_store(store_url)
    assert store.schema_version() == SCHEMA_VERSION
    run = store.begin_run(["x"], {})
    records = [records_for(_contract(n)) for n in range(3)]
    assert store.write(run, records) == [True, True, True]
    assert store.write(run, [records[0], records_for(_contract(9))]) == [False, True]
    counts = store.counts()
    assert (counts["documents"], counts["events"], counts["mentions"]) == (4, 4, 4)
    assert [c["document"]["id"] for c in store.iter_contracts()] == sorted(
        r.id for r in [*records, records_for(_contract(9))])
    store.close()


def test_contract_round_trips_exactly(store_url: str) -> None:
    store = open_store(store_url)
    contract = _contract(1)
    store.write(store.begin_run([], {}), [records_for(contract)])
    assert list(store.iter_contracts()) == [contract]
    store.close()


def test_filters_select_events(store_url: str) -> None:
    store = open_store(store_url)
    run = store.begin_run([], {})
    store.write(run, [records_for(_contract(n)) for n in range(2)])
    assert len(list(store.iter_events(EventFilter(event_type="armed clash")))) == 2
    assert list(store.iter_events(EventFilter(event_type="Air/drone strike"))) == []
    assert len(list(store.iter_events(EventFilter(place="deir ez-zor")))) == 2
    assert list(store.iter_events(EventFilter(place="Aleppo"))) == []
    assert list(store.iter_events(EventFilter(since="2024-03-06"))) == []
    assert len(list(store.iter_events(EventFilter(since="2024-03-05", until="2024-03-05")))) == 2
    assert list(store.iter_events(EventFilter(specificity=("recurring",)))) == []
    assert list(store.iter_contracts(EventFilter(place="Aleppo"))) == []
    event = next(store.iter_events())
    fields = [e["field"] for e in event["evidence"]]
    assert set(fields) == {"trigger", "actor1", "location", "date", "fatalities"}
    text = next(store.iter_contracts())["document"]["text"]
    for evidence in event["evidence"]:
        start, end = evidence["span"]
        assert text[start:end] == evidence["text"]
    store.close()


def test_reviews_sit_beside_the_machine_value_and_reopen_keeps_data(store_url: str) -> None:
    store = open_store(store_url)
    contract = _contract(1)
    store.write(store.begin_run([], {}), [records_for(contract)])
    doc_id = contract["document"]["id"]  # type: ignore[index]
    review = store.add_review(doc_id, "e1", "event_type", "correct",
                              {"event_type": "Violence against civilians"}, "analyst")
    assert review >= 1
    store.close()
    again = open_store(store_url)
    assert again.counts()["reviews"] == 1
    assert next(again.iter_events())["event_type"] == "Battles"  # the machine's value stays
    assert again.schema_version() == SCHEMA_VERSION
    again.close()
