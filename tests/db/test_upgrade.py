"""Upgrading an existing database: an encrypted copy first, restored if a migration fails."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from db import migrations, upgrade
from db.engine import WrongKeyError, open_engine
from db.migrations import SchemaTooNewError

NEEDLE = "Needle Relief International 4711"


def _insert_needle(conn: Connection) -> None:
    conn.exec_driver_sql(
        "INSERT INTO organization (id, created_at, updated_at, author_officer, author_device,"
        " name, acronym, org_type, sectors, notes)"
        f" VALUES ('o1', 't', 't', 'Anna', 'd1', '{NEEDLE}', '', 'other', '[]', '')"
    )


def _released_database(path: Path, key: bytes) -> Engine:
    """A database at today's newest version holding one record, as an older app left it."""
    engine = open_engine(path, key)
    migrations.migrate(engine)
    with engine.begin() as conn:
        _insert_needle(conn)
    return engine


def _names(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT name FROM organization").scalars())


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())


def _version(engine: Engine) -> int:
    with engine.connect() as conn:
        return migrations.current_version(conn)


def _with_next_migration(monkeypatch: pytest.MonkeyPatch, migration: Callable[[Connection], None]) -> None:
    """Make `migration` the newest one, as the next release's would be (test-only)."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "liaison.db"


@pytest.fixture
def copy_path(tmp_path: Path) -> Path:
    return tmp_path / "liaison.pre-upgrade.db"


def test_before_migrating_an_encrypted_copy_is_taken_and_removed_after_success(
    db_path: Path, copy_path: Path, key: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _released_database(db_path, key)
    seen: list[tuple[bytes, int]] = []

    def v_next(conn: Connection) -> None:
        seen.append((copy_path.read_bytes(), stat.S_IMODE(copy_path.stat().st_mode)))
        shutil.copy(copy_path, tmp_path / "inspected.db")

    _with_next_migration(monkeypatch, v_next)
    before = migrations.SCHEMA_VERSION - 1

    assert upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path) == upgrade.Upgrade(
        before, before + 1
    )

    [(data, mode)] = seen
    assert not data.startswith(b"SQLite format 3")
    assert NEEDLE.encode() not in data
    assert mode == 0o600
    inspected = open_engine(tmp_path / "inspected.db", key)
    assert _names(inspected) == [NEEDLE]
    assert _version(inspected) == before
    inspected.dispose()
    with pytest.raises(WrongKeyError):
        open_engine(tmp_path / "inspected.db", os.urandom(32))
    assert not copy_path.exists()
    assert _version(engine) == before + 1


def test_given_a_failing_migration_the_database_is_restored_and_the_copy_removed(
    db_path: Path, copy_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _released_database(db_path, key)
    before = migrations.SCHEMA_VERSION

    def v_broken(conn: Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half_done (v TEXT)")
        conn.exec_driver_sql("DELETE FROM organization")
        raise RuntimeError("a bug in the migration")

    _with_next_migration(monkeypatch, v_broken)

    with pytest.raises(upgrade.UpgradeFailedError) as failed:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path)

    assert failed.value.step is upgrade.FailedStep.MIGRATION
    assert (failed.value.before, failed.value.target) == (before, before + 1)
    assert isinstance(failed.value.__cause__, RuntimeError)
    reopened = open_engine(db_path, key)
    assert _version(reopened) == before
    assert _names(reopened) == [NEEDLE]
    assert "half_done" not in _tables(reopened)
    assert not copy_path.exists()


def test_given_a_migration_that_commits_before_failing_the_copy_puts_the_database_back(
    db_path: Path, copy_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rolling back the transaction cannot undo this one: only the copy can.
    engine = _released_database(db_path, key)
    before = migrations.SCHEMA_VERSION

    def v_commits(conn: Connection) -> None:
        conn.exec_driver_sql("DELETE FROM organization")
        conn.exec_driver_sql("COMMIT")
        conn.exec_driver_sql("CREATE TABLE half_done (v TEXT)")
        conn.exec_driver_sql(f"PRAGMA user_version = {before + 1}")
        raise RuntimeError("a bug in the migration")

    _with_next_migration(monkeypatch, v_commits)

    with pytest.raises(upgrade.UpgradeFailedError) as failed:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path)

    assert failed.value.step is upgrade.FailedStep.MIGRATION
    reopened = open_engine(db_path, key)
    assert _version(reopened) == before
    assert _names(reopened) == [NEEDLE]
    assert "half_done" not in _tables(reopened)


def test_given_the_copy_cannot_be_written_no_migration_runs(
    db_path: Path, tmp_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _released_database(db_path, key)
    ran: list[int] = []
    _with_next_migration(monkeypatch, lambda conn: ran.append(1))
    unwritable = tmp_path / "no-such-folder" / "copy.db"

    with pytest.raises(upgrade.UpgradeFailedError) as failed:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=unwritable)

    assert failed.value.step is upgrade.FailedStep.COPY
    assert failed.value.step.unchanged
    assert ran == []
    reopened = open_engine(db_path, key)
    assert _version(reopened) == migrations.SCHEMA_VERSION - 1
    assert _names(reopened) == [NEEDLE]


def test_given_the_copy_vanished_the_failure_says_the_restore_failed_too(
    db_path: Path, copy_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _released_database(db_path, key)

    def v_broken(conn: Connection) -> None:
        copy_path.unlink()
        raise RuntimeError("a bug in the migration")

    _with_next_migration(monkeypatch, v_broken)

    with pytest.raises(upgrade.UpgradeFailedError) as failed:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path)

    assert failed.value.step is upgrade.FailedStep.RESTORE
    assert not failed.value.step.unchanged
    # Restoring never replaces the database with an empty file made from a missing copy.
    assert _names(open_engine(db_path, key)) == [NEEDLE]


def test_a_new_file_is_migrated_without_a_copy(
    db_path: Path, copy_path: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    _with_next_migration(monkeypatch, lambda conn: seen.append(copy_path.exists()))
    engine = open_engine(db_path, key)
    assert upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path) == upgrade.Upgrade(
        0, migrations.SCHEMA_VERSION
    )
    assert seen == [False]


def test_a_current_database_is_not_copied_and_a_leftover_copy_is_removed(
    db_path: Path, copy_path: Path, key: bytes
) -> None:
    engine = _released_database(db_path, key)
    copy_path.write_bytes(b"left by an upgrade interrupted after its commit")
    result = upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path)
    assert not result.upgraded
    assert not copy_path.exists()


def test_a_database_newer_than_the_app_is_refused_without_a_write(
    db_path: Path, copy_path: Path, key: bytes
) -> None:
    engine = _released_database(db_path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError) as refused:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=copy_path)
    assert (refused.value.found, refused.value.supported) == (
        migrations.SCHEMA_VERSION + 1,
        migrations.SCHEMA_VERSION,
    )
    assert not copy_path.exists()
