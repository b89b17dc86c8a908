"""After an upgrade: merge the operations an older release kept but could not apply.

Each deferred operation is merged as if it had arrived with its changeset, in clock order
(which follows causality), except where a head already on the field was written by someone
who had seen that changeset: then the operation was knowingly overwritten and stays so, as
on every device that merged it when it arrived.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import Connection

from sync import deferred, op_rules, protocol, state
from sync.changeset import ChangesetBody, Op
from sync.merge import MergeResult, apply


def remerge_deferred(conn: Connection, result: MergeResult, rules: op_rules.OpRules | None = None) -> int:
    """Merge every deferred operation this release now understands; returns how many.

    Only operations kept by a release older than this one are looked at (nothing else can
    have become understood), and each release looks at them once. One whose value this
    release refuses is dropped (its changeset was accepted long ago, by what older releases
    could check), as on every device of this release.
    """
    rows = list(
        conn.exec_driver_sql(
            "SELECT d.origin, d.seq, d.ops, c.body FROM sync_deferred d"
            " JOIN sync_changeset c ON c.origin = d.origin AND c.seq = d.seq"
            " WHERE d.at_protocol < ? ORDER BY c.hlc, d.origin, d.seq",
            (protocol.PROTOCOL,),
        )
    )
    merged = 0
    for _origin, _seq, indices_json, raw in rows:
        body = ChangesetBody.decode(bytes(raw))
        indices: list[int] = json.loads(indices_json)
        now_known = [i for i in indices if deferred.understood(body.ops[i])]
        ops = tuple(
            body.ops[i]
            for i in now_known
            if op_rules.value_fits(body.ops[i], rules) and not _overwritten_here(conn, body, body.ops[i])
        )
        if ops:
            apply(conn, replace(body, ops=ops), result)
        deferred.note(conn, body, [i for i in indices if i not in now_known])
        merged += len(now_known)
    return merged


def _overwritten_here(conn: Connection, body: ChangesetBody, op: Op) -> bool:
    """Whether a current head of the field was written after seeing `body`."""
    heads = state.load_heads(conn, [op.record_id]).get((op.record_id, op.field), [])
    for head in heads:
        if head.origin == body.origin and head.seq > body.seq:
            return True
        row = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (head.origin, head.seq)
        ).first()
        if row is not None and ChangesetBody.decode(bytes(row[0])).deps.get(body.origin, 0) >= body.seq:
            return True
    return False
