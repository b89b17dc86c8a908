"""What the profile, its upgrades, its key file and record writes tell the diagnostics log:
the events, by kind and count, with versions and durations; never a record value, a
passphrase, a recovery key or the data key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db import migrations
from liaison_app import diagnostics_log, keyfile, profile
from liaison_app.errors import BusyError, ProfileError, UpgradeFailedError, ValidationError, WrongSecretError
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE

TITLE = "Convoy planning with Col. Amadou Diallo"
OFFICER = "Maj. Ingrid Solberg"
NEW_PASSPHRASE = "a new one for the rotation"
RECOVERED_PASSPHRASE = "after the recovery at HQ"


@pytest.fixture
def ring() -> Iterator[diagnostics_log.RingBufferHandler]:
    buffer = diagnostics_log.install(debug=False)
    buffer.clear()
    yield buffer
    buffer.clear()


def _messages(ring: diagnostics_log.RingBufferHandler, logger: str) -> list[str]:
    return [e.message for e in ring.entries() if e.logger == logger]


def _data_key(directory: Path, passphrase: str) -> str:
    return keyfile.unlock(keyfile.load(directory / profile.KEYFILE_NAME), passphrase).hex()


def _new_profile(directory: Path) -> str:
    created = profile.init(
        directory, passphrase=PASSPHRASE, officer_name=OFFICER, device_name="toughbook-7", cost=CHEAP_KDF
    )
    created.store.close()
    return created.recovery_key


def _with_next_migration(monkeypatch: pytest.MonkeyPatch, migration: object) -> None:
    """Make `migration` the newest one, as the next release's would be (test-only)."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))


def test_given_a_profile_lifecycle_then_each_step_is_logged_and_no_secret_is(
    ring: diagnostics_log.RingBufferHandler, profile_dir: Path
) -> None:
    recovery_key = _new_profile(profile_dir)
    profile.unlock(profile_dir, PASSPHRASE).close()
    with pytest.raises(WrongSecretError):
        profile.unlock(profile_dir, "not the passphrase")
    profile.change_passphrase(profile_dir, PASSPHRASE, NEW_PASSPHRASE)
    profile.recover(profile_dir, recovery_key, RECOVERED_PASSPHRASE)

    said = _messages(ring, "liaison_app.profile")
    assert re.fullmatch(rf"profile created in {re.escape(str(profile_dir))} in \d+\.\d\d s", said[0])
    assert any(re.fullmatch(r"profile in .* opened in \d+\.\d\d s", m) for m in said)
    assert f"opening the profile in {profile_dir} refused: liaison_app.errors.WrongSecretError" in said
    assert f"passphrase of the profile in {profile_dir} changed" in said
    assert said[-1] == f"profile in {profile_dir} recovered: a new passphrase was set with the recovery key"
    keys = _messages(ring, "liaison_app.keyfile")
    assert "the passphrase slot refused the passphrase given" in keys
    assert "recovery key used to unlock the data key" in keys
    assert "passphrase slot rewrapped (kdf 8 MiB, 1 iterations)" in keys
    text = ring.text()
    secrets = [PASSPHRASE, NEW_PASSPHRASE, RECOVERED_PASSPHRASE, recovery_key, OFFICER]
    secrets.append(_data_key(profile_dir, RECOVERED_PASSPHRASE))
    for secret in secrets:
        assert secret not in text


def test_given_records_written_then_kinds_and_counts_are_logged_never_their_values(
    ring: diagnostics_log.RingBufferHandler, store: Store
) -> None:
    meeting = records.add(store, "meeting", {"title": TITLE, "start": "2026-11-20T10:00"})
    with records.batch(store) as writes:
        writes.add("org", {"name": "Relief of the Sahel"})
        writes.add("org", {"name": "Water for Gao"})
        writes.add("contact", {"full_name": "Amadou Diallo"})
    records.edit(store, "meeting", meeting.id, {"location": "Camp Castor, Gao"})
    records.edit(store, "meeting", meeting.id, {"location": "Camp Castor, Gao"})  # no change: no write
    records.delete_record(store, "meeting", meeting.id)

    assert _messages(ring, "liaison_app.services.records") == [
        "added 1 Kind.MEETING record(s)",
        "added 2 Kind.ORG record(s)",
        "added 1 Kind.CONTACT record(s)",
        "edited 1 Kind.MEETING record",
        "deleted 1 Kind.MEETING record",
    ]
    text = ring.text()
    for value in (TITLE, "Relief of the Sahel", "Amadou Diallo", "Camp Castor", meeting.id):
        assert value not in text


def test_given_an_upgrade_then_copy_migration_and_versions_are_logged_with_durations(
    ring: diagnostics_log.RingBufferHandler, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_profile(profile_dir)
    before = migrations.SCHEMA_VERSION

    def add_area(conn: Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE organization ADD COLUMN area VARCHAR NOT NULL DEFAULT ''")

    _with_next_migration(monkeypatch, add_area)
    ring.clear()
    profile.unlock(profile_dir, PASSPHRASE).close()

    said = _messages(ring, "db.upgrade")
    assert said[0] == f"upgrading database schema {before} to {before + 1}"
    copy = profile_dir / profile.PRE_UPGRADE_COPY_NAME
    assert re.fullmatch(rf"pre-upgrade copy {re.escape(str(copy))} taken in \d+\.\d\d s", said[1])
    assert re.fullmatch(rf"migrated schema {before} -> {before + 1} in \d+\.\d\d s", said[2])
    assert f"profile upgraded from schema {before} to {before + 1}" in _messages(ring, "liaison_app.profile")


def test_given_a_failing_migration_then_the_failure_and_restore_are_logged_not_its_message(
    ring: diagnostics_log.RingBufferHandler, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_profile(profile_dir)
    before = migrations.SCHEMA_VERSION

    def fails(conn: Connection) -> None:
        raise RuntimeError(f"broke while copying {TITLE} under {PASSPHRASE}")

    _with_next_migration(monkeypatch, fails)
    ring.clear()
    with pytest.raises(UpgradeFailedError):
        profile.unlock(profile_dir, PASSPHRASE)

    said = _messages(ring, "db.upgrade")
    assert re.fullmatch(
        rf"migration {before} -> {before + 1} failed after \d+\.\d\d s: RuntimeError", said[2]
    )
    assert re.fullmatch(r"database restored from its pre-upgrade copy in \d+\.\d\d s", said[3])
    assert f"profile upgrade {before} -> {before + 1} failed at step FailedStep.MIGRATION" in _messages(
        ring, "liaison_app.profile"
    )
    text = ring.text()
    assert TITLE not in text and PASSPHRASE not in text


def test_given_the_profile_busy_then_the_refusal_is_logged_by_type_not_the_sql(
    ring: diagnostics_log.RingBufferHandler, store: Store
) -> None:
    blocker = store.engine.raw_connection()
    blocker.cursor().execute("PRAGMA busy_timeout = 0")
    blocker.cursor().execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BusyError), store.session() as s:
            driver = s.connection().connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA busy_timeout = 50")
            driver.execute("INSERT INTO setting (key, value) VALUES ('x', ?)", (TITLE,))
    finally:
        blocker.rollback()
        blocker.close()
    said = _messages(ring, "liaison_app.store")
    assert said == [
        f"profile {store.directory} busy: write lock held too long (sqlcipher3.dbapi2.OperationalError)"
    ]
    assert TITLE not in ring.text()


def test_given_init_refused_then_the_refusal_is_logged_by_type_without_the_input(
    ring: diagnostics_log.RingBufferHandler, profile_dir: Path
) -> None:
    with pytest.raises(ValidationError):
        profile.init(profile_dir, passphrase="", officer_name=OFFICER, device_name="toughbook-7")
    _new_profile(profile_dir)
    with pytest.raises(ProfileError):
        _new_profile(profile_dir)
    said = _messages(ring, "liaison_app.profile")
    assert said[0] == f"init in {profile_dir} refused: liaison_app.errors.ValidationError"
    assert said[-1] == f"init refused: a profile already exists in {profile_dir}"
    assert OFFICER not in ring.text() and PASSPHRASE not in ring.text()
