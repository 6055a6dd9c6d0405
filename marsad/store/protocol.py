"""What every store backend offers (embedded SQLite, server PostgreSQL), and the export filter.

The runner, exports and de-duplication talk only to this Protocol, so a backend is swapped by
the store URL alone (``path.db`` or ``postgresql://...``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from marsad.store.records import DocumentRecord

JSON = dict[str, Any]
# (position in the run's input order, input name, reason, detail)
RejectionRow = tuple[int, str, str, str]
# (a_document, a_event, b_document, b_event, score, reasons as JSON text)
LinkRow = tuple[str, str, str, str, float, str]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events an export or query keeps; ``None`` keeps all.

    ``since``/``until`` compare ISO dates with the event's start date (undated events are left
    out by a date filter); ``event_type`` matches the type or the sub-type; ``place`` matches
    the country code, admin1..3 or the location name, case-insensitively.
    """

    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    place: str | None = None
    specificity: tuple[str, ...] | None = None

    @property
    def empty(self) -> bool:
        return (self.since, self.until, self.event_type, self.place, self.specificity) == (
            None, None, None, None, None)


ALL = EventFilter()


class Store(Protocol):
    """A transactional store of documents, events, evidence, mentions, reviews, runs, clusters."""

    url: str

    def schema_version(self) -> int: ...

    def begin_run(self, sources: Sequence[str], options: JSON) -> int: ...

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None: ...

    def document_run(self, document_id: str) -> int | None:
        """The run that stored this document, or None when it is not stored."""
        ...

    def write(self, run_id: int, records: Sequence[DocumentRecord]) -> list[bool]:
        """Insert documents with their rows in ONE transaction; False for those already stored."""
        ...

    def write_rejections(self, run_id: int, rows: Sequence[RejectionRow]) -> None: ...

    def counts(self) -> dict[str, int]:
        """Row count of every table (for reports and tests)."""
        ...

    def iter_contracts(self, where: EventFilter = ALL) -> Iterator[JSON]:
        """Stored contract objects, in document-id order; a filter keeps documents with a match."""
        ...

    def iter_events(self, where: EventFilter = ALL) -> Iterator[JSON]:
        """Event rows joined with their document, cluster id and evidence list."""
        ...

    def replace_clusters(
        self, assignments: Sequence[tuple[str, str, str]], links: Sequence[LinkRow]
    ) -> None:
        """Replace all cluster assignments (document, event, cluster id) and links at once."""
        ...

    def add_review(
        self, document_id: str, event_id: str | None, field: str, action: str,
        value: object, reviewer: str, note: str | None = None,
    ) -> int:
        """Record a reviewer's decision beside (never over) the machine's value."""
        ...

    def iter_reviews(self) -> Iterator[JSON]:
        """Every review decision, oldest first: id, document_id, event_id, field, action,
        value (decoded JSON), reviewer, at (UTC ISO time), note."""
        ...

    def runs(self) -> list[JSON]: ...

    def close(self) -> None: ...
