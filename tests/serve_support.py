"""Contract objects written for the serve tests (our own sentences), and stores built from them.

Spans are found in the text we wrote, so every fixture obeys the contract's span rule; the
objects are checked against ``marsad.schema()`` before they are stored.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema

import marsad
from marsad.store import open_store, records_for

JSON = dict[str, Any]
REPO = Path(__file__).resolve().parents[1]


def _span(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def evidence(text: str, words: str) -> JSON:
    return {"text": words, "span": _span(text, words)}


def place(text: str, words: str, **geo: Any) -> JSON:
    base: JSON = {"name": None, "geonames_id": None, "id_scheme": None, "place_id": None,
                  "admin1": None, "admin2": None, "admin3": None, "country": None, "lat": None,
                  "lon": None, "geo_precision": None, "candidates": []}
    return {**evidence(text, words), **base, **geo}


def actor(text: str, words: str, ident: str, name: str, kind: int) -> JSON:
    return {"id": ident, "name": name, "type": kind, **evidence(text, words)}


def event(text: str, ident: str, event_type: str, sub: str | None, specificity: str, trigger: str,
          *, actor1: JSON | None = None, actor2: JSON | None = None, location: JSON | None = None,
          date: tuple[str, str] | None = None, notes: str = "") -> JSON:
    d: JSON = {"start": None, "end": None, "time_precision": None, "text": None, "span": None}
    if date is not None:
        d = {"start": date[1], "end": date[1], "time_precision": 1, **evidence(text, date[0])}
    return {
        "id": ident, "event_type": event_type, "sub_event_type": sub, "plover": "ASSAULT",
        "specificity": specificity, "trigger": evidence(text, trigger), "actor1": actor1,
        "actor2": actor2, "location": location, "date": d, "fatalities": None, "quantities": [],
        "attribution": None, "framing": [], "confidence": 0.7, "notes": notes,
    }


def contract(text: str, events: list[JSON], *, language: str = "ar", title: str | None = None,
             source: str | None = None, url: str | None = None, published: str | None = None,
             name: str = "fixture.txt") -> JSON:
    doc_id = "sha256:" + hashlib.sha256(text.encode()).hexdigest()
    out = {
        "contract": "1.0",
        "document": {"id": doc_id, "input_id": None, "name": name, "source": source, "url": url,
                     "language": language, "published": published, "title": title,
                     "encoding": "utf-8", "warnings": [], "text": text},
        "attributions": [], "events": events,
        "mentions": [{"kind": "trigger", "text": e["trigger"]["text"], "span": e["trigger"]["span"],
                      "value": e["event_type"], "recogniser": "fixture"} for e in events],
    }
    jsonschema.validate(out, marsad.schema())
    return out


def deir_ez_zor() -> JSON:
    """A specific dated IED attack at a town (a point), and a recurring pattern (an area)."""
    text = ("قتل عنصران من قوات سوريا الديمقراطية يوم الاثنين بانفجار عبوة ناسفة في بلدة ذيبان.\n"
            "وتتواصل عمليات الاغتيال في ريف دير الزور الشرقي منذ أشهر.\n")
    sdf = actor(text, "قوات سوريا الديمقراطية", "sdf", "Syrian Democratic Forces", 2)
    town = place(text, "بلدة ذيبان", name="Dhiban", geonames_id=170691, admin1="Deir ez-Zor",
                 country="SY", lat=35.015, lon=40.51, geo_precision=1)
    region = place(text, "ريف دير الزور الشرقي", name="Deir ez-Zor Governorate",
                   geonames_id=170792, admin1="Deir ez-Zor", country="SY", lat=35.336,
                   lon=40.141, geo_precision=3)
    return contract(text, [
        event(text, "e1", "Explosions/Remote violence", "Remote explosive/landmine/IED",
              "specific", "انفجار عبوة ناسفة", actor2=sdf, location=town,
              date=("يوم الاثنين", "2024-03-04")),
        event(text, "e2", "Violence against civilians", "Attack", "recurring", "عمليات الاغتيال",
              location=region),
    ], title="عبوة ناسفة في ريف دير الزور", source="Fixture Agency", published="2024-03-05",
        url="https://news.example/1")


def anbar() -> JSON:
    """An Iraqi event (no governorate polygon: listed) and one with no place at all."""
    text = "Gunmen attacked a checkpoint in Anbar province on Friday. Protests continue.\n"
    anbar_place = place(text, "Anbar province", name="Anbar", admin1="Al Anbar", country="IQ",
                        lat=33.0, lon=42.0, geo_precision=3)
    return contract(text, [
        event(text, "e1", "Battles", "Armed clash", "specific", "attacked", location=anbar_place,
              date=("Friday", "2024-03-01")),
        event(text, "e2", "Protests", "Peaceful protest", "recurring", "Protests"),
    ], language="en", title="Checkpoint attack", source="Other Wire", published="2024-03-02")


HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Title'


def hostile() -> JSON:
    """Markup and script in every text field a page renders; none of it may run."""
    text = ('<script>window.__pwned=1</script> قصف <img src=x onerror="window.__pwned=1"> '
            'مدينة الرقة <a href="javascript:window.__pwned=1">link</a>\n')
    raqqa = place(text, "مدينة الرقة", name="Ar Raqqah", admin1="Ar-Raqqah", country="SY",
                  lat=35.95, lon=39.01, geo_precision=1)
    return contract(text, [
        event(text, "e1", "Explosions/Remote violence", "Shelling/artillery/missile attack",
              "trend", "قصف", location=raqqa, notes="<b onmouseover=window.__pwned=1>notes</b>"),
    ], title=HOSTILE_TITLE, source="<script>window.__pwned=1</script>",
        url="javascript:window.__pwned=1", published="2024-03-03")


def build_store(path: Path, contracts: list[JSON]) -> Path:
    store = open_store(path)
    try:
        run = store.begin_run(["fixture"], {})
        store.write(run, [records_for(c) for c in contracts])
        store.finish_run(run, "done", {"inputs": len(contracts)})
    finally:
        store.close()
    return path


def extract_files(paths: list[Path], published: str | None = None) -> list[JSON]:
    """Files read by the real pipeline (``marsad extract``), one contract object each."""
    import orjson

    args = [sys.executable, "-m", "marsad", "extract", *(str(p) for p in paths), "-q"]
    if published is not None:
        args += ["--published", published]
    out = subprocess.run(args, capture_output=True, check=False, cwd=REPO)
    assert out.returncode == 0, out.stderr.decode()
    return [orjson.loads(line) for line in out.stdout.splitlines() if line.strip()]


def extract_examples(published: str = "2018-06-13") -> list[JSON]:
    """The repository's example articles (examples/*.txt), as the README reads them."""
    return extract_files(sorted((REPO / "examples").glob("*.txt")), published)
