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
