"""Scoped relay and 0.1.0: a profile written by 0.1.0 upgrades to the scoped-relay schema,
and a 0.1.0 officer, who cannot read which changesets were left out, is always sent all."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.interop.support import ThisRelease, ok, ok_json

FIXTURES = Path(__file__).parent / "fixtures_0_1_0"


def _hq(tmp_path: Path) -> tuple[ThisRelease, str]:
    hq = ThisRelease(tmp_path / "hq")
    shutil.copytree(FIXTURES / "hq-profile", hq.directory)
    ok_json(hq, "sync", "import", str(FIXTURES / "officer-to-hq.liaison"))
    (officer,) = ok_json(hq, "peer", "list")
    return hq, str(officer["device_id"])


def test_given_a_profile_written_by_0_1_0_then_it_upgrades_and_its_peers_are_sent_all(tmp_path: Path) -> None:
    hq, officer = _hq(tmp_path)
    (peer,) = ok_json(hq, "peer", "list")
    assert peer["scope"] == "all" and peer["protocols"] == [1]
    # A 0.1.0 header says nothing of what it lacks: its version vector alone counts (HQ's one change).
    assert ok_json(hq, "sync", "status")["outgoing"][officer] == 1


def test_given_a_0_1_0_officer_then_an_area_export_is_refused_in_one_line_exit_2(tmp_path: Path) -> None:
    hq, officer = _hq(tmp_path)
    out = tmp_path / "to-officer.liaison"
    refused = hq.run("sync", "export", "--to", officer, "--scope", "area", "-o", str(out))
    assert refused.code == 2 and len(refused.err.strip().splitlines()) == 1
    assert "cannot export by area" in refused.err and not out.exists()


def test_given_a_0_1_0_officer_whose_stored_choice_is_area_then_its_bundles_carry_all(tmp_path: Path) -> None:
    hq, officer = _hq(tmp_path)
    ok(hq, "peer", "scope", officer, "area")
    printed = ok(hq, "sync", "export", "--to", officer, "-o", str(tmp_path / "to-officer.liaison"))
    assert "left out" not in printed
