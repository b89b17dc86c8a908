"""Read-only SQL for list and dashboard screens, outside the store's write transactions.

Screens that only read use a pooled DB-API connection in autocommit mode rather than a
session: in WAL mode each statement then reads a consistent snapshot, never holds a
transaction open between page loads, and never waits for a long write to finish.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from liaison_app.store import Store


@contextmanager
def cursor(store: Store) -> Iterator[Any]:
    """A DB-API cursor on a pooled connection, returned to the pool afterwards."""
    raw = store.engine.raw_connection()
    try:
        yield raw.cursor()
    finally:
        raw.close()


class ChangeProbe:
    """Says whether any other connection (another process, a sync job, a save) committed
    since the last look: SQLite's `PRAGMA data_version`, one cheap statement, no table read.

    The value is per connection, so the probe keeps one pooled connection checked out
    until `close` (call it before the store closes).
    """

    def __init__(self, store: Store) -> None:
        self._raw = store.engine.raw_connection()
        self._last = self._version()

    def _version(self) -> int:
        cur = self._raw.cursor()
        try:
            cur.execute("PRAGMA data_version")
            row = cur.fetchone()
            return int(row[0]) if row else 0
        finally:
            cur.close()

    def changed(self) -> bool:
        """Whether a commit happened since the previous call (or since the probe began)."""
        now = self._version()
        changed, self._last = now != self._last, now
        return changed

    def close(self) -> None:
        """Give the connection back to the pool."""
        self._raw.close()
