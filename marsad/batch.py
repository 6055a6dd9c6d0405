"""A batch: inputs -> documents -> extractions, with a run report where every input is counted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from marsad.documents import to_document
from marsad.errors import RecogniserError
from marsad.model import Extraction, Rejected
from marsad.pipeline import Reader
from marsad.sources.base import RawInput
from marsad.text.decode import DEFAULT_MAX_BYTES


@dataclass
class RunReport:
    """Processed and rejected inputs; ``processed + len(rejected) == inputs`` always."""

    inputs: int = 0
    processed: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if not self.rejected else 1

    def as_json(self) -> dict[str, object]:
        return {
            "inputs": self.inputs,
            "processed": self.processed,
            "rejected": len(self.rejected),
            "rejections": [
                {"document": r.document, "reason": r.reason, "detail": r.detail} for r in self.rejected
            ],
            "warnings": [{"document": d, "warning": w} for d, w in self.warnings],
        }


def extract_all(
    raws: Iterable[RawInput],
    reader: Reader,
    report: RunReport,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    source: str | None = None,
) -> Iterator[Extraction]:
    """Read every input in order; rejections and warnings go into ``report``."""
    seen: dict[str, str] = {}
    for raw in raws:
        report.inputs += 1
        doc = to_document(raw, max_bytes, published=published, source=source)
        if isinstance(doc, Rejected):
            report.rejected.append(doc)
            continue
        key = f"{doc.id}|{doc.input_id or ''}"
        if key in seen:
            report.rejected.append(Rejected(doc.name, "duplicate", f"same text as {seen[key]}"))
            continue
        seen[key] = doc.name
        try:
            extraction = reader.read(doc)
        except RecogniserError as exc:
            report.rejected.append(Rejected(doc.name, "unreadable", exc.message))
            continue
        report.processed += 1
        report.warnings.extend((doc.name, w) for w in doc.warnings)
        yield extraction
