"""Hybrid logical clock: wall-clock milliseconds and a counter packed into one integer.

It never goes backwards (it is persisted), it moves past every clock it has merged, and it
stays close to real time, so last-writer-wins means "written last" as people understand it.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# Operations stamped further ahead of our clock than this are quarantined, not merged.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000


def wall_ms(hlc: int) -> int:
    """The wall-clock part of a timestamp, in milliseconds since the epoch."""
    return hlc >> COUNTER_BITS


def pack(ms: int, counter: int = 0) -> int:
    """A timestamp from milliseconds and a counter."""
    return (ms << COUNTER_BITS) | counter


def now_ms() -> int:
    """This machine's wall clock in milliseconds."""
    return time.time_ns() // 1_000_000


def tick(last: int, now: int | None = None) -> int:
    """The timestamp for a local event after `last`."""
    return max(last + 1, pack(now_ms() if now is None else now))


def observe(last: int, remote: int) -> int:
    """Our clock after merging an event stamped `remote` (already checked for drift)."""
    return max(last, remote)


def too_far_ahead(remote: int, now: int | None = None) -> bool:
    """Whether `remote` is more than MAX_DRIFT_MS ahead of our wall clock."""
    return wall_ms(remote) > (now_ms() if now is None else now) + MAX_DRIFT_MS


def to_iso(hlc: int) -> str:
    """The wall-clock part as UTC ISO-8601 text, for people."""
    return datetime.fromtimestamp(wall_ms(hlc) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
