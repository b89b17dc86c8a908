"""Merging by bundle: edits travel, concurrent edits become visible conflicts, nothing is lost."""

from __future__ import annotations

import json

from liaison_app.services import dump, records, search, syncing
from liaison_app.store import Store
from tests.sync.conftest import Factory, introduce, send


def anna_and_hq(device: Factory) -> tuple[Store, Store]:
    """A field officer and HQ who have exchanged cards."""
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


def test_a_new_record_reaches_the_peer_with_all_its_fields(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    org = records.add(anna, "org", {"name": "WFP", "sectors": ["Logistics"]})
    records.add(
        anna, "contact", {"full_name": "Jean Mukendi", "organization_id": org.id, "tags": ["convoys"]}
    )
    counts = send(anna, hq)
    assert (counts.applied, counts.duplicate, counts.pending, counts.conflicts) == (2, 0, 0, 0)
    assert dump.dump_json(hq) == dump.dump_json(anna)
    assert [h.title for h in search.search(hq, "mukendi")] == ["Jean Mukendi"]
    copied = records.get(hq, "contact", records.list_records(anna, "contact")[0].id)
    assert copied.author_officer == "Anna" and copied.author_device == anna.author.device_id


def test_importing_the_same_changes_twice_changes_nothing(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    records.add(anna, "org", {"name": "WFP"})
    send(anna, hq)
    again = send(anna, hq, full=True)
    assert (again.applied, again.duplicate) == (0, 1)


def test_an_edit_made_after_seeing_another_is_not_a_conflict(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    org = records.add(anna, "org", {"name": "WFP"})
    send(anna, hq)
    records.edit(hq, "org", org.id, {"acronym": "WFP", "name": "World Food Programme"})
    send(hq, anna)
    records.edit(anna, "org", org.id, {"name": "World Food Programme (WFP)"})
    counts = send(anna, hq)
    assert counts.conflicts == 0
    assert syncing.conflicts(hq) == [] and syncing.conflicts(anna) == []
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_concurrent_edits_of_one_field_are_a_conflict_on_both_sides(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    assert send(anna, hq).conflicts == 1
    assert send(hq, anna).conflicts == 1
    assert dump.dump_json(hq) == dump.dump_json(anna)
    on_anna, on_hq = syncing.conflicts(anna), syncing.conflicts(hq)
    assert [c.to_json() for c in on_anna] == [c.to_json() for c in on_hq]
    (conflict,) = on_anna
    assert conflict.field == "position"
    assert {v.value for v in conflict.values} == {"Logistics Officer", "Head of Logistics"}
    assert {v.officer for v in conflict.values} == {"Anna", "HQ"}
    assert sum(v.winner for v in conflict.values) == 1


def test_edits_of_different_fields_merge_without_conflict(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", contact.id, {"notes": "Met at the WFP warehouse"})
    send(anna, hq)
    send(hq, anna)
    assert syncing.conflicts(anna) == []
    merged = json.loads(dump.dump_json(anna))["contacts"][0]
    assert (merged["position"], merged["notes"]) == ("Logistics Officer", "Met at the WFP warehouse")
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_resolving_a_conflict_syncs_and_clears_it_everywhere(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    send(anna, hq)
    send(hq, anna)
    (conflict,) = syncing.conflicts(anna)
    syncing.resolve_conflict(anna, conflict.id, keep="local")
    assert records.get(anna, "contact", contact.id).position == "Logistics Officer"  # type: ignore[attr-defined]
    assert syncing.conflicts(anna) == []
    send(anna, hq)
    assert syncing.conflicts(hq) == []
    assert dump.dump_json(hq) == dump.dump_json(anna)
    resolved = syncing.conflicts(hq, include_resolved=True)
    assert [c.to_json() for c in resolved] == [
        c.to_json() for c in syncing.conflicts(anna, include_resolved=True)
    ]
    assert {v.value for v in resolved[0].values} == {"Logistics Officer", "Head of Logistics"}


def test_a_delete_racing_an_edit_keeps_the_edit_and_shows_a_conflict(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.delete_record(anna, "contact", contact.id)
    records.edit(hq, "contact", contact.id, {"position": "Head of Logistics"})
    send(anna, hq)
    send(hq, anna)
    for store in (anna, hq):
        assert records.get(store, "contact", contact.id).position == "Head of Logistics"  # type: ignore[attr-defined]
        (conflict,) = syncing.conflicts(store)
        assert conflict.field == "_deleted"
    assert dump.dump_json(hq) == dump.dump_json(anna)
    syncing.resolve_conflict(hq, syncing.conflicts(hq)[0].id, keep="remote")
    send(hq, anna)
    assert records.list_records(anna, "contact") == [] and records.list_records(hq, "contact") == []
    assert syncing.conflicts(anna) == []


def test_hq_relays_one_officers_changes_to_another_who_never_met_them(device: Factory) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    org = records.add(anna, "org", {"name": "UNHCR"})
    send(anna, hq)
    counts = send(hq, bert)
    assert counts.applied == 1
    assert records.get(bert, "org", org.id).author_officer == "Anna"
    assert {p.card.officer: p.to_json()["trust"] for p in syncing.list_peers(bert)} == {
        "Anna": "vouched",
        "HQ": "direct",
    }
    records.edit(bert, "org", org.id, {"acronym": "UNHCR"})
    send(bert, hq)
    send(hq, anna)
    assert dump.dump_json(anna) == dump.dump_json(bert) == dump.dump_json(hq)


def test_purge_waits_until_every_peer_has_the_delete(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    org = records.add(anna, "org", {"name": "Gone Soon"})
    send(anna, hq)
    records.delete_record(anna, "org", org.id)
    assert records.purge(anna)["org"] == 0  # HQ has not seen the delete yet
    send(anna, hq)
    send(hq, anna)  # HQ's bundle carries its version vector: the delete is acknowledged
    assert records.purge(anna)["org"] == 1


def test_a_late_edit_of_a_purged_record_is_ignored_not_half_resurrected(device: Factory) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    org = records.add(anna, "org", {"name": "Gone Soon"})
    send(anna, hq)
    send(hq, bert)
    records.edit(bert, "org", org.id, {"notes": "made before the delete arrived"})
    records.delete_record(anna, "org", org.id)
    send(anna, hq)
    send(hq, anna)
    assert records.purge(anna)["org"] == 1
    send(bert, hq)
    counts = send(hq, anna)
    assert counts.applied == 1
    assert records.list_records(anna, "org") == []


def test_changes_from_other_officers_are_listed_newest_first(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    org = records.add(hq, "org", {"name": "OCHA"})
    contact = records.add(hq, "contact", {"full_name": "Jean Mukendi"})
    records.edit(hq, "org", org.id, {"acronym": "OCHA"})
    records.add(anna, "org", {"name": "Anna's own"})
    send(hq, anna)
    recent = syncing.recent_changes(anna)
    assert [(c.title, c.officer, c.fields) for c in recent] == [
        ("OCHA (OCHA)", "HQ", ("acronym",)),
        ("Jean Mukendi", "HQ", recent[1].fields),
    ]
    assert recent[1].record_id == contact.id and "full_name" in recent[1].fields
    assert recent[1].created and not recent[0].created and recent[0].live
    records.delete_record(hq, "contact", contact.id)
    send(hq, anna)
    gone = syncing.recent_changes(anna)[0]
    assert (gone.title, gone.deleted, gone.live) == ("Jean Mukendi", True, False)


def test_status_counts_what_each_peer_still_lacks(device: Factory) -> None:
    anna, hq = anna_and_hq(device)
    records.add(anna, "org", {"name": "OCHA"})
    records.add(anna, "org", {"name": "WFP"})
    assert syncing.status(anna).outgoing == {hq.author.device_id: 2}
    send(anna, hq)
    send(hq, anna)  # HQ's bundle acknowledges what it holds
    assert syncing.status(anna).outgoing == {hq.author.device_id: 0}


def test_a_meeting_moved_on_two_devices_is_one_conflict_and_resolving_it_fixes_its_utc_time(
    device: Factory,
) -> None:
    anna, hq = anna_and_hq(device)
    meeting = records.add(anna, "meeting", {"title": "Convoy planning", "start": "2026-11-20T10:00+03:00"})
    send(anna, hq)
    records.edit(anna, "meeting", meeting.id, {"start": "2026-11-21T10:00+03:00"})
    records.edit(hq, "meeting", meeting.id, {"start": "2026-11-22T10:00+03:00"})
    send(anna, hq)
    send(hq, anna)
    (conflict,) = syncing.conflicts(anna)  # start only: its UTC copy is not listed apart
    assert conflict.field == "start"
    syncing.resolve_conflict(anna, conflict.id, keep="local")
    kept = records.get(anna, "meeting", meeting.id)
    assert (kept.start, kept.start_utc) == ("2026-11-21T10:00:00+03:00", "2026-11-21T07:00:00.000000Z")  # type: ignore[attr-defined]
    send(anna, hq)
    assert syncing.conflicts(hq) == [] and dump.dump_json(hq) == dump.dump_json(anna)
    assert [c.field for c in syncing.conflicts(hq, include_resolved=True)] == ["start"]
