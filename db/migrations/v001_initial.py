"""Schema version 1, as Liaison 0.1.0 released it: frozen, never edit.

The statements are the DDL that 0.1.0's `SQLModel.metadata.create_all` and `fts.create`
issued, written out so that later model changes cannot alter what version 1 means.
"""

from __future__ import annotations

from sqlalchemy import Connection

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE organization (
        id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        author_officer VARCHAR NOT NULL,
        author_device VARCHAR NOT NULL,
        deleted_at VARCHAR,
        name VARCHAR NOT NULL,
        acronym VARCHAR NOT NULL,
        org_type VARCHAR NOT NULL,
        sectors JSON NOT NULL,
        parent_id VARCHAR,
        notes VARCHAR NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(parent_id) REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED
    )
    """,
    "CREATE INDEX ix_organization_parent_id ON organization (parent_id)",
    """
    CREATE TABLE meeting (
        id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        author_officer VARCHAR NOT NULL,
        author_device VARCHAR NOT NULL,
        deleted_at VARCHAR,
        meeting_type VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        start VARCHAR NOT NULL,
        start_utc VARCHAR NOT NULL,
        "end" VARCHAR,
        end_utc VARCHAR,
        location VARCHAR NOT NULL,
        grid VARCHAR NOT NULL,
        latitude FLOAT,
        longitude FLOAT,
        attendee_ids JSON NOT NULL,
        organization_ids JSON NOT NULL,
        purpose VARCHAR NOT NULL,
        points JSON NOT NULL,
        assessment VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        sensitivity VARCHAR NOT NULL,
        PRIMARY KEY (id)
    )
    """,
    """
    CREATE TABLE setting (
        "key" VARCHAR NOT NULL,
        value JSON NOT NULL,
        PRIMARY KEY ("key")
    )
    """,
    """
    CREATE TABLE local_identity (
        device_id VARCHAR NOT NULL,
        signing_private BLOB NOT NULL,
        kem_mlkem_seed BLOB NOT NULL,
        kem_x25519_private BLOB NOT NULL,
        PRIMARY KEY (device_id)
    )
    """,
    """
    CREATE TABLE sync_changeset (
        origin VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        hlc INTEGER NOT NULL,
        status VARCHAR NOT NULL,
        body BLOB NOT NULL,
        signature BLOB NOT NULL,
        received_at VARCHAR NOT NULL,
        PRIMARY KEY (origin, seq)
    )
    """,
    "CREATE INDEX ix_sync_changeset_hlc ON sync_changeset (hlc)",
    "CREATE INDEX ix_sync_changeset_status ON sync_changeset (status)",
    """
    CREATE TABLE sync_heads (
        record_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        heads VARCHAR NOT NULL,
        conflicted INTEGER NOT NULL,
        PRIMARY KEY (record_id)
    )
    """,
    """
    CREATE TABLE sync_vv (
        origin VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (origin)
    )
    """,
    """
    CREATE TABLE sync_state (
        id INTEGER NOT NULL,
        hlc INTEGER NOT NULL,
        next_seq INTEGER NOT NULL,
        PRIMARY KEY (id)
    )
    """,
    """
    CREATE TABLE sync_peer (
        device_id VARCHAR NOT NULL,
        officer VARCHAR NOT NULL,
        device_name VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        signing_key BLOB NOT NULL,
        kem_mlkem BLOB NOT NULL,
        kem_x25519 BLOB NOT NULL,
        added_at VARCHAR NOT NULL,
        vouched_by VARCHAR,
        revoked_at VARCHAR,
        known_vv JSON NOT NULL,
        last_import_at VARCHAR,
        last_export_at VARCHAR,
        PRIMARY KEY (device_id)
    )
    """,
    """
    CREATE TABLE sync_resolved_conflict (
        id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        record_id VARCHAR NOT NULL,
        field VARCHAR NOT NULL,
        "values" JSON NOT NULL,
        resolved_by_origin VARCHAR NOT NULL,
        resolved_by_seq INTEGER NOT NULL,
        resolved_hlc INTEGER NOT NULL,
        PRIMARY KEY (id)
    )
    """,
    "CREATE INDEX ix_sync_resolved_conflict_record_id ON sync_resolved_conflict (record_id)",
    """
    CREATE TABLE sync_imported_bundle (
        bundle_id VARCHAR NOT NULL,
        sender VARCHAR NOT NULL,
        imported_at VARCHAR NOT NULL,
        counts JSON NOT NULL,
        PRIMARY KEY (bundle_id)
    )
    """,
    """
    CREATE TABLE sync_purged (
        record_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        purged_at VARCHAR NOT NULL,
        PRIMARY KEY (record_id)
    )
    """,
    """
    CREATE TABLE contact (
        id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        author_officer VARCHAR NOT NULL,
        author_device VARCHAR NOT NULL,
        deleted_at VARCHAR,
        full_name VARCHAR NOT NULL,
        position VARCHAR NOT NULL,
        organization_id VARCHAR,
        contact_points JSON NOT NULL,
        languages JSON NOT NULL,
        location VARCHAR NOT NULL,
        notes VARCHAR NOT NULL,
        tags JSON NOT NULL,
        sensitivity VARCHAR NOT NULL,
        do_not_share BOOLEAN NOT NULL,
        do_not_contact BOOLEAN NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY(organization_id) REFERENCES organization (id) DEFERRABLE INITIALLY DEFERRED
    )
    """,
    "CREATE INDEX ix_contact_organization_id ON contact (organization_id)",
    """
    CREATE TABLE action_item (
        id VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        author_officer VARCHAR NOT NULL,
        author_device VARCHAR NOT NULL,
        deleted_at VARCHAR,
        title VARCHAR NOT NULL,
        description VARCHAR NOT NULL,
        owner VARCHAR,
        due VARCHAR,
        status VARCHAR NOT NULL,
        priority VARCHAR NOT NULL,
        meeting_id VARCHAR,
        completed_at VARCHAR,
        PRIMARY KEY (id),
        FOREIGN KEY(meeting_id) REFERENCES meeting (id) DEFERRABLE INITIALLY DEFERRED
    )
    """,
    "CREATE INDEX ix_action_item_meeting_id ON action_item (meeting_id)",
    "CREATE INDEX ix_action_item_status ON action_item (status)",
    # The full-text index (db/fts.py in 0.1.0).
    "CREATE TABLE search_doc ("
    " rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE search_index USING fts5( title, body, tokenize = 'unicode61 remove_diacritics 2')",
)


def upgrade(conn: Connection) -> None:
    """Create every table, index and the full-text index of schema version 1."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
