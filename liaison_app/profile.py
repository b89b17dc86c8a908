"""Profile folders: create one, unlock it, change its passphrase, recover it.

A profile folder holds `keys.json` (wrapped keys only) and `liaison.db` (SQLCipher).
Officer name, device and role live inside the encrypted database.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlmodel import Session

from db import upgrade
from db.engine import WrongKeyError, open_engine, remove_database_files
from db.migrations import SchemaTooNewError, migrate
from db.upgrade import FailedStep as FailedStep  # re-exported: the GUI words an upgrade failure by it
from liaison_app import keyfile, settings, vocab
from liaison_app.errors import (
    LiaisonError,
    ProfileError,
    ProfileTooNewError,
    UpgradeFailedError,
    ValidationError,
    WrongSecretError,
)
from liaison_app.store import Store
from liaison_app.validation import choice, text
from sync import identity

KEYFILE_NAME = "keys.json"
DB_NAME = "liaison.db"
# The encrypted copy taken before a schema upgrade; it exists only while one runs (db/upgrade.py).
PRE_UPGRADE_COPY_NAME = "liaison.pre-upgrade.db"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class NewProfile:
    """What `init` hands back: the open store and the recovery key to show once."""

    store: Store
    recovery_key: str


def default_directory() -> Path:
    """$LIAISON_PROFILE, else the platform's per-user data folder."""
    env = os.environ.get("LIAISON_PROFILE")
    return Path(env) if env else Path(platformdirs.user_data_dir("liaison", appauthor=False))


def exists(directory: Path) -> bool:
    """Whether `directory` holds an initialised profile."""
    return (directory / KEYFILE_NAME).is_file()


def init(
    directory: Path,
    *,
    passphrase: str,
    officer_name: str,
    device_name: str,
    role: str = "field",
    cost: keyfile.KdfCost | None = None,
) -> NewProfile:
    """Create a profile: data key, encrypted database, device keys, key file (written last)."""
    try:
        officer_name = text("name", officer_name, required=True, max_len=200)
        device_name = text("device", device_name, required=True, max_len=200)
        role = choice("role", role, vocab.ROLES)
        if not passphrase:
            raise ValidationError.about("passphrase", "must not be empty")
    except ValidationError as exc:
        log.warning("init in %s refused: %s", directory, exc)  # the error's type only
        raise
    db_path = directory / DB_NAME
    if exists(directory) or db_path.exists():
        log.warning("init refused: a profile already exists in %s", directory)
        raise ProfileError(f"a profile already exists in {directory}")
    started = time.monotonic()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    data_key = keyfile.new_data_key()
    recovery_key = keyfile.new_recovery_key()
    wrapped = keyfile.create(data_key, passphrase, recovery_key, cost or keyfile.KdfCost())
    engine = open_engine(db_path, data_key)
    try:
        migrate(engine)
        with engine.begin() as conn, Session(bind=conn) as s:
            s.add(identity.generate())
            settings.put(s, "officer_name", officer_name)
            settings.put(s, "device_name", device_name)
            settings.put(s, "role", role)
            s.flush()
        # Last step: until the key file exists the folder is not a profile.
        keyfile.save(directory / KEYFILE_NAME, wrapped)
    except BaseException:
        log.exception("init of the profile in %s failed; its database was removed", directory)
        engine.dispose()
        _remove_database(db_path)
        raise
    log.info("profile created in %s in %.2f s", directory, time.monotonic() - started)
    return NewProfile(store=Store(engine, directory, data_key=data_key), recovery_key=recovery_key)


def unlock(directory: Path, passphrase: str) -> Store:
    """Open the profile with its passphrase; WrongSecretError changes nothing on disk."""
    started = time.monotonic()
    try:
        data_key = keyfile.unlock(keyfile.load(directory / KEYFILE_NAME), passphrase)
        store = _open(directory, data_key)
    except LiaisonError as exc:
        log.warning("opening the profile in %s refused: %s", directory, exc)  # the error's type only
        raise
    log.info("profile in %s opened in %.2f s", directory, time.monotonic() - started)
    return store


def change_passphrase(directory: Path, old: str, new: str, cost: keyfile.KdfCost | None = None) -> None:
    """Rewrap the data key under `new` (and optionally a new KDF cost)."""
    path = directory / KEYFILE_NAME
    current = keyfile.load(path)
    data_key = keyfile.unlock(current, old)
    keyfile.save(path, keyfile.rewrap_passphrase(current, data_key, new, cost))
    log.info("passphrase of the profile in %s changed", directory)


def recover(directory: Path, recovery_key: str, new_passphrase: str) -> None:
    """Set a new passphrase with the recovery key shown at init."""
    path = directory / KEYFILE_NAME
    current = keyfile.load(path)
    data_key = keyfile.unlock_with_recovery(current, recovery_key)
    _open(directory, data_key).close()  # prove the key opens the database before rewrapping
    keyfile.save(path, keyfile.rewrap_passphrase(current, data_key, new_passphrase))
    log.info("profile in %s recovered: a new passphrase was set with the recovery key", directory)


def kdf_cost(directory: Path) -> keyfile.KdfCost:
    """The Argon2id cost this profile's passphrase slot uses."""
    return keyfile.load(directory / KEYFILE_NAME).kdf_cost


def _open(directory: Path, data_key: bytes) -> Store:
    db_path = directory / DB_NAME
    if not db_path.is_file():
        raise ProfileError(f"the database of the profile in {directory} is missing")
    try:
        engine = open_engine(db_path, data_key)
    except WrongKeyError:
        raise WrongSecretError("the key file does not open this profile's database") from None
    copy_path = directory / PRE_UPGRADE_COPY_NAME
    try:
        done = upgrade.upgrade(engine, path=db_path, key=data_key, copy_path=copy_path)
    except SchemaTooNewError as exc:
        engine.dispose()
        log.warning("profile schema %d is newer than this app's %d: refused", exc.found, exc.supported)
        raise ProfileTooNewError(
            f"this profile was written by a newer Liaison (schema {exc.found}, this app reads"
            f" up to {exc.supported}); upgrade the app to open it — the profile is unchanged",
            found=exc.found,
            supported=exc.supported,
        ) from None
    except upgrade.UpgradeFailedError as exc:
        log.error("profile upgrade %d -> %d failed at step %s", exc.before, exc.target, exc.step)
        raise _upgrade_failed(exc) from exc.__cause__
    if done.upgraded:
        log.info("profile upgraded from schema %d to %d", done.before, done.after)
    return Store(engine, directory, data_key=data_key)


def _upgrade_failed(exc: upgrade.UpgradeFailedError) -> UpgradeFailedError:
    step = f"upgrading the profile from schema {exc.before} to {exc.target} failed"
    if exc.step is FailedStep.COPY:
        message = f"{step}: its pre-upgrade copy could not be written (is the disk full?); it is unchanged"
    elif exc.step is FailedStep.MIGRATION:
        message = f"{step}; it was restored and is unchanged"
    else:
        message = f"{step} and it could not be restored; its encrypted pre-upgrade copy is {exc.copy_path}"
    return UpgradeFailedError(message, step=exc.step.value, unchanged=exc.step.unchanged)


def _remove_database(db_path: Path) -> None:
    remove_database_files(db_path)
