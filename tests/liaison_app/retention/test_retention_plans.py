"""Every query of the Review list's page is a range of an index (migration v027), never a
scan of a record table: at HQ a scan reads 1.8M records for a page of 200."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from liaison_app.services import retention
from liaison_app.store import Store


def test_each_statement_of_a_due_page_searches_an_index_and_scans_no_record_table(store: Store) -> None:
    retention.set_policy(store, ["org=365", "CONFIDENTIAL=90"])
    ran: list[tuple[str, Any]] = []

    def seen(_conn: object, _cursor: object, sql: str, params: Any, *_rest: object) -> None:
        ran.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        retention.due(store)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)

    selects = [(sql, params) for sql, params in ran if sql.startswith("SELECT t.id")]
    assert len(selects) >= 9  # per kind: its period, kept records; a level of contacts and meetings
    with store.session() as s:
        for sql, params in selects:
            plan = [
                str(row[3]) for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
            ]
            assert not any(step.startswith("SCAN") for step in plan), (sql, plan)
            assert any(" USING " in step and "INDEX" in step for step in plan), (sql, plan)
