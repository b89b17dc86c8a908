"""Hostile but validly signed changesets, sent through the real export path: a device's own
key signs what a compromised laptop (or a buggy release) could sign."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from liaison_app.services import syncing
from liaison_app.store import Store
from sync import exchange
from sync.changeset import ChangesetBody, Op, pack_item, sign

_names = itertools.count()


def stored_body(store: Store, seq: int) -> ChangesetBody:
    """The store's own changeset number `seq`, decoded."""
    with store.session() as s:
        raw = (
            s.connection()
            .exec_driver_sql(
                "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (store.author.device_id, seq)
            )
            .scalar_one()
        )
    return ChangesetBody.decode(raw)


def signed(author: Store, body: ChangesetBody) -> bytes:
    """`body` as a bundle item, signed with the author's own key."""
    raw = body.encode()
    return pack_item(raw, sign(raw, author.identity.signing_private))


def with_value(body: ChangesetBody, field: str, value: object) -> ChangesetBody:
    """The same changeset with every operation on `field` writing `value` instead."""
    ops = tuple(
        Op(op.kind, op.record_id, op.field, value, op.pred) if op.field == field else op for op in body.ops
    )
    return ChangesetBody(body.origin, body.seq, body.hlc, body.officer, body.deps, ops)


def bundle_of(
    src: Store, dst: Store, items: Sequence[bytes], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> Path:
    """A bundle from src to dst, written by the real export, carrying exactly `items`."""

    def crafted(*_args: object) -> Iterator[bytes]:
        return iter(items)

    path = folder / f"hostile-{next(_names)}.liaison"
    with monkeypatch.context() as patch:
        patch.setattr(exchange, "_items", crafted)
        syncing.export_bundle(src, to=[dst.author.device_id], path=path)
    return path


def org_changeset(
    template: ChangesetBody, seq: int, notes: Sequence[str], *, hlc_step: int = 1
) -> ChangesetBody:
    """A changeset of the template's author creating one organization per `notes` value,
    each with every field an honest device would send (the template's first record's)."""
    first = template.ops[0].record_id
    shape = [op for op in template.ops if op.record_id == first]
    ops = []
    for index, text in enumerate(notes):
        record_id = f"{seq:08d}-0000-4000-8000-{index:012d}"
        for op in shape:
            ops.append(Op(op.kind, record_id, op.field, text if op.field == "notes" else op.value))
    return ChangesetBody(
        template.origin, seq, template.hlc + seq * hlc_step, template.officer, {}, tuple(ops)
    )
