"""Text-layer throughput on real Arabic articles, beside the floor measured in the same run.

stage  = decode + normalise (with offset map) + tokenise (with clitic readings) + quantities
floor  = decode + whitespace split + one Aho-Corasick dictionary scan of the same texts

Usage: python bench/bench_text.py [--data ../shared/data] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import ahocorasick

from marsad.model import Document
from marsad.recognise import default_registry
from marsad.text.decode import Decoded, decode
from marsad.text.view import view

CORPORA = ("ant_corpus_conflict/ant_conflict.jsonl", "saudinewsnet_conflict/saudinewsnet_conflict.jsonl")
# A small fixed dictionary for the floor scan: common conflict words and places.
FLOOR_WORDS = (
    "قصف غارة اشتباكات مقتل قتلى جرحى انفجار عبوة تفجير اختطاف اعتقال نزوح هجوم كمين قذائف معارك "
    "سوريا العراق اليمن ليبيا غزة حلب ادلب دمشق درعا الرقة دير الزور الموصل صنعاء عدن تعز"
).split()


def load(data: Path) -> list[bytes]:
    """Article bodies as UTF-8 bytes, as a source would hand them to the decoder."""
    out: list[bytes] = []
    for rel in CORPORA:
        with (data / rel).open(encoding="utf-8") as handle:
            for line in handle:
                out.append(json.loads(line)["content"].encode("utf-8"))
    return out


def stage(blobs: list[bytes]) -> int:
    quantities = _quantities()
    count = 0
    for i, blob in enumerate(blobs):
        decoded = decode(blob)
        assert isinstance(decoded, Decoded)
        v = view(Document(str(i), decoded.text, "ar", str(i)))
        v.tokens  # noqa: B018 - clitic readings are computed lazily, per word type, by matchers
        if quantities is not None:
            count += len(quantities(v, []))
    return count


def _quantities() -> Callable[..., list[object]] | None:
    registry = default_registry()
    if "marsad.quantities.v1" not in registry.names():
        return None
    recogniser: Callable[..., list[object]] = registry.build(["marsad.quantities.v1"])[0]
    return recogniser


def floor(blobs: list[bytes]) -> int:
    automaton = ahocorasick.Automaton()
    for word in FLOOR_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    hits = 0
    for blob in blobs:
        text = blob.decode("utf-8")
        text.split()
        hits += sum(1 for _ in automaton.iter(text))
    return hits


def timed(fn: Callable[[list[bytes]], int], blobs: list[bytes], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(blobs)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    blobs = load(args.data)
    megabytes = sum(len(b) for b in blobs) / 1e6
    has_quantities = _quantities() is not None
    tracemalloc.start()
    stage(blobs[:200])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    t_stage = timed(stage, blobs, args.repeat)
    t_floor = timed(floor, blobs, args.repeat)
    n = len(blobs)
    print(f"{n} articles, {megabytes:.1f} MB (best of {args.repeat}, one core)")
    print(f"{'':44}{'docs/s':>10}{'MB/s':>8}")
    label = "decode+normalise+tokenise" + ("+quantities" if has_quantities else " (no quantities yet)")
    print(f"{label:44}{n / t_stage:>10,.0f}{megabytes / t_stage:>8.2f}")
    print(f"{'floor: decode+split+dictionary scan':44}{n / t_floor:>10,.0f}{megabytes / t_floor:>8.2f}")
    print(f"stage / floor speed: {t_floor / t_stage:.2f}")
    print(f"peak traced memory over 200 articles: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
