"""Changesets a scoped HQ bundle left out on purpose: passed for the merge, not held here.

An HQ bundle scoped to an officer's area (sync.scope) names, per origin, the ranges of
sequence numbers it deliberately did not send (header key `omitted`). The receiving device
keeps them in `sync_omitted` and counts them as met dependencies, as it counts a revoked
device's changesets after the cut-off: nothing it applies waits for them. Unlike those, they
still exist: the device reports them in every bundle it writes (header key `lacks`), so a
later bundle (scope all, or a grown area) brings them, and they are then merged late ("filled
in"). HQ only leaves out changesets that touch no record the officer holds, so a late one
lands on records nothing here has touched; a head written after seeing it still wins, as on
every other device (`unseen_part`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection

from sync import state
from sync.changeset import ChangesetBody, Op

Ranges = dict[str, list[tuple[int, int]]]  # origin -> sorted, disjoint (first, last)

# Ranges in one bundle header, and ranges kept per origin: a hostile or unlucky list is
# bounded (about 40 bytes a range: 10,000 ranges stay far below the 4 MiB header cap).
MAX_RANGES = 10_000
# The first sync protocol whose readers honour `omitted` (0.2.0): a 0.1.0 peer is sent all.
PROTOCOL = 2
_MAX_SEQ = 2**53 - 1  # the numbers sync.op_rules admits
_ORIGIN = re.compile(r"[a-z2-7]{1,64}")


class OmissionError(ValueError):
    """An `omitted` or `lacks` header value that is not a bounded list of ranges."""


def parse(value: Any, *, within: dict[str, int] | None, me: str) -> Ranges:
    """The ranges a header names, checked and clipped to what its sender holds (`within`, its
    version vector: nobody can leave out what it does not have; None: not clipped); our own
    origin is dropped (this device holds all it wrote). Raises OmissionError if malformed."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise OmissionError("not an object")
    total = 0
    found: Ranges = {}
    for origin, pairs in value.items():
        if not isinstance(origin, str) or _ORIGIN.fullmatch(origin) is None or not isinstance(pairs, list):
            raise OmissionError("not ranges per origin")
        total += len(pairs)
        if total > MAX_RANGES:
            raise OmissionError(f"more than {MAX_RANGES} ranges")
        top = _MAX_SEQ if within is None else min(_MAX_SEQ, within.get(origin, 0))
        kept = []
        for pair in pairs:
            first, last = _pair(pair)
            if first <= top and origin != me:
                kept.append((first, min(last, top)))
        if kept:
            found[origin] = union(kept)
    return found


def _pair(pair: Any) -> tuple[int, int]:
    ok = (
        isinstance(pair, list)
        and len(pair) == 2
        and all(type(n) is int for n in pair)
        and 1 <= pair[0] <= pair[1] <= _MAX_SEQ
    )
    if not ok:
        raise OmissionError("a range is not two numbers 1 <= first <= last <= 2^53-1")
    return int(pair[0]), int(pair[1])


def union(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, overlapping and adjacent ones joined."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def coarsen(ranges: list[tuple[int, int]], most: int) -> list[tuple[int, int]]:
    """At most `most` ranges covering these: the smallest gaps between them are closed
    first. Covering more is safe both where it is kept (those numbers count as passed, as
    omitted ones do) and where it is reported (a peer re-sends what we hold: duplicates)."""
    if len(ranges) <= most:
        return ranges
    gaps = sorted(range(1, len(ranges)), key=lambda i: (ranges[i][0] - ranges[i - 1][1], i))
    closed = set(gaps[: len(ranges) - most])
    out = [ranges[0]]
    for i in range(1, len(ranges)):
        if i in closed:
            out[-1] = (out[-1][0], ranges[i][1])
        else:
            out.append(ranges[i])
    return out


def load(conn: Connection) -> Ranges:
    """Every range left out and not arrived, per origin."""
    found: Ranges = {}
    for origin, first, last in conn.exec_driver_sql(
        "SELECT origin, first, last FROM sync_omitted ORDER BY origin, first"
    ):
        found.setdefault(str(origin), []).append((int(first), int(last)))
    return found


def register(conn: Connection, omitted: Ranges) -> None:
    """Keep the ranges a scoped bundle left out, beside those kept before (only the numbers
    this device has not passed: what it holds or passed already is no hole)."""
    if not omitted:
        return
    applied = state.version_vector(conn)
    kept = load(conn)
    for origin, ranges in omitted.items():
        floor = applied.get(origin, 0)
        fresh = [(max(first, floor + 1), last) for first, last in ranges if last > floor]
        if fresh:
            _store(conn, origin, coarsen(union([*kept.get(origin, []), *fresh]), MAX_RANGES))


def _store(conn: Connection, origin: str, ranges: list[tuple[int, int]]) -> None:
    conn.exec_driver_sql("DELETE FROM sync_omitted WHERE origin = ?", (origin,))
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.executemany(
        "INSERT INTO sync_omitted (origin, first, last) VALUES (?, ?, ?)",
        [(origin, first, last) for first, last in ranges],
    )


def passed(holes: Ranges, origin: str, upto: int) -> int:
    """How far `origin`'s numbers count as passed once `upto` is: over the holes that follow."""
    for first, last in holes.get(origin, ()):
        if first <= upto + 1 <= last:
            upto = last
    return upto


def jump(vv: dict[str, int], holes: Ranges) -> dict[str, int]:
    """The version vector with every hole adjacent to what is applied counted as passed."""
    out = dict(vv)
    for origin in holes:
        out[origin] = passed(holes, origin, out.get(origin, 0))
    return out


def filled(conn: Connection, holes: Ranges, origin: str, seq: int) -> None:
    """A changeset left out earlier has now been merged (or refused): it is no longer a hole."""
    ranges = holes.get(origin, [])
    for i, (first, last) in enumerate(ranges):
        if first <= seq <= last:
            rest = [(a, b) for a, b in ((first, seq - 1), (seq + 1, last)) if a <= b]
            ranges[i : i + 1] = rest
            conn.exec_driver_sql("DELETE FROM sync_omitted WHERE origin = ? AND first = ?", (origin, first))
            for a, b in rest:
                conn.exec_driver_sql(
                    "INSERT INTO sync_omitted (origin, first, last) VALUES (?, ?, ?)", (origin, a, b)
                )
            return


def lacks(conn: Connection) -> dict[str, list[list[int]]]:
    """What this device reports it lacks (header key `lacks`), bounded by MAX_RANGES in all:
    when there are more, neighbouring ranges are joined (a peer then re-sends a little more)."""
    holes = load(conn)
    per_origin = max(1, MAX_RANGES // max(1, len(holes)))
    return {o: [[a, b] for a, b in coarsen(r, per_origin)] for o, r in holes.items()}


def count(ranges: dict[str, list[list[int]]] | Ranges, known: dict[str, int] | None = None) -> int:
    """How many changesets these ranges name (below `known` per origin, if given)."""
    total = 0
    for origin, pairs in ranges.items():
        for first, last in pairs:
            top = last if known is None else min(last, known.get(origin, 0))
            total += max(0, top - first + 1)
    return total


def unseen_part(conn: Connection, body: ChangesetBody) -> ChangesetBody:
    """`body` without the operations a current head overwrote knowingly (its writer had seen
    `body`): a changeset merged late loses to what was built on it, as everywhere else."""
    documents = state.load_documents(conn, {op.record_id for op in body.ops})
    if not documents:
        return body  # the common case: records nothing here has touched yet
    deps_of: dict[tuple[str, int], dict[str, int]] = {}
    kept: list[Op] = []
    for op in body.ops:
        document = documents.get(op.record_id)
        heads = state.decode_heads(document).get(op.field, []) if document is not None else []
        # Dropped as it would have been, merged in order, when each of those heads arrived
        # (a do-not-share mark survives other devices' writes: state.survives).
        mine = state.Head(body.origin, body.seq, body.hlc, op.value)
        overwritten = any(
            _had_seen(conn, head, body, deps_of)
            and not state.survives(op.field, mine, seen=True, writer=head.origin)
            for head in heads
        )
        if not overwritten:
            kept.append(op)
    return body if len(kept) == len(body.ops) else replace(body, ops=tuple(kept))


def _had_seen(
    conn: Connection, head: state.Head, body: ChangesetBody, deps_of: dict[tuple[str, int], dict[str, int]]
) -> bool:
    if head.origin == body.origin:
        return head.seq > body.seq
    if head.op_id not in deps_of:
        row = conn.exec_driver_sql(
            "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (head.origin, head.seq)
        ).first()
        deps_of[head.op_id] = {} if row is None else ChangesetBody.decode(bytes(row[0])).deps
    return deps_of[head.op_id].get(body.origin, 0) >= body.seq
