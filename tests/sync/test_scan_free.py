"""Issue 10: the status bar, the export, the merge's queue and the dashboard's feed read
indexes, never every changeset; and they find exactly what the 0.2.0 scans found.

The plans are checked with EXPLAIN QUERY PLAN (what SQLite will do), not with timings:
bench/bench_sync_scale.py measures the time at scale.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Connection

from liaison_app.services import records, syncing
from liaison_app.store import Store
from sync import exchange, merge, state
from sync.changeset import ChangesetBody
from tests.sync.conftest import Factory, introduce, send
from tests.sync.support import forge


@contextmanager
def connection(store: Store) -> Iterator[Connection]:
    with store.session() as s:
        yield s.connection()


def plan(conn: Connection, sql: str, params: tuple[object, ...]) -> list[str]:
    return [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


def assert_no_scan_of_changesets(lines: list[str]) -> None:
    # "SCAN sync_changeset" (or of its alias) is a walk over every row or index entry.
    scans = [line for line in lines if line.startswith("SCAN") and line.split()[1] in ("sync_changeset", "c")]
    assert not scans, lines
    assert any(line.startswith("SEARCH") for line in lines), lines


def world(device: Factory) -> tuple[Store, Store, Store]:
    """Anna and Bert, who never met, exchanging through HQ; HQ holds one changeset of Anna's
    pending (it depends on one of Bert's that never came) so stored tops exceed applied ones."""
    anna, bert, hq = device("Anna"), device("Bert"), device("HQ", role="hq")
    introduce(anna, hq)
    introduce(bert, hq)
    org = records.add(anna, "org", {"name": "WFP"})
    records.add(anna, "contact", {"full_name": "Jean Mukendi", "organization_id": org.id})
    records.add(bert, "org", {"name": "UNHCR"})
    send(anna, hq)
    send(bert, hq)
    send(hq, anna)
    records.edit(anna, "org", org.id, {"acronym": "WFP"})
    records.add(bert, "contact", {"full_name": "Aline Uwase"})
    send(bert, hq)
    forge(anna, [["organization", org.id, "notes", "after Bert's 99th"]], deps={bert.author.device_id: 99})
    send(anna, hq)
    assert syncing.status(hq).pending == 1
    return anna, bert, hq


# The 0.2.0 queries, the reference the indexed reads must agree with.
def old_tops(conn: Connection) -> dict[str, int]:
    return {
        o: int(t)
        for o, t in conn.exec_driver_sql("SELECT origin, max(seq) FROM sync_changeset GROUP BY origin")
    }


def old_selection(conn: Connection, floor: dict[str, int]) -> list[tuple[str, int]]:
    rows = conn.exec_driver_sql("SELECT origin, seq FROM sync_changeset ORDER BY hlc, origin, seq")
    return [(o, s) for o, s in rows if s > floor.get(o, 0)]


def old_received(conn: Connection, me: str, limit: int) -> list[tuple[str, str, tuple[str, ...]]]:
    found: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[str] = set()
    rows = conn.exec_driver_sql(
        "SELECT body FROM sync_changeset WHERE origin != ? AND status = 'applied' ORDER BY hlc DESC", (me,)
    )
    for (raw,) in rows:
        body = ChangesetBody.decode(raw)
        for op in body.ops:
            if op.record_id not in seen:
                seen.add(op.record_id)
                fields = tuple(
                    sorted({o.field for o in body.ops if o.record_id == op.record_id} - {"_deleted"})
                )
                found.append((body.origin, op.record_id, fields))
    return found[:limit]


def test_stored_tops_and_what_each_peer_lacks_are_what_the_group_by_found(device: Factory) -> None:
    anna, bert, hq = world(device)
    for store in (anna, bert, hq):
        with connection(store) as conn:
            tops = state.stored_tops(conn)
            assert tops == old_tops(conn)
            for known in [{}, *(p.known_vv for p in syncing.list_peers(store))]:
                expected = sum(max(0, t - known.get(o, 0)) for o, t in old_tops(conn).items())
                assert exchange.waiting_for(conn, known) == expected
                assert exchange.waiting_for(conn, known, tops) == expected


@pytest.mark.parametrize("ranged", [True, False])
def test_export_selects_the_same_changesets_in_the_same_order(
    device: Factory, ranged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not ranged:  # the one-pass path taken when most of the store goes
        monkeypatch.setattr(exchange, "_RANGED_EXPORT_MAX", -1)
    anna, _bert, hq = world(device)
    with connection(hq) as conn:
        tops = state.stored_tops(conn)
        floors = [{}, {anna.author.device_id: 1}, *(p.known_vv for p in syncing.list_peers(hq))]
        for floor in floors:
            chosen = [(o, s) for o, s, _, _ in exchange._above_floor(conn, floor, tops)]
            assert chosen == old_selection(conn, floor)


def test_bundles_carry_the_same_changesets_either_way(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _anna, bert, hq = world(device)
    ranged = syncing.export_bundle(
        hq, to=[bert.author.device_id], path=hq.directory.parent / "r.liaison", full=False
    )
    monkeypatch.setattr(exchange, "_RANGED_EXPORT_MAX", -1)
    passed = syncing.export_bundle(
        hq, to=[bert.author.device_id], path=hq.directory.parent / "p.liaison", full=False
    )
    assert ranged.changesets == passed.changesets > 0


def test_received_changes_are_the_ones_the_sorted_scan_found(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange, "_PAGE_ROWS", 2)  # several pages even on a small store
    anna, bert, hq = world(device)
    for store in (anna, bert, hq):
        me = store.author.device_id
        with connection(store) as conn:
            for limit in (1, 2, 3, 20):
                got = [
                    (c.origin, c.record_id, c.fields)
                    for c in exchange.received_changes(conn, me, limit=limit)
                ]
                assert got == old_received(conn, me, limit)


def test_the_stored_tops_walk_the_primary_key(device: Factory) -> None:
    _, _, hq = world(device)
    with connection(hq) as conn:
        assert_no_scan_of_changesets(plan(conn, state.STORED_TOPS, ()))


def test_export_reads_a_range_of_the_primary_key_per_origin(device: Factory) -> None:
    _, _, hq = world(device)
    with connection(hq) as conn:
        lines = plan(conn, exchange.RANGE_KEYS, ("someone", 3))
        assert_no_scan_of_changesets(lines)
        assert any("(origin=? AND seq>?)" in line for line in lines), lines


def test_the_merge_searches_the_status_index_for_waiting_changesets_only(device: Factory) -> None:
    _, _, hq = world(device)
    with connection(hq) as conn:
        lines = plan(conn, merge.WAITING_QUERY, ())
        assert_no_scan_of_changesets(lines)
        assert any("ix_sync_changeset_status (status=?)" in line for line in lines), lines


def test_the_dashboard_feed_walks_applied_changesets_by_clock_without_sorting(device: Factory) -> None:
    _, _, hq = world(device)
    with connection(hq) as conn:
        lines = plan(conn, exchange.RECEIVED_PAGE, ("me", 2**62, "x", 0, 64))
        assert any("ix_sync_changeset_applied_hlc" in line for line in lines), lines
        assert not any("TEMP B-TREE" in line for line in lines), lines
