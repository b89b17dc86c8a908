"""Records shared with HQ only: they reach HQ and, from HQ, no other officer, in every kind of
export (scope all, scope area, --full, a folder), while everything else still converges."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync import peers
from sync.bundle import kem_private_key, open_bundle
from tests.sync.conftest import Factory, bundle_for, introduce, send
from tests.sync.support import items_in

SECRET = "Informant Kabila"


def _ids(store: Store, kind: str) -> set[str]:
    return {r.id for r in records.list_records(store, kind)}


def _header(path: Path, recipient: Store) -> dict[str, Any]:
    with recipient.session() as s:
        conn = s.connection()
        with open_bundle(
            path,
            my_device_id=recipient.author.device_id,
            my_kem_private=kem_private_key(recipient.identity),
            trusted_signing_key_lookup=lambda device: peers.signing_key(conn, device),
        ) as opened:
            return dict(opened.header)


def _carried(path: Path, recipient: Store) -> bytes:
    return b"".join(item for _, item in items_in(path, recipient))


def _without(document: dict[str, Any], ids: set[str]) -> dict[str, Any]:
    return {
        k: [r for r in v if r["id"] not in ids] if isinstance(v, list) else v for k, v in document.items()
    }


class Mission:
    """Anna and Bert in the field, HQ between them. Anna writes a contact for HQ only, between
    two ordinary records, so her later changesets depend on the one HQ must keep."""

    def __init__(self, device: Factory) -> None:
        self.anna, self.bert, self.hq = device("Anna"), device("Bert"), device("HQ", role="hq")
        introduce(self.anna, self.hq)
        introduce(self.bert, self.hq)
        self.before = records.add(self.anna, "org", {"name": "UNHCR"}).id
        self.secret = records.add(self.anna, "contact", {"full_name": SECRET, "sharing": "hq"}).id
        self.after = records.add(self.anna, "contact", {"full_name": "Amina Diallo"}).id
        send(self.anna, self.hq)


def test_given_an_hq_only_contact_then_it_reaches_hq(device: Factory) -> None:
    m = Mission(device)
    assert {m.secret, m.after} <= _ids(m.hq, "contact")
    assert records.get(m.hq, "contact", m.secret).sharing == "hq"  # type: ignore[attr-defined]


def test_given_an_hq_only_contact_then_hq_relays_everything_else_to_another_officer_and_never_it(
    device: Factory,
) -> None:
    m = Mission(device)
    path = bundle_for(m.hq, m.bert)
    assert SECRET.encode() not in _carried(path, m.bert)
    assert _header(path, m.bert)["omitted"] == {m.anna.author.device_id: [[2, 2]]}
    counts = syncing.import_bundle(m.bert, path).counts
    assert counts.pending == 0 and counts.rejected == 0  # what depends on it merges
    assert _ids(m.bert, "contact") == {m.after} and _ids(m.bert, "org") == {m.before}


def test_given_an_hq_only_contact_then_a_full_export_and_an_area_export_leave_it_out_too(
    device: Factory,
) -> None:
    m = Mission(device)
    full = bundle_for(m.hq, m.bert, full=True)
    assert SECRET.encode() not in _carried(full, m.bert)
    area = m.hq.directory.parent / "area.liaison"
    syncing.export_bundle(m.hq, to=[m.bert.author.device_id], path=area, scope=syncing.Scope.AREA)
    assert SECRET.encode() not in _carried(area, m.bert)
    assert syncing.import_bundle(m.bert, full).counts.pending == 0
    assert m.secret not in _ids(m.bert, "contact")


def test_given_hq_edits_an_hq_only_contact_then_its_author_gets_the_edit_and_nobody_else(
    device: Factory,
) -> None:
    m = Mission(device)
    records.edit(m.hq, "contact", m.secret, {"position": "Village chief"})
    send(m.hq, m.anna)
    assert records.get(m.anna, "contact", m.secret).position == "Village chief"  # type: ignore[attr-defined]
    send(m.hq, m.bert)
    assert m.secret not in _ids(m.bert, "contact")


def test_given_an_organization_for_hq_only_then_its_contacts_stay_with_it(device: Factory) -> None:
    m = Mission(device)
    org = records.add(m.anna, "org", {"name": "Militia liaison cell", "sharing": "hq"}).id
    member = records.add(m.anna, "contact", {"full_name": "Pierre Ndala", "organization_id": org}).id
    later = records.add(m.anna, "action", {"title": "Call the cluster"}).id
    send(m.anna, m.hq)
    counts = send(m.hq, m.bert)
    assert counts.pending == 0 and counts.rejected == 0
    assert org not in _ids(m.bert, "org") and member not in _ids(m.bert, "contact")
    assert later in _ids(m.bert, "action")


def test_given_a_field_device_exporting_to_another_then_the_gap_it_leaves_is_closed_by_hq(
    device: Factory,
) -> None:
    m = Mission(device)
    introduce(m.anna, m.bert)
    path = bundle_for(m.anna, m.bert)
    assert SECRET.encode() not in _carried(path, m.bert)
    assert syncing.import_bundle(m.bert, path).counts.pending == 1  # waits for number 2
    counts = send(m.hq, m.bert)  # HQ's bundle says number 2 was left out on purpose
    assert counts.pending == 0
    assert _ids(m.bert, "contact") == {m.after}


def test_given_a_folder_exchange_then_the_hq_only_contact_never_reaches_the_other_officer(
    device: Factory, tmp_path: Path
) -> None:
    m = Mission(device)
    share = tmp_path / "share"
    share.mkdir()
    for store in (m.hq, m.bert, m.hq, m.bert):
        syncing.sync_folder(store, share)
    assert _ids(m.bert, "contact") == {m.after}
    for bundle in share.rglob("*"):
        if bundle.is_file():
            assert SECRET.encode() not in bundle.read_bytes()  # encrypted, and never in it anyway


def test_given_everything_exchanged_then_the_other_officer_holds_what_hq_holds_but_the_hq_only_records(
    device: Factory,
) -> None:
    m = Mission(device)
    send(m.hq, m.bert)
    records.add(m.bert, "meeting", {"title": "Coordination", "start": "2026-11-20T10:00+01:00"})
    records.edit(m.bert, "contact", m.after, {"position": "Protection officer"})
    send(m.bert, m.hq)
    send(m.hq, m.bert)
    send(m.hq, m.anna)
    assert dump.dump(m.bert) == _without(dump.dump(m.hq), {m.secret})
    assert dump.dump(m.anna) == dump.dump(m.hq)


def test_given_a_record_moved_from_mission_to_hq_then_what_travelled_stays_and_later_edits_do_not(
    device: Factory,
) -> None:
    m = Mission(device)
    send(m.hq, m.bert)
    records.edit(m.anna, "contact", m.after, {"sharing": "hq"})
    records.edit(m.anna, "contact", m.after, {"position": "Source"})
    send(m.anna, m.hq)
    send(m.hq, m.bert)
    kept = records.get(m.bert, "contact", m.after)
    assert kept.position == "" and kept.sharing == "mission"  # type: ignore[attr-defined]


def test_given_one_changeset_writing_an_hq_only_record_and_another_then_both_stay_out_with_their_edits(
    device: Factory,
) -> None:
    m = Mission(device)
    with records.batch(m.anna) as writes:  # one changeset, as an import would write
        writes.add("contact", {"full_name": "Chief Mwami", "sharing": "hq"})
        together = writes.add("org", {"name": "Village committee"}).id
    records.edit(m.anna, "org", together, {"acronym": "VC"})
    send(m.anna, m.hq)
    counts = send(m.hq, m.bert)
    assert counts.pending == 0 and counts.rejected == 0
    assert together not in _ids(m.bert, "org")


def test_given_a_record_moved_back_to_mission_then_what_was_left_out_reaches_the_other_officer(
    device: Factory,
) -> None:
    m = Mission(device)
    send(m.hq, m.bert)
    send(m.bert, m.hq)  # Bert says what he was left without
    records.edit(m.anna, "contact", m.secret, {"sharing": "mission", "position": "Village chief"})
    send(m.anna, m.hq)
    counts = send(m.hq, m.bert)
    assert counts.pending == 0 and counts.rejected == 0
    moved = records.get(m.bert, "contact", m.secret)
    assert (moved.full_name, moved.position) == (SECRET, "Village chief")  # type: ignore[attr-defined]
    assert dump.dump(m.bert) == dump.dump(m.hq)


def test_given_a_recipient_on_protocol_1_then_hq_still_leaves_the_hq_only_changeset_out_unnamed(
    device: Factory,
) -> None:
    m = Mission(device)
    with m.hq.session() as s:  # as HQ knows an officer still on 0.1.0: its card lists protocol 1
        s.connection().exec_driver_sql(
            "UPDATE sync_peer SET protocols = '[1]' WHERE device_id = ?", (m.bert.author.device_id,)
        )
        s.commit()
    path = bundle_for(m.hq, m.bert)
    assert SECRET.encode() not in _carried(path, m.bert)
    assert "omitted" not in _header(path, m.bert)  # 0.1.0 could not read it
    carried = {(b.origin, b.seq) for b, _ in items_in(path, m.bert)}
    assert (m.anna.author.device_id, 2) not in carried and (m.anna.author.device_id, 3) in carried
