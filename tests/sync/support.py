"""Helpers for sync tests: prove a device did (or did not) change, look inside bundles, and
prepare devices once per module.

`state_of` is the whole of what an import could touch: the canonical dump, the raw rows of
the record tables (tombstones included) and every row of the sync engine's own tables.
`items_in` opens a bundle the way its recipient would and hands back the decrypted
changesets. `World` creates profiles and the files between them once; `World.copy` gives
each test its own copy (creating a profile costs ten times what unlocking a copied one does).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from liaison_app import profile
from liaison_app.services import dump
from liaison_app.store import Store
from sync import peers
from sync.bundle import kem_private_key, open_bundle
from sync.changeset import ChangesetBody, unpack_item
from tests import profiles

PASSPHRASE = "passphrase"
RECORD_TABLES = ("organization", "contact", "meeting", "action_item")  # tombstones included
SYNC_TABLES = (
    "sync_changeset",
    "sync_heads",
    "sync_vv",
    "sync_state",
    "sync_peer",
    "sync_imported_bundle",
    "sync_resolved_conflict",
    "sync_purged",
    "sync_deferred",
    "sync_equivocation",
    "sync_record_change",
)


def state_of(store: Store) -> dict[str, object]:
    """The records (canonical dump and raw rows) and every sync table's rows, comparable with ==."""
    state: dict[str, object] = {"dump": dump.dump_json(store)}
    with store.session() as s:
        conn = s.connection()
        for table in (*RECORD_TABLES, *SYNC_TABLES):
            # repr() makes rows holding None, bytes and text sortable into one stable order.
            state[table] = sorted(repr(tuple(row)) for row in conn.exec_driver_sql(f"SELECT * FROM {table}"))
    return state


def items_in(path: Path, recipient: Store) -> list[tuple[ChangesetBody, bytes]]:
    """Every changeset in a bundle as `recipient` decrypts it: (decoded body, raw item bytes)."""
    with recipient.session() as s:
        conn = s.connection()
        with open_bundle(
            path,
            my_device_id=recipient.author.device_id,
            my_kem_private=kem_private_key(recipient.identity),
            trusted_signing_key_lookup=lambda device: peers.signing_key(conn, device),
        ) as opened:
            found = []
            for item in opened.items():
                body, _signature = unpack_item(item)
                found.append((ChangesetBody.decode(body), item))
    return found


class World:
    """A folder of device profiles (one sub-folder per officer) and files between them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.stores: dict[str, Store] = {}

    def device(self, officer: str, *, role: str = "field") -> Store:
        """Create a profile in the world, as the `device` fixture does."""
        store = profiles.fresh_store(
            self.root / officer,
            passphrase=PASSPHRASE,
            officer_name=officer,
            device_name=f"{officer.lower()}-laptop",
            role=role,
        )
        self.stores[officer] = store
        return store

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()

    @contextmanager
    def copy(self, destination: Path) -> Iterator[World]:
        """A copy of this (closed) world; profiles unlock when first asked for, and are
        closed again afterwards."""
        assert not self.stores, "close the world before copying it"
        shutil.copytree(self.root, destination)
        copied = World(destination)
        try:
            yield copied
        finally:
            copied.close()

    def __getitem__(self, officer: str) -> Store:
        if officer not in self.stores:
            assert profile.exists(self.root / officer), f"no profile for {officer}"
            self.stores[officer] = profile.unlock(self.root / officer, PASSPHRASE)
        return self.stores[officer]


def forge(
    store: Store,
    ops: list[list[object]],
    *,
    deps: dict[str, int] | None = None,
    seq: int | None = None,
    hlc: int | None = None,
) -> tuple[str, int]:
    """Write a changeset of raw operations ([kind, record_id, field, value(, pred)]) as
    `store`'s device, signed with its real key, as a lying device (or a buggy release) would;
    its next bundle carries it. Returns (origin, seq)."""
    from sync import changeset, state  # the device's own bookkeeping, as capture keeps it
    from sync import hlc as clock

    with store.session() as s:
        conn = s.connection()
        sync_state = state.load_state(conn)
        number = sync_state.next_seq if seq is None else seq
        stamp = clock.tick(sync_state.hlc) if hlc is None else hlc
        doc = {
            "format": changeset.FORMAT,
            "origin": store.author.device_id,
            "seq": number,
            "hlc": stamp,
            "officer": store.author.officer,
            "deps": state.version_vector(conn) if deps is None else deps,
            "ops": ops,
        }
        doc["deps"].pop(store.author.device_id, None)  # type: ignore[attr-defined]
        body = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        conn.exec_driver_sql(
            "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
            " VALUES (?, ?, ?, 'applied', ?, ?, '2026-01-01T00:00:00Z')",
            (
                store.author.device_id,
                min(number, (1 << 63) - 1),
                max(0, min(stamp, (1 << 63) - 1)),
                body,
                changeset.sign(body, store.identity.signing_private),
            ),
        )
        if seq is None:
            sync_state.next_seq = number + 1
            state.set_applied(conn, store.author.device_id, number)
        if hlc is None:
            sync_state.hlc = stamp
        state.save_state(conn, sync_state)
        s.commit()
    return store.author.device_id, number
