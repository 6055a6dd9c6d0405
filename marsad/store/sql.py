"""The store logic both SQL backends share; a backend supplies connection, cursor and dialect.

SQL here is written once with ``?`` placeholders and portable syntax (``ON CONFLICT DO
NOTHING``, ``RETURNING``), which SQLite >= 3.35 and PostgreSQL both accept.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import orjson

from marsad.errors import StoreError
from marsad.store.protocol import ALL, JSON, EventFilter, LinkRow, RejectionRow
from marsad.store.records import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    EVIDENCE_COLUMNS,
    MENTION_COLUMNS,
    DocumentRecord,
)
from marsad.store.schema import MIGRATIONS, MIGRATIONS_TABLE, Dialect, statements

TABLES = ("runs", "documents", "rejections", "events", "evidence", "mentions", "reviews",
          "event_clusters", "cluster_links")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _insert(table: str, columns: Sequence[str], conflict: str | None = None) -> str:
    cols = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    tail = f" ON CONFLICT ({conflict}) DO NOTHING" if conflict else ""
    return f"INSERT INTO {table} ({cols}) VALUES ({marks}){tail}"


_INSERT_DOCUMENT = _insert("documents", (*DOCUMENT_COLUMNS, "run_id", "added_at"), "id")
_INSERT_EVENT = _insert("events", EVENT_COLUMNS)
_INSERT_EVIDENCE = _insert("evidence", EVIDENCE_COLUMNS)
_INSERT_MENTION = _insert("mentions", MENTION_COLUMNS)


class SQLStore(ABC):
    """Common implementation of :class:`marsad.store.protocol.Store` over a DB-API connection."""

    dialect: Dialect
    url: str

    # --- what a backend provides ---------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """All statements inside commit together or not at all."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[JSON]:
        """Rows as dicts, streamed."""

    @abstractmethod
    def close(self) -> None: ...

    def _reading(self) -> AbstractContextManager[None]:
        """A consistent snapshot for multi-query reads (PostgreSQL needs one for its cursors)."""
        return nullcontext()

    # --- schema ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._transaction():
            self._execute(MIGRATIONS_TABLE)
            done = {row["version"] for row in self._query("SELECT version FROM schema_migrations")}
            for version, name, steps in MIGRATIONS:
                if version in done:
                    continue
                for step in steps:
                    self._execute(statements(self.dialect, step))
                self._execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, _now()),
                )

    def schema_version(self) -> int:
        rows = list(self._query("SELECT MAX(version) AS v FROM schema_migrations"))
        return int(rows[0]["v"] or 0)

    # --- runs ------------------------------------------------------------------------------
    def begin_run(self, sources: Sequence[str], options: JSON) -> int:
        with self._transaction():
            # A run that never finished was interrupted (killed): say so, keep what it stored.
            self._execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            rows = list(self._query(
                "INSERT INTO runs (started_at, status, sources, options) VALUES (?, 'running', ?, ?)"
                " RETURNING id",
                (_now(), orjson.dumps(list(sources)).decode(), orjson.dumps(options).decode()),
            ))
        return int(rows[0]["id"])

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._transaction():
            self._execute(
                "UPDATE runs SET finished_at = ?, status = ?, inputs = ?, stored = ?, "
                "unchanged = ?, rejected = ? WHERE id = ?",
                (_now(), status, counts.get("inputs", 0), counts.get("stored", 0),
                 counts.get("unchanged", 0), counts.get("rejected", 0), run_id),
            )

    def runs(self) -> list[JSON]:
        return list(self._query("SELECT * FROM runs ORDER BY id"))

    # --- documents -------------------------------------------------------------------------
    def document_run(self, document_id: str) -> int | None:
        rows = list(self._query("SELECT run_id FROM documents WHERE id = ?", (document_id,)))
        return None if not rows else int(rows[0]["run_id"])

    def write(self, run_id: int, records: Sequence[DocumentRecord]) -> list[bool]:
        added: list[bool] = []
        now = _now()
        try:
            with self._transaction():
                for record in records:
                    inserted = self._execute(_INSERT_DOCUMENT, (*record.document, run_id, now)) == 1
                    added.append(inserted)
                    if not inserted:
                        continue
                    if record.events:
                        self._executemany(_INSERT_EVENT, record.events)
                    if record.evidence:
                        self._executemany(_INSERT_EVIDENCE, record.evidence)
                    if record.mentions:
                        self._executemany(_INSERT_MENTION, record.mentions)
        except StoreError:
            raise
        except Exception as exc:  # a driver error must name the store, and stay picklable
            raise StoreError(f"cannot write to {self.url}: {type(exc).__name__}: {exc}") from exc
        return added

    def write_rejections(self, run_id: int, rows: Sequence[RejectionRow]) -> None:
        if not rows:
            return
        with self._transaction():
            self._executemany(
                _insert("rejections", ("run_id", "position", "name", "reason", "detail"),
                        "run_id, position"),
                [(run_id, *row) for row in rows],
            )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in TABLES:
            (row,) = list(self._query(f"SELECT COUNT(*) AS n FROM {table}"))
            out[table] = int(row["n"])
        return out

    # --- reading ---------------------------------------------------------------------------
    def iter_contracts(self, where: EventFilter = ALL) -> Iterator[JSON]:
        if where.empty:
            sql, params = "SELECT contract FROM documents d ORDER BY d.id", list[Any]()
        else:
            cond, params = _conditions(where)
            sql = ("SELECT contract FROM documents d WHERE d.id IN (SELECT e.document_id FROM "
                   f"events e WHERE {cond}) ORDER BY d.id")
        with self._reading():
            for row in self._query(sql, params):
                yield orjson.loads(row["contract"])

    def iter_events(self, where: EventFilter = ALL) -> Iterator[JSON]:
        with self._reading():
            yield from self._events(where)

    def _events(self, where: EventFilter) -> Iterator[JSON]:
        cond, params = _conditions(where)
        events = self._query(
            "SELECT e.*, d.source, d.url, d.published, d.title, d.language, c.cluster_id "
            "FROM events e JOIN documents d ON d.id = e.document_id "
            "LEFT JOIN event_clusters c ON c.document_id = e.document_id "
            f"AND c.event_id = e.event_id WHERE {cond} ORDER BY e.document_id, e.event_id",
            params,
        )
        evidence = self._query(
            "SELECT v.document_id, v.event_id, v.field, v.text, v.start_offset, v.end_offset "
            "FROM evidence v JOIN events e ON e.document_id = v.document_id "
            f"AND e.event_id = v.event_id WHERE {cond} ORDER BY v.document_id, v.event_id",
            params,
        )
        pending = next(evidence, None)
        for event in events:
            key = (event["document_id"], event["event_id"])
            found: list[JSON] = []
            while pending is not None and (pending["document_id"], pending["event_id"]) == key:
                found.append({"field": pending["field"], "text": pending["text"],
                              "span": [pending["start_offset"], pending["end_offset"]]})
                pending = next(evidence, None)
            event["evidence"] = found
            yield event

    # --- clusters and reviews --------------------------------------------------------------
    def replace_clusters(
        self, assignments: Sequence[tuple[str, str, str]], links: Sequence[LinkRow]
    ) -> None:
        with self._transaction():
            self._execute("DELETE FROM event_clusters")
            self._execute("DELETE FROM cluster_links")
            if assignments:
                self._executemany(
                    _insert("event_clusters", ("document_id", "event_id", "cluster_id")),
                    assignments)
            if links:
                self._executemany(
                    _insert("cluster_links", ("a_document", "a_event", "b_document", "b_event",
                                              "score", "reasons")), links)

    def add_review(
        self, document_id: str, event_id: str | None, field: str, action: str,
        value: object, reviewer: str, note: str | None = None,
    ) -> int:
        if action not in ("accept", "correct", "reject"):
            raise StoreError(f"unknown review action {action!r} (accept, correct or reject)")
        with self._transaction():
            rows = list(self._query(
                "INSERT INTO reviews (document_id, event_id, field, action, value, reviewer, "
                "decided_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (document_id, event_id, field, action, orjson.dumps(value).decode(), reviewer,
                 _now(), note),
            ))
        return int(rows[0]["id"])

    def iter_reviews(self) -> Iterator[JSON]:
        with self._reading():
            for r in self._query(
                "SELECT id, document_id, event_id, field, action, value, reviewer, decided_at, "
                "note FROM reviews ORDER BY id"
            ):
                value = r.pop("value")
                r["value"] = None if value is None else orjson.loads(value)
                r["at"] = r.pop("decided_at")
                yield r


def _conditions(where: EventFilter) -> tuple[str, list[Any]]:
    """SQL condition over events ``e`` for a filter (always valid, ``1 = 1`` when empty)."""
    parts, params = ["1 = 1"], []
    if where.since is not None:
        parts.append("e.date_start >= ?")
        params.append(where.since)
    if where.until is not None:
        parts.append("e.date_start <= ?")
        params.append(where.until)
    if where.event_type is not None:
        parts.append("(LOWER(e.event_type) = LOWER(?) OR LOWER(e.sub_event_type) = LOWER(?))")
        params += [where.event_type, where.event_type]
    if where.place is not None:
        columns = ("country", "admin1", "admin2", "admin3", "location_name")
        parts.append("(" + " OR ".join(f"LOWER(e.{c}) = LOWER(?)" for c in columns) + ")")
        params += [where.place] * len(columns)
    if where.specificity is not None:
        parts.append("e.specificity IN (" + ", ".join("?" for _ in where.specificity) + ")")
        params += list(where.specificity)
    return " AND ".join(parts), params
