"""Purge that travels (issue 13, docs/SYNC.md "Purge"): a purge on one device removes the
record, its search hits, its history and its conflict values on every device after
exchange, and no bundle written before the purge, from any device, brings it back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from db.models import Organization
from liaison_app.errors import BundleRefusedError
from liaison_app.services import record_purge, records, search, syncing
from liaison_app.services.dump import dump_json
from liaison_app.store import Store
from sync import stored_body
from sync.changeset import ChangesetBody
from sync.refusals import RefusalReason
from tests.sync.conftest import Factory, bundle_for, introduce, send

SECRET = "Zanzibar-7731"  # a word that appears in the purged record only


def _traces(store: Store, record_id: str) -> dict[str, int]:
    """How many rows of each place that could hold the record still name it."""
    with store.session() as s:
        conn = s.connection()
        found = {
            table: int(
                conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} WHERE {column} = ?", (record_id,)
                ).scalar_one()
            )
            for table, column in (
                ("contact", "id"),
                ("sync_heads", "record_id"),
                ("sync_resolved_conflict", "record_id"),
                ("search_doc", "record_id"),
            )
        }
        found["changeset bodies"] = sum(
            SECRET.encode() in stored_body.unpack(body)
            for (body,) in conn.exec_driver_sql("SELECT body FROM sync_changeset")
        )
    return found


_NONE = {"contact": 0, "sync_heads": 0, "sync_resolved_conflict": 0, "search_doc": 0, "changeset bodies": 0}


def _shared_contact(device: Factory) -> tuple[Store, Store, Store, str, str]:
    """Anna, Bert and HQ hold a contact with a resolved and an open conflict on it, and an
    organization Anna and Bert both know that must survive."""
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    org = records.add(anna, "org", {"name": "Water Board"}).id
    person = records.add(anna, "contact", {"full_name": f"Amina {SECRET}", "organization_id": org}).id
    send(anna, hq)
    send(hq, bert)
    records.edit(anna, "contact", person, {"position": f"Mayor {SECRET}"})
    records.edit(bert, "contact", person, {"position": f"Governor {SECRET}"})  # concurrent: a conflict
    send(anna, hq)
    send(bert, hq)
    send(hq, anna)
    send(hq, bert)
    assert syncing.conflicts(hq), "the scene needs a conflict on the contact"
    return anna, bert, hq, person, org


def test_given_a_contact_on_three_devices_when_anna_purges_it_then_after_exchange_no_device_holds_any_of_it(
    device: Factory,
) -> None:
    anna, bert, hq, person, org = _shared_contact(device)

    done = record_purge.purge(anna, "contact", [person], reason="subject asked")
    send(anna, hq)
    send(hq, bert)

    assert done.ids == (person,)
    for store in (anna, bert, hq):
        assert _traces(store, person) == _NONE, store.author.officer
        assert search.search(store, SECRET) == []
        assert not [c for c in syncing.conflicts(store, include_resolved=True) if c.record_id == person]
        assert [r.id for r in records.list_records(store, "org")] == [org]
    assert dump_json(anna) == dump_json(bert) == dump_json(hq)
    lines = {s.author.officer: record_purge.purge_log(s)[0] for s in (anna, bert, hq)}
    assert lines["Anna"].origin == "here" and lines["Anna"].reason == "subject asked"
    assert lines["HQ"].origin == lines["Bert"].origin == anna.author.device_id


def test_given_a_purge_when_bundles_written_before_it_are_replayed_from_any_device_then_it_stays_gone(
    device: Factory, tmp_path: Path
) -> None:
    anna, bert, hq, person, _ = _shared_contact(device)
    records.edit(bert, "contact", person, {"notes": f"met at the well {SECRET}"})  # unsent yet
    old_from_bert = bundle_for(bert, hq, full=True)
    old_from_anna = bundle_for(anna, hq, full=True)

    record_purge.purge(hq, "contact", [person])
    send(hq, anna)
    send(hq, bert)
    syncing.import_bundle(hq, old_from_bert)  # written before the purge reached Bert
    syncing.import_bundle(hq, old_from_anna)
    send(bert, hq)
    send(hq, anna)

    for store in (anna, bert, hq):
        assert _traces(store, person) == _NONE, store.author.officer
        assert search.search(store, SECRET) == []
    assert dump_json(anna) == dump_json(bert) == dump_json(hq)


def test_given_a_purge_when_a_device_lacking_its_edits_syncs_through_a_relay_then_stubs_keep_it_syncing(
    device: Factory,
) -> None:
    anna, _, hq, person, org = _shared_contact(device)
    carla = device("Carla")
    introduce(carla, hq)
    records.edit(anna, "org", org, {"acronym": "WB"})

    record_purge.purge(anna, "contact", [person])
    send(anna, hq)
    send(hq, carla, full=True)  # Carla never held the contact: its changesets reach her as stubs
    records.edit(anna, "org", org, {"name": "Water Board of the North"})
    send(anna, hq)
    send(hq, carla)

    assert _traces(carla, person) == _NONE
    orgs = records.list_records(carla, "org")
    assert [o.name for o in orgs if isinstance(o, Organization)] == ["Water Board of the North"]
    with carla.session() as s:
        waiting = s.connection().exec_driver_sql(
            "SELECT count(*) FROM sync_changeset WHERE status = 'pending'"
        )
        assert waiting.scalar_one() == 0


def test_given_no_purge_marker_when_a_stub_arrives_then_it_is_refused_and_its_number_not_passed(
    device: Factory,
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    person = records.add(anna, "contact", {"full_name": f"Amina {SECRET}"}).id
    # HQ's copy of Anna's changeset rewritten as a stub, as a relay that wanted it gone would.
    with anna.session() as s:
        conn = s.connection()
        raw = conn.exec_driver_sql("SELECT body FROM sync_changeset").scalar_one()
        body = ChangesetBody.decode(raw)
        stub = replace(body, ops=(), salts=(), seal="", purged=(("contact", person, ""),)).encode()
        conn.exec_driver_sql("UPDATE sync_changeset SET body = ?", (stub,))
        s.commit()
    counts = send(anna, hq)

    assert counts.applied == 0
    assert records.list_records(hq, "contact") == []
    with hq.session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one() == 0


def test_given_a_bulk_changeset_with_a_purged_record_when_relayed_then_the_seal_proves_the_other_records(
    device: Factory,
) -> None:
    anna, hq, carla = device("Anna"), device("HQ", role="hq"), device("Carla")
    introduce(anna, hq)
    introduce(carla, hq)
    with records.batch(anna) as batch:  # one changeset for both
        person = batch.add("contact", {"full_name": f"Amina {SECRET}"}).id
        batch.add("org", {"name": "Water Board"})
    send(anna, hq)

    record_purge.purge(hq, "contact", [person])
    counts = send(hq, carla)  # Carla never held either: the redacted changeset, then the marker

    assert (counts.applied, counts.pending) == (2, 0)
    assert _traces(carla, person) == _NONE
    orgs = records.list_records(carla, "org")
    assert [o.name for o in orgs if isinstance(o, Organization)] == ["Water Board"]


def test_given_a_redacted_changeset_whose_seal_is_broken_then_the_bundle_is_refused_as_forged(
    device: Factory, tmp_path: Path
) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    with records.batch(anna) as batch:
        person = batch.add("contact", {"full_name": f"Amina {SECRET}"}).id
        org = batch.add("org", {"name": "Water Board"}).id
    record_purge.purge(anna, "contact", [person])
    with anna.session() as s:  # a relay that alters a kept operation of the redacted body
        conn = s.connection()
        for origin, seq, stored in conn.exec_driver_sql("SELECT origin, seq, body FROM sync_changeset").all():
            body = ChangesetBody.decode(stored)
            if body.purged:
                ops = tuple(replace(op, value="Fake Board") if op.field == "name" else op for op in body.ops)
                conn.exec_driver_sql(
                    "UPDATE sync_changeset SET body = ? WHERE origin = ? AND seq = ?",
                    (replace(body, ops=ops).encode(), origin, seq),
                )
        s.commit()

    with pytest.raises(BundleRefusedError) as refused:
        syncing.import_bundle(hq, bundle_for(anna, hq))

    assert refused.value.code is RefusalReason.FORGED_CHANGESET
    assert records.list_records(hq, "org") == [] and org
