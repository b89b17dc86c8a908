"""Who sent a bundle and how far their history reaches, read without verifying it.

A folder import orders its files by sender and sequence before importing them, so a later
bundle of an officer does not wait for an earlier one that comes after it in the folder.
Reading the cleartext slots and the sealed header record costs one key unsealing and no pass
over the payload. Nothing read here is trusted: it only decides an order, and the import
then verifies every file in full (a file that cannot be peeked is simply imported last).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hpke

from sync.bundle_format import BundleError, decode_header_record, open_regular, parse_header_json
from sync.bundle_read import _read_header, _read_outer
from sync.bundle_stream import Source


@dataclass(frozen=True, slots=True)
class Peek:
    """What a bundle's sealed header claims (unverified): its sender, the sender's last
    sequence number it covers, and when it was written."""

    sender: str
    seq: int
    created: str


def peek(path: Path, *, my_device_id: str, my_kem_private: hpke.MLKEM768X25519PrivateKey) -> Peek | None:
    """The sealed header's claims, or None for anything that is not a readable bundle
    addressed to this device (the import itself then says why)."""
    try:
        f, limit = open_regular(path)
    except (OSError, BundleError):
        return None
    with f:
        try:
            src = Source(f, 0, limit)
            outer = _read_outer(src, my_device_id, my_kem_private)
            record = decode_header_record(_read_header(src, outer.key, outer.digest))
            header = parse_header_json(record.header_json)
            vv = header.get("vv")
            seq = vv.get(record.sender_id, 0) if isinstance(vv, dict) else 0
            created = header.get("created", "")
        except (OSError, BundleError, ValueError, TypeError):
            return None
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(created, str):
        return None
    return Peek(record.sender_id, seq, created)
