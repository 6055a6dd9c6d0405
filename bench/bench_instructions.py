"""CPU instructions per article of the reading pipeline, counted by valgrind's callgrind.

Timings on a shared machine swing by ±10% between identical runs; instruction counts do not
depend on the machine's load, so speed changes are compared by this figure (docs/speed.md).
It reads N corpus articles after W warm-up articles (the first loads the lexicons and the
gazetteer; the first few also rebuild the shared scan's automata as recognisers join it) and,
in a second run, only the warm-up articles; the difference over N is the steady cost of
reading one article. ``PYTHONHASHSEED=0`` fixes set and dict orders, without which the
count moves by ~±100k per article between runs.

Usage: python bench/bench_instructions.py [--data ../shared/data] [--limit 300] [--warmup 20]
Needs valgrind (Debian package ``valgrind``); a run of 300 articles takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_pipeline import load

from marsad.pipeline import Reader

_TOTALS = re.compile(r"^(?:summary|totals): (\d+)", re.MULTILINE)


def read(data: Path, count: int) -> None:
    """Read ``count`` articles (the process callgrind counts)."""
    reader = Reader.default()
    for doc in load(data, count):
        reader.read(doc)


def instructions(data: Path, count: int) -> int:
    """Instructions callgrind counts for a process reading the first ``count`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
             __file__, "--data", str(data), "--read", str(count)],
            check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        found = _TOTALS.search(out.read_text(encoding="utf-8", errors="replace"))
        if found is None:
            raise SystemExit(f"no instruction total in {out}")
        return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=300, help="articles counted")
    parser.add_argument("--warmup", type=int, default=20, help="articles read before counting")
    parser.add_argument("--read", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read is not None:
        read(args.data, args.read)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    warm = instructions(args.data, args.warmup)
    total = instructions(args.data, args.warmup + args.limit)
    print(f"{(total - warm) // args.limit:,} instructions per article "
          f"({args.limit} corpus articles after {args.warmup} warm-up articles)")


if __name__ == "__main__":
    main()
