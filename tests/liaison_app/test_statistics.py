"""The planner's statistics are measured on filled tables: after a bulk write and when a
profile is opened, never left as the empty-table rows schema 2 once wrote (issue 10)."""

from __future__ import annotations

from pathlib import Path

from liaison_app import profile
from liaison_app.services import records
from liaison_app.store import Store
from tests.conftest import PASSPHRASE


def _contacts_measured(store: Store) -> int:
    # The widest index of the table (partial ones over empty columns measure 0 rows).
    with store.session() as s:
        rows = s.connection().exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'contact'")
        return max((int(str(stat).split()[0]) for (stat,) in rows), default=0)


def test_given_a_bulk_write_then_the_planner_knows_how_many_contacts_there_are(store: Store) -> None:
    with records.batch(store) as batch:
        for i in range(150):
            batch.add("contact", {"full_name": f"Contact {i}"})

    assert _contacts_measured(store) == 150


def test_given_statistics_dropped_when_the_profile_is_opened_then_they_are_measured_again(
    store: Store, profile_dir: Path
) -> None:
    for i in range(40):
        records.add(store, "contact", {"full_name": f"Contact {i}"})
    with store.session() as s:
        s.connection().exec_driver_sql("DELETE FROM sqlite_stat1")
        s.commit()
    store.close()

    reopened = profile.unlock(profile_dir, PASSPHRASE)
    try:
        assert _contacts_measured(reopened) == 40
    finally:
        reopened.close()
