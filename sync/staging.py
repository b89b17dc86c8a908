"""Many rows written by one SQL statement, through a TEMP table.

Inside a savepoint (the merge applies each changeset in one), every statement of an
executemany opens and closes its own statement journal, and closing one walks the savepoint's
whole in-memory journal: an executemany of n rows into a table with triggers costs O(n²)
(5x the plain insert at 20k contacts, far worse at 100k). Staging the rows in a TEMP table
first (no triggers, no journal of the main database) and writing them with one INSERT ...
SELECT or UPDATE ... FROM closes one statement journal instead of n.

Values keep their exact type: the staging columns have no declared type (no affinity).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Fewer rows than this go by executemany: staging costs three statements of its own.
MIN_ROWS = 8


def insert(raw: Any, head: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Run `head` ("INSERT [OR REPLACE] INTO t (a, b, ...)") for every row, in their order."""
    if not rows:
        return
    width = len(rows[0])
    if len(rows) < MIN_ROWS:
        raw.executemany(f"{head} VALUES ({', '.join('?' * width)})", rows)
        return
    stage = _staged(raw, rows, width)
    columns = ", ".join(f"p{i}" for i in range(width))
    raw.execute(f"{head} SELECT {columns} FROM {stage} ORDER BY rowid")
    raw.execute(f"DELETE FROM {stage}")


def update(raw: Any, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Set `columns` (already quoted) of the rows of `table` whose id is each row's last value."""
    if not rows:
        return
    if len(rows) < MIN_ROWS:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        raw.executemany(f"UPDATE {table} SET {assignments} WHERE id = ?", rows)
        return
    width = len(columns) + 1
    stage = _staged(raw, rows, width)
    assignments = ", ".join(f"{c} = s.p{i}" for i, c in enumerate(columns))
    raw.execute(f"UPDATE {table} SET {assignments} FROM {stage} AS s WHERE {table}.id = s.p{width - 1}")
    raw.execute(f"DELETE FROM {stage}")


def _staged(raw: Any, rows: Sequence[tuple[Any, ...]], width: int) -> str:
    name = f"merge_stage_{width}"
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({', '.join(f'p{i}' for i in range(width))})")
    raw.execute(f"DELETE FROM temp.{name}")  # left over only if a failed write was not undone
    raw.executemany(f"INSERT INTO temp.{name} VALUES ({', '.join('?' * width)})", rows)
    return f"temp.{name}"
