"""Long database work that the officer can stop: SQLite asks, every so many steps of its
virtual machine, whether to go on (its progress handler), so a long export is stopped inside
a query as well as between them, and its transaction rolls back.

The same call is the heartbeat of work that cannot count its own steps: the caller may report
that it is still busy (elapsed time) from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from liaison_app.errors import LiaisonError

# Steps of SQLite's virtual machine between two questions: often enough to stop within a
# fraction of a second, rarely enough to cost nothing measurable.
STEPS = 50_000

Watch = Callable[[], bool]  # True: stop now


class StoppedError(LiaisonError):
    """The work was stopped on request; its transaction was rolled back."""


@contextmanager
def stoppable(conn: Connection, watch: Watch | None) -> Iterator[None]:
    """While inside, SQLite calls `watch` every STEPS steps; once it says stop, the query under
    way is interrupted and StoppedError raised here (nothing of the transaction stays)."""
    if watch is None:
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    stopped = False

    def handler() -> int:
        nonlocal stopped
        stopped = stopped or watch()
        return 1 if stopped else 0  # non-zero interrupts the statement running

    raw.set_progress_handler(handler, STEPS)
    try:
        yield
    except Exception as exc:
        if stopped:
            raise StoppedError("stopped on request; nothing was written") from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
