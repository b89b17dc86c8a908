"""Restore a backup into a new or empty folder (or, forced, over a profile), checked whole
before it replaces anything, as a new device identity (docs/BACKUP.md says why)."""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlmodel import Session

from db import migrations, upgrade
from db.engine import WrongKeyError, open_engine
from db.models import LocalIdentity
from liaison_app import backup_format, keyfile, profile, settings
from liaison_app.backup_format import BackupError, BackupRefusal, Layout
from liaison_app.errors import ProfileError
from liaison_app.services import backup_copies as copies
from liaison_app.services.backup import COPY_NAME
from sync import identity, peers, protocol

log = logging.getLogger(__name__)

# Entries a profile folder may hold; --force replaces a folder only if it holds nothing else.
_PROFILE_ENTRIES = (
    profile.KEYFILE_NAME,
    profile.DB_NAME,
    "held",
    profile.PRE_UPGRADE_COPY_NAME,
    COPY_NAME,
)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A profile restored: where, when its backup was taken, and its old and new device ids."""

    directory: Path
    created: str
    records: int
    previous_device_id: str
    device_id: str
    replaced: bool  # an existing profile was replaced (force)


@dataclass(frozen=True, slots=True)
class Secret:
    """What unlocks a backup: its passphrase, or the recovery key and a new passphrase."""

    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None  # required with the recovery key


def inspect(path: Path, *, progress: copies.Progress = copies.QUIET) -> Layout:
    """Check a backup file without any secret: structure and checksum. BackupError if bad."""
    layout = backup_format.read_layout(path)
    backup_format.verify_checksum(
        layout, lambda done, total: copies.step(progress, done, total, copies.Phase.READ)
    )
    return layout


def check_target(directory: Path, *, force: bool) -> bool:
    """Whether restoring into `directory` replaces a profile; BackupError if it may not."""
    if directory.exists() and not directory.is_dir():
        raise BackupError(f"{directory} is not a folder", BackupRefusal.TARGET_NOT_EMPTY)
    entries = {p.name for p in directory.iterdir()} if directory.is_dir() else set()
    if not entries:
        return False
    if not entries & {profile.KEYFILE_NAME, profile.DB_NAME}:
        raise BackupError(
            f"{directory} is not empty and holds no profile; restore into a new or empty folder",
            BackupRefusal.TARGET_NOT_EMPTY,
        )
    if not force:
        raise BackupError(
            f"a profile already exists in {directory}; restore into a new folder, or replace it with --force",
            BackupRefusal.TARGET_HAS_PROFILE,
        )
    others = sorted(n for n in entries if not _is_profile_entry(n))
    if others:
        raise BackupError(
            f"{directory} holds files that are not part of a profile ({others[0]}); nothing was replaced",
            BackupRefusal.TARGET_NOT_EMPTY,
        )
    return True


def restore(
    source: Path,
    *,
    directory: Path,
    secret: Secret,
    force: bool = False,
    progress: copies.Progress = copies.QUIET,
) -> RestoreResult:
    """Restore the backup `source` as the profile in `directory`; on any refusal nothing changes.

    `directory` must be new or empty, or hold a profile and `force` be given (it is replaced
    only once the restored one is whole). The restored profile gets a new device identity.
    """
    directory = directory.expanduser().absolute()
    layout = inspect(source, progress=progress)
    replaces = check_target(directory, force=force)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = directory.parent / f".{directory.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        key = _unlock_into(staging, layout, secret)
        db_path = staging / profile.DB_NAME
        backup_format.extract_database(
            layout, db_path, lambda d, t: copies.step(progress, d, t, copies.Phase.RESTORE)
        )
        manifest = _checked_manifest(layout.path, db_path, key)
        previous, current = _adopt(staging, db_path, key)
        _move_into_place(staging, directory, replaces)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise copies.os_failure(exc, directory) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("backup restored (new device identity; the previous one is now a trusted peer)")
    counts = json.loads(manifest["counts"])
    return RestoreResult(directory, manifest["created"], copies.records(counts), previous, current, replaces)


def _unlock_into(staging: Path, layout: Layout, secret: Secret) -> bytes:
    """Write the backup's key file into `staging` and unlock the data key with `secret`."""
    path = staging / profile.KEYFILE_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(layout.keyfile_text)
    try:
        wrapped = keyfile.load(path)
    except ProfileError:
        raise BackupError(
            f"the backup {layout.path} is damaged (its key file is unreadable); nothing was changed",
            BackupRefusal.DAMAGED,
        ) from None
    if secret.recovery_key is None:
        if secret.passphrase is None:
            raise ValueError("a passphrase or a recovery key is needed")
        return keyfile.unlock(wrapped, secret.passphrase)
    if not secret.new_passphrase:
        raise ValueError("restoring with the recovery key needs a new passphrase")
    key = keyfile.unlock_with_recovery(wrapped, secret.recovery_key)
    keyfile.save(path, keyfile.rewrap_passphrase(wrapped, key, secret.new_passphrase))
    return key


def _checked_manifest(source: Path, db_path: Path, key: bytes) -> dict[str, str]:
    """Check the restored database page by page and against its manifest, then drop it."""
    damaged = BackupError(
        f"the backup {source} is damaged (its database does not verify); nothing was changed",
        BackupRefusal.DAMAGED,
    )
    try:
        conn = copies.keyed(db_path, key)
    except WrongKeyError:
        raise damaged from None
    try:
        manifest = {
            str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {copies.MANIFEST_TABLE}")
        }
        if copies.integrity_problems(conn) or copies.counts(conn) != json.loads(manifest["counts"]):
            raise damaged
        if int(manifest["schema"]) > migrations.SCHEMA_VERSION:
            raise BackupError(
                f"the backup {source} was written by a newer Liaison ({manifest['app_version']});"
                " upgrade to restore it",
                BackupRefusal.NEWER_SCHEMA,
            )
        conn.execute(f"DROP TABLE {copies.MANIFEST_TABLE}")
        conn.commit()
    except (sqlcipher3.DatabaseError, KeyError, ValueError):
        raise damaged from None
    finally:
        conn.close()
    return manifest


def _adopt(staging: Path, db_path: Path, key: bytes) -> tuple[str, str]:
    """Upgrade the restored database if it is older, then give it a new device identity."""
    engine = open_engine(db_path, key)
    try:
        upgrade.upgrade(engine, path=db_path, key=key, copy_path=staging / profile.PRE_UPGRADE_COPY_NAME)
        with engine.begin() as conn, Session(bind=conn) as s:
            return _new_identity(s)
    finally:
        engine.dispose()


def _new_identity(s: Session) -> tuple[str, str]:
    """Retire the backup's device identity for a fresh one, trusting the old one as a peer.

    The old identity's changesets stay valid (and keep their signatures); the new one starts
    its own sequence at 1, so it can never sign a number the old one already sent.
    """
    conn = s.connection()
    old = s.get_one(LocalIdentity, _only_device_id(s))
    card = peers.Card(
        settings.get(s, "officer_name"),
        settings.get(s, "device_name"),
        settings.get(s, "role"),
        identity.public_keys(old),
        protocol.spoken(),
    )
    previous = old.device_id
    fresh = identity.generate()
    s.delete(old)
    s.flush()
    s.add(fresh)
    s.flush()
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    peers.add(conn, card, now=now)
    conn.exec_driver_sql("UPDATE sync_state SET next_seq = 1 WHERE id = 1")
    return previous, fresh.device_id


def _only_device_id(s: Session) -> str:
    row = s.connection().exec_driver_sql("SELECT device_id FROM local_identity").one()
    return str(row[0])


def _move_into_place(staging: Path, directory: Path, replaces: bool) -> None:
    """Rename the whole restored profile into place; a replaced one is removed afterwards."""
    if not replaces:
        if directory.exists():
            directory.rmdir()  # empty, as check_target found it
        staging.rename(directory)
        copies.fsync_folder(directory.parent)
        return
    old = directory.parent / f".{directory.name}.replaced-{secrets.token_hex(4)}"
    directory.rename(old)
    staging.rename(directory)
    copies.fsync_folder(directory.parent)
    shutil.rmtree(old, ignore_errors=True)


def _is_profile_entry(name: str) -> bool:
    base = name.removesuffix(".tmp")
    return any(base == entry or base.startswith(entry + "-") for entry in _PROFILE_ENTRIES)
