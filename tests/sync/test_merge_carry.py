"""Carried edits follow the declarations held, not the order they came in (issue 11).

Found by the convergence property test and shrunk by hand in session 9: HQ merges X into Y
while Anna merges Y into X; both undo their own merge. At HQ its own unmerge of X lets
Anna's Y-into-X win there for a while, so Y's edit `hq3` was carried onto X; at Anna that
state never existed. The carried heads of every record a declaration touches are now
rebuilt from the declarations held (sync.merge_carry.rebuild), so every device agrees.
"""

from __future__ import annotations

from liaison_app.services import record_merge, record_purge, records
from liaison_app.store import Store
from tests.sync.conftest import Factory, introduce, send


def _orgs(store: Store) -> list[tuple[str, str | None]]:
    return sorted((o.id, o.acronym) for o in records.list_records(store, "org"))  # type: ignore[attr-defined]


def _exchange(officers: list[Store], hq: Store) -> None:
    for _ in range(2):
        for officer in officers:
            send(officer, hq)
        for officer in officers:
            send(hq, officer)


def _unmerge_all(store: Store) -> None:
    merged = [
        away.record_id
        for org in records.list_records(store, "org")
        for away in record_merge.merged_into(store, kind="org", record_id=org.id)
    ]
    for record_id in merged:
        record_merge.unmerge(store, kind="org", record_id=record_id)


def test_given_opposite_merges_each_undone_when_all_bundles_crossed_then_every_device_agrees(
    device: Factory,
) -> None:
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    x = records.add(anna, "org", {"name": "X org"}).id
    y = records.add(bert, "org", {"name": "Y org"}).id
    _exchange([anna, bert], hq)
    records.edit(anna, "org", x, {"acronym": "anna1"})
    record_merge.merge(hq, kind="org", keep_id=y, other_id=x)
    record_merge.merge(anna, kind="org", keep_id=x, other_id=y)
    records.edit(hq, "org", y, {"acronym": "hq3"})
    send(anna, hq)
    _unmerge_all(hq)
    _unmerge_all(anna)

    _exchange([anna, bert], hq)

    assert _orgs(anna) == _orgs(bert) == _orgs(hq)
    assert dict(_orgs(hq)) == {x: "anna1", y: "hq3"}  # each keeps only its own edits


def test_given_a_merged_away_record_purged_then_no_device_keeps_the_edits_carried_from_it(
    device: Factory,
) -> None:
    # Found by the convergence property test (session 11): HQ had carried a late edit of the
    # merged-away record onto the kept one, then the purge came; a device that purged first
    # never carried it. The purge now takes back what was carried from the purged record.
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    kept = records.add(anna, "org", {"name": "WFP", "acronym": "kept"}).id
    away = records.add(anna, "org", {"name": "W.F.P."}).id
    _exchange([anna, bert], hq)
    record_merge.merge(hq, kind="org", keep_id=kept, other_id=away)
    records.edit(bert, "org", away, {"acronym": "late"})  # Bert had not heard of the merge
    send(bert, hq)
    assert dict(_orgs(hq))[kept] == "late"  # carried onto the kept record, as a late edit is
    records.delete_record(anna, "org", away)
    record_purge.purge(anna, "org", [away])

    _exchange([anna, bert], hq)

    assert _orgs(anna) == _orgs(bert) == _orgs(hq) == [(kept, "kept")]
