"""Migration v029 re-indexes an existing store with the Arabic folding: every document and
rowid kept, now found however it is written, shown as written; a 0.1.0 profile upgrades."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import Connection

from db import fts, migrations
from db.engine import open_engine
from db.migrations import v029_arabic_search
from liaison_app import profile
from liaison_app.services import search
from tests.conftest import PASSPHRASE

PROFILE_0_1_0 = Path(__file__).parent / "fixtures" / "profile-0.1.0"  # written by the real 0.1.0

DOCUMENTS = [
    ("contact", "c1", "مُحَمَّد الأمين", "مدرسة النور · ٠٩١٢٣٤٥٦٧٨"),
    ("contact", "c2", "Jean Mukéndi", "World Food Programme"),
    ("org", "o1", "مدرسة النور", ""),
    ("meeting", "m1", "Convoy planning", "مع مُحَمَّد"),
]


def _write_as_before_v029(conn: Connection) -> None:
    """The documents as schema 28 held them: the text in the index, `search_doc` the ids."""
    for rowid, (kind, record_id, title, body) in enumerate(DOCUMENTS, start=1):
        conn.exec_driver_sql(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, ?, ?)", (rowid * 2, kind, record_id)
        )
        conn.exec_driver_sql(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", (rowid * 2, title, body)
        )


def _ids(conn: Connection, query: str) -> list[str]:
    return sorted(h.id for h in fts.search(conn, query))


def test_given_a_store_at_schema_28_when_upgraded_then_arabic_is_found_either_way_and_shown_as_written(
    tmp_path: Path,
) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(engine, to=migrations.MIGRATIONS.index(v029_arabic_search.upgrade))
    with engine.begin() as c:
        _write_as_before_v029(c)
        assert _ids(c, "محمد") == []  # before: the harakat split the word
        before = c.exec_driver_sql("SELECT rowid, title, body FROM search_index ORDER BY rowid").all()

    migrations.migrate(engine)

    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT rowid, title, body FROM search_text ORDER BY rowid").all() == before
        assert c.exec_driver_sql("SELECT rowid, title, body FROM search_index ORDER BY rowid").all() == before
        assert _ids(c, "محمد") == ["c1", "m1"]
        assert _ids(c, "الامين مدرسه") == ["c1"]
        assert _ids(c, "0912") == ["c1"]
        assert _ids(c, "mukendi") == ["c2"]
        (hit,) = fts.search(c, "الامين")
        assert (hit.title, hit.snippet) == ("مُحَمَّد الأمين", "مدرسة النور · ٠٩١٢٣٤٥٦٧٨")
        left = c.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'search_index_content'").all()
        assert left == []
        assert c.exec_driver_sql("SELECT count(*) FROM sqlite_temp_master").scalar_one() == 0
        fts.remove(c, "c1")  # the documents moved can be dropped as those put since
        assert _ids(c, "محمد") == ["m1"]
    engine.dispose()


def test_given_more_documents_than_one_batch_when_upgraded_then_every_one_is_indexed(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(engine, to=migrations.MIGRATIONS.index(v029_arabic_search.upgrade))
    count = v029_arabic_search.BATCH * 2 + 7
    with engine.begin() as c:
        raw = c.connection.driver_connection
        assert raw is not None
        raw.executemany(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, 'contact', ?)",
            [(n, f"c{n}") for n in range(1, count + 1)],
        )
        raw.executemany(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, '')",
            [(n, f"حَوَّاء {n}") for n in range(1, count + 1)],
        )
    migrations.migrate(engine)
    with engine.connect() as c:
        assert fts.count_matches(c, "حواء", limit=count + 1) == count
    engine.dispose()


def test_given_a_profile_written_by_0_1_0_when_opened_then_its_records_are_found_by_folded_words(
    tmp_path: Path,
) -> None:
    shutil.copytree(PROFILE_0_1_0, tmp_path / "p")
    store = profile.unlock(tmp_path / "p", PASSPHRASE)
    try:
        assert [h.title for h in search.search(store, "Mukéndi")] == ["Jean Mukendi"]
        assert {h.kind for h in search.search(store, "convoy")} >= {"meeting"}
        assert [h.kind for h in search.search(store, "WFP")] == ["org"]
        assert search.search(store, "closed mission") == []  # the deleted org stays unfound
    finally:
        store.close()
