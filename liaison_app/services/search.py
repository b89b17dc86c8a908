"""Ranked full-text search over every kind of record.

At HQ a common word matches hundreds of thousands of records, so only the newest
`fts.CANDIDATE_CAP` matches are ranked; `find` says when that happened so the screen can say
"more than 2,000 matches: the newest are ranked", and `count_matches` counts separately, on
demand, and stops early.
"""

from __future__ import annotations

from db import fts
from db.fts import SearchHit, SearchResult
from liaison_app.store import Store

COUNT_LIMIT = 10_001  # "more than 10,000" is all anyone needs to read


def search(store: Store, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
    """Best hits first; every word of `query` must match (as a word prefix)."""
    return list(find(store, query, kinds=kinds, limit=limit).hits)


def find(store: Store, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> SearchResult:
    """Best hits first among the newest CANDIDATE_CAP matches, and whether there were more."""
    with store.session() as s:
        return fts.search_capped(s.connection(), query, kinds=kinds, limit=limit)


def count_matches(store: Store, query: str, *, kinds: tuple[str, ...] = (), limit: int = COUNT_LIMIT) -> int:
    """How many records match `query`, up to `limit` (a result of `limit` means "at least")."""
    with store.session() as s:
        return fts.count_matches(s.connection(), query, kinds=kinds, limit=limit)
