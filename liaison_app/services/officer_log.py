"""The intake log as HQ reads it: per officer (every known device), the bundles received,
when they were last heard from, and how many days that is, the quietest first.

"Last heard from" is the date of the officer's latest change held here (the clock of their
newest changeset, however it arrived: from them or relayed); the latest bundle received from
them is shown beside it. Each officer costs a few index searches (sync.intake_log).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from liaison_app.clock import today
from liaison_app.errors import NotFoundError, ValidationError
from liaison_app.services import syncing
from liaison_app.store import Store
from sync import hlc, intake_log, peers
from sync.intake_log import Received as Received

MIN_PREFIX = 4  # as for record ids: a shorter prefix names too many devices at HQ


@dataclass(frozen=True, slots=True)
class OfficerIntake:
    """One officer's device in the intake log."""

    device_id: str
    officer: str
    device_name: str
    role: str
    trust: str  # "direct", "vouched" (known through HQ) or "revoked"
    bundles: int  # bundles received from this device
    first_received: str | None  # UTC ISO times of the first and the latest bundle received
    last_received: str | None
    last_result: Mapping[str, int] | None  # the latest bundle's import counts
    last_file: str | None
    last_change: str | None  # UTC ISO: their latest change held here ("last heard from")
    days_quiet: int | None  # whole days from that change to today (None: nothing from them)
    received: tuple[Received, ...] = ()  # every bundle received, newest first (one officer's log)


def officers(store: Store) -> list[OfficerIntake]:
    """Every known device with its intake, the quietest first (nothing heard from them at
    all, then the oldest latest change); this device left out."""
    with store.session() as s:
        conn = s.connection()
        found = [
            _intake(p, intake_log.sender_intake(conn, p.card.device_id), ()) for p in peers.list_peers(conn)
        ]
    return sorted(found, key=_quietest_first)


def officer(store: Store, wanted: str) -> OfficerIntake:
    """One device's intake with every bundle received from it; `wanted` is its id or a unique
    prefix of at least four characters (NotFoundError if none matches)."""
    peer = _find(syncing.list_peers(store), wanted)
    with store.session() as s:
        conn = s.connection()
        summary = intake_log.sender_intake(conn, peer.card.device_id)
        every = tuple(intake_log.received(conn, peer.card.device_id))
    return _intake(peer, summary, every)


def _find(known: list[peers.PeerInfo], wanted: str) -> peers.PeerInfo:
    exact = [p for p in known if p.card.device_id == wanted]
    if exact:
        return exact[0]
    if len(wanted) < MIN_PREFIX:
        raise ValidationError(f"device id {wanted!r} is too short: give at least {MIN_PREFIX} characters")
    matches = [p for p in known if p.card.device_id.startswith(wanted)]
    if not matches:
        raise NotFoundError(f"no known device {wanted}")
    if len(matches) > 1:
        raise ValidationError(f"device id prefix {wanted!r} matches several devices")
    return matches[0]


def _intake(
    peer: peers.PeerInfo, summary: intake_log.SenderIntake, received: tuple[Received, ...]
) -> OfficerIntake:
    card = peer.card
    change = None if summary.last_change_hlc is None else hlc.to_iso(summary.last_change_hlc)
    latest = summary.latest
    return OfficerIntake(
        device_id=card.device_id,
        officer=card.officer,
        device_name=card.device_name,
        role=card.role,
        trust=str(peer.to_json()["trust"]),
        bundles=summary.bundles,
        first_received=summary.first_at,
        last_received=None if latest is None else latest.at,
        last_result=None if latest is None else latest.counts,
        last_file=None if latest is None else latest.file,
        last_change=change,
        days_quiet=None if summary.last_change_hlc is None else days_since(summary.last_change_hlc, today()),
        received=received,
    )


def days_since(stamp: int, on: date) -> int:
    """Whole days from the (UTC) date of clock `stamp` to `on`; never negative."""
    moment = datetime.fromtimestamp(hlc.wall_ms(stamp) / 1000, UTC).date()
    return max(0, (on - moment).days)


def _quietest_first(entry: OfficerIntake) -> tuple[int, str, str, str]:
    heard = entry.last_change
    return (0 if heard is None else 1, heard or "", entry.officer.casefold(), entry.device_id)
