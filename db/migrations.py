"""Schema versions, applied in order and tracked in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine
from sqlmodel import SQLModel

from db import fts, migration_v3_peer_protocols, models, sync_models  # noqa: F401  (registers the tables)

Migration = Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    SQLModel.metadata.create_all(conn)
    fts.create(conn)


# The default order of each list, over live rows only, so a list of 100k opens from the index.
_LIST_INDEXES = {
    "organization": "name COLLATE NOCASE, id",
    "contact": "full_name COLLATE NOCASE, id",
    "meeting": "start_utc, id",
    "action_item": "due, id",
}


def _v2_list_indexes(conn: Connection) -> None:
    for table, columns in _LIST_INDEXES.items():
        conn.exec_driver_sql(
            f"CREATE INDEX ix_{table}_live_order ON {table} ({columns}) WHERE deleted_at IS NULL"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX ix_{table}_tombstones ON {table} (deleted_at) WHERE deleted_at IS NOT NULL"
        )
    conn.exec_driver_sql(
        "CREATE INDEX ix_sync_heads_conflicted ON sync_heads (record_id) WHERE conflicted > 0"
    )
    conn.exec_driver_sql("ANALYZE")


MIGRATIONS: list[Migration] = [_v1_initial, _v2_list_indexes, migration_v3_peer_protocols.upgrade]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the app."""


def current_version(conn: Connection) -> int:
    """Return the schema version stored in the database file."""
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it had before."""
    with engine.begin() as conn:
        before = current_version(conn)
        if before > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"profile schema version {before} is newer than this app ({SCHEMA_VERSION})"
            )
        for version in range(before, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {version + 1}")
    return before
