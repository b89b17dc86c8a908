"""Migration v023 on a real older store: the list indexes are rebuilt wider under the same
names, the lists read the same rows, and a store that had planner statistics has them again
for the rebuilt indexes (a rebuilt index without them would win every plan on guesses)."""

from __future__ import annotations

import shutil
from pathlib import Path

from db.migrations import v023_walked_list_indexes
from liaison_app import profile
from liaison_app.services import listing
from liaison_app.services.list_window import ListWindow
from liaison_app.services.listing import ListQuery
from liaison_app.store import Store

FIXTURE = Path(__file__).parents[1] / "interop" / "fixtures_0_1_0"
PASSPHRASE = "correct horse battery"
REBUILT = [definition.split()[0] for definition in v023_walked_list_indexes._INDEXES]


def _opened(tmp_path: Path) -> Store:
    shutil.copytree(FIXTURE / "hq-profile", tmp_path / "hq")
    return profile.unlock(tmp_path / "hq", PASSPHRASE)


def _measured(store: Store) -> set[str]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql("SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL")
        return {str(row[0]) for row in rows}


def test_given_a_0_1_0_profile_when_opened_then_its_list_indexes_hold_area_device_and_live(
    tmp_path: Path,
) -> None:
    store = _opened(tmp_path)
    try:
        with store.session() as s:
            rows = s.connection().exec_driver_sql(
                f"SELECT name, sql FROM sqlite_master WHERE name IN ({','.join('?' * len(REBUILT))})",
                tuple(REBUILT),
            )
            found = {str(name): str(sql) for name, sql in rows}
        assert sorted(found) == sorted(REBUILT)
        assert all("deleted_at) WHERE deleted_at IS NULL" in sql for sql in found.values()), found
        assert all("author_device" in sql and "area" in sql for sql in found.values()), found
        for kind in ("org", "contact", "meeting", "action"):
            query = ListQuery(kind)
            assert list(ListWindow(store, query)) == listing.ordered_ids(store, query)
    finally:
        store.close()


def test_given_measured_tables_then_the_rebuilt_indexes_are_measured_again(tmp_path: Path) -> None:
    store = _opened(tmp_path)
    try:
        with store.session() as s:
            conn = s.connection()
            conn.exec_driver_sql("ANALYZE")
            s.commit()
        with store.session() as s:
            v023_walked_list_indexes.upgrade(s.connection())
            s.commit()
        measured = _measured(store)
        # ANALYZE records no row for an index of an empty table: those of the tables it measured.
        with store.session() as s:
            tables = {
                str(r[0]) for r in s.connection().exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1")
            }
        expected = {d.split()[0] for d in v023_walked_list_indexes._INDEXES if d.split()[2] in tables}
        assert expected and expected <= measured
    finally:
        store.close()


def test_given_no_statistics_then_the_upgrade_measures_nothing(tmp_path: Path) -> None:
    store = _opened(tmp_path)
    try:
        with store.session() as s:
            conn = s.connection()
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("DELETE FROM sqlite_stat1")
            v023_walked_list_indexes.upgrade(conn)
            s.commit()
        assert _measured(store) == set()
    finally:
        store.close()
