"""The officers an HQ hears from: each officer's devices and when each was last heard from
(the newest change we hold from it), and how an officer is named on the command line.

"Last heard from" is the clock of a device's highest-numbered changeset held here: one seek
of `sync_changeset`'s primary key per device (its clock only moves forward), so the list
costs the number of devices, whatever the store holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from liaison_app.errors import NotFoundError
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store
from sync import hlc

MIN_PREFIX = 4  # as record ids: a device id may be shortened to a unique prefix this long


@dataclass(frozen=True, slots=True)
class Device:
    """One device of an officer."""

    device_id: str
    device_name: str
    last_heard: str | None  # UTC ISO time of its newest change held here; None: nothing yet
    own: bool  # this device (HQ itself): never "heard from"


@dataclass(frozen=True, slots=True)
class Officer:
    """An officer as records name them (`author_officer`), with their devices."""

    name: str
    devices: tuple[Device, ...]

    @property
    def last_heard(self) -> str | None:
        """The newest change held from any of their devices."""
        return max((d.last_heard for d in self.devices if d.last_heard), default=None)


def officers(store: Store) -> list[Officer]:
    """Every officer with a known device (this one's included), by name."""
    author = store.author
    with cursor(store) as cur:
        peers = cur.execute("SELECT device_id, officer, device_name FROM sync_peer").fetchall()
        devices = [
            (str(officer), Device(str(device_id), str(name), _last_heard(cur, str(device_id)), own=False))
            for device_id, officer, name in peers
            if device_id != author.device_id
        ]
    own = Device(author.device_id, author.device_name, None, own=True)
    return _grouped([*devices, (author.officer, own)])


def find(store: Store, who: str) -> Officer:
    """The officer named by a device id (or a unique prefix of one) or by their exact name
    (case aside); NotFoundError otherwise."""
    known = officers(store)
    wanted = who.strip()
    if len(wanted) >= MIN_PREFIX:
        by_device = [o for o in known if any(d.device_id.startswith(wanted) for d in o.devices)]
        if len(by_device) == 1:
            return by_device[0]
    by_name = [o for o in known if o.name.casefold() == wanted.casefold()]
    if len(by_name) == 1:
        return by_name[0]
    raise NotFoundError(f"no officer {who!r} here: give a device id (liaison peer list) or an officer's name")


def _last_heard(cur: Any, device_id: str) -> str | None:
    row = cur.execute(
        "SELECT hlc FROM sync_changeset WHERE origin = ? ORDER BY seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return hlc.to_iso(int(row[0])) if row else None


def _grouped(devices: Iterable[tuple[str, Device]]) -> list[Officer]:
    by_name: dict[str, list[Device]] = {}
    for officer, device in devices:
        by_name.setdefault(officer, []).append(device)
    return [
        Officer(name=name, devices=tuple(sorted(found, key=lambda d: d.device_name.casefold())))
        for name, found in sorted(by_name.items(), key=lambda item: item[0].casefold())
    ]
