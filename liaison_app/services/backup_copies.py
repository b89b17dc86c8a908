"""What backing up and restoring share: progress reporting, and plain connections to an
encrypted database copy with the checks both run on it (page HMACs, integrity, row counts)."""

from __future__ import annotations

import os
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from db.engine import WrongKeyError
from liaison_app.errors import LiaisonError

MANIFEST_TABLE = "backup_manifest"  # only in backup copies; dropped on restore


class Phase(StrEnum):
    """What a long backup or restore is doing, for the progress the GUI words."""

    COPY = "copy"  # copying pages out of the live database
    VERIFY = "verify"  # checking the copy (integrity, page HMACs, counts)
    WRITE = "write"  # writing the backup file
    READ = "read"  # reading and checking a backup file
    RESTORE = "restore"  # unpacking and checking the restored database


class Progress(Protocol):
    """Where long work reports progress and asks whether to stop (ui.worker.TaskState fits)."""

    def set_progress(self, done: int, total: int, message: str = "") -> None: ...

    def check_cancel(self) -> None: ...


class _Quiet:
    def set_progress(self, done: int, total: int, message: str = "") -> None:
        pass

    def check_cancel(self) -> None:
        pass


QUIET: Progress = _Quiet()


def keyed(path: Path, key: bytes) -> Any:
    """A plain connection to an encrypted file; WrongKeyError if `key` does not open it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKeyError(str(exc)) from exc
    conn.isolation_level = ""  # implicit transactions for the manifest write
    return conn


def tables(conn: Any) -> list[str]:
    """The tables a copy is checked by (the manifest itself aside)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [str(name) for (name,) in rows if name != MANIFEST_TABLE]


def counts(conn: Any) -> dict[str, int]:
    """The row count of every table: what a copy must hold to be the one taken."""
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in tables(conn)}


def integrity_problems(conn: Any) -> list[str]:
    """What SQLCipher's page HMAC check and SQLite's integrity check found (empty: none)."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    checked = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return problems + [row for row in checked if row != "ok"]


def schema(copy: Path, key: bytes) -> int:
    """The schema version stored in an encrypted copy."""
    conn = keyed(copy, key)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def records(by_table: dict[str, int]) -> int:
    """Organizations, contacts, meetings and action items among `by_table` (deleted ones too)."""
    return sum(by_table.get(table, 0) for table in ("organization", "contact", "meeting", "action_item"))


def step(progress: Progress, done: int, total: int, phase: Phase) -> None:
    """Stop here if asked to, else report how far `phase` has come."""
    progress.check_cancel()
    progress.set_progress(done, total, phase)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    with suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def os_failure(exc: OSError, where: Path) -> LiaisonError:
    """A file-system failure (a full disk, a stick pulled out) as one line for the officer."""
    reason = exc.strerror or type(exc).__name__
    return LiaisonError(f"could not write to {where} ({reason}); nothing was changed")
