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


def test_given_a_profile_written_by_0_1_0_when_upgraded_then_two_of_its_contacts_merge_and_unmerge(
    tmp_path: Path,
) -> None:
    """The upgrade to schema 14 (merged duplicates) on a real 0.1.0 store, then a merge in it."""
    hq = ThisRelease(tmp_path / "hq")
    shutil.copytree(FIXTURES / "hq-profile", hq.directory)
    ok_json(hq, "sync", "import", str(FIXTURES / "officer-to-hq.liaison"))
    keep = ok(hq, "contact", "add", "--name", "Jean Mukendi")
    other = ok(hq, "contact", "add", "--name", "Jean Mukendi")
    before = {c["id"] for c in ok_json(hq, "contact", "list", "--json")}

    assert ok_json(hq, "contact", "merge", keep, other, "--json")["merged"] == other
    assert {c["id"] for c in ok_json(hq, "contact", "list", "--json")} == before - {other}
    ok(hq, "contact", "unmerge", other)
    assert {c["id"] for c in ok_json(hq, "contact", "list", "--json")} == before
