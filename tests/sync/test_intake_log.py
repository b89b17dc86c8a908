"""The intake log and the intake summary read indexes, never every bundle or changeset: every
statement they run on `sync_imported_bundle` or `sync_changeset` is a SEARCH (checked with
EXPLAIN QUERY PLAN on the statements actually run), and one officer's latest bundle is a step
of the index, not a sort. bench/bench_intake.py measures the time at HQ scale."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from liaison_app.services import intake, officer_log, records
from liaison_app.store import Store
from sync import intake_log
from tests.sync.conftest import Factory, bundle_for, introduce

TABLES = ("sync_imported_bundle", "sync_changeset")


@contextmanager
def statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """The statements `store` runs meanwhile, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, _many: bool) -> None:
        seen.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def plans(store: Store, seen: list[tuple[str, Any]]) -> list[list[str]]:
    """The query plan of each statement read from the intake's tables."""
    found = []
    with store.session() as s:
        conn = s.connection()
        for sql, params in seen:
            if sql.lstrip().upper().startswith("SELECT") and any(t in sql for t in TABLES):
                rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(params or ()))
                found.append([str(row[3]) for row in rows])
    return found


def hq_after_an_intake(device: Factory) -> Store:
    hq = device("HQ", role="hq")
    paths = []
    for name in ("Anna", "Bert"):
        officer = device(name)
        introduce(officer, hq)
        for n in range(3):
            records.add(officer, "org", {"name": f"{name} org {n}"})
            paths.append(bundle_for(officer, hq))
    intake.import_all(hq, paths)
    return hq


def test_the_intake_log_searches_each_officers_rows_and_never_scans(device: Factory) -> None:
    hq = hq_after_an_intake(device)
    with statements(hq) as seen:
        found = officer_log.officers(hq)
        officer_log.officer(hq, found[0].device_id)
    checked = plans(hq, seen)
    assert len(checked) >= 6
    for lines in checked:
        assert not [line for line in lines if line.startswith("SCAN")], lines
        assert any(line.startswith("SEARCH") for line in lines), lines


def test_an_officers_latest_bundle_is_read_in_the_index_order_without_a_sort(device: Factory) -> None:
    hq = hq_after_an_intake(device)
    sender = officer_log.officers(hq)[0].device_id
    with statements(hq) as seen, hq.session() as s:
        intake_log.received(s.connection(), sender, limit=1)
    (lines,) = plans(hq, seen)
    assert any("ix_sync_imported_bundle_sender" in line for line in lines), lines
    assert not any("TEMP B-TREE" in line for line in lines), lines


def test_the_summary_of_an_intake_searches_the_waiting_and_refused_changesets(device: Factory) -> None:
    hq = device("HQ", role="hq")
    anna = device("Anna")
    introduce(anna, hq)
    records.add(anna, "org", {"name": "WFP"})
    path = bundle_for(anna, hq)
    with statements(hq) as seen:
        result = intake.import_all(hq, [path])
    assert result.officers[0].applied == 1
    summary = [(sql, p) for sql, p in seen if "status = 'pending'" in sql or "status = 'rejected'" in sql]
    checked = plans(hq, summary)
    assert len(checked) == 2
    for lines in checked:
        assert not [line for line in lines if line.startswith("SCAN")], lines
