"""A long export can be stopped: SQLite asks as it goes (liaison_app/services/stoppable.py),
and a stopped export leaves no file and no trace in the exchange history."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import Connection

from liaison_app.services import records, stoppable, syncing
from liaison_app.store import Store
from tests.conftest import Factory
from tests.sync.conftest import introduce


@pytest.fixture
def hq_and_anna(device: Factory, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, Store]:
    """HQ holding 200 organizations for Anna; SQLite asks every 100 steps of a query."""
    monkeypatch.setattr(stoppable, "STEPS", 100)
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    for number in range(200):
        records.add(hq, "org", {"name": f"Organization {number}"})
    return hq, anna


def test_given_a_watch_that_says_stop_when_exporting_then_no_file_and_no_history(
    hq_and_anna: tuple[Store, Store], tmp_path: Path
) -> None:
    hq, anna = hq_and_anna
    asked: list[int] = []

    def watch() -> bool:
        asked.append(1)
        return True  # Cancel pressed as soon as the export began

    before = syncing.exchange_history(hq)
    path = tmp_path / "out" / "for-anna.liaison"
    path.parent.mkdir()
    with pytest.raises(stoppable.StoppedError):
        syncing.export_bundle(hq, to=[anna.author.device_id], path=path, watch=watch)

    assert asked
    assert list(path.parent.iterdir()) == []  # not even the hidden partial file
    assert syncing.exchange_history(hq) == before


def test_given_a_watch_that_lets_it_go_on_when_exporting_then_it_is_asked_and_the_bundle_is_written(
    hq_and_anna: tuple[Store, Store], tmp_path: Path
) -> None:
    hq, anna = hq_and_anna
    asked: list[int] = []

    def watch() -> bool:
        asked.append(1)
        return False

    result = syncing.export_bundle(hq, to=[anna.author.device_id], path=tmp_path / "b.liaison", watch=watch)

    assert asked and result.changesets == 200
    assert syncing.import_bundle(anna, tmp_path / "b.liaison").counts.applied == 200


def _short_queries(conn: Connection, seconds: float) -> None:
    """Python work between short queries, as an area export's selection does."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        conn.exec_driver_sql("SELECT count(*) FROM setting").scalar()


def test_given_python_work_between_short_queries_when_told_to_stop_then_the_next_query_stops_it(
    device: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stoppable, "TICK_S", 0.01)
    store = device("HQ", role="hq")
    started = time.monotonic()
    stop_soon = lambda: time.monotonic() - started > 0.2  # noqa: E731
    with (
        store.session() as s,
        pytest.raises(stoppable.StoppedError),
        stoppable.stoppable(s.connection(), stop_soon),
    ):
        _short_queries(s.connection(), 10.0)
    assert time.monotonic() - started < 5.0


def test_given_one_long_query_when_told_to_stop_then_it_stops_inside_it(device: Factory) -> None:
    store = device("HQ", role="hq")
    started = time.monotonic()
    long_query = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000000000)"
        " SELECT count(*) FROM n"
    )
    stop_soon = lambda: time.monotonic() - started > 0.2  # noqa: E731
    with (
        store.session() as s,
        pytest.raises(stoppable.StoppedError),
        stoppable.stoppable(s.connection(), stop_soon),
    ):
        s.connection().exec_driver_sql(long_query).scalar()
    assert time.monotonic() - started < 5.0


def test_given_work_that_ends_before_any_stop_then_the_connection_serves_queries_as_before(
    device: Factory,
) -> None:
    store = device("HQ", role="hq")
    with store.session() as s:
        with stoppable.stoppable(s.connection(), lambda: False):
            s.connection().exec_driver_sql("SELECT 1").scalar()
        assert s.connection().exec_driver_sql("SELECT 2").scalar() == 2
