"""The server store: the same tables and logic over PostgreSQL (psycopg 3), for teams.

Open with a libpq URL (``postgresql://user@host/db``); needs ``pip install 'marsad[postgres]'``.
Each write is one transaction; reads of large results stream through a server-side cursor.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from marsad.errors import MissingExtra, StoreError
from marsad.store.protocol import JSON
from marsad.store.sql import SQLStore

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]

_cursor_names = itertools.count()


def _pg(sql: str) -> str:
    # Our SQL never holds a literal ``?`` or ``%``; only placeholders change.
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    """``PostgresStore("postgresql:///marsad")``: connects, creating and migrating the tables."""

    dialect = "postgres"

    def __init__(self, url: str) -> None:
        if psycopg is None:
            raise MissingExtra("postgres", "psycopg")
        self.url = url
        self._in_tx = False
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            # Serialise migrations of concurrent openers (runner and its workers).
            with self._transaction():
                self._execute("SELECT pg_advisory_xact_lock(4242001)")
                self._migrate()
        except psycopg.Error as exc:
            raise StoreError(f"cannot open the store {url}: {exc}") from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._in_tx:
            yield
            return
        self._in_tx = True
        try:
            with self._conn.transaction():
                yield
        finally:
            self._in_tx = False

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        with self._conn.cursor() as cur:
            cur.execute(_pg(sql), tuple(params))
            return cur.rowcount

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(_pg(sql), [tuple(r) for r in rows])

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[JSON]:
        if not sql.lstrip().upper().startswith("SELECT"):
            with self._conn.cursor() as cur:
                cur.execute(_pg(sql), tuple(params))
                rows = cur.fetchall()
            yield from rows
            return
        if self._in_tx:
            yield from self._stream(sql, params)
            return
        with self._transaction():
            yield from self._stream(sql, params)

    def _stream(self, sql: str, params: Sequence[Any]) -> Iterator[JSON]:
        name = f"marsad_{next(_cursor_names)}"
        with self._conn.cursor(name=name) as cur:
            cur.itersize = 500
            cur.execute(_pg(sql), tuple(params))
            yield from cur

    def _reading(self) -> Any:
        return self._transaction()

    def close(self) -> None:
        self._conn.close()
