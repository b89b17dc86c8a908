"""Which stored changesets touch a record: entered wherever a changeset is stored (a local
write, a bulk write, a received one, the demo generator, the upgrade of an older store), and
always what decoding every stored body would say."""

from __future__ import annotations

import shutil
from pathlib import Path

from liaison_app import profile
from liaison_app.demo import generate, scale
from liaison_app.services import records
from liaison_app.store import Store
from sync import record_changes
from sync.changeset import ChangesetBody
from tests.sync.conftest import Factory, introduce, send

FIXTURE = Path(__file__).parents[1] / "interop" / "fixtures_0_1_0"


def _decoded_truth(store: Store) -> dict[str, list[tuple[str, int]]]:
    """Per record, the changesets whose decoded operations touch it: the slow way."""
    truth: dict[str, set[tuple[str, int]]] = {}
    with store.session() as s:
        rows = s.connection().exec_driver_sql("SELECT origin, seq, body FROM sync_changeset")
        for origin, seq, body in rows:
            for op in ChangesetBody.decode(bytes(body)).ops:
                truth.setdefault(op.record_id, set()).add((str(origin), int(seq)))
    return {record_id: sorted(found) for record_id, found in truth.items()}


def _indexed(store: Store) -> dict[str, list[tuple[str, int]]]:
    with store.session() as s:
        conn = s.connection()
        ids = [str(r) for (r,) in conn.exec_driver_sql("SELECT DISTINCT record_id FROM sync_record_change")]
        return {record_id: record_changes.changesets_touching(conn, record_id) for record_id in ids}


def test_given_local_edits_one_by_one_and_in_bulk_then_each_record_lists_the_changesets_that_touched_it(
    device: Factory,
) -> None:
    store = device("Ana")
    org = records.add(store, "org", {"name": "WFP"})
    contact = records.add(store, "contact", {"full_name": "Amina Haddad", "organization_id": org.id})
    records.edit(store, "contact", contact.id, {"position": "Head of office"})
    with records.batch(store) as bulk:
        for n in range(12):
            bulk.add("org", {"name": f"NGO {n}"})
    records.delete_record(store, "contact", contact.id)

    indexed = _indexed(store)

    assert indexed == _decoded_truth(store)
    assert len(indexed[contact.id]) == 3  # created, edited, deleted
    assert len(indexed[org.id]) == 1  # naming it from the contact does not touch it


def test_given_changesets_received_from_a_peer_then_they_are_listed_on_the_receiving_device(
    device: Factory,
) -> None:
    ana, hq = device("Ana"), device("HQ", role="hq")
    introduce(ana, hq)
    contact = records.add(ana, "contact", {"full_name": "Amina Haddad"})
    records.edit(ana, "contact", contact.id, {"notes": "met twice"})

    send(ana, hq)

    with hq.session() as s:
        assert len(record_changes.changesets_touching(s.connection(), contact.id)) == 2
    assert _indexed(hq) == _decoded_truth(hq)


def test_given_demo_data_of_a_month_and_of_hq_scale_then_the_generated_changesets_are_listed(
    device: Factory,
) -> None:
    month, hq = device("Ana"), device("HQ", role="hq")
    generate(month, seed=3)
    scale.generate(hq, scale.scaled(scale.PROFILES["hq"], 0.002), seed=3)

    assert _indexed(month) == _decoded_truth(month)
    assert _indexed(hq) == _decoded_truth(hq)


def test_given_a_0_1_0_store_when_upgraded_then_its_stored_changesets_are_listed(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE / "hq-profile", tmp_path / "hq")
    store = profile.unlock(tmp_path / "hq", "correct horse battery")
    try:
        indexed = _indexed(store)
        assert indexed and indexed == _decoded_truth(store)
    finally:
        store.close()
