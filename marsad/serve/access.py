"""How the server reaches the store: one read-only connection per worker thread, and a short
writable connection for each review decision (writes are rare; the runner may be writing too).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.serve.queries import JSON, Rows
from marsad.store import Store, is_postgres, open_store
from marsad.store.sql import SQLStore


def _sql(store: Store) -> SQLStore:
    if not isinstance(store, SQLStore):
        raise StoreError(f"marsad serve needs a SQL store, not {type(store).__name__}")
    return store


class StoreAccess:
    """Thread-local read-only stores (sqlite3 connections must stay in their thread)."""

    def __init__(self, url: str | Path) -> None:
        self.url = str(url)
        if not is_postgres(self.url) and not Path(self.url).is_file():
            raise StoreError(f"no store at {self.url} (create one with marsad run ... --store)")
        # Open once writable so the schema is migrated before read-only use.
        open_store(self.url).close()
        self._local = threading.local()

    def reader(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url, readonly=True)
            self._local.store = store
        return store

    def rows(self) -> Rows:
        """A row iterator over the store of whichever thread calls it (FastAPI may resolve a
        dependency in one worker thread and run the endpoint in another); rows are fetched
        into a list, so no cursor outlives the call."""

        def run(sql: str, params: Sequence[Any]) -> Iterator[JSON]:
            return iter(list(_sql(self.reader())._query(sql, params)))

        return run

    def add_review(self, document_id: str, event_id: str, field: str, action: str,
                   value: object, reviewer: str, note: str | None) -> int:
        store = open_store(self.url)
        try:
            return store.add_review(document_id, event_id, field, action, value, reviewer, note)
        finally:
            store.close()
