"""The SQLCipher engine: real encryption, key checked at open, pragmas in force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from db.engine import SQLITE_NOTADB, WrongKeyError, integrity_check, is_busy, open_engine, sqlite_error_code
from db.migrations import SCHEMA_VERSION, SchemaTooNewError, current_version, migrate


def test_a_new_database_is_encrypted_from_its_first_page(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    engine = open_engine(path, os.urandom(32))
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (v TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('needle-4711')"))
    engine.dispose()
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"needle-4711" not in data


def test_given_another_key_opening_fails_at_once(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    migrate(open_engine(path, os.urandom(32)))
    with pytest.raises(WrongKeyError):
        open_engine(path, os.urandom(32))


def test_a_key_must_be_256_bits(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_engine(tmp_path / "x.db", b"short")


def test_connections_use_wal_and_enforce_foreign_keys(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar_one() == 2  # memory: no temp files


def test_every_page_passes_the_cipher_integrity_check(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    migrate(engine)
    assert integrity_check(engine) == []


def test_a_flipped_byte_in_the_file_fails_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    key = os.urandom(32)
    engine = open_engine(path, key)
    migrate(engine)
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    data[4096 + 100] ^= 0xFF  # inside the second page, past the first page's header
    path.write_bytes(bytes(data))
    assert integrity_check(open_engine(path, key)) != []


def test_migrate_brings_a_new_file_to_the_current_schema_once(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    assert migrate(engine) == 0
    assert migrate(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        migrate(engine)


def test_sqlite_error_codes_are_read_from_driver_errors_wrapped_or_not(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    with engine.connect() as conn:
        with pytest.raises(OperationalError) as wrapped:
            conn.exec_driver_sql("SELECT * FROM locked")
        raw = conn.connection.driver_connection
        assert raw is not None
        with pytest.raises(sqlcipher3.OperationalError) as direct:
            raw.execute("SELECT * FROM locked")
    assert sqlite_error_code(wrapped.value) == sqlite_error_code(direct.value) == 1  # SQLITE_ERROR
    assert not is_busy(wrapped.value)
    assert sqlite_error_code(ValueError("database is locked")) is None


def test_only_not_a_database_means_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    migrate(open_engine(path, os.urandom(32)))
    with pytest.raises(WrongKeyError) as wrong:
        open_engine(path, os.urandom(32))
    assert sqlite_error_code(wrong.value.__cause__ or wrong.value) == SQLITE_NOTADB
