"""Cross-document de-duplication on articles we wrote: one incident from three outlets is one
cluster; two incidents on the same day in the same governorate stay two; patterns never merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson

from marsad.contract import to_contract
from marsad.dedupe import EventRef, compare, recluster
from marsad.documents import content_id
from marsad.model import (
    Actor,
    DateValue,
    Document,
    Event,
    Extraction,
    Fatalities,
    Place,
    Span,
    Specificity,
    Trigger,
)
from marsad.store import export as ex
from marsad.store import open_store, records_for

ARTICLES = [orjson.loads(line) for line in
            (Path(__file__).parent / "data" / "dedupe_incidents.jsonl").read_bytes().splitlines()]
BUSAYRAH = ("Al-Busayrah", 35.1567, 40.4264, 1)
HAJIN = ("Hajin", 34.6939, 40.8316, 1)
GOVERNORATE = ("Deir ez-Zor Governorate", 35.336, 40.140, 3)
# What a careful reader codes in each article: (phrase, value) pairs found in its own text.
CODING: dict[str, dict[str, Any]] = {
    "a": {"trigger": "عبوة ناسفة", "place": ("البصيرة", BUSAYRAH), "actor2": "قسد",
          "date": ("اليوم الثلاثاء", "2024-03-05"), "killed": ("ثلاثة", 3)},
    "b": {"trigger": "عبوة ناسفة", "place": ("البصيرة", BUSAYRAH), "actor2": "قسد",
          "killed": ("أربعة", 4)},
    "c": {"trigger": "لغم أرضي", "place": ("ريف دير الزور الشرقي", GOVERNORATE), "actor2": "قسد",
          "date": ("أمس", "2024-03-05"), "killed": ("ثلاثة", 3)},
    "d": {"trigger": "عبوة ناسفة", "place": ("هجين", HAJIN), "civilians": "مدنيين",
          "date": ("اليوم", "2024-03-05"), "killed": ("سبعة", 7)},
    "e": {"trigger": "العبوة الناسفة", "place": ("هجين", HAJIN), "civilians": "المدنيين",
          "killed": ("ثمانية", 8)},
    "f": {"trigger": "العبوات الناسفة", "place": ("ريف دير الزور", GOVERNORATE), "actor2": "قسد",
          "specificity": "recurring"},
}


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def extraction(article: dict[str, Any]) -> Extraction:
    text: str = article["text"]
    code = CODING[article["id"]]
    doc = Document(content_id(text), text, "ar", article["id"], input_id=article["id"],
                   source=article["source"], published=article["published"])
    phrase, (name, lat, lon, precision) = code["place"]
    place = Place(phrase, _span(text, phrase), name=name, admin1="Deir ez-Zor", country="SY",
                  lat=lat, lon=lon, geo_precision=precision)
    actor2 = None
    if "actor2" in code:
        actor2 = Actor("sdf", "Syrian Democratic Forces", 2, code["actor2"],
                       _span(text, code["actor2"]))
    elif "civilians" in code:
        actor2 = Actor("civilians-syria", "Civilians (Syria)", 7, code["civilians"],
                       _span(text, code["civilians"]))
    date = DateValue(None, None, None)
    if "date" in code:
        date = DateValue(code["date"][1], code["date"][1], 1, code["date"][0],
                         _span(text, code["date"][0]))
    fatalities = None
    if "killed" in code:
        n = code["killed"][1]
        fatalities = Fatalities(n, n, n, code["killed"][0], _span(text, code["killed"][0]))
    specificity: Specificity = code.get("specificity", "specific")
    event = Event("e1", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT",
                  specificity, Trigger(code["trigger"], _span(text, code["trigger"])),
                  actor2=actor2, location=place, date=date, fatalities=fatalities)
    return Extraction(doc, (), (event,), ())


def _ref(article_id: str, **change: Any) -> EventRef:
    article = next(a for a in ARTICLES if a["id"] == article_id)
    from dataclasses import replace

    store_row = records_for(to_contract(extraction(article)))
    from marsad.store.records import EVENT_COLUMNS

    row = dict(zip(EVENT_COLUMNS, store_row.events[0], strict=True))
    row["published"] = article["published"]
    return replace(EventRef.from_row(row), **change)


def test_three_articles_one_incident_and_a_second_incident_same_day(store_url: str) -> None:
    store = open_store(store_url)
    store.write(store.begin_run([], {}),
                [records_for(to_contract(extraction(a))) for a in ARTICLES])
    assert recluster(store) == 2  # two incidents; the recurring pattern gets no cluster
    rows = list(ex.rows(store, per_cluster=True))
    by_docs = sorted(r["cluster_documents"].count(";") + 1 for r in rows)
    assert by_docs == [1, 2, 3]  # the pattern row, Hajin (2 reports), al-Busayrah (3 reports)
    busayrah = next(r for r in rows if r["cluster_size"] == 3)
    assert busayrah["location"] == "Al-Busayrah"  # the most precise report speaks for it
    assert busayrah["fatalities"] == 3  # the lowest figure reported (conservative)
    assert busayrah["source"] == "Outlet A; Outlet B; Outlet C"
    hajin = next(r for r in rows if r["cluster_size"] == 2)
    assert hajin["location"] == "Hajin" and hajin["fatalities"] == 7
    pattern = next(r for r in rows if r["cluster_size"] == 1)
    assert pattern["specificity"] == "recurring" and pattern["cluster_id"] is None
    store.close()


def test_links_give_their_reasons() -> None:
    link = compare(_ref("a"), _ref("b"))
    assert link is not None
    text = " | ".join(link.reasons)
    assert "same type" in text and "km apart" in text and "shared actors: sdf" in text
    assert "compatible fatalities: 3 / 4" in text
    contained = compare(_ref("a"), _ref("c"))
    assert contained is not None and any("admin containment" in r for r in contained.reasons)


def test_what_keeps_events_apart() -> None:
    a = _ref("a")
    assert compare(a, _ref("d")) is None  # 55 km apart, 3 vs 7 killed
    assert compare(a, _ref("b", day=dt.date(2024, 3, 9))) is None  # days apart
    assert compare(a, _ref("b", event_type="Protests", sub_event_type="Peaceful protest")) is None
    assert compare(a, _ref("b", actors=frozenset({"isis"}))) is None  # named actors differ
    assert compare(a, _ref("b", fatalities=(40, 40, 40))) is None
    assert compare(a, _ref("f")) is None  # a pattern is never merged into an incident
    assert compare(a, _ref("b", document_id=a.document_id)) is None  # same article
    assert compare(a, _ref("b")) is not None
