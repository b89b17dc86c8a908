"""Backups: a verified, encrypted copy of a live profile, restored whole or refused whole."""

from __future__ import annotations

import hashlib
import os
import struct
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db import migrations
from liaison_app import backup_format, keyfile, profile
from liaison_app.backup_format import BackupError, BackupRefusal
from liaison_app.errors import WrongSecretError
from liaison_app.services import backup, backup_copies, dump, records
from liaison_app.services import restore as restoring
from liaison_app.settings import SettingRefusedError
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE, Factory, snapshot
from tests.sync.conftest import introduce, send

NEW_PASSPHRASE = "tundra mosaic kettle orbit lantern"


def _fill(store: Store, count: int = 5) -> None:
    for n in range(count):
        with records.batch(store) as writes:  # one transaction: an organization and its contact
            org = writes.add("org", {"name": f"Organisation {n}", "acronym": f"O{n}"})
            writes.add(
                "contact",
                {"full_name": f"Contact {n}", "organization_id": org.id, "notes": "met at the gate"},
            )


@pytest.fixture
def filled(store: Store) -> Store:
    _fill(store)
    return store


@pytest.fixture
def backup_file(filled: Store, tmp_path: Path) -> Path:
    return backup.back_up(filled, to=tmp_path / "anna.liaisonbackup").path


def _recovery_key(tmp_path: Path) -> tuple[Store, str]:
    created = profile.init(
        tmp_path / "with-key",
        passphrase=PASSPHRASE,
        officer_name="Lt. Moss",
        device_name="tb-9",
        cost=CHEAP_KDF,
    )
    _fill(created.store, 3)
    return created.store, created.recovery_key


def _tree(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()
    }


# --- backing up and restoring -----------------------------------------------------------


def test_given_a_profile_when_backed_up_and_restored_with_the_passphrase_then_the_dump_is_identical(
    filled: Store, backup_file: Path, tmp_path: Path
) -> None:
    result = restoring.restore(
        backup_file, directory=tmp_path / "laptop-2", secret=restoring.Secret(PASSPHRASE)
    )
    assert result.records == 10 and not result.replaced
    with profile.unlock(tmp_path / "laptop-2", PASSPHRASE) as restored:
        assert dump.dump_json(restored) == dump.dump_json(filled)
    assert (tmp_path / "laptop-2" / profile.DB_NAME).stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "laptop-2" / profile.KEYFILE_NAME).stat().st_mode & 0o777 == 0o600


def test_given_a_backup_when_restored_with_the_recovery_key_then_the_new_passphrase_opens_it(
    tmp_path: Path,
) -> None:
    store, recovery_key = _recovery_key(tmp_path)
    path = backup.back_up(store, to=tmp_path / "moss.liaisonbackup").path
    secret = restoring.Secret(recovery_key=recovery_key.lower(), new_passphrase=NEW_PASSPHRASE)
    restoring.restore(path, directory=tmp_path / "laptop-2", secret=secret)
    with profile.unlock(tmp_path / "laptop-2", NEW_PASSPHRASE) as restored:
        assert dump.dump_json(restored) == dump.dump_json(store)
    with pytest.raises(WrongSecretError):
        profile.unlock(tmp_path / "laptop-2", PASSPHRASE)
    store.close()


def test_given_a_backup_file_then_nothing_in_it_is_readable(filled: Store, backup_file: Path) -> None:
    data = backup_file.read_bytes()
    assert data.startswith(backup_format.MAGIC)
    for secret_text in (
        b"Contact 3",
        b"met at the gate",
        b"Maj. Anna Berg",
        b"toughbook-1",
        b"SQLite format",
    ):
        assert secret_text not in data
    assert (backup_file).stat().st_mode & 0o777 == 0o600


def test_given_a_wrong_passphrase_when_restoring_then_it_is_refused_and_nothing_is_created(
    backup_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(WrongSecretError):
        restoring.restore(
            backup_file, directory=tmp_path / "laptop-2", secret=restoring.Secret("not the passphrase")
        )
    assert not (tmp_path / "laptop-2").exists()
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []


def test_given_another_connection_writing_when_backed_up_then_the_copy_is_one_consistent_moment(
    filled: Store, tmp_path: Path
) -> None:
    """Online: a writer keeps adding records during the copy; the backup still verifies and
    restores to exactly the records of one moment (each contact with its organization)."""
    writer = profile.unlock(filled.directory, PASSPHRASE)
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            _fill(writer, 1)
            written.append(1)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        while not written:  # the writer is under way before the copy starts
            stop.wait(0.01)
        results = [backup.back_up(filled, to=tmp_path / f"online-{n}.liaisonbackup") for n in range(3)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert len(written) > 1
    for n, result in enumerate(results):
        target = tmp_path / f"restored-{n}"
        restoring.restore(result.path, directory=target, secret=restoring.Secret(PASSPHRASE))
        with profile.unlock(target, PASSPHRASE) as restored:
            document = dump.dump(restored)
        assert len(document["organizations"]) == len(document["contacts"]) == result.records // 2


def test_given_a_write_between_copy_steps_then_the_backup_holds_the_moment_it_started(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 4)  # several copy steps for a small profile
    writer = profile.unlock(filled.directory, PASSPHRASE)

    class WriteMidway:
        wrote = False

        def set_progress(self, done: int, total: int, message: str = "") -> None:
            if message == backup_copies.Phase.COPY and 0 < done < total and not self.wrote:
                self.wrote = True
                records.add(writer, "org", {"name": "Written during the backup"})

        def check_cancel(self) -> None:
            pass

    midway = WriteMidway()
    before = dump.dump_json(filled)
    path = backup.back_up(filled, to=tmp_path / "mid.liaisonbackup", progress=midway).path
    writer.close()
    assert midway.wrote and dump.dump_json(filled) != before
    restoring.restore(path, directory=tmp_path / "restored", secret=restoring.Secret(PASSPHRASE))
    with profile.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert dump.dump_json(restored) == before


# --- refusals ---------------------------------------------------------------------------


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _with_checksum(path: Path) -> None:
    """Recompute the trailing checksum, as a tamperer would."""
    data = path.read_bytes()[: -backup_format.CHECKSUM_BYTES]
    path.write_bytes(data + hashlib.sha256(data).digest())


def _refused(path: Path, target: Path, code: BackupRefusal) -> BackupError:
    with pytest.raises(BackupError) as caught:
        restoring.restore(path, directory=target, secret=restoring.Secret(PASSPHRASE))
    assert caught.value.code is code
    assert "\n" not in str(caught.value)
    return caught.value


def test_given_a_truncated_backup_at_any_boundary_then_restore_refuses_it_as_damaged(
    backup_file: Path, tmp_path: Path
) -> None:
    layout = backup_format.read_layout(backup_file)
    data = backup_file.read_bytes()
    cuts = [9, 12, 40, layout.db_offset - 3, layout.db_offset + 100, len(data) - 33, len(data) - 1]
    for cut in cuts:
        damaged = tmp_path / f"cut-{cut}.liaisonbackup"
        damaged.write_bytes(data[:cut])
        _refused(damaged, tmp_path / "laptop-2", BackupRefusal.DAMAGED)
    assert not (tmp_path / "laptop-2").exists()


def test_given_a_flipped_bit_anywhere_then_restore_refuses_it(backup_file: Path, tmp_path: Path) -> None:
    layout = backup_format.read_layout(backup_file)
    for offset in (10, layout.db_offset - 20, layout.db_offset + 5000, layout.size - 40, layout.size - 1):
        damaged = tmp_path / f"flip-{offset}.liaisonbackup"
        damaged.write_bytes(backup_file.read_bytes())
        _flip(damaged, offset)
        _refused(damaged, tmp_path / "laptop-2", BackupRefusal.DAMAGED)
    assert not (tmp_path / "laptop-2").exists()


def test_given_a_page_altered_and_the_checksum_recomputed_then_the_page_hmac_refuses_it(
    backup_file: Path, tmp_path: Path
) -> None:
    layout = backup_format.read_layout(backup_file)
    for page in (1, 3):
        tampered = tmp_path / f"tampered-{page}.liaisonbackup"
        tampered.write_bytes(backup_file.read_bytes())
        _flip(tampered, layout.db_offset + page * 4096 + 100)
        _with_checksum(tampered)
        _refused(tampered, tmp_path / "laptop-2", BackupRefusal.DAMAGED)
    assert not (tmp_path / "laptop-2").exists()
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []


def test_given_foreign_files_then_restore_refuses_them_as_not_a_backup(filled: Store, tmp_path: Path) -> None:
    foreign = {
        "database.liaisonbackup": (filled.directory / profile.DB_NAME).read_bytes(),
        "keys.liaisonbackup": (filled.directory / profile.KEYFILE_NAME).read_bytes(),
        "empty.liaisonbackup": b"",
        "text.liaisonbackup": b"hello, this is not a backup\n",
    }
    for name, data in foreign.items():
        (tmp_path / name).write_bytes(data)
        _refused(tmp_path / name, tmp_path / "laptop-2", BackupRefusal.NOT_A_BACKUP)
    _refused(tmp_path, tmp_path / "laptop-2", BackupRefusal.UNREADABLE)  # a folder
    fifo = tmp_path / "fifo.liaisonbackup"
    os.mkfifo(fifo)
    _refused(fifo, tmp_path / "laptop-2", BackupRefusal.UNREADABLE)  # read, it would block forever
    assert not (tmp_path / "laptop-2").exists()


def test_given_a_newer_container_version_then_restore_says_to_upgrade(
    backup_file: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.liaisonbackup"
    data = bytearray(backup_file.read_bytes())
    data[len(backup_format.MAGIC)] = backup_format.VERSION + 1
    newer.write_bytes(bytes(data))
    _refused(newer, tmp_path / "laptop-2", BackupRefusal.NEWER_FORMAT)


def test_given_a_hostile_header_length_then_restore_refuses_without_reading_it(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.liaisonbackup"
    hostile.write_bytes(backup_format.MAGIC + struct.pack(">BI", backup_format.VERSION, 2**32 - 1) + b"{}")
    _refused(hostile, tmp_path / "laptop-2", BackupRefusal.DAMAGED)


def test_given_an_existing_profile_then_restore_refuses_unless_forced(
    filled: Store, backup_file: Path, tmp_path: Path
) -> None:
    other, _key = _recovery_key(tmp_path)
    other.close()
    before = _tree(tmp_path / "with-key")
    _refused(backup_file, tmp_path / "with-key", BackupRefusal.TARGET_HAS_PROFILE)
    assert _tree(tmp_path / "with-key") == before
    result = restoring.restore(
        backup_file, directory=tmp_path / "with-key", secret=restoring.Secret(PASSPHRASE), force=True
    )
    assert result.replaced
    with profile.unlock(tmp_path / "with-key", PASSPHRASE) as restored:
        assert dump.dump_json(restored) == dump.dump_json(filled)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_given_a_folder_with_other_files_then_restore_refuses_even_when_forced(
    backup_file: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "letter.txt").write_text("dear HQ")
    for force in (False, True):
        with pytest.raises(BackupError) as caught:
            restoring.restore(backup_file, directory=home, secret=restoring.Secret(PASSPHRASE), force=force)
        assert caught.value.code is BackupRefusal.TARGET_NOT_EMPTY
    assert snapshot(home) == {"letter.txt": b"dear HQ"}


def test_given_a_forced_restore_that_fails_then_the_existing_profile_is_unchanged(
    backup_file: Path, tmp_path: Path
) -> None:
    other, _key = _recovery_key(tmp_path)
    other.close()
    before = _tree(tmp_path / "with-key")
    with pytest.raises(WrongSecretError):
        restoring.restore(
            backup_file, directory=tmp_path / "with-key", secret=restoring.Secret("wrong"), force=True
        )
    assert _tree(tmp_path / "with-key") == before


def test_given_an_empty_folder_then_restore_fills_it(backup_file: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    restoring.restore(backup_file, directory=tmp_path / "empty", secret=restoring.Secret(PASSPHRASE))
    assert profile.exists(tmp_path / "empty")


def test_given_a_backup_to_a_missing_folder_then_it_is_refused_and_no_copy_is_left(
    filled: Store, tmp_path: Path
) -> None:
    with pytest.raises(BackupError):
        backup.back_up(filled, to=tmp_path / "no-such-folder" / "x.liaisonbackup")
    assert not (filled.directory / backup.COPY_NAME).exists()
    assert not (tmp_path / "no-such-folder").exists()


# --- identity after a restore -----------------------------------------------------------


def test_given_a_restored_backup_then_it_is_a_new_device_that_trusts_the_old_one(
    filled: Store, backup_file: Path, tmp_path: Path
) -> None:
    result = restoring.restore(
        backup_file, directory=tmp_path / "laptop-2", secret=restoring.Secret(PASSPHRASE)
    )
    assert result.previous_device_id == filled.author.device_id != result.device_id
    with profile.unlock(tmp_path / "laptop-2", PASSPHRASE) as restored:
        assert restored.author.device_id == result.device_id
        assert restored.author.officer == filled.author.officer
        with restored.session() as s:
            conn = s.connection()
            trusted = conn.exec_driver_sql(
                "SELECT revoked_at FROM sync_peer WHERE device_id = ?", (result.previous_device_id,)
            ).one()
            assert trusted[0] is None
        records.add(restored, "org", {"name": "After the restore"})
        with restored.session() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT origin, seq FROM sync_changeset WHERE origin = ?", (result.device_id,)
            )
            assert [tuple(r) for r in rows] == [(result.device_id, 1)]


# --- automatic backups ------------------------------------------------------------------


def test_given_automatic_backups_then_only_the_newest_n_are_kept_and_other_files_stay(
    filled: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    assert backup.back_up_automatically(filled) is None  # off until a folder is chosen
    backup.set_auto_settings(filled, folder=str(folder), keep=3)
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    written = [backup.back_up_automatically(filled, now=start + timedelta(hours=n)) for n in range(5)]
    kept = backup.automatic_backups(folder)
    assert kept == [r.path for r in written[2:] if r is not None]
    assert (folder / "notes.txt").read_text() == "mine"
    restoring.inspect(kept[-1])  # each one is a whole backup


def test_given_bad_automatic_backup_settings_then_they_are_refused_and_nothing_is_stored(
    filled: Store, tmp_path: Path
) -> None:
    for folder, keep in (("relative/path", 3), (str(tmp_path), 0), (str(tmp_path), 101)):
        with pytest.raises(SettingRefusedError):
            backup.set_auto_settings(filled, folder=folder, keep=keep)
    assert backup.auto_settings(filled) == backup.AutoBackupSettings("", 10)


def test_given_a_backup_then_the_recovery_key_still_opens_it_after_a_passphrase_change(
    tmp_path: Path,
) -> None:
    store, recovery_key = _recovery_key(tmp_path)
    path = backup.back_up(store, to=tmp_path / "moss.liaisonbackup").path
    store.close()
    profile.change_passphrase(tmp_path / "with-key", PASSPHRASE, NEW_PASSPHRASE, CHEAP_KDF)
    wrapped = keyfile.load(tmp_path / "with-key" / profile.KEYFILE_NAME)
    assert keyfile.unlock(wrapped, NEW_PASSPHRASE)
    # The backup keeps the passphrase it was taken with, and the recovery key (never rewrapped).
    with pytest.raises(WrongSecretError):
        restoring.restore(path, directory=tmp_path / "a", secret=restoring.Secret(NEW_PASSPHRASE))
    secret = restoring.Secret(recovery_key=recovery_key, new_passphrase=NEW_PASSPHRASE)
    restoring.restore(path, directory=tmp_path / "b", secret=secret)


def test_given_an_old_backup_restored_after_later_work_was_sent_then_nothing_equivocates_and_the_work_returns(
    device: Factory, tmp_path: Path
) -> None:
    """The laptop is lost after sending work newer than its backup: the restored device signs
    under a new identity (no changeset number reused), and HQ hands the lost work back."""
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "In the backup"})
    path = backup.back_up(anna, to=tmp_path / "anna.liaisonbackup").path
    records.add(anna, "org", {"name": "Sent after the backup"})
    assert send(anna, hq).applied == 2
    restored_at = tmp_path / "anna-laptop-2"
    restoring.restore(path, directory=restored_at, secret=restoring.Secret("passphrase"))
    with profile.unlock(restored_at, "passphrase") as anna2:
        records.add(anna2, "org", {"name": "Written after the restore"})
        introduce(anna2, hq)  # HQ learns the new card, as docs/BACKUP.md asks
        counts = send(anna2, hq)
        assert (counts.applied, counts.pending, counts.quarantined) == (1, 0, 0)
        assert send(hq, anna2).applied == 1  # the work sent after the backup comes back
        assert dump.dump_json(anna2) == dump.dump_json(hq)
        names = sorted(o["name"] for o in dump.dump(anna2)["organizations"])
        assert names == ["In the backup", "Sent after the backup", "Written after the restore"]


def test_given_a_backup_cancelled_midway_then_no_file_and_no_copy_is_left(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 4)

    class StopError(Exception):
        pass

    class CancelAtOnce:
        def set_progress(self, done: int, total: int, message: str = "") -> None:
            pass

        def check_cancel(self) -> None:
            raise StopError

    with pytest.raises(StopError):
        backup.back_up(filled, to=tmp_path / "cancelled.liaisonbackup", progress=CancelAtOnce())
    assert sorted(p.name for p in tmp_path.iterdir() if "cancelled" in p.name) == []
    assert not (filled.directory / backup.COPY_NAME).exists()
    assert len(dump.dump(filled)["organizations"]) == 5  # the profile itself is untouched


def _with_next_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make one more migration the newest, as the next release's would be (test-only)."""

    def add_area(conn: Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE organization ADD COLUMN area VARCHAR NOT NULL DEFAULT ''")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_area])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))


def test_given_a_backup_from_an_older_release_then_the_restored_profile_is_upgraded(
    backup_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_next_migration(monkeypatch)
    restoring.restore(backup_file, directory=tmp_path / "newer-app", secret=restoring.Secret(PASSPHRASE))
    with profile.unlock(tmp_path / "newer-app", PASSPHRASE) as restored, restored.engine.connect() as conn:
        assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    assert not (tmp_path / "newer-app" / profile.PRE_UPGRADE_COPY_NAME).exists()


def test_given_a_backup_from_a_newer_release_then_restore_says_to_upgrade_and_creates_nothing(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.close()
    _with_next_migration(monkeypatch)
    with profile.unlock(filled.directory, PASSPHRASE) as newer:
        path = backup.back_up(newer, to=tmp_path / "newer.liaisonbackup").path
    monkeypatch.undo()
    _refused(path, tmp_path / "older-app", BackupRefusal.NEWER_SCHEMA)
    assert not (tmp_path / "older-app").exists()
