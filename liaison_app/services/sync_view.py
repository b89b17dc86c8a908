"""What the sync screens show, computed without Qt: conflicts with record titles and
readable sides, the status-bar summary, identity cards read before trusting them, a line
per imported file, and when the exchange folder has just become reachable.

Every decision the desktop app makes about sync lives here (or in `syncing`), so it is
tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison_app import kinds
from liaison_app.services import listing, syncing
from liaison_app.services.display_text import DELETED_FIELD, field_label, reference_titles, stamp, value_text
from liaison_app.store import Store
from sync import hlc, peers


@dataclass(frozen=True, slots=True)
class SideView:
    """One side of a conflict as the officer reads it."""

    origin: str
    seq: int
    value: Any
    text: str
    officer: str
    device: str
    time: str
    shown: bool  # the value the record holds now
    mine: bool  # written on this device


@dataclass(frozen=True, slots=True)
class ConflictView:
    """A conflict with the record's title and each side made readable."""

    id: str
    kind: str
    kind_label: str
    record_id: str
    title: str
    field: str
    field_label: str
    resolved: bool
    sides: tuple[SideView, ...]
    live: bool  # the record exists (not deleted), so its editor can open

    @property
    def editable(self) -> bool:
        """Whether an officer can type a merged value (not for delete-versus-edit)."""
        return self.live and not self.resolved and self.field != DELETED_FIELD


def device_names(store: Store) -> dict[str, tuple[str, str]]:
    """(officer, device name) per known device id, this one included."""
    names = {p.card.device_id: (p.card.officer, p.card.device_name) for p in syncing.list_peers(store)}
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
    names = device_names(store)
    mine = store.author.device_id
    views = []
    for c in found:
        live = c.record_id in titles
        sides = tuple(
            SideView(
                origin=v.origin,
                seq=v.seq,
                value=v.value,
                text=value_text(c.field, v.value, refs),
                officer=v.officer or names.get(v.origin, ("", ""))[0] or "unknown officer",
                device=names.get(v.origin, ("", v.origin[:10]))[1],
                time=stamp(hlc.to_iso(v.hlc)),
                shown=v.winner,
                mine=v.origin == mine,
            )
            for v in sorted(c.values, key=lambda v: (v.origin != mine, v.hlc, v.origin))
        )  # this device's side first, then the others in the order they were written
        views.append(
            ConflictView(
                id=c.id,
                kind=c.kind,
                kind_label=kinds.spec(c.kind).label.capitalize(),
                record_id=c.record_id,
                title=titles.get(c.record_id, f"deleted record {c.record_id[:8]}"),
                field=c.field,
                field_label=field_label(c.field),
                resolved=c.resolved,
                sides=sides,
                live=live,
            )
        )
    return views


@dataclass(frozen=True, slots=True)
class PeerLine:
    """A known device as the trusted-devices table lists it."""

    device_id: str
    officer: str
    device_name: str
    role: str
    trust: str
    fingerprint: str
    last_import: str
    last_export: str

    @property
    def can_receive(self) -> bool:
        """Whether a bundle can be addressed to it (not revoked)."""
        return self.trust != "revoked"


def peer_lines(store: Store) -> list[PeerLine]:
    """Every known device, trusted or revoked."""
    lines = []
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
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What the status bar says about sync."""

    waiting: int  # changesets held: missing dependencies or a clock too far ahead
    open_conflicts: int
    last_exchange: tuple[tuple[str, str], ...]  # (officer, time) per peer, most recent first
    outgoing: tuple[tuple[str, int], ...] = ()  # ("officer (device)", changesets it lacks) per peer

    @property
    def to_send(self) -> int:
        """Changesets not yet sent, summed over the peers that lack them."""
        return sum(n for _peer, n in self.outgoing)

    def text(self) -> str:
        """One short line."""
        if self.last_exchange:
            who, when = self.last_exchange[0]
            latest = f"last exchange {when} with {who}"
        else:
            latest = "no exchanges yet"
        parts = [f"Sync: {latest}", f"{self.waiting} waiting", f"{self.to_send} to send"]
        parts.append(f"{self.open_conflicts} conflict{'s' if self.open_conflicts != 1 else ''}")
        return " · ".join(parts)

    def details(self) -> str:
        """Last exchange with each peer, one per line (the tool tip)."""
        if not self.last_exchange:
            return "No bundle exchanged with any device yet."
        return "\n".join(f"{who}: {when}" for who, when in self.last_exchange)

    def tooltip(self) -> str:
        """The last exchange with each peer, what each still lacks, and why changes wait."""
        text = f"Last exchange with each device:\n{self.details()}"
        lacking = [(peer, n) for peer, n in self.outgoing if n]
        if lacking:
            text += "\n\nNot yet sent:\n" + "\n".join(
                f"{peer}: {n} change{'s' if n != 1 else ''}" for peer, n in lacking
            )
        if self.waiting:
            text += f"\n\n{self.waiting} received changes wait for others they depend on."
        return text


def summary(store: Store) -> SyncSummary:
    """Changes waiting, open conflicts and the last exchange with each peer."""
    state = syncing.status(store)
    exchanges = []
    for peer in syncing.list_peers(store):
        times = [t for t in (peer.last_import_at, peer.last_export_at) if t]
        if times:
            exchanges.append((max(times), peer.card.officer))
    exchanges.sort(reverse=True)
    names = device_names(store)
    outgoing = sorted(
        (_peer_name(names.get(device, ("", device[:10]))), int(n))
        for device, n in state.get("outgoing", {}).items()
    )
    return SyncSummary(
        waiting=int(state["pending"]) + int(state["quarantined"]),
        open_conflicts=int(state["open_conflicts"]),
        last_exchange=tuple((who, stamp(when)) for when, who in exchanges),
        outgoing=tuple(outgoing),
    )


def _peer_name(name: tuple[str, str]) -> str:
    officer, device = name
    return f"{officer} ({device})" if officer and device else officer or device


@dataclass(frozen=True, slots=True)
class CardView:
    """An identity card read from a file, before the officer decides to trust it."""

    device_id: str
    officer: str
    device_name: str
    role: str
    fingerprint: str


def read_card(path: Path) -> CardView:
    """Parse an identity card (without trusting it) so its fingerprint can be compared;
    ValidationError if it is unreadable or not a valid card."""
    card = syncing.read_card(path)
    return CardView(card.device_id, card.officer, card.device_name, card.role, peers.fingerprint(card.keys))


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    """One imported file in the result summary."""

    file: str
    sender: str
    applied: int
    duplicate: int
    pending: int
    conflicts: int
    result: str  # "1 applied, 2 duplicate..." or the refusal reason
    refused: bool


def outcome_lines(store: Store, outcomes: list[syncing.FileOutcome]) -> list[OutcomeLine]:
    """The result summary of an import, one line per file."""
    names = device_names(store)
    lines = []
    for outcome in outcomes:
        if outcome.error is not None:
            reason = outcome.error.removeprefix(f"{outcome.path.name}: ")
            lines.append(OutcomeLine(outcome.path.name, "", 0, 0, 0, 0, f"Refused: {reason}", True))
            continue
        c = outcome.counts
        sender = str(c.get("sender", ""))
        lines.append(
            OutcomeLine(
                file=outcome.path.name,
                sender=names.get(sender, (sender[:10], ""))[0],
                applied=int(c["applied"]),
                duplicate=int(c["duplicate"]),
                pending=int(c["pending"]),
                conflicts=int(c["conflicts"]),
                result=counts_text(c),
                refused=False,
            )
        )
    return lines


def counts_text(counts: dict[str, Any]) -> str:
    """'1 applied, 1 conflict' — only the counts that are not zero ('nothing new' if none)."""
    words = (
        ("applied", "applied", "applied"),
        ("duplicate", "duplicate", "duplicates"),
        ("pending", "pending", "pending"),
        ("quarantined", "quarantined", "quarantined"),
        ("conflicts", "conflict", "conflicts"),
        ("skipped_revoked", "from a revoked device", "from a revoked device"),
    )
    parts = [
        f"{n} {one if n == 1 else many}" for key, one, many in words if (n := int(counts.get(key, 0) or 0))
    ]
    return ", ".join(parts) if parts else "nothing new"


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


def folder_summary(store: Store, result: dict[str, Any]) -> tuple[list[OutcomeLine], str]:
    """The result lines of a folder exchange (files imported or refused) and one sentence."""
    outcomes = []
    for item in result.get("imported", []):
        path = Path(str(item.get("file", "")))
        if "error" in item:
            outcomes.append(syncing.FileOutcome(path, error=str(item["error"])))
        else:
            outcomes.append(syncing.FileOutcome(path, counts=dict(item)))
    written = len(result.get("written", []))
    sentence = (
        f"Folder exchange: {len(outcomes)} file{'s' if len(outcomes) != 1 else ''} imported, "
        f"{written} bundle{'s' if written != 1 else ''} written to the outbox."
    )
    return outcome_lines(store, outcomes), sentence
