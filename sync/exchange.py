"""Bundle export and import: which changesets go to whom, and what arrives is checked, staged
and merged in one transaction so that a refused bundle changes nothing."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from db.models import LocalIdentity
from sync import (
    bundle,
    deferred,
    equivocation,
    history,
    hlc,
    limits,
    op_rules,
    peers,
    protocol,
    retention_policy,
    scope,
    scope_holes,
    scope_hq,
    scope_memory,
    scope_rule,
    seen,
    state,
    stored_body,
    stubs,
)
from sync.bundle import BundleError, RefusalReason
from sync.changeset import SIGNATURE_BYTES, ChangesetBody, ChangesetError, pack_item, unpack_item, verify
from sync.conflicts import list_conflicts
from sync.identity import public_keys
from sync.merge import MergeResult, Staged, drain, stage
from sync.op_rules import OpRules

HEADER_TYPE = "liaison-sync"
# Staged changesets merge in chunks of about this many operations or body bytes: memory
# holds one chunk's decoded bodies (about 0.3 kB an operation), never the bundle's.
_DECODED_OPS_KEPT = 50_000
_DECODED_BYTES_KEPT = 8 * 1024 * 1024
# Changesets to export above which one pass over the store in clock order is cheaper (and
# holds less) than reading the recipients' missing ranges and sorting their keys.
_RANGED_EXPORT_MAX = 200_000


@dataclass(frozen=True, slots=True)
class Me:
    """This device as a sender: its identity row, how it presents itself, its release."""

    identity: LocalIdentity
    officer: str
    device_name: str
    role: str
    app_version: str  # written into headers, so a reader on an older release can name it

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    def card(self) -> peers.Card:
        return peers.Card(
            self.officer, self.device_name, self.role, public_keys(self.identity), protocol.spoken()
        )


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What a written bundle holds."""

    path: Path
    recipients: tuple[str, ...]
    changesets: int
    size: int
    scope: scope.Scope = scope.Scope.ALL  # what it carries: all they lack, or their area's part
    omitted: int = 0  # changesets they lack that it deliberately leaves out (scope area)


class ImportStatus(StrEnum):
    """What importing a readable bundle came to (a refusal raises BundleError instead)."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"  # this very file went in before: harmless, nothing changed


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What one import did with the changesets the bundle carried."""

    applied: int = 0
    duplicate: int = 0
    pending: int = 0  # waiting for changesets they depend on
    conflicts: int = 0  # new open conflicts
    quarantined: int = 0  # held: clock too far ahead
    skipped_revoked: int = 0  # written by a device revoked here
    equivocations: int = 0  # refused: their device signed another changeset with the same number
    too_large: int = 0  # refused: above a cap of sync.limits
    rejected: int = 0  # refused by the merge by themselves (sync.op_rules): the rest went in


@dataclass(frozen=True, slots=True)
class RefusedChangeset:
    """One changeset refused by itself while the rest of its bundle went in."""

    origin: str
    seq: int
    reason: RefusalReason  # EQUIVOCATION or CHANGESET_TOO_LARGE
    detail: str  # one line for the log: which cap, or the two hashes


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One imported file: its status and counts, plus what the merge touched (for re-indexing;
    empty when the import handed each chunk's to its `merged` callback instead)."""

    path: Path
    sender: str
    status: ImportStatus
    counts: ImportCounts
    imported_at: str  # now, or when it was first imported if it is ALREADY_IMPORTED
    merge: MergeResult = field(default_factory=MergeResult)
    # Newly refused changesets (an equivocation already known is not repeated here).
    refused: tuple[RefusedChangeset, ...] = ()


def counts_json(path: Path, sender: str, counts: ImportCounts) -> dict[str, Any]:
    """The counts as the import log's JSON column and `sync import --json` carry them."""
    return {"file": str(path), "sender": sender, **dataclasses.asdict(counts)}


def export_bundle(
    conn: Connection,
    me: Me,
    *,
    to: Sequence[str],
    path: Path,
    full: bool,
    now: str,
    scoped: scope.Scope | None = None,
    areas: frozenset[str] = frozenset(),
) -> ExportResult:
    """Write every changeset the recipients are not known to hold (all of them if `full`), or
    with `scoped` AREA only what they need (sync.scope; None: each peer's stored choice):
    `areas` are the ids of the areas they are responsible for, those inside included."""
    recipients = []
    for device in dict.fromkeys(to):
        peer = peers.get(conn, device)
        if peer is None:
            raise BundleError(
                RefusalReason.UNKNOWN_RECIPIENT, f"unknown device {device} (add its identity card first)"
            )
        if peer.revoked_at is not None:
            raise BundleError(RefusalReason.REVOKED_RECIPIENT, f"device {device} is revoked")
        recipients.append(peer)
    if not recipients:
        raise BundleError(RefusalReason.NO_RECIPIENT, "no recipient given")
    version = _addressed_in(recipients)
    chosen = scope.Scope.ALL if full else _scope_of(me, recipients, version, scoped)
    tops = state.stored_tops(conn)
    floor: dict[str, int] = {}
    if not full:
        floor = {o: min(p.known_vv.get(o, 0) for p in recipients) for o in tops}
    origins_sent = _origins_above(tops, floor)
    recipient_ids = [p.card.device_id for p in recipients]
    selection = None if full else _selection(conn, recipients, tops, chosen, areas)
    # Records shared with HQ only never reach another officer, whatever the scope (or --full).
    selection = scope_hq.apply(conn, _readers(recipients, full=full), selection, tops)
    if selection is not None and scope_holes.count(selection.omitted) == 0:
        chosen = scope.Scope.ALL  # nothing left out: an ordinary bundle
    header = {
        "type": HEADER_TYPE,
        "sender": me.device_id,
        "recipients": recipient_ids,
        "vv": state.version_vector(conn),
        **protocol.header_fields(version, me.app_version),
        "created": now,
        "full": full,
        "card": me.card().to_json(),
        "cards": _vouched_cards(conn, me, origins_sent),
        "revoked": _revocations(conn, me),
        # Protocol 2 readers ignore keys they do not know; from 0.3.0 on this says which of a
        # revoked device's changesets stand (sync.peers.revoke).
        "revoked_upto": _revocation_cutoffs(conn, me),
        # What we were told was left out and still lack (sync.scope_holes): peers send it.
        "lacks": scope_holes.lacks(conn),
        # HQ's retention periods, the mission policy field devices apply (issue 13).
        **retention_policy.header_fields(conn, me.role),
    }
    if selection is not None and selection.omitted and me.role == "hq" and version >= scope_holes.PROTOCOL:
        header["omitted"] = selection.omitted_json()
    items = _items(conn, floor, version, tops) if selection is None else _selected(conn, selection, version)
    info = bundle.write_bundle(
        path,
        sender=me.identity,
        header=header,
        recipients=[p.card.keys for p in recipients],
        items=items,
    )
    peers.note_export(conn, recipient_ids, now=now)
    history.record(
        conn,
        at=now,
        direction=history.Direction.EXPORT,
        file=str(path),
        peers=recipient_ids,
        result=history.Result.WRITTEN,
        counts={"changesets": info.item_count, "size": info.size},
    )
    omitted = scope_holes.count(selection.omitted) if selection is not None else 0
    return ExportResult(path, tuple(recipient_ids), info.item_count, info.size, chosen, omitted)


def _readers(recipients: list[peers.PeerInfo], *, full: bool) -> list[scope_hq.Reader]:
    # A full export sends everything: what a recipient acknowledged does not count.
    return [
        scope_hq.Reader(
            p.card.device_id,
            scope_hq.is_hq(p.card.role),
            {} if full else p.known_vv,
            {} if full else p.known_lacks,
        )
        for p in recipients
    ]


def _scope_of(
    me: Me, recipients: list[peers.PeerInfo], version: int, asked: scope.Scope | None
) -> scope.Scope:
    """The scope of an export: the one asked for, else AREA when every recipient's stored
    choice is AREA and all of them can read omissions (else ALL: a 0.1.0 peer gets all)."""
    readers = me.role == "hq" and version >= scope_holes.PROTOCOL
    if asked is scope.Scope.AREA and not readers:
        why = "only HQ exports by area" if me.role != "hq" else "a recipient runs a release that cannot"
        raise BundleError(RefusalReason.SCOPE_UNSUPPORTED, f"cannot export by area: {why} (use --scope all)")
    if asked is not None:
        return asked
    stored = all(p.scope == scope.Scope.AREA for p in recipients)
    return scope.Scope.AREA if stored and readers else scope.Scope.ALL


def _selection(
    conn: Connection,
    recipients: list[peers.PeerInfo],
    tops: dict[str, int],
    chosen: scope.Scope,
    areas: frozenset[str],
) -> scope.Selection | None:
    """What a scoped export, or one filling in what a peer was left without, sends; None for
    the ordinary export of everything above what the recipients acknowledged."""
    wanted = [
        scope.Recipient(p.card.device_id, p.card.officer, p.known_vv, p.known_lacks) for p in recipients
    ]
    if chosen is scope.Scope.ALL and not any(r.lacks for r in wanted):
        return None
    keys = scope.candidates(conn, wanted, tops)
    if chosen is scope.Scope.ALL:
        return scope.Selection(send=[(o, s) for _, o, s in keys])
    # What a recipient holds is read from sync_record_seen: enter this device's own changesets
    # written since the last merge first (it enters them lazily), or their records look unheld.
    seen.catch_up(conn, state.version_vector(conn))
    audience = scope_rule.Audience.of((r.device_id for r in wanted), areas)
    digest = scope_memory.audience_digest(audience.devices, audience.areas)
    # One recipient: what its last area export left out is read again only when needed.
    memory = scope_memory.load(conn, wanted[0].device_id) if len(wanted) == 1 else None
    if memory is not None and (memory.audience != digest or memory.touched.crowded):
        memory = None
    selection = scope.select(conn, wanted, keys, audience, memory)
    if selection is None:
        memory = None
        selection = scope.select(conn, wanted, keys, audience)
        assert selection is not None
    if sum(len(r) for r in selection.omitted.values()) > scope_holes.MAX_RANGES:
        # Too fragmented to name in a header: this bundle carries everything instead.
        return scope.Selection(send=[(o, s) for _, o, s in keys])
    if len(wanted) == 1:
        touched = memory.touched if memory is not None else scope_memory.Bloom(selection.left_keys.size)
        touched.add_keys(selection.left_keys)
        basis = scope_memory.Basis(digest, selection.omitted, touched)
        scope_memory.save(conn, wanted[0].device_id, basis)
    return selection


def _selected(conn: Connection, selection: scope.Selection, version: int) -> Iterator[bytes]:
    """The items of a selection, read one at a time (as `_items` does for a plain export)."""
    cut = peers.revoked_upto(conn)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for origin, seq in selection.send:
        if seq > cut.get(origin, seq):
            continue
        row = cursor.execute(_ONE_BODY, (origin, seq)).fetchone()
        if row is None:
            continue
        raw = stubs.relayed(stored_body.unpack(row[0]))  # a redacted body travels as its stub
        if version < protocol.PROTOCOL and not protocol.readable_at(ChangesetBody.decode(raw), version):
            continue
        yield pack_item(raw, bytes(row[1]))


def import_bundle(
    conn: Connection,
    path: Path,
    me: Me,
    *,
    now: str,
    now_ms: int,
    rules: OpRules | None = None,
    merged: Callable[[MergeResult], None] | None = None,
) -> ImportResult:
    """Verify, stage and merge one bundle; raises BundleError (and the caller rolls back).

    Changesets merge a chunk at a time as they are staged; `merged`, if given, receives what
    each chunk's merge touched (to re-index it then), and the result's `merge` stays empty.
    A bundle imported before is not a refusal: it comes back ALREADY_IMPORTED, nothing changed.
    """

    def trusted(device: str) -> bytes | None:
        if peers.is_revoked(conn, device):
            raise BundleError(RefusalReason.REVOKED_SENDER, f"sender {device} is revoked")
        return peers.signing_key(conn, device)

    with bundle.open_bundle(
        path,
        my_device_id=me.device_id,
        my_kem_private=bundle.kem_private_key(me.identity),
        trusted_signing_key_lookup=trusted,
    ) as opened:
        seen = conn.exec_driver_sql(
            "SELECT imported_at FROM sync_imported_bundle WHERE bundle_id = ?", (opened.digest,)
        ).first()
        if seen is not None:
            # The same stick imported twice must change nothing, and is no fault of anyone's.
            return ImportResult(
                path, opened.sender_device_id, ImportStatus.ALREADY_IMPORTED, ImportCounts(), str(seen[0])
            )
        header = opened.header
        version = _check_header(header, opened.sender_device_id, me.device_id)
        sender = peers.get(conn, opened.sender_device_id)
        assert sender is not None  # the trust lookup admitted it
        _note_sender_protocols(conn, header, opened.sender_device_id)
        _accept_retention(conn, header, opened.sender_device_id, sender.card.role == "hq")
        if sender.card.role == "hq":
            _accept_vouching(conn, header, opened.sender_device_id, me.device_id, now)
            # Before any item merges: what HQ left out counts as passed (sync.scope_holes).
            scope_holes.register(conn, _ranges(header, "omitted", within=header["vv"], me=me.device_id))
        lacks = _ranges(header, "lacks", within=None, me="")
        before = _open_conflicts(conn)
        merging = _ChunkedMerge(conn, now_ms, rules, merged)
        duplicate = revoked = unstorable = 0
        refused: list[RefusedChangeset] = []
        own_key = public_keys(me.identity).signing
        stubbed: list[tuple[ChangesetBody, bytes, bytes]] = []  # admitted after the markers
        marked: set[str] = set()  # the records this bundle's changesets carry purge markers of
        for item in opened.items():
            if _known_verbatim(conn, item):
                duplicate += 1  # the very bytes already stored and verified: nothing to do
                continue
            checked = _checked_changeset(conn, item, me.device_id, own_key, version)
            if isinstance(checked, RefusedChangeset):
                refused.append(checked)
                continue
            body, raw, signature = checked
            if body is None:
                revoked += 1
                continue
            if body.purged:
                stubbed.append((body, raw, signature))
                continue
            marked |= stubs.markers_of(body)
            if not op_rules.storable(body):
                unstorable += 1  # numbers beyond what any store holds: dropped, as everywhere
                continue
            fork = equivocation.fork_of(conn, body.origin, body.seq, raw)
            if fork is not None:
                # The first body stored stays; this one is refused and its device reported.
                if equivocation.remember(conn, fork, via=opened.sender_device_id, now=now):
                    refused.append(_equivocating(fork))
                continue
            staged_as = stage(conn, body, raw, signature, now)
            if staged_as is Staged.UNSTORABLE:
                unstorable += 1
            elif staged_as is Staged.NEW:
                merging.add(body, len(raw))
            else:
                duplicate += 1
        merging.finish()
        if stubbed:
            refused.extend(_admit_stubs(conn, stubbed, marked, merging, now))
    counts = ImportCounts(
        applied=merging.applied,
        duplicate=duplicate,
        pending=merging.pending,
        conflicts=max(0, _open_conflicts(conn) - before),
        quarantined=merging.quarantined,
        skipped_revoked=revoked,
        equivocations=sum(r.reason is RefusalReason.EQUIVOCATION for r in refused),
        too_large=sum(r.reason is RefusalReason.CHANGESET_TOO_LARGE for r in refused),
        rejected=merging.rejected + unstorable,
    )
    sender_id = opened.sender_device_id
    sender_vv = {str(k): int(v) for k, v in header["vv"].items()}
    peers.note_lacks(conn, sender_id, lacks, sender_vv)  # before note_known: it compares
    peers.note_known(conn, sender_id, sender_vv, now=now)
    conn.exec_driver_sql(
        "INSERT INTO sync_imported_bundle (bundle_id, sender, imported_at, counts) VALUES (?, ?, ?, ?)",
        (opened.digest, sender_id, now, json.dumps(counts_json(path, sender_id, counts))),
    )
    return ImportResult(path, sender_id, ImportStatus.IMPORTED, counts, now, merging.kept, tuple(refused))


class _ChunkedMerge:
    """Merges staged changesets a chunk at a time, each body decoded once: memory holds one
    chunk of decoded bodies and what its merge touched, whatever the bundle's size.

    A body whose dependencies come later in the bundle is dropped from memory and read again
    from the store when they arrive (rare: export writes in clock order)."""

    def __init__(
        self,
        conn: Connection,
        now_ms: int,
        rules: OpRules | None,
        merged: Callable[[MergeResult], None] | None,
    ) -> None:
        self.conn = conn
        self.now_ms = now_ms
        self.rules = rules
        self.merged = merged
        self.kept = MergeResult()  # what the caller gets back when it passed no `merged`
        self.decoded: dict[tuple[str, int], ChangesetBody] = {}
        self.ops = self.size = 0
        # This bundle's changesets not merged yet: only those waiting stay here.
        self.waiting: set[tuple[str, int]] = set()
        self.applied = self.rejected = self.quarantined = 0

    def add(self, body: ChangesetBody, size: int) -> None:
        """One changeset staged as new; merges the chunk once it reaches the bound."""
        key = (body.origin, body.seq)
        self.waiting.add(key)
        self.decoded[key] = body
        self.ops += len(body.ops)
        self.size += size
        if self.ops >= _DECODED_OPS_KEPT or self.size >= _DECODED_BYTES_KEPT:
            self._drain()

    def finish(self) -> None:
        """Merge what is left; the counts then describe the whole import."""
        last = self._drain()
        # Every drain looks at the quarantined ones again: the last one saw them all.
        self.quarantined = len(last.quarantined)
        self.waiting.difference_update(last.quarantined)

    def _drain(self) -> MergeResult:
        result = drain(self.conn, now_ms=self.now_ms, decoded=self.decoded, rules=self.rules)
        self.decoded = {}
        self.ops = self.size = 0
        self.applied += len(result.applied)
        self.rejected += len(result.rejected)
        self.waiting.difference_update(result.applied)
        self.waiting.difference_update(result.rejected)
        if self.merged is not None:
            self.merged(result)
        else:
            self.kept.new_conflicts += result.new_conflicts
            for kind, ids in result.touched.items():
                self.kept.touched.setdefault(kind, set()).update(ids)
        return result

    @property
    def pending(self) -> int:
        """This bundle's changesets still waiting for others (quarantined ones not counted)."""
        return len(self.waiting)


def _admit_stubs(
    conn: Connection,
    stubbed: list[tuple[ChangesetBody, bytes, bytes]],
    marked: set[str],
    merging: _ChunkedMerge,
    now: str,
) -> list[RefusedChangeset]:
    """Stage and merge the stubs of this bundle whose purge markers are held now (those of
    the bundle itself merged); refuse the others, their numbers not passed (sync.stubs)."""
    refused = []
    for body, raw, signature in stubbed:
        if not stubs.admissible(conn, body, marked):
            detail = "no purge marker held for a record it names"
            refused.append(RefusedChangeset(body.origin, body.seq, RefusalReason.STUB_WITHOUT_MARKER, detail))
        elif stage(conn, body, raw, signature, now) is Staged.NEW:
            merging.add(body, len(raw))
    merging.finish()
    return refused


def _equivocating(fork: equivocation.Fork) -> RefusedChangeset:
    detail = f"kept {fork.kept_hash[:16]}, refused {fork.other_hash[:16]}"
    return RefusedChangeset(fork.origin, fork.seq, RefusalReason.EQUIVOCATION, detail)


# A canonical body ends with its origin and number (keys are sorted), so a duplicate can be
# recognised without decoding the whole body.
_TAIL = re.compile(rb'"origin":"([a-z2-7]{1,64})","seq":([0-9]{1,18})}$')


def _known_verbatim(conn: Connection, item: bytes) -> bool:
    """Whether exactly this signed changeset is already stored here (a re-sent duplicate)."""
    try:
        raw, signature = unpack_item(item)
    except ChangesetError:
        return False
    match = _TAIL.search(raw[-128:])
    if match is None:
        return False
    row = conn.exec_driver_sql(
        "SELECT body, signature FROM sync_changeset WHERE origin = ? AND seq = ?",
        (match[1].decode(), int(match[2])),
    ).first()
    return row is not None and bytes(row[1]) == signature and stored_body.unpack(row[0]) == raw


def _checked_changeset(
    conn: Connection, item: bytes, my_id: str, own_key: bytes, version: protocol.BundleVersion
) -> tuple[ChangesetBody | None, bytes, bytes] | RefusedChangeset:
    """The verified changeset of an item (body None: its origin is revoked here), or why it
    is refused by itself; raises BundleError when the whole bundle must be refused."""
    try:
        raw, signature = unpack_item(item)
        if not stored_body.travels_verbatim(raw):
            # Never written by a canonical encoder; the store could not relay it as signed.
            raise ChangesetError("a changeset in the form only a store keeps")
        oversize = limits.body_too_large(len(raw))
        # A body over the cap is not decoded (that is what would cost); its canonical tail
        # says whose it is, and its signature is checked all the same.
        body = _tail_only(raw) if oversize is not None else ChangesetBody.decode(raw)
    except ChangesetError as exc:
        if protocol.newer_changeset_format(item[SIGNATURE_BYTES:]):
            raise protocol.NewerBundleError(version.app_version) from None
        raise BundleError(
            RefusalReason.MALFORMED_CHANGESET, f"bundle holds a malformed changeset ({exc})"
        ) from None
    if peers.is_revoked(conn, body.origin):
        # Those it wrote up to its revocation stand (checked with its key); later ones never apply.
        stands = peers.changeset_key(conn, body.origin, body.seq)
        if stands is None:
            return None, raw, signature
    key = own_key if body.origin == my_id else peers.changeset_key(conn, body.origin, body.seq)
    if key is None:
        raise BundleError(
            RefusalReason.UNKNOWN_DEVICE, f"bundle relays changes from unknown device {body.origin}"
        )
    try:
        if body.purged:
            # Redacted by a purge: its seal (or, unsealed, its lack of operations) instead of
            # the signature; whether its records' purge markers are held is decided at the end.
            stubs.check_received(body, key)
        else:
            verify(raw, signature, key)
    except ChangesetError:
        raise BundleError(
            RefusalReason.FORGED_CHANGESET,
            f"bundle holds a forged changeset claiming to come from {body.origin}",
        ) from None
    oversize = oversize or limits.over_cap(len(raw), body)
    if oversize is not None:
        # Refused by itself, the same way on every device: the rest of the bundle goes in.
        return RefusedChangeset(body.origin, body.seq, RefusalReason.CHANGESET_TOO_LARGE, oversize.describe())
    # Record kinds, fields and operation kinds of a newer protocol are kept, not refused:
    # the merge applies what it knows and defers the rest (sync.deferred).
    return body, raw, signature


def _tail_only(raw: bytes) -> ChangesetBody:
    """Origin and number of a body too large to decode, from its canonical end."""
    match = _TAIL.search(raw[-128:])
    if match is None:
        raise ChangesetError("a changeset above the size limit that does not end as one")
    return ChangesetBody(origin=match[1].decode(), seq=int(match[2]), hlc=0, officer="", deps={})


def _check_header(header: dict[str, Any], sender: str, me: str) -> protocol.BundleVersion:
    """Check the sync header; a bundle this release cannot read raises NewerBundleError."""
    if header.get("type") != HEADER_TYPE:
        raise BundleError(RefusalReason.NOT_A_SYNC_BUNDLE, "bundle is not a Liaison sync bundle")
    # Before anything else a newer protocol might have changed.
    version = protocol.header_version(header)
    if not version.readable():
        raise protocol.NewerBundleError(version.app_version)
    for key in ("recipients", "cards", "revoked"):
        if not isinstance(header.get(key, []), list):
            raise BundleError(RefusalReason.MALFORMED_HEADER, f"bundle header is malformed ({key})")
    if header.get("sender") != sender or me not in header.get("recipients", []):
        raise BundleError(RefusalReason.MISMATCHED_HEADER, "bundle header does not match its envelope")
    vv = header.get("vv")
    if not isinstance(vv, dict) or not all(type(seq) is int for seq in vv.values()):
        raise BundleError(RefusalReason.MALFORMED_HEADER, "bundle header lacks the sender's version vector")
    return version


def _ranges(
    header: dict[str, Any], key: str, *, within: dict[str, int] | None, me: str
) -> scope_holes.Ranges:
    """The ranges under `key` (omitted, lacks), checked; a malformed list refuses the bundle."""
    try:
        return scope_holes.parse(header.get(key), within=within, me=me)
    except scope_holes.OmissionError as exc:
        raise BundleError(
            RefusalReason.MALFORMED_HEADER, f"bundle header is malformed ({key}: {exc})"
        ) from None


def _accept_retention(conn: Connection, header: dict[str, Any], sender: str, from_hq: bool) -> None:
    """HQ's mission retention policy, checked like any header key (sync.retention_policy)."""
    try:
        retention_policy.accept(conn, header, sender=sender, from_hq=from_hq)
    except retention_policy.PolicyShapeError as exc:
        raise BundleError(
            RefusalReason.MALFORMED_HEADER, f"bundle header is malformed (retention: {exc})"
        ) from None


def _note_sender_protocols(conn: Connection, header: dict[str, Any], sender: str) -> None:
    """The sender's own card says what it speaks now (it may have been upgraded)."""
    try:
        card = peers.Card.from_json(header.get("card"))
    except peers.TrustError:
        return  # 0.1.0 never checked this card: an odd one must not refuse the bundle
    if card.device_id == sender:
        peers.note_protocols(conn, sender, card.protocols)


def _addressed_in(recipients: list[peers.PeerInfo]) -> int:
    """The highest protocol every recipient reads (and this release writes)."""
    version = protocol.common(p.card.protocols for p in recipients)
    if version is None:
        lost = next(p for p in recipients if protocol.common([p.card.protocols]) is None)
        raise BundleError(
            RefusalReason.NO_COMMON_PROTOCOL,
            f"device {lost.card.device_id} speaks no sync protocol this release writes",
        )
    return version


def _accept_vouching(conn: Connection, header: dict[str, Any], hq: str, my_id: str, now: str) -> None:
    """An HQ device we trust vouches for the cards it carries and passes on its revocations."""
    for data in header.get("cards", []):
        try:
            card = peers.Card.from_json(data)
        except peers.TrustError as exc:
            raise BundleError(RefusalReason.BAD_CARD, f"bundle carries a bad identity card ({exc})") from None
        if card.device_id != my_id:  # our own card comes along with our own changesets
            peers.add(conn, card, now=now, vouched_by=hq)
    upto = header.get("revoked_upto")
    upto = upto if isinstance(upto, dict) else {}
    for device in header.get("revoked", []):
        seq = upto.get(device)
        # What HQ held when it revoked the device stands on every device HQ reaches alike.
        peers.revoke(conn, str(device), now=now, upto=seq if type(seq) is int and seq >= 0 else None)


def _vouched_cards(conn: Connection, me: Me, origins: set[str]) -> list[dict[str, Any]]:
    # Revoked devices' cards too: their changesets up to the revocation are relayed, and an
    # officer who never met the device checks them with its key (then revokes it, as told).
    if me.role != "hq":
        return []
    return [p.card.to_json() for p in peers.list_peers(conn) if p.card.device_id in origins]


def _revocations(conn: Connection, me: Me) -> list[str]:
    if me.role != "hq":
        return []
    return [p.card.device_id for p in peers.list_peers(conn) if p.revoked_at is not None]


def _revocation_cutoffs(conn: Connection, me: Me) -> dict[str, int]:
    if me.role != "hq":
        return {}
    return peers.revoked_upto(conn)


def _origins_above(tops: dict[str, int], floor: dict[str, int]) -> set[str]:
    return {origin for origin, top in tops.items() if top > floor.get(origin, 0)}


def _items(conn: Connection, floor: dict[str, int], version: int, tops: dict[str, int]) -> Iterator[bytes]:
    cut = peers.revoked_upto(conn)
    for origin, seq, body, signature in _above_floor(conn, floor, tops):
        if seq > cut.get(origin, seq):
            continue  # a revoked device's after its cut-off: refused everywhere, not passed on
        # Changesets an older reader would refuse the whole bundle for stay here: it gets
        # everything else, and these once it speaks a newer protocol (its known vector
        # will still lack them).
        raw = stubs.relayed(stored_body.unpack(body))  # as its origin signed it, or its stub
        if version < protocol.PROTOCOL and not protocol.readable_at(ChangesetBody.decode(raw), version):
            continue
        yield pack_item(raw, bytes(signature))


# One origin's changesets above what the recipients hold: a range of the primary key.
RANGE_KEYS = "SELECT hlc, seq FROM sync_changeset WHERE origin = ? AND seq > ?"
_ONE_BODY = "SELECT body, signature FROM sync_changeset WHERE origin = ? AND seq = ?"


def _above_floor(
    conn: Connection, floor: dict[str, int], tops: dict[str, int]
) -> Iterator[tuple[str, int, bytes, bytes]]:
    """(origin, seq, body, signature) of each stored changeset above `floor` for its
    origin, in (hlc, origin, seq) order: the order a reader merges in with fewest waits."""
    # A separate cursor streams the rows so memory does not grow with the bundle.
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    wanted = sum(max(0, top - floor.get(origin, 0)) for origin, top in tops.items())
    if wanted > _RANGED_EXPORT_MAX:
        # Most of the store goes (a full export, a new peer): one pass in hlc order reads
        # each body once, where sorting the keys first would hold them all in memory.
        cursor.execute("SELECT origin, seq, body, signature FROM sync_changeset ORDER BY hlc, origin, seq")
        for origin, seq, body, signature in cursor:
            if seq > floor.get(origin, 0):
                yield origin, seq, body, signature
        return
    # What peers lack is a few ranges of the primary key (origin, seq > known): only those
    # rows are read, so the export follows the changes, not the store (issue 10).
    keys: list[tuple[int, str, int]] = []
    for origin, top in tops.items():
        known = floor.get(origin, 0)
        if top > known:
            cursor.execute(RANGE_KEYS, (origin, known))
            keys.extend((at, origin, seq) for at, seq in cursor)
    keys.sort()
    for _, origin, seq in keys:
        cursor.execute(_ONE_BODY, (origin, seq))
        row = cursor.fetchone()
        if row is not None:
            yield origin, seq, row[0], row[1]


def _open_conflicts(conn: Connection) -> int:
    return len(list_conflicts(conn))


def waiting_for(
    conn: Connection,
    known_vv: dict[str, int],
    tops: dict[str, int] | None = None,
    lacks: scope_holes.Ranges | None = None,
) -> int:
    """How many stored changesets a peer holding `known_vv` does not have yet (with `lacks`,
    those below it that it said it was left without: sync.scope_holes).

    `tops` (state.stored_tops) may be passed when asking for several peers: read once."""
    if tops is None:
        tops = state.stored_tops(conn)
    above = sum(max(0, top - known_vv.get(origin, 0)) for origin, top in tops.items())
    return above + scope_holes.count(lacks or {}, known_vv)


@dataclass(frozen=True, slots=True)
class ReceivedOp:
    """What one received changeset did to one record."""

    origin: str
    officer: str
    time: str
    kind: str
    record_id: str
    fields: tuple[str, ...]
    deleted: bool


def received_changes(conn: Connection, me: str, *, limit: int) -> list[ReceivedOp]:
    """Records changed by other devices' latest changesets, newest first, one line per record."""
    found: list[ReceivedOp] = []
    seen: set[str] = set()
    for raw in _received_newest_first(conn, me):
        body = ChangesetBody.decode(raw)
        by_record: dict[tuple[str, str], list[str]] = {}
        for op in filter(deferred.understood, body.ops):
            by_record.setdefault((op.kind, op.record_id), []).append(op.field)
        for (kind, record_id), names in by_record.items():
            if record_id in seen:
                continue
            seen.add(record_id)
            deleted = any(
                op.field == "_deleted" and op.value is True for op in body.ops if op.record_id == record_id
            )
            shown = tuple(sorted(n for n in names if n != "_deleted"))
            found.append(
                ReceivedOp(body.origin, body.officer, hlc.to_iso(body.hlc), kind, record_id, shown, deleted)
            )
            if len(found) >= limit:
                return found
    return found


# Walks ix_sync_changeset_applied_hlc backwards, a page at a time: the first screen reads a
# few rows of the index, where sorting every applied changeset by clock read them all.
# Named, because the planner otherwise takes `status = ?` on the status index and sorts
# (its statistics, or their absence, cannot know how few rows a page needs).
RECEIVED_PAGE = (
    "SELECT hlc, origin, seq, body FROM sync_changeset INDEXED BY ix_sync_changeset_applied_hlc"
    " WHERE status = 'applied' AND origin != ? AND (hlc, origin, seq) < (?, ?, ?)"
    " ORDER BY hlc DESC, origin DESC, seq DESC LIMIT ?"
)
_PAGE_ROWS = 64


def _received_newest_first(conn: Connection, me: str) -> Iterator[bytes]:
    """Bodies of applied changesets from other devices, newest clock first (ties by origin
    and number, so the order is the same on every run)."""
    # Above any clock and any origin id: the first page starts at the newest.
    after: tuple[int, str, int] = (2**63 - 1, "\U0010ffff", 0)
    while True:
        rows = conn.exec_driver_sql(RECEIVED_PAGE, (me, *after, _PAGE_ROWS)).all()
        for _, _, _, body in rows:
            yield bytes(body)
        if len(rows) < _PAGE_ROWS:
            return
        last = rows[-1]
        after = (int(last[0]), str(last[1]), int(last[2]))
