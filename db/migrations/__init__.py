"""Schema versions, applied in order and tracked in PRAGMA user_version.

Each released version's DDL is frozen in its own module as literal SQL (`v001_initial`,
`v002_list_indexes`, ...): a migration never reads today's models, so changing a model
cannot change what an old version means. To change the schema:

1. change the model (or `db/indexes.py`, `db/fts.py`) as the code should now see it;
2. add one module `vNNN_what_it_does.py` with `upgrade(conn: Connection) -> None` running
   literal SQL (`ALTER TABLE ... ADD COLUMN ...`, `CREATE INDEX ...`);
3. append its `upgrade` to `MIGRATIONS` below.

A NOT NULL column added to existing rows needs a DEFAULT; give the model's field the same
`server_default`, so fresh and upgraded profiles agree.

tests/db/test_migration_chain.py then checks that a profile migrated from version 1 has
exactly the schema today's models create. `SCHEMA_VERSION` is the database's own version;
what travels between devices has its own sync protocol version.

All pending migrations run in one transaction with the version bump, so an interrupted
upgrade leaves the previous version whole; migrations must therefore not COMMIT or VACUUM.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine

from db.migrations import (
    v001_initial,
    v002_list_indexes,
    v003_peer_protocols,
    v004_exchange_log,
    v005_meeting_links,
    v006_hostile_peers,
    v007_equivocation,
    v008_list_sort_indexes,
    v009_search_prefixes,
    v010_sync_scan_indexes,
    v011_compact_heads,
    v012_compressed_bodies,
    v013_dashboard_counts,
    v014_merged_duplicates,
    v015_intake_index,
    v016_areas,
    v017_hq_indexes,
    v019_scoped_relay,
    v023_walked_list_indexes,
    v024_record_changes,
    v025_purge_log,
    v026_sharing_scope,
    v027_retention,
    v028_export_log,
    v029_arabic_search,
    v030_list_counts,
    v031_window_organizations,
)

Migration = Callable[[Connection], None]

MIGRATIONS: list[Migration] = [
    v001_initial.upgrade,
    v002_list_indexes.upgrade,
    v003_peer_protocols.upgrade,
    v004_exchange_log.upgrade,
    v005_meeting_links.upgrade,
    v006_hostile_peers.upgrade,
    v007_equivocation.upgrade,
    v008_list_sort_indexes.upgrade,
    v009_search_prefixes.upgrade,
    v010_sync_scan_indexes.upgrade,
    v011_compact_heads.upgrade,
    v012_compressed_bodies.upgrade,
    v013_dashboard_counts.upgrade,
    v014_merged_duplicates.upgrade,
    v015_intake_index.upgrade,
    v016_areas.upgrade,
    v017_hq_indexes.upgrade,
    v019_scoped_relay.upgrade,
    v023_walked_list_indexes.upgrade,
    v024_record_changes.upgrade,
    v025_purge_log.upgrade,
    v026_sharing_scope.upgrade,
    v027_retention.upgrade,
    v028_export_log.upgrade,
    v029_arabic_search.upgrade,
    v030_list_counts.upgrade,
    v031_window_organizations.upgrade,
]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the app."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"profile schema version {found} is newer than this app ({supported})")
        self.found = found
        self.supported = supported


def current_version(conn: Connection) -> int:
    """Return the schema version stored in the database file."""
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def stored_version(engine: Engine) -> int:
    """The schema version of the file; SchemaTooNewError if this app cannot read it (reads only)."""
    with engine.connect() as conn:
        version = current_version(conn)
        conn.rollback()
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(version, SCHEMA_VERSION)
    return version


def migrate(engine: Engine, *, to: int | None = None) -> int:
    """Bring the database up to SCHEMA_VERSION (or `to`); return the version it had before."""
    target = SCHEMA_VERSION if to is None else to
    with engine.begin() as conn:
        before = current_version(conn)
        if before > SCHEMA_VERSION:
            raise SchemaTooNewError(before, SCHEMA_VERSION)
        for version in range(before, target):
            MIGRATIONS[version](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
    return before
