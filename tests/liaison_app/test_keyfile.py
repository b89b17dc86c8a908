"""Envelope keys: the data key is only ever stored wrapped, under two independent slots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liaison_app import keyfile
from liaison_app.errors import DiskFullError, ProfileError, ValidationError, WrongSecretError
from tests.conftest import CHEAP_KDF
from tests.liaison_app.edge_world import Filler, small_disk


@pytest.fixture
def setup() -> tuple[bytes, str, keyfile.KeyFile]:
    data_key = keyfile.new_data_key()
    recovery = keyfile.new_recovery_key()
    return data_key, recovery, keyfile.create(data_key, "pass phrase", recovery, CHEAP_KDF)


def test_the_passphrase_unwraps_the_data_key(setup: tuple[bytes, str, keyfile.KeyFile]) -> None:
    data_key, _, kf = setup
    assert keyfile.unlock(kf, "pass phrase") == data_key


def test_a_wrong_passphrase_is_refused(setup: tuple[bytes, str, keyfile.KeyFile]) -> None:
    _, _, kf = setup
    with pytest.raises(WrongSecretError, match="wrong passphrase"):
        keyfile.unlock(kf, "pass phrasE")


def test_the_recovery_key_unwraps_the_data_key_however_it_is_typed(
    setup: tuple[bytes, str, keyfile.KeyFile],
) -> None:
    data_key, recovery, kf = setup
    sloppy = recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keyfile.unlock_with_recovery(kf, sloppy) == data_key


def test_a_wrong_recovery_key_is_refused(setup: tuple[bytes, str, keyfile.KeyFile]) -> None:
    _, recovery, kf = setup
    other = keyfile.new_recovery_key()
    assert other != recovery
    with pytest.raises(WrongSecretError):
        keyfile.unlock_with_recovery(kf, other)
    with pytest.raises(WrongSecretError, match="8 groups"):
        keyfile.unlock_with_recovery(kf, "ABCD-EFGH")


def test_recovery_keys_carry_160_random_bits() -> None:
    keys = {keyfile.new_recovery_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k.replace("-", "")) == 32 and k.count("-") == 7 for k in keys)


def test_rewrapping_changes_the_passphrase_and_keeps_the_recovery_slot(
    setup: tuple[bytes, str, keyfile.KeyFile],
) -> None:
    data_key, recovery, kf = setup
    rewrapped = keyfile.rewrap_passphrase(kf, data_key, "new phrase")
    assert keyfile.unlock(rewrapped, "new phrase") == data_key
    assert keyfile.unlock_with_recovery(rewrapped, recovery) == data_key
    with pytest.raises(WrongSecretError):
        keyfile.unlock(rewrapped, "pass phrase")
    assert rewrapped.recovery == kf.recovery


def test_the_kdf_cost_is_stored_per_profile_with_a_floor() -> None:
    kf = keyfile.create(keyfile.new_data_key(), "p", keyfile.new_recovery_key(), keyfile.KdfCost(9, 2))
    assert kf.kdf_cost == keyfile.KdfCost(9, 2)
    assert kf.passphrase.kdf["name"] == "argon2id"
    with pytest.raises(ValidationError, match="at least 8 MiB"):
        keyfile.KdfCost(memory_mib=4)
    assert keyfile.KdfCost() == keyfile.KdfCost(64, 3)


def test_the_saved_file_holds_only_kdf_parameters_and_wrapped_keys(
    tmp_path: Path, setup: tuple[bytes, str, keyfile.KeyFile]
) -> None:
    data_key, recovery, kf = setup
    path = tmp_path / "keys.json"
    keyfile.save(path, kf)
    document = json.loads(path.read_text())
    assert set(document) == {"format", "slots"}
    for slot in document["slots"]:
        assert set(slot) == {"type", "kdf", "nonce", "wrapped_key"}
    raw = path.read_bytes()
    assert data_key.hex().encode() not in raw and recovery.encode() not in raw
    assert path.stat().st_mode & 0o077 == 0
    assert keyfile.unlock(keyfile.load(path), "pass phrase") == data_key


def test_slots_cannot_be_swapped(tmp_path: Path, setup: tuple[bytes, str, keyfile.KeyFile]) -> None:
    _, _, kf = setup
    swapped = keyfile.KeyFile(
        passphrase=keyfile.Slot("passphrase", kf.passphrase.kdf, kf.recovery.nonce, kf.recovery.wrapped),
        recovery=kf.recovery,
    )
    with pytest.raises(WrongSecretError):
        keyfile.unlock(swapped, "pass phrase")


@pytest.mark.parametrize(
    "content", ["", "{}", '{"format": "other"}', "not json", '{"format": "liaison-keyfile/1"}']
)
def test_a_damaged_key_file_is_reported_not_crashed_on(tmp_path: Path, content: str) -> None:
    path = tmp_path / "keys.json"
    path.write_text(content)
    with pytest.raises(ProfileError):
        keyfile.load(path)


def test_given_a_full_disk_when_saving_then_the_old_key_file_stays_and_no_tmp_is_left(
    tmp_path: Path, setup: tuple[bytes, str, keyfile.KeyFile]
) -> None:
    data_key, _, kf = setup
    with small_disk(tmp_path / "small", size="1m") as disk:
        path = disk / "keys.json"
        keyfile.save(path, kf)
        before = path.read_bytes()
        filler = Filler(disk)
        filler.leave(0)
        with pytest.raises(DiskFullError):
            keyfile.save(path, keyfile.rewrap_passphrase(kf, data_key, "another phrase"))
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "keys.json"]
        assert path.read_bytes() == before
        filler.release()
