"""What a received `_merged_into` operation must hold (beside sync.op_rules' checks of every
operation): as strict as the merge service is with a local merge, decided against the
changeset's causal past only, so every device decides alike.

A merge names a record of a kind that merges (organizations, contacts), a well-formed id of
another record of the same kind that its author had (in its causal past), or None to unmerge.
"""

from __future__ import annotations

from sqlalchemy import Connection

from sync import op_rules, seen
from sync.changeset import MERGED_INTO, ChangesetBody
from sync.merges import MERGEABLE
from sync.refusals import ChangesetRejection


def check(conn: Connection, body: ChangesetBody) -> op_rules.Rejection | None:
    """Why the merge must refuse `body` for one of its `_merged_into` operations, or None."""
    ops = [op for op in body.ops if op.field == MERGED_INTO]
    if not ops:
        return None
    for op in ops:
        where = f"{op.kind}.{MERGED_INTO}"
        if op.kind not in MERGEABLE:
            return op_rules.Rejection(ChangesetRejection.NOT_WRITABLE, where)
        if op.pred:
            return op_rules.Rejection(ChangesetRejection.BAD_PRED, where)
        if op.value is not None and not (
            type(op.value) is str and op_rules.well_formed_id(op.value) and op.value != op.record_id
        ):
            return op_rules.Rejection(ChangesetRejection.BAD_VALUE, where)
    names = [op.record_id for op in ops] + [op.value for op in ops if op.value is not None]
    past = seen.in_past(conn, body, names)
    for op in ops:
        where = f"{op.kind}.{MERGED_INTO}"
        for record_id in (op.record_id, op.value):
            if record_id is None:
                continue
            found = past.get(record_id)
            if found is None:
                return op_rules.Rejection(ChangesetRejection.MISSING_REFERENCE, where)
            if found != op.kind:
                return op_rules.Rejection(ChangesetRejection.WRONG_KIND, where)
    return None
