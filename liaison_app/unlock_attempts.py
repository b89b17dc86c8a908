"""A growing wait after wrong passphrases, kept beside the key file so that restarting the
app or the command does not reset it.

Each try costs an Argon2id derivation already (~0.5 s at the default cost); after
`FREE_FAILURES` wrong ones in a row the next must wait 1 s, then 2, 4, ... up to
`MAX_WAIT_SECONDS`; the right passphrase clears the count. This only slows someone guessing
through Liaison itself: whoever copies the files guesses offline, bounded by the KDF alone
(docs/SECURITY-CAMPAIGNS-EDGES.md, "Unlock delay and KDF cost"). The file holds two numbers,
nothing secret, and is written atomically with mode 0600.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

ATTEMPTS_NAME = "unlock-attempts.json"
# Typos and a wrong keyboard layout are common: five tries cost nothing but the KDF.
FREE_FAILURES = 5
MAX_WAIT_SECONDS = 300

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Attempts:
    """Wrong passphrases in a row and when the last one was given (Unix seconds)."""

    failures: int = 0
    last_failure: float = 0.0


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(2 ** (failures - FREE_FAILURES), MAX_WAIT_SECONDS))


def read(directory: Path) -> Attempts:
    """The recorded attempts; a missing file is none. A damaged one counts as the full wait
    (garbling the file must not be cheaper than waiting); one that cannot be read at all
    raises its OSError (permissions are the caller's to word)."""
    path = directory / ATTEMPTS_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Attempts(int(raw["failures"]), float(raw["last_failure"]))
    except FileNotFoundError:
        return Attempts()
    except (ValueError, KeyError, TypeError):
        log.warning("unlock attempts file unreadable: the longest wait applies")
        return Attempts(FREE_FAILURES + 64, _modified(path))


def wait_seconds(directory: Path, now: float | None = None) -> int:
    """Whole seconds (rounded up) before the next passphrase may be tried; 0 if at once."""
    attempts = read(directory)
    delay = delay_after(attempts.failures)
    if delay == 0:
        return 0
    now = time.time() if now is None else now
    # A clock set back (last failure "in the future") restarts the wait rather than waiving it.
    left = min(float(delay), attempts.last_failure + delay - now)
    return max(0, int(-(-left // 1)))


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def record_failure(directory: Path) -> Attempts:
    """Count one more wrong passphrase now."""
    attempts = Attempts(read(directory).failures + 1, time.time())
    _write(directory / ATTEMPTS_NAME, attempts)
    log.warning("wrong passphrase %d in a row", attempts.failures)
    return attempts


def clear(directory: Path) -> None:
    """The right passphrase was given: the count starts again."""
    (directory / ATTEMPTS_NAME).unlink(missing_ok=True)


def _write(path: Path, attempts: Attempts) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"failures": attempts.failures, "last_failure": attempts.last_failure}, fh)
        tmp.replace(path)
    except OSError:
        # Not being able to count (a full disk, a read-only stick) must not stop unlocking.
        tmp.unlink(missing_ok=True)
        log.warning("unlock attempts could not be recorded")
