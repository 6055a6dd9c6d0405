"""Geocoding bench: gazetteer open time, mentions resolved per second, peak memory, the toponym
set's accuracy and recognition recall on ANERcorp's LOC tags.

    python bench/bench_geocode.py [SHARED_DATA]       (default ../shared/data)
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from marsad.geocode.evaluate import load_annotations, score
from marsad.geocode.resolve import Context
from marsad.geocode.store import embedded
from marsad.model import Document
from marsad.recognise.toponyms import ToponymRecogniser, name_lexicon
from marsad.text.view import view

REPO = Path(__file__).resolve().parents[1]


def anercorp_sentences(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Sentences rebuilt from ANERcorp's token lines, with the character spans of LOC entities."""
    out: list[tuple[str, list[tuple[int, int]]]] = []
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        word, tag = parts
        if tag == "B-LOC":
            spans.append((pos, pos + len(word)))
        elif tag == "I-LOC" and spans and spans[-1][1] == pos - 1:
            spans[-1] = (spans[-1][0], pos + len(word))
        words.append(word)
        pos += len(word) + 1
        if word == ".":
            out.append((" ".join(words), spans))
            words, spans, pos = [], [], 0
    return out


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "data"
    embedded.cache_clear()
    t0 = time.perf_counter()
    gaz = embedded()
    name_lexicon(gaz, True)
    open_s = time.perf_counter() - t0
    rec = ToponymRecogniser(gaz)

    # Resolution alone: every annotated mention's candidates, scored in context, many times.
    annotations = load_annotations(REPO / "devset" / "toponyms" / "toponyms.jsonl")
    texts = [(a["dataset"], a["article_id"]) for a in annotations]
    from marsad.geocode.evaluate import load_articles

    articles = load_articles(data, set(texts))
    spots = []
    for text in articles.values():
        spots.extend(rec.spots(view(Document("b", text, "ar", "b"))))
    ctx = Context("SY", frozenset({("SY", "07")}))
    rounds = max(1, 200_000 // max(len(spots), 1))
    t0 = time.perf_counter()
    for _ in range(rounds):
        for s in spots:
            rec.resolver.resolve(s.entries, s.cue, s.features, s.modifier, ctx)
    resolve_rate = rounds * len(spots) / (time.perf_counter() - t0)

    # End to end over the articles: recognition + resolution.
    t0 = time.perf_counter()
    n_mentions = sum(len(rec(view(Document("b", t, "ar", "b")), [])) for t in articles.values())
    e2e_s = time.perf_counter() - t0

    scores = score(annotations, data, rec)

    sents = anercorp_sentences(data / "anercorp" / "ANERCorp.txt")
    gold = found = 0
    for text, locs in sents:
        if not locs:
            continue
        got = [m.span for m in rec(view(Document("a", text, "ar", "a")), [])]
        gold += len(locs)
        found += sum(1 for s, e in locs if any(g.start < e and s < g.end for g in got))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{'gazetteer open + Arabic name index':<40}{open_s:8.3f} s")
    print(f"{'mentions resolved / s (resolver)':<40}{resolve_rate:8.0f}")
    print(f"{'articles end to end':<40}{len(articles):8d} docs, {n_mentions} mentions, "
          f"{e2e_s:.2f} s ({n_mentions / e2e_s:.0f} mentions/s)")
    print(scores.table())
    print(f"{'ANERcorp LOC recall':<40}{found / gold:8.3f} ({found}/{gold})")
    print(f"{'peak RSS':<40}{peak_mb:8.0f} MB")


if __name__ == "__main__":
    main()
