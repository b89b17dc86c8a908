"""The HQ pages' indexes (v017): a profile written by 0.1.0 gains them on upgrade, and the
HQ pages' queries read them alone (covering), never the rows of a table."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from db import hq_indexes
from liaison_app import profile, vocab
from liaison_app.services import hq_areas, hq_locations, hq_summary, officer_page, org_page, syncing
from liaison_app.services.hq_period import period
from liaison_app.services.snapshot_cursor import cursor
from tests.conftest import PASSPHRASE
from tests.interop.test_fixtures_0_1_0 import FIXTURES

HQ_INDEXES = {
    "ix_meeting_live_window",
    "ix_meeting_live_area_start",
    "ix_meeting_live_engaged",
    "ix_action_item_open_meeting",
    "ix_action_item_open_owner",
    "ix_action_item_open_due_owner",
    "ix_action_item_open_officer_due",
    "ix_action_item_live_officer_created",
}


def test_the_open_statuses_spelled_in_the_indexes_are_the_vocabularys() -> None:
    open_statuses = sorted(set(vocab.ACTION_STATUSES) - vocab.CLOSED_ACTION_STATUSES)
    assert "(" + ", ".join(f"'{s}'" for s in open_statuses) + ")" == hq_indexes.OPEN_SQL


def _plan(cur: Any, sql: str, params: Any) -> str:
    return " / ".join(str(row[3]) for row in cur.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_given_a_profile_written_by_0_1_0_when_opened_then_it_has_the_hq_indexes(tmp_path: Path) -> None:
    directory = tmp_path / "hq"
    shutil.copytree(FIXTURES / "hq-profile", directory)
    with profile.unlock(directory, PASSPHRASE) as store:
        with cursor(store) as cur:
            names = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert names >= HQ_INDEXES
        syncing.import_bundle(store, FIXTURES / "officer-to-hq.liaison")
        # The pages read the upgraded store: the officer's organization and the summary.
        with cursor(store) as cur:
            org_id = cur.execute("SELECT id FROM organization WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        assert org_page.org_page(store, org_id=org_id).id == org_id
        assert hq_summary.summary(store).period.weeks


def test_the_hq_queries_read_their_indexes_alone(store: Any) -> None:
    span = period()
    window = {"low": span.low_utc, "high": span.high_utc}
    month = {"low": "2026-01-01", "high": "2026-02-01"}
    with cursor(store) as cur:
        plans = {
            "by officer": _plan(cur, hq_summary._BY_OFFICER, window),
            "by organization type": _plan(cur, hq_summary._BY_ORG_TYPE, window),
            "overdue": _plan(cur, hq_summary._OVERDUE, {**month, "me": "me", "top": 15}),
            "overdue total": _plan(cur, hq_summary._OVERDUE_TOTAL, month),
            "places": _plan(cur, hq_locations._BY_GRID, (span.low_utc, span.high_utc)),
            "engaged": _plan(cur, org_page._ENGAGED, {"org": "x"}),
            "open actions": _plan(cur, org_page._OPEN_ACTIONS, {"org": "x", "meetings": "[]"}),
            "officer meetings": _plan(cur, officer_page._MEETINGS, (span.low_utc, span.high_utc, "Anna")),
            "officer opened": _plan(cur, officer_page._OPENED, ("Anna", span.low_utc, span.high_utc)),
            "area latest": _plan(cur, hq_areas._LATEST, ("area-1", span.high_utc)),
        }
    for name, plan in plans.items():
        assert "COVERING INDEX ix_" in plan, (name, plan)
        assert "SCAN meeting" not in plan and "SCAN action_item" not in plan, (name, plan)
