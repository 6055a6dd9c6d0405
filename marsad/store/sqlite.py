"""The embedded store: one SQLite file in WAL mode (docs/store.md says why SQLite, not DuckDB).

WAL lets worker processes read (``document_run``) while the runner writes; ``synchronous=NORMAL``
in WAL keeps every committed transaction across a process kill (only an OS crash may lose the
last commits, never corrupt the file); each write is one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.store.protocol import JSON
from marsad.store.sql import SQLStore


class SQLiteStore(SQLStore):
    """``SQLiteStore("events.db")``: opens (creating and migrating) the store file."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.url = str(path)
        self._depth = 0
        try:
            if readonly:
                uri = f"{Path(path).resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)
            else:
                self._conn = sqlite3.connect(str(path), isolation_level=None, timeout=60)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA busy_timeout = 60000")
            if not readonly:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute("PRAGMA foreign_keys = ON")
                self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.url}: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._conn.execute(sql, tuple(params)).rowcount

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[JSON]:
        for row in self._conn.execute(sql, tuple(params)):
            yield dict(row)

    def close(self) -> None:
        self._conn.close()
