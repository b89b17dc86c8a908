"""Schema version 11: compact heads documents (no DDL: `sync_heads.heads` is rewritten).

Frozen as released: this code must never change (it reads no model and no sync module).
Up to version 10 a record's heads were one JSON object naming every field with its heads,
`{field: [[origin, seq, hlc(, value)], ...]}`: 828 B a record at HQ, mostly the same head
repeated per field. From 11 the head most fields share is written once,
`[origin, seq, hlc, "f1 f2 ..."]`, and only fields whose heads differ follow as the old
object: `[origin, seq, hlc, "f1 f2 ...", {field: heads}]` (issue 10, storage).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

_BATCH = 5_000  # documents per read: memory bounded whatever the store holds


def upgrade(conn: Connection) -> None:
    """Rewrite every schema-10 heads document in the compact form (conflict counts unchanged)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    after = ""
    while True:
        rows = raw.execute(
            "SELECT record_id, heads FROM sync_heads WHERE record_id > ? ORDER BY record_id LIMIT ?",
            (after, _BATCH),
        ).fetchall()
        if not rows:
            return
        after = rows[-1][0]
        updates = []
        for record_id, document in rows:
            fields = json.loads(document)
            if isinstance(fields, dict):  # compact ones (a list) are already done
                updates.append((_compact(fields), record_id))
        raw.executemany("UPDATE sync_heads SET heads = ? WHERE record_id = ?", updates)


def _compact(fields: dict[str, list[list[Any]]]) -> str:
    shared: dict[tuple[str, int, int], list[str]] = {}
    others: dict[str, list[list[Any]]] = {}
    for name, heads in fields.items():
        if len(heads) == 1:
            origin, seq, stamp = heads[0][:3]  # a lone head's value lives in the row
            shared.setdefault((origin, seq, stamp), []).append(name)
        else:
            others[name] = [[h[0], h[1], h[2], h[3] if len(h) > 3 else None] for h in heads]
    document: list[Any] = ["", 0, 0, ""]
    if shared:
        common = min(shared, key=lambda k: (-len(shared[k]), k))
        for key, names in shared.items():
            if key != common:
                others.update({name: [[key[0], key[1], key[2]]] for name in names})
        document = [*common, " ".join(sorted(shared[common]))]
    if others:
        document.append(dict(sorted(others.items())))
    return json.dumps(document, separators=(",", ":"))
