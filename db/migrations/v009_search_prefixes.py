"""Schema version 9: the full-text index gets prefix indexes of 1, 2 and 3 characters.

Frozen as released: this SQL must never change. Every typed word is searched as a prefix
(`"c"*`), and without a prefix index FTS5 merges the doclists of every term that starts with
it, for each query: at 300,000 contacts "c" cost 100 ms and "283 42" (a phone number) 40 ms
before ranking; with `prefix = '1 2 3'` they read one stored doclist (under 8 ms). Longer
prefixes match few terms and need none.

FTS5 cannot add a prefix index to an existing table, so the index is rebuilt: its documents
are copied out (the rowids are `search_doc`'s, so they are kept), the table is created again
as db/fts.py creates it now, and the documents go back in. At HQ (1.78 M documents) this is
minutes, once, inside the upgrade's transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection

_STATEMENTS = (
    "CREATE TEMP TABLE v009_documents AS SELECT rowid AS id, title, body FROM search_index",
    "DROP TABLE search_index",
    "CREATE VIRTUAL TABLE search_index USING fts5("
    " title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "INSERT INTO search_index (rowid, title, body) SELECT id, title, body FROM v009_documents ORDER BY id",
    "DROP TABLE v009_documents",
)


def upgrade(conn: Connection) -> None:
    """Rebuild the full-text index with prefix indexes, keeping every document and rowid."""
    for statement in _STATEMENTS:
        conn.exec_driver_sql(statement)
