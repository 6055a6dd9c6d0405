"""``marsad run``: read many inputs into a store with worker processes, resumably and idempotently.

Workers decode and read documents and build the rows; the parent process is the only writer,
committing one transaction per chunk. A document is keyed by its content hash, so a run over
inputs already stored adds nothing, and a run killed half-way (kill -9) is resumed by running it
again: committed chunks are skipped, the rest is read; nothing is lost or doubled.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Literal, Protocol

from marsad.contract import to_contract
from marsad.documents import to_document
from marsad.errors import RecogniserError
from marsad.model import Document, Extraction, Rejected
from marsad.sources.base import RawInput
from marsad.sources.files import iter_inputs
from marsad.store import Store, open_store, records_for
from marsad.store.records import DocumentRecord
from marsad.text.decode import DEFAULT_MAX_BYTES


class DocumentReader(Protocol):
    """What a worker needs: ``Reader`` or any object reading one document."""

    def read(self, document: Document) -> Extraction: ...


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run; ``workers=1`` reads in this process (no pool)."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None
    source: str | None = None
    chunk_size: int = 16
    dedupe: bool = True


@dataclass
class RunSummary:
    """The run report: ``stored + unchanged + rejected == inputs``, each rejection by position."""

    run_id: int = 0
    inputs: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    rejected: list[tuple[int, Rejected]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    clusters: int | None = None
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 0 if not self.rejected else 1

    @property
    def rate(self) -> float:
        return self.inputs / self.seconds if self.seconds > 0 else 0.0

    def counts(self) -> dict[str, int]:
        return {"inputs": self.inputs, "stored": self.stored, "unchanged": self.unchanged,
                "rejected": len(self.rejected)}

    def as_json(self) -> dict[str, Any]:
        return {
            "run": self.run_id, **self.counts(), "events": self.events, "clusters": self.clusters,
            "seconds": round(self.seconds, 3), "documents_per_second": round(self.rate, 2),
            "rejections": [{"position": p, "document": r.document, "reason": r.reason,
                            "detail": r.detail} for p, r in self.rejected],
            "warnings": [{"document": d, "warning": w} for d, w in self.warnings],
        }


# What a worker sends back for one input.
Kind = Literal["stored", "unchanged", "duplicate", "rejected"]
Outcome = tuple[Kind, int, str, DocumentRecord | Rejected | None, tuple[str, ...]]


@dataclass
class _WorkerState:
    reader_factory: Callable[[], DocumentReader]
    store_url: str
    run_id: int
    options: RunOptions
    reader: DocumentReader | None = None
    store: Store | None = None


_STATE: _WorkerState | None = None


def _init(state: _WorkerState) -> None:
    global _STATE
    _STATE = state


def _work(chunk: Sequence[tuple[int, RawInput]]) -> list[Outcome]:
    """Read one chunk of inputs in a worker (or in-process): outcomes in input order."""
    state = _STATE
    assert state is not None, "worker state is set by _init"
    if state.reader is None:
        state.reader = state.reader_factory()
    if state.store is None:
        state.store = open_store(state.store_url, readonly=True)
    opts = state.options
    out: list[Outcome] = []
    for position, raw in chunk:
        doc = to_document(raw, opts.max_bytes, published=opts.published, source=opts.source)
        if isinstance(doc, Rejected):
            out.append(("rejected", position, raw.name, doc, ()))
            continue
        stored_by = state.store.document_run(doc.id)
        if stored_by is not None:
            kind: Kind = "duplicate" if stored_by == state.run_id else "unchanged"
            out.append((kind, position, doc.name, None, ()))
            continue
        try:
            extraction = state.reader.read(doc)
        except RecogniserError as exc:
            out.append(("rejected", position, doc.name,
                        Rejected(doc.name, "unreadable", exc.message), ()))
            continue
        out.append(("stored", position, doc.name, records_for(to_contract(extraction)),
                    doc.warnings))
    return out


def _chunks(raws: Iterable[RawInput], size: int) -> Iterator[list[tuple[int, RawInput]]]:
    numbered = enumerate(raws, start=1)
    while chunk := list(islice(numbered, size)):
        yield chunk


def run(
    sources: Sequence[str],
    store_url: str,
    options: RunOptions | None = None,
    reader_factory: Callable[[], DocumentReader] | None = None,
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read every input under ``sources`` into the store at ``store_url``; the run report."""
    from marsad.pipeline import Reader

    opts = options or RunOptions()
    factory: Callable[[], DocumentReader] = reader_factory or Reader.default
    store = open_store(store_url)
    summary = RunSummary()
    status = "failed"
    try:
        summary.run_id = store.begin_run(list(sources), {
            "workers": opts.workers, "max_bytes": opts.max_bytes, "published": opts.published,
            "source": opts.source})
        started = time.perf_counter()
        state = _WorkerState(factory, store_url, summary.run_id, opts)
        chunks = _chunks(iter_inputs(list(sources), opts.max_bytes), opts.chunk_size)
        for outcomes in _results(chunks, state, opts.workers):
            _commit(store, summary, outcomes)
            summary.seconds = time.perf_counter() - started
            if progress is not None:
                progress(summary)
        if opts.dedupe:
            from marsad.dedupe import recluster

            summary.clusters = recluster(store)
        summary.seconds = time.perf_counter() - started
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if summary.run_id:
            store.finish_run(summary.run_id, status, summary.counts())
        store.close()
    return summary


def _results(
    chunks: Iterator[list[tuple[int, RawInput]]], state: _WorkerState, workers: int
) -> Iterator[list[Outcome]]:
    """Outcomes chunk by chunk; at most ``3 * workers`` chunks in flight (memory stays flat)."""
    if workers <= 1:
        _init(state)
        try:
            for chunk in chunks:
                yield _work(chunk)
        finally:
            if state.store is not None:
                state.store.close()
            _init(None)  # type: ignore[arg-type]
        return
    # fork shares the built reader copy-on-write; elsewhere the state is pickled.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                             initargs=(state,)) as pool:
        pending: set[Future[list[Outcome]]] = set()
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < 3 * workers:
                try:
                    pending.add(pool.submit(_work, next(chunks)))
                except StopIteration:
                    exhausted = True
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


def _commit(store: Store, summary: RunSummary, outcomes: list[Outcome]) -> None:
    """Write one chunk's documents in one transaction, then its rejections; count everything."""
    records = [o[3] for o in outcomes if o[0] == "stored" and isinstance(o[3], DocumentRecord)]
    inserted = iter(store.write(summary.run_id, records))
    rejections: list[tuple[int, Rejected]] = []
    for kind, position, name, payload, warnings in outcomes:
        summary.inputs += 1
        if kind == "stored" and isinstance(payload, DocumentRecord):
            if next(inserted):
                summary.stored += 1
                summary.events += len(payload.events)
                summary.warnings.extend((name, w) for w in warnings)
            else:
                kind = "duplicate"
        if kind == "unchanged":
            summary.unchanged += 1
        elif kind == "duplicate":
            rejections.append((position, Rejected(name, "duplicate",
                                                  "same text as an input read earlier in this run")))
        elif kind == "rejected" and isinstance(payload, Rejected):
            rejections.append((position, payload))
    if rejections:
        store.write_rejections(summary.run_id, [(p, r.document, r.reason, r.detail)
                                                for p, r in rejections])
        summary.rejected.extend(rejections)
