"""Schema version 29: search folds Arabic (issue 14); titles and snippets stay as written.

Frozen as released: this SQL must never change. Until now `search_index` held its own copy
of each document and split Arabic words at their harakat ("مُحَمَّد" was four one-letter
tokens, so "محمد" never found it). Now combining marks are token characters, the index holds
documents folded by `db.search_fold` (tashkeel dropped, أ إ آ ٱ -> ا, ة -> ه, ى -> ي,
Arabic-Indic digits -> 0-9, ...), and it reads the text as written from a new table
`search_text` (external content), where the documents move: the shadow table
`search_index_content` had them by the same rowid, which is `search_doc`'s.

FTS5 cannot change an existing table's tokenizer or content, so the index is rebuilt: the
documents are copied into `search_text` (keeping every rowid), the index is created again
as db/fts.py creates it now, and every document goes back in folded, a batch at a time
(memory stays bounded). It uses today's folding on purpose: the index must hold what today's
queries are folded to; a later change of the folding brings its own rebuild. At HQ (1.8 M
documents) this is minutes, once, inside the upgrade's transaction (figures in
docs/BENCHMARKS.md, "Arabic search folding (issue 14)").
"""

from __future__ import annotations

from sqlalchemy import Connection

from db.search_fold import fold

_MOVE_DOCUMENTS = (
    "CREATE TABLE search_text (rowid INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)",
    "INSERT INTO search_text (rowid, title, body)"
    " SELECT c.id, coalesce(c.c0, ''), coalesce(c.c1, '')"
    " FROM search_index_content c JOIN search_doc d ON d.rowid = c.id ORDER BY c.id",
    # A document missing from either table was unreachable already: it is not carried over.
    "DELETE FROM search_doc WHERE rowid NOT IN (SELECT rowid FROM search_text)",
    "DROP TABLE search_index",
    "CREATE VIRTUAL TABLE search_index USING fts5("
    " title, body, content = 'search_text', content_rowid = 'rowid',"
    " tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''', prefix = '1 2 3')",
    "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
)
BATCH = 5_000  # documents folded and indexed per statement
_READ = "SELECT rowid, title, body FROM search_text WHERE rowid > ? ORDER BY rowid LIMIT ?"
_INDEX = "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)"


def upgrade(conn: Connection) -> None:
    """Move the documents into `search_text` and index them again, folded."""
    for statement in _MOVE_DOCUMENTS:
        conn.exec_driver_sql(statement)
    raw = conn.connection.driver_connection
    assert raw is not None
    after = 0
    while rows := raw.execute(_READ, (after, BATCH)).fetchall():
        raw.executemany(_INDEX, [(rowid, fold(title), fold(body)) for rowid, title, body in rows])
        after = rows[-1][0]
