"""Ranked full-text search over every kind of record."""

from __future__ import annotations

from db import fts
from db.fts import SearchHit
from liaison_app.store import Store


def search(store: Store, query: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
    """Best hits first; every word of `query` must match (as a word prefix)."""
    with store.session() as s:
        return fts.search(s.connection(), query, kinds=kinds, limit=limit)
