"""The contract with Liaison 0.1.0, against the real 0.1.0 (docs/SYNC.md, "Versions").

A device on this release and one on 0.1.0 exchange cards and bundles both ways, converge on
the fields both know, list the same conflicts; this release opens a profile 0.1.0 wrote;
HQ on this release relays between an officer on 0.1.0 and one on this release.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.interop.support import (
    WRONG_CODE,
    Release010,
    ThisRelease,
    init,
    introduce,
    ok,
    ok_json,
    send,
)


@pytest.fixture
def old(release_0_1_0: Path, tmp_path: Path) -> Release010:
    return Release010(release_0_1_0, tmp_path / "anna-0.1.0")


@pytest.fixture
def new(tmp_path: Path) -> ThisRelease:
    return ThisRelease(tmp_path / "bert-0.2.0")


def test_given_the_extracted_tree_then_the_0_1_0_code_is_what_runs(old: Release010, tmp_path: Path) -> None:
    result = old.run("--version")
    assert (result.code, result.out.strip()) == (0, "liaison 0.1.0")
    # The check can fail: given a tree without 0.1.0, Python finds the installed release
    # instead, and the subprocess refuses to run it.
    wrong = Release010(tmp_path, old.directory).run("--version")
    assert (wrong.code, wrong.out) == (WRONG_CODE, "")


def test_given_cards_exchanged_both_ways_then_each_side_trusts_the_other(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    old_id, new_id = init(old, "Anna"), init(new, "Bert", role="hq")
    introduce(old, new, tmp_path)

    (seen_by_old,) = ok_json(old, "peer", "list")
    (seen_by_new,) = ok_json(new, "peer", "list")
    assert (seen_by_old["device_id"], seen_by_old["trust"]) == (new_id, "direct")
    assert (seen_by_new["device_id"], seen_by_new["trust"]) == (old_id, "direct")
    assert seen_by_new["protocols"] == [1], "a card without protocols is a 0.1.0 card"
    assert seen_by_old["fingerprint"] == ok_json(new, "identity", "show")["fingerprint"]


def test_given_edits_on_both_sides_when_bundles_go_both_ways_then_both_dump_the_same(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    old_id, new_id = init(old, "Anna"), init(new, "Bert", role="hq")
    introduce(old, new, tmp_path)
    org = ok(old, "org", "add", "--name", "World Food Programme", "--acronym", "WFP", "--type", "un-agency")
    ok(old, "contact", "add", "--name", "Jean Mukendi", "--org", org, "--phone", "office=+243 81 000 0000")
    meeting = ok(new, "meeting", "add", "--title", "Convoy planning", "--start", "2026-11-20T10:00+01:00")
    ok(new, "action", "add", "--title", "Recce the route", "--due", "2026-11-27", "--meeting", meeting)

    assert send(old, new_id, new, tmp_path / "old-to-new.liaison")["applied"] == 2
    assert send(new, old_id, old, tmp_path / "new-to-old.liaison")["applied"] == 2
    ok(old, "org", "edit", org, "--sector", "Logistics")
    assert send(old, new_id, new, tmp_path / "old-to-new-2.liaison")["applied"] == 1

    assert ok(old, "dump") == ok(new, "dump")
    assert json.loads(ok(new, "dump"))  # not two empty dumps


def test_given_concurrent_edits_of_one_field_then_both_list_the_same_conflicts(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    old_id, new_id = init(old, "Anna"), init(new, "Bert", role="hq")
    introduce(old, new, tmp_path)
    org = ok(old, "org", "add", "--name", "UNHCR")
    send(old, new_id, new, tmp_path / "first.liaison")
    ok(old, "org", "edit", org, "--acronym", "HCR")
    ok(new, "org", "edit", org, "--acronym", "UNHCR")

    send(old, new_id, new, tmp_path / "old-edit.liaison")
    send(new, old_id, old, tmp_path / "new-edit.liaison")

    listed = ok_json(new, "conflicts", "list")
    assert len(listed) == 1 and listed[0]["field"] == "acronym"
    assert ok_json(old, "conflicts", "list") == listed
    assert ok(old, "dump") == ok(new, "dump")


def test_given_a_profile_written_by_0_1_0_then_this_release_opens_it_with_its_records(
    old: Release010, tmp_path: Path
) -> None:
    init(old, "Anna")
    org = ok(old, "org", "add", "--name", "OCHA", "--type", "un-agency")
    ok(old, "action", "add", "--title", "Call OCHA", "--due", "2026-12-01", "--owner", "me")
    ok(old, "org", "delete", org)
    before, identity = ok(old, "dump"), ok_json(old, "identity", "show")

    upgraded = ThisRelease(old.directory)
    assert ok(upgraded, "dump") == before
    assert ok_json(upgraded, "identity", "show") == identity
    assert ok(upgraded, "org", "list") == "(none)"  # the tombstone stayed a tombstone
    # Migrated, the profile is newer than 0.1.0, which refuses it in one line.
    refused = old.run("dump")
    assert refused.code == 1 and refused.err.count("\n") == 1 and "newer than this app" in refused.err


def test_given_hq_on_this_release_then_it_relays_between_officers_on_0_1_0_and_this_release(
    release_0_1_0: Path, tmp_path: Path
) -> None:
    anna = Release010(release_0_1_0, tmp_path / "anna-0.1.0")
    hq, bert = ThisRelease(tmp_path / "hq-0.2.0"), ThisRelease(tmp_path / "bert-0.2.0")
    anna_id, hq_id, bert_id = init(anna, "Anna"), init(hq, "HQ", role="hq"), init(bert, "Bert")
    introduce(anna, hq, tmp_path)
    introduce(bert, hq, tmp_path)
    org = ok(anna, "org", "add", "--name", "Norwegian Refugee Council", "--acronym", "NRC")

    send(anna, hq_id, hq, tmp_path / "anna-to-hq.liaison")
    assert send(hq, bert_id, bert, tmp_path / "hq-to-bert.liaison")["applied"] == 1
    ok(bert, "org", "edit", org, "--sector", "Shelter")
    ok(bert, "contact", "add", "--name", "Ingrid Dahl", "--org", org)
    send(bert, hq_id, hq, tmp_path / "bert-to-hq.liaison")
    assert send(hq, anna_id, anna, tmp_path / "hq-to-anna.liaison")["applied"] == 2

    assert ok(anna, "dump") == ok(hq, "dump") == ok(bert, "dump")
    vouched = {p["device_id"]: p for p in ok_json(anna, "peer", "list")}
    assert vouched[bert_id]["trust"] == "vouched"
    protocols = {p["device_id"]: p["protocols"] for p in ok_json(hq, "peer", "list")}
    assert protocols == {anna_id: [1], bert_id: [1, 2]}


def test_given_a_merge_at_hq_then_an_officer_on_0_1_0_ends_with_one_contact_and_its_meeting_on_it(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    """0.1.0 drops the `_merged_into` pseudo-field it does not know; what it applies of the
    merge leaves it sane: the duplicate deleted, the meeting naming the kept contact."""
    old_id, new_id = init(old, "Anna"), init(new, "HQ", role="hq")
    introduce(old, new, tmp_path)
    keep = ok(old, "contact", "add", "--name", "Jean Mukendi", "--position", "Mayor")
    other = ok(old, "contact", "add", "--name", "J. Mukendi")
    meeting = ok(
        old, "meeting", "add", "--title", "Water", "--start", "2026-11-20T10:00Z", "--attendee", other
    )
    send(old, new_id, new, tmp_path / "old-to-new.liaison")

    ok(new, "contact", "merge", keep, other)
    assert send(new, old_id, old, tmp_path / "new-to-old.liaison")["applied"] == 1

    assert [c["id"] for c in ok_json(old, "contact", "list", "--json")] == [keep]
    assert ok_json(old, "meeting", "show", meeting, "--json")["attendee_ids"] == [keep]
    assert ok(old, "dump") == ok(new, "dump")


def test_given_hq_set_a_retention_policy_then_0_1_0_still_imports_its_bundles(
    old: Release010, new: ThisRelease, tmp_path: Path
) -> None:
    old_id, _ = init(old, "Anna"), init(new, "Bert", role="hq")
    introduce(old, new, tmp_path)
    ok(new, "retention", "policy", "set", "contact=180")  # the header now carries it
    ok(new, "org", "add", "--name", "UNHCR")

    assert send(new, old_id, old, tmp_path / "hq-policy.liaison")["applied"] == 1
    assert ok(old, "dump") == ok(new, "dump")
