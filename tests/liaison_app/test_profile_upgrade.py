"""Opening a profile written by an older or newer Liaison: upgraded safely, or refused untouched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db import migrations
from db.engine import integrity_check, open_engine
from liaison_app import profile
from liaison_app.errors import ProfileError, ProfileTooNewError, UpgradeFailedError
from liaison_app.store import Store
from tests.conftest import PASSPHRASE, snapshot
from tests.db import schema

ROOT = Path(__file__).resolve().parents[2]
RELEASE_0_1_0 = "a7caef2"
# Written by the real 0.1.0: see tests/db/fixtures/make_profile_0_1_0.sh.
PROFILE_0_1_0 = ROOT / "tests" / "db" / "fixtures" / "profile-0.1.0"


def _copy_of_0_1_0(tmp_path: Path) -> Path:
    directory = tmp_path / "profile-0.1.0"
    shutil.copytree(PROFILE_0_1_0, directory)
    return directory


def _column(store: Store, sql: str) -> list[object]:
    with store.engine.connect() as conn:
        return list(conn.exec_driver_sql(sql).scalars())


def _version(store: Store) -> int:
    with store.engine.connect() as conn:
        return migrations.current_version(conn)


def _with_next_migration(monkeypatch: pytest.MonkeyPatch, migration: Callable[[Connection], None]) -> None:
    """Make `migration` the newest one, as the next release's would be (test-only)."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))


def _add_area(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE organization ADD COLUMN area VARCHAR NOT NULL DEFAULT ''")


def _records(store: Store) -> dict[str, list[object]]:
    return {
        table: _column(store, f"SELECT {title} FROM {table} ORDER BY {title}")
        for table, title in (
            ("organization", "name"),
            ("contact", "full_name"),
            ("meeting", "title"),
            ("action_item", "title"),
        )
    }


def test_a_profile_created_by_0_1_0_opens_with_its_records(tmp_path: Path) -> None:
    with profile.unlock(_copy_of_0_1_0(tmp_path), PASSPHRASE) as store:
        assert store.author.officer == "Maj. Anna Berg"
        assert _records(store) == {
            "organization": ["Closed Mission Office", "World Food Programme"],
            "contact": ["Jean Mukendi"],
            "meeting": ["Convoy planning"],
            "action_item": ["Recce the route"],
        }
        assert _column(store, "SELECT name FROM organization WHERE deleted_at IS NOT NULL") == [
            "Closed Mission Office"
        ]


def test_a_profile_created_by_0_1_0_is_migrated_to_a_newer_schema_keeping_its_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _copy_of_0_1_0(tmp_path)
    with profile.unlock(directory, PASSPHRASE) as store:
        released = _records(store)
    _with_next_migration(monkeypatch, _add_area)

    with profile.unlock(directory, PASSPHRASE) as store:
        assert _version(store) == migrations.SCHEMA_VERSION
        assert _records(store) == released
        assert _column(store, "SELECT DISTINCT area FROM organization") == [""]
        assert integrity_check(store.engine) == []
    assert not (directory / profile.PRE_UPGRADE_COPY_NAME).exists()


def test_given_a_failing_migration_unlock_says_the_profile_was_restored_and_it_is_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _copy_of_0_1_0(tmp_path)
    with profile.unlock(directory, PASSPHRASE) as store:
        released = _records(store)
        version = _version(store)

    def v_broken(conn: Connection) -> None:
        _add_area(conn)
        conn.exec_driver_sql("DELETE FROM contact")
        conn.exec_driver_sql("COMMIT")  # past the transaction: only the copy can undo this
        conn.exec_driver_sql("DELETE FROM meeting")
        raise RuntimeError("a bug in the migration")

    _with_next_migration(monkeypatch, v_broken)

    with pytest.raises(UpgradeFailedError) as failed:
        profile.unlock(directory, PASSPHRASE)

    assert failed.value.unchanged
    assert failed.value.step == "migration"
    assert failed.value.exit_code == 1
    assert "\n" not in str(failed.value)
    monkeypatch.undo()
    with profile.unlock(directory, PASSPHRASE) as store:
        assert _version(store) == version
        assert _records(store) == released
        assert "area" not in _column(store, "SELECT name FROM pragma_table_info('organization')")
        assert integrity_check(store.engine) == []
    assert not (directory / profile.PRE_UPGRADE_COPY_NAME).exists()


def test_a_profile_newer_than_the_app_is_refused_and_left_byte_for_byte(
    store: Store, profile_dir: Path
) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    store.close()
    before = snapshot(profile_dir)

    with pytest.raises(ProfileTooNewError) as refused:
        profile.unlock(profile_dir, PASSPHRASE)

    assert isinstance(refused.value, ProfileError)
    assert (refused.value.found, refused.value.supported) == (
        migrations.SCHEMA_VERSION + 1,
        migrations.SCHEMA_VERSION,
    )
    assert "\n" not in str(refused.value)
    assert snapshot(profile_dir) == before


def test_versions_1_and_2_are_the_schema_0_1_0_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Opened as a release that knows only versions 1 and 2, so the file is read as 0.1.0 left it.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    with profile.unlock(_copy_of_0_1_0(tmp_path), PASSPHRASE) as store:
        assert _version(store) == 2
        with store.engine.connect() as conn:
            released = schema.read(conn)
    engine = open_engine(tmp_path / "frozen.db", os.urandom(32))
    migrations.migrate(engine, to=2)
    with engine.connect() as conn:
        assert schema.read(conn).differences(released) == []
    engine.dispose()


def _release_0_1_0(tmp_path: Path) -> Path:
    """The source tree of 0.1.0, from this repository's history."""
    archive = tmp_path / "0.1.0.tar"
    try:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", "-o", str(archive), RELEASE_0_1_0],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("needs git and the history of release 0.1.0 (a shallow clone lacks it)")
    source = tmp_path / "0.1.0"
    with tarfile.open(archive) as tar:
        tar.extractall(source, filter="data")
    return source


def test_a_profile_made_now_by_the_real_0_1_0_opens_in_this_release(tmp_path: Path) -> None:
    source = _release_0_1_0(tmp_path)
    directory = tmp_path / "made-by-0.1.0"
    env = {**os.environ, "PYTHONPATH": str(source), "LIAISON_PASSPHRASE": PASSPHRASE}
    old = [sys.executable, "-m", "liaison_app.cli", "--profile", str(directory)]
    init = [*old, "init", "--name", "Lt. Old", "--device", "d-010"]
    subprocess.run([*init, "--kdf-memory-mib", "8", "--kdf-iterations", "1"], cwd=source, env=env, check=True)
    subprocess.run([*old, "org", "add", "--name", "Written by 0.1.0"], cwd=source, env=env, check=True)

    with profile.unlock(directory, PASSPHRASE) as store:
        assert store.author.officer == "Lt. Old"
        assert _column(store, "SELECT name FROM organization") == ["Written by 0.1.0"]
        assert _version(store) == migrations.SCHEMA_VERSION
