"""Search at scale: at most CANDIDATE_CAP matches are ranked, the newest; counting stops early."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db import fts, migrations
from db.engine import open_engine
from db.migrations import migrate, v009_search_prefixes
from liaison_app.services import search
from liaison_app.store import Store


def unbounded(
    conn: Connection, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50
) -> list[fts.SearchHit]:
    """0.2.0's search, which ranks every match: what results below the cap must equal."""
    expression = fts.match_expression(query)
    assert expression is not None
    params = (expression, *kinds, limit)
    rows = conn.exec_driver_sql(fts.ranked_sql(kinds=len(kinds), bounded=False), params).all()
    return [fts.SearchHit(kind=k, id=i, title=t, snippet=sn, rank=float(r)) for k, i, t, sn, r in rows]


def documents(count: int) -> list[tuple[str, str, str, str]]:
    """`count` documents, oldest first; word "water" in every title or body, "convoy" in some."""
    return [
        (
            "contact" if n % 2 else "org",
            f"r{n:04d}",
            f"Water point {n}" if n % 3 else f"Record {n}",
            "water " * (n % 4 + 1) + ("convoy" if n % 5 == 0 else ""),
        )
        for n in range(count)
    ]


def fill(conn: Connection, count: int) -> None:
    """Index `documents(count)` as today's code does."""
    fts.put_many(conn, documents(count))


def fill_before_v029(conn: Connection, count: int) -> None:
    """Index `documents(count)` as the code before schema 29 did: the index held the text."""
    for rowid, (kind, record_id, title, body) in enumerate(documents(count), start=1):
        conn.exec_driver_sql(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, ?, ?)", (rowid, kind, record_id)
        )
        conn.exec_driver_sql(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", (rowid, title, body)
        )


@pytest.mark.parametrize("query", ["water", "wat", "convoy", "water convoy", "point 1"])
@pytest.mark.parametrize("kinds", [(), ("contact",), ("org", "contact")])
def test_below_the_cap_results_are_those_of_ranking_every_match(
    conn: Connection, query: str, kinds: tuple[str, ...]
) -> None:
    fill(conn, 40)
    result = fts.search_capped(conn, query, kinds=kinds, limit=1000, cap=40)
    assert not result.capped
    assert list(result.hits) == unbounded(conn, query, kinds=kinds, limit=1000)
    assert result.hits  # the comparison means something


def test_above_the_cap_the_newest_candidates_are_ranked_and_the_flag_is_set(conn: Connection) -> None:
    fill(conn, 40)
    result = fts.search_capped(conn, "water", limit=1000, cap=10)
    assert result.capped
    assert result.cap == 10
    # Exactly the ten newest documents were ranked (even with room for all 40): no more.
    assert sorted(h.id for h in result.hits) == [f"r{n:04d}" for n in range(30, 40)]
    # ... in the order ranking them alone gives.
    assert [h.rank for h in result.hits] == sorted(h.rank for h in result.hits)
    newest = [h for h in unbounded(conn, "water", limit=1000) if h.id >= "r0030"]
    assert list(result.hits) == newest


def test_the_cap_counts_matches_of_the_asked_kinds_only(conn: Connection) -> None:
    fill(conn, 40)
    result = fts.search_capped(conn, "water", kinds=("contact",), limit=1000, cap=5)
    assert result.capped
    assert sorted(h.id for h in result.hits) == [f"r{n:04d}" for n in (31, 33, 35, 37, 39)]
    exactly = fts.search_capped(conn, "water", kinds=("contact",), limit=1000, cap=20)
    assert not exactly.capped  # 20 contacts match: all ranked, nothing left out
    assert len(exactly.hits) == 20


def test_the_limit_still_applies_after_ranking(conn: Connection) -> None:
    fill(conn, 40)
    result = fts.search_capped(conn, "water", limit=3, cap=10)
    assert result.capped
    assert len(result.hits) == 3


def test_the_bounded_plan_hands_the_rowid_bound_to_fts5(conn: Connection) -> None:
    # FTS5's index string gains '>' when it takes the `rowid > ?` constraint itself, so the
    # rows it yields (and bm25/snippet evaluate) are only the candidates above the bound.
    bounded = fts.ranked_sql(kinds=0, bounded=True)
    assert "s.rowid > ?" in bounded
    plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + bounded, ('"water"*', 1, 50)).all()
    scans = [row[3] for row in plan if "VIRTUAL TABLE" in row[3]]
    assert len(scans) == 1
    assert scans[0].endswith(">")


def test_counting_stops_at_the_limit(conn: Connection) -> None:
    fill(conn, 40)
    assert fts.count_matches(conn, "water") == 40
    assert fts.count_matches(conn, "water", limit=7) == 7
    assert fts.count_matches(conn, "convoy") == 8
    assert fts.count_matches(conn, "water", kinds=("org",)) == 20
    assert fts.count_matches(conn, "  ") == 0


def test_no_words_no_hits(conn: Connection) -> None:
    result = fts.search_capped(conn, "-- ;")
    assert result.hits == ()
    assert not result.capped


def test_the_service_caps_at_candidate_cap_and_counts_lazily(store: Store) -> None:
    with store.engine.begin() as c:
        fts.put_many(c, [("contact", f"c{n:05d}", f"Haldara {n}", "") for n in range(fts.CANDIDATE_CAP + 5)])
    found = search.find(store, "haldara", limit=10)
    assert found.capped
    assert len(found.hits) == 10
    assert all(h.id >= "c00005" for h in found.hits)  # the five oldest were never candidates
    assert search.search(store, "haldara", limit=10) == list(found.hits)
    assert search.count_matches(store, "haldara") == fts.CANDIDATE_CAP + 5
    assert search.count_matches(store, "haldara", limit=100) == 100


def test_v009_rebuilds_the_index_with_prefixes_keeping_every_document(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "old.db", os.urandom(32))
    before = migrations.MIGRATIONS.index(v009_search_prefixes.upgrade)
    migrate(engine, to=before)
    with engine.begin() as c:
        fill_before_v029(c, 30)
        c.exec_driver_sql("DELETE FROM search_doc WHERE record_id = 'r0003'")  # rowids with a gap
        c.exec_driver_sql("DELETE FROM search_index WHERE rowid = 4")
        old = {q: unbounded(c, q, limit=1000) for q in ("water", "w", "co", "point 2")}
        rowids = c.exec_driver_sql("SELECT rowid, title, body FROM search_index ORDER BY rowid").all()
    migrate(engine)
    with engine.connect() as c:
        sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'search_index'").scalar_one()
        assert "prefix = '1 2 3'" in sql
        assert c.exec_driver_sql("SELECT rowid, title, body FROM search_index ORDER BY rowid").all() == rowids
        assert {q: unbounded(c, q, limit=1000) for q in old} == old
        temp = c.exec_driver_sql("SELECT count(*) FROM sqlite_temp_master").scalar_one()
        assert temp == 0
    engine.dispose()
