"""meeting_link: one row per (attendee or organization, meeting), kept by triggers and
filled by migration 5 from the meetings a profile already holds."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import Connection, Engine

from db import migrations
from db.engine import open_engine
from db.migrations import v005_meeting_links

_INSERT = (
    "INSERT INTO meeting (id, created_at, updated_at, author_officer, author_device, meeting_type, title,"
    " start, start_utc, location, grid, attendee_ids, organization_ids, purpose, points, assessment,"
    " status, sensitivity) VALUES (?, 't', 't', 'A', 'd', 'meeting', ?, 's', 's', '', '', ?, ?, '', '[]',"
    " '', 'draft', '')"
)


def _engine(tmp_path: Path, *, to: int) -> Engine:
    engine = open_engine(tmp_path / "links.db", os.urandom(32))
    migrations.migrate(engine, to=to)
    return engine


def _links(conn: Connection) -> set[tuple[str, str]]:
    rows = conn.exec_driver_sql("SELECT record_id, meeting_id FROM meeting_link").fetchall()
    return {(str(r), str(m)) for r, m in rows}


def _meeting(conn: Connection, meeting_id: str, attendees: list[str], orgs: list[str]) -> None:
    conn.exec_driver_sql(_INSERT, (meeting_id, meeting_id, json.dumps(attendees), json.dumps(orgs)))


def test_given_meetings_stored_before_version_5_the_upgrade_links_them(tmp_path: Path) -> None:
    before = migrations.MIGRATIONS.index(v005_meeting_links.upgrade)
    engine = _engine(tmp_path, to=before)
    with engine.begin() as conn:
        _meeting(conn, "m1", ["c1", "c2"], ["o1"])
        _meeting(conn, "m2", ["c1", "c1"], [])  # a repeat in a list is one link
    migrations.migrate(engine)
    with engine.connect() as conn:
        assert _links(conn) == {("c1", "m1"), ("c2", "m1"), ("o1", "m1"), ("c1", "m2")}
    engine.dispose()


def test_the_triggers_follow_inserts_list_changes_and_purges(tmp_path: Path) -> None:
    engine = _engine(tmp_path, to=migrations.SCHEMA_VERSION)
    with engine.begin() as conn:
        _meeting(conn, "m1", ["c1"], ["o1"])
        assert _links(conn) == {("c1", "m1"), ("o1", "m1")}
        conn.exec_driver_sql("UPDATE meeting SET attendee_ids = ? WHERE id = 'm1'", (json.dumps(["c2"]),))
        assert _links(conn) == {("c2", "m1"), ("o1", "m1")}
        conn.exec_driver_sql("UPDATE meeting SET title = 'renamed' WHERE id = 'm1'")
        assert _links(conn) == {("c2", "m1"), ("o1", "m1")}
        conn.exec_driver_sql("DELETE FROM meeting WHERE id = 'm1'")
        assert _links(conn) == set()
    engine.dispose()
