"""Migrations stay true: a database migrated step by step from version 1 has today's schema.

The reference is a fresh database made from today's description of the schema: the models'
metadata (with the indexes of db/indexes.py attached) and db/fts.py. A model change without
its migration, or a migration without its model change, shows up here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Column, Engine, Index, MetaData, String, text
from sqlmodel import SQLModel

import db.indexes  # noqa: F401  (attaches the list indexes to the models' tables)
from db import area_keys, fts, list_counts, live_counts, meeting_links, migrations, sort_keys
from db.engine import open_engine
from tests.db import schema


def _new_engine(path: Path) -> Engine:
    return open_engine(path, os.urandom(32))


def _fresh(
    tmp_path: Path, metadata: MetaData = SQLModel.metadata, then: tuple[str, ...] = ()
) -> schema.Schema:
    engine = _new_engine(tmp_path / "fresh.db")
    with engine.begin() as conn:
        metadata.create_all(conn)
        fts.create(conn)
        for statement in then:
            conn.exec_driver_sql(statement)
        found = schema.read(conn)
    engine.dispose()
    return found


def _migrated_step_by_step(tmp_path: Path) -> schema.Schema:
    engine = _new_engine(tmp_path / "migrated.db")
    for version in range(1, migrations.SCHEMA_VERSION + 1):
        assert migrations.migrate(engine, to=version) == version - 1
        with engine.connect() as conn:
            assert migrations.current_version(conn) == version
    with engine.connect() as conn:
        found = schema.read(conn)
    engine.dispose()
    return found


def _todays_metadata_plus(change: Callable[[MetaData], object]) -> MetaData:
    """A copy of today's metadata with a test-only model change (the real one is untouched)."""
    copy = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(copy)
    meeting_links.attach_triggers(copy.tables["meeting_link"])  # events are not copied
    sort_keys.attach_triggers(copy)
    area_keys.attach_triggers(copy)
    live_counts.attach(copy)
    list_counts.attach(copy)
    change(copy)
    return copy


def _add_area_column(metadata: MetaData) -> None:
    metadata.tables["organization"].append_column(Column("area", String, nullable=False, server_default=""))


def test_a_database_migrated_from_version_1_has_the_schema_todays_models_create(tmp_path: Path) -> None:
    assert _migrated_step_by_step(tmp_path).differences(_fresh(tmp_path)) == []


def test_given_a_model_gains_a_column_without_a_migration_the_chain_differs(tmp_path: Path) -> None:
    reference = _fresh(tmp_path, _todays_metadata_plus(_add_area_column))
    differences = _migrated_step_by_step(tmp_path).differences(reference)
    assert len(differences) == 1
    assert differences[0].startswith("table organization:")
    assert "'area'" in differences[0]


def test_given_the_column_and_its_migration_together_the_chain_agrees_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def v003_organization_area(conn: object) -> None:
        assert hasattr(conn, "exec_driver_sql")
        conn.exec_driver_sql("ALTER TABLE organization ADD COLUMN area VARCHAR NOT NULL DEFAULT ''")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v003_organization_area])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    reference = _fresh(tmp_path, _todays_metadata_plus(_add_area_column))
    assert _migrated_step_by_step(tmp_path).differences(reference) == []


@pytest.mark.parametrize(
    ("what", "change"),
    [
        (
            "index ix_contact_live_order",  # no longer partial
            (
                "DROP INDEX ix_contact_live_order",
                "CREATE INDEX ix_contact_live_order ON contact (full_name COLLATE NOCASE, id)",
            ),
        ),
        (
            "index ix_contact_live_order",  # another collation
            (
                "DROP INDEX ix_contact_live_order",
                "CREATE INDEX ix_contact_live_order ON contact (full_name, id) WHERE deleted_at IS NULL",
            ),
        ),
        (
            "index ix_meeting_live_order",  # another WHERE
            (
                "DROP INDEX ix_meeting_live_order",
                "CREATE INDEX ix_meeting_live_order ON meeting (start_utc, id) WHERE deleted_at IS NOT NULL",
            ),
        ),
        (
            "table search_index",  # another tokenizer
            (
                "DROP TABLE search_index",
                "CREATE VIRTUAL TABLE search_index USING fts5(title, body, content = 'search_text',"
                " content_rowid = 'rowid', tokenize = 'unicode61')",
            ),
        ),
        ("trigger touch", ("CREATE TRIGGER touch AFTER UPDATE ON setting BEGIN SELECT 1; END",)),
        ("index ix_extra", ("CREATE INDEX ix_extra ON contact (position)",)),
    ],
)
def test_the_comparison_sees_indexes_fts_and_triggers(
    tmp_path: Path, what: str, change: tuple[str, ...]
) -> None:
    differences = _migrated_step_by_step(tmp_path).differences(_fresh(tmp_path, then=change))
    assert [d.split(":")[0] for d in differences] == [what]


def test_the_comparison_sees_an_index_declared_on_a_model(tmp_path: Path) -> None:
    def add_index(metadata: MetaData) -> None:
        contact = metadata.tables["contact"]
        Index("ix_contact_position", contact.c.position, sqlite_where=text("deleted_at IS NULL"))

    differences = _migrated_step_by_step(tmp_path).differences(
        _fresh(tmp_path, _todays_metadata_plus(add_index))
    )
    assert [d.split(":")[0] for d in differences] == ["index ix_contact_position"]


def test_a_record_written_at_version_1_survives_every_step(tmp_path: Path) -> None:
    engine = _new_engine(tmp_path / "old.db")
    migrations.migrate(engine, to=1)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organization (id, created_at, updated_at, author_officer, author_device,"
            " name, acronym, org_type, sectors, notes)"
            " VALUES ('o1', 't', 't', 'Anna', 'd1', 'World Food Programme', 'WFP', 'un-agency', '[]', '')"
        )
    assert migrations.migrate(engine) == 1
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM organization").scalars().all() == [
            "World Food Programme"
        ]
    engine.dispose()
