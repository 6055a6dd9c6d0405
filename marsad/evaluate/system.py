"""The system side of an evaluation: comparable events and span verification of an Extraction."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator
from typing import Any

from marsad.evaluate.gold import SystemEvent
from marsad.model import Document, Extraction, Span


def system_events(extraction: Extraction) -> list[SystemEvent]:
    """The comparable view of each event marsad produced."""
    out = []
    for event in extraction.events:
        loc = event.location
        date = None
        if event.date.start:
            date = (event.date.start[:10], (event.date.end or event.date.start)[:10])
        out.append(
            SystemEvent(
                id=event.id, event_type=event.event_type, sub_event_type=event.sub_event_type,
                specificity=event.specificity,
                admin1=loc.admin1 if loc is not None else None,
                geonames_id=loc.geonames_id if loc is not None else None,
                date=date, evidence=event.trigger.span,
                fatalities=event.fatalities.best if event.fatalities is not None else None,
            )
        )
    return out


def bad_spans(extraction: Extraction, contract: dict[str, Any] | None = None) -> list[str]:
    """Every span in the output whose text differs from the characters it points at."""
    text = extraction.document.text
    problems: dict[tuple[int, int, str], str] = {}
    for start, end, said in _object_spans(extraction):
        if not (0 <= start < end <= len(text)) or (said is not None and text[start:end] != said):
            problems[(start, end, said or "")] = f"[{start}, {end}) {said!r}"
    for start, end, said in _json_spans(contract) if contract is not None else ():
        if not (0 <= start < end <= len(text)) or (said is not None and text[start:end] != said):
            problems[(start, end, said or "")] = f"[{start}, {end}) {said!r}"
    return list(problems.values())


def _object_spans(obj: object) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, text) for every object in the model tree that has a ``span``."""
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _object_spans(item)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type) or isinstance(obj, Span):
        return
    if isinstance(obj, Document):
        return
    span = getattr(obj, "span", None)
    if isinstance(span, Span):
        said = getattr(obj, "text", None)
        yield span.start, span.end, said if isinstance(said, str) else None
    for f in dataclasses.fields(obj):
        if f.name not in {"span", "document"}:
            yield from _object_spans(getattr(obj, f.name))


def _json_spans(node: object) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, text) for every JSON object carrying ``"span": [start, end]``."""
    if isinstance(node, list):
        for item in node:
            yield from _json_spans(item)
    elif isinstance(node, dict):
        span = node.get("span")
        if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
            said = node.get("text")
            yield span[0], span[1], said if isinstance(said, str) else None
        for key, value in node.items():
            if key != "document":
                yield from _json_spans(value)


def contract_of(extraction: Extraction) -> dict[str, Any] | None:
    """The output contract JSON when ``marsad.contract.to_contract`` exists, else None."""
    try:
        module = importlib.import_module("marsad.contract")
    except ModuleNotFoundError as exc:
        if exc.name != "marsad.contract":
            raise
        return None
    to_contract: Callable[[Extraction], Any] | None = getattr(module, "to_contract", None)
    if to_contract is None:
        return None
    result = to_contract(extraction)
    if not isinstance(result, dict):
        import msgspec

        result = msgspec.to_builtins(result)
    return result if isinstance(result, dict) else None
