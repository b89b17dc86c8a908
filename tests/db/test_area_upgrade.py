"""A profile written by 0.1.0, opened by this release: it gains areas (migration v016) and
keeps every record as it was, with no area."""

from __future__ import annotations

import shutil
from pathlib import Path

from db import live_counts, migrations
from liaison_app import profile
from liaison_app.services import dump, records
from liaison_app.services.snapshot_cursor import cursor

FIXTURE = Path(__file__).parents[1] / "interop" / "fixtures_0_1_0"
PASSPHRASE = "correct horse battery"


def test_given_a_0_1_0_profile_when_opened_then_its_records_have_no_area_and_areas_can_be_added(
    tmp_path: Path,
) -> None:
    shutil.copytree(FIXTURE / "hq-profile", tmp_path / "hq")
    store = profile.unlock(tmp_path / "hq", PASSPHRASE)
    try:
        with cursor(store) as cur:
            version = cur.execute("PRAGMA user_version").fetchone()[0]
            no_area = {
                t: cur.execute(f"SELECT count(*) FROM {t} WHERE area_id IS NULL").fetchone()[0]
                for t in ("organization", "contact", "meeting")
            }
            every = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in no_area}
            counted = live_counts.read(cur)
        assert version == migrations.SCHEMA_VERSION
        assert no_area == every and sum(every.values()) > 0
        assert counted["area"] == 0
        assert dump.dump_json(store) + "" == (FIXTURE / "hq-dump.json").read_text(encoding="utf-8")

        area = records.add(store, "area", {"name": "North Kivu", "pcode": "CD61"})
        org = records.list_records(store, "org")[0]
        assert records.as_dict(records.edit(store, "org", org.id, {"area_id": "CD61"}))["area_id"] == area.id
        with cursor(store) as cur:
            assert live_counts.read(cur)["area"] == 1
    finally:
        store.close()
