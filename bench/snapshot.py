"""Record or check the pipeline's whole output on real articles, to prove a speed-up changes nothing.

record: python bench/snapshot.py record /tmp/before.jsonl [--limit N]
check:  python bench/snapshot.py check /tmp/before.jsonl [--limit N]

Each line holds one article's contract output (document text left out). ``check`` reads the
same articles again and prints, for each article whose output differs, the first differing
field path with both values; it exits 1 if any differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench_pipeline import load

from marsad.contract import to_contract
from marsad.pipeline import Reader


def outputs(data: Path, limit: int | None) -> list[dict[str, Any]]:
    """Each article's contract output without its text (the text is the input, not a result)."""
    reader = Reader.default()
    out = []
    for doc in load(data, limit):
        record = to_contract(reader.read(doc))
        del record["document"]["text"]
        out.append(record)
    return out


def first_difference(a: Any, b: Any, path: str = "") -> str | None:
    """The path of the first place where ``a`` and ``b`` differ, with both values."""
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: present in only one"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None if len(a) == len(b) else f"{path}: {len(a)} items != {len(b)} items"
    return None if a == b else f"{path}: {a!r} != {b!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("record", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=10, help="differences to print")
    args = parser.parse_args()
    now = outputs(args.data, args.limit)
    if args.mode == "record":
        with args.file.open("w", encoding="utf-8") as handle:
            for record in now:
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"recorded {len(now)} articles to {args.file}")
        return
    with args.file.open(encoding="utf-8") as handle:
        before = [json.loads(line) for line in handle]
    if len(before) != len(now):
        print(f"{len(before)} articles recorded, {len(now)} read now: use the same --limit")
        sys.exit(1)
    differing = 0
    for old, new in zip(before, now, strict=True):
        found = first_difference(old, new)
        if found:
            differing += 1
            if differing <= args.show:
                print(f"{new['document']['name']}: {found}")
    print(f"{differing} of {len(now)} articles differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
