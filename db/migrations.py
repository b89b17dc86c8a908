"""Schema versions, applied in order and tracked in PRAGMA user_version."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine
from sqlmodel import SQLModel

from db import fts, models, sync_models  # noqa: F401  (importing registers the tables)

Migration = Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    SQLModel.metadata.create_all(conn)
    fts.create(conn)


MIGRATIONS: list[Migration] = [_v1_initial]
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
