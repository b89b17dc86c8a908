"""Full-text index (FTS5) inside the encrypted file: one document per live record.

The FTS rowid comes from `search_doc`, keyed by record id, so replacing or dropping the
document of one record is an index lookup rather than a scan of the whole index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked hit: which record, its title and a highlighted excerpt."""

    kind: str
    id: str
    title: str
    snippet: str
    rank: float


def create(conn: Connection) -> None:
    """Create the index tables."""
    conn.exec_driver_sql(
        "CREATE TABLE search_doc ("
        " rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL UNIQUE)"
    )
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        " title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def put(conn: Connection, *, kind: str, record_id: str, title: str, body: str) -> None:
    """Index (or re-index) one record."""
    remove(conn, record_id)
    rowid = conn.exec_driver_sql(
        "INSERT INTO search_doc (kind, record_id) VALUES (?, ?) RETURNING rowid",
        (kind, record_id),
    ).scalar_one()
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", (rowid, title, body)
    )


def put_many(conn: Connection, documents: list[tuple[str, str, str, str]]) -> None:
    """Index (or re-index) many records at once: (kind, record id, title, body) each.

    The bulk path of a sync merge: a few executemany calls instead of statements per record.
    """
    if not documents:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    ids = [(record_id,) for _, record_id, _, _ in documents]
    raw.executemany(
        "DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_doc WHERE record_id = ?)", ids
    )
    raw.executemany("DELETE FROM search_doc WHERE record_id = ?", ids)
    start = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) + 1 FROM search_doc").scalar_one()
    raw.executemany(
        "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, ?, ?)",
        [(start + i, kind, record_id) for i, (kind, record_id, _, _) in enumerate(documents)],
    )
    raw.executemany(
        "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
        [(start + i, title, body) for i, (_, _, title, body) in enumerate(documents)],
    )


def remove(conn: Connection, record_id: str) -> None:
    """Drop a record's document, if it has one."""
    rowid = conn.exec_driver_sql(
        "SELECT rowid FROM search_doc WHERE record_id = ?", (record_id,)
    ).scalar_one_or_none()
    if rowid is not None:
        conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        conn.exec_driver_sql("DELETE FROM search_doc WHERE rowid = ?", (rowid,))


def match_expression(query: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match, as a prefix.

    Quoting each token keeps FTS5 operators and punctuation in user input inert.
    """
    tokens = _TOKEN.findall(query)
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def search(conn: Connection, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
    """Return the best-ranked hits for `query` (titles weigh ten times the body)."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql = (
        "SELECT d.kind, d.record_id, s.title,"
        " snippet(search_index, 1, '[', ']', '…', 12), bm25(search_index, 10.0, 1.0) AS r"
        " FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
        " WHERE search_index MATCH ?"
    )
    params: list[object] = [expression]
    if kinds:
        sql += f" AND d.kind IN ({', '.join('?' for _ in kinds)})"
        params.extend(kinds)
    sql += " ORDER BY r, d.record_id LIMIT ?"
    params.append(limit)
    rows = conn.exec_driver_sql(sql, tuple(params)).all()
    return [SearchHit(kind=k, id=i, title=t, snippet=sn, rank=float(r)) for k, i, t, sn, r in rows]


def matching_ids(conn: Connection, query: str, *, kind: str) -> list[str]:
    """Return ids of all records of `kind` matching `query`, best first (for list filters)."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = conn.exec_driver_sql(
        "SELECT d.record_id FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
        " WHERE search_index MATCH ? AND d.kind = ? ORDER BY bm25(search_index, 10.0, 1.0)",
        (expression, kind),
    ).all()
    return [r[0] for r in rows]
