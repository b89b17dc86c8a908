"""Long database work that the officer can stop, and that says it is still busy.

While inside `stoppable`, a watcher thread asks `watch` every TICK_S seconds whether to stop
(the same call may report the seconds gone by: work such as the first area export at HQ
cannot count its own steps); once told to, it interrupts the connection's running query
(sqlite3's `interrupt`, made to be called from another thread) until the work fails, and the
transaction rolls back. Work that spends its time in Python between short queries is so
stopped at its next query. SQLite's progress handler asks too, every STEPS steps of its
virtual machine, so a single long query stops within it. `watch` is called from both threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from liaison_app.errors import LiaisonError

TICK_S = 0.25  # how often the watcher asks: a Cancel is felt within about this (and a tick shown)
# Steps of SQLite's virtual machine between two looks at the stop flag inside one query.
STEPS = 50_000

Watch = Callable[[], bool]  # True: stop now


class StoppedError(LiaisonError):
    """The work was stopped on request; its transaction was rolled back."""


@contextmanager
def stoppable(conn: Connection, watch: Watch | None) -> Iterator[None]:
    """Run the block with `watch` asked as it goes; once it says stop, the block's queries are
    interrupted and StoppedError raised here (nothing of the transaction stays)."""
    if watch is None:
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    stop = threading.Event()
    done = threading.Event()

    def asked() -> bool:
        if not stop.is_set() and watch():
            stop.set()
        return stop.is_set()

    def watcher() -> None:
        while not done.wait(TICK_S):
            if asked():
                raw.interrupt()  # the query running now fails (none running: the next tick)

    thread = threading.Thread(target=watcher, name="stoppable-watch", daemon=True)
    raw.set_progress_handler(lambda: 1 if asked() else 0, STEPS)  # non-zero: interrupted
    thread.start()
    try:
        yield
    except Exception as exc:
        if stop.is_set():
            raise StoppedError("stopped on request; nothing was written") from exc
        raise
    finally:
        # Joined before the connection goes back to the pool: no interrupt reaches its next user.
        done.set()
        thread.join()
        raw.set_progress_handler(None, 0)


def check(watch: Watch | None) -> None:
    """Raise StoppedError if `watch` says stop (between two steps of a longer work)."""
    if watch is not None and watch():
        raise StoppedError("stopped on request")
