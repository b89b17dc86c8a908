"""Bring an existing database to the current schema, with an encrypted copy to fall back on.

Before migrating a database that already holds a schema (version >= 1), its pages are copied
with SQLite's backup API into `copy_path`, encrypted under the same key. If a migration
fails, the copy is written back and the database is as it was. The copy lives only for the
upgrade: it is removed once the upgrade succeeds (a lingering copy would keep records the
officer later purges) and once a restore succeeds; it stays only if the restore fails too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from db import migrations
from db.engine import backup, remove_database_files, restore


@dataclass(frozen=True, slots=True)
class Upgrade:
    """The schema version a database had when opened, and the one it has now."""

    before: int
    after: int

    @property
    def upgraded(self) -> bool:
        """Whether any migration ran."""
        return self.before != self.after


class UpgradeFailedError(Exception):
    """A migration failed; `restored` says whether the database was put back as it was."""

    def __init__(self, before: int, target: int, *, restored: bool, copy_path: Path) -> None:
        super().__init__(f"upgrading schema {before} to {target} failed (restored: {restored})")
        self.before = before
        self.target = target
        self.restored = restored
        self.copy_path = copy_path


def upgrade(engine: Engine, *, path: Path, key: bytes, copy_path: Path) -> Upgrade:
    """Migrate the database at `path` (open as `engine`) to the newest schema, safely.

    Raises SchemaTooNewError without writing anything if the file is newer than this app, and
    UpgradeFailedError (engine disposed) if a migration fails.
    """
    before = migrations.stored_version(engine)
    if before == migrations.SCHEMA_VERSION:
        # A copy left by an upgrade that was interrupted after it committed: nothing to keep.
        remove_database_files(copy_path)
        return Upgrade(before, before)
    if before == 0:  # a new, empty file: nothing to protect
        migrations.migrate(engine)
        return Upgrade(before, migrations.SCHEMA_VERSION)
    backup(engine, copy_path, key)
    try:
        migrations.migrate(engine)
    except Exception as exc:
        engine.dispose()
        raise _restore(before, path, key, copy_path) from exc
    remove_database_files(copy_path)
    return Upgrade(before, migrations.SCHEMA_VERSION)


def _restore(before: int, path: Path, key: bytes, copy_path: Path) -> UpgradeFailedError:
    try:
        restore(copy_path, path, key)
    except Exception:
        return UpgradeFailedError(before, migrations.SCHEMA_VERSION, restored=False, copy_path=copy_path)
    remove_database_files(copy_path)
    return UpgradeFailedError(before, migrations.SCHEMA_VERSION, restored=True, copy_path=copy_path)
