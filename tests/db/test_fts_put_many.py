"""`fts.put_many` drops only the documents that exist, looked up a few hundred ids at a time."""

from __future__ import annotations

from sqlalchemy import Connection

from db import fts


def _documents(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one())


def test_given_more_documents_than_one_lookup_when_all_are_put_again_then_each_is_replaced(
    conn: Connection,
) -> None:
    count = 1_234  # more than two lookups of ids
    fts.put_many(conn, [("contact", f"c{n}", f"Oldname {n}", "") for n in range(count)])

    fts.put_many(conn, [("contact", f"c{n}", f"Newname {n}", "") for n in range(count)])

    assert _documents(conn) == count
    assert int(conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one()) == count
    assert fts.count_matches(conn, "oldname") == 0
    assert fts.count_matches(conn, "newname") == count


def test_given_new_and_known_records_together_then_only_the_known_lose_their_old_document(
    conn: Connection,
) -> None:
    fts.put(conn, kind="org", record_id="o1", title="Kept", body="")
    fts.put(conn, kind="org", record_id="o2", title="Replaced", body="")

    fts.put_many(conn, [("org", "o2", "Renamed", ""), ("contact", "c1", "Amina", "")])

    assert [h.id for h in fts.search(conn, "kept")] == ["o1"]
    assert fts.search(conn, "replaced") == []
    assert {h.id for h in fts.search(conn, "renamed amina")} == set()
    assert [h.id for h in fts.search(conn, "amina")] == ["c1"]
    assert _documents(conn) == 3
