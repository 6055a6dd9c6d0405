"""The whole reading pipeline on real Arabic articles: documents/s end to end, time per
recogniser and for event assembly, beside the floor (bench_text.floor) in the same run.

Usage: python bench/bench_pipeline.py [--data ../shared/data] [--limit 1000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_text import CORPORA, floor

from marsad.events import assemble
from marsad.model import Document, Mention
from marsad.pipeline import Reader
from marsad.text.view import view


def load(data: Path, limit: int) -> list[Document]:
    """Documents with their publication dates, alternating the two corpora."""
    per_corpus: list[list[Document]] = []
    for rel in CORPORA:
        docs = []
        with (data / rel).open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                row = json.loads(line)
                published = (row.get("date") or row.get("date_extracted") or "")[:10] or None
                docs.append(Document(f"{rel}:{i}", row["content"], "ar", row["id"], published=published))
        per_corpus.append(docs)
    mixed = [d for pair in zip(*per_corpus, strict=False) for d in pair]
    return mixed[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    docs = load(args.data, args.limit)
    megabytes = sum(len(d.text.encode()) for d in docs) / 1e6
    reader = Reader.default()
    reader.read(docs[0])  # build lexicons and load the gazetteer before timing

    start = time.perf_counter()
    for d in docs:
        reader.read(d)
    total = time.perf_counter() - start

    stages: dict[str, float] = defaultdict(float)
    for d in docs:
        t0 = time.perf_counter()
        v = view(d)
        v.tokens  # noqa: B018 - the text layer is part of the view's cost
        stages["text view"] += time.perf_counter() - t0
        found: list[Mention] = []
        for recogniser in reader.recognisers:
            t0 = time.perf_counter()
            found.extend(recogniser(v, found))
            stages[recogniser.name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        assemble(v, found)
        stages["events (assembly)"] += time.perf_counter() - t0

    blobs = [d.text.encode() for d in docs]
    t0 = time.perf_counter()
    floor(blobs)
    t_floor = time.perf_counter() - t0

    tracemalloc.start()
    for d in docs[:100]:
        reader.read(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n = len(docs)
    print(f"{n} articles, {megabytes:.1f} MB, one core")
    print(f"{'whole pipeline':34}{n / total:>10,.0f} docs/s {megabytes / total:>7.2f} MB/s")
    print(f"{'floor (decode+split+dict scan)':34}{n / t_floor:>10,.0f} docs/s")
    print(f"pipeline / floor speed: {t_floor / total:.3f}")
    print("per stage (ms per article):")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:32}{1000 * seconds / n:>8.3f}")
    print(f"peak traced memory over 100 articles: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
