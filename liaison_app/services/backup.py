"""Back up a profile to one encrypted, verified file, and keep automatic backups.

Backing up never copies the live file: SQLite's online backup API copies the pages, through
SQLCipher, into a second connection keyed with the same data key, inside a read transaction
that also counts every table, so the copy is one consistent moment even while another
connection writes. The copy is then opened and checked (integrity, HMAC of every page, the
counts) before it is wrapped with the key file (liaison_app.backup_format) and renamed into
place. Restoring is liaison_app.services.restore; docs/BACKUP.md describes both.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.engine import remove_database_files
from liaison_app import __version__, backup_format, profile, settings
from liaison_app.backup_format import SUFFIX as SUFFIX
from liaison_app.backup_format import BackupError, BackupRefusal
from liaison_app.errors import LiaisonError
from liaison_app.services import backup_copies as copies
from liaison_app.store import Store

log = logging.getLogger(__name__)

COPY_NAME = "liaison.backup-copy.db"  # the page copy, inside the profile folder, while one is taken
AUTO_PREFIX = "liaison-"
MAX_KEEP = 100
_PAGES_PER_STEP = 256  # 1 MiB at a time: progress and cancel between steps


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written and verified: where, how big, and how many rows it holds."""

    path: Path
    size: int
    rows: int
    records: int  # organizations, contacts, meetings and action items, deleted ones included
    seconds: float


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


def back_up(store: Store, *, to: Path, progress: copies.Progress = copies.QUIET) -> BackupResult:
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
            progress=lambda done, total: copies.step(progress, done, total, copies.Phase.WRITE),
        )
        # Read back what reached the disk: the bytes must be those of the copy just checked.
        layout = backup_format.read_layout(part)
        if backup_format.verify_checksum(layout) != checksum:
            raise BackupError(f"the backup written to {to} did not read back whole", BackupRefusal.DAMAGED)
        part.replace(to)
        copies.fsync_folder(to.parent)
    except OSError as exc:
        log.error("backup failed: %s", type(exc).__name__)
        raise copies.os_failure(exc, to) from None
    finally:
        remove_database_files(copy)
        part.unlink(missing_ok=True)
    took = time.monotonic() - started
    size = to.stat().st_size
    log.info("backup written: %d bytes, %d rows, in %.2f s", size, sum(counts.values()), took)
    return BackupResult(to, size, sum(counts.values()), copies.records(counts), took)


def _snapshot(store: Store, copy: Path, key: bytes, progress: copies.Progress) -> dict[str, int]:
    """Copy the pages and count the rows in one read transaction: one consistent moment."""
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    target = copies.keyed(copy, key)
    raw = store.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None
        source.execute("BEGIN")
        try:
            counts = copies.counts(source)

            def step(_status: int, remaining: int, total: int) -> None:
                copies.step(progress, total - remaining, total, copies.Phase.COPY)

            source.backup(target, pages=_PAGES_PER_STEP, progress=step)
        finally:
            source.execute("ROLLBACK")
    finally:
        raw.close()
        target.close()
    return counts


def _check_copy(copy: Path, key: bytes, counts: dict[str, int], progress: copies.Progress) -> None:
    progress.set_progress(0, 1, copies.Phase.VERIFY)
    conn = copies.keyed(copy, key)
    try:
        problems = copies.integrity_problems(conn)
        found = copies.counts(conn)
    finally:
        conn.close()
    if problems or found != counts:
        log.error(
            "backup copy failed its check (%d problems, counts equal: %s)", len(problems), found == counts
        )
        raise BackupError(
            "the copy of the profile did not verify; no backup was written", BackupRefusal.DAMAGED
        )
    progress.set_progress(1, 1, copies.Phase.VERIFY)


def _write_manifest(copy: Path, key: bytes, counts: dict[str, int], store: Store) -> None:
    """What restore checks the database against, kept inside the encrypted copy."""
    manifest = {
        "format": backup_format.FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "app_version": __version__,
        "schema": copies.schema(copy, key),
        "device_id": store.author.device_id,
        "counts": json.dumps(counts, sort_keys=True),
    }
    conn = copies.keyed(copy, key)
    try:
        conn.execute(f"CREATE TABLE {copies.MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            f"INSERT INTO {copies.MANIFEST_TABLE} VALUES (?, ?)", [(k, str(v)) for k, v in manifest.items()]
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
    store: Store, *, progress: copies.Progress = copies.QUIET, now: datetime | None = None
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


def _key_of(store: Store) -> bytes:
    if store.data_key is None:
        raise LiaisonError("this profile was opened without its key at hand; unlock it again to back it up")
    return store.data_key


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
