"""Building a new profile where a kill or a full disk cannot leave half of it.

A new profile is built in a staging folder, then put in place by renames on one file system:
the whole staging folder (beside the target, `.NAME.liaison-init-XXXX`) when the target folder
does not exist yet, else its two files moved into the existing folder, the key file last (what
makes a folder a profile). A building `init` holds a lock on its staging folder, so the next
`init` can tell a stale one (its process was killed) from one still at work, and clears it.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

if sys.platform != "win32":
    import fcntl

# Inside an existing target folder; beside it, the folder's name is put in front.
INSIDE_PREFIX = ".liaison-init-"
# Without advisory locks (Windows), a staging folder this old is taken for abandoned.
_STALE_SECONDS = 3600
# Moved into an existing folder in this order: the key file last.
_INSTALL_ORDER = ("liaison.db", "keys.json")

log = logging.getLogger(__name__)


@dataclass
class Stage:
    """A staging folder for the profile `target`; `install()` puts it in place."""

    path: Path
    target: Path
    beside: bool  # True: the folder itself is renamed to `target`
    _installed: bool = field(default=False, init=False)

    def install(self) -> None:
        """Rename what was built into place; the key file arrives last."""
        if self.beside:
            self.path.rename(self.target)  # fails if a non-empty `target` appeared meanwhile
        else:
            names = sorted(p.name for p in self.path.iterdir())
            first = [n for n in names if n not in _INSTALL_ORDER]
            for name in first + [n for n in _INSTALL_ORDER if n in names]:
                (self.path / name).rename(self.target / name)
            self.path.rmdir()
        _fsync_directory(self.target.parent if self.beside else self.target)
        self._installed = True


@contextmanager
def folder(target: Path) -> Iterator[Stage]:
    """A locked, private staging folder for `target`, removed unless installed."""
    beside = not target.exists()
    if beside:
        target.parent.mkdir(parents=True, exist_ok=True)
        path = target.parent / f".{target.name}{INSIDE_PREFIX}{secrets.token_hex(4)}"
    else:
        path = target / f"{INSIDE_PREFIX}{secrets.token_hex(4)}"
    path.mkdir(mode=0o700)
    lock = _lock(path)
    stage = Stage(path, target, beside)
    try:
        yield stage
    finally:
        if not stage._installed:
            shutil.rmtree(path, ignore_errors=True)
        if lock is not None:
            os.close(lock)


def clear_stale(target: Path) -> None:
    """Remove staging folders of `target` left by an init that was killed."""
    candidates: list[Path] = []
    if target.parent.is_dir():
        candidates += target.parent.glob(f".{target.name}{INSIDE_PREFIX}*")
    if target.is_dir():
        candidates += target.glob(f"{INSIDE_PREFIX}*")
    for path in candidates:
        if path.is_dir() and _abandoned(path):
            log.warning("init: a staging folder left by a killed init is removed")
            shutil.rmtree(path, ignore_errors=True)


def _lock(path: Path) -> int | None:
    if sys.platform == "win32":  # pragma: no cover
        return None
    fd = os.open(path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _abandoned(path: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover
        return time.time() - path.stat().st_mtime > _STALE_SECONDS
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # an init at work holds it
    finally:
        os.close(fd)  # closing releases the lock taken
    return True


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
