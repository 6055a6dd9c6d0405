"""Stores: the embedded SQLite file (default) or PostgreSQL, chosen by the store URL.

>>> store = open_store("events.db")            # doctest: +SKIP
>>> store = open_store("postgresql:///marsad")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from marsad.store.protocol import EventFilter, Store
from marsad.store.records import DocumentRecord, records_for

__all__ = ["DocumentRecord", "EventFilter", "Store", "is_postgres", "open_store", "records_for"]


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str | Path, readonly: bool = False) -> Store:
    """A store for ``url``: ``postgresql://...`` for the server option, else a SQLite file path.

    ``readonly`` (SQLite) opens without migrating, for worker processes that only look up ids.
    """
    text = str(url)
    if is_postgres(text):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(text)
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(text, readonly=readonly)
