"""Files written by the real 0.1.0 (scripts/make_0_1_0_fixtures.py), read by this release.

Unlike test_release_0_1_0.py these need no git history: they keep the contract testable for
releases long after 0.1.0's code is gone from anyone's machine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from liaison_app.services import syncing
from tests.interop.support import ThisRelease, ok, ok_json

FIXTURES = Path(__file__).parent / "fixtures_0_1_0"


def test_given_files_written_by_0_1_0_then_this_release_opens_imports_and_merges_them(tmp_path: Path) -> None:
    hq = ThisRelease(tmp_path / "hq")
    shutil.copytree(FIXTURES / "hq-profile", hq.directory)

    assert ok(hq, "dump") + "\n" == (FIXTURES / "hq-dump.json").read_text(encoding="utf-8")
    (counts,) = ok_json(hq, "sync", "import", str(FIXTURES / "officer-to-hq.liaison"))
    # Seven changesets: four records added, an edit, a record added and then deleted.
    assert (counts["applied"], counts["pending"], counts["quarantined"]) == (7, 0, 0)
    assert ok(hq, "dump") + "\n" == (FIXTURES / "hq-dump-after-import.json").read_text(encoding="utf-8")

    card = syncing.read_card(FIXTURES / "officer.liaison-card")
    (officer,) = ok_json(hq, "peer", "list")
    assert card.protocols == (1,) and officer["device_id"] == card.device_id and officer["protocols"] == [1]
