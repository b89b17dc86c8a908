"""Read-only SQL for list and dashboard screens, outside the store's write transactions.

The store's sessions begin IMMEDIATE (they take the write lock up front). Screens that
only read use a pooled DB-API connection in autocommit mode instead: in WAL mode each
statement then reads a consistent snapshot and never waits for a long write to finish.
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
