"""The bulk merge (`merge.apply`) and the per-field merge (`merge.apply_per_field`) give the
same store: not one merged value, head or conflict differs (issue 10, "Done when").

The same changesets are drained into two empty profiles, one through each path, and
compared whole (`support.state_of`: canonical dump, raw rows of every record and sync table,
raw heads documents), plus the decoded heads and the conflict lists. The changesets come
from the convergence examples (every device's store after a random run) and from a
generated workload with concurrency: devices that see each other's changesets late, edit
the same fields, delete, resolve with `pred`, mark do-not-share and recreate the same id.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import initialize

from liaison_app import profile
from liaison_app.services import records
from liaison_app.store import Store
from sync import hlc, merge
from sync.changeset import DELETED, ChangesetBody, Op
from sync.conflicts import list_conflicts
from sync.state import decode_heads
from tests.conftest import CHEAP_KDF
from tests.sync import test_convergence
from tests.sync.support import state_of
from tests.sync.test_convergence import Exchange, templates

__all__ = ["templates"]  # the convergence examples' profiles (a fixture, used below)

PASSPHRASE = test_convergence.PASSPHRASE
EXAMPLES = int(os.environ.get("LIAISON_MERGE_PATH_EXAMPLES", "25"))
Row = tuple[str, int, int, bytes]  # a stored changeset: origin, seq, hlc, body


@pytest.fixture(scope="module")
def observer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty profile that has seen nothing: copied for each replay."""
    directory = tmp_path_factory.mktemp("observer") / "observer"
    created = profile.init(
        directory, passphrase=PASSPHRASE, officer_name="Olga", device_name="observer", cost=CHEAP_KDF
    )
    created.store.close()
    return directory


def _replay(observer: Path, where: Path, changesets: list[Row], *, set_wise: bool) -> dict[str, object]:
    """Drain `changesets` into a copy of the empty profile by one merge path; what it holds."""
    shutil.copytree(observer, where)
    store = profile.unlock(where, PASSPHRASE)
    try:
        with store.session() as s:
            conn = s.connection()
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.executemany(
                "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
                " VALUES (?, ?, ?, 'pending', ?, ?, 't')",
                [(o, q, h, b, bytes(64)) for o, q, h, b in changesets],
            )
            far = hlc.now_ms() + 1000 * 24 * 3600 * 1000  # no changeset is quarantined
            merge.drain(conn, now_ms=far, set_wise=set_wise)
            s.commit()
        return _contents(store)
    finally:
        store.close()


def _contents(store: Store) -> dict[str, object]:
    found = state_of(store)
    with store.session() as s:
        conn = s.connection()
        found["decoded heads"] = {
            record_id: (kind, conflicted, decode_heads(document))
            for record_id, kind, document, conflicted in conn.exec_driver_sql(
                "SELECT record_id, kind, heads, conflicted FROM sync_heads"
            )
        }
        found["conflicts"] = [c.to_json() for c in list_conflicts(conn, include_resolved=True)]
        found["statuses"] = conn.exec_driver_sql(
            "SELECT origin, seq, status, reason, reason_field FROM sync_changeset ORDER BY origin, seq"
        ).all()
    return found


def _assert_same_both_ways(observer: Path, where: Path, changesets: list[Row]) -> dict[str, object]:
    bulk = _replay(observer, where / "bulk", changesets, set_wise=True)
    per_field = _replay(observer, where / "per-field", changesets, set_wise=False)
    for part in per_field:
        assert bulk[part] == per_field[part], part
    return bulk


def _stored(stores: list[Store]) -> list[Row]:
    found: dict[tuple[str, int], Row] = {}
    for store in stores:
        with store.session() as s:
            for origin, seq, stamp, body in s.connection().exec_driver_sql(
                "SELECT origin, seq, hlc, body FROM sync_changeset"
            ):
                found[(origin, seq)] = (origin, seq, stamp, bytes(body))
    return [found[key] for key in sorted(found)]


@pytest.mark.slow
def test_given_the_convergence_examples_when_merged_both_ways_then_the_stores_are_identical(
    templates: dict[str, Path], observer: Path, tmp_path: Path
) -> None:
    replays: list[dict[str, object]] = []

    class Machine(Exchange):
        @initialize()
        def start(self) -> None:
            """As the convergence examples start, plus one concurrent edit, so that every
            example holds a conflict (small random runs often hold none)."""
            super().start()
            anna, bert = self.stores["anna"], self.stores["bert"]
            shared = records.add(anna, "org", {"name": "shared"})
            self.created.append(("org", shared.id))
            # Its conflict is what every example must hold: never deleted, purged or merged away
            # (which of the random steps reach it depends on who wins by the clock, so a
            # derandomized run can still meet one that removes it).
            self.kept.add(shared.id)
            for sender, recipient in (("anna", "hq"), ("hq", "bert")):
                self._export(sender, recipient, full=False)
                self._import(recipient, self.mailbag.pop()[0])
            records.edit(anna, "org", shared.id, {"notes": "from Anna"})
            records.edit(bert, "org", shared.id, {"notes": "from Bert"})

        def teardown(self) -> None:
            try:
                self.final_exchange()
                where = tmp_path / f"replay-{len(replays)}"
                replays.append(_assert_same_both_ways(observer, where, _stored(list(self.stores.values()))))
                shutil.rmtree(where)
            finally:
                super().teardown()

    Machine.templates = templates
    Machine.workdir = tmp_path / "run"
    Machine.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=40,
        deadline=None,
        derandomize=True,  # the same examples every run: the check below must not be luck
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    Machine.TestCase().runTest()
    # Every example met concurrency: a conflict, open or resolved, in each replay.
    assert all(r["conflicts"] for r in replays)


# --- a generated workload ---------------------------------------------------------------

DEVICES = ("dev-a", "dev-b", "dev-c")
WORDS = ("alpha", "bravo", "charlie", "delta")
FIELDS = {"name": WORDS, "acronym": WORDS, "notes": WORDS}


class _Workload:
    """Devices writing changesets on shared records, each seeing the others' only now and then."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.written: dict[str, list[ChangesetBody]] = {d: [] for d in DEVICES}
        self.known = {d: dict.fromkeys(DEVICES, 0) for d in DEVICES}  # what each has seen
        self.clock = hlc.pack(1_780_000_000_000)

    def run(self, steps: int) -> list[Row]:
        for _ in range(steps):
            device = self.rng.choice(DEVICES)
            for other in DEVICES:  # sometimes catch up with another device
                if other != device and self.rng.random() < 0.3:
                    self.known[device][other] = len(self.written[other])
            self._write(device)
        return [(b.origin, b.seq, b.hlc, b.encode()) for bodies in self.written.values() for b in bodies]

    def _past(self, device: str) -> list[ChangesetBody]:
        own = self.written[device]
        return [*own, *(b for d in DEVICES if d != device for b in self.written[d][: self.known[device][d]])]

    def _write(self, device: str) -> None:
        past = self._past(device)
        known_ids = sorted({op.record_id for b in past for op in b.ops if op.field == "name"})
        ops: list[Op] = []
        targets = self.rng.sample(known_ids, min(len(known_ids), self.rng.randint(0, 3)))
        if not targets or self.rng.random() < 0.3:
            # A new record; now and then an id another device also uses (a concurrent create).
            fresh = f"org-{self.rng.randint(0, 40)}"
            if fresh not in targets:
                values: dict[str, Any] = {"name": self.rng.choice(WORDS), DELETED: False}
                if self.rng.random() < 0.5:
                    values["acronym"] = self.rng.choice(WORDS)
                ops += [Op("org", fresh, f, v) for f, v in sorted(values.items())]
        for record_id in targets:
            ops += self._edits(record_id, past)
        if not ops:
            return
        self.clock += self.rng.randint(1, 5) << 16
        deps = {d: n for d, n in self.known[device].items() if d != device and n}
        seq = len(self.written[device]) + 1
        body = ChangesetBody(device, seq, self.clock, device.upper(), deps, tuple(ops))
        self.written[device].append(body)

    def _edits(self, record_id: str, past: list[ChangesetBody]) -> list[Op]:
        roll = self.rng.random()
        if roll < 0.1:
            return [Op("org", record_id, DELETED, True)]
        if roll < 0.15:
            return [Op("org", record_id, DELETED, False), Op("org", record_id, "notes", "back")]
        chosen = self.rng.sample(sorted(FIELDS), self.rng.randint(1, 3))
        ops = []
        for name in sorted({*chosen, DELETED}):
            value: Any = False if name == DELETED else self.rng.choice(FIELDS[name])
            writers = sorted(
                {
                    (b.origin, b.seq)
                    for b in past
                    for op in b.ops
                    if (op.record_id, op.field) == (record_id, name)
                }
            )
            pred: tuple[tuple[str, int], ...] = ()
            if name != DELETED and len(writers) > 1 and self.rng.random() < 0.4:
                pred = tuple(writers[-2:])  # resolving what it saw as concurrent (or not)
            ops.append(Op("org", record_id, name, value, pred))
        return ops


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_given_generated_concurrent_changesets_when_merged_both_ways_then_the_stores_are_identical(
    observer: Path, tmp_path: Path, seed: int
) -> None:
    changesets = _Workload(seed).run(steps=120)
    found = _assert_same_both_ways(observer, tmp_path, changesets)
    statuses = {status for _, _, status, _, _ in found["statuses"]}  # type: ignore[attr-defined]
    assert "applied" in statuses
    assert found["conflicts"], "the workload met no concurrency: it proves nothing"
    heads = found["decoded heads"]
    assert any(len(hs) > 1 for _, _, fields in heads.values() for hs in fields.values())  # type: ignore[attr-defined]


def test_given_a_changeset_the_merge_fails_on_mid_drain_when_merged_then_it_alone_is_rejected(
    observer: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changeset that breaks after its bulk writes is undone alone (its savepoint): the
    store is the one the per-field merge leaves, with the same changeset rejected."""
    changesets = _Workload(4).run(steps=60)
    origin, seq, stamp, _body = changesets[len(changesets) // 2]
    failing = ChangesetBody(origin, seq, stamp, origin.upper(), {}, (Op("org", "org-breaks", "name", "x"),))
    changesets[len(changesets) // 2] = (origin, seq, stamp, failing.encode())
    for name in ("apply", "apply_per_field"):
        real = getattr(merge, name)

        def breaking(conn: Any, body: ChangesetBody, result: Any, real: Any = real) -> None:
            real(conn, body, result)
            if any(op.record_id == "org-breaks" for op in body.ops):
                raise RuntimeError("a bug")

        monkeypatch.setattr(merge, name, breaking)
    found = _assert_same_both_ways(observer, tmp_path, changesets)
    statuses = {(o, q): (status, reason) for o, q, status, reason, _ in found["statuses"]}  # type: ignore[attr-defined]
    assert statuses[(origin, seq)] == ("rejected", "merge_failed")
    assert sum(status == "applied" for status, _ in statuses.values()) > len(changesets) // 2
    assert "org-breaks" not in json.dumps(found["dump"])
