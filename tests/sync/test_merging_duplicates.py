"""Duplicates merged once for everyone (docs/SYNC.md, Merging duplicates): a merge at HQ
reaches field devices, repoints their records, takes late edits to the kept record,
converges when two devices merge the same pair in opposite directions, follows chains,
and an unmerge brings the record back."""

from __future__ import annotations

from liaison_app.services import dump, record_merge, records, syncing
from liaison_app.services.record_merge_plan import Side
from liaison_app.store import Store
from tests.sync.conftest import Factory, introduce, send


def _fleet(device: Factory) -> tuple[Store, Store, Store]:
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    return hq, anna, bert


def _everyone_syncs(hq: Store, *fields: Store) -> None:
    for _ in range(2):
        for officer in fields:
            send(officer, hq)
        for officer in fields:
            send(hq, officer)


def _live_ids(store: Store, kind: str) -> set[str]:
    return {r.id for r in records.list_records(store, kind)}


def test_given_a_merge_at_hq_then_both_field_devices_hold_one_contact_and_their_records_name_it(
    device: Factory,
) -> None:
    hq, anna, bert = _fleet(device)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"})
    dup = records.add(bert, "contact", {"full_name": "Jean Mukendi", "position": "Maire"})
    _everyone_syncs(hq, anna, bert)
    meeting = records.add(
        anna, "meeting", {"title": "Convoy", "start": "2026-11-20T10:00Z", "attendee_ids": [dup.id]}
    )
    action = records.add(bert, "action", {"title": "Call back", "owner": dup.id})
    _everyone_syncs(hq, anna, bert)

    done = record_merge.merge(
        hq, kind="contact", keep_id=kept.id, other_id=dup.id, choices={"position": Side.OTHER}
    )
    _everyone_syncs(hq, anna, bert)

    assert done.moved == 2
    for store in (hq, anna, bert):
        assert _live_ids(store, "contact") == {kept.id}
        assert records.get(store, "contact", kept.id).position == "Maire"  # type: ignore[attr-defined]
        assert records.get(store, "meeting", meeting.id).attendee_ids == [kept.id]  # type: ignore[attr-defined]
        assert records.get(store, "action", action.id).owner == kept.id  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)


def test_given_a_late_edit_of_the_merged_away_contact_then_it_lands_on_the_kept_one_as_a_conflict(
    device: Factory,
) -> None:
    hq, anna, bert = _fleet(device)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"})
    dup = records.add(bert, "contact", {"full_name": "J. Mukendi", "position": "Mayor"})
    _everyone_syncs(hq, anna, bert)
    record_merge.merge(hq, kind="contact", keep_id=kept.id, other_id=dup.id)
    records.edit(bert, "contact", dup.id, {"position": "Governor"})  # Bert has not heard of it

    _everyone_syncs(hq, anna, bert)

    for store in (hq, anna, bert):
        assert _live_ids(store, "contact") == {kept.id}
        shown = records.get(store, "contact", kept.id)
        assert shown.position == "Governor"  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)


def test_given_a_late_edit_that_disagrees_with_the_merge_then_every_device_lists_the_same_conflict(
    device: Factory,
) -> None:
    hq, anna, bert = _fleet(device)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"})
    dup = records.add(bert, "contact", {"full_name": "J. Mukendi", "position": "Maire"})
    _everyone_syncs(hq, anna, bert)
    record_merge.merge(hq, kind="contact", keep_id=kept.id, other_id=dup.id, choices={"position": Side.OTHER})
    records.edit(bert, "contact", dup.id, {"position": "Governor"})

    _everyone_syncs(hq, anna, bert)

    lists = [[(c.record_id, c.field) for c in syncing.conflicts(s)] for s in (hq, anna, bert)]
    assert lists[0] == [(kept.id, "position")]
    assert lists[0] == lists[1] == lists[2]


def test_given_an_offline_meeting_naming_the_merged_away_contact_then_it_names_the_kept_one(
    device: Factory,
) -> None:
    hq, anna, bert = _fleet(device)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    dup = records.add(bert, "contact", {"full_name": "J. Mukendi"})
    _everyone_syncs(hq, anna, bert)
    record_merge.merge(hq, kind="contact", keep_id=kept.id, other_id=dup.id)
    meeting = records.add(
        bert, "meeting", {"title": "Offline", "start": "2026-11-20T10:00Z", "attendee_ids": [dup.id]}
    )

    _everyone_syncs(hq, anna, bert)

    for store in (hq, anna, bert):
        assert records.get(store, "meeting", meeting.id).attendee_ids == [kept.id]  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)


def test_given_opposite_merges_of_one_pair_then_every_device_ends_with_the_same_single_record(
    device: Factory,
) -> None:
    hq, anna, bert = _fleet(device)
    a = records.add(anna, "org", {"name": "World Food Programme"})
    b = records.add(bert, "org", {"name": "WFP"})
    _everyone_syncs(hq, anna, bert)

    record_merge.merge(anna, kind="org", keep_id=a.id, other_id=b.id)
    record_merge.merge(bert, kind="org", keep_id=b.id, other_id=a.id)
    _everyone_syncs(hq, anna, bert)

    survivors = [_live_ids(s, "org") for s in (hq, anna, bert)]
    assert len(survivors[0]) == 1
    assert survivors[0] == survivors[1] == survivors[2]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)


def test_given_a_chain_of_merges_then_records_naming_the_first_name_the_last(device: Factory) -> None:
    hq, anna, bert = _fleet(device)
    a = records.add(anna, "org", {"name": "UNHCR Goma"})
    b = records.add(anna, "org", {"name": "UNHCR"})
    c = records.add(bert, "org", {"name": "UNHCR (Goma office)"})
    _everyone_syncs(hq, anna, bert)
    contact = records.add(bert, "contact", {"full_name": "Aline", "organization_id": a.id})

    record_merge.merge(anna, kind="org", keep_id=b.id, other_id=a.id)
    record_merge.merge(bert, kind="org", keep_id=c.id, other_id=b.id)  # Bert had not seen A into B
    _everyone_syncs(hq, anna, bert)

    for store in (hq, anna, bert):
        assert _live_ids(store, "org") == {c.id}
        assert records.get(store, "contact", contact.id).organization_id == c.id  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)


def test_given_an_unmerge_then_every_device_holds_both_records_again(device: Factory) -> None:
    hq, anna, bert = _fleet(device)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    dup = records.add(bert, "contact", {"full_name": "Jean Mukendi (nephew)"})
    _everyone_syncs(hq, anna, bert)
    record_merge.merge(hq, kind="contact", keep_id=kept.id, other_id=dup.id)
    _everyone_syncs(hq, anna, bert)
    merged = record_merge.merged_into(anna, kind="contact", record_id=kept.id)
    assert [m.record_id for m in merged] == [dup.id]

    record_merge.unmerge(anna, kind="contact", record_id=dup.id)
    _everyone_syncs(hq, anna, bert)

    for store in (hq, anna, bert):
        assert _live_ids(store, "contact") == {kept.id, dup.id}
        assert records.get(store, "contact", dup.id).full_name == "Jean Mukendi (nephew)"  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna) == dump.dump_json(bert)
