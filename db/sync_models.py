"""Tables of the sync engine: changesets, per-field heads, version vector, peers, conflicts.

The record tables hold the merged values; these tables hold why they are what they are.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, text
from sqlmodel import Field, SQLModel


class Changeset(SQLModel, table=True):
    """One signed group of field operations from one origin device, kept as signed for relay
    (`body` verbatim or compressed at rest: sync.stored_body)."""

    __tablename__ = "sync_changeset"

    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    hlc: int = Field(index=True)
    # applied | pending (waiting for what it depends on) | quarantined (clock too far ahead)
    # | rejected (refused by the merge: applies nothing, its number counts as passed)
    status: str = Field(index=True)
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    received_at: str
    # For a rejected changeset: why (sync.refusals.ChangesetRejection) and the "kind.field"
    # of the operation concerned, if one.
    reason: str | None = None
    reason_field: str | None = None

    __table_args__ = (
        # Applied changesets in clock order, so the dashboard's latest received changes walk
        # it backwards and stop after a page instead of sorting every changeset (issue 10).
        # (The merge's waiting ones need no index of their own: `status IN (...)` searches
        # ix_sync_changeset_status for just those.)
        Index(
            "ix_sync_changeset_applied_hlc", "hlc", "origin", "seq", sqlite_where=text("status = 'applied'")
        ),
    )


class RecordHeads(SQLModel, table=True):
    """Per record, the operations on each field that no later-known operation overwrote.

    One head per field is the normal case. Several heads on a field mean concurrent edits:
    an open conflict, counted in `conflicted`. Stored as one compact JSON document per
    record (schema 11, sync.state): the head most fields share once with the names of those
    fields, `[origin, seq, hlc, "f1 f2 ..."]`, then only the fields whose heads differ,
    `{field: [[origin, seq, hlc, value], ...]}` (a head carries its value while a field has
    several; with one head the record row holds the value), so merging 100k records writes
    100k small rows rather than a row per field.
    """

    __tablename__ = "sync_heads"

    record_id: str = Field(primary_key=True)
    kind: str
    heads: str
    # Fields whose heads disagree; a partial index finds open conflicts without a scan.
    conflicted: int = Field(default=0)


class VersionVector(SQLModel, table=True):
    """Per origin device, the highest sequence number applied here (gap-free)."""

    __tablename__ = "sync_vv"

    origin: str = Field(primary_key=True)
    seq: int


class SyncState(SQLModel, table=True):
    """This device's persisted hybrid logical clock and next changeset number."""

    __tablename__ = "sync_state"

    id: int = Field(default=1, primary_key=True)
    hlc: int = 0
    next_seq: int = 1


class Peer(SQLModel, table=True):
    """Another device: its public keys, who vouched for it, what it is known to hold."""

    __tablename__ = "sync_peer"

    device_id: str = Field(primary_key=True)
    officer: str
    device_name: str
    role: str
    signing_key: bytes
    kem_mlkem: bytes
    kem_x25519: bytes
    added_at: str
    # None: trusted directly (card added here); else the HQ device whose bundle vouched for it.
    vouched_by: str | None = None
    revoked_at: str | None = None
    # The last of its changesets that stand after the revocation (what the revoking device,
    # or the HQ that vouched for the revocation, held then); later ones are refused.
    revoked_seq: int | None = None
    known_vv: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    last_import_at: str | None = None
    last_export_at: str | None = None
    # The sync protocols the device speaks, from its latest card; 0.1.0 cards list none: [1].
    protocols: list[int] = Field(
        default_factory=lambda: [1], sa_column=Column(JSON, nullable=False, server_default=text("'[1]'"))
    )
    # What HQ sends this peer unless told otherwise: "all", or "area" (sync.scope).
    scope: str = Field(default="all", sa_column_kwargs={"server_default": text("'all'")})
    # The changesets the peer said (in its latest bundle) it was told were left out and still
    # lacks: origin -> [[first, last], ...] (sync.scope_holes).
    known_lacks: dict[str, list[list[int]]] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False, server_default=text("'{}'"))
    )
    # What HQ's last area export to it left out, and a filter of the records that touches.
    scope_basis: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class ResolvedConflict(SQLModel, table=True):
    """Concurrent values that a later operation overwrote knowingly: kept so none is lost."""

    __tablename__ = "sync_resolved_conflict"

    id: str = Field(primary_key=True)
    kind: str
    record_id: str = Field(index=True)
    field: str
    # [{"origin", "seq", "hlc", "value"}, ...] sorted by (origin, seq)
    values: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    resolved_by_origin: str
    resolved_by_seq: int
    resolved_hlc: int


class ImportedBundle(SQLModel, table=True):
    """Bundles already imported, so a replayed file is recognised and refused."""

    __tablename__ = "sync_imported_bundle"

    bundle_id: str = Field(primary_key=True)
    sender: str
    imported_at: str
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

    # Each sender's bundles by time: the intake log (sync.intake_log) counts and lists one
    # officer's without reading every bundle ever imported (schema 15).
    __table_args__ = (Index("ix_sync_imported_bundle_sender", "sender", "imported_at"),)


class PurgedRecord(SQLModel, table=True):
    """Records removed for good here: late operations on them are ignored, not resurrected
    as half-empty rows."""

    __tablename__ = "sync_purged"

    record_id: str = Field(primary_key=True)
    kind: str
    purged_at: str


class PurgeLogEntry(SQLModel, table=True):
    """A record purged for good (schema 25): what, when, by whom, why, and from where
    ("here", or the device whose purge marker arrived). Never any of its content."""

    __tablename__ = "sync_purge_log"

    record_id: str = Field(primary_key=True)
    kind: str
    purged_at: str
    officer: str
    device: str
    reason: str
    origin: str


class DeferredOps(SQLModel, table=True):
    """Operations of an applied changeset that this release could not apply (a field,
    operation or record kind from a newer protocol): merged once an upgrade knows them."""

    __tablename__ = "sync_deferred"

    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    # JSON list of the indices of the operations not applied yet, in the changeset's order
    ops: str
    # The protocol of the release that last tried them: only a newer one tries again.
    at_protocol: int


class ExchangeLog(SQLModel, table=True):
    """One bundle exchanged or refused: the exchange history the sync centre and
    `sync history` show. Holds file names, device ids, result codes and counts, never a
    record's content; only the latest entries are kept (sync.history bounds it)."""

    __tablename__ = "sync_exchange_log"

    id: int | None = Field(default=None, primary_key=True)
    at: str  # UTC, ISO 8601; entries are read newest first by id
    direction: str  # "import" | "export"
    file: str
    # The sender of an import ("" when refused before it was known), the recipients of an export.
    peers: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # imported | already_imported | refused | held | written
    result: str
    reason: str | None = None  # a refusal's code (sync.refusals.RefusalReason)
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Equivocation(SQLModel, table=True):
    """A validly signed changeset that differs from the one stored under the same origin and
    sequence number: its device signed two histories (sync.equivocation). Kept for good, so
    the device stays reported until someone revokes it."""

    __tablename__ = "sync_equivocation"

    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    other_hash: str = Field(primary_key=True)  # hex SHA-256 of the body refused
    kept_hash: str  # hex SHA-256 of the body stored first
    via: str  # the device whose bundle brought the other body
    detected_at: str  # UTC, ISO 8601


class RecordSeen(SQLModel, table=True):
    """Per record and origin device, the first changeset of that origin applied here that
    touched the record: whether a record is in a changeset's causal past (so it may be
    referenced or edited without its required fields) is read here, the same on every device."""

    __tablename__ = "sync_record_seen"

    record_id: str = Field(primary_key=True)
    origin: str = Field(primary_key=True)
    seq: int
    kind: str


class RecordSeenUpTo(SQLModel, table=True):
    """Per origin device, the changesets already entered into `sync_record_seen` (local
    changesets are entered lazily, before the next merge)."""

    __tablename__ = "sync_record_seen_upto"

    origin: str = Field(primary_key=True)
    seq: int


class RecordChange(SQLModel, table=True):
    """Every stored changeset whose operations touch a record, whatever its status: a
    record's history, and what a purge must rewrite, are read here instead of from every body."""

    __tablename__ = "sync_record_change"

    record_id: str = Field(primary_key=True)
    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)

    __table_args__ = {"sqlite_with_rowid": False}


class OmittedRange(SQLModel, table=True):
    """Changesets of one origin, numbers `first` to `last`, that a scoped HQ bundle said it
    left out on purpose and that have not arrived since: their numbers count as passed for
    the merge, yet the device does not hold them (sync.scope_holes)."""

    __tablename__ = "sync_omitted"

    origin: str = Field(primary_key=True)
    first: int = Field(primary_key=True)
    last: int


from db import export_models, merge_models  # noqa: E402, F401  (schema 14: merges; 28: the export log)
