"""Bulk writing of generated profiles: record rows, search documents and the sync metadata
that a store which received that history holds, by executemany through the real tables.

Each officer-day becomes one changeset shaped exactly as `sync.capture` writes it (every
synced field plus the deleted flag, fields in name order, signed and sealed by the officer's device),
and the rows, heads, "seen" index and version vector are what `sync.merge` leaves after
applying it: a second device that imports a bundle exported from the profile converges on
the same records.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from db import statistics
from db.models import LocalIdentity
from liaison_app.errors import ProfileError
from liaison_app.kinds import KINDS
from liaison_app.services import records
from liaison_app.store import Store
from sync import changeset, hlc, identity, protocol, seen, state
from sync import records as sync_records
from sync.capture import sealed
from sync.changeset import DELETED, ChangesetBody, Op

if TYPE_CHECKING:
    from liaison_app.demo.scale import Planned


@dataclass(frozen=True, slots=True)
class Author:
    """The officer and device whose changesets carry a generated history."""

    officer: str
    device_name: str
    identity: LocalIdentity
    own: bool  # this profile's own device (field) rather than a peer (HQ)


def require_empty(store: Store) -> None:
    """Refuse a profile that holds records or sync history: generated data never mixes."""
    with store.session() as s:
        conn = s.connection()
        taken = (
            any(
                conn.exec_driver_sql(f"SELECT 1 FROM {sync_records.table_name(k.value)} LIMIT 1").first()
                for k in KINDS
            )
            or conn.exec_driver_sql("SELECT 1 FROM sync_changeset LIMIT 1").first()
        )
    if taken:
        raise ProfileError("demo fills a new profile; this one already holds records")


def own_author(store: Store) -> Author:
    """This device, for a field profile."""
    return Author(store.author.officer, store.author.device_name, store.identity, own=True)


def generated_author(rng: random.Random, n: int) -> Author:
    """Officer `n` of an HQ profile, with device keys drawn from the seeded generator."""
    row = LocalIdentity(
        device_id="",
        signing_private=rng.randbytes(32),
        kem_mlkem_seed=rng.randbytes(64),
        kem_x25519_private=rng.randbytes(32),
    )
    row.device_id = identity.device_id(identity.public_keys(row))
    return Author(f"Officer {n + 1:02d}", f"toughbook-{n + 1:02d}", row, own=False)


def write_officer(
    store: Store, author: Author, plan: list[Planned], first: datetime, *, deps: dict[str, int] | None = None
) -> None:
    """Write one officer's records, a changeset per day with records, and its bookkeeping;
    each changeset depends on `deps` (the areas HQ wrote, which the records name)."""
    by_day: dict[int, list[Planned]] = {}
    for item in plan:
        by_day.setdefault(item.day, []).append(item)
    with store.session() as s, _build_cache(s.connection()):
        conn = s.connection()
        seq = 0
        stamp = 0
        for day in sorted(by_day):
            seq += 1
            # Officers write in the afternoon; the device id spreads equal clocks apart.
            moment = first + timedelta(days=day, hours=14)
            stamp = hlc.pack(int(moment.timestamp() * 1000), seq % 1000)
            _write_changeset(conn, author, seq, stamp, by_day[day], deps or {})
        _write_bookkeeping(conn, author, seq, stamp)
        for kind in ("area", "org", "contact", "meeting", "action"):
            records.reindex(s, kind, [item.id for item in plan if item.kind == kind])
        s.commit()


# Decrypted pages the connection keeps while an officer is written (the store's own is 64 MiB).
BUILD_CACHE_KIB = 1024 * 1024


@contextmanager
def _build_cache(conn: Connection) -> Iterator[None]:
    """A page cache of BUILD_CACHE_KIB on `conn`'s database connection for the block (the
    commit included), its own size again after."""
    # An officer's records land all over the id indexes (rows, heads, seen) of a store
    # already millions deep: in 64 MiB the transaction keeps spilling pages and decrypting
    # them again. The cache is allocated as pages are read, so a small profile stays small.
    # The driver's connection, not `conn`: the session lets go of `conn` when it commits.
    raw = conn.connection.driver_connection
    assert raw is not None
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {before}")


def _ops(item: Planned) -> list[Op]:
    values = {**sync_records.defaults(item.kind), **item.values, DELETED: False}
    return [Op(item.kind, item.id, name, values[name]) for name in sorted(values)]


def _write_changeset(
    conn: Connection, author: Author, seq: int, stamp: int, items: list[Planned], deps: dict[str, int]
) -> None:
    origin = author.identity.device_id
    ops = [op for item in items for op in _ops(item)]
    body = ChangesetBody(origin=origin, seq=seq, hlc=stamp, officer=author.officer, deps=deps, ops=tuple(ops))
    encoded = sealed(body, author.identity.signing_private).encode()  # as capture seals it
    raw = conn.connection.driver_connection
    assert raw is not None
    at = hlc.to_iso(stamp)
    raw.execute(
        "INSERT INTO sync_changeset (origin, seq, hlc, status, body, signature, received_at)"
        " VALUES (?, ?, ?, 'applied', ?, ?, ?)",
        (origin, seq, stamp, encoded, changeset.sign(encoded, author.identity.signing_private), at),
    )
    _write_rows(raw, author, at, items)
    prefix = state.single_prefix(origin, seq, stamp)
    raw.executemany(
        "INSERT INTO sync_heads (record_id, kind, heads, conflicted) VALUES (?, ?, ?, 0)",
        [(item.id, item.kind, prefix + _names_suffix(item.kind)) for item in items],
    )
    raw.executemany(
        "INSERT INTO sync_record_seen (record_id, origin, seq, kind) VALUES (?, ?, ?, ?)",
        [(item.id, origin, seq, item.kind) for item in items],
    )
    raw.executemany(
        "INSERT INTO sync_record_change (record_id, origin, seq) VALUES (?, ?, ?)",
        [(item.id, origin, seq) for item in sorted(items, key=lambda i: i.id)],
    )


@cache
def _names_suffix(kind: str) -> str:
    """Every field and the deleted flag share the creating changeset's head (compact form)."""
    return state.names_suffix({*sync_records.fields(kind), DELETED})


def _write_rows(raw: Any, author: Author, at: str, items: list[Planned]) -> None:
    by_kind: dict[str, list[Planned]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    for kind, group in by_kind.items():
        names = sync_records.fields(kind)
        columns = ["id", "created_at", "updated_at", "author_officer", "author_device", "deleted_at", *names]
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {sync_records.table_name(kind)} ({quoted}) VALUES ({marks})"
        defaults = sync_records.defaults(kind)
        raw.executemany(
            sql,
            [
                (
                    item.id,
                    at,
                    at,
                    author.officer,
                    author.identity.device_id,
                    None,
                    *(sync_records.to_sql(kind, n, {**defaults, **item.values}[n]) for n in names),
                )
                for item in group
            ],
        )


def _write_bookkeeping(conn: Connection, author: Author, top: int, stamp: int) -> None:
    """What capture (own device) or merge (a peer's) leaves after the officer's changesets."""
    origin = author.identity.device_id
    state.set_applied(conn, origin, top)
    seen.save_upto(conn, origin, top)
    sync_state = state.load_state(conn)
    if author.own:
        sync_state.next_seq = top + 1
    sync_state.hlc = max(sync_state.hlc, stamp)
    state.save_state(conn, sync_state)
    if not author.own:
        _add_peer(conn, author, top)


def _add_peer(conn: Connection, author: Author, top: int) -> None:
    keys = identity.public_keys(author.identity)
    conn.exec_driver_sql(
        "INSERT INTO sync_peer (device_id, officer, device_name, role, signing_key, kem_mlkem, kem_x25519,"
        " added_at, known_vv, protocols) VALUES (?, ?, ?, 'field', ?, ?, ?, ?, ?, ?)",
        (
            author.identity.device_id,
            author.officer,
            author.device_name,
            keys.signing,
            keys.kem_mlkem,
            keys.kem_x25519,
            hlc.to_iso(hlc.pack(hlc.now_ms())),
            json.dumps({author.identity.device_id: top}),
            json.dumps(list(protocol.spoken())),
        ),
    )


# The tables a generated history fills row by row, officer after officer.
_FILLED = ("organization", "contact", "meeting", "action_item")


def set_indexes_aside(store: Store) -> list[str]:
    """Drop the filled tables' partial indexes (the list orders over live rows, most of their
    indexes), returning what creates them again (`finish`). Each officer's rows land all over
    every index by their random ids: kept, the 50 commits of an HQ profile each rewrote most
    index pages (160 GB written for a 9 GB profile); built once at the end, each is one sorted
    pass. The plain indexes stay: the tables' triggers search by them (a contact's organization,
    an action's meeting), and without them each insert would scan a table."""
    marks = ",".join("?" * len(_FILLED))
    with store.session() as s:
        conn = s.connection()
        found = conn.exec_driver_sql(
            "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) i"
            " ON i.name = m.name WHERE m.type = 'index' AND i.partial AND NOT i.[unique]"
            f" AND m.tbl_name IN ({marks})"
            " ORDER BY m.name",
            _FILLED,
        ).all()
        for name, _ in found:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        s.commit()
    return [str(sql) for _, sql in found]


def finish(store: Store, indexes: list[str]) -> None:
    """Create the indexes set aside again, and give the planner real statistics for the
    tables just filled (an empty-table ANALYZE would tell it every table is tiny)."""
    with store.session() as s:
        for sql in indexes:
            s.connection().exec_driver_sql(sql)
        # Sampled, as every profile open refreshes them: a full ANALYZE read all 8.7 GB of
        # an HQ profile's tables and indexes again for figures the planner does not need exact.
        statistics.refresh(s.connection())
        s.commit()
