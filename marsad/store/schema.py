"""The store's tables, as numbered migrations shared by the SQLite and PostgreSQL backends.

A migration is a list of statements with three type placeholders filled per dialect; applied
migrations are recorded in ``schema_migrations`` so opening an older store upgrades it in place.
Never edit a released migration: append a new one.                          [sqlite-utils]
"""

from __future__ import annotations

from typing import Literal

Dialect = Literal["sqlite", "postgres"]

_TYPES: dict[Dialect, dict[str, str]] = {
    "sqlite": {"autoid": "INTEGER PRIMARY KEY AUTOINCREMENT", "int": "INTEGER", "real": "REAL"},
    "postgres": {
        "autoid": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "int": "BIGINT",
        "real": "DOUBLE PRECISION",
    },
}

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "documents, events, evidence, mentions, reviews, runs, clusters", (
        """CREATE TABLE runs (
            id {autoid}, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
            sources TEXT NOT NULL, options TEXT NOT NULL,
            inputs {int}, stored {int}, unchanged {int}, rejected {int})""",
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY, input_id TEXT, name TEXT, source TEXT, url TEXT,
            language TEXT NOT NULL, published TEXT, title TEXT, contract TEXT NOT NULL,
            run_id {int} NOT NULL REFERENCES runs(id), added_at TEXT NOT NULL)""",
        "CREATE INDEX documents_run ON documents(run_id)",
        """CREATE TABLE rejections (
            run_id {int} NOT NULL REFERENCES runs(id), position {int} NOT NULL, name TEXT NOT NULL,
            reason TEXT NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (run_id, position))""",
        """CREATE TABLE events (
            document_id TEXT NOT NULL REFERENCES documents(id), event_id TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT, plover TEXT, specificity TEXT NOT NULL,
            date_start TEXT, date_end TEXT, time_precision {int}, location_name TEXT,
            location_text TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, country TEXT,
            lat {real}, lon {real}, geo_precision {int}, actor1_id TEXT, actor1_name TEXT,
            actor1_type {int}, actor2_id TEXT, actor2_name TEXT, actor2_type {int},
            fatalities_low {int}, fatalities_best {int}, fatalities_high {int},
            confidence {real}, notes TEXT, PRIMARY KEY (document_id, event_id))""",
        "CREATE INDEX events_date ON events(date_start)",
        "CREATE INDEX events_type ON events(event_type)",
        "CREATE INDEX events_admin1 ON events(admin1)",
        """CREATE TABLE evidence (
            document_id TEXT NOT NULL, event_id TEXT NOT NULL, field TEXT NOT NULL,
            text TEXT NOT NULL, start_offset {int} NOT NULL, end_offset {int} NOT NULL,
            PRIMARY KEY (document_id, event_id, field),
            FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, event_id))""",
        """CREATE TABLE mentions (
            document_id TEXT NOT NULL REFERENCES documents(id), idx {int} NOT NULL,
            kind TEXT NOT NULL, text TEXT NOT NULL, start_offset {int} NOT NULL,
            end_offset {int} NOT NULL, value TEXT, recogniser TEXT,
            PRIMARY KEY (document_id, idx))""",
        "CREATE INDEX mentions_kind ON mentions(kind)",
        """CREATE TABLE reviews (
            id {autoid}, document_id TEXT NOT NULL REFERENCES documents(id),
            event_id TEXT, field TEXT NOT NULL, action TEXT NOT NULL, value TEXT,
            reviewer TEXT NOT NULL, decided_at TEXT NOT NULL, note TEXT)""",
        "CREATE INDEX reviews_document ON reviews(document_id)",
        """CREATE TABLE event_clusters (
            document_id TEXT NOT NULL, event_id TEXT NOT NULL, cluster_id TEXT NOT NULL,
            PRIMARY KEY (document_id, event_id))""",
        "CREATE INDEX event_clusters_cluster ON event_clusters(cluster_id)",
        """CREATE TABLE cluster_links (
            a_document TEXT NOT NULL, a_event TEXT NOT NULL, b_document TEXT NOT NULL,
            b_event TEXT NOT NULL, score {real} NOT NULL, reasons TEXT NOT NULL,
            PRIMARY KEY (a_document, a_event, b_document, b_event))""",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1][0]

MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations "
    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


def statements(dialect: Dialect, template: str) -> str:
    """One migration statement in the dialect's types."""
    return template.format(**_TYPES[dialect])
