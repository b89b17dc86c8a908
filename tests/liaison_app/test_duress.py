"""The duress passphrase: off by default; typed at unlock it destroys every wrapped copy of
the data key and opens an empty profile in its place, and nothing opens the old store again,
neither the real passphrase nor the recovery key."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from db.engine import WrongKeyError, open_engine
from liaison_app import keyfile, profile
from liaison_app.errors import ValidationError, WrongSecretError
from liaison_app.services import records, search
from tests.profiles import CHEAP_KDF

REAL = "correct horse battery staple"
DURESS = "tangerine lighthouse quarrel"


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str]:
    """A profile with one contact and a duress passphrase; its recovery key."""
    directory = tmp_path / "profile"
    made = profile.init(
        directory, passphrase=REAL, officer_name="Maj. Anna Berg", device_name="toughbook-1", cost=CHEAP_KDF
    )
    with made.store as store:
        records.add(store, "contact", {"full_name": "Amina Diallo"})
    profile.set_duress(directory, REAL, DURESS)
    return directory, made.recovery_key


def test_a_new_profile_has_no_duress_passphrase(tmp_path: Path) -> None:
    made = profile.init(tmp_path / "p", passphrase=REAL, officer_name="A", device_name="b", cost=CHEAP_KDF)
    made.store.close()
    assert not profile.has_duress(tmp_path / "p")


def test_given_a_duress_passphrase_set_then_the_real_one_still_opens_the_profile(
    folder: tuple[Path, str],
) -> None:
    directory, _ = folder
    assert profile.has_duress(directory)
    with profile.unlock(directory, REAL) as store:
        assert [r.full_name for r in records.list_records(store, "contact")] == ["Amina Diallo"]  # type: ignore[attr-defined]


def test_given_the_duress_passphrase_at_unlock_then_an_empty_profile_opens_in_its_place(
    folder: tuple[Path, str],
) -> None:
    directory, _ = folder
    old_key = keyfile.unlock(keyfile.load(directory / profile.KEYFILE_NAME), REAL)

    with profile.unlock(directory, DURESS) as store:
        assert records.list_records(store, "contact") == []
        assert search.search(store, "Amina") == []
        assert store.author.officer == profile.DURESS_OFFICER

    with profile.unlock(directory, DURESS) as again:  # it is an ordinary profile from now on
        assert records.list_records(again, "contact") == []
    assert not profile.has_duress(directory)
    with pytest.raises(WrongKeyError):  # the old key opens nothing there
        open_engine(directory / profile.DB_NAME, old_key)


def test_after_duress_neither_the_real_passphrase_nor_the_recovery_key_opens_anything(
    folder: tuple[Path, str],
) -> None:
    directory, recovery_key = folder
    old = keyfile.load(directory / profile.KEYFILE_NAME)
    profile.unlock(directory, DURESS).close()

    with pytest.raises(WrongSecretError):
        profile.unlock(directory, REAL)
    with pytest.raises(WrongSecretError):
        profile.recover(directory, recovery_key, "a brand new passphrase here")
    after = (directory / profile.KEYFILE_NAME).read_text()
    for slot in (old.passphrase, old.recovery):
        assert keyfile._b64(slot.wrapped) not in after


def test_the_duress_passphrase_must_differ_from_the_real_one(folder: tuple[Path, str]) -> None:
    directory, _ = folder
    with pytest.raises(ValidationError):
        profile.set_duress(directory, REAL, REAL)
    with pytest.raises(ValidationError):
        profile.change_passphrase(directory, REAL, DURESS)


def test_setting_it_needs_the_real_passphrase(folder: tuple[Path, str]) -> None:
    directory, _ = folder
    with pytest.raises(WrongSecretError):
        profile.set_duress(directory, "not the passphrase", "something else entirely")


def test_once_cleared_the_duress_passphrase_is_only_a_wrong_one(folder: tuple[Path, str]) -> None:
    directory, _ = folder
    profile.clear_duress(directory, REAL)

    with pytest.raises(WrongSecretError):
        profile.unlock(directory, DURESS)
    with profile.unlock(directory, REAL) as store:
        assert len(records.list_records(store, "contact")) == 1


def test_right_wrong_and_duress_passphrases_derive_the_same_keys_so_take_alike(
    folder: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    directory, _ = folder
    derived: list[str] = []
    real_argon2 = keyfile._argon2

    def counted(passphrase: str, kdf: dict[str, object]) -> bytes:
        derived.append(str(kdf["salt"]))
        return real_argon2(passphrase, kdf)

    monkeypatch.setattr(keyfile, "_argon2", counted)
    current = keyfile.load(directory / profile.KEYFILE_NAME)
    runs = []
    for given in (REAL, "wrong guess", DURESS):
        derived.clear()
        with contextlib.suppress(WrongSecretError):
            keyfile.attempt(current, given)
        runs.append(tuple(derived))
    assert runs[0] == runs[1] == runs[2]  # each passphrase derived against both slots' salts
    assert len(set(runs[0])) == 2
