"""Sync services: identity and peers, bundle export and import, conflicts, folder exchange.

Each import runs in one transaction: a refused bundle rolls back and changes nothing.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection
from sqlmodel import Session

from liaison_app import __version__, disk, kinds, settings, sync_rules
from liaison_app.changes import NOTHING, Changes
from liaison_app.clock import now_iso
from liaison_app.errors import (
    BundleHeldError,
    BundleRefusedError,
    MassDeleteError,
    NotFoundError,
    ValidationError,
)
from liaison_app.services import held_bundles, record_purge, records, stoppable
from liaison_app.store import Store
from sync import (
    collector,
    deferred,
    equivocation,
    erasure,
    exchange,
    folder_names,
    history,
    mass_delete,
    peers,
    resolve,
    state,
)
from sync.bundle import BundleError, recipient_count
from sync.conflicts import Conflict, list_conflicts, officers

# Re-exported: the GUI reads these results but must not import sync.
from sync.exchange import ExportResult as ExportResult
from sync.exchange import ImportCounts as ImportCounts
from sync.merge import MergeResult, drain
from sync.protocol import NewerBundleError
from sync.refusals import ChangesetRejection as ChangesetRejection
from sync.refusals import RefusalReason as RefusalReason
from sync.remerge import remerge_deferred
from sync.scope import Scope as Scope

BUNDLE_SUFFIX = ".liaison"
CARD_SUFFIX = ".liaison-card"


def me(store: Store) -> exchange.Me:
    """This device as it presents itself in bundles and cards."""
    author = store.author
    return exchange.Me(store.identity, author.officer, author.device_name, author.role, __version__)


@dataclass(frozen=True, slots=True)
class Identity:
    """This device as others see it (`identity show` prints these fields in this order)."""

    device_id: str
    officer: str
    device_name: str
    role: str
    fingerprint: str


def identity(store: Store) -> Identity:
    """Device id, officer, device name, role and fingerprint of this device."""
    card = me(store).card()
    return Identity(card.device_id, card.officer, card.device_name, card.role, peers.fingerprint(card.keys))


def export_card(store: Store, path: Path) -> Path:
    """Write this device's public identity card (no secrets in it)."""
    path.write_text(json.dumps(me(store).card().to_json(), indent=2) + "\n", encoding="utf-8")
    return path


def read_card(path: Path) -> peers.Card:
    """Parse and check an identity card without trusting it (to compare its fingerprint first)."""
    try:
        return peers.Card.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"cannot read identity card {path.name}: {exc}") from None
    except peers.TrustError as exc:
        raise ValidationError(f"{path.name}: {exc}") from None


def add_peer(store: Store, path: Path) -> peers.PeerInfo:
    """Trust the device whose identity card is at `path` (read once, here)."""
    return trust_card(store, read_card(path))


def trust_card(store: Store, card: peers.Card) -> peers.PeerInfo:
    """Trust the device of a card already read, the very one whose fingerprint was shown:
    the file is not read again, so a card swapped in meanwhile cannot be trusted unseen."""
    if card.device_id == store.author.device_id:
        raise ValidationError("that is this device's own card")
    with store.session() as s:
        peers.add(s.connection(), card, now=now_iso())
        s.commit()
        found = peers.get(s.connection(), card.device_id)
    assert found is not None
    return found


def list_peers(store: Store) -> list[peers.PeerInfo]:
    """Every device this one knows."""
    with store.session() as s:
        return peers.list_peers(s.connection())


def set_peer_scope(store: Store, device_id: str, scope: Scope) -> None:
    """Choose what this device's exports to the peer carry by default (HQ: all, or its area)."""
    with store.session() as s:
        if not peers.set_scope(s.connection(), device_id, scope.value):
            raise NotFoundError(f"no known device {device_id}")
        s.commit()


def revoke_peer(store: Store, device_id: str) -> None:
    """Refuse the device's bundles (and changesets relayed from it) from now on."""
    with store.session() as s:
        if not peers.revoke(s.connection(), device_id, now=now_iso()):
            raise NotFoundError(f"no known device {device_id}")
        s.commit()


def export_bundle(
    store: Store,
    *,
    to: Sequence[str],
    path: Path,
    full: bool = False,
    scope: Scope | None = None,
    watch: stoppable.Watch | None = None,
) -> exchange.ExportResult:
    """Write a bundle for the given peers of everything they are not known to have, or (scope
    AREA, from HQ) only what their officers need; None: each peer's stored choice. `watch`,
    asked as the export goes, may stop it (StoppedError: no file, nothing recorded)."""
    with store.session() as s:
        try:
            with stoppable.stoppable(s.connection(), watch):
                result = exchange.export_bundle(
                    s.connection(),
                    me(store),
                    to=to,
                    path=path,
                    full=full,
                    now=now_iso(),
                    scoped=scope,
                    areas=_areas_of(store, to),
                )
        except BundleError as exc:
            s.rollback()
            _log_refusal(store, history.Direction.EXPORT, path, to, exc.code)
            raise ValidationError(exc.message) from None
        s.commit()
    return result


def _areas_of(store: Store, devices: Sequence[str]) -> frozenset[str]:
    """The areas these officers are responsible for at HQ, with every area inside them."""
    from liaison_app.services import areas  # a module of its own: the export path only

    found: set[str] = set()
    for device in dict.fromkeys(devices):
        for assigned in areas.of_officer(store, device):
            found.update(areas.within(store, assigned.id))
    return frozenset(found)


def _log_refusal(
    store: Store, direction: history.Direction, path: Path, peer_ids: Sequence[str], reason: RefusalReason
) -> None:
    """A refusal changes nothing else, so its history entry gets a transaction of its own."""
    _log(store, direction, path, peer_ids, history.Result.REFUSED, reason=reason.value)


def _log(
    store: Store,
    direction: history.Direction,
    path: Path,
    peer_ids: Sequence[str],
    result: history.Result,
    *,
    reason: str | None = None,
) -> None:
    with store.session() as s:
        history.record(
            s.connection(),
            at=now_iso(),
            direction=direction,
            file=str(path),
            peers=list(peer_ids),
            result=result,
            reason=reason,
        )
        s.commit()


class FileStatus(StrEnum):
    """What became of one file given to import."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"  # harmless: the same file went in before, nothing changed
    REFUSED = "refused"  # nothing changed; `FileOutcome.refusal` says why
    HELD = "held"  # written by a newer Liaison: a copy is kept in the profile, read after upgrading


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What importing one file did, or why it was refused, or that it was held (written by
    a newer Liaison: kept in the profile and read after an upgrade)."""

    path: Path
    status: FileStatus
    sender: str = ""  # device id of the sender ("" when refused)
    counts: ImportCounts = field(default_factory=ImportCounts)
    imported_at: str = ""  # this import, or the first one for a file already imported
    refusal: RefusalReason | None = None
    error: str | None = None  # the one-line refusal ("FILE: reason") for the officer and the log
    written_by: str | None = None  # for a held file: the newer release's version, if it says
    # A held copy read again after an upgrade: its refusal is not the current command's.
    retried: bool = False
    # Refused as a mass delete: records it would delete, by kind (org, contact...), and the
    # live records here before; importing it again with `allow_mass_delete` applies it.
    would_delete: tuple[tuple[str, int], ...] = ()
    live_before: int = 0

    @property
    def refused(self) -> bool:
        """Whether the file was refused (nothing changed, and someone should look at it)."""
        return self.status is FileStatus.REFUSED

    @property
    def held(self) -> bool:
        """Whether the file waits in the profile for a newer Liaison."""
        return self.status is FileStatus.HELD


def import_bundle(
    store: Store, path: Path, *, quiet_routine: bool = False, allow_mass_delete: bool = False
) -> FileOutcome:
    """Import one bundle; BundleRefusedError (nothing changed) if it must not be applied,
    BundleHeldError (nothing changed, a copy kept) if only a newer Liaison reads it.
    MassDeleteError (nothing changed) if it would delete more than the share of live
    records the settings allow, unless `allow_mass_delete`.

    A file imported before is no refusal: it comes back ALREADY_IMPORTED and changes nothing.
    Every outcome goes into the exchange history, except, with `quiet_routine` (the folder
    exchange looks at every file each time), files imported before or addressed to others.
    """
    with store.session() as s, collector.paused():
        purges_before = erasure.log_mark(s.connection())
        share = None if allow_mass_delete else int(settings.get(s, "mass_delete_percent"))
        try:
            with mass_delete.counting(s.connection()) as counter:
                result = exchange.import_bundle(
                    s.connection(),
                    path,
                    me(store),
                    now=now_iso(),
                    now_ms=store.now_ms(),
                    rules=sync_rules.op_rules(),
                    # Each merged chunk is re-indexed at once: nothing accumulates over the bundle.
                    merged=lambda chunk: _after_merge(s, chunk),
                )
                deletions = counter.deletions()
            if share is not None and deletions.exceeds(share):
                raise _mass_delete(path, deletions)
        except MassDeleteError:
            s.rollback()
            _log_refusal(store, history.Direction.IMPORT, path, (), RefusalReason.MASS_DELETE)
            raise
        except NewerBundleError as exc:
            s.rollback()
            before = held(store)
            held_bundles.hold(store.directory, path)
            if not quiet_routine or held(store) > before:  # a file held before is no news
                _log(store, history.Direction.IMPORT, path, (), history.Result.HELD)
            raise BundleHeldError(f"{path.name}: {exc.message}", written_by=exc.written_by) from None
        except BundleError as exc:
            s.rollback()
            if not (quiet_routine and exc.code is RefusalReason.NOT_ADDRESSED):
                _log_refusal(store, history.Direction.IMPORT, path, (), exc.code)
            raise BundleRefusedError(f"{path.name}: {exc.message}", exc.code) from None
        except OSError as exc:
            s.rollback()
            if disk.is_full(exc, store.directory):
                # Staging what arrives ran out of room: the machine's fault, not the bundle's.
                where = Path(exc.filename).parent if isinstance(exc.filename, str) else store.directory
                raise disk.full_error(where) from None
            message = f"{path.name}: cannot read ({exc.strerror})"
            _log_refusal(store, history.Direction.IMPORT, path, (), RefusalReason.UNREADABLE)
            raise BundleRefusedError(message, RefusalReason.UNREADABLE) from None
        for one in result.refused:
            # One changeset refused while the rest went in: its own entry, naming its device.
            history.record(
                s.connection(),
                at=now_iso(),
                direction=history.Direction.IMPORT,
                file=str(path),
                peers=[one.origin],
                result=history.Result.REFUSED,
                reason=one.reason.value,
                counts={"seq": one.seq},
            )
        again = result.status is exchange.ImportStatus.ALREADY_IMPORTED
        if not (quiet_routine and again):
            history.record(
                s.connection(),
                at=now_iso(),
                direction=history.Direction.IMPORT,
                file=str(path),
                peers=[result.sender],
                result=history.Result.ALREADY_IMPORTED if again else history.Result.IMPORTED,
                counts=dataclasses.asdict(result.counts),
            )
        purged = erasure.log_mark(s.connection()) != purges_before
        s.commit()
    if purged:  # a purge marker arrived: its record's traces leave the profile's files too
        record_purge.after_purge(store)
    status = FileStatus.ALREADY_IMPORTED if again else FileStatus.IMPORTED
    return FileOutcome(path, status, result.sender, result.counts, result.imported_at)


def _mass_delete(path: Path, deletions: mass_delete.Deletions) -> MassDeleteError:
    """The refusal of a bundle deleting too much: how many records of which kind."""
    by_kind = {k.value: deletions.deleted.get(kinds.spec(k).table_name, 0) for k in kinds.Kind}
    counted = [(k, n) for k, n in by_kind.items() if n]
    which = ", ".join(f"{n} {kinds.spec(k).label if n == 1 else kinds.spec(k).plural}" for k, n in counted)
    message = (
        f"{path.name}: it would delete {deletions.total} of the {deletions.live_before} records here"
        f" ({which}); nothing applied (import it with --allow-mass-delete if that is meant)"
    )
    return MassDeleteError(message, deleted=dict(counted), live=deletions.live_before)


def import_bundles(
    store: Store, paths: Sequence[Path], progress: Callable[[int, int], None] | None = None
) -> list[FileOutcome]:
    """Import each file in turn; a refused or held file is reported and the others still go
    in. Bundles held earlier that this release reads now come first."""
    outcomes = catch_up(store)
    for done, path in enumerate(paths):
        outcomes.append(import_one(store, path))
        if progress is not None:
            progress(done + 1, len(paths))
    return outcomes


def import_one(
    store: Store, path: Path, *, quiet_routine: bool = False, allow_mass_delete: bool = False
) -> FileOutcome:
    """Import one file and say what became of it: a refusal or a hold is an outcome here,
    not an error (the others of a batch still go in)."""
    try:
        return import_bundle(store, path, quiet_routine=quiet_routine, allow_mass_delete=allow_mass_delete)
    except BundleHeldError as exc:
        return FileOutcome(path, FileStatus.HELD, error=str(exc), written_by=exc.written_by)
    except MassDeleteError as exc:
        refused = FileOutcome(path, FileStatus.REFUSED, refusal=exc.code, error=str(exc))
        return replace(refused, would_delete=tuple(exc.deleted.items()), live_before=exc.live)
    except BundleRefusedError as exc:
        return FileOutcome(path, FileStatus.REFUSED, refusal=exc.code, error=str(exc))


def catch_up(store: Store) -> list[FileOutcome]:
    """What an upgrade makes readable: merge operations kept from newer protocols, and read
    the bundles held for a newer release. Returns the held files read (or now refused),
    marked `retried`; files still too new stay held. Cheap when there is nothing to do: every
    import and folder exchange calls it, and the app does after unlocking."""
    with store.session() as s:
        if deferred.due(s.connection()):
            result = MergeResult()
            remerge_deferred(s.connection(), result, sync_rules.op_rules())
            _after_merge(s, result)
        s.commit()
    outcomes = []
    for held in held_bundles.held_files(store.directory):
        if not held.due():
            continue
        outcome = import_one(store, held.path, quiet_routine=True)
        if outcome.held:
            held_bundles.still_held(held)
            continue
        held_bundles.release(held)
        outcomes.append(replace(outcome, retried=True))
    return outcomes


def held(store: Store) -> int:
    """How many bundles wait in the profile for a newer Liaison."""
    return len(held_bundles.held_files(store.directory))


def release_quarantine(store: Store) -> MergeResult:
    """Merge held changesets whose clocks this device has caught up with."""
    with store.session() as s:
        result = drain(s.connection(), now_ms=store.now_ms(), rules=sync_rules.op_rules())
        _after_merge(s, result)
        s.commit()
    return result


def conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    """Open conflicts (and resolved ones if asked), the same list on every synced device."""
    with store.session() as s:
        return list_conflicts(s.connection(), include_resolved=include_resolved)


@dataclass(frozen=True, slots=True)
class Resolution:
    """A conflict resolved: which one, the side kept, and the fields that were written."""

    conflict: str
    kept: str  # "local", "remote", or "ORIGIN/SEQ" for a side chosen by its operation
    fields: tuple[str, ...]
    changes: Changes = NOTHING  # for the GUI: the record, the conflicts, something to send


def resolve_conflict(store: Store, conflict_id: str, *, keep: str) -> Resolution:
    """Keep the local or the remote side; the choice syncs and clears the conflict everywhere."""
    with store.session() as s:
        conn = s.connection()
        # Which step failed says which error it is: no such conflict, or a bad choice.
        try:
            conflict = resolve.find_open(conn, conflict_id)
        except resolve.ResolveError as exc:
            raise NotFoundError(str(exc)) from None
        try:
            kept = resolve.choose(conflict, keep, store.author.device_id)
        except resolve.ResolveError as exc:
            raise ValidationError(str(exc)) from None
        values = resolve.resolve(conn, store.writer(), conflict, kept)
        records.reindex(s, conflict.kind, [conflict.record_id])
        s.commit()
    return Resolution(conflict.id, keep, tuple(sorted(values)), _resolved(conflict.kind, conflict.record_id))


@dataclass(frozen=True, slots=True)
class RejectedChanges:
    """Changesets from one device that the merge refused for one reason (they applied
    nothing; everything else merged): the sync status shows one line per such group."""

    origin: str
    officer: str
    count: int
    reason: ChangesetRejection
    field: str | None  # "kind.field" of the operation concerned, if one


@dataclass(frozen=True, slots=True)
class SyncState:
    """Changesets by state, the version vector, what each peer lacks, open conflicts."""

    # None: not counted (`status(count_applied=False)`): counting them reads every applied
    # changeset's index entry, too slow for the status bar at HQ (issue 10).
    applied: int | None
    pending: int  # waiting for changesets they depend on
    quarantined: int  # held: clock too far ahead
    version_vector: dict[str, int]
    outgoing: dict[str, int]  # changesets each trusted peer is not known to have, by device id
    open_conflicts: int
    deferred: int  # changesets with operations kept for a newer release
    held: int  # bundles kept in the profile for a newer release
    # What matters: the peers this device exchanges with itself (trusted directly, not only
    # vouched for by HQ: those are reached through HQ and never confirm anything here).
    to_send: dict[str, int] = field(default_factory=dict)
    # A field device: changesets not yet at HQ (the most any directly trusted HQ device
    # lacks); None on HQ, or before any HQ card is trusted.
    hq_lacking: int | None = None
    # Devices seen signing two changesets with the same number (device id -> how many
    # numbers): a reason to revoke them (sync.equivocation).
    equivocating: dict[str, int] = field(default_factory=dict)
    rejected: tuple[RejectedChanges, ...] = ()


def status(store: Store, *, count_applied: bool = True) -> SyncState:
    """Changesets received but waiting (missing dependencies) or quarantined (clock too far
    ahead), changesets each trusted peer is not known to have yet, open conflicts, changesets
    with operations kept for a newer release (deferred), bundles held for one (held), and
    changesets the merge refused, by device and reason (rejected). Without `count_applied`
    the applied ones are not counted (None), and nothing reads every changeset."""
    with store.session() as s:
        conn = s.connection()
        # Searches of the status index for the few waiting, not a walk over all of it.
        rows = conn.exec_driver_sql(
            "SELECT status, count(*) FROM sync_changeset WHERE status IN ('pending', 'quarantined')"
            " GROUP BY status"
        )
        counts = {str(k): int(v) for k, v in rows}
        applied = (
            int(
                conn.exec_driver_sql(
                    "SELECT count(*) FROM sync_changeset WHERE status = 'applied'"
                ).scalar_one()
            )
            if count_applied
            else None
        )
        vv: dict[str, int] = {o: q for o, q in conn.exec_driver_sql("SELECT origin, seq FROM sync_vv")}
        live = [p for p in peers.list_peers(conn) if p.revoked_at is None]
        tops = state.stored_tops(conn)  # once, not once per peer (issue 10)
        outgoing = {
            p.card.device_id: exchange.waiting_for(conn, p.known_vv, tops, p.known_lacks) for p in live
        }
        direct = [p for p in live if p.vouched_by is None]
        hq_devices = [p.card.device_id for p in direct if p.card.role == "hq"]
        open_conflicts = len(list_conflicts(conn))
        deferred_count = deferred.count(conn)
        forked = {d.device_id: d.forks for d in equivocation.devices(conn)}
        rejected = _rejected(conn)
    return SyncState(
        applied=applied,
        pending=counts.get("pending", 0),
        quarantined=counts.get("quarantined", 0),
        version_vector=vv,
        outgoing=outgoing,
        open_conflicts=open_conflicts,
        deferred=deferred_count,
        held=held(store),
        to_send={p.card.device_id: outgoing[p.card.device_id] for p in direct},
        hq_lacking=(
            max(outgoing[d] for d in hq_devices) if hq_devices and store.author.role != "hq" else None
        ),
        equivocating=forked,
        rejected=rejected,
    )


def rejected(store: Store) -> tuple[RejectedChanges, ...]:
    """Changesets the merge refused, grouped by device and reason (cheaper than `status`)."""
    with store.session() as s:
        return _rejected(s.connection())


def _rejected(conn: Connection) -> tuple[RejectedChanges, ...]:
    who = officers(conn)
    rows = conn.exec_driver_sql(
        "SELECT origin, reason, reason_field, count(*) FROM sync_changeset WHERE status = 'rejected'"
        " GROUP BY origin, reason, reason_field ORDER BY origin, reason, reason_field"
    )
    found = []
    for origin, reason, where, count in rows:
        try:
            code = ChangesetRejection(reason)
        except ValueError:  # a reason a newer release wrote: shown as the catch-all
            code = ChangesetRejection.MERGE_FAILED
        found.append(RejectedChanges(origin, who.get(origin, ""), int(count), code, where))
    return tuple(found)


def to_send(store: Store) -> dict[str, int]:
    """Changesets each directly trusted, unrevoked peer is not known to have (cheaper than
    `status`: the trusted-devices table needs only this)."""
    with store.session() as s:
        conn = s.connection()
        tops = state.stored_tops(conn)
        return {
            p.card.device_id: exchange.waiting_for(conn, p.known_vv, tops, p.known_lacks)
            for p in peers.list_peers(conn)
            if p.revoked_at is None and p.vouched_by is None
        }


def exchange_history(store: Store, *, limit: int = history.KEEP) -> list[history.Entry]:
    """The latest bundles imported, refused, held or exported here, newest first."""
    with store.session() as s:
        return history.entries(s.connection(), limit=limit)


@dataclass(frozen=True, slots=True)
class ReceivedChange:
    """A change another officer made that arrived here: who, when, which record, which fields."""

    officer: str
    device: str
    time: str
    kind: str
    record_id: str
    title: str  # from the record, or its tombstone once deleted
    fields: tuple[str, ...]
    deleted: bool  # this change deleted the record
    created: bool  # this change wrote the record whole: it added it (or shared it for the first time)
    live: bool  # the record is on this device and not deleted now


def recent_changes(store: Store, *, limit: int = 20) -> list[ReceivedChange]:
    """The latest changes written on other devices, newest first (one line per record)."""
    found: list[ReceivedChange] = []
    with store.session() as s:
        for change in exchange.received_changes(s.connection(), store.author.device_id, limit=limit):
            kind_spec = kinds.spec(change.kind)
            row = s.get(kind_spec.table, change.record_id)
            found.append(
                ReceivedChange(
                    officer=change.officer,
                    device=change.origin,
                    time=change.time,
                    kind=change.kind,
                    record_id=change.record_id,
                    title=kind_spec.title(row) if row is not None else "(not on this device)",
                    fields=change.fields,
                    deleted=change.deleted,
                    created={f.name for f in kind_spec.fields} <= set(change.fields),
                    live=row is not None and row.deleted_at is None,
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class WrittenBundle:
    """A bundle a folder exchange left in the outbox for one peer."""

    path: Path
    to: str  # the peer's device id
    changesets: int


@dataclass(frozen=True, slots=True)
class FolderResult:
    """What a folder exchange did: files imported or refused (not those for other devices,
    nor those imported before), and the bundles written to the outbox."""

    imported: tuple[FileOutcome, ...]
    written: tuple[WrittenBundle, ...]

    @property
    def changes(self) -> Changes:
        """What the exchange changed (for the GUI's screens)."""
        return imports_changes(self.imported)


def sync_folder(
    store: Store, directory: Path, *, allow_mass_delete: bool = False, watch: stoppable.Watch | None = None
) -> FolderResult:
    """Exchange through a folder: import what is addressed to us, archive it (unless other
    devices are addressed too: they still need it), and write a fresh bundle for every
    directly trusted peer into DIR/outbox/. A mass delete is refused unless allowed.

    `watch` may stop it between two files and inside each bundle written (StoppedError): the
    files imported before stay imported, the outbox keeps the bundles it held for the peers
    not written yet (an old bundle goes only once its successor is written)."""
    if not directory.is_dir():
        raise ValidationError(f"exchange folder {directory} is not reachable")
    outbox, archive = directory / "outbox", directory / "archive"
    outbox.mkdir(exist_ok=True)
    archive.mkdir(exist_ok=True)
    imported: list[FileOutcome] = catch_up(store)
    for path in sorted([*directory.glob(f"*{BUNDLE_SUFFIX}"), *outbox.glob(f"*{BUNDLE_SUFFIX}")]):
        stoppable.check(watch)
        outcome = import_one(store, path, quiet_routine=True, allow_mass_delete=allow_mass_delete)
        if outcome.refusal is RefusalReason.NOT_ADDRESSED:
            continue  # another device's bundle: leave it for them
        if outcome.status is not FileStatus.ALREADY_IMPORTED:
            imported.append(outcome)
        if outcome.refused or outcome.held:
            # Left in place: for someone to look at, or (held: a copy is kept in the profile)
            # for the devices that read it.
            continue
        if recipient_count(path) == 1:
            path.replace(archive / path.name)
    written = []
    mine = store.author.device_id
    key = folder_names.name_key(store.identity.signing_private)
    for peer in list_peers(store):
        if peer.revoked_at is not None or peer.vouched_by is not None:
            continue
        target = peer.card.device_id
        stoppable.check(watch)
        stale = _written_for(outbox, key, mine, target)
        # A name that says nothing about who sends to whom (sync.folder_names).
        path = outbox / folder_names.new_name(key, target)
        result = export_bundle(store, to=[target], path=path, watch=watch)
        for old in stale:
            if old != path:
                old.unlink()  # the new bundle holds everything the old one did
        written.append(WrittenBundle(path, target, result.changesets))
    return FolderResult(tuple(imported), tuple(written))


def _written_for(outbox: Path, key: bytes, mine: str, target: str) -> list[Path]:
    """This device's earlier bundles for `target` in the outbox: tagged names, and names in
    the form 0.1.0 and 0.2.0 wrote."""
    legacy = folder_names.legacy_name_prefix(mine, target)
    return [
        path
        for path in outbox.glob(f"*{BUNDLE_SUFFIX}")
        if folder_names.written_for(key, path.name, target) or path.name.startswith(legacy)
    ]


_REINDEX_BATCH = 64  # records re-indexed at a time: memory holds at most this many rows


def _after_merge(session: Session, merge: MergeResult) -> None:
    """Merged rows changed behind the services' back: refresh their search documents, a
    few at a time (a record may hold megabytes: loading every touched one at once would
    make memory grow with the bundle)."""
    for kind, ids in merge.touched.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _REINDEX_BATCH):
            records.reindex(session, kind, ordered[start : start + _REINDEX_BATCH])


def keep_value(store: Store, conflict_id: str, origin: str, seq: int) -> Resolution:
    """Keep exactly the side written by operation (origin, seq): for conflicts with more than
    two sides, where "local" and "remote" cannot name every choice."""
    with store.session() as s:
        conn = s.connection()
        try:
            conflict = resolve.find_open(conn, conflict_id)
        except resolve.ResolveError as exc:
            raise NotFoundError(str(exc)) from None
        kept = next((v for v in conflict.values if (v.origin, v.seq) == (origin, seq)), None)
        if kept is None:
            raise ValidationError(f"conflict {conflict.id} has no value written by {origin[:10]}/{seq}")
        values = resolve.resolve(conn, store.writer(), conflict, kept)
        records.reindex(s, conflict.kind, [conflict.record_id])
        s.commit()
    resolved = _resolved(conflict.kind, conflict.record_id)
    return Resolution(conflict.id, f"{origin}/{seq}", tuple(sorted(values)), resolved)


def _resolved(kind: str, record_id: str) -> Changes:
    return Changes.records(kind, [record_id], conflicts=True)


def imports_changes(outcomes: Sequence[FileOutcome]) -> Changes:
    """What importing bundles changed: anything, once one went in; else only the exchange
    history (refused, held or already imported files)."""
    if any(o.status is FileStatus.IMPORTED for o in outcomes):
        return Changes.everything()
    return Changes(sync=True)
