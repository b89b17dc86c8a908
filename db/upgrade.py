"""Bring an existing database to the current schema, with an encrypted copy to fall back on.

Before migrating a database that already holds a schema (version >= 1), its pages are copied
with SQLite's backup API into `copy_path`, encrypted under the same key. If a migration
fails, the copy is written back and the database is as it was. The copy lives only for the
upgrade: it is removed once the upgrade succeeds (a lingering copy would keep records the
officer later purges) and once a restore succeeds; it stays only if the restore fails too.
If the copy cannot be written (a full disk), no migration runs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from db import migrations
from db.engine import backup, remove_database_files, restore

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Upgrade:
    """The schema version a database had when opened, and the one it has now."""

    before: int
    after: int

    @property
    def upgraded(self) -> bool:
        """Whether any migration ran."""
        return self.before != self.after


class FailedStep(StrEnum):
    """Where an upgrade stopped, which says what state the database is in."""

    COPY = "copy"  # the copy could not be written (disk full?): no migration ran
    MIGRATION = "migration"  # a migration failed: the copy was written back
    RESTORE = "restore"  # a migration failed and so did writing the copy back: the copy is kept

    @property
    def unchanged(self) -> bool:
        """Whether the database is as it was before the upgrade."""
        return self is not FailedStep.RESTORE


class UpgradeFailedError(Exception):
    """The upgrade stopped at `step`; the database is unchanged unless the restore failed too."""

    def __init__(self, before: int, target: int, *, step: FailedStep, copy_path: Path) -> None:
        super().__init__(f"upgrading schema {before} to {target} failed at the {step} step")
        self.before = before
        self.target = target
        self.step = step
        self.copy_path = copy_path


def upgrade(engine: Engine, *, path: Path, key: bytes, copy_path: Path) -> Upgrade:
    """Migrate the database at `path` (open as `engine`) to the newest schema, safely.

    Raises SchemaTooNewError without writing anything if the file is newer than this app, and
    UpgradeFailedError (engine disposed) if the copy or a migration fails.
    """
    before = migrations.stored_version(engine)
    target = migrations.SCHEMA_VERSION
    if before == target:
        # A copy left by an upgrade that was interrupted after it committed: nothing to keep.
        remove_database_files(copy_path)
        return Upgrade(before, before)
    if before == 0:  # a new, empty file: nothing to protect
        started = time.monotonic()
        migrations.migrate(engine)
        log.info("new database created at schema %d in %.2f s", target, time.monotonic() - started)
        return Upgrade(before, target)
    log.info("upgrading database schema %d to %d", before, target)
    started = time.monotonic()
    try:
        backup(engine, copy_path, key)
    except (OSError, sqlcipher3.Error) as exc:
        log.error("pre-upgrade copy %s could not be written: %s; no migration ran", copy_path, exc)
        engine.dispose()
        remove_database_files(copy_path)
        raise UpgradeFailedError(before, target, step=FailedStep.COPY, copy_path=copy_path) from exc
    log.info("pre-upgrade copy %s taken in %.2f s", copy_path, time.monotonic() - started)
    started = time.monotonic()
    try:
        migrations.migrate(engine)
    except Exception as exc:
        took = time.monotonic() - started
        log.error("migration %d -> %d failed after %.2f s: %s", before, target, took, exc)
        engine.dispose()
        raise UpgradeFailedError(
            before, target, step=_restore(path, key, copy_path), copy_path=copy_path
        ) from exc
    log.info("migrated schema %d -> %d in %.2f s", before, target, time.monotonic() - started)
    remove_database_files(copy_path)
    return Upgrade(before, target)


def _restore(path: Path, key: bytes, copy_path: Path) -> FailedStep:
    started = time.monotonic()
    try:
        restore(copy_path, path, key)
    except Exception as exc:
        log.critical("restoring the pre-upgrade copy %s failed: %s; the copy is kept", copy_path, exc)
        return FailedStep.RESTORE
    log.info("database restored from its pre-upgrade copy in %.2f s", time.monotonic() - started)
    remove_database_files(copy_path)
    return FailedStep.MIGRATION
