"""What HQ's last area export to a peer left out, and which records those changesets touch.

Every area export looks at what the officer lacks, and that includes everything earlier area
bundles left out: reading all of it again each time costs minutes at HQ scale. Left-out
changesets only become needed when a new changeset sent is tied to them (touches or names a
record they touch) or when the officer's scope changes. So HQ keeps, per peer, the ranges
its last area export left out, a digest of the audience it was decided for, and a Bloom
filter of the records those changesets touch (2.5 bytes a record, 0.007% false hits); the
next export reads only the other candidates and, unless one of them hits the filter or the
audience changed, leaves the remembered ones out again without reading them. A false hit
only costs a full look, never a wrong choice.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from sync import scope_holes

# Hashes per record: 0.007% false hits at 20 bits a record. Every record a new candidate
# touches or names is asked, and one false hit costs a full look: at 1% a day's hundred
# edits at HQ hit more often than not.
_K = 14
_BITS_PER_RECORD = 20
_MIN_BITS = 8 * 1024
_HEAD = struct.Struct(">I")


_KEYS = 2  # how record keys are made (absent: the 16-byte blake2b of 0.x, unreadable now)


def record_key(record_id: str) -> int:
    """A record's 64-bit key: what the area export's arrays and this filter hold of it."""
    return int.from_bytes(hashlib.blake2b(record_id.encode(), digest_size=8).digest(), "big")


class Bloom:
    """A Bloom filter of record keys."""

    def __init__(self, capacity: int, bits: bytearray | None = None, count: int = 0) -> None:
        size = max(_MIN_BITS, capacity * _BITS_PER_RECORD)
        self.bits = bits if bits is not None else bytearray((size + 7) // 8)
        self.capacity = capacity
        self.count = count

    def _positions(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
        # Double hashing over the key's two halves (Kirsch-Mitzenmacher): _K positions each.
        h1, h2 = keys >> np.uint64(32), (keys & np.uint64(0xFFFFFFFF)) | np.uint64(1)
        steps = np.arange(_K, dtype=np.uint64)
        return (h1[:, None] + steps * h2[:, None]) % np.uint64(len(self.bits) * 8)

    def add_keys(self, keys: npt.NDArray[np.uint64]) -> None:
        """Enter these record keys."""
        positions = self._positions(keys).ravel()
        bits = np.frombuffer(self.bits, dtype=np.uint8)
        masks = np.left_shift(1, positions & np.uint64(7)).astype(np.uint8)
        np.bitwise_or.at(bits, positions >> np.uint64(3), masks)
        self.count += int(keys.size)

    def holds_any(self, keys: list[int]) -> bool:
        """Whether one of these record keys may be in the filter (false hits rare, no misses)."""
        if not keys:
            return False
        positions = self._positions(np.array(keys, dtype=np.uint64))
        bits = np.frombuffer(self.bits, dtype=np.uint8)
        present = (bits[positions >> np.uint64(3)] >> (positions & np.uint64(7)).astype(np.uint8)) & 1
        return bool(present.all(axis=1).any())

    def may_hold(self, record_id: str) -> bool:
        """Whether this record may be in the filter."""
        return self.holds_any([record_key(record_id)])

    @property
    def crowded(self) -> bool:
        """Holding more than it was sized for: false hits grow, build it afresh."""
        return self.count > max(self.capacity, _MIN_BITS // _BITS_PER_RECORD)


@dataclass(slots=True)
class Basis:
    """What one area export to a peer decided to leave out, and for whom."""

    audience: str  # digest of the recipients and their areas
    omitted: scope_holes.Ranges
    touched: Bloom  # the records the left-out changesets touch


def audience_digest(devices: Iterable[str], areas: Iterable[str]) -> str:
    """Names an audience: the same recipients with the same areas give the same digest."""
    text = json.dumps([sorted(devices), sorted(areas)])
    return hashlib.sha256(text.encode()).hexdigest()


def load(conn: Connection, device: str) -> Basis | None:
    """The basis kept for this peer, if any (an unreadable one is none)."""
    row = conn.exec_driver_sql("SELECT scope_basis FROM sync_peer WHERE device_id = ?", (device,)).first()
    if row is None or row[0] is None:
        return None
    blob = bytes(row[0])
    try:
        (length,) = _HEAD.unpack(blob[: _HEAD.size])
        head = json.loads(blob[_HEAD.size : _HEAD.size + length])
        if head.get("keys") != _KEYS:
            return None  # kept by a release that made keys otherwise: decide afresh
        omitted = {str(o): [(int(a), int(b)) for a, b in r] for o, r in head["omitted"].items()}
        bloom = Bloom(int(head["capacity"]), bytearray(blob[_HEAD.size + length :]), int(head["count"]))
        return Basis(str(head["audience"]), omitted, bloom)
    except (ValueError, KeyError, TypeError, AttributeError, struct.error):
        return None


def save(conn: Connection, device: str, basis: Basis | None) -> None:
    """Keep (or, with None, forget) the basis of the export just written for this peer."""
    blob = None
    if basis is not None:
        head = json.dumps(
            {
                "audience": basis.audience,
                "omitted": {o: [list(p) for p in r] for o, r in basis.omitted.items()},
                "capacity": basis.touched.capacity,
                "count": basis.touched.count,
                "keys": _KEYS,
            }
        ).encode()
        blob = _HEAD.pack(len(head)) + head + bytes(basis.touched.bits)
    conn.exec_driver_sql("UPDATE sync_peer SET scope_basis = ? WHERE device_id = ?", (blob, device))


def contains(ranges: scope_holes.Ranges, origin: str, seq: int) -> bool:
    """Whether `seq` of `origin` lies in one of the ranges."""
    return any(first <= seq <= last for first, last in ranges.get(origin, ()))
