"""Full-text index (FTS5) inside the encrypted file: one document per live record.

The FTS rowid comes from `search_doc`, keyed by record id, so replacing or dropping the
document of one record is an index lookup rather than a scan of the whole index.
`search_text` holds each document as written, by the same rowid; `search_index` indexes it
folded (`db.search_fold`: Arabic marks and letter variants) and reads it back from
`search_text` (external content), so titles and snippets show the text as written while
matching ignores tashkeel. (`search_doc` stays narrow: searches filtered by kind look up one
of its rows per match.) The index cannot fold for itself, hence two rules:

- a document enters the index only through `put` / `put_many`, and leaves it through the
  FTS5 'delete' command given its folded text again (never `DELETE FROM search_index`, which
  would remove the unfolded tokens);
- never FTS5's 'rebuild' or 'integrity-check' commands: they tokenize `search_text` unfolded
  (v029 shows how to re-index: each document folded, a batch at a time).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from db.search_fold import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Combining marks (M*) are token characters, not separators as by default: unicode61 split
# "مُحَمَّد" into four one-letter tokens at its harakat. Folding then drops them (db.search_fold).
# Quoted for the SQL string literal it goes in.
TOKENIZE = "unicode61 remove_diacritics 2 categories ''L* N* Co M*''"


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
        "CREATE TABLE search_text (rowid INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)"
    )
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        " title, body, content = 'search_text', content_rowid = 'rowid',"
        f" tokenize = '{TOKENIZE}', prefix = '1 2 3')"
    )
    # A deleted document's tokens leave the segments (schema 25), not only masked: a purge.
    conn.exec_driver_sql("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)")


_TEXT = "INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)"
_INDEX = "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)"
_UNINDEX = "INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', ?, ?, ?)"
_WITH_TEXT = (
    "SELECT d.rowid, coalesce(t.title, ''), coalesce(t.body, '')"
    " FROM search_doc d LEFT JOIN search_text t ON t.rowid = d.rowid"
)


def put(conn: Connection, *, kind: str, record_id: str, title: str, body: str) -> None:
    """Index (or re-index) one record."""
    remove(conn, record_id)
    rowid = conn.exec_driver_sql(
        "INSERT INTO search_doc (kind, record_id) VALUES (?, ?) RETURNING rowid", (kind, record_id)
    ).scalar_one()
    conn.exec_driver_sql(_TEXT, (rowid, title, body))
    conn.exec_driver_sql(_INDEX, (rowid, fold(title), fold(body)))


def put_many(conn: Connection, documents: list[tuple[str, str, str, str]]) -> None:
    """Index (or re-index) many records at once: (kind, record id, title, body) each.

    The bulk path of a sync merge: a few executemany calls instead of statements per record.
    """
    if not documents:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    # Only records that have a document already need theirs dropped: most of a merge is new
    # records, whose per-id DELETEs found nothing yet each cost two index lookups.
    existing = _documents_of(conn, [record_id for _, record_id, _, _ in documents])
    if existing:
        _drop(raw, existing)
    # The driver's cursor throughout: a merge re-indexes in batches, so this runs per batch.
    start = raw.execute("SELECT coalesce(max(rowid), 0) + 1 FROM search_doc").fetchone()[0]
    raw.executemany(
        "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, ?, ?)",
        [(start + i, kind, record_id) for i, (kind, record_id, _, _) in enumerate(documents)],
    )
    texts = [(start + i, title, body) for i, (_, _, title, body) in enumerate(documents)]
    raw.executemany(_TEXT, texts)
    raw.executemany(_INDEX, _folded(texts))


_IDS_PER_QUERY = 500  # well under SQLite's bound on parameters per statement


def _documents_of(conn: Connection, record_ids: list[str]) -> list[tuple[int, str, str]]:
    """(rowid, title, body) of those of `record_ids` that have a document. Through the
    Connection, so that it has begun the transaction the driver's statements then run in."""
    found: list[tuple[int, str, str]] = []
    for start in range(0, len(record_ids), _IDS_PER_QUERY):
        part = record_ids[start : start + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(part))
        rows = conn.exec_driver_sql(f"{_WITH_TEXT} WHERE d.record_id IN ({marks})", tuple(part))
        found.extend((int(r), t, b) for r, t, b in rows)
    return found


def _drop(raw: Any, documents: list[tuple[int, str, str]]) -> None:
    """Drop these (rowid, title, body) documents from the index and both tables."""
    raw.executemany(_UNINDEX, _folded(documents))
    rowids = [(rowid,) for rowid, _, _ in documents]
    raw.executemany("DELETE FROM search_text WHERE rowid = ?", rowids)
    raw.executemany("DELETE FROM search_doc WHERE rowid = ?", rowids)


def remove(conn: Connection, record_id: str) -> None:
    """Drop a record's document, if it has one."""
    found = _documents_of(conn, [record_id])
    if found:
        raw = conn.connection.driver_connection
        assert raw is not None
        _drop(raw, found)


def _folded(rows: Iterable[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """(rowid, title, body) rows as the index holds them."""
    return [(rowid, fold(title), fold(body)) for rowid, title, body in rows]


def match_expression(query: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match, as a prefix.

    Quoting each token keeps FTS5 operators and punctuation in user input inert. The words
    are folded as the indexed text is (and composed first: a decomposed é is one word).
    """
    tokens = _TOKEN.findall(fold(unicodedata.normalize("NFC", query)))
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


# Ranking (bm25 and a snippet per match) costs about 3 us per match, and a common word at HQ
# matches 465,608 documents (1.35 s). So at most this many candidates are ranked: the newest
# matches by rowid, which FTS5 walks in index order without ranking (30 ms for the same word).
CANDIDATE_CAP = 2_000


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ranked hits, and whether only the newest `cap` matches were ranked to find them."""

    hits: tuple[SearchHit, ...]
    capped: bool
    cap: int


def _matches_sql(kinds: tuple[str, ...]) -> str:
    """FROM and WHERE of the matches of one expression (then `kinds`); the join to
    `search_doc` only when kinds are asked for, so an unfiltered walk stays inside FTS5."""
    if not kinds:
        return " FROM search_index s WHERE search_index MATCH ?"
    return (
        " FROM search_index s JOIN search_doc d ON d.rowid = s.rowid WHERE search_index MATCH ?"
        f" AND d.kind IN ({', '.join('?' for _ in kinds)})"
    )


def _cap_boundary(conn: Connection, expression: str, kinds: tuple[str, ...], cap: int) -> int | None:
    """The rowid of the (cap + 1)-th newest match, or None if there are at most `cap` matches.

    Candidates are then the matches with a greater rowid: exactly `cap` of them. FTS5 answers
    `ORDER BY rowid DESC` from its doclists, so this reads `cap` matches and ranks none.
    """
    sql = "SELECT s.rowid" + _matches_sql(kinds) + " ORDER BY s.rowid DESC LIMIT 1 OFFSET ?"
    value = conn.exec_driver_sql(sql, (expression, *kinds, cap)).scalar_one_or_none()
    return None if value is None else int(value)


def ranked_sql(*, kinds: int, bounded: bool) -> str:
    """The ranking statement: params are the expression, [the rowid bound], [kinds], limit.

    With `bounded`, `s.rowid > ?` is a constraint FTS5 applies while walking its doclists, so
    bm25 and snippet run for at most the candidates above the bound, never for every match.
    """
    sql = (
        "SELECT d.kind, d.record_id, s.title,"
        " snippet(search_index, 1, '[', ']', '…', 12), bm25(search_index, 10.0, 1.0) AS r"
        " FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
        " WHERE search_index MATCH ?"
    )
    if bounded:
        sql += " AND s.rowid > ?"
    if kinds:
        sql += f" AND d.kind IN ({', '.join('?' for _ in range(kinds))})"
    return sql + " ORDER BY r, d.record_id LIMIT ?"


def search_capped(
    conn: Connection,
    query: str,
    *,
    kinds: tuple[str, ...] = (),
    limit: int = 50,
    cap: int = CANDIDATE_CAP,
) -> SearchResult:
    """The best-ranked hits for `query` among its newest `cap` matches (titles weigh ten times
    the body); below the cap, every match is ranked, exactly as an unbounded search would."""
    expression = match_expression(query)
    if expression is None:
        return SearchResult(hits=(), capped=False, cap=cap)
    boundary = _cap_boundary(conn, expression, kinds, cap)
    params: list[object] = [expression]
    if boundary is not None:
        params.append(boundary)
    params.extend(kinds)
    params.append(limit)
    rows = conn.exec_driver_sql(
        ranked_sql(kinds=len(kinds), bounded=boundary is not None), tuple(params)
    ).all()
    hits = tuple(SearchHit(kind=k, id=i, title=t, snippet=sn, rank=float(r)) for k, i, t, sn, r in rows)
    return SearchResult(hits=hits, capped=boundary is not None, cap=cap)


def search(conn: Connection, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
    """Return the best-ranked hits for `query` among its newest CANDIDATE_CAP matches."""
    return list(search_capped(conn, query, kinds=kinds, limit=limit).hits)


def count_matches(conn: Connection, query: str, *, kinds: tuple[str, ...] = (), limit: int = 10_001) -> int:
    """How many records match `query`, counting no further than `limit`.

    A result equal to `limit` means "at least that many": counting every match of a common
    word at HQ would walk 465,608 documents, and nobody reads a number past ten thousand.
    """
    expression = match_expression(query)
    if expression is None:
        return 0
    sql = "SELECT count(*) FROM (SELECT 1" + _matches_sql(kinds) + " LIMIT ?)"
    return int(conn.exec_driver_sql(sql, (expression, *kinds, limit)).scalar_one())


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
