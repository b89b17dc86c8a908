"""Identity cards, fingerprints, and which devices this one trusts.

Officers exchange cards with HQ only. HQ vouches for the devices it knows: its bundles
carry their cards (and its revocations), so a field device can check another officer's
relayed changes against that officer's own key without ever meeting them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from sync import protocol
from sync.identity import PublicKeys, device_id

CARD_FORMAT = "liaison-card/1"
ROLES = ("field", "hq")


class TrustError(Exception):
    """A card that is malformed or claims an id its keys do not give."""


@dataclass(frozen=True, slots=True)
class Card:
    """The public face of a device: who holds it, its public keys, the protocols it speaks."""

    officer: str
    device_name: str
    role: str
    keys: PublicKeys
    protocols: tuple[int, ...] = (1,)  # a card without the key comes from 0.1.0

    @property
    def device_id(self) -> str:
        return device_id(self.keys)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "device_id": self.device_id,
            "officer": self.officer,
            "device_name": self.device_name,
            "role": self.role,
            "signing_key": _b64(self.keys.signing),
            "kem_mlkem768": _b64(self.keys.kem_mlkem),
            "kem_x25519": _b64(self.keys.kem_x25519),
            "fingerprint": fingerprint(self.keys),
            # 0.1.0 ignores keys it does not know, so this travels to it harmlessly.
            "protocols": list(self.protocols),
        }

    @staticmethod
    def from_json(data: Any) -> Card:
        """Parse and check a card: the id it claims must be the one its keys give."""
        try:
            if data["format"] != CARD_FORMAT:
                raise TrustError(f"not a {CARD_FORMAT} identity card")
            keys = PublicKeys(
                signing=_unb64(data["signing_key"], 32),
                kem_mlkem=_unb64(data["kem_mlkem768"], 1184),
                kem_x25519=_unb64(data["kem_x25519"], 32),
            )
            card = Card(
                str(data["officer"]),
                str(data["device_name"]),
                str(data["role"]),
                keys,
                protocol.card_protocols(data),
            )
        except TrustError:
            raise
        except (KeyError, TypeError, ValueError):
            raise TrustError("not a valid identity card") from None
        if card.role not in ROLES:
            raise TrustError(f"identity card has an unknown role {card.role!r}")
        if data.get("device_id") not in (None, card.device_id):
            raise TrustError("identity card's device id does not match its keys")
        return card


def fingerprint(keys: PublicKeys) -> str:
    """Thirty digits in six groups that two people can read to each other to compare keys."""
    digest = hashlib.sha512(
        b"liaison-fingerprint/1" + keys.signing + keys.kem_mlkem + keys.kem_x25519
    ).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6)]
    return " ".join(f"{g:05d}" for g in groups)


def add(conn: Connection, card: Card, *, now: str, vouched_by: str | None = None) -> bool:
    """Trust a device (directly, or as vouched for by an HQ device); False if already known.

    A direct add also lifts an earlier vouching into direct trust. A revoked device stays
    revoked: only a deliberate new card add by the officer reinstates it. Either way the
    protocols the card lists replace those stored (the device may have been upgraded).
    """
    row = conn.exec_driver_sql(
        "SELECT vouched_by, revoked_at FROM sync_peer WHERE device_id = ?", (card.device_id,)
    ).first()
    if row is None:
        conn.exec_driver_sql(
            "INSERT INTO sync_peer (device_id, officer, device_name, role, signing_key, kem_mlkem,"
            " kem_x25519, added_at, vouched_by, revoked_at, known_vv, protocols)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '{}', ?)",
            (
                card.device_id,
                card.officer,
                card.device_name,
                card.role,
                card.keys.signing,
                card.keys.kem_mlkem,
                card.keys.kem_x25519,
                now,
                vouched_by,
                json.dumps(list(card.protocols)),
            ),
        )
        return True
    note_protocols(conn, card.device_id, card.protocols)
    if vouched_by is None and (row[0] is not None or row[1] is not None):
        conn.exec_driver_sql(
            "UPDATE sync_peer SET vouched_by = NULL, revoked_at = NULL WHERE device_id = ?", (card.device_id,)
        )
        return True
    return False


def revoke(conn: Connection, device: str, *, now: str, upto: int | None = None) -> bool:
    """Refuse this device's bundles from now on, and its changesets after `upto` (default:
    the last one applied here); False if unknown. Those up to it stand: they were written
    while the device was trusted, and others may have built on them. A second revocation
    keeps the first one's cut-off, so a device's decision is never moved by another's."""
    if upto is None:
        row = conn.exec_driver_sql("SELECT seq FROM sync_vv WHERE origin = ?", (device,)).first()
        upto = 0 if row is None else int(row[0])
    changed = conn.exec_driver_sql(
        "UPDATE sync_peer SET revoked_at = coalesce(revoked_at, ?), revoked_seq = coalesce(revoked_seq, ?)"
        " WHERE device_id = ?",
        (now, upto, device),
    ).rowcount
    return bool(changed)


def revoked_upto(conn: Connection) -> dict[str, int]:
    """Per revoked device, its last changeset that stands (a revocation from before schema 6
    has none stored: what was applied here then is what stands)."""
    return {
        d: int(s)
        for d, s in conn.exec_driver_sql(
            "SELECT p.device_id, coalesce(p.revoked_seq, v.seq, 0) FROM sync_peer p"
            " LEFT JOIN sync_vv v ON v.origin = p.device_id WHERE p.revoked_at IS NOT NULL"
        )
    }


def changeset_key(conn: Connection, device: str, seq: int) -> bytes | None:
    """The key that checks `device`'s changeset number `seq`: a trusted device's, or a revoked
    one's for the changesets that stand; None for an unknown device or a refused changeset."""
    row = conn.exec_driver_sql(
        "SELECT signing_key, revoked_at FROM sync_peer WHERE device_id = ?", (device,)
    ).first()
    if row is None:
        return None
    if row[1] is not None and seq > revoked_upto(conn).get(device, 0):
        return None
    return bytes(row[0])


@dataclass(frozen=True, slots=True)
class PeerInfo:
    """A known device as listed to the officer."""

    card: Card
    added_at: str
    vouched_by: str | None
    revoked_at: str | None
    known_vv: dict[str, int]
    last_import_at: str | None
    last_export_at: str | None
    scope: str = "all"  # what HQ sends it by default (sync.scope.Scope)
    # Changesets it said it was told were left out and still lacks (sync.scope_holes).
    known_lacks: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        card = self.card.to_json()
        del card["format"], card["signing_key"], card["kem_mlkem768"], card["kem_x25519"]
        return {
            **card,
            "added_at": self.added_at,
            "trust": "revoked" if self.revoked_at else ("vouched" if self.vouched_by else "direct"),
            "vouched_by": self.vouched_by,
            "revoked_at": self.revoked_at,
            "last_import_at": self.last_import_at,
            "last_export_at": self.last_export_at,
            "scope": self.scope,
        }


def list_peers(conn: Connection) -> list[PeerInfo]:
    """Every known device, trusted or revoked, by officer name."""
    rows = conn.exec_driver_sql(
        "SELECT officer, device_name, role, signing_key, kem_mlkem, kem_x25519, added_at, vouched_by,"
        " revoked_at, known_vv, last_import_at, last_export_at, protocols, scope, known_lacks FROM sync_peer"
        " ORDER BY officer, device_id"
    )
    return [
        PeerInfo(
            card=Card(
                r[0], r[1], r[2], PublicKeys(bytes(r[3]), bytes(r[4]), bytes(r[5])), tuple(json.loads(r[12]))
            ),
            added_at=r[6],
            vouched_by=r[7],
            revoked_at=r[8],
            known_vv=json.loads(r[9]),
            last_import_at=r[10],
            last_export_at=r[11],
            scope=r[13],
            known_lacks=_ranges(r[14]),
        )
        for r in rows
    ]


def _ranges(stored: str) -> dict[str, list[tuple[int, int]]]:
    return {o: [(int(a), int(b)) for a, b in pairs] for o, pairs in json.loads(stored).items()}


def get(conn: Connection, device: str) -> PeerInfo | None:
    """One known device."""
    for peer in list_peers(conn):
        if peer.card.device_id == device:
            return peer
    return None


def signing_key(conn: Connection, device: str) -> bytes | None:
    """The Ed25519 key of a trusted (not revoked) device, else None."""
    row = conn.exec_driver_sql(
        "SELECT signing_key FROM sync_peer WHERE device_id = ? AND revoked_at IS NULL", (device,)
    ).first()
    return None if row is None else bytes(row[0])


def is_revoked(conn: Connection, device: str) -> bool:
    """Whether this device was revoked here."""
    row = conn.exec_driver_sql("SELECT revoked_at FROM sync_peer WHERE device_id = ?", (device,)).first()
    return row is not None and row[0] is not None


def note_known(conn: Connection, device: str, vv: dict[str, int], *, now: str) -> None:
    """Remember what a peer holds (from the version vector its bundle carried)."""
    row = conn.exec_driver_sql("SELECT known_vv FROM sync_peer WHERE device_id = ?", (device,)).first()
    if row is None:
        return
    known: dict[str, int] = json.loads(row[0])
    for origin, seq in vv.items():
        known[origin] = max(known.get(origin, 0), int(seq))
    conn.exec_driver_sql(
        "UPDATE sync_peer SET known_vv = ?, last_import_at = ? WHERE device_id = ?",
        (json.dumps(known, sort_keys=True), now, device),
    )


def note_lacks(
    conn: Connection, device: str, lacks: dict[str, list[tuple[int, int]]], vv: dict[str, int]
) -> None:
    """Remember what a peer said it lacks, from a bundle carrying its version vector `vv`.

    Taken as it is from a bundle at least as new as all before (its vector covers what is
    known of the peer); joined to what was known otherwise (bundles read out of order):
    believing a peer lacks more only costs re-sending what it holds, never leaving it without."""
    row = conn.exec_driver_sql(
        "SELECT known_vv, known_lacks FROM sync_peer WHERE device_id = ?", (device,)
    ).first()
    if row is None:
        return
    known: dict[str, int] = json.loads(row[0])
    latest = all(vv.get(origin, 0) >= seq for origin, seq in known.items())
    merged = {o: list(r) for o, r in lacks.items()}
    if not latest:
        for origin, pairs in _ranges(row[1]).items():
            merged[origin] = sorted({*merged.get(origin, []), *pairs})
    conn.exec_driver_sql(
        "UPDATE sync_peer SET known_lacks = ? WHERE device_id = ?",
        (json.dumps({o: [list(p) for p in r] for o, r in sorted(merged.items())}), device),
    )


def set_scope(conn: Connection, device: str, scope: str) -> bool:
    """Choose what HQ sends this peer by default; False if the device is unknown."""
    changed = conn.exec_driver_sql("UPDATE sync_peer SET scope = ? WHERE device_id = ?", (scope, device))
    return bool(changed.rowcount)


def note_protocols(conn: Connection, device: str, protocols: tuple[int, ...]) -> None:
    """Remember which protocols a known device speaks (from a card it or HQ sent us)."""
    conn.exec_driver_sql(
        "UPDATE sync_peer SET protocols = ? WHERE device_id = ?", (json.dumps(list(protocols)), device)
    )


def note_export(conn: Connection, devices: list[str], *, now: str) -> None:
    """Remember when we last wrote a bundle for these peers."""
    for device in devices:
        conn.exec_driver_sql("UPDATE sync_peer SET last_export_at = ? WHERE device_id = ?", (now, device))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int) -> bytes:
    data = base64.b64decode(text, validate=True)
    if len(data) != size:
        raise ValueError("wrong key length")
    return data
