"""Telling a full disk from other failures, by SQLite result code and errno, never by text.

SQLite says SQLITE_FULL when a write finds no room. It says less when the room runs out
elsewhere: opening a WAL database needs its shared-memory index (`-shm`, 32 KiB) and, after
a crash, a recovery of the WAL into it; with no room for that the first read fails with
SQLITE_IOERR (or SQLITE_CANTOPEN), and a page read short of a torn write fails SQLCipher's
HMAC with SQLITE_NOTADB: what 0.2.0 reported as a wrong key. Those three codes count as a
full disk only when the profile's file system has less than `LOW_SPACE_BYTES` left.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from db.engine import SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_IOERR, SQLITE_NOTADB, sqlite_error_code
from liaison_app.errors import DiskFullError

# Below this, an I/O failure of SQLite is taken for a full disk (a WAL index alone is 32 KiB,
# one write transaction of ours a few hundred KiB).
LOW_SPACE_BYTES = 1 << 20
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_FULL_WHEN_LOW = frozenset({SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOTADB})


def free_bytes(path: Path) -> int | None:
    """Bytes free to this user on the file system holding `path` (its nearest existing
    ancestor), or None if that cannot be told."""
    for candidate in (path, *path.parents):
        try:
            stats = os.statvfs(candidate)
        except OSError:
            continue
        return stats.f_bavail * stats.f_frsize
    return None


def is_full(exc: BaseException, where: Path) -> bool:
    """Whether `exc` (a driver error, wrapped or not, or an OSError) means the disk
    holding `where` is full."""
    if isinstance(exc, DiskFullError):
        return True
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    code = sqlite_error_code(exc)
    if code == SQLITE_FULL:
        return True
    if code in _FULL_WHEN_LOW:
        free = free_bytes(where)
        return free is not None and free < LOW_SPACE_BYTES
    return False


def full_error(where: Path) -> DiskFullError:
    """The one-line error for a full disk, with what is left there."""
    free = free_bytes(where) or 0
    message = f"the disk is full ({_megabytes(free)} MB free); nothing was changed"
    return DiskFullError(message, free_bytes=free)


def _megabytes(count: int) -> str:
    megabytes = count / 1_000_000
    return f"{megabytes:.0f}" if megabytes >= 10 else f"{megabytes:.1f}"
