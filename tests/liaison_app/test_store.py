"""The store's unit of work: a write lock held elsewhere is BusyError, decided by SQLite's code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy.exc import OperationalError

from db.engine import SQLITE_BUSY
from liaison_app.errors import BusyError
from liaison_app.store import Store


@contextmanager
def _write_lock_held_elsewhere(store: Store) -> Iterator[None]:
    blocker = store.engine.raw_connection()
    blocker.cursor().execute("PRAGMA busy_timeout = 0")
    blocker.cursor().execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        blocker.rollback()
        blocker.close()


def _driver(session: Any) -> Any:
    return session.connection().connection.driver_connection


def test_a_write_through_a_raw_driver_cursor_blocked_by_another_task_is_busy(store: Store) -> None:
    # The bulk paths (FTS, merge) write through the driver, whose errors SQLAlchemy never wraps.
    with _write_lock_held_elsewhere(store), pytest.raises(BusyError), store.session() as s:
        _driver(s).execute("PRAGMA busy_timeout = 50")
        _driver(s).execute("INSERT INTO setting (key, value) VALUES ('x', '1')")


def test_a_busy_error_is_recognised_by_its_code_whatever_its_wording(store: Store) -> None:
    reworded = sqlcipher3.OperationalError("the other writer still holds the profile")
    reworded.sqlite_errorcode = SQLITE_BUSY | (2 << 8)  # an extended code keeps BUSY in its low byte
    with pytest.raises(BusyError), store.session():
        raise reworded


def test_an_error_that_mentions_locked_but_is_no_lock_is_not_reported_as_busy(store: Store) -> None:
    with pytest.raises(OperationalError, match="locked"), store.session() as s:
        s.connection().exec_driver_sql("SELECT * FROM locked")  # no such table: locked


def test_other_errors_pass_through_unchanged(store: Store) -> None:
    with pytest.raises(ZeroDivisionError), store.session():
        _ = 1 / 0
