"""The output contract (DESIGN.md): model -> JSON-ready dicts, and the JSON Schema they obey.

Field names here are what users and other tools read: change them only with a version bump.
"""

from __future__ import annotations

from typing import Any

from marsad.model import (
    Actor,
    Attribution,
    DateValue,
    Event,
    Extraction,
    Fatalities,
    Framing,
    Mention,
    Place,
    Span,
)

CONTRACT_VERSION = "1.0"
JSON = dict[str, Any]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else span.as_list()


def mention_json(m: Mention) -> JSON:
    return {"kind": m.kind, "text": m.text, "span": m.span.as_list(), "value": m.value,
            "recogniser": m.recogniser}


def _actor(a: Actor | None) -> JSON | None:
    if a is None:
        return None
    return {"id": a.id, "name": a.name, "type": a.type, "text": a.text, "span": a.span.as_list()}


def place_json(p: Place | None) -> JSON | None:
    if p is None:
        return None
    return {
        "text": p.text, "span": p.span.as_list(), "name": p.name, "geonames_id": p.geonames_id,
        "id_scheme": p.id_scheme, "place_id": p.place_id, "admin1": p.admin1, "admin2": p.admin2,
        "admin3": p.admin3, "country": p.country, "lat": p.lat, "lon": p.lon,
        "geo_precision": p.geo_precision, "candidates": list(p.candidates),
    }


def _date(d: DateValue) -> JSON:
    return {"start": d.start, "end": d.end, "time_precision": d.time_precision, "text": d.text,
            "span": _span(d.span)}


def _fatalities(f: Fatalities | None) -> JSON | None:
    if f is None:
        return None
    return {"low": f.low, "best": f.best, "high": f.high, "wounded": f.wounded, "text": f.text,
            "span": f.span.as_list()}


def _framing(f: Framing) -> JSON:
    return {"cue": f.cue, "reading": f.reading, "text": f.text, "span": f.span.as_list()}


def attribution_json(a: Attribution) -> JSON:
    return {"id": a.id, "speaker": a.speaker, "speaker_type": a.speaker_type, "via": a.via,
            "verb": a.verb, "text": a.text, "span": a.span.as_list()}


def event_json(e: Event) -> JSON:
    return {
        "id": e.id,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover": e.plover,
        "specificity": e.specificity,
        "trigger": {"text": e.trigger.text, "span": e.trigger.span.as_list()},
        "actor1": _actor(e.actor1),
        "actor2": _actor(e.actor2),
        "location": place_json(e.location),
        "date": _date(e.date),
        "fatalities": _fatalities(e.fatalities),
        "quantities": [mention_json(q) for q in e.quantities],
        "attribution": e.attribution,
        "framing": [_framing(f) for f in e.framing],
        "confidence": round(e.confidence, 3),
        "notes": e.notes,
    }


def to_contract(x: Extraction) -> JSON:
    """One document's output object, as ``marsad extract`` writes it."""
    d = x.document
    return {
        "contract": CONTRACT_VERSION,
        "document": {
            "id": d.id, "input_id": d.input_id, "name": d.name, "source": d.source, "url": d.url,
            "language": d.language, "published": d.published, "title": d.title,
            "encoding": d.encoding, "warnings": list(d.warnings), "text": d.text,
        },
        "attributions": [attribution_json(a) for a in x.attributions],
        "events": [event_json(e) for e in x.events],
        "mentions": [mention_json(m) for m in x.mentions],
    }


# --- JSON Schema -----------------------------------------------------------------------------

_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_NSPAN = {"oneOf": [_SPAN, {"type": "null"}]}
_EVIDENCE = {"text": _STR, "span": _SPAN}


def _obj(props: dict[str, Any], nullable: bool = False, required: list[str] | None = None) -> JSON:
    out: JSON = {"type": ["object", "null"] if nullable else "object", "properties": props,
                 "required": sorted(props) if required is None else required}
    return out


_ACTOR = _obj({"id": _STR, "name": _STR, "type": {"type": "integer", "minimum": 1, "maximum": 8},
               **_EVIDENCE}, nullable=True)
_PLACE = _obj({
    **_EVIDENCE, "name": _NSTR, "geonames_id": {"type": ["integer", "null"]}, "id_scheme": _NSTR,
    "place_id": _NSTR, "admin1": _NSTR, "admin2": _NSTR, "admin3": _NSTR, "country": _NSTR,
    "lat": {"type": ["number", "null"]}, "lon": {"type": ["number", "null"]},
    "geo_precision": {"enum": [1, 2, 3, None]}, "candidates": {"type": "array"},
}, nullable=True)
_MENTION = _obj({
    "kind": {"enum": ["actor", "place", "quantity", "date", "trigger", "attribution", "framing",
                      "casualty", "cue"]},
    **_EVIDENCE, "value": {}, "recogniser": _STR,
})
_EVENT = _obj({
    "id": _STR,
    "event_type": _STR,
    "sub_event_type": _NSTR,
    "plover": _NSTR,
    "specificity": {"enum": ["specific", "recurring", "trend", "historical", "hypothetical",
                             "denied"]},
    "trigger": _obj(_EVIDENCE),
    "actor1": _ACTOR,
    "actor2": _ACTOR,
    "location": _PLACE,
    "date": _obj({"start": {"type": ["string", "null"], "format": "date"}, "end": _NSTR,
                  "time_precision": {"enum": [1, 2, 3, None]}, "text": _NSTR, "span": _NSPAN}),
    "fatalities": _obj({"low": {"type": "integer"}, "best": {"type": "integer"},
                        "high": {"type": "integer"}, "wounded": {"type": ["integer", "null"]},
                        **_EVIDENCE}, nullable=True),
    "quantities": {"type": "array", "items": _MENTION},
    "attribution": _NSTR,
    "framing": {"type": "array", "items": _obj({"cue": _STR, "reading": _STR, **_EVIDENCE})},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    "notes": _STR,
})


def schema() -> JSON:
    """JSON Schema (2020-12) of one ``marsad extract`` output object."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://marsad.invalid/contract/{CONTRACT_VERSION}",
        "title": "marsad extraction of one document",
        **_obj({
            "contract": {"const": CONTRACT_VERSION},
            "document": _obj({
                "id": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}, "input_id": _NSTR,
                "name": _STR, "source": _NSTR, "url": _NSTR, "language": {"enum": ["ar", "en"]},
                "published": _NSTR, "title": _NSTR, "encoding": _STR,
                "warnings": {"type": "array", "items": _STR}, "text": _STR,
            }),
            "attributions": {"type": "array", "items": _obj({
                "id": _STR, "speaker": _STR, "speaker_type": _STR, "via": _NSTR, "verb": _NSTR,
                **_EVIDENCE})},
            "events": {"type": "array", "items": _EVENT},
            "mentions": {"type": "array", "items": _MENTION},
        }),
    }
