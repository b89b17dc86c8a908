"""What the sync screens show, computed without Qt: conflicts with record titles and
readable sides, the status-bar summary, identity cards read before trusting them, a line
per imported file, and when the exchange folder has just become reachable.

Every decision the desktop app makes about sync lives here (or in `syncing`), so it is
tested without a window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison_app import kinds
from liaison_app.services import listing, snapshot_cursor, syncing
from liaison_app.services.display_text import (
    DELETED_FIELD,
    Line,
    field_label,
    owner_officers,
    reference_titles,
    stamp,
    value_lines,
)
from liaison_app.store import Store
from sync import history, hlc, peers
from sync.changeset import ChangesetBody
from sync.conflicts import Conflict
from sync.exchange import ImportCounts

# Re-exported: the GUI decides on these but must not import sync.
from sync.history import Direction as Direction
from sync.refusals import RefusalReason

ExchangeResult = history.Result  # re-exported under a name that says what it is the result of


@dataclass(frozen=True, slots=True)
class SideView:
    """One side of a conflict as the officer reads it (the GUI words the markers)."""

    origin: str
    seq: int
    value: Any
    lines: tuple[Line, ...]  # the value as shown, one line each (display_text.value_lines)
    officer: str  # "" when the officer is unknown here
    device: str
    time: str
    shown: bool  # the value the record holds now
    mine: bool  # written on this device


@dataclass(frozen=True, slots=True)
class ResolutionView:
    """How a resolved conflict ended: the value written over the sides, by whom and when."""

    lines: tuple[Line, ...]  # the final value as shown (display_text.value_lines)
    officer: str  # "" when the officer is unknown here
    device: str
    time: str  # 'YYYY-MM-DD HH:MM UTC'; "" when the resolving change is not stored here
    mine: bool  # resolved on this device


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflict with the record's title and each side made readable."""

    id: str
    kind: str
    kind_label: str  # the registry's label ("organization"), for the GUI to translate
    record_id: str
    title: str | None  # None: the record is deleted (or not here)
    field: str
    field_label: str  # display_text.field_label, for the GUI to translate
    resolved: bool
    sides: tuple[SideView, ...]
    live: bool  # the record exists (not deleted), so its editor can open
    # How far apart the sides were written, in whole seconds (first to last): concurrent
    # means "before either device had seen the other's", not "at the same instant".
    apart_seconds: int = 0
    resolution: ResolutionView | None = None  # for a resolved conflict: how it ended

    @property
    def editable(self) -> bool:
        """Whether an officer can type a merged value (not for delete-versus-edit)."""
        return self.live and not self.resolved and self.field != DELETED_FIELD


def device_names(store: Store) -> dict[str, tuple[str, str]]:
    """(officer, device name) per known device id, this one included."""
    return _names_of(store, syncing.list_peers(store))


def _names_of(store: Store, known: Sequence[peers.PeerInfo]) -> dict[str, tuple[str, str]]:
    names = {p.card.device_id: (p.card.officer, p.card.device_name) for p in known}
    author = store.author
    names[author.device_id] = (author.officer, author.device_name)
    return names


def conflict_views(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts (and resolved ones if asked) with titles and readable sides."""
    found = syncing.conflicts(store, include_resolved=include_resolved)
    wanted: dict[str, list[str]] = {}
    for c in found:
        wanted.setdefault(c.kind, []).append(c.record_id)
    titles: dict[str, str] = {}
    for kind, ids in wanted.items():
        titles.update(listing.titles(store, kind, sorted(set(ids))))
    refs = reference_titles(store, ((c.field, v.value) for c in found for v in c.values))
    mes = owner_officers(store, (c.record_id for c in found if c.field == "owner"))
    names = device_names(store)
    mine = store.author.device_id
    endings = _resolutions(store, [c for c in found if c.resolved_by is not None])
    views = []
    for c in found:
        live = c.record_id in titles
        sides = tuple(
            SideView(
                origin=v.origin,
                seq=v.seq,
                value=v.value,
                lines=value_lines(c.field, v.value, refs, me=mes.get(c.record_id)),
                officer=v.officer or names.get(v.origin, ("", ""))[0],
                device=names.get(v.origin, ("", v.origin[:10]))[1],
                time=stamp(hlc.to_iso(v.hlc)) or "",
                shown=v.winner,
                mine=v.origin == mine,
            )
            for v in sorted(c.values, key=lambda v: (v.origin != mine, v.hlc, v.origin))
        )  # this device's side first, then the others in the order they were written
        views.append(
            ConflictView(
                id=c.id,
                kind=c.kind,
                kind_label=kinds.spec(c.kind).label,
                record_id=c.record_id,
                title=titles.get(c.record_id),
                field=c.field,
                field_label=field_label(c.field),
                resolved=c.resolved,
                sides=sides,
                live=live,
                apart_seconds=_apart_seconds(c),
                resolution=_resolution_view(
                    endings.get(c.id), c.field, refs, mes.get(c.record_id), names, mine
                ),
            )
        )
    return views


def _apart_seconds(conflict: Conflict) -> int:
    walls = [hlc.wall_ms(v.hlc) for v in conflict.values]
    return (max(walls) - min(walls)) // 1000 if walls else 0


@dataclass(frozen=True, slots=True)
class _Ending:
    value: Any
    origin: str
    officer: str
    hlc: int | None  # None: the resolving changeset is not stored here


def _resolutions(store: Store, resolved: Sequence[Conflict]) -> dict[str, _Ending]:
    """The value the resolving operation wrote and who wrote it, per conflict id."""
    endings: dict[str, _Ending] = {}
    with store.session() as s:
        conn = s.connection()
        for c in resolved:
            assert c.resolved_by is not None
            origin, seq = c.resolved_by
            row = conn.exec_driver_sql(
                "SELECT body FROM sync_changeset WHERE origin = ? AND seq = ?", (origin, seq)
            ).first()
            if row is None:
                endings[c.id] = _Ending(None, origin, "", None)
                continue
            body = ChangesetBody.decode(row[0])
            value = next(
                (op.value for op in body.ops if (op.record_id, op.field) == (c.record_id, c.field)), None
            )
            endings[c.id] = _Ending(value, origin, body.officer, body.hlc)
    return endings


def _resolution_view(
    ending: _Ending | None,
    field: str,
    refs: dict[str, str],
    me: str | None,
    names: dict[str, tuple[str, str]],
    mine: str,
) -> ResolutionView | None:
    if ending is None:
        return None
    officer, device = names.get(ending.origin, ("", ending.origin[:10]))
    return ResolutionView(
        lines=value_lines(field, ending.value, refs, me=me),
        officer=ending.officer or officer,
        device=device,
        time=(stamp(hlc.to_iso(ending.hlc)) or "") if ending.hlc is not None else "",
        mine=ending.origin == mine,
    )


@dataclass(frozen=True, slots=True)
class PeerLine:
    """A known device as the trusted-devices table lists it."""

    device_id: str
    officer: str
    device_name: str
    role: str
    trust: str
    fingerprint: str
    last_import: str | None  # None: never
    last_export: str | None
    # Changes it is not known to hold yet; None when this device does not exchange with it
    # itself (vouched for by HQ and reached through HQ, or revoked).
    lacking: int | None = None
    scope: str = "all"  # what this device's exports to it carry by default (HQ: all or area)

    @property
    def can_receive(self) -> bool:
        """Whether a bundle can be addressed to it (not revoked)."""
        return self.trust != "revoked"


def peer_lines(store: Store) -> list[PeerLine]:
    """Every known device, trusted or revoked."""
    lines = []
    to_send = syncing.to_send(store)
    for peer in syncing.list_peers(store):
        data = peer.to_json()
        lines.append(
            PeerLine(
                device_id=data["device_id"],
                officer=data["officer"],
                device_name=data["device_name"],
                role=data["role"],
                trust=data["trust"],
                fingerprint=data["fingerprint"],
                last_import=stamp(data["last_import_at"]),
                last_export=stamp(data["last_export_at"]),
                lacking=to_send.get(data["device_id"]),
                scope=data["scope"],
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What the status bar says about sync (the GUI words it)."""

    waiting: int  # changesets held: missing dependencies or a clock too far ahead
    open_conflicts: int
    last_exchange: tuple[tuple[str, str], ...]  # (officer, UTC time) per peer, most recent first
    # ("officer (device)", changesets it lacks) per peer this device exchanges with directly;
    # officers only vouched for by HQ are reached through HQ and are not counted.
    outgoing: tuple[tuple[str, int], ...] = ()
    hq: bool = False  # this device is an HQ device
    # A field device: changes not yet at HQ; None when no HQ card is trusted (or on HQ).
    hq_lacking: int | None = None
    own_seq: int = 0  # this device's latest changeset when the figures were counted

    @property
    def to_send(self) -> int:
        """Changesets not yet sent, summed over the peers that lack them."""
        return sum(n for _peer, n in self.outgoing)

    @property
    def behind(self) -> int:
        """How many of the peers exchanged with directly lack changes (HQ: officers)."""
        return sum(1 for _peer, n in self.outgoing if n)


def summary(store: Store) -> SyncSummary:
    """Changes waiting, open conflicts and the last exchange with each peer."""
    state = syncing.status(store, count_applied=False)  # the bar shows no applied count
    known = syncing.list_peers(store)  # once: the exchanges and the names both read it
    exchanges = []
    for peer in known:
        times = [t for t in (peer.last_import_at, peer.last_export_at) if t]
        if times:
            exchanges.append((max(times), peer.card.officer))
    exchanges.sort(reverse=True)
    names = _names_of(store, known)
    outgoing = sorted(
        (_peer_name(names.get(device, ("", device[:10]))), int(n)) for device, n in state.to_send.items()
    )
    return SyncSummary(
        waiting=state.pending + state.quarantined,
        open_conflicts=state.open_conflicts,
        last_exchange=tuple((who, stamp(when) or "") for when, who in exchanges),
        outgoing=tuple(outgoing),
        hq=store.author.role == "hq",
        hq_lacking=state.hq_lacking,
        own_seq=_own_seq(store),
    )


def after_local_writes(store: Store, before: SyncSummary) -> SyncSummary:
    """`before`, updated for changesets this device wrote since (a save, a delete): each one
    is one more change every peer lacks. One indexed lookup instead of re-reading the peers
    and counting every origin's changesets, so a save stays cheap."""
    written = _own_seq(store) - before.own_seq
    if written <= 0:
        return before
    return dataclasses.replace(
        before,
        outgoing=tuple((peer, n + written) for peer, n in before.outgoing),
        hq_lacking=None if before.hq_lacking is None else before.hq_lacking + written,
        own_seq=before.own_seq + written,
    )


def _own_seq(store: Store) -> int:
    with snapshot_cursor.cursor(store) as cur:
        row = cur.execute(
            "SELECT max(seq) FROM sync_changeset WHERE origin = ?", (store.author.device_id,)
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _peer_name(name: tuple[str, str]) -> str:
    officer, device = name
    return f"{officer} ({device})" if officer and device else officer or device


@dataclass(frozen=True, slots=True)
class CardView:
    """An identity card read from a file, before the officer decides to trust it. It holds
    the parsed card, so what is trusted is exactly what was shown."""

    card: peers.Card

    @property
    def device_id(self) -> str:
        return self.card.device_id

    @property
    def officer(self) -> str:
        return self.card.officer

    @property
    def device_name(self) -> str:
        return self.card.device_name

    @property
    def role(self) -> str:
        return self.card.role

    @property
    def fingerprint(self) -> str:
        return peers.fingerprint(self.card.keys)


def read_card(path: Path) -> CardView:
    """Parse an identity card (without trusting it) so its fingerprint can be compared;
    ValidationError if it is unreadable or not a valid card."""
    return CardView(syncing.read_card(path))


def trust_card(store: Store, shown: CardView) -> peers.PeerInfo:
    """Trust the card the officer was shown and confirmed (its file is not read again)."""
    return syncing.trust_card(store, shown.card)


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    """One file of an import or folder exchange in the result table (the GUI words it)."""

    file: str
    sender: str  # the sending officer ("" when refused)
    status: syncing.FileStatus
    counts: ImportCounts
    imported_at: str  # when it went in (the first time, for a file imported before)
    refusal: RefusalReason | None  # why it was refused, to decide on
    reason: str  # the refusal's one line without the file name, to show ("" unless refused)
    written_by: str | None = None  # held: the newer release that wrote it, when it says
    retried: bool = False  # a copy held earlier, read again after an upgrade

    @property
    def refused(self) -> bool:
        """Whether the file was refused (shown as an error; already imported is not)."""
        return self.status is syncing.FileStatus.REFUSED

    @property
    def held(self) -> bool:
        """Whether the file waits in the profile for a newer Liaison (shown neutral, not red)."""
        return self.status is syncing.FileStatus.HELD


def outcome_lines(store: Store, outcomes: Sequence[syncing.FileOutcome]) -> list[OutcomeLine]:
    """The result summary of an import, one line per file."""
    names = device_names(store)
    lines = []
    for outcome in outcomes:
        reason = (outcome.error or "").removeprefix(f"{outcome.path.name}: ")
        sender = names.get(outcome.sender, (outcome.sender[:10], ""))[0]
        lines.append(
            OutcomeLine(
                file=outcome.path.name,
                sender=sender,
                status=outcome.status,
                counts=outcome.counts,
                imported_at=stamp(outcome.imported_at) or "",
                refusal=outcome.refusal,
                reason=reason,
                written_by=outcome.written_by,
                retried=outcome.retried,
            )
        )
    return lines


def bundle_name(store: Store, recipients: list[str]) -> str:
    """A default file name for a bundle: who from, who to, when."""
    names = device_names(store)
    mine = _slug(store.author.device_name or store.author.officer)
    to = "-".join(_slug(names.get(r, ("", r[:10]))[1] or r[:10]) for r in recipients[:3])
    if len(recipients) > 3:
        to += f"-and-{len(recipients) - 3}"
    when = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    return f"{mine}-to-{to or 'nobody'}-{when}{syncing.BUNDLE_SUFFIX}"


def card_name(store: Store) -> str:
    """A default file name for this device's identity card."""
    return f"{_slug(store.author.officer)}-{_slug(store.author.device_name)}{syncing.CARD_SUFFIX}"


def _slug(text: str) -> str:
    cleaned = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in cleaned.split("-") if part) or "device"


def card_paths(paths: list[Path]) -> list[Path]:
    """The identity card files among dropped paths, each once, in the order given."""
    suffixes = (syncing.CARD_SUFFIX, ".json")
    return list(dict.fromkeys(p for p in paths if p.name.endswith(suffixes) and p.is_file()))


def bundle_paths(paths: list[Path]) -> list[Path]:
    """The bundle files among dropped or chosen paths, each once, in the order given."""
    return list(dict.fromkeys(p for p in paths if p.suffix == syncing.BUNDLE_SUFFIX and p.is_file()))


class FolderWatch:
    """Says when the exchange folder has just become reachable (a USB stick plugged in).

    The first look only sets the baseline: a folder that is already there when the profile
    unlocks waits for "Sync now", so unlocking never starts an exchange by surprise.
    """

    def __init__(self) -> None:
        self.folder = ""
        self.present: bool | None = None

    def reset(self) -> None:
        """Forget what was seen (the profile locked, or the folder setting changed)."""
        self.present = None

    def observe(self, folder: str) -> bool:
        """Look at `folder` now; True exactly when it appeared since the last look."""
        if folder != self.folder:
            self.folder, self.present = folder, None
        if not folder:
            self.present = None
            return False
        now = Path(folder).is_dir()
        appeared = self.present is False and now
        self.present = now
        return appeared


def folder_lines(store: Store, result: syncing.FolderResult) -> list[OutcomeLine]:
    """The result lines of a folder exchange: the files imported or refused."""
    return outcome_lines(store, result.imported)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One entry of the exchange history as the sync centre lists it (the GUI words it)."""

    when: str  # "2026-12-01 10:00 UTC"
    direction: Direction
    file: str  # the file name
    path: str  # the whole path, for a tool tip
    peers: tuple[str, ...]  # "officer (device)" per peer; empty when a refusal came before the sender
    result: ExchangeResult
    refusal: RefusalReason | None
    counts: ImportCounts | None  # an import's counts (None for exports and refusals)
    changesets: int  # an export's changesets (0 otherwise)


def history_lines(store: Store, *, limit: int = history.KEEP) -> list[HistoryLine]:
    """The exchange history, newest first, with peers named."""
    names = device_names(store)
    known = {f.name for f in dataclasses.fields(ImportCounts)}
    lines = []
    for entry in syncing.exchange_history(store, limit=limit):
        imported = entry.direction is history.Direction.IMPORT and entry.result in (
            history.Result.IMPORTED,
            history.Result.ALREADY_IMPORTED,
        )
        counts = ImportCounts(**{k: v for k, v in entry.counts.items() if k in known}) if imported else None
        lines.append(
            HistoryLine(
                when=stamp(entry.at) or "",
                direction=entry.direction,
                file=Path(entry.file).name,
                path=entry.file,
                peers=tuple(_peer_name(names.get(p, ("", p[:10]))) for p in entry.peers if p),
                result=entry.result,
                refusal=_refusal(entry.reason),
                counts=counts,
                changesets=entry.counts.get("changesets", 0),
            )
        )
    return lines


def _refusal(code: str | None) -> RefusalReason | None:
    """The stored refusal code; one a newer release wrote and this one lacks reads as None."""
    try:
        return None if code is None else RefusalReason(code)
    except ValueError:
        return None
