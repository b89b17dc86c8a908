"""What each write service says it changed, so the GUI refreshes only what concerns it."""

from __future__ import annotations

from collections.abc import Callable

from liaison_app.changes import NOTHING, Changes
from liaison_app.kinds import Kind
from liaison_app.services import actions, listing, records, sync_view
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store
from tests.sync.conftest import introduce


def test_an_edit_names_its_kind_and_record_and_that_there_is_something_to_send(store: Store) -> None:
    contact = records.add(store, "contact", {"full_name": "Jean Mukendi"})

    written = records.edit_op(store, "contact", contact.id, {"position": "Driver"})

    assert written.record.position == "Driver"  # type: ignore[attr-defined]
    assert written.changes == Changes(
        kinds=frozenset({Kind.CONTACT}), ids=frozenset({contact.id}), outgoing=True
    )
    assert not written.changes.membership and not written.changes.conflicts and not written.changes.trash


def test_an_edit_that_writes_nothing_changes_nothing(store: Store) -> None:
    contact = records.add(store, "contact", {"full_name": "Jean Mukendi"})

    written = records.edit_op(store, "contact", contact.id, {"full_name": "Jean Mukendi"})

    assert written.changes == NOTHING and not written.changes.any


def test_add_delete_and_restore_move_the_counts_and_delete_and_restore_the_trash(store: Store) -> None:
    added = records.add_op(store, "org", {"name": "WFP"})
    deleted = records.delete_op(store, "org", added.record.id)
    restored = records.restore_op(store, "org", added.record.id)

    assert added.changes.membership and not added.changes.trash
    assert deleted.changes.membership and deleted.changes.trash
    assert restored.changes.membership and restored.changes.trash
    assert {added.changes.ids, deleted.changes.ids, restored.changes.ids} == {frozenset({added.record.id})}


def test_a_status_change_is_an_action_edit(store: Store) -> None:
    action = records.add(store, "action", {"title": "Recce the route"})

    written = actions.set_status_op(store, action.id, "done")

    assert written.changes.touches("action") and not written.changes.touches("contact")


def test_merging_keeps_every_flag_and_unknown_ids_stay_unknown() -> None:
    save = Changes.records("contact", ["a"])
    delete = Changes.records("org", ["b"], membership=True, trash=True)

    both = save.merge(delete)

    assert both.kinds == {Kind.CONTACT, Kind.ORG} and both.ids == frozenset({"a", "b"})
    assert both.membership and both.trash and both.outgoing and not both.sync
    assert save.merge(Changes.everything()).ids is None


def test_everything_concerns_every_kind_and_every_flag() -> None:
    everything = Changes.everything()

    assert everything.kinds == frozenset(Kind) and everything.ids is None
    assert everything.conflicts and everything.trash and everything.sync and everything.preferences


def test_the_status_summary_counts_a_local_save_as_one_more_to_send_without_recounting(
    device: Callable[..., Store],
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    before = sync_view.summary(anna)
    records.add(anna, "contact", {"full_name": "Amina Haddad"})
    records.add(anna, "contact", {"full_name": "Jonas Keller"})

    after = sync_view.after_local_writes(anna, before)

    assert before.outgoing == (("HQ (hq-laptop)", 1),) and before.hq_lacking == 1
    assert after.outgoing == (("HQ (hq-laptop)", 3),) and after.hq_lacking == 3
    assert after == sync_view.summary(anna)  # what a full recount says


def test_a_written_record_is_placed_where_the_whole_list_would_show_it(store: Store) -> None:
    for name in ("Amina", "Fatima", "Jonas", "Samir"):
        records.add(store, "contact", {"full_name": name})
    query = ListQuery("contact")
    ordered = listing.ordered_ids(store, query)
    grace = records.add(store, "contact", {"full_name": "Grace"})

    at = listing.position(store, query, grace.id, ordered)

    assert at == 2
    assert [*ordered[:2], grace.id, *ordered[2:]] == listing.ordered_ids(store, query)


def test_a_renamed_record_is_placed_among_the_others_and_a_filtered_out_one_is_not_listed(
    store: Store,
) -> None:
    ids = [records.add(store, "contact", {"full_name": n}).id for n in ("Amina", "Fatima", "Jonas")]
    query = ListQuery("contact")
    ordered = listing.ordered_ids(store, query)
    records.edit(store, "contact", ids[0], {"full_name": "Zainab"})

    assert listing.position(store, query, ids[0], ordered, skip=ordered.index(ids[0])) == 2
    blocked = ListQuery("contact", filters={"do_not_contact": ""})
    assert listing.position(store, blocked, ids[0], []) is None
