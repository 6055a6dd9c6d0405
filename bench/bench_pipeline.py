"""Reading-pipeline throughput on real Arabic articles: end to end, per recogniser, and the floor.

end to end = marsad.pipeline.Reader.default().read over Documents (content, "ar", published)
breakdown  = the same work step by step: text view, each recogniser's __call__, the assembler
floor      = decode + whitespace split + one Aho-Corasick dictionary scan (bench_text.floor)

Times are CPU time of this process (time.process_time), so a busy machine skews them less.

Usage: python bench/bench_pipeline.py [--data ../shared/data] [--limit N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc
from pathlib import Path

from bench_text import CORPORA, floor

from marsad.events import assemble
from marsad.model import Document, Mention
from marsad.pipeline import Reader
from marsad.text.view import view

# The field holding each corpus's publication date (same order as CORPORA).
_PUBLISHED = ("date", "date_extracted")


def load(data: Path, limit: int | None) -> list[Document]:
    """Documents as a source would build them: content, Arabic, the corpus's publication date."""
    out: list[Document] = []
    for rel, field in zip(CORPORA, _PUBLISHED, strict=True):
        with (data / rel).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                name = str(row["id"])
                out.append(Document(name, row["content"], "ar", name, published=row.get(field)))
    return out[:limit] if limit else out


def end_to_end(reader: Reader, docs: list[Document]) -> float:
    start = time.process_time()
    for doc in docs:
        reader.read(doc)
    return time.process_time() - start


def breakdown(reader: Reader, docs: list[Document]) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds spent in each step over ``docs``, and the mentions each recogniser found."""
    seconds: dict[str, float] = {"view": 0.0}
    counts: dict[str, int] = {}
    clock = time.process_time
    for doc in docs:
        t0 = clock()
        text_view = view(doc)
        text_view.tokens  # noqa: B018 - tokenising is part of the text layer, not the first recogniser
        seconds["view"] += clock() - t0
        found: list[Mention] = []
        for recogniser in reader.recognisers:
            t0 = clock()
            got = recogniser(text_view, found)
            seconds[recogniser.name] = seconds.get(recogniser.name, 0.0) + clock() - t0
            counts[recogniser.name] = counts.get(recogniser.name, 0) + len(got)
            found.extend(got)
        t0 = clock()
        found.sort(key=lambda m: (m.span.start, m.span.end, m.kind))
        assemble(text_view, found)
        seconds["assemble"] = seconds.get("assemble", 0.0) + clock() - t0
    return seconds, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = load(args.data, args.limit)
    blobs = [d.text.encode("utf-8") for d in docs]
    megabytes = sum(len(b) for b in blobs) / 1e6
    n = len(docs)

    t0 = time.process_time()
    reader = Reader.default()
    reader.read(docs[0])  # lexicons and the gazetteer load lazily: keep that out of the timings
    t_load = time.process_time() - t0
    tracemalloc.start()
    for doc in docs[:200]:
        reader.read(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    t_e2e = min(end_to_end(reader, docs) for _ in range(args.repeat))
    t_floor = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        floor(blobs)
        t_floor = min(t_floor, time.process_time() - start)
    seconds, counts = breakdown(reader, docs)

    print(f"{n} articles, {megabytes:.1f} MB (best of {args.repeat}, one core); load {t_load:.2f} s")
    print(f"{'':36}{'docs/s':>10}{'MB/s':>8}")
    print(f"{'end to end: Reader.read':36}{n / t_e2e:>10,.0f}{megabytes / t_e2e:>8.2f}")
    print(f"{'floor: decode+split+dictionary scan':36}{n / t_floor:>10,.0f}{megabytes / t_floor:>8.2f}")
    print(f"pipeline / floor speed: {t_floor / t_e2e:.3f}")
    total = sum(seconds.values())
    print(f"\nbreakdown (one pass, {total:.2f} s){'':6}{'ms/doc':>8}{'share':>8}{'mentions':>10}{'per s':>10}")
    for step, sec in seconds.items():
        found = counts.get(step)
        rate = f"{found / sec:>10,.0f}" if found is not None and sec > 0 else f"{'':>10}"
        shown = f"{found:>10,}" if found is not None else f"{'':>10}"
        print(f"{step:42}{1000 * sec / n:>8.3f}{sec / total:>8.1%}{shown}{rate}")
    print(f"\npeak traced memory over 200 articles: {peak / 1e6:.1f} MB; "
          f"max resident set: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")


if __name__ == "__main__":
    main()
