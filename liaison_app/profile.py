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
from db.engine import (
    SIDE_FILE_SUFFIXES,
    SQLITE_CANTOPEN,
    SQLITE_PERM,
    SQLITE_READONLY,
    WrongKeyError,
    open_engine,
    sqlite_error_code,
)
from db.migrations import SchemaTooNewError, migrate
from db.upgrade import FailedStep as FailedStep  # re-exported: the GUI words an upgrade failure by it
from liaison_app import disk, duress, keyfile, settings, staging, unlock_attempts, vocab
from liaison_app.errors import (
    AbandonedProfileError,
    AccessDeniedError,
    LiaisonError,
    ProfileError,
    ProfileTooNewError,
    UnlockDelayedError,
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


def is_abandoned(directory: Path) -> bool:
    """Whether `directory` holds what a killed or failed `init` left (a database without its
    key file, or a staging folder): not a profile, and cleared by the next `init`."""
    if exists(directory) or not directory.is_dir():
        return False
    return any(_database_file(p) or _staging(p) for p in directory.iterdir())


def init(
    directory: Path,
    *,
    passphrase: str,
    officer_name: str,
    device_name: str,
    role: str = "field",
    cost: keyfile.KdfCost | None = None,
) -> NewProfile:
    """Create a profile, atomically: it is built in a staging folder and renamed into place,
    so a kill or a full disk leaves no half profile (what an older one left is cleared)."""
    try:
        officer_name = text("name", officer_name, required=True, max_len=200)
        device_name = text("device", device_name, required=True, max_len=200)
        role = choice("role", role, vocab.ROLES)
        if not passphrase:
            raise ValidationError.about("passphrase", "must not be empty")
    except ValidationError as exc:
        log.warning("init in %s refused: %s", directory, exc)  # the error's type only
        raise
    if exists(directory):
        log.warning("init refused: a profile already exists in %s", directory)
        raise ProfileError(f"a profile already exists in {directory}")
    started = time.monotonic()
    _clear_abandoned(directory)
    _require_room(directory)
    data_key = keyfile.new_data_key()
    recovery_key = keyfile.new_recovery_key()
    wrapped = keyfile.create(data_key, passphrase, recovery_key, cost or keyfile.KdfCost())
    try:
        with staging.folder(directory) as stage:
            _build(stage.path, data_key, wrapped, officer_name, device_name, role)
            stage.install()
    except BaseException as exc:
        log.warning("init of the profile in %s failed; nothing was left behind", directory)
        if disk.is_full(exc, directory):
            raise disk.full_error(directory) from None
        if isinstance(exc, PermissionError):
            raise AccessDeniedError(f"permission denied: cannot create the profile in {directory}") from None
        raise
    unlock_attempts.clear(directory)  # a count left from an earlier profile here is not this one's
    engine = open_engine(directory / DB_NAME, data_key)
    log.info("profile created in %s in %.2f s", directory, time.monotonic() - started)
    return NewProfile(store=Store(engine, directory, data_key=data_key), recovery_key=recovery_key)


def _build(
    folder: Path, data_key: bytes, wrapped: keyfile.KeyFile, officer_name: str, device_name: str, role: str
) -> None:
    engine = open_engine(folder / DB_NAME, data_key)
    try:
        migrate(engine)
        with engine.begin() as conn, Session(bind=conn) as s:
            s.add(identity.generate())
            settings.put(s, "officer_name", officer_name)
            settings.put(s, "device_name", device_name)
            settings.put(s, "role", role)
            s.flush()
    finally:
        # Closing the last connection checkpoints the WAL into the database file, so only
        # liaison.db and keys.json are moved into place.
        engine.dispose()
    # Last step: until the key file exists the folder is not a profile.
    keyfile.save(folder / KEYFILE_NAME, wrapped)


def _clear_abandoned(directory: Path) -> None:
    """Remove what a killed or failed init left: a database without a key file opens for
    nobody (its key existed only in the unsaved key file), and stale staging folders."""
    staging.clear_stale(directory)
    if directory.is_dir():
        for path in directory.iterdir():
            if _database_file(path):
                log.warning("init: the database a failed init left in %s is removed", directory)
                path.unlink()


def _database_file(path: Path) -> bool:
    return path.name == DB_NAME or any(path.name == DB_NAME + s for s in SIDE_FILE_SUFFIXES)


def _staging(path: Path) -> bool:
    return path.is_dir() and path.name.startswith(staging.INSIDE_PREFIX)


def unlock(directory: Path, passphrase: str) -> Store:
    """Open the profile with its passphrase. A wrong one (WrongSecretError) changes nothing on
    disk but the count of wrong tries; too many lately, UnlockDelayedError, without trying.
    The duress passphrase destroys the profile and opens an empty one in its place."""
    started = time.monotonic()
    try:
        data_key = _unlock_key(directory, _key_file(directory), passphrase)
        store = _open(directory, data_key)
    except LiaisonError as exc:
        log.warning("opening the profile in %s refused: %s", directory, exc)  # the error's type only
        raise
    log.info("profile in %s opened in %.2f s", directory, time.monotonic() - started)
    return store


def change_passphrase(directory: Path, old: str, new: str, cost: keyfile.KdfCost | None = None) -> None:
    """Rewrap the data key under `new` (and optionally a new KDF cost)."""
    path = directory / KEYFILE_NAME
    current = _key_file(directory)
    data_key = _passphrase_key(directory, current, old)
    _refuse_duress(current, new)
    keyfile.save(path, keyfile.rewrap_passphrase(current, data_key, new, cost))
    log.info("passphrase of the profile in %s changed", directory)


def recover(directory: Path, recovery_key: str, new_passphrase: str) -> None:
    """Set a new passphrase with the recovery key shown at init."""
    path = directory / KEYFILE_NAME
    current = _key_file(directory)
    data_key = keyfile.unlock_with_recovery(current, recovery_key)
    _open(directory, data_key).close()  # prove the key opens the database before rewrapping
    _refuse_duress(current, new_passphrase)
    keyfile.save(path, keyfile.rewrap_passphrase(current, data_key, new_passphrase))
    unlock_attempts.clear(directory)  # the owner is back: the wait for wrong passphrases ends
    log.info("profile in %s recovered: a new passphrase was set with the recovery key", directory)


def kdf_cost(directory: Path) -> keyfile.KdfCost:
    """The Argon2id cost this profile's passphrase slot uses."""
    return _key_file(directory).kdf_cost


def unlock_wait(directory: Path) -> int:
    """Seconds before the next passphrase may be tried here (0: at once, or unknowable)."""
    try:
        return unlock_attempts.wait_seconds(directory)
    except OSError:
        return 0  # unlocking will say what is wrong with the folder


def failed_attempts(directory: Path) -> int:
    """Wrong passphrases given here in a row, across restarts (0 if unknowable)."""
    try:
        return unlock_attempts.read(directory).failures
    except OSError:
        return 0


def require_no_wait(directory: Path) -> None:
    """UnlockDelayedError if wrong passphrases given lately make the next try wait."""
    _require_access(directory)
    wait = unlock_attempts.wait_seconds(directory)
    if wait:
        raise UnlockDelayedError(
            f"too many wrong passphrases: wait {wait} s before trying again", wait_seconds=wait
        )


def _key_file(directory: Path) -> keyfile.KeyFile:
    """The profile's key file, or the error saying plainly why there is none."""
    _require_access(directory)
    if not (directory / KEYFILE_NAME).exists() and is_abandoned(directory):
        raise AbandonedProfileError(
            f"the profile in {directory} was never finished (its creation was interrupted);"
            " run 'liaison init' again to create it"
        )
    return keyfile.load(directory / KEYFILE_NAME)


def _require_access(directory: Path) -> None:
    if directory.is_dir() and not os.access(directory, os.R_OK | os.W_OK | os.X_OK):
        raise AccessDeniedError(f"permission denied: the profile folder {directory} is not open to this user")


def _unlock_key(directory: Path, current: keyfile.KeyFile, passphrase: str) -> bytes:
    """The data key of the profile the passphrase opens: this one's, or under duress the
    key of the empty profile put in its place."""
    require_no_wait(directory)
    try:
        found = keyfile.attempt(current, passphrase)
    except WrongSecretError:
        unlock_attempts.record_failure(directory)
        raise
    if found.duress_kek is not None and found.duress_kdf is not None:
        return _replace_under_duress(directory, found.duress_kek, found.duress_kdf)
    unlock_attempts.clear(directory)
    assert found.data_key is not None
    return found.data_key


# The empty profile put in place under duress: names an officer would plausibly have left.
DURESS_OFFICER = "Officer"
DURESS_DEVICE = "laptop"


def _replace_under_duress(directory: Path, kek: bytes, kdf: dict[str, object]) -> bytes:
    """Destroy the store, then build an empty profile in its place whose passphrase slot
    reuses the key the duress passphrase already derived (no second Argon2id run: the
    unlock takes as long as any other). Its recovery key is never shown: it is discarded."""
    duress.destroy(directory)
    data_key = keyfile.new_data_key()
    wrapped = keyfile.KeyFile(
        passphrase=keyfile.passphrase_slot_from(kek, dict(kdf), data_key),
        recovery=keyfile.recovery_slot(data_key, keyfile.new_recovery_key()),
    )
    with staging.folder(directory) as stage:
        _build(stage.path, data_key, wrapped, DURESS_OFFICER, DURESS_DEVICE, "field")
        stage.install()
    return data_key


def set_duress(directory: Path, passphrase: str, duress_passphrase: str) -> None:
    """Set (or replace) the duress passphrase; the profile's own passphrase must be given
    and must differ from it (ValidationError)."""
    current = _key_file(directory)
    _passphrase_key(directory, current, passphrase)
    if not duress_passphrase:
        raise ValidationError.about("duress passphrase", "must not be empty")
    if duress_passphrase == passphrase:
        raise ValidationError.about("duress passphrase", "must differ from the passphrase")
    keyfile.save(directory / KEYFILE_NAME, keyfile.with_duress(current, duress_passphrase))
    log.info("duress passphrase set for the profile in %s", directory)


def clear_duress(directory: Path, passphrase: str) -> None:
    """Remove the duress passphrase (the profile's own passphrase must be given)."""
    current = _key_file(directory)
    _passphrase_key(directory, current, passphrase)
    keyfile.save(directory / KEYFILE_NAME, keyfile.without_duress(current))
    log.info("duress passphrase cleared for the profile in %s", directory)


def _refuse_duress(current: keyfile.KeyFile, new: str) -> None:
    # A passphrase equal to the duress one would destroy the profile at the next unlock.
    if keyfile.is_duress(current, new):
        raise ValidationError.about("passphrase", "must differ from the duress passphrase")


def has_duress(directory: Path) -> bool:
    """Whether a duress passphrase is set for the profile in `directory`."""
    return _key_file(directory).duress is not None


def _passphrase_key(directory: Path, current: keyfile.KeyFile, passphrase: str) -> bytes:
    """The data key from the passphrase, counting wrong ones and making the next try wait."""
    require_no_wait(directory)
    try:
        data_key = keyfile.unlock(current, passphrase)
    except WrongSecretError:
        unlock_attempts.record_failure(directory)
        raise
    unlock_attempts.clear(directory)
    return data_key


def _open(directory: Path, data_key: bytes) -> Store:
    db_path = directory / DB_NAME
    if not db_path.is_file():
        raise ProfileError(f"the database of the profile in {directory} is missing")
    _require_room(directory)
    try:
        engine = open_engine(db_path, data_key)
    except WrongKeyError as exc:
        # The key file authenticated the key (AES-GCM), so "not a database" is either a
        # database from elsewhere or, with no room left, a page SQLite could not read whole.
        if disk.is_full(exc.__cause__ or exc, db_path):
            raise disk.full_error(directory) from None
        raise WrongSecretError("the key file does not open this profile's database") from None
    except Exception as exc:
        raise _open_failure(exc, directory) from exc
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


def _require_room(directory: Path) -> None:
    """Refuse to open with less than `disk.LOW_SPACE_BYTES` free: SQLite would have to grow its
    WAL index there, and where a disk block is smaller than a memory page running out of room
    while it does is a SIGBUS (seen on a small ext4), not an error anyone can word."""
    free = disk.free_bytes(directory)
    if free is not None and free < disk.LOW_SPACE_BYTES:
        log.warning("profile in %s not opened: %d bytes free", directory, free)
        raise disk.full_error(directory)


def _open_failure(exc: Exception, directory: Path) -> Exception:
    """What opening the database failed on, by SQLite's result code and the file's access."""
    db_path = directory / DB_NAME
    if disk.is_full(exc, db_path):
        return disk.full_error(directory)
    if sqlite_error_code(exc) in (SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY) or isinstance(
        exc, PermissionError
    ):
        if not os.access(db_path, os.R_OK | os.W_OK):
            return AccessDeniedError(f"permission denied: cannot read and write {db_path}")
        return ProfileError(f"the database of the profile in {directory} cannot be opened")
    return exc


def _upgrade_failed(exc: upgrade.UpgradeFailedError) -> UpgradeFailedError:
    step = f"upgrading the profile from schema {exc.before} to {exc.target} failed"
    if exc.step is FailedStep.COPY:
        message = f"{step}: its pre-upgrade copy could not be written (is the disk full?); it is unchanged"
    elif exc.step is FailedStep.MIGRATION:
        message = f"{step}; it was restored and is unchanged"
    else:
        message = f"{step} and it could not be restored; its encrypted pre-upgrade copy is {exc.copy_path}"
    return UpgradeFailedError(message, step=exc.step.value, unchanged=exc.step.unchanged)
