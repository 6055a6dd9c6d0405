"""Scoring marsad against gold annotations (``marsad eval``): load, read, match, score.

Example::

    from pathlib import Path
    from marsad.evaluate import evaluate
    print(evaluate([Path("devset")]).scores.as_dict()["subtype_f1"])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from marsad.evaluate.gold import (
    DatasetIndex,
    GoldDocument,
    GoldError,
    GoldEvent,
    SystemEvent,
    default_data_dir,
    gold_files,
    gold_to_document,
    load_gold,
)
from marsad.evaluate.score import PRF, DocumentResult, Scores, score_document, total
from marsad.evaluate.system import bad_spans, contract_of, system_events
from marsad.model import Document, Extraction

__all__ = [
    "PRF", "DatasetIndex", "DocumentResult", "Evaluation", "GoldDocument", "GoldError",
    "GoldEvent", "Scores", "SystemEvent", "bad_spans", "contract_of", "default_data_dir",
    "evaluate", "gold_files", "gold_to_document", "load_gold", "score_document",
    "system_events", "total",
]


class ReaderLike(Protocol):
    def read(self, document: Document) -> Extraction: ...


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Per-document results and their micro-averaged total."""

    documents: tuple[DocumentResult, ...]
    scores: Scores


def evaluate(
    paths: Sequence[Path], data_dir: Path | None = None, reader: ReaderLike | None = None
) -> Evaluation:
    """Run marsad's reader on every gold file's article and score what it finds."""
    if reader is None:
        from marsad.pipeline import Reader

        reader = Reader.default()
    index = DatasetIndex(data_dir or default_data_dir())
    results = []
    for path in gold_files(paths):
        gold = load_gold(path, index)
        extraction = reader.read(gold_to_document(gold))
        spans = bad_spans(extraction, contract_of(extraction))
        results.append(score_document(gold, system_events(extraction), spans))
    return Evaluation(tuple(results), total(results))
