"""Purge (docs/SYNC.md, Tombstones): a tombstone goes only once every peer holds its delete —
not merely counts it as passed, as an officer sent area-scoped bundles does — and a record a
merge names stays, so the merge can be undone and a late edit still finds the kept record."""

from __future__ import annotations

from pathlib import Path

from liaison_app.services import record_merge, records, syncing
from liaison_app.store import Store
from sync import peers
from tests.sync.conftest import Factory, introduce, send


def _area_bundle(hq: Store, officer: Store, tmp: Path) -> Path:
    path = tmp / f"area-{len(list(tmp.iterdir()))}.liaison"
    syncing.export_bundle(hq, to=[officer.author.device_id], path=path, scope=syncing.Scope.AREA)
    return path


def _live_ids(store: Store, kind: str) -> set[str]:
    return {r.id for r in records.list_records(store, kind)}


def test_given_a_scoped_officer_lacking_the_delete_when_hq_purges_then_the_tombstone_stays(
    device: Factory, tmp_path: Path
) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    shared = records.add(anna, "org", {"name": "UNHCR"}).id
    gone = records.add(bert, "org", {"name": "Bert's own NGO"}).id  # concerns nobody else
    send(anna, hq)
    send(bert, hq)
    send(hq, bert)
    records.delete_record(bert, "org", gone)
    records.edit(bert, "org", shared, {"acronym": "UNHCR"})  # this one concerns Anna
    send(bert, hq)
    send(hq, bert)  # Bert holds the delete: he wrote it
    syncing.import_bundle(anna, _area_bundle(hq, anna, tmp_path))  # the delete left out for her
    send(anna, hq)  # her version vector passes Bert's numbers (the edit came); `lacks` names them
    with hq.session() as s:
        anna_vv = peers.get(s.connection(), anna.author.device_id)
    assert anna_vv is not None and anna_vv.known_vv[bert.author.device_id] == 3

    assert records.purge(hq)["org"] == 0

    send(hq, anna, full=True)  # scope all: she gets what she lacked
    send(anna, hq)
    assert records.purge(hq)["org"] == 1


def test_given_peers_holding_the_delete_when_purging_then_the_tombstone_goes(device: Factory) -> None:
    anna, hq = device("Anna"), device("HQ", role="hq")
    introduce(anna, hq)
    org = records.add(anna, "org", {"name": "Gone Soon"})
    send(anna, hq)
    records.delete_record(anna, "org", org.id)
    send(anna, hq)
    send(hq, anna)
    assert records.purge(hq)["org"] == 1 and records.purge(anna)["org"] == 1


def _deleted_with_bert_vouched(device: Factory) -> tuple[Store, Store, Store]:
    """Anna deleted an org and HQ holds the delete. Bert's card came to her with his
    changesets relayed by HQ: she never hears from him directly, so his version vector here
    stays empty; HQ, who relays to him, answers for him."""
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    records.add(bert, "org", {"name": "Bert's NGO"})
    send(bert, hq)
    send(hq, anna)
    org = records.add(anna, "org", {"name": "Gone Soon"})
    send(anna, hq)
    records.delete_record(anna, "org", org.id)
    send(anna, hq)
    send(hq, anna)
    return anna, bert, hq


def test_given_a_peer_known_only_through_hqs_vouching_when_hq_holds_the_delete_then_the_field_device_purges(
    device: Factory,
) -> None:
    anna, bert, hq = _deleted_with_bert_vouched(device)
    with anna.session() as s:
        vouched = peers.get(s.connection(), bert.author.device_id)
    assert vouched is not None and vouched.vouched_by == hq.author.device_id and not vouched.known_vv

    assert records.purge(anna)["org"] == 1
    assert records.purge(hq)["org"] == 0  # HQ still waits for Bert, whom it relays to
    send(hq, bert)
    send(bert, hq)
    assert records.purge(hq)["org"] == 1


def test_given_the_voucher_revoked_then_its_vouched_peers_count_again(device: Factory) -> None:
    anna, _bert, hq = _deleted_with_bert_vouched(device)
    with anna.session() as s:
        peers.revoke(s.connection(), hq.author.device_id, now="2026-12-02T06:00:00Z")
        s.commit()

    assert records.purge(anna)["org"] == 0  # nobody answers for Bert any more


def _merged_and_acknowledged(device: Factory) -> tuple[Store, Store, Store, str, str]:
    """HQ merges its copy of a contact into Anna's; Anna holds the merge and HQ, her only
    peer, knows she does, so she purges. Bert edited HQ's copy offline: he has not heard of
    the merge, and nothing of his has reached Anna yet."""
    hq, anna, bert = device("HQ", role="hq"), device("Anna"), device("Bert")
    introduce(anna, hq)
    introduce(bert, hq)
    kept = records.add(anna, "contact", {"full_name": "Jean Mukendi", "position": "Mayor"}).id
    dup = records.add(hq, "contact", {"full_name": "J. Mukendi", "position": "Mayor"}).id
    send(anna, hq)
    send(hq, bert)
    records.edit(bert, "contact", dup, {"position": "Governor"})
    record_merge.merge(hq, kind="contact", keep_id=kept, other_id=dup)
    send(hq, anna)
    send(anna, hq)
    send(hq, anna)  # every peer of Anna's holds the merge
    records.purge(anna)
    return anna, hq, bert, kept, dup


def test_given_a_merge_every_peer_acknowledged_when_purging_then_a_late_edit_lands_on_the_kept_record(
    device: Factory,
) -> None:
    anna, hq, bert, kept, _ = _merged_and_acknowledged(device)

    send(bert, hq)
    send(hq, anna)

    assert _live_ids(anna, "contact") == {kept}
    assert records.get(anna, "contact", kept).position == "Governor"  # type: ignore[attr-defined]


def test_given_a_merge_every_peer_acknowledged_when_purging_then_unmerge_still_works(
    device: Factory,
) -> None:
    anna, _, _, kept, dup = _merged_and_acknowledged(device)

    record_merge.unmerge(anna, kind="contact", record_id=dup)

    assert _live_ids(anna, "contact") == {kept, dup}
    assert records.get(anna, "contact", dup).full_name == "J. Mukendi"  # type: ignore[attr-defined]
