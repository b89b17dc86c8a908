"""A profile written by 0.1.0, opened by this release: it gains the export log (migration
v028), empty, and the first export here writes its first entry."""

from __future__ import annotations

import shutil
from pathlib import Path

from db import migrations
from liaison_app import profile
from liaison_app.services import export_log
from liaison_app.services.interop import ical_export
from liaison_app.services.interop.redaction import redaction
from liaison_app.services.snapshot_cursor import cursor

FIXTURE = Path(__file__).parents[1] / "interop" / "fixtures_0_1_0"
PASSPHRASE = "correct horse battery"


def test_given_a_0_1_0_profile_when_opened_then_it_has_an_empty_export_log_that_exports_fill(
    tmp_path: Path,
) -> None:
    shutil.copytree(FIXTURE / "hq-profile", tmp_path / "hq")
    store = profile.unlock(tmp_path / "hq", PASSPHRASE)
    try:
        with cursor(store) as cur:
            assert cur.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
            assert cur.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0
        written = ical_export.export(store, tmp_path / "hq.ics", redaction(store))
        (entry,) = export_log.entries(store)
        assert (entry.what, entry.file, entry.redaction, entry.records) == (
            "calendar",
            "hq.ics",
            "partner",
            written,
        )
    finally:
        store.close()
