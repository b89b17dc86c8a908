"""How much one field, one record and one changeset may hold: caps that keep the merge's
memory and disk bounded by one changeset, whatever a trusted but hostile peer signs.

The container already bounds one item (16 MiB, docs/BUNDLE_FORMAT.md); a validly signed
bundle of 31.7 KB could still carry 32 distinct 16 MiB values (zstd compresses repeats to
almost nothing) and cost over a gigabyte of memory and disk. The caps are far above what a
local edit writes (a text field holds at most 20,000 characters, the demo month is one
0.5 MB changeset) and are documented in docs/SYNC.md and docs/BUNDLE_FORMAT.md.
A changeset above a cap is refused by itself (not stored, not merged, reported with the
reason `changeset_too_large`); the rest of the bundle still goes in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from sync.changeset import ChangesetBody

MAX_FIELD_BYTES = 1024 * 1024  # one value, as compact JSON (UTF-8)
MAX_RECORD_BYTES = 4 * 1024 * 1024  # the values of one record in one changeset
MAX_CHANGESET_BYTES = 8 * 1024 * 1024  # one signed body
MAX_CHANGESET_OPS = 100_000  # operations in one changeset


class Cap(StrEnum):
    """Which cap a changeset went over."""

    CHANGESET = "changeset"
    OPERATIONS = "operations"
    RECORD = "record"
    FIELD = "field"


@dataclass(frozen=True, slots=True)
class Oversize:
    """A changeset over a cap: which one, how much it held, and the cap."""

    cap: Cap
    size: int
    limit: int

    def describe(self) -> str:
        """One line for the log and the officer's tool tip."""
        unit = "operations" if self.cap is Cap.OPERATIONS else "bytes"
        return f"{self.cap.value} holds {self.size} {unit}, limit {self.limit}"


def body_too_large(raw_size: int) -> Oversize | None:
    """The one cap that is checked before a body is decoded (decoding is what costs)."""
    if raw_size > MAX_CHANGESET_BYTES:
        return Oversize(Cap.CHANGESET, raw_size, MAX_CHANGESET_BYTES)
    return None


def over_cap(raw_size: int, body: ChangesetBody) -> Oversize | None:
    """The first cap a decoded changeset goes over, or None."""
    too_large = body_too_large(raw_size)
    if too_large is not None:
        return too_large
    if len(body.ops) > MAX_CHANGESET_OPS:
        return Oversize(Cap.OPERATIONS, len(body.ops), MAX_CHANGESET_OPS)
    if raw_size <= MAX_FIELD_BYTES:
        return None  # no part can be larger than the whole: the common case costs nothing
    per_record: dict[tuple[str, str], int] = {}
    for op in body.ops:
        size = len(json.dumps(op.value, ensure_ascii=False, separators=(",", ":")).encode())
        if size > MAX_FIELD_BYTES:
            return Oversize(Cap.FIELD, size, MAX_FIELD_BYTES)
        key = (op.kind, op.record_id)
        per_record[key] = per_record.get(key, 0) + size
        if per_record[key] > MAX_RECORD_BYTES:
            return Oversize(Cap.RECORD, per_record[key], MAX_RECORD_BYTES)
    return None
