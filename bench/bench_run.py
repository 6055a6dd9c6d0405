"""``marsad run`` end to end on >= 10,000 real articles: documents/s with 1 and 2 workers,
peak memory (parent + workers), and store size per 1,000 documents.

The two Arabic corpora in ../shared/data hold ~5,900 articles; each is read twice, as its body
and as "title + abstract + body" (a different text, hence a different document), so the run
stores > 10,000 distinct documents. Memory is measured at two corpus sizes to show it is flat.

Usage: python bench/bench_run.py [--data ../shared/data] [--limit N] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from marsad.runner import RunOptions, run

CORPORA = ("ant_corpus_conflict/ant_conflict.jsonl",
           "saudinewsnet_conflict/saudinewsnet_conflict.jsonl")


def articles(data: Path) -> Iterator[dict[str, str]]:
    for rel in CORPORA:
        with (data / rel).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                published = (row.get("date") or row.get("date_extracted") or "")[:10] or None
                body = row["content"]
                base = {"source": row.get("outlet") or row.get("source"), "published": published,
                        "title": row.get("title")}
                yield {"id": row["id"], "text": body, **base}
                lead = "\n".join(p for p in (row.get("title"), row.get("abstract")) if p)
                yield {"id": row["id"] + "+lead", "text": f"{lead}\n{body}", **base}


def write_input(data: Path, folder: Path, limit: int) -> tuple[Path, int]:
    path, n = folder / "input.jsonl", 0
    with path.open("w", encoding="utf-8") as out:
        for n, item in enumerate(articles(data), start=1):
            out.write(json.dumps({k: v for k, v in item.items() if v}, ensure_ascii=False) + "\n")
            if n >= limit:
                break
    return path, n


def peak_mb() -> float:
    """Peak resident memory of this process and of its (finished) worker children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure(source: Path, workers: int, folder: Path) -> dict[str, float]:
    store = folder / f"store-{workers}.db"
    started = time.perf_counter()
    summary = run([str(source)], str(store), RunOptions(workers=workers, dedupe=True))
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in folder.glob(f"store-{workers}.db*"))
    return {"workers": workers, "documents": summary.inputs, "stored": summary.stored,
            "events": summary.events, "seconds": seconds, "docs_per_s": summary.inputs / seconds,
            "mb_per_1000": size / 1e6 / max(summary.stored, 1) * 1000, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2]
                        / "shared" / "data")
    parser.add_argument("--limit", type=int, default=12_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    try:
        source, count = write_input(args.data, folder, args.limit)
        print(f"{count:,} inputs from {', '.join(CORPORA)}")
        print(f"{'workers':>7} {'docs':>7} {'stored':>7} {'events':>7} {'s':>7} {'docs/s':>8}"
              f" {'MB/1000 docs':>12} {'peak MB':>8}")
        results = []
        for workers in args.workers:
            r = measure(source, workers, folder)
            results.append(r)
            print(f"{r['workers']:>7.0f} {r['documents']:>7.0f} {r['stored']:>7.0f}"
                  f" {r['events']:>7.0f} {r['seconds']:>7.1f} {r['docs_per_s']:>8.1f}"
                  f" {r['mb_per_1000']:>12.2f} {r['peak_mb']:>8.0f}", flush=True)
        if len(results) > 1:
            print(f"speed-up {results[-1]['docs_per_s'] / results[0]['docs_per_s']:.2f}x "
                  f"({results[-1]['workers']:.0f} vs {results[0]['workers']:.0f} workers)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
