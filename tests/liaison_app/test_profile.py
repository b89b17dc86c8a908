"""Profiles on disk: created encrypted, unlocked by passphrase or recovery key, never readable."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from db.engine import integrity_check
from liaison_app import keyfile, profile, staging, unlock_attempts
from liaison_app.errors import (
    AbandonedProfileError,
    BusyError,
    ProfileError,
    UnlockDelayedError,
    ValidationError,
    WrongSecretError,
)
from liaison_app.services import held_bundles, records
from liaison_app.store import Store
from tests.conftest import CHEAP_KDF, PASSPHRASE, snapshot


def test_a_new_profile_knows_its_officer_device_and_role(store: Store) -> None:
    assert store.author.officer == "Maj. Anna Berg"
    assert store.author.device_name == "toughbook-1"
    assert store.author.role == "field"
    assert len(store.author.device_id) == 26


def test_init_refuses_a_folder_that_already_holds_a_profile(store: Store, profile_dir: Path) -> None:
    with pytest.raises(ProfileError, match="already exists"):
        profile.init(profile_dir, passphrase="x", officer_name="a", device_name="b", cost=CHEAP_KDF)


@pytest.mark.parametrize(
    ("name", "device", "role", "message"),
    [("", "d", "field", "name"), ("n", " ", "field", "device"), ("n", "d", "admiral", "role")],
)
def test_init_validates_its_inputs_and_leaves_no_files(
    tmp_path: Path, name: str, device: str, role: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        profile.init(
            tmp_path / "p",
            passphrase="x",
            officer_name=name,
            device_name=device,
            role=role,
            cost=CHEAP_KDF,
        )
    assert not (tmp_path / "p").exists() or not any((tmp_path / "p").iterdir())


def test_nothing_readable_reaches_the_disk(store: Store, profile_dir: Path) -> None:
    needles = ["Zerubabel Quarshie-Needle", "+99 555 0147 7788", "needle-assessment-93f1"]
    org = records.add(store, "org", {"name": "Needle Relief International"})
    contact = records.add(
        store,
        "contact",
        {
            "full_name": needles[0],
            "organization_id": org.id,
            "contact_points": [{"kind": "phone", "label": "", "value": needles[1]}],
        },
    )
    records.add(
        store,
        "meeting",
        {
            "title": "KLE",
            "start": "2026-11-02T09:00+03:00",
            "attendee_ids": [contact.id],
            "assessment": needles[2],
        },
    )
    files = [p for p in profile_dir.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"keys.json", "liaison.db", "liaison.db-wal"}
    for path in files:
        data = path.read_bytes()
        for needle in [*needles, "Needle Relief", "Maj. Anna Berg", "toughbook-1"]:
            assert needle.encode() not in data, f"{needle!r} readable in {path.name}"
            assert needle.encode("utf-16-le") not in data
    assert not (profile_dir / "liaison.db").read_bytes().startswith(b"SQLite format 3")
    assert integrity_check(store.engine) == []


def test_a_wrong_passphrase_changes_nothing_on_disk_but_the_attempt_count(
    store: Store, profile_dir: Path
) -> None:
    records.add(store, "org", {"name": "OCHA"})
    store.close()
    before = snapshot(profile_dir)
    with pytest.raises(WrongSecretError):
        profile.unlock(profile_dir, "not the passphrase")
    after = snapshot(profile_dir)
    counted = after.pop(unlock_attempts.ATTEMPTS_NAME)
    assert after == before
    assert json.loads(counted)["failures"] == 1


def test_changing_the_passphrase_rewraps_without_rewriting_the_database(
    store: Store, profile_dir: Path
) -> None:
    org = records.add(store, "org", {"name": "OCHA"})
    store.close()
    db_before = (profile_dir / "liaison.db").read_bytes()
    profile.change_passphrase(profile_dir, PASSPHRASE, "a brand new phrase")
    assert (profile_dir / "liaison.db").read_bytes() == db_before
    with pytest.raises(WrongSecretError):
        profile.unlock(profile_dir, PASSPHRASE)
    with profile.unlock(profile_dir, "a brand new phrase") as reopened:
        assert records.get(reopened, "org", org.id).id == org.id


def test_changing_the_passphrase_may_change_the_kdf_cost(store: Store, profile_dir: Path) -> None:
    profile.change_passphrase(profile_dir, PASSPHRASE, "another one", keyfile.KdfCost(16, 2))
    assert profile.kdf_cost(profile_dir) == keyfile.KdfCost(16, 2)


def test_the_recovery_key_sets_a_new_passphrase(tmp_path: Path) -> None:
    created = profile.init(
        tmp_path / "p", passphrase="forgotten", officer_name="a", device_name="b", cost=CHEAP_KDF
    )
    created.store.close()
    profile.recover(tmp_path / "p", created.recovery_key, "remembered now")
    profile.unlock(tmp_path / "p", "remembered now").close()
    with pytest.raises(WrongSecretError):
        profile.unlock(tmp_path / "p", "forgotten")


def test_a_wrong_recovery_key_changes_nothing(store: Store, profile_dir: Path) -> None:
    store.close()
    before = snapshot(profile_dir)
    with pytest.raises(WrongSecretError):
        profile.recover(profile_dir, keyfile.new_recovery_key(), "whatever new")
    assert snapshot(profile_dir) == before


def test_unlocking_a_folder_without_a_profile_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no profile"):
        profile.unlock(tmp_path / "nothing", "x")


def test_the_default_folder_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LIAISON_PROFILE", str(tmp_path / "env"))
    assert profile.default_directory() == tmp_path / "env"
    monkeypatch.delenv("LIAISON_PROFILE")
    assert profile.default_directory().name == "liaison"


def test_a_write_blocked_by_another_task_is_a_clear_error(store: Store) -> None:
    blocker = store.engine.raw_connection()
    blocker.cursor().execute("PRAGMA busy_timeout = 0")
    blocker.cursor().execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BusyError, match="busy"), store.session() as s:
            s.connection().exec_driver_sql("PRAGMA busy_timeout = 50")  # not the usual 5 s wait
            s.connection().exec_driver_sql("INSERT INTO setting (key, value) VALUES ('device_name', '1')")
    finally:
        blocker.rollback()
        blocker.close()


def _db_without_key_file(directory: Path) -> None:
    """What 0.2.0 left when init was killed (or met a full disk) before writing keys.json."""
    created = profile.init(directory, passphrase="x", officer_name="a", device_name="b", cost=CHEAP_KDF)
    created.store.close()
    (directory / "keys.json").unlink()


def test_given_an_abandoned_init_then_other_commands_say_so_and_init_clears_it(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    _db_without_key_file(directory)
    assert profile.is_abandoned(directory) and not profile.exists(directory)
    with pytest.raises(AbandonedProfileError, match="never finished"):
        profile.unlock(directory, "x")
    created = profile.init(
        directory, passphrase=PASSPHRASE, officer_name="a", device_name="b", cost=CHEAP_KDF
    )
    created.store.close()
    profile.unlock(directory, PASSPHRASE).close()
    assert not profile.is_abandoned(directory)


def test_given_a_staging_folder_of_a_killed_init_then_the_next_init_clears_it(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    stale = tmp_path / f".p{staging.INSIDE_PREFIX}dead"
    stale.mkdir()
    (stale / "liaison.db").write_bytes(b"half")
    profile.init(
        directory, passphrase=PASSPHRASE, officer_name="a", device_name="b", cost=CHEAP_KDF
    ).store.close()
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]


def test_given_an_init_still_at_work_then_another_init_leaves_its_staging_folder_alone(
    tmp_path: Path,
) -> None:
    with staging.folder(tmp_path / "p") as busy:
        staging.clear_stale(tmp_path / "p")
        assert busy.path.is_dir()


def test_init_into_an_existing_empty_folder_leaves_only_the_profile(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    directory.mkdir()
    profile.init(
        directory, passphrase=PASSPHRASE, officer_name="a", device_name="b", cost=CHEAP_KDF
    ).store.close()
    assert sorted(p.name for p in directory.iterdir()) == ["keys.json", "liaison.db"]


def test_a_failed_init_leaves_nothing_behind(tmp_path: Path) -> None:
    directory = tmp_path / "p"
    with pytest.raises(ValidationError):
        profile.init(directory, passphrase="", officer_name="a", device_name="b", cost=CHEAP_KDF)
    assert list(tmp_path.iterdir()) == []


def test_every_database_file_is_private_to_its_owner(store: Store, profile_dir: Path) -> None:
    records.add(store, "org", {"name": "OCHA"})
    held_bundles.hold(profile_dir, Path(__file__))  # any file: held copies are private too
    files = [p for p in profile_dir.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"keys.json", "liaison.db", "liaison.db-wal", "liaison.db-shm"}
    for path in files:
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} is {oct(path.stat().st_mode)}"
    assert profile_dir.stat().st_mode & 0o077 == 0


def test_a_database_left_world_readable_by_an_older_release_is_made_private(
    store: Store, profile_dir: Path
) -> None:
    store.close()
    (profile_dir / "liaison.db").chmod(0o644)
    profile.unlock(profile_dir, PASSPHRASE).close()
    assert (profile_dir / "liaison.db").stat().st_mode & 0o077 == 0


def test_after_five_wrong_passphrases_the_next_try_waits_and_the_wait_grows(
    store: Store, profile_dir: Path
) -> None:
    store.close()
    for _ in range(unlock_attempts.FREE_FAILURES):
        assert profile.unlock_wait(profile_dir) == 0
        with pytest.raises(WrongSecretError):
            profile.unlock(profile_dir, "not it")
    assert profile.unlock_wait(profile_dir) == 1
    with pytest.raises(UnlockDelayedError) as delayed:
        profile.unlock(profile_dir, PASSPHRASE)  # even the right one waits
    assert delayed.value.wait_seconds == 1
    assert [unlock_attempts.delay_after(n) for n in range(4, 10)] == [0, 1, 2, 4, 8, 16]
    assert unlock_attempts.delay_after(40) == unlock_attempts.MAX_WAIT_SECONDS


def test_the_wait_is_kept_on_disk_and_the_right_passphrase_ends_it(store: Store, profile_dir: Path) -> None:
    store.close()
    past = unlock_attempts.Attempts(failures=10, last_failure=time.time() - 10)
    (profile_dir / unlock_attempts.ATTEMPTS_NAME).write_text(json.dumps(dataclasses.asdict(past)))
    assert profile.unlock_wait(profile_dir) == unlock_attempts.delay_after(10) - 10  # kept across restarts
    (profile_dir / unlock_attempts.ATTEMPTS_NAME).write_text(
        json.dumps({"failures": 8, "last_failure": time.time() - 3600})
    )
    profile.unlock(profile_dir, PASSPHRASE).close()
    assert not (profile_dir / unlock_attempts.ATTEMPTS_NAME).exists()
    assert profile.unlock_wait(profile_dir) == 0


def test_a_clock_set_back_or_a_garbled_count_does_not_waive_the_wait(store: Store, profile_dir: Path) -> None:
    store.close()
    path = profile_dir / unlock_attempts.ATTEMPTS_NAME
    path.write_text(json.dumps({"failures": 9, "last_failure": time.time() + 86400}))
    assert profile.unlock_wait(profile_dir) == unlock_attempts.delay_after(9)
    path.write_text("garbled")
    assert profile.unlock_wait(profile_dir) == unlock_attempts.MAX_WAIT_SECONDS


def test_a_wrong_current_passphrase_when_changing_it_counts_as_a_failure(
    store: Store, profile_dir: Path
) -> None:
    with pytest.raises(WrongSecretError):
        profile.change_passphrase(profile_dir, "not it", "whatever new")
    assert unlock_attempts.read(profile_dir).failures == 1
