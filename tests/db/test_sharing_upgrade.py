"""A profile written by 0.1.0, opened by this release: every record gains the sharing scope
(migration v026) as `mission`, unmarked, and dumps exactly as 0.1.0 dumped it."""

from __future__ import annotations

import shutil
from pathlib import Path

from db import migrations
from liaison_app import profile
from liaison_app.services import dump, records
from liaison_app.services.snapshot_cursor import cursor

FIXTURE = Path(__file__).parents[1] / "interop" / "fixtures_0_1_0"
PASSPHRASE = "correct horse battery"
TABLES = ("organization", "contact", "meeting", "action_item")


def test_given_a_0_1_0_profile_when_opened_then_every_record_is_mission_scoped_and_unmarked_as_before(
    tmp_path: Path,
) -> None:
    shutil.copytree(FIXTURE / "hq-profile", tmp_path / "hq")
    store = profile.unlock(tmp_path / "hq", PASSPHRASE)
    try:
        with cursor(store) as cur:
            assert cur.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
            scopes = {t: {r[0] for r in cur.execute(f"SELECT DISTINCT sharing FROM {t}")} for t in TABLES}
            marked = {
                t: cur.execute(f"SELECT count(*) FROM {t} WHERE do_not_share").fetchone()[0] for t in TABLES
            }
            total = sum(cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
        assert total > 0 and all(found <= {"mission"} for found in scopes.values())
        assert marked["organization"] == marked["meeting"] == marked["action_item"] == 0
        assert dump.dump_json(store) == (FIXTURE / "hq-dump.json").read_text(encoding="utf-8")

        org = records.list_records(store, "org")[0]
        records.edit(store, "org", org.id, {"sharing": "hq"})
        with cursor(store) as cur:
            hq_only = cur.execute(
                "SELECT id FROM organization WHERE sharing = 'hq'"  # answered by ix_organization_hq_only
            ).fetchall()
            plan = " ".join(
                str(r[-1])
                for r in cur.execute("EXPLAIN QUERY PLAN SELECT id FROM organization WHERE sharing = 'hq'")
            )
        assert [r[0] for r in hq_only] == [org.id] and "ix_organization_hq_only" in plan
    finally:
        store.close()
