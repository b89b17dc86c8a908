"""The bulk path of change capture (`records.batch` through `capture_new`) against the path it
replaced (an ORM object per record, flushed, the batch captured by `capture`): the same
records, operations and heads, and the same merged result at a second device."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from db import fts
from liaison_app.kind_schema import Context
from liaison_app.kinds import spec
from liaison_app.services import records
from liaison_app.services.dump import dump_json
from liaison_app.store import Store
from sync import state, stored_body
from sync.capture import RecordChange, capture, capture_new
from sync.changeset import ChangesetBody
from tests.sync.conftest import Factory, introduce, send

Plan = list[tuple[str, Callable[[list[str]], dict[str, Any]]]]

# Every kind, references to records of the same batch, lists, entries, non-ASCII text,
# numbers, a date-time pair the finishing rule completes, and a record that never leaves.
PLAN: Plan = [
    ("org", lambda ids: {"name": "Médecins du Monde", "acronym": "MdM", "sectors": ["health", "wash"]}),
    ("org", lambda ids: {"name": "Bureau Est « nord »", "org_type": "ngo", "parent_id": ids[0]}),
    (
        "contact",
        lambda ids: {
            "full_name": "Amina Haddad",
            "organization_id": ids[1],
            "contact_points": [{"kind": "phone", "label": "mobile", "value": "+283 55 123 4567"}],
            "languages": ["Arabic", "French"],
            "tags": ["convoy"],
            "notes": 'said "not before noon" — twice',
        },
    ),
    ("contact", lambda ids: {"full_name": "Kept Here", "do_not_share": True}),
    (
        "meeting",
        lambda ids: {
            "title": "Convoy access",
            "start": "2026-03-14T09:30+03:00",
            "end": "11:00",
            "attendee_ids": [ids[2]],
            "organization_ids": [ids[0], ids[1]],
            "points": ["decision:Open the road", {"kind": "request", "text": "fuel"}],
            "latitude": 12.5,
            "longitude": 30.25,
        },
    ),
    (
        "action",
        lambda ids: {"title": "Send the list", "owner": ids[2], "due": "2026-04-01", "meeting_id": ids[4]},
    ),
    *[
        ("contact", lambda ids, n=n: {"full_name": f"Contact {n:03d}", "location": "Haldara"})
        for n in range(40)
    ],
]


def _new_path(store: Store, plan: Plan) -> list[str]:
    ids: list[str] = []
    with records.batch(store) as writes:
        for kind, fields in plan:
            ids.append(writes.add(kind, fields(ids)).id)
    return ids


def _old_path(store: Store, plan: Plan, ids: list[str], made_by: Store) -> None:
    """0.2.0's Batch.add and batch(), kept as the reference: the same ids and bookkeeping
    as `made_by` wrote (so the stores can be compared), everything else as it was."""
    changes = []
    documents = []
    with store.session() as s:
        ctx = Context(s)
        for (kind, fields), record_id in zip(plan, ids, strict=True):
            kind_spec = spec(kind)
            given = fields(ids)
            values: dict[str, Any] = {}
            for f in kind_spec.fields:
                if f.name in given:
                    values[f.name] = f.read(ctx, given[f.name])
                elif f.default is not None:
                    values[f.name] = f.default(ctx)
            bookkeeping = _bookkeeping(made_by, kind, record_id)
            record = kind_spec.table(
                id=record_id,
                created_at=bookkeeping.created_at,
                updated_at=bookkeeping.updated_at,
                author_officer=bookkeeping.author_officer,
                author_device=bookkeeping.author_device,
                **values,
            )
            kind_spec.finish(ctx, record)
            s.add(record)
            s.flush()
            documents.append(records._document(kind_spec, record))
            if not records._local_only(record):
                changes.append(RecordChange(kind, record_id, records._synced_values(record)))
        fts.put_many(s.connection(), documents)
        capture(s.connection(), store.writer(), changes)
        s.commit()


def _bookkeeping(store: Store, kind: str, record_id: str) -> Any:
    with store.session() as s:
        return s.get(spec(kind).table, record_id)


def _ops(store: Store) -> list[tuple[Any, ...]]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql("SELECT body FROM sync_changeset")
        bodies = [stored_body.unpack(b) for (b,) in rows]  # as signed, not as kept
    decoded = [ChangesetBody.decode(b) for b in bodies]
    assert all(d.encode() == b for d, b in zip(decoded, bodies, strict=True))  # canonical bytes
    return [(op.kind, op.record_id, op.field, op.value, op.pred) for d in decoded for op in d.ops]


def _heads(store: Store, ids: list[str]) -> dict[tuple[str, str], list[tuple[bool, int]]]:
    """Each field's heads as (written by this device?, its changeset's number)."""
    with store.session() as s:
        found = state.load_heads(s.connection(), ids)
    return {key: [(h.origin == store.author.device_id, h.seq) for h in heads] for key, heads in found.items()}


def _search(store: Store) -> list[tuple[Any, ...]]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT d.kind, d.record_id, i.title, i.body FROM search_doc d"
            " JOIN search_index i ON i.rowid = d.rowid ORDER BY d.record_id"
        )
        return [tuple(r) for r in rows]


def test_given_one_batch_when_written_by_the_old_and_the_new_path_then_records_ops_and_heads_are_the_same(
    device: Factory,
) -> None:
    new, old = device("Anna"), device("Anne")
    ids = _new_path(new, PLAN)
    _old_path(old, PLAN, ids, made_by=new)
    assert dump_json(new) == dump_json(old)
    assert _search(new) == _search(old)
    assert _ops(new) == _ops(old)
    assert _heads(new, ids) == _heads(old, ids)
    # The record created "do not share" left nothing to send, on either path.
    assert not any(op[1] == ids[3] for op in _ops(new))


def test_given_both_paths_when_each_store_is_sent_to_a_second_device_then_the_merged_results_match(
    device: Factory,
) -> None:
    new, old = device("Anna"), device("Anne")
    ids = _new_path(new, PLAN)
    _old_path(old, PLAN, ids, made_by=new)
    from_new, from_old = device("Ben"), device("Bea")
    introduce(new, from_new)
    introduce(old, from_old)
    send(new, from_new)
    send(old, from_old)
    assert dump_json(from_new) == dump_json(from_old)
    assert _search(from_new) == _search(from_old)
    assert _heads(from_new, ids) == _heads(from_old, ids)
    # And what arrived is what was written, less the record that never leaves.
    written = json.loads(dump_json(new))
    written["contacts"] = [c for c in written["contacts"] if c["id"] != ids[3]]
    assert json.loads(dump_json(from_new)) == written


def test_given_no_change_with_values_when_captured_then_nothing_is_written(device: Factory) -> None:
    anna = device("Anna")
    with anna.session() as s:
        assert capture_new(s.connection(), anna.writer(), [RecordChange("org", "x", {})]) is None
        assert s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one() == 0


def test_given_several_batches_when_captured_then_their_numbers_follow_on(device: Factory) -> None:
    anna = device("Anna")
    for n in range(3):
        with records.batch(anna) as writes:
            writes.add("org", {"name": f"Org {n}"})
    with anna.session() as s:
        rows = list(s.connection().exec_driver_sql("SELECT origin, seq FROM sync_changeset ORDER BY seq"))
        applied = state.version_vector(s.connection())
        next_seq = state.load_state(s.connection()).next_seq
    assert [seq for _origin, seq in rows] == [1, 2, 3]
    assert applied == {anna.author.device_id: 3}
    assert next_seq == 4


def test_given_changes_from_a_peer_when_a_batch_is_captured_then_its_body_is_canonical_and_names_them(
    device: Factory,
) -> None:
    anna, zoe = device("Anna"), device("Zoë")
    introduce(anna, zoe)
    _new_path(anna, PLAN[:3])
    send(anna, zoe)
    _new_path(zoe, [("org", lambda ids: {"name": "Zoë's « office »"})])
    with zoe.session() as s:
        (body,) = [
            stored_body.unpack(b)
            for (b,) in s.connection().exec_driver_sql(
                "SELECT body FROM sync_changeset WHERE origin = ?", (zoe.author.device_id,)
            )
        ]
    decoded = ChangesetBody.decode(body)
    assert decoded.encode() == body
    assert decoded.deps == {anna.author.device_id: 1}
    assert (decoded.officer, decoded.seq) == ("Zoë", 1)
