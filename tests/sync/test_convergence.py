"""Property: after any exchanges that let every change reach every device, all devices hold
the same data and the same conflicts, and no concurrent edit vanished without a trace.

Four field devices and an HQ relay make random creates, edits, deletes, conflict resolutions,
do-not-share marks and lifts (a device lifts only its own mark), merges of duplicates (also
of one pair in opposite directions, and chains) and unmerges; bundles are written into
a mailbag and delivered late, twice, out of order or never (then re-sent); one device's clock
runs a day ahead; HQ may revoke one field device mid-run (its bundles are refused from then
on, and the devices still trusted converge).
Examples: 120 by default (each now also merges, unmerges and relays areas), $LIAISON_SYNC_EXAMPLES
for a nightly-size run (e.g. 5000).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from db.models import DERIVED_COLUMNS
from liaison_app import profile
from liaison_app.errors import Rule, ValidationError
from liaison_app.services import dump, record_merge, record_purge, records, syncing
from liaison_app.store import Store
from sync import records as sync_records
from sync.changeset import MERGED_INTO, PURGED, ChangesetBody
from sync.state import decode_heads
from tests.conftest import CHEAP_KDF
from tests.sync.conftest import introduce

FIELD_DEVICES = ("anna", "bert", "cara", "dave")
DAY_MS = 24 * 60 * 60 * 1000
EXAMPLES = int(os.environ.get("LIAISON_SYNC_EXAMPLES", "120"))
MAX_RECORDS = 6  # few records, so that devices keep meeting on the same ones
MERGEABLE = ("org", "contact")
PASSPHRASE = "passphrase"

# Few distinct values, so that concurrent edits often collide (and sometimes agree).
WORDS = st.sampled_from(["alpha", "bravo", "charlie", "delta"])
EDITS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "org": {"name": WORDS, "acronym": WORDS, "notes": WORDS, "sectors": st.lists(WORDS, max_size=2)},
    "contact": {"full_name": WORDS, "position": WORDS, "tags": st.lists(WORDS, max_size=2)},
    "meeting": {
        "title": WORDS,
        "status": st.sampled_from(["draft", "final", "sent"]),
        "start": st.sampled_from(["2026-11-20T10:00+03:00", "2026-11-21T08:00Z"]),
    },
    "action": {
        "title": WORDS,
        "status": st.sampled_from(["open", "in-progress", "done", "cancelled"]),
        "priority": st.sampled_from(["low", "normal", "high"]),
    },
    "area": {
        "name": WORDS,
        "pcode": st.sampled_from(["CD61", "CD62"]),
        "level": st.sampled_from(["adm1", "adm2"]),
    },
}
CREATE = {
    "org": {"name": "new org"},
    "contact": {"full_name": "new contact"},
    "meeting": {"title": "new meeting", "start": "2026-11-20T10:00+03:00"},
    "action": {"title": "new action"},
    "area": {"name": "new area"},
}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Empty profiles that already trust each other (field devices trust HQ only), made once
    and copied for each example: new key pairs for every example would dominate the run."""
    root = tmp_path_factory.mktemp("templates")
    stores: dict[str, Store] = {}
    for name in (*FIELD_DEVICES, "hq"):
        created = profile.init(
            root / name,
            passphrase=PASSPHRASE,
            officer_name=name.capitalize(),
            device_name=f"{name}-laptop",
            role="hq" if name == "hq" else "field",
            cost=CHEAP_KDF,
        )
        stores[name] = created.store
    for name in FIELD_DEVICES:
        introduce(stores[name], stores["hq"])
    for store in stores.values():
        store.close()
    return {name: root / name for name in stores}


class Exchange(RuleBasedStateMachine):
    """Devices, a mailbag of bundle files, and the records each device has made."""

    templates: dict[str, Path]
    workdir: Path

    def __init__(self) -> None:
        super().__init__()
        self.stores: dict[str, Store] = {}
        self.mailbag: list[tuple[Path, str]] = []  # (bundle, recipient)
        # In creation order: choices must not depend on random ids, or replays would differ.
        self.created: list[tuple[str, str]] = []
        self.bundle_count = 0
        self.imported: set[Path] = set()  # bundles imported once: a second delivery is harmless
        self.sender: dict[Path, str] = {}
        self.revoked: str | None = None  # the field device HQ revoked, if it did
        self.purged: dict[str, set[str]] = {}  # records purged for good, by the devices that did
        # Records a subclass's premise needs kept: never deleted, purged or merged (none here).
        self.kept: set[str] = set()

    @initialize()
    def start(self) -> None:
        if self.workdir.exists():
            shutil.rmtree(self.workdir)
        for name, template in self.templates.items():
            shutil.copytree(template, self.workdir / name)
            self.stores[name] = profile.unlock(self.workdir / name, PASSPHRASE)
        self.stores["dave"].clock_skew_ms = DAY_MS - 1000  # a laptop whose clock runs a day ahead

    def teardown(self) -> None:
        for store in self.stores.values():
            store.close()

    # --- local work -----------------------------------------------------------------

    @precondition(lambda self: len(self.created) < MAX_RECORDS)
    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), kind=st.sampled_from(list(CREATE)))
    def create(self, device: str, kind: str) -> None:
        record = records.add(self.stores[device], kind, CREATE[kind])
        self.created.append((kind, record.id))

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def edit(self, device: str, data: st.DataObject) -> None:
        live = self._shared(device)
        if live:
            kind, record_id = data.draw(st.sampled_from(live))
            field = data.draw(st.sampled_from(sorted(EDITS[kind])))
            records.edit(self.stores[device], kind, record_id, {field: data.draw(EDITS[kind][field])})

    @rule(
        pair=st.lists(st.sampled_from((*FIELD_DEVICES, "hq")), min_size=2, max_size=2, unique=True),
        delete_one=st.booleans(),
        data=st.data(),
    )
    def edit_concurrently(self, pair: list[str], delete_one: bool, data: st.DataObject) -> None:
        """Two devices change the same record without having seen each other's change."""
        other = set(self._shared(pair[1]))
        shared = [item for item in self._shared(pair[0]) if item in other]
        if not shared:
            return
        kind, record_id = data.draw(st.sampled_from(shared))
        field = data.draw(st.sampled_from(sorted(EDITS[kind])))
        first, second = (self.stores[name] for name in pair)
        records.edit(first, kind, record_id, {field: data.draw(EDITS[kind][field])})
        if delete_one and record_id not in self.kept:
            records.delete_record(second, kind, record_id)
        else:
            records.edit(second, kind, record_id, {field: data.draw(EDITS[kind][field])})

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def delete(self, device: str, data: st.DataObject) -> None:
        live = [item for item in self._shared(device) if item[1] not in self.kept]
        if live:
            kind, record_id = data.draw(st.sampled_from(live))
            records.delete_record(self.stores[device], kind, record_id)

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def purge(self, device: str, data: st.DataObject) -> None:
        """A device purges a record for good: every device drops it once the marker arrives,
        and no bundle written before brings it back (docs/SYNC.md, "Purge")."""
        live = [item for item in self._shared(device) if item[1] not in self.kept]
        if live:
            kind, record_id = data.draw(st.sampled_from(live))
            record_purge.purge(self.stores[device], kind, [record_id], reason="test")
            self.purged.setdefault(record_id, set()).add(device)

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def mark_or_lift(self, device: str, data: st.DataObject) -> None:
        """A device marks a contact do-not-share, or clears the mark."""
        contacts = [item for item in self._live(device) if item[0] == "contact"]
        if contacts:
            self._flip(device, data.draw(st.sampled_from(contacts))[1])

    @rule(
        pair=st.lists(st.sampled_from((*FIELD_DEVICES, "hq")), min_size=2, max_size=2, unique=True),
        data=st.data(),
    )
    def mark_concurrently(self, pair: list[str], data: st.DataObject) -> None:
        """Two devices mark or clear the same contact without having seen each other's."""
        other = set(self._live(pair[1]))
        both = [item for item in self._live(pair[0]) if item in other and item[0] == "contact"]
        if both:
            record_id = data.draw(st.sampled_from(both))[1]
            for device in pair:
                self._flip(device, record_id)

    def _flip(self, device: str, record_id: str) -> None:
        """Mark, or clear: refused, changing nothing, while another device's mark stands
        (only its own device lifts a mark)."""
        store = self.stores[device]
        marked = records.get(store, "contact", record_id).do_not_share  # type: ignore[attr-defined]
        try:
            records.edit(store, "contact", record_id, {"do_not_share": not marked})
        except ValidationError as refused:
            assert marked and refused.rule is Rule.MARKED_ELSEWHERE

    def _live(self, device: str) -> list[tuple[str, str]]:
        # Asked before almost every step: ids only, one query per kind, not whole records.
        with self.stores[device].session() as s:
            conn = s.connection()
            live = {
                record_id
                for kind in CREATE
                for (record_id,) in conn.exec_driver_sql(
                    f"SELECT id FROM {sync_records.table_name(kind)} WHERE deleted_at IS NULL"
                )
            }
        return [(kind, record_id) for kind, record_id in self.created if record_id in live]

    def _shared(self, device: str) -> list[tuple[str, str]]:
        """Live records not marked do-not-share here: edits of a marked one stay on this
        device by design (tests/sync/test_do_not_share.py), so they are outside the property."""
        with self.stores[device].session() as s:
            rows = s.connection().exec_driver_sql("SELECT id FROM contact WHERE do_not_share")
            marked = {record_id for (record_id,) in rows}
        return [item for item in self._live(device) if item[1] not in marked]

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def merge(self, device: str, data: st.DataObject) -> None:
        """A device merges two of its organizations or contacts (either may be kept)."""
        pair = self._pair(device, data)
        if pair is not None:
            kind, keep, other = pair
            self._merge(device, kind, keep, other)

    @rule(
        pair=st.lists(st.sampled_from((*FIELD_DEVICES, "hq")), min_size=2, max_size=2, unique=True),
        data=st.data(),
    )
    def merge_opposite_ways(self, pair: list[str], data: st.DataObject) -> None:
        """Two devices merge the same two records, each keeping the other one."""
        found = self._pair(pair[0], data)
        if found is None:
            return
        kind, keep, other = found
        if {keep, other} <= {rid for _, rid in self._shared(pair[1])}:
            self._merge(pair[0], kind, keep, other)
            self._merge(pair[1], kind, other, keep)

    @rule(device=st.sampled_from((*FIELD_DEVICES, "hq")), data=st.data())
    def unmerge(self, device: str, data: st.DataObject) -> None:
        """A device undoes a merge it holds (its own or another device's)."""
        merged = [
            (kind, away.record_id)
            for kind, record_id in self._live(device)
            if kind in MERGEABLE
            for away in record_merge.merged_into(self.stores[device], kind=kind, record_id=record_id)
        ]
        if merged:
            kind, record_id = data.draw(st.sampled_from(sorted(merged)))
            record_merge.unmerge(self.stores[device], kind=kind, record_id=record_id)

    def _pair(self, device: str, data: st.DataObject) -> tuple[str, str, str] | None:
        """Two records of a kind that merges on `device`; when it lacks them, it enters the
        duplicate itself (as an officer would who had not checked), room permitting."""
        kind = data.draw(st.sampled_from(MERGEABLE))
        candidates = [rid for k, rid in self._shared(device) if k == kind and rid not in self.kept]
        while len(candidates) < 2 and len(self.created) < MAX_RECORDS:
            self.create(device, kind)
            candidates.append(self.created[-1][1])
        if len(candidates) < 2:
            return None
        keep, other = data.draw(st.lists(st.sampled_from(candidates), min_size=2, max_size=2, unique=True))
        return kind, keep, other

    def _merge(self, device: str, kind: str, keep: str, other: str) -> None:
        record_merge.merge(self.stores[device], kind=kind, keep_id=keep, other_id=other)

    @rule(
        device=st.sampled_from((*FIELD_DEVICES, "hq")),
        keep=st.sampled_from(["local", "remote"]),
        data=st.data(),
    )
    def resolve(self, device: str, keep: str, data: st.DataObject) -> None:
        order = {record_id: index for index, (_, record_id) in enumerate(self.created)}
        shared = {record_id for _, record_id in self._shared(device)}
        open_conflicts = sorted(
            (c for c in syncing.conflicts(self.stores[device]) if c.record_id in shared),
            key=lambda c: (order[c.record_id], c.field),
        )
        if open_conflicts:
            conflict = data.draw(st.sampled_from(open_conflicts))
            syncing.resolve_conflict(self.stores[device], conflict.id, keep=keep)

    @precondition(lambda self: self.revoked is None)
    @rule(device=st.sampled_from(FIELD_DEVICES))
    def hq_revokes(self, device: str) -> None:
        """A laptop lost or compromised: HQ revokes it and tells the others in its bundles."""
        syncing.revoke_peer(self.stores["hq"], self.stores[device].author.device_id)
        self.revoked = device

    # --- exchanges ------------------------------------------------------------------

    @rule(device=st.sampled_from(FIELD_DEVICES), full=st.booleans())
    def officer_writes_for_hq(self, device: str, full: bool) -> None:
        self._export(device, "hq", full=full)

    @rule(device=st.sampled_from(FIELD_DEVICES), full=st.booleans())
    def hq_writes_for_officer(self, device: str, full: bool) -> None:
        self._export("hq", device, full=full)

    @precondition(lambda self: bool(self.mailbag))
    @rule(data=st.data(), keep_copy=st.booleans())
    def deliver(self, data: st.DataObject, keep_copy: bool) -> None:
        """Any bundle, in any order; keeping a copy means it will be imported again later."""
        index = data.draw(st.integers(0, len(self.mailbag) - 1))
        path, recipient = self.mailbag[index]
        if not keep_copy:
            del self.mailbag[index]
        self._import(recipient, path)

    @rule(device=st.sampled_from(FIELD_DEVICES))
    def officer_syncs_with_hq_now(self, device: str) -> None:
        """Both ways at once, as when an officer is at HQ with a USB stick."""
        if device == self.revoked:
            return
        self._export(device, "hq", full=False)
        self._import("hq", self.mailbag.pop()[0])
        self._export("hq", device, full=False)
        self._import(device, self.mailbag.pop()[0])

    @precondition(lambda self: bool(self.mailbag))
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        """A USB stick that never arrives."""
        del self.mailbag[data.draw(st.integers(0, len(self.mailbag) - 1))]

    @invariant()
    def every_device_is_consistent_with_itself(self) -> None:
        for store in self.stores.values():
            for conflict in syncing.conflicts(store):
                assert sum(v.winner for v in conflict.values) == 1

    def _export(self, sender: str, recipient: str, *, full: bool) -> None:
        if self.revoked in (sender, recipient):
            return  # HQ writes nothing for a revoked device, and refuses what it writes
        self.bundle_count += 1
        path = self.workdir / f"bundle-{self.bundle_count}.liaison"
        syncing.export_bundle(
            self.stores[sender], to=[self.stores[recipient].author.device_id], path=path, full=full
        )
        self.mailbag.append((path, recipient))
        self.sender[path] = sender

    def _import(self, recipient: str, path: Path) -> None:
        if self.sender[path] == self.revoked:
            # Written before the revocation, delivered after: refused whole, nothing changed.
            (outcome,) = syncing.import_bundles(self.stores[recipient], [path])
            assert outcome.refused or path in self.imported, (path, outcome)
            return
        # A valid bundle is never refused (that would raise); one delivered twice is harmless.
        outcome = syncing.import_bundle(self.stores[recipient], path)
        expected = (
            syncing.FileStatus.ALREADY_IMPORTED if path in self.imported else syncing.FileStatus.IMPORTED
        )
        assert outcome.status is expected, (path, outcome)
        self.imported.add(path)

    # --- the property ---------------------------------------------------------------

    def final_exchange(self) -> None:
        """Two full rounds through HQ let every change (and every resolution) reach everyone."""
        for _ in range(2):
            for device in self._trusted():
                self._export(device, "hq", full=False)
                self._import("hq", self.mailbag.pop()[0])
            for device in self._trusted():
                self._export("hq", device, full=False)
                self._import(device, self.mailbag.pop()[0])

    def _trusted(self) -> list[str]:
        return [d for d in FIELD_DEVICES if d != self.revoked]

    def check_convergence(self) -> None:
        self.final_exchange()
        stores = {name: self.stores[name] for name in (*self._trusted(), "hq")}
        dumps = {name: dump.dump_json(store) for name, store in stores.items()}
        assert len(set(dumps.values())) == 1, _differences(dumps)
        lists = {
            name: json.dumps([c.to_json() for c in syncing.conflicts(store, include_resolved=True)])
            for name, store in stores.items()
        }
        assert len(set(lists.values())) == 1
        for record_id, purgers in self.purged.items():
            held = {name: _holds(store, record_id) for name, store in stores.items()}
            if purgers - {self.revoked}:  # gone everywhere: row, history, conflict values
                assert not any(held.values()), (record_id, held)
            else:  # a revoked device's purge stands only within its cut-off: alike everywhere
                assert len(set(held.values())) == 1, (record_id, held)
        _assert_no_silent_loss(self.stores["hq"])


def _holds(store: Store, record_id: str) -> bool:
    """Whether anything of the record is on `store`: its heads, or a conflict naming it."""
    with store.session() as s:
        heads = s.connection().exec_driver_sql("SELECT 1 FROM sync_heads WHERE record_id = ?", (record_id,))
        if heads.first() is not None:
            return True
    return any(c.record_id == record_id for c in syncing.conflicts(store, include_resolved=True))


def _differences(dumps: dict[str, str]) -> str:
    reference = dumps["hq"]
    return ", ".join(name for name, text in dumps.items() if text != reference) + " differ from hq"


def _operations(store: Store) -> Iterator[tuple[ChangesetBody, Any]]:
    with store.session() as s:
        # Rejected changesets (a revoked device's after its revocation) apply nothing.
        rows = s.connection().exec_driver_sql("SELECT body FROM sync_changeset WHERE status != 'rejected'")
        for (body,) in rows:
            decoded = ChangesetBody.decode(body)
            for op in decoded.ops:
                yield decoded, op


def _assert_no_silent_loss(store: Store) -> None:
    """Every value written to a field is either what the field shows, or was overwritten by
    someone who had seen it, or is listed in a conflict (open or resolved)."""
    by_field: dict[tuple[str, str], list[tuple[ChangesetBody, Any]]] = {}
    for body, op in _operations(store):
        by_field.setdefault((op.record_id, op.field), []).append((body, op))
    in_conflicts = {
        (c.record_id, c.field, v.origin, v.seq)
        for c in syncing.conflicts(store, include_resolved=True)
        for v in c.values
    }
    purged = {r for (r,) in _rows(store, "SELECT record_id FROM sync_purge_log")}
    for (record_id, field), ops in by_field.items():
        if field in DERIVED_COLUMNS or field == PURGED or record_id in purged:
            continue  # follows its source field, which is checked; or purged for good, on purpose
        for body, op in ops:
            seen_later = any(
                (other.origin == body.origin and other.seq > body.seq)
                or other.deps.get(body.origin, 0) >= body.seq
                for other, _ in ops
            )
            shows = _shown_by(store, op.kind, record_id, field, body)
            assert seen_later or shows or (record_id, field, body.origin, body.seq) in in_conflicts, (
                f"{op.kind} {record_id} {field}={op.value!r} by {body.origin}#{body.seq} vanished"
            )


def _rows(store: Store, query: str) -> list[tuple[Any, ...]]:
    with store.session() as s:
        return [tuple(row) for row in s.connection().exec_driver_sql(query)]


def _shown_by(store: Store, kind: str, record_id: str, field: str, body: ChangesetBody) -> bool:
    if field == MERGED_INTO:  # its heads are kept apart, with their values
        with store.session() as s:
            found = s.connection().exec_driver_sql(
                "SELECT 1 FROM sync_merge_head WHERE record_id = ? AND origin = ? AND seq = ?",
                (record_id, body.origin, body.seq),
            )
            return found.first() is not None
    with store.session() as s:
        document = (
            s.connection()
            .exec_driver_sql("SELECT heads FROM sync_heads WHERE record_id = ?", (record_id,))
            .scalar_one()
        )
    return (body.origin, body.seq) in {h.op_id for h in decode_heads(document).get(field, [])}


@pytest.mark.slow
def test_devices_converge_whatever_the_order_of_exchanges(templates: dict[str, Path], tmp_path: Path) -> None:
    class Machine(Exchange):
        def teardown(self) -> None:
            try:
                self.check_convergence()
            finally:
                super().teardown()

    Machine.templates = templates
    Machine.workdir = tmp_path / "run"
    Machine.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    Machine.TestCase().runTest()
