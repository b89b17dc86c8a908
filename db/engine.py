"""Open a SQLCipher 4 database through SQLAlchemy with a raw 256-bit key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

KEY_BYTES = 32


class WrongKeyError(Exception):
    """The key does not open this database (or the file is not a SQLCipher database)."""


def _connect(path: Path, key: bytes) -> Any:
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
        raise WrongKeyError(str(exc)) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 64 MiB of decrypted pages (the default is 2 MiB): bulk merges of 100k records write in
    # random id order and otherwise keep decrypting the same pages again.
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    """Return an engine on the encrypted database at `path`, creating the file if absent.

    Raises WrongKeyError at once if `key` does not open an existing file.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
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
