"""API latency of ``marsad serve`` over a store of 10,000 documents (target: p95 < 100 ms).

Builds a store of synthetic contract objects (our own template sentences; types, governorates,
actors, dates, specificities and sources varied, ~3 events a document, some reviews), serves it
with uvicorn on a local port and times filtered list requests over HTTP, one at a time.

    .venv/bin/python bench/bench_serve.py [--documents 10000] [--repeat 30] [--store PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx2 as httpx
import uvicorn
from rich.console import Console
from rich.table import Table

from marsad.serve.app import create_app
from marsad.store import open_store, records_for

TYPES = [
    ("Battles", "Armed clash", "اشتباكات"), ("Explosions/Remote violence", "Air/drone strike", "غارة جوية"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "عبوة ناسفة"),
    ("Violence against civilians", "Attack", "اغتيال"), ("Protests", "Peaceful protest", "مظاهرة"),
    ("Strategic developments", "Arrests", "حملة اعتقالات"),
]
PLACES = [("Deir ez-Zor", "دير الزور", 35.33, 40.14), ("Aleppo", "حلب", 36.2, 37.16),
          ("Idlib", "إدلب", 35.93, 36.63), ("Ar-Raqqah", "الرقة", 35.95, 39.01),
          ("Daraa", "درعا", 32.62, 36.1), ("Homs", "حمص", 34.73, 36.71)]
ACTORS = [("sdf", "Syrian Democratic Forces", "قسد", 2), ("isis", "Islamic State", "داعش", 2),
          ("syria-army", "Military Forces of Syria", "الجيش السوري", 1)]
SPECIFICITY = ["specific", "specific", "recurring", "trend", "historical"]
SOURCES = ["Agency A", "Agency B", "Agency C", "Agency D"]


def synthetic(i: int, rng: random.Random) -> dict[str, Any]:
    """One document with 1-5 events, every span true to its (template) text."""
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    text, events = "", []
    for k in range(rng.randint(1, 5)):
        (etype, sub, trig), place, actor = rng.choice(TYPES), rng.choice(PLACES), rng.choice(ACTORS)
        spec = rng.choice(SPECIFICITY)
        off = len(text)
        line = f"({i}-{k}) أفادت مصادر بوقوع {trig} نفذتها {actor[2]} في مدينة {place[1]} يوم الأحد.\n"
        text += line

        def at(words: str, off: int = off, line: str = line) -> dict[str, Any]:
            j = off + line.index(words)
            return {"text": words, "span": [j, j + len(words)]}

        dated = spec == "specific"
        date: dict[str, Any] = {"start": None, "end": None, "time_precision": None, "text": None, "span": None}
        if dated:
            date = {"start": day.isoformat(), "end": day.isoformat(), "time_precision": 1, **at("يوم الأحد")}
        events.append({
            "id": f"e{k + 1}", "event_type": etype, "sub_event_type": sub, "plover": "ASSAULT",
            "specificity": spec, "trigger": at(trig),
            "actor1": {"id": actor[0], "name": actor[1], "type": actor[3], **at(actor[2])},
            "actor2": None,
            "location": {**at(f"مدينة {place[1]}"), "name": place[0], "geonames_id": None,
                         "id_scheme": None, "place_id": None, "admin1": place[0], "admin2": None,
                         "admin3": None, "country": "SY", "lat": place[2], "lon": place[3],
                         "geo_precision": 1, "candidates": []},
            "date": date, "fatalities": None, "quantities": [], "attribution": None, "framing": [],
            "confidence": 0.7, "notes": "",
        })
    return {
        "contract": "1.0",
        "document": {"id": "sha256:" + hashlib.sha256(text.encode()).hexdigest(), "input_id": None,
                     "name": f"synthetic-{i}.txt", "source": SOURCES[i % len(SOURCES)], "url": None,
                     "language": "ar", "published": (day + dt.timedelta(days=1)).isoformat(),
                     "title": f"تقرير {i}", "encoding": "utf-8", "warnings": [], "text": text},
        "attributions": [], "events": events, "mentions": [],
    }


def build(path: Path, documents: int) -> int:
    rng = random.Random(7)
    store = open_store(path)
    events = 0
    try:
        run = store.begin_run(["bench"], {})
        batch: list[Any] = []
        for i in range(documents):
            c = synthetic(i, rng)
            events += len(c["events"])
            batch.append(records_for(c))
            if len(batch) == 500:
                store.write(run, batch)
                batch = []
        store.write(run, batch)
        store.finish_run(run, "done", {"inputs": documents})
        for i, c in enumerate(store.iter_contracts()):
            if i % 50 == 0:
                store.add_review(c["document"]["id"], "e1", "event_type", "accept", None, "bench")
            if i >= 10_000:
                break
    finally:
        store.close()
    return events


QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("all, first page", "/api/events", {}),
    ("type", "/api/events", {"event_type": "Battles"}),
    ("sub-type + admin1", "/api/events", {"sub_event_type": "Air/drone strike", "admin1": "Idlib"}),
    ("specificity", "/api/events", {"specificity": "recurring"}),
    ("date range", "/api/events", {"date_from": "2023-06-01", "date_to": "2023-06-30"}),
    ("actor + source", "/api/events", {"actor": "sdf", "source": "Agency B"}),
    ("review: accepted", "/api/events", {"review": "accepted"}),
    ("review: unreviewed", "/api/events", {"review": "unreviewed"}),
    ("deep page (offset 20000)", "/api/events", {"offset": "20000"}),
    ("page of 500", "/api/events", {"limit": "500", "admin1": "Aleppo"}),
    ("counts by week", "/api/counts", {"by": "week"}),
    ("geojson, 500", "/api/geojson", {"specificity": "specific"}),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--store", type=Path, default=None)
    args = ap.parse_args()
    console = Console()
    tmp = tempfile.TemporaryDirectory(prefix="marsad-bench-serve-")
    path = args.store or Path(tmp.name) / "bench.db"
    if not path.exists():
        t0 = time.perf_counter()
        n = build(path, args.documents)
        console.print(f"store: {args.documents} documents, {n} events, built in {time.perf_counter() - t0:.1f} s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path, "bench-token-0123456789"), host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    table = Table(title=f"marsad serve latency over HTTP ({args.repeat} requests each)")
    for col in ("query", "items", "total", "p50 ms", "p95 ms", "max ms"):
        table.add_column(col, justify="right" if col != "query" else "left")
    every: list[float] = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for name, url, params in QUERIES:
            client.get(url, params=params).raise_for_status()  # warm
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                resp = client.get(url, params=params)
                times.append((time.perf_counter() - t0) * 1000)
                resp.raise_for_status()
            body = resp.json()
            every += times
            items = len(body.get("items", body.get("features", body.get("counts", []))))
            table.add_row(name, str(items), str(body.get("total", "")), f"{statistics.median(times):.1f}",
                          f"{_p95(times):.1f}", f"{max(times):.1f}")
    server.should_exit = True
    thread.join(10)
    console.print(table)
    p95 = _p95(every)
    console.print(f"all requests: p95 {p95:.1f} ms (target < 100 ms): {'OK' if p95 < 100 else 'OVER'}")
    tmp.cleanup()


def _p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]


if __name__ == "__main__":
    main()
