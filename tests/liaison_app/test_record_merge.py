"""Merging two duplicate records in the service: the plan first (both values per field, the
default side, what moves, what is dropped), then the merge with the chosen fields, and undo."""

from __future__ import annotations

import pytest

from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.kinds import Kind, reference_kinds
from liaison_app.services import record_merge, records
from liaison_app.services.record_merge_plan import Side, plan
from liaison_app.store import Store
from sync import merge_refs
from sync.changeset import ChangesetBody


def test_the_references_a_merge_repoints_are_the_registrys() -> None:
    registry = {name for name, kind in reference_kinds().items() if kind in (Kind.ORG, Kind.CONTACT)}
    assert {name for fields in merge_refs.REFERENCES.values() for name, _ in fields} == registry


def test_given_two_contacts_then_the_plan_keeps_filled_values_and_takes_what_only_the_other_has(
    store: Store,
) -> None:
    keep = records.add(store, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"})
    other = records.add(store, "contact", {"full_name": "J. Mukendi", "notes": "Met at the market"})

    found = plan(store, kind="contact", keep_id=keep.id, other_id=other.id)

    by_name = {f.name: f for f in found.fields}
    assert (by_name["full_name"].default, by_name["notes"].default) == (Side.KEEP, Side.OTHER)
    assert not by_name["sensitivity"].differs
    assert "do_not_share" not in by_name  # a device's own decision, never chosen
    assert [(d.field, d.value) for d in found.dropped()] == [("full_name", "J. Mukendi")]
    assert [(d.field, d.side) for d in found.dropped({"full_name": Side.OTHER})] == [("full_name", Side.KEEP)]


def test_given_an_organization_merged_then_its_contacts_child_organizations_and_meetings_move(
    store: Store,
) -> None:
    keep = records.add(store, "org", {"name": "World Food Programme"})
    other = records.add(store, "org", {"name": "WFP", "acronym": "WFP"})
    child = records.add(store, "org", {"name": "WFP Goma", "parent_id": other.id})
    contact = records.add(store, "contact", {"full_name": "Amina", "organization_id": other.id})
    meeting = records.add(
        store,
        "meeting",
        {"title": "Food", "start": "2026-11-20T10:00Z", "organization_ids": [other.id, keep.id]},
    )
    found = plan(store, kind="org", keep_id=keep.id, other_id=other.id)
    assert dict(found.moves.counts) == {Kind.ORG: 1, Kind.CONTACT: 1, Kind.MEETING: 1}

    done = record_merge.merge(store, kind="org", keep_id=keep.id, other_id=other.id)

    assert (done.moved, done.taken) == (3, ("acronym",))
    assert records.get(store, "org", keep.id).acronym == "WFP"  # type: ignore[attr-defined]
    assert records.get(store, "org", child.id).parent_id == keep.id  # type: ignore[attr-defined]
    assert records.get(store, "contact", contact.id).organization_id == keep.id  # type: ignore[attr-defined]
    assert records.get(store, "meeting", meeting.id).organization_ids == [keep.id]  # type: ignore[attr-defined]
    with pytest.raises(NotFoundError):
        records.get(store, "org", other.id)


def test_given_a_record_merged_into_another_when_merged_further_then_the_chain_is_followed(
    store: Store,
) -> None:
    a, b, c = (records.add(store, "org", {"name": n}) for n in ("UNHCR Goma", "UNHCR", "HCR"))
    record_merge.merge(store, kind="org", keep_id=b.id, other_id=a.id)

    record_merge.merge(store, kind="org", keep_id=c.id, other_id=b.id)

    assert [o.id for o in records.list_records(store, "org")] == [c.id]
    assert {m.record_id for m in record_merge.merged_into(store, kind="org", record_id=c.id)} == {a.id, b.id}


def test_given_a_merge_undone_then_the_record_is_back_and_restore_is_refused_while_merged(
    store: Store,
) -> None:
    keep = records.add(store, "contact", {"full_name": "Jean Mukendi"})
    other = records.add(store, "contact", {"full_name": "Jean Mukendi Jr", "position": "Nephew"})
    record_merge.merge(store, kind="contact", keep_id=keep.id, other_id=other.id)
    with pytest.raises(ValidationError) as refused:
        records.restore(store, "contact", other.id)
    assert refused.value.rule is Rule.MERGED_AWAY

    record_merge.unmerge(store, kind="contact", record_id=other.id[:8])

    assert records.get(store, "contact", other.id).position == "Nephew"  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as again:
        record_merge.unmerge(store, kind="contact", record_id=other.id)
    assert again.value.rule is Rule.NOT_MERGED


@pytest.mark.parametrize("marked", ["keep", "other"])
def test_given_a_do_not_share_record_on_either_side_then_the_merge_is_refused(
    store: Store, marked: str
) -> None:
    pair = {
        side: records.add(store, "contact", {"full_name": "Source", "do_not_share": side == marked})
        for side in ("keep", "other")
    }

    with pytest.raises(ValidationError) as refused:
        record_merge.merge(store, kind="contact", keep_id=pair["keep"].id, other_id=pair["other"].id)

    assert refused.value.rule is Rule.MERGE_PROTECTED
    assert len(records.list_records(store, "contact")) == 2


def test_given_a_protected_contact_of_a_merged_organization_then_it_moves_without_being_shared(
    store: Store,
) -> None:
    keep, other = records.add(store, "org", {"name": "ICRC"}), records.add(store, "org", {"name": "CICR"})
    source = records.add(
        store, "contact", {"full_name": "Source", "organization_id": other.id, "do_not_share": True}
    )

    record_merge.merge(store, kind="org", keep_id=keep.id, other_id=other.id)

    assert records.get(store, "contact", source.id).organization_id == keep.id  # type: ignore[attr-defined]
    with store.session() as s:
        bodies = [bytes(b) for (b,) in s.connection().exec_driver_sql("SELECT body FROM sync_changeset")]
    assert all(op.record_id != source.id for b in bodies for op in ChangesetBody.decode(b).ops)
