"""Records marked "do not share" never leave the device: not when created, edited or deleted,
not in a full bundle. Marking a shared record sends only the mark; clearing it shares the
whole record. Each test looks inside the bundle itself (decrypted as its recipient would),
not only at what the recipient ends up with."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison_app.errors import NotFoundError
from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
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
        return b"".join(bytes(body) for (body,) in rows)


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
