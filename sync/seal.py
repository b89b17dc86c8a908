"""The seal: what lets a store remove one record's operations from a signed changeset and
still relay the rest verifiably, without re-signing anything (issue 13, docs/SYNC.md "Purge").

A changeset this release writes carries, beside its operations, a random salt per record it
touches (`ops_salts`, 16 bytes, base64) and `ops_seal`: its origin's Ed25519 signature over
a canonical document of its header and its *groups*, sorted [kind, record id, SHA-256 of the
record's salt followed by the canonical JSON of that record's operations]. A redacted body
(sync.stubs) keeps the seal, the other records' operations and salts, and lists the purged
records' groups under `erased`: a receiver recomputes the groups and checks the seal with
the origin's key. The salt keeps a digest from being brute-forced (a phone number is ten
digits): without it, the digest of a guessed record would confirm the guess.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync import json_text
from sync.changeset import ChangesetBody, ChangesetError

_CONTEXT = b"liaison-seal/1\n"
SALT_BYTES = 16
SALT_TEXT = 24  # characters of a salt in base64
Group = tuple[str, str, str]  # kind, record id, hex digest


def new_salt() -> str:
    """A fresh random salt, as the body carries it."""
    return base64.b64encode(os.urandom(SALT_BYTES)).decode()


def digest(salt: str, ops_json: str) -> str:
    """The digest of one record's operations (`ops_json`: their canonical JSON list)."""
    try:
        raw = base64.b64decode(salt, validate=True)
    except ValueError:
        raise ChangesetError("malformed salt") from None
    if len(raw) != SALT_BYTES:
        raise ChangesetError("malformed salt")
    return hashlib.sha256(raw + ops_json.encode()).hexdigest()


def groups(body: ChangesetBody) -> list[Group]:
    """The sealed groups of a body: its records' (from their operations and salts) and the
    erased ones', sorted. ChangesetError if a record's salt is missing."""
    salts = dict(body.salts)
    items: dict[tuple[str, str], list[Any]] = {}
    for op in body.ops:
        items.setdefault((op.kind, op.record_id), []).append(op.to_json())
    found: list[Group] = []
    for (kind, record_id), ops in items.items():
        salt = salts.get(record_id)
        if salt is None:
            raise ChangesetError("a sealed changeset without the salt of a record it touches")
        found.append((kind, record_id, digest(salt, json_text.canonical(ops))))
    found.extend(body.purged)
    return sorted(found)


def document(body: ChangesetBody, sealed: Iterable[Group]) -> bytes:
    """The canonical bytes the seal signs."""
    doc = {
        "origin": body.origin,
        "seq": body.seq,
        "hlc": body.hlc,
        "officer": body.officer,
        "deps": body.deps,
        "groups": [list(g) for g in sorted(sealed)],
    }
    return json_text.canonical(doc).encode()


def sign(body: ChangesetBody, sealed: Iterable[Group], signing_private: bytes) -> str:
    """The seal of a body with these groups, by its origin's key."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(signing_private)
    return base64.b64encode(key.sign(_CONTEXT + document(body, sealed))).decode()


def verify(body: ChangesetBody, signing_public: bytes) -> None:
    """Raise ChangesetError unless the body's seal is its origin's over its groups."""
    try:
        signature = base64.b64decode(body.seal, validate=True)
        ed25519.Ed25519PublicKey.from_public_bytes(signing_public).verify(
            signature, _CONTEXT + document(body, groups(body))
        )
    except (InvalidSignature, ValueError):
        raise ChangesetError("changeset seal does not verify") from None
