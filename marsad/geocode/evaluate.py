"""Score the place recogniser + resolver on the toponym test set (devset/toponyms).

Annotation rows name the dataset, the article id and a character span, with the expected
place id (or null when the gazetteer lacks it), admin1, country and ACLED precision; the
articles are read from the shared data directory at run time, never copied.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.evaluate.gold import DatasetIndex
from marsad.geocode.distance import km
from marsad.model import Document, Mention
from marsad.recognise.toponyms import ToponymRecogniser
from marsad.text.view import view

WITHIN_KM = 25.0


@dataclass(frozen=True, slots=True)
class ToponymScores:
    mentions: int
    found: float
    exact_id: float
    admin1: float
    within_25km: float
    geo_precision: float

    def table(self) -> str:
        return "\n".join(
            f"{k:<16}{v:.3f}" if isinstance(v, float) else f"{k:<16}{v}"
            for k, v in (
                ("mentions", self.mentions), ("found", self.found), ("exact_id", self.exact_id),
                ("admin1", self.admin1), ("within_25km", self.within_25km),
                ("geo_precision", self.geo_precision),
            )
        )


def load_annotations(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_articles(shared_data: Path, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The texts (``content``) of the (dataset, article id) pairs wanted, from the shared data."""
    index = DatasetIndex(shared_data)
    return {(ds, aid): str(index.row(ds, aid)["content"]) for ds, aid in set(wanted)}


def score(
    annotations: Sequence[dict[str, Any]], shared_data: Path,
    recogniser: ToponymRecogniser | None = None,
) -> ToponymScores:
    """Run the recogniser over each annotated article and compare at the annotated spans."""
    rec = recogniser or ToponymRecogniser()
    texts = load_articles(shared_data, {(a["dataset"], a["article_id"]) for a in annotations})
    found_by_doc: dict[tuple[str, str], list[Mention]] = {}
    for key, text in texts.items():
        doc = Document(f"{key[0]}:{key[1]}", text, "ar", key[1])
        found_by_doc[key] = rec(view(doc), [])
    n = len(annotations)
    hits = ids = ids_n = admin = near = near_n = prec = 0
    for a in annotations:
        exp = a["expected"]
        start, end = a["span"]
        cands = [m for m in found_by_doc.get((a["dataset"], a["article_id"]), [])
                 if m.span.start < end and start < m.span.end]
        if exp.get("place_id"):
            ids_n += 1
        if exp.get("lat") is not None:
            near_n += 1
        if not cands:
            continue
        hits += 1
        v = cands[0].value
        if exp.get("place_id") and v.get("place_id") == exp["place_id"]:
            ids += 1
        if v.get("country") == exp["country"] and v.get("admin1") == exp["admin1"]:
            admin += 1
        if v.get("geo_precision") == exp["geo_precision"]:
            prec += 1
        if exp.get("lat") is not None and v.get("lat") is not None:
            if km(exp["lat"], exp["lon"], v["lat"], v["lon"]) <= WITHIN_KM:
                near += 1
    return ToponymScores(
        n, hits / n, ids / max(ids_n, 1), admin / n, near / max(near_n, 1), prec / n
    )


def main() -> None:
    """Print the scores: ``python -m marsad.geocode.evaluate [ANNOTATIONS] [SHARED_DATA]``."""
    import sys

    here = Path(__file__).resolve().parents[2]
    ann = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "devset" / "toponyms" / "toponyms.jsonl"
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "shared" / "data"
    print(score(load_annotations(ann), data).table())


if __name__ == "__main__":
    main()
