"""The sample article: the gold's core events, no dates, attributions attached."""

from __future__ import annotations

import json

from reading import READER
from shared_data import SAMPLES

from marsad.model import Document

NAME = "000_9453000284ce5da0"


def _read() -> tuple[str, list[dict[str, object]], list]:  # type: ignore[type-arg]
    text = (SAMPLES / f"{NAME}.txt").read_text(encoding="utf-8")
    gold = json.loads((SAMPLES / f"{NAME}.gold.json").read_text(encoding="utf-8"))
    x = READER.read(Document("s", text, "ar", NAME))
    return text, gold["events"], list(x.events)


def test_core_events_found_with_acceptable_coding_and_specificity() -> None:
    _, gold, events = _read()
    for g in gold:
        if not g["core"]:
            continue
        accepted = {(t[0], t[1]) for t in g["types"]}
        found = [e for e in events if (e.event_type, e.sub_event_type) in accepted
                 and e.specificity in g["specificity"]]
        assert found, f"core event {g['id']} not found"


def test_no_event_carries_a_date_and_spans_verify() -> None:
    text, _, events = _read()
    assert events
    for e in events:
        assert e.date.start is None and e.date.end is None
        assert text[e.trigger.span.start : e.trigger.span.end] == e.trigger.text
        for a in (e.actor1, e.actor2):
            assert a is None or text[a.span.start : a.span.end] == a.text
        assert e.location is None or text[e.location.span.start : e.location.span.end] == e.location.text


def test_events_are_not_duplicated() -> None:
    _, _, events = _read()
    # One event per place (CODING §2): the same trigger may recur, each time at its own place.
    codings = [(e.event_type, e.sub_event_type, e.specificity, e.trigger.text,
                e.location.name if e.location else None) for e in events]
    assert len(events) <= 10
    assert len(set(codings)) == len(codings)
