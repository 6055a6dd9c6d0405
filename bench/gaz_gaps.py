"""Count place-like words the toponym recogniser leaves unresolved, to find gazetteer gaps.

python bench/gaz_gaps.py [--limit N] [--top K]

A word (one or two tokens) after a place cue (في/ب/قرب/مدينة/ولاية/محافظة/إقليم/بلدة) that no
toponym mention covers is counted, grouped by the article's most-named country (from resolved
places), so the biggest gaps of each country show first.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import regex
from bench_pipeline import load

from marsad.geocode.store import default_gazetteer
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

CUE = regex.compile(
    r"(?<=\s)(?:[وب]?(?:مدينة|ولاية|محافظة|إقليم|اقليم|بلدة|قرية|منطقة|مقاطعة)|قرب|في)\s+"
    r"(\p{Arabic}{3,}(?:\s+(?:ال)\p{Arabic}{3,})?)"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    recognise = ToponymRecogniser(default_gazetteer())
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for doc in load(args.data, args.limit):
        found = recognise(view(doc), [])
        covered = [(m.span.start, m.span.end) for m in found]
        countries = collections.Counter(
            str(m.value.get("country")) for m in found if isinstance(m.value, dict) and m.value.get("country"))
        country = countries.most_common(1)[0][0] if countries else "?"
        for hit in CUE.finditer(doc.text):
            start, end = hit.span(1)
            if any(s < end and start < e for s, e in covered):
                continue
            counts[country][hit.group(1).split()[0]] += 1
    for country, counter in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(country, sum(counter.values()), " ".join(f"{w}:{n}" for w, n in counter.most_common(args.top)))


if __name__ == "__main__":
    main()
