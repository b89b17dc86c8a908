"""Schema version 8: every list column sorts from an index; statistics no longer lie. Frozen.

Each sortable column of each list gets a partial index over live rows in its ORDER BY (the
first page is an index walk with LIMIT, never a sort of every row); the columns that show
another record's name (an organization's parent, a contact's organization, an action's
owner and meeting) get a copy of that name in the row, filled here and kept by triggers.
The action list's default order is (due IS NULL, due), and so is its index now.

Version 2 ran ANALYZE on empty tables: its `sqlite_stat1` rows told the planner every table
was tiny, which at HQ chose a 7.7 s walk of the wrong index. They are deleted; the planner
uses its defaults until `db.statistics.refresh` measures a filled profile.
"""

from __future__ import annotations

from sqlalchemy import Connection

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE organization ADD COLUMN sort_parent VARCHAR NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN sort_organization VARCHAR NOT NULL DEFAULT ''",
    "ALTER TABLE action_item ADD COLUMN sort_owner VARCHAR NOT NULL DEFAULT ''",
    "ALTER TABLE action_item ADD COLUMN sort_meeting VARCHAR NOT NULL DEFAULT ''",
    "UPDATE organization SET sort_parent = coalesce((SELECT p.name FROM organization p WHERE p.id ="
    " organization.parent_id AND p.deleted_at IS NULL), '')",
    "UPDATE contact SET sort_organization = coalesce((SELECT o.name FROM organization o WHERE o.id ="
    " contact.organization_id AND o.deleted_at IS NULL), '')",
    "UPDATE action_item SET sort_owner = CASE WHEN action_item.owner = 'me' THEN"
    " action_item.author_officer ELSE coalesce((SELECT c.full_name FROM contact c WHERE c.id ="
    " action_item.owner AND c.deleted_at IS NULL), '') END",
    "UPDATE action_item SET sort_meeting = coalesce((SELECT m.title FROM meeting m WHERE m.id ="
    " action_item.meeting_id AND m.deleted_at IS NULL), '')",
    "DROP INDEX ix_action_item_live_order",
    "CREATE INDEX ix_organization_live_acronym ON organization (acronym COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_organization_live_officer ON organization (author_officer COLLATE NOCASE, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_organization_live_org_type ON organization (org_type COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_organization_live_sectors ON organization (sectors COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_organization_live_sort_parent ON organization (sort_parent COLLATE NOCASE, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_contact_live_location ON contact (location COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_contact_live_officer ON contact (author_officer COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_contact_live_position ON contact (position COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_contact_live_sensitivity ON contact (sensitivity COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_contact_live_sort_organization ON contact (sort_organization COLLATE NOCASE, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_attendees ON meeting (json_array_length(attendee_ids), id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_location ON meeting (location COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_meeting_type ON meeting (meeting_type COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_officer ON meeting (author_officer COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_status ON meeting (status COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_meeting_live_title ON meeting (title COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_officer ON action_item (author_officer COLLATE NOCASE, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_order ON action_item (due IS NULL, due, id) WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_priority ON action_item (priority COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_sort_meeting ON action_item (sort_meeting COLLATE NOCASE, id)"
    " WHERE deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_sort_owner ON action_item (sort_owner COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_status ON action_item (status COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
    "CREATE INDEX ix_action_item_live_title ON action_item (title COLLATE NOCASE, id) WHERE"
    " deleted_at IS NULL",
)

TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER sort_key_contact_own AFTER INSERT ON contact BEGIN UPDATE contact SET"
    " sort_organization = coalesce((SELECT o.name FROM organization o WHERE o.id ="
    " contact.organization_id AND o.deleted_at IS NULL), '') WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_contact_refers AFTER UPDATE OF organization_id ON contact WHEN"
    " OLD.organization_id IS NOT NEW.organization_id BEGIN UPDATE contact SET sort_organization ="
    " coalesce((SELECT o.name FROM organization o WHERE o.id = contact.organization_id AND"
    " o.deleted_at IS NULL), '') WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_organization_own AFTER INSERT ON organization BEGIN UPDATE organization"
    " SET sort_parent = coalesce((SELECT p.name FROM organization p WHERE p.id ="
    " organization.parent_id AND p.deleted_at IS NULL), '') WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_organization_refers AFTER UPDATE OF parent_id ON organization WHEN"
    " OLD.parent_id IS NOT NEW.parent_id BEGIN UPDATE organization SET sort_parent = coalesce((SELECT"
    " p.name FROM organization p WHERE p.id = organization.parent_id AND p.deleted_at IS NULL), '')"
    " WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_action_item_own AFTER INSERT ON action_item BEGIN UPDATE action_item SET"
    " sort_owner = CASE WHEN action_item.owner = 'me' THEN action_item.author_officer ELSE"
    " coalesce((SELECT c.full_name FROM contact c WHERE c.id = action_item.owner AND c.deleted_at IS"
    " NULL), '') END WHERE id = NEW.id; UPDATE action_item SET sort_meeting = coalesce((SELECT"
    " m.title FROM meeting m WHERE m.id = action_item.meeting_id AND m.deleted_at IS NULL), '') WHERE"
    " id = NEW.id; END",
    "CREATE TRIGGER sort_key_action_item_owner AFTER UPDATE OF owner, author_officer ON action_item"
    " WHEN OLD.owner IS NOT NEW.owner OR OLD.author_officer IS NOT NEW.author_officer BEGIN UPDATE"
    " action_item SET sort_owner = CASE WHEN action_item.owner = 'me' THEN action_item.author_officer"
    " ELSE coalesce((SELECT c.full_name FROM contact c WHERE c.id = action_item.owner AND"
    " c.deleted_at IS NULL), '') END WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_action_item_meeting AFTER UPDATE OF meeting_id ON action_item WHEN"
    " OLD.meeting_id IS NOT NEW.meeting_id BEGIN UPDATE action_item SET sort_meeting ="
    " coalesce((SELECT m.title FROM meeting m WHERE m.id = action_item.meeting_id AND m.deleted_at IS"
    " NULL), '') WHERE id = NEW.id; END",
    "CREATE TRIGGER sort_key_organization_insert AFTER INSERT ON organization BEGIN UPDATE contact"
    " SET sort_organization = coalesce((SELECT o.name FROM organization o WHERE o.id ="
    " contact.organization_id AND o.deleted_at IS NULL), '') WHERE organization_id = NEW.id; UPDATE"
    " organization SET sort_parent = coalesce((SELECT p.name FROM organization p WHERE p.id ="
    " organization.parent_id AND p.deleted_at IS NULL), '') WHERE parent_id = NEW.id; END",
    "CREATE TRIGGER sort_key_organization_rename AFTER UPDATE OF name, deleted_at ON organization"
    " WHEN OLD.name IS NOT NEW.name OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN UPDATE contact SET"
    " sort_organization = coalesce((SELECT o.name FROM organization o WHERE o.id ="
    " contact.organization_id AND o.deleted_at IS NULL), '') WHERE organization_id = NEW.id; UPDATE"
    " organization SET sort_parent = coalesce((SELECT p.name FROM organization p WHERE p.id ="
    " organization.parent_id AND p.deleted_at IS NULL), '') WHERE parent_id = NEW.id; END",
    "CREATE TRIGGER sort_key_organization_delete AFTER DELETE ON organization BEGIN UPDATE contact"
    " SET sort_organization = coalesce((SELECT o.name FROM organization o WHERE o.id ="
    " contact.organization_id AND o.deleted_at IS NULL), '') WHERE organization_id = OLD.id; UPDATE"
    " organization SET sort_parent = coalesce((SELECT p.name FROM organization p WHERE p.id ="
    " organization.parent_id AND p.deleted_at IS NULL), '') WHERE parent_id = OLD.id; END",
    "CREATE TRIGGER sort_key_contact_insert AFTER INSERT ON contact BEGIN UPDATE action_item SET"
    " sort_owner = CASE WHEN action_item.owner = 'me' THEN action_item.author_officer ELSE"
    " coalesce((SELECT c.full_name FROM contact c WHERE c.id = action_item.owner AND c.deleted_at IS"
    " NULL), '') END WHERE owner = NEW.id; END",
    "CREATE TRIGGER sort_key_contact_rename AFTER UPDATE OF full_name, deleted_at ON contact WHEN"
    " OLD.full_name IS NOT NEW.full_name OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN UPDATE"
    " action_item SET sort_owner = CASE WHEN action_item.owner = 'me' THEN action_item.author_officer"
    " ELSE coalesce((SELECT c.full_name FROM contact c WHERE c.id = action_item.owner AND"
    " c.deleted_at IS NULL), '') END WHERE owner = NEW.id; END",
    "CREATE TRIGGER sort_key_contact_delete AFTER DELETE ON contact BEGIN UPDATE action_item SET"
    " sort_owner = CASE WHEN action_item.owner = 'me' THEN action_item.author_officer ELSE"
    " coalesce((SELECT c.full_name FROM contact c WHERE c.id = action_item.owner AND c.deleted_at IS"
    " NULL), '') END WHERE owner = OLD.id; END",
    "CREATE TRIGGER sort_key_meeting_insert AFTER INSERT ON meeting BEGIN UPDATE action_item SET"
    " sort_meeting = coalesce((SELECT m.title FROM meeting m WHERE m.id = action_item.meeting_id AND"
    " m.deleted_at IS NULL), '') WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER sort_key_meeting_rename AFTER UPDATE OF title, deleted_at ON meeting WHEN"
    " OLD.title IS NOT NEW.title OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN UPDATE action_item SET"
    " sort_meeting = coalesce((SELECT m.title FROM meeting m WHERE m.id = action_item.meeting_id AND"
    " m.deleted_at IS NULL), '') WHERE meeting_id = NEW.id; END",
    "CREATE TRIGGER sort_key_meeting_delete AFTER DELETE ON meeting BEGIN UPDATE action_item SET"
    " sort_meeting = coalesce((SELECT m.title FROM meeting m WHERE m.id = action_item.meeting_id AND"
    " m.deleted_at IS NULL), '') WHERE meeting_id = OLD.id; END",
)


def upgrade(conn: Connection) -> None:
    """Add the sort keys, their triggers and the per-column list indexes; drop stale statistics."""
    for statement in (*STATEMENTS, *TRIGGERS):
        conn.exec_driver_sql(statement)
    # Present since version 2's ANALYZE; only its rows go (SQLite keeps the table itself).
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
