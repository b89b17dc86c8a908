"""Records marked "do not share" never leave the device: not when created, edited or deleted,
not in a full bundle. Marking a shared record sends only the mark; clearing it shares the
whole record. A mark is lifted only by the device that set it: another device's "false",
concurrent or not, later clock or not, never makes the record shareable. Each test looks
inside the bundle itself (decrypted as its recipient would), not only at what the recipient
ends up with."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.errors import NotFoundError, Rule, ValidationError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import stored_body
from sync.capture import RecordChange, capture
from sync.changeset import DELETED
from tests.sync.conftest import Factory, bundle_for, introduce, send
from tests.sync.support import items_in

SOURCE = "Amina Okafor"  # a protected source: her name must never be in a bundle
SECRET_NOTE = "meets us behind the market on Thursdays"


def bundle_bytes(path: Path, recipient: Store) -> bytes:
    """Every decrypted changeset of a bundle, concatenated, to search for text."""
    return b"".join(item for _, item in items_in(path, recipient))


def own_changesets(store: Store) -> bytes:
    """Every changeset this device ever captured, concatenated (what any bundle could send)."""
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ?", (store.author.device_id,)
        )
        return b"".join(stored_body.unpack(body) for (body,) in rows)  # as signed, not as kept


def contact_fields(path: Path, recipient: Store, contact_id: str) -> list[set[str]]:
    """For each changeset in the bundle touching the contact, the fields it sets."""
    found = []
    for body, _ in items_in(path, recipient):
        touched = {op.field for op in body.ops if op.record_id == contact_id}
        if touched:
            found.append(touched)
    return found


def exchange(anna: Store, hq: Store) -> None:
    """A round both ways, so that Anna knows what HQ holds and her next bundle is only news."""
    send(anna, hq)
    send(hq, anna)


@pytest.fixture
def anna_hq(device: Factory) -> tuple[Store, Store]:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    return anna, hq


@pytest.mark.parametrize("full", [False, True], ids=["incremental bundle", "full bundle"])
def test_given_a_contact_created_do_not_share_then_no_bundle_carries_it(
    anna_hq: tuple[Store, Store], full: bool
) -> None:
    anna, hq = anna_hq
    records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Logistics Officer"})
    source = records.add(anna, "contact", {"full_name": SOURCE, "notes": SECRET_NOTE, "do_not_share": True})
    path = bundle_for(anna, hq, full=full)
    carried = bundle_bytes(path, hq)
    assert b"Jean Mukendi" in carried  # the bundle does carry the shared contact
    for secret in (SOURCE, SECRET_NOTE, source.id):
        assert secret.encode() not in carried
    syncing.import_bundle(hq, path)
    assert [c.full_name for c in records.list_records(hq, "contact")] == ["Jean Mukendi"]  # type: ignore[attr-defined]
    assert SOURCE not in dump.dump_json(hq)
    with pytest.raises(NotFoundError):
        records.get(hq, "contact", source.id)


def test_given_a_do_not_share_contact_when_edited_and_deleted_then_nothing_of_it_leaves(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    source = records.add(anna, "contact", {"full_name": SOURCE, "do_not_share": True})
    records.edit(anna, "contact", source.id, {"notes": SECRET_NOTE, "position": "Market trader"})
    records.edit(anna, "contact", source.id, {"tags": ["source"]})
    records.delete_record(anna, "contact", source.id)
    records.add(anna, "org", {"name": "Market traders' association"})
    assert source.id.encode() not in own_changesets(anna), "change capture recorded the contact"
    path = bundle_for(anna, hq, full=True)
    assert source.id.encode() not in bundle_bytes(path, hq)
    syncing.import_bundle(hq, path)
    assert dump.dump_json(hq).count('"full_name"') == 0
    assert "Market traders' association" in dump.dump_json(hq)


def test_given_a_shared_contact_when_marked_do_not_share_then_only_the_mark_is_sent(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Logistics Officer"})
    exchange(anna, hq)
    records.edit(
        anna,
        "contact",
        jean.id,
        {"do_not_share": True, "position": "Informant handler", "notes": SECRET_NOTE},
    )
    path = bundle_for(anna, hq)
    assert contact_fields(path, hq, jean.id) == [{"do_not_share", DELETED}]
    carried = bundle_bytes(path, hq)
    assert b"Informant handler" not in carried and SECRET_NOTE.encode() not in carried
    syncing.import_bundle(hq, path)
    on_hq = records.get(hq, "contact", jean.id)
    assert on_hq.do_not_share is True  # type: ignore[attr-defined]
    assert (on_hq.position, on_hq.notes) == ("Logistics Officer", "")  # type: ignore[attr-defined]


def test_given_a_contact_marked_do_not_share_then_later_edits_stay_on_the_device(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Logistics Officer"})
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"position": "Informant handler"})
    records.edit(anna, "contact", jean.id, {"notes": SECRET_NOTE})
    path = bundle_for(anna, hq)
    assert contact_fields(path, hq, jean.id) == []
    syncing.import_bundle(hq, path)
    assert records.get(hq, "contact", jean.id).position == "Logistics Officer"  # type: ignore[attr-defined]


def test_given_the_mark_cleared_then_the_whole_record_is_shared_including_edits_made_meanwhile(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Logistics Officer"})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    records.edit(anna, "contact", jean.id, {"position": "Head of Logistics", "tags": ["convoys"]})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": False})
    path = bundle_for(anna, hq)
    (fields,) = contact_fields(path, hq, jean.id)
    assert {"full_name", "position", "tags", "notes", "do_not_share"} <= fields
    syncing.import_bundle(hq, path)
    assert records.get(hq, "contact", jean.id).position == "Head of Logistics"  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_a_contact_created_do_not_share_when_the_mark_is_cleared_then_the_peer_gets_it_whole(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    contact = records.add(anna, "contact", {"full_name": "Jean Mukendi", "do_not_share": True})
    records.edit(anna, "contact", contact.id, {"position": "Logistics Officer", "languages": ["French"]})
    send(anna, hq)
    records.edit(anna, "contact", contact.id, {"do_not_share": False})
    counts = send(anna, hq)
    assert (counts.applied, counts.pending) == (1, 0)
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_a_conflict_on_a_do_not_share_contact_when_resolved_then_its_private_edit_does_not_leave(
    anna_hq: tuple[Store, Store],
) -> None:
    """Anna changes Jean's position (shared), then marks him and edits privately; HQ had
    changed the position concurrently. Keeping Anna's side must not send her private value."""
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", jean.id, {"position": "Logistics Officer"})
    records.edit(hq, "contact", jean.id, {"position": "Head of Logistics"})
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    records.edit(anna, "contact", jean.id, {"position": "Informant handler"})
    send(hq, anna)
    (conflict,) = syncing.conflicts(anna)
    syncing.resolve_conflict(anna, conflict.id, keep="local")
    assert b"Informant handler" not in bundle_bytes(bundle_for(anna, hq, full=True), hq)


def test_given_a_private_edit_when_a_peers_concurrent_edit_arrives_then_the_private_edit_is_not_lost(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    send(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    records.edit(anna, "contact", jean.id, {"position": "Informant handler"})
    records.edit(hq, "contact", jean.id, {"position": "Head of Logistics"})  # before HQ learns the mark
    send(hq, anna)
    kept = records.get(anna, "contact", jean.id).position == "Informant handler"  # type: ignore[attr-defined]
    in_conflict = any(
        v.value == "Informant handler"
        for c in syncing.conflicts(anna, include_resolved=True)
        for v in c.values
    )
    assert kept or in_conflict, "Anna's private edit vanished without a trace"


# --- one save that marks and edits behaves like two saves -------------------------------------


@pytest.mark.parametrize("saves", ["one save", "two saves"])
def test_given_one_save_marking_and_editing_notes_when_a_peer_edits_them_then_the_private_note_is_kept(
    anna_hq: tuple[Store, Store], saves: str
) -> None:
    """Marking and editing in one save (as the GUI's editor does) must leave the private
    note standing up to a peer's note edit exactly as two saves do: as a conflict, with the
    private value kept, and still never in a bundle."""
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi", "notes": "Drives for WFP"})
    exchange(anna, hq)
    if saves == "one save":
        records.edit(anna, "contact", jean.id, {"do_not_share": True, "notes": SECRET_NOTE})
    else:
        records.edit(anna, "contact", jean.id, {"do_not_share": True})
        records.edit(anna, "contact", jean.id, {"notes": SECRET_NOTE})
    records.edit(hq, "contact", jean.id, {"notes": "Moved to Bukavu"})  # later, before HQ learns the mark
    send(hq, anna)
    (conflict,) = syncing.conflicts(anna)
    assert (conflict.record_id, conflict.field) == (jean.id, "notes")
    assert {v.value for v in conflict.values} == {SECRET_NOTE, "Moved to Bukavu"}
    assert SECRET_NOTE.encode() not in bundle_bytes(bundle_for(anna, hq, full=True), hq)


# --- a mark is lifted only by the device that set it ------------------------------------------


def forged_lift(store: Store, contact_id: str) -> None:
    """What a compromised or buggy release could sign: "do_not_share = false" for a contact,
    written straight into change capture (this release's services refuse to write it)."""
    with store.session() as s:
        lift = RecordChange("contact", contact_id, {"do_not_share": False})
        capture(s.connection(), store.writer(), [lift])
        s.commit()


def assert_still_private(anna: Store, hq: Store, contact_id: str) -> None:
    """Anna's contact shows the mark, and her next edit of it stays on her laptop (a bundle
    may carry the mark itself, nothing more)."""
    assert records.get(anna, "contact", contact_id).do_not_share is True  # type: ignore[attr-defined]
    records.edit(anna, "contact", contact_id, {"notes": SECRET_NOTE})
    path = bundle_for(anna, hq)
    assert SECRET_NOTE.encode() not in bundle_bytes(path, hq)
    assert all(fields <= {"do_not_share", DELETED} for fields in contact_fields(path, hq, contact_id))


@pytest.mark.parametrize("seen", [False, True], ids=["concurrent false", "false after seeing the mark"])
def test_given_a_contact_marked_here_when_a_peers_false_with_a_later_clock_arrives_then_it_stays_private(
    anna_hq: tuple[Store, Store], seen: bool
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    if seen:
        send(anna, hq)
    forged_lift(hq, jean.id)  # HQ's clock is later than Anna's mark in both cases
    send(hq, anna)
    assert syncing.conflicts(anna) == []  # another device's decision is not a dispute to resolve
    assert_still_private(anna, hq, jean.id)


def test_given_a_peers_false_for_a_mark_it_did_not_set_then_every_device_keeps_the_mark(
    device: Factory,
) -> None:
    """The rule is the same everywhere, so devices converge: Cara, who never marked the
    contact, also keeps Anna's mark after HQ relays both the mark and HQ's forged false."""
    anna, hq, cara = device("Anna"), device("HQ", role="hq"), device("Cara")
    introduce(anna, hq)
    introduce(cara, hq)
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    send(hq, cara)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    send(anna, hq)
    forged_lift(hq, jean.id)
    send(hq, cara)
    send(hq, anna)
    for store in (anna, cara):
        assert records.get(store, "contact", jean.id).do_not_share is True  # type: ignore[attr-defined]
    assert dump.dump_json(anna) == dump.dump_json(cara)


def test_given_a_contact_marked_by_another_device_when_cleared_here_then_it_is_refused_and_nothing_changes(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    send(anna, hq)
    records.edit(hq, "contact", jean.id, {"position": "Head of Logistics"})  # stays on HQ's laptop
    with pytest.raises(ValidationError) as refused:
        records.edit(hq, "contact", jean.id, {"do_not_share": False, "notes": "shared again"})
    assert (refused.value.field, refused.value.rule) == ("do_not_share", Rule.MARKED_ELSEWHERE)
    assert refused.value.params["by"] == ("Anna",)
    on_hq = records.get(hq, "contact", jean.id)
    assert (on_hq.do_not_share, on_hq.notes) == (True, "")  # type: ignore[attr-defined]
    path = bundle_for(hq, anna)
    assert b"Head of Logistics" not in bundle_bytes(path, anna)
    assert contact_fields(path, anna, jean.id) == []


def test_given_a_peers_false_when_the_marking_device_lifts_its_mark_then_the_contact_is_shared_again(
    anna_hq: tuple[Store, Store],
) -> None:
    anna, hq = anna_hq
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    forged_lift(hq, jean.id)
    send(hq, anna)
    records.edit(anna, "contact", jean.id, {"position": "Head of Logistics"})
    records.edit(anna, "contact", jean.id, {"do_not_share": False})
    send(anna, hq)
    on_hq = records.get(hq, "contact", jean.id)
    assert (on_hq.do_not_share, on_hq.position) == (False, "Head of Logistics")  # type: ignore[attr-defined]
    assert dump.dump_json(hq) == dump.dump_json(anna)


def test_given_two_devices_marked_a_contact_then_it_is_shared_only_once_both_have_lifted_their_marks(
    device: Factory,
) -> None:
    anna, hq, cara = device("Anna"), device("HQ", role="hq"), device("Cara")
    introduce(anna, hq)
    introduce(cara, hq)
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    send(hq, cara)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    records.edit(cara, "contact", jean.id, {"do_not_share": True})  # without knowing of Anna's
    send(cara, hq)
    records.edit(anna, "contact", jean.id, {"do_not_share": False})  # Anna has not seen Cara's mark
    send(anna, hq)
    assert records.get(hq, "contact", jean.id).do_not_share is True  # type: ignore[attr-defined]
    send(hq, anna)
    assert records.get(anna, "contact", jean.id).do_not_share is True  # type: ignore[attr-defined]
    assert syncing.conflicts(anna) == [] and syncing.conflicts(hq) == []
    send(hq, cara)
    records.edit(cara, "contact", jean.id, {"do_not_share": False})
    send(cara, hq)
    send(hq, anna)
    for store in (anna, hq, cara):
        assert records.get(store, "contact", jean.id).do_not_share is False  # type: ignore[attr-defined]


def test_given_a_lift_beside_another_mark_when_a_conflict_is_resolved_keeping_the_lift_then_the_mark_stays(
    device: Factory,
) -> None:
    """Resolving keeps the kept operation's value in its sibling conflicts; a lift is a whole-
    record operation, but another device's mark beside it is no conflict and must not go."""
    anna, hq, cara = device("Anna"), device("HQ", role="hq"), device("Cara")
    introduce(anna, hq)
    introduce(cara, hq)
    jean = records.add(anna, "contact", {"full_name": "Jean Mukendi"})
    exchange(anna, hq)
    send(hq, cara)
    records.edit(anna, "contact", jean.id, {"do_not_share": True})
    records.edit(cara, "contact", jean.id, {"do_not_share": True})
    records.edit(anna, "contact", jean.id, {"position": "Logistics Officer"})  # private
    records.edit(anna, "contact", jean.id, {"do_not_share": False})  # before Cara's mark arrives
    records.edit(hq, "contact", jean.id, {"position": "Head of Logistics"})  # before either mark arrives
    send(cara, hq)
    send(anna, hq)
    assert records.get(hq, "contact", jean.id).do_not_share is True  # type: ignore[attr-defined]
    (conflict,) = syncing.conflicts(hq)
    assert conflict.field == "position"
    kept = next(v for v in conflict.values if v.origin == anna.author.device_id)
    syncing.resolve_conflict(hq, conflict.id, keep="remote" if kept.winner is False else "local")
    assert records.get(hq, "contact", jean.id).do_not_share is True  # type: ignore[attr-defined]
    records.edit(hq, "contact", jean.id, {"notes": SECRET_NOTE})
    assert SECRET_NOTE.encode() not in bundle_bytes(bundle_for(hq, anna), anna)
