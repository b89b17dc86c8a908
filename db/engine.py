"""Open a SQLCipher 4 database through SQLAlchemy with a raw 256-bit key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code carries
# its primary code in the low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
# Database files are private to their owner, like the key file. SQLite gives a new -wal,
# -shm or -journal file the mode of its database file, so creating that one right is enough.
FILE_MODE = 0o600


class WrongKeyError(Exception):
    """The key does not open this database (or the file is not a SQLCipher database)."""


def sqlite_error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a driver error, or of the one SQLAlchemy wrapped."""
    driver_error = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(driver_error, sqlcipher3.Error):
        return None
    code = getattr(driver_error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` says another connection holds a lock this one waited for in vain."""
    return sqlite_error_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED)


def create_private(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (SQLite would use the umask),
    and take group and other access away from an existing database and its side files."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        for suffix in ("", *SIDE_FILE_SUFFIXES):
            side = Path(str(path) + suffix)
            try:
                if side.stat().st_mode & 0o077:
                    side.chmod(FILE_MODE)
            except FileNotFoundError:
                continue


def _keyed(path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # PRAGMA key must be the first statement; a raw hex key skips SQLCipher's own KDF,
    # since our key is already random (the passphrase KDF lives in the key file).
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        # A wrong key is silent at PRAGMA key; the first read is where it shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # Only "not a database" means a wrong key; busy or I/O errors are not a passphrase issue.
        if sqlite_error_code(exc) != SQLITE_NOTADB:
            raise
        raise WrongKeyError(str(exc)) from exc
    return conn


def _connect(path: Path, key: bytes) -> Any:
    conn = _keyed(path, key)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 64 MiB of decrypted pages (the default is 2 MiB): bulk merges of 100k records write in
    # random id order and otherwise keep decrypting the same pages again.
    conn.execute("PRAGMA cache_size = -65536")
    _reserve_wal_index(path)
    return conn


# SQLite maps the WAL index (`-shm`) into memory and grows it 32 KiB at a time by writing one
# byte per memory page; where a file system block is smaller than a page (a small ext4 with
# 1 KiB blocks) the rest of the page is only allocated when touched, and with the disk full
# that touch is a SIGBUS that kills the process mid-commit. Allocating the first regions for
# real keeps that from happening for WALs up to 64 MiB (4 regions of 4096 frames of 4 KiB),
# and a disk with no room for them fails here, with ENOSPC, instead.
WAL_INDEX_RESERVE = 4 * 32 * 1024


def _reserve_wal_index(path: Path) -> None:
    if not hasattr(os, "posix_fallocate"):  # pragma: no cover - not on macOS or Windows
        return
    try:
        fd = os.open(str(path) + "-shm", os.O_RDWR)
    except FileNotFoundError:
        return  # not in WAL mode yet: SQLite creates it at the first transaction
    try:
        os.posix_fallocate(fd, 0, WAL_INDEX_RESERVE)
    finally:
        os.close(fd)


def open_engine(path: Path, key: bytes) -> Engine:
    """Return an engine on the encrypted database at `path`, creating the file if absent.

    Raises WrongKeyError at once if `key` does not open an existing file.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    create_private(path)
    # Open one connection eagerly so a wrong key fails here and not at first use.
    _connect(path, key).close()
    engine = create_engine(
        f"sqlite:///{path}",
        creator=lambda: _connect(path, key),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode (isolation_level=None) so that SQLAlchemy, not
        # the driver's own heuristics, decides where each transaction starts.
        conn.exec_driver_sql("BEGIN")

    return engine


def integrity_check(engine: Engine) -> list[str]:
    """Return SQLCipher's HMAC check of every page: an empty list means all pages verify."""
    raw = engine.raw_connection()
    try:
        rows = raw.cursor().execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        raw.close()
    return [str(r[0]) for r in rows]


def backup(engine: Engine, target: Path, key: bytes) -> None:
    """Copy the database to a new file `target` (mode 0600) encrypted under the same key.

    SQLite's backup API copies pages through SQLCipher, so the copy is never plaintext (and
    SQLCipher refuses a backup into an unkeyed file); any old file at `target` is replaced.
    """
    remove_database_files(target)
    create_private(target)
    copy = _keyed(target, key)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None
        source.backup(copy)
    finally:
        raw.close()
        copy.close()


def restore(copy: Path, target: Path, key: bytes) -> None:
    """Overwrite the database at `target` with the pages of `copy` (same key), via the backup API.

    Every engine on `target` must be disposed first.
    """
    if not copy.is_file():  # connecting would create an empty database and restore that
        raise FileNotFoundError(copy)
    source = _keyed(copy, key)
    try:
        create_private(target)
        destination = _connect(target, key)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def remove_database_files(path: Path) -> None:
    """Delete a database file and its journal, WAL and shared-memory files, if present."""
    for suffix in ("", *SIDE_FILE_SUFFIXES):
        Path(str(path) + suffix).unlink(missing_ok=True)
