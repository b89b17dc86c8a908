"""Profiles on disk: created encrypted, unlocked by passphrase or recovery key, never readable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.engine import integrity_check
from liaison_app import keyfile, profile, unlock_attempts
from liaison_app.errors import BusyError, ProfileError, ValidationError, WrongSecretError
from liaison_app.services import records
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
