"""`liaison identity | peer | sync | conflicts`: two field officers and HQ, end to end through
the command line, each on their own profile, exchanging nothing but files."""

from __future__ import annotations

import itertools
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from liaison_app import profile
from tests.conftest import PASSPHRASE, Cli
from tests.sync.hostile import bundle_of, signed, stored_body, with_value

OFFICERS = {
    "anna": ("Maj. Anna Berg", "field"),
    "bert": ("Capt. Bert Dahl", "field"),
    "hq": ("Col. Hana Ito", "hq"),
}
COUNT_KEYS = {"applied", "duplicate", "pending", "conflicts"}
_bundle_names = itertools.count()


@dataclass
class Officer:
    """One profile and what others need to know about it."""

    cli: Cli
    name: str
    device_id: str
    fingerprint: str

    def dump(self) -> str:
        result = self.cli("dump")
        assert result.code == 0, result.err
        return result.out

    def conflicts(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = json.loads(self.cli.ok("conflicts", "list", "--json"))
        return found

    def peers(self) -> dict[str, str]:
        """Officer name -> trust, from `peer list --json`."""
        return {p["officer"]: p["trust"] for p in json.loads(self.cli.ok("peer", "list", "--json"))}


@dataclass
class Team:
    anna: Officer
    bert: Officer
    hq: Officer
    folder: Path
    peer_add_output: dict[tuple[str, str], str]

    def ship(self, src: Officer, dst: Officer, *, full: bool = False) -> dict[str, Any]:
        """`sync export --to` on src, `sync import --json` on dst; the import's counts."""
        path = self.folder / f"{next(_bundle_names)}-{src.name}-to-{dst.name}.liaison"
        src.cli.ok("sync", "export", "--to", dst.device_id, "-o", str(path), *(["--full"] if full else []))
        (counts,) = json.loads(dst.cli.ok("sync", "import", str(path), "--json"))
        assert isinstance(counts, dict)
        return counts

    def round(self) -> None:
        """Both officers to HQ, then HQ to both officers."""
        for officer in (self.anna, self.bert):
            self.ship(officer, self.hq)
        for officer in (self.anna, self.bert):
            self.ship(self.hq, officer)


@pytest.fixture(scope="module")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[tuple[str, str], str]]:
    """Three profiles that exchanged identity cards (officers with HQ only), made once."""
    root = tmp_path_factory.mktemp("team")
    outputs: dict[tuple[str, str], str] = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        clis = {key: Cli(root / key, monkeypatch) for key in OFFICERS}
        for key, cli in clis.items():
            officer, role = OFFICERS[key]
            cli.ok(
                "init", "--name", officer, "--device", f"{key}-laptop", "--role", role,
                "--kdf-memory-mib", "8", "--kdf-iterations", "1",
            )  # fmt: skip
            cli.ok("identity", "export", "-o", str(root / f"{key}.card"))
        for officer, hq in (("anna", "hq"), ("bert", "hq")):
            for src, dst in ((officer, hq), (hq, officer)):
                outputs[(dst, src)] = clis[dst].ok("peer", "add", str(root / f"{src}.card"))
    return root, outputs


@pytest.fixture
def team(
    team_template: tuple[Path, dict[tuple[str, str], str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Team:
    template, outputs = team_template
    root = tmp_path / "team"
    shutil.copytree(template, root)
    officers = {}
    for key in OFFICERS:
        cli = Cli(root / key, monkeypatch)
        shown = json.loads(cli.ok("identity", "show", "--json"))
        officers[key] = Officer(cli, key, shown["device_id"], shown["fingerprint"])
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    return Team(officers["anna"], officers["bert"], officers["hq"], folder, outputs)


def test_given_a_card_added_then_peer_add_prints_the_fingerprint_its_owner_sees(team: Team) -> None:
    for (adder, owner), printed in team.peer_add_output.items():
        officer = getattr(team, owner)
        lines = printed.splitlines()
        assert lines[0].startswith(officer.device_id) and OFFICERS[owner][0] in lines[0], adder
        assert lines[1] == f"fingerprint: {officer.fingerprint}"
    assert team.anna.peers() == {"Col. Hana Ito": "direct"}
    assert team.hq.peers() == {"Maj. Anna Berg": "direct", "Capt. Bert Dahl": "direct"}
    text = team.anna.cli.ok("identity", "show")
    assert f"fingerprint: {team.anna.fingerprint}" in text and f"device id: {team.anna.device_id}" in text


def test_given_two_officers_and_hq_when_they_sync_both_ways_then_all_three_end_identical(team: Team) -> None:
    anna, bert, hq = team.anna, team.bert, team.hq
    org = anna.cli.ok(
        "org", "add", "--name", "World Food Programme", "--acronym", "WFP", "--sector", "Logistics"
    )
    jean = anna.cli.ok("contact", "add", "--name", "Jean Mukendi", "--org", org, "--position", "Driver")
    bert.cli.ok("org", "add", "--name", "UNICEF", "--type", "un-agency")
    bert.cli.ok("action", "add", "--title", "Send the convoy schedule", "--due", "2026-12-01")
    hq.cli.ok("meeting", "add", "--title", "Coordination meeting", "--start", "2026-11-30T09:00+01:00")

    team.round()
    assert anna.dump() == bert.dump() == hq.dump()
    assert "UNICEF" in anna.dump() and "Jean Mukendi" in bert.dump()
    assert bert.peers() == {"Col. Hana Ito": "direct", "Maj. Anna Berg": "vouched"}

    # Anna and Bert change Jean's position without seeing each other's edit; HQ edits the org.
    anna.cli.ok("contact", "edit", jean, "--position", "Logistics Officer")
    bert.cli.ok("contact", "edit", jean, "--position", "Head of Logistics", "--language", "French")
    hq.cli.ok("org", "edit", org, "--notes", "Warehouse at the airport")
    assert team.ship(anna, hq)["conflicts"] == 0
    assert team.ship(bert, hq)["conflicts"] == 1
    assert team.ship(hq, anna)["conflicts"] == 1
    assert team.ship(hq, bert)["conflicts"] == 1
    (conflict,) = hq.conflicts()
    assert anna.conflicts() == bert.conflicts() == [conflict]
    assert (conflict["field"], conflict["record_id"]) == ("position", jean)
    assert {v["value"] for v in conflict["values"]} == {"Logistics Officer", "Head of Logistics"}

    bert.cli.ok("conflicts", "resolve", conflict["id"], "--keep", "remote")
    assert bert.conflicts() == []
    team.round()
    team.ship(hq, anna, full=True)

    assert anna.dump() == bert.dump() == hq.dump()
    assert anna.conflicts() == bert.conflicts() == hq.conflicts() == []
    shown = json.loads(anna.cli.ok("contact", "show", jean, "--json"))
    assert (shown["position"], shown["languages"]) == ("Logistics Officer", ["French"])
    assert anna.peers() == {"Col. Hana Ito": "direct", "Capt. Bert Dahl": "vouched"}
    resolved = json.loads(hq.cli.ok("conflicts", "list", "--all", "--json"))
    assert [c["status"] for c in resolved] == ["resolved"]


def test_given_two_bundles_when_imported_with_json_then_each_file_gets_its_counts(team: Team) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    first, second = team.folder / "1.liaison", team.folder / "2.liaison"
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(first))
    team.anna.cli.ok("org", "add", "--name", "UNHCR")
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(second))
    result = team.hq.cli("sync", "import", str(first), str(second), "--json")
    assert result.code == 0, result.err
    outcome = json.loads(result.out)
    assert isinstance(outcome, list) and [o["file"] for o in outcome] == [str(first), str(second)]
    for counts in outcome:
        assert counts.keys() >= COUNT_KEYS and all(isinstance(counts[k], int) for k in COUNT_KEYS)
        assert counts["status"] == "imported" and "reason" not in counts
    assert [(o["applied"], o["duplicate"], o["pending"], o["conflicts"]) for o in outcome] == [
        (1, 0, 0, 0),
        (1, 1, 0, 0),
    ]


def test_given_a_damaged_bundle_when_imported_then_exit_4_with_one_line_and_nothing_changed(
    team: Team,
) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    path = team.folder / "damaged.liaison"
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(path))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = (team.hq.dump(), team.hq.cli.ok("sync", "status", "--json"))

    result = team.hq.cli("sync", "import", str(path))
    assert result.code == 4
    assert result.err.count("\n") == 1 and result.err.startswith("liaison: damaged.liaison: ")
    assert "truncated" in result.err
    assert (team.hq.dump(), team.hq.cli.ok("sync", "status", "--json")) == before


def test_given_a_good_and_a_refused_file_in_one_import_then_the_good_one_goes_in_and_the_exit_is_4(
    team: Team,
) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    good, stray = team.folder / "good.liaison", team.folder / "notes.liaison"
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(good))
    stray.write_text("shopping list\n")
    result = team.hq.cli("sync", "import", str(stray), str(good), "--json")
    assert result.code == 4
    assert result.err.count("\n") == 1 and "notes.liaison: not a Liaison bundle" in result.err
    # Files this device can read go first (by sender and sequence), the others after them.
    imported, refused = json.loads(result.out)
    assert refused == {
        "file": str(stray),
        "error": "notes.liaison: not a Liaison bundle",
        "status": "refused",
        "reason": "not_a_bundle",
    }
    assert (imported["applied"], imported["status"]) == (1, "imported")
    assert team.hq.dump() == team.anna.dump()


def test_given_a_revoked_officer_when_their_bundle_is_imported_then_exit_4_naming_the_revocation(
    team: Team,
) -> None:
    team.bert.cli.ok("org", "add", "--name", "UNICEF")
    path = team.folder / "bert.liaison"
    team.bert.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(path))
    assert team.hq.cli.ok("peer", "revoke", team.bert.device_id) == ""
    assert team.hq.peers()["Capt. Bert Dahl"] == "revoked"
    before = team.hq.dump()
    result = team.hq.cli("sync", "import", str(path))
    assert result.code == 4 and result.err.count("\n") == 1 and "revoked" in result.err
    assert team.hq.dump() == before
    unknown = team.hq.cli("peer", "revoke", "nosuchdevice")
    assert unknown.code == 5


def test_given_a_bundle_imported_twice_then_the_second_import_is_harmless_exit_0_and_changes_nothing(
    team: Team,
) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    path = team.folder / "once.liaison"
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(path))
    team.hq.cli.ok("sync", "import", str(path))
    before = (team.hq.dump(), team.hq.cli.ok("sync", "status", "--json"), team.hq.peers())
    again = team.hq.cli("sync", "import", str(path))
    assert again.code == 0 and again.err == ""
    assert again.out.startswith("Maj. Anna Berg (") and again.out.count("\n") == 1
    assert ": 1 file, 0 applied, 1 already imported," in again.out
    assert (team.hq.dump(), team.hq.cli.ok("sync", "status", "--json"), team.hq.peers()) == before


def test_given_a_bundle_imported_twice_with_json_then_its_status_says_already_imported(team: Team) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    path = team.folder / "twice.liaison"
    team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(path))
    (first,) = json.loads(team.hq.cli.ok("sync", "import", str(path), "--json"))
    again = team.hq.cli("sync", "import", str(path), str(path), "--json")
    assert again.code == 0, again.err
    for outcome in json.loads(again.out):
        assert outcome.keys() >= COUNT_KEYS | {"file", "sender", "status"}
        assert (outcome["status"], outcome["applied"], outcome["sender"]) == (
            "already_imported",
            0,
            first["sender"],
        )
        assert outcome["imported_at"] == first["imported_at"] and "reason" not in outcome


def test_given_a_refused_file_with_json_then_it_carries_its_reason_code_and_the_exit_is_4(team: Team) -> None:
    team.bert.cli.ok("org", "add", "--name", "UNICEF")
    for_hq = team.folder / "bert-for-hq.liaison"
    team.bert.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(for_hq))
    result = team.anna.cli("sync", "import", str(for_hq), "--json")
    assert result.code == 4 and result.err.count("\n") == 1
    (outcome,) = json.loads(result.out)
    assert (outcome["status"], outcome["reason"]) == ("refused", "not_addressed")


def test_given_a_shared_folder_when_each_runs_sync_folder_then_they_converge(team: Team) -> None:
    share = team.folder
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    team.hq.cli.ok("org", "add", "--name", "OCHA")
    written: dict[str, tuple[str, str]] = {}  # file name -> (writer, recipient), as --json says
    for officer in (team.anna, team.hq, team.anna):
        result = json.loads(officer.cli.ok("sync", "folder", str(share), "--json"))
        assert set(result) == {"imported", "written"}
        written |= {Path(w["file"]).name: (officer.name, w["to"]) for w in result["written"]}
    assert team.anna.dump() == team.hq.dump()
    assert len(list((share / "archive").glob("*.liaison"))) == 2  # one each way
    # Bert has not synced yet: HQ's bundle for him waits in the outbox, and Anna's latest for
    # HQ (their names say nothing of who they are for).
    waiting = {written[p.name] for p in (share / "outbox").glob("*.liaison")}
    assert waiting == {("anna", team.hq.device_id), ("hq", team.bert.device_id)}


def test_given_exports_imports_and_a_refusal_then_sync_history_lists_them_newest_first(team: Team) -> None:
    anna, hq = team.anna, team.hq
    anna.cli.ok("org", "add", "--name", "World Food Programme")
    team.ship(anna, hq)
    junk = team.folder / "junk.liaison"
    junk.write_bytes(b"not a bundle")
    assert hq.cli("sync", "import", str(junk)).code == 4
    entries = json.loads(hq.cli.ok("sync", "history", "--json"))
    assert [(e["direction"], e["result"], e["reason"]) for e in entries] == [
        ("import", "refused", "not_a_bundle"),
        ("import", "imported", None),
    ]
    assert entries[1]["peers"] == [anna.device_id] and entries[1]["counts"]["applied"] == 1
    (export,) = json.loads(anna.cli.ok("sync", "history", "--json"))
    assert (export["direction"], export["result"], export["peers"]) == ("export", "written", [hq.device_id])
    assert export["counts"]["changesets"] == 1 and export["file"].endswith(".liaison")
    text = hq.cli.ok("sync", "history", "--limit", "1")
    assert "refused" in text and "not_a_bundle" in text and "imported" not in text


def test_given_a_limit_below_one_then_sync_history_is_a_usage_error(team: Team) -> None:
    assert team.anna.cli("sync", "history", "--limit", "0").code == 2


def test_given_a_round_trip_then_sync_status_says_hq_lacks_nothing_whatever_vouched_officers_lack(
    team: Team,
) -> None:
    anna, bert, hq = team.anna, team.bert, team.hq
    anna.cli.ok("org", "add", "--name", "World Food Programme")
    bert.cli.ok("org", "add", "--name", "UNICEF")
    team.round()
    anna.cli.ok("org", "add", "--name", "OCHA")
    before = json.loads(anna.cli.ok("sync", "status", "--json"))
    assert before["hq_lacking"] == 1 and before["to_send"] == {hq.device_id: 1}
    assert before["outgoing"][bert.device_id] > 0  # vouched for by HQ: never confirms to Anna
    team.ship(anna, hq)
    team.ship(hq, anna)
    after = json.loads(anna.cli.ok("sync", "status", "--json"))
    assert after["hq_lacking"] == 0 and after["to_send"] == {hq.device_id: 0}
    on_hq = json.loads(hq.cli.ok("sync", "status", "--json"))
    # Bert has not confirmed Anna's two changes yet (his last bundle to HQ predates them).
    assert on_hq["hq_lacking"] is None and on_hq["to_send"] == {anna.device_id: 0, bert.device_id: 2}


def test_given_one_changeset_then_export_says_one_changeset_and_two_say_changesets(team: Team) -> None:
    team.anna.cli.ok("org", "add", "--name", "World Food Programme")
    one = team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(team.folder / "1.liaison"))
    assert one.startswith("1 changeset for ")
    team.anna.cli.ok("org", "add", "--name", "UNHCR")
    full = team.folder / "2.liaison"
    two = team.anna.cli.ok("sync", "export", "--to", team.hq.device_id, "-o", str(full), "--full")
    assert two.startswith("2 changesets for ")


@pytest.mark.parametrize("what", ["fifo", "device"])
def test_given_a_fifo_or_a_device_named_like_a_bundle_when_imported_then_exit_4_at_once_with_one_line(
    team: Team, what: str
) -> None:
    odd = team.folder / f"odd-{what}.liaison"
    if what == "fifo":
        os.mkfifo(odd)  # nobody writes to it: a plain open() would wait for ever
    else:
        odd.symlink_to("/dev/zero")
    before = team.hq.dump()
    result = team.hq.cli("sync", "import", str(odd), "--json")
    assert result.code == 4
    assert len(result.err.strip().splitlines()) == 1 and "not a regular file" in result.err
    (entry,) = json.loads(result.out)
    assert entry["status"] == "refused" and entry["reason"] == "unreadable"
    assert team.hq.dump() == before


def test_given_an_officer_that_signed_two_histories_then_sync_status_and_history_name_it(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    team.anna.cli.ok("org", "add", "--name", "WFP")
    team.ship(team.anna, team.hq)
    with (
        profile.unlock(team.anna.cli.directory, PASSPHRASE) as anna,
        profile.unlock(team.hq.cli.directory, PASSPHRASE) as hq,
    ):
        forked = signed(anna, with_value(stored_body(anna, 1), "name", "Another history"))
        path = bundle_of(anna, hq, [forked], monkeypatch, team.folder)

    (entry,) = json.loads(team.hq.cli.ok("sync", "import", str(path), "--json"))
    assert entry["status"] == "imported" and entry["equivocations"] == 1
    status = json.loads(team.hq.cli.ok("sync", "status", "--json"))
    assert status["equivocating"] == {team.anna.device_id: 1}
    assert f'equivocating: {{"{team.anna.device_id}": 1}}' in team.hq.cli.ok("sync", "status")
    history = json.loads(team.hq.cli.ok("sync", "history", "--json"))
    refused = [e for e in history if e["reason"] == "equivocation"]
    assert [(e["result"], e["peers"]) for e in refused] == [("refused", [team.anna.device_id])]
    assert "WFP" in team.hq.dump() and "Another history" not in team.hq.dump()
