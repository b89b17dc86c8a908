"""The canonical dump: every live record's user fields as deterministic JSON.

Two profiles holding the same data print byte-identical dumps, which is what sync tests
compare, so nothing local (times of writing, authorship, indexes) appears in it. What a
newer protocol added (a record kind, a field) appears once it holds something, so a profile
holding only what 0.1.0 can hold dumps byte for byte as 0.1.0 dumps it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import col, select

from liaison_app.kinds import KINDS, KindSpec
from liaison_app.services.records import as_dict
from liaison_app.store import Store
from sync.protocol import PROTOCOL_1_KINDS

FORMAT = "liaison-dump/1"


def dump(store: Store) -> dict[str, Any]:
    """Every live record of every kind, each list sorted by id, set-like lists sorted."""
    document: dict[str, Any] = {"format": FORMAT}
    with store.session() as s:
        for kind_spec in KINDS.values():
            table = kind_spec.table
            rows = s.exec(select(table).where(col(table.deleted_at).is_(None)).order_by(table.id))
            items = [canonical(kind_spec, as_dict(row, bookkeeping=False)) for row in rows]
            if items or kind_spec.kind.value in PROTOCOL_1_KINDS:
                document[kind_spec.section] = items
    return document


def canonical(kind_spec: KindSpec, item: dict[str, Any]) -> dict[str, Any]:
    """One record's item as the dump writes it: set-like lists sorted, newer fields only when
    set (also how an imported item is compared with the record already here)."""
    for f in kind_spec.fields:
        if f.set_like and isinstance(item.get(f.name), list):
            item[f.name] = sorted(item[f.name], key=_sort_key)
        if f.protocol > 1 and f.name in item and item[f.name] in (None, f.unset):
            del item[f.name]
    return item


def dump_json(store: Store) -> str:
    """The dump as canonical JSON text (sorted keys, two-space indent, trailing newline)."""
    return json.dumps(dump(store), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def _sort_key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)
