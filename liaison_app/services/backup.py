"""Back up a profile to one encrypted, verified file, and restore it into a new folder.

Backing up never copies the live file: SQLite's online backup API copies the pages, through
SQLCipher, into a second connection keyed with the same data key, inside a read transaction
that also counts every table, so the copy is one consistent moment even while another
connection writes. The copy is then opened and checked (integrity, HMAC of every page, the
counts) before it is wrapped with the key file (liaison_app.backup_format) and renamed into
place. Restoring checks the file, unlocks it with the passphrase or the recovery key, checks
the database again, and gives the restored profile a new device identity (docs/BACKUP.md says
why: an old backup would otherwise reuse changeset numbers already sent).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3
from sqlmodel import Session

from db import migrations, upgrade
from db.engine import WrongKeyError, open_engine, remove_database_files
from db.models import LocalIdentity
from liaison_app import __version__, backup_format, keyfile, profile, settings
from liaison_app.backup_format import SUFFIX as SUFFIX
from liaison_app.backup_format import BackupError, BackupRefusal, Layout
from liaison_app.errors import LiaisonError, ProfileError
from liaison_app.store import Store
from sync import identity, peers, protocol

log = logging.getLogger(__name__)

COPY_NAME = "liaison.backup-copy.db"  # the page copy, inside the profile folder, while one is taken
MANIFEST_TABLE = "backup_manifest"  # only in backup copies; dropped on restore
AUTO_PREFIX = "liaison-"
MAX_KEEP = 100
_PAGES_PER_STEP = 256  # 1 MiB at a time: progress and cancel between steps
# Entries a profile folder may hold; --force replaces a folder only if it holds nothing else.
_PROFILE_ENTRIES = (
    profile.KEYFILE_NAME,
    profile.DB_NAME,
    "held",
    profile.PRE_UPGRADE_COPY_NAME,
    COPY_NAME,
)


class Phase(StrEnum):
    """What a long backup or restore is doing, for the progress the GUI words."""

    COPY = "copy"  # copying pages out of the live database
    VERIFY = "verify"  # checking the copy (integrity, page HMACs, counts)
    WRITE = "write"  # writing the backup file
    READ = "read"  # reading and checking a backup file
    RESTORE = "restore"  # unpacking and checking the restored database


class Progress(Protocol):
    """Where long work reports progress and asks whether to stop (ui.worker.TaskState fits)."""

    def set_progress(self, done: int, total: int, message: str = "") -> None: ...

    def check_cancel(self) -> None: ...


class _Quiet:
    def set_progress(self, done: int, total: int, message: str = "") -> None:
        pass

    def check_cancel(self) -> None:
        pass


QUIET: Progress = _Quiet()


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written and verified: where, how big, and how many rows it holds."""

    path: Path
    size: int
    rows: int
    records: int  # organizations, contacts, meetings and action items, deleted ones included
    seconds: float


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


@dataclass(frozen=True, slots=True)
class AutoBackupSettings:
    """Automatic backups: the folder (empty: off) and how many to keep there."""

    folder: str
    keep: int

    @property
    def enabled(self) -> bool:
        """Whether a folder was chosen."""
        return bool(self.folder)


# --- backing up -------------------------------------------------------------------------


def back_up(store: Store, *, to: Path, progress: Progress = QUIET) -> BackupResult:
    """Write a verified backup of the open profile to `to` (replacing a file there)."""
    key = _key_of(store)
    started = time.monotonic()
    to = to.expanduser()
    if to.is_dir():
        raise BackupError(f"{to} is a folder; give a file name", BackupRefusal.UNREADABLE)
    if not to.parent.is_dir():
        raise BackupError(f"the folder {to.parent} does not exist", BackupRefusal.UNREADABLE)
    copy = store.directory / COPY_NAME
    part = to.with_name(f".{to.name}.part")
    remove_database_files(copy)
    try:
        counts = _snapshot(store, copy, key, progress)
        _check_copy(copy, key, counts, progress)
        _write_manifest(copy, key, counts, store)
        keyfile_text = (store.directory / profile.KEYFILE_NAME).read_text(encoding="utf-8")
        checksum = backup_format.write(
            part,
            keyfile_text=keyfile_text,
            database=copy,
            progress=lambda done, total: _step(progress, done, total, Phase.WRITE),
        )
        # Read back what reached the disk: the bytes must be those of the copy just checked.
        layout = backup_format.read_layout(part)
        if backup_format.verify_checksum(layout) != checksum:
            raise BackupError(f"the backup written to {to} did not read back whole", BackupRefusal.DAMAGED)
        part.replace(to)
        _fsync_folder(to.parent)
    except OSError as exc:
        log.error("backup failed: %s", type(exc).__name__)
        raise _os_failure(exc, to) from None
    finally:
        remove_database_files(copy)
        part.unlink(missing_ok=True)
    took = time.monotonic() - started
    size = to.stat().st_size
    log.info("backup written: %d bytes, %d rows, in %.2f s", size, sum(counts.values()), took)
    return BackupResult(to, size, sum(counts.values()), _records(counts), took)


def _snapshot(store: Store, copy: Path, key: bytes, progress: Progress) -> dict[str, int]:
    """Copy the pages and count the rows in one read transaction: one consistent moment."""
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    target = _keyed(copy, key)
    raw = store.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None
        source.execute("BEGIN")
        try:
            counts = _counts(source)

            def step(_status: int, remaining: int, total: int) -> None:
                _step(progress, total - remaining, total, Phase.COPY)

            source.backup(target, pages=_PAGES_PER_STEP, progress=step)
        finally:
            source.execute("ROLLBACK")
    finally:
        raw.close()
        target.close()
    return counts


def _check_copy(copy: Path, key: bytes, counts: dict[str, int], progress: Progress) -> None:
    progress.set_progress(0, 1, Phase.VERIFY)
    conn = _keyed(copy, key)
    try:
        problems = _integrity_problems(conn)
        found = _counts(conn)
    finally:
        conn.close()
    if problems or found != counts:
        log.error(
            "backup copy failed its check (%d problems, counts equal: %s)", len(problems), found == counts
        )
        raise BackupError(
            "the copy of the profile did not verify; no backup was written", BackupRefusal.DAMAGED
        )
    progress.set_progress(1, 1, Phase.VERIFY)


def _write_manifest(copy: Path, key: bytes, counts: dict[str, int], store: Store) -> None:
    """What restore checks the database against, kept inside the encrypted copy."""
    manifest = {
        "format": backup_format.FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "app_version": __version__,
        "schema": _schema(copy, key),
        "device_id": store.author.device_id,
        "counts": json.dumps(counts, sort_keys=True),
    }
    conn = _keyed(copy, key)
    try:
        conn.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)", [(k, str(v)) for k, v in manifest.items()]
        )
        conn.commit()
    finally:
        conn.close()


# --- automatic backups ------------------------------------------------------------------


def auto_settings(store: Store) -> AutoBackupSettings:
    """The automatic backup settings of this profile."""
    with store.session() as s:
        return AutoBackupSettings(settings.get(s, "backup_folder"), settings.get(s, "backup_keep"))


def back_up_automatically(
    store: Store, *, progress: Progress = QUIET, now: datetime | None = None
) -> BackupResult | None:
    """Write a backup into the chosen folder and keep only the newest `keep` there (None: off)."""
    chosen = auto_settings(store)
    if not chosen.enabled:
        return None
    folder = Path(chosen.folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    result = back_up(store, to=folder / f"{AUTO_PREFIX}{stamp}{SUFFIX}", progress=progress)
    prune(folder, keep=chosen.keep)
    return result


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(AUTO_PREFIX) and p.name.endswith(SUFFIX)
    )


def prune(folder: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups (other files are never touched)."""
    found = automatic_backups(folder)
    removed = found[: max(0, len(found) - max(1, keep))]
    for path in removed:
        path.unlink(missing_ok=True)
    if removed:
        log.info("%d old automatic backups removed", len(removed))
    return removed


# --- restoring --------------------------------------------------------------------------


def inspect(path: Path, *, progress: Progress = QUIET) -> Layout:
    """Check a backup file without any secret: structure and checksum. BackupError if bad."""
    layout = backup_format.read_layout(path)
    backup_format.verify_checksum(layout, lambda done, total: _step(progress, done, total, Phase.READ))
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
    source: Path, *, directory: Path, secret: Secret, force: bool = False, progress: Progress = QUIET
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
        backup_format.extract_database(layout, db_path, lambda d, t: _step(progress, d, t, Phase.RESTORE))
        manifest = _checked_manifest(layout.path, db_path, key)
        previous, current = _adopt(staging, db_path, key)
        _move_into_place(staging, directory, replaces)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _os_failure(exc, directory) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("backup restored (new device identity; the previous one is now a trusted peer)")
    counts = json.loads(manifest["counts"])
    return RestoreResult(directory, manifest["created"], _records(counts), previous, current, replaces)


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
        conn = _keyed(db_path, key)
    except WrongKeyError:
        raise damaged from None
    try:
        manifest = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {MANIFEST_TABLE}")}
        if _integrity_problems(conn) or _counts(conn) != json.loads(manifest["counts"]):
            raise damaged
        if int(manifest["schema"]) > migrations.SCHEMA_VERSION:
            raise BackupError(
                f"the backup {source} was written by a newer Liaison ({manifest['app_version']});"
                " upgrade to restore it",
                BackupRefusal.NEWER_SCHEMA,
            )
        conn.execute(f"DROP TABLE {MANIFEST_TABLE}")
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
        _fsync_folder(directory.parent)
        return
    old = directory.parent / f".{directory.name}.replaced-{secrets.token_hex(4)}"
    directory.rename(old)
    staging.rename(directory)
    _fsync_folder(directory.parent)
    shutil.rmtree(old, ignore_errors=True)


# --- helpers ----------------------------------------------------------------------------


def _key_of(store: Store) -> bytes:
    if store.data_key is None:
        raise LiaisonError("this profile was opened without its key at hand; unlock it again to back it up")
    return store.data_key


def _keyed(path: Path, key: bytes) -> Any:
    """A plain connection to an encrypted file; WrongKeyError if `key` does not open it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise WrongKeyError(str(exc)) from exc
    conn.isolation_level = ""  # implicit transactions for the manifest write
    return conn


def _tables(conn: Any) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [str(name) for (name,) in rows if name != MANIFEST_TABLE]


def _counts(conn: Any) -> dict[str, int]:
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in _tables(conn)}


def _integrity_problems(conn: Any) -> list[str]:
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    checked = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return problems + [row for row in checked if row != "ok"]


def _schema(copy: Path, key: bytes) -> int:
    conn = _keyed(copy, key)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _records(counts: dict[str, int]) -> int:
    return sum(counts.get(table, 0) for table in ("organization", "contact", "meeting", "action_item"))


def _step(progress: Progress, done: int, total: int, phase: Phase) -> None:
    progress.check_cancel()
    progress.set_progress(done, total, phase)


def _is_profile_entry(name: str) -> bool:
    base = name.removesuffix(".tmp")
    return any(base == entry or base.startswith(entry + "-") for entry in _PROFILE_ENTRIES)


def _fsync_folder(folder: Path) -> None:
    with suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_failure(exc: OSError, where: Path) -> LiaisonError:
    reason = exc.strerror or type(exc).__name__
    return LiaisonError(f"could not write to {where} ({reason}); nothing was changed")


def check_auto_settings(store: Store, *, folder: str, keep: int) -> None:
    """SettingRefusedError if either automatic backup setting would be refused; stores nothing."""
    with store.session() as s:
        settings.validate(s, "backup_folder", folder)
        settings.validate(s, "backup_keep", keep)


def set_auto_settings(store: Store, *, folder: str, keep: int) -> AutoBackupSettings:
    """Choose the automatic backup folder (empty: off) and how many to keep; both are checked first."""
    check_auto_settings(store, folder=folder, keep=keep)
    with store.session() as s:
        stored = AutoBackupSettings(
            settings.put(s, "backup_folder", folder), settings.put(s, "backup_keep", keep)
        )
        s.commit()
    return stored
