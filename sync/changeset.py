"""Changesets: the unit of change that travels. Canonical bytes, signed by the origin device.

A changeset keeps its author's signature wherever it is relayed, so a relay (HQ) can
forward an officer's edits but cannot forge or alter them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync import stored_body

FORMAT = "liaison-changeset/1"
_SIGNING_CONTEXT = FORMAT.encode() + b"\n"
SIGNATURE_BYTES = 64
DELETED = "_deleted"  # pseudo-field: True deletes the record, False keeps or restores it
MERGED_INTO = "_merged_into"  # pseudo-field: the record this one was merged into (None: unmerged)
# Pseudo-field: True purges the record for good, on every device (sync.erasure). Protocol 2.
PURGED = "_purged"


class ChangesetError(Exception):
    """A changeset that is malformed or whose signature does not verify."""


@dataclass(frozen=True, slots=True)
class Op:
    """One field of one record set to a value.

    `pred` lists the concurrent heads the author saw and overwrote knowingly (only when
    there were several: that is what resolving a conflict looks like).
    """

    kind: str
    record_id: str
    field: str
    value: Any
    pred: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> list[Any]:
        item: list[Any] = [self.kind, self.record_id, self.field, self.value]
        if self.pred:
            item.append([list(p) for p in self.pred])
        return item

    @staticmethod
    def from_json(item: Any) -> Op:
        if not isinstance(item, list) or len(item) not in (4, 5):
            raise ChangesetError("malformed operation")
        kind, record_id, field_name, value = item[:4]
        if type(kind) is not str or type(record_id) is not str or type(field_name) is not str:
            raise ChangesetError("malformed operation")
        pred = tuple((str(o), int(s)) for o, s in item[4]) if len(item) == 5 else ()
        return Op(kind, record_id, field_name, value, pred)


@dataclass(frozen=True, slots=True)
class ChangesetBody:
    """What the origin signed: who, which number, when, what it had seen, what it changed."""

    origin: str
    seq: int
    hlc: int
    officer: str
    deps: dict[str, int]
    ops: tuple[Op, ...] = field(default=())
    # Redacted (sync.stubs): the purged records whose operations a store removed from it,
    # (kind, id, digest of their sealed group; "" for a changeset written without a seal).
    purged: tuple[tuple[str, str, str], ...] = field(default=())
    # The seal (sync.seal): a salt per record touched (record id, base64), and the origin's
    # signature over the groups; both empty in changesets of releases before 0.2.0.
    salts: tuple[tuple[str, str], ...] = field(default=())
    seal: str = ""

    def encode(self) -> bytes:
        """Canonical bytes: the same body always encodes to the same bytes."""
        document = {
            "format": FORMAT,
            "origin": self.origin,
            "seq": self.seq,
            "hlc": self.hlc,
            "officer": self.officer,
            "deps": self.deps,
            "ops": [op.to_json() for op in self.ops],
        }
        # Keys that sort before "origin", so a canonical body still ends with origin and seq.
        if self.purged:
            document["erased"] = [list(p) for p in self.purged]
        if self.salts:
            document["ops_salts"] = dict(self.salts)
        if self.seal:
            document["ops_seal"] = self.seal
        return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    @staticmethod
    def decode(data: bytes) -> ChangesetBody:
        """The body of canonical bytes, or of a body as the store keeps it (sync.stored_body)."""
        try:
            if stored_body.is_packed(data):
                data = stored_body.unpack(data)
            doc = json.loads(data)
            if doc["format"] != FORMAT:
                raise ChangesetError(f"unknown changeset format {doc['format']!r}")
            deps = {str(k): int(v) for k, v in doc["deps"].items()}
            return ChangesetBody(
                origin=str(doc["origin"]),
                seq=int(doc["seq"]),
                hlc=int(doc["hlc"]),
                officer=str(doc["officer"]),
                deps=deps,
                ops=_ops(doc["ops"]),
                purged=_purged(doc.get("erased", [])),
                salts=_salts(doc.get("ops_salts", {})),
                seal=_text(doc.get("ops_seal", "")),
            )
        except ChangesetError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ChangesetError(f"malformed changeset: {exc}") from None


def _purged(items: Any) -> tuple[tuple[str, str, str], ...]:
    """The purged records a redacted body names (its `erased` key): [kind, id, digest] each."""
    if type(items) is not list or not all(
        type(i) is list and len(i) == 3 and all(type(x) is str for x in i) for i in items
    ):
        raise ChangesetError("malformed erased list")
    return tuple((kind, record_id, digest) for kind, record_id, digest in items)


def _salts(items: Any) -> tuple[tuple[str, str], ...]:
    if type(items) is not dict or not all(type(v) is str for v in items.values()):
        raise ChangesetError("malformed salts")
    return tuple(sorted(items.items()))


def _text(value: Any) -> str:
    if type(value) is not str:
        raise ChangesetError("malformed seal")
    return value


def _ops(items: list[Any]) -> tuple[Op, ...]:
    """Operations of a decoded body: the common shape (no `pred`) checked inline, which halves
    the cost per operation of a bulk changeset; anything else goes through `Op.from_json`."""
    ops: list[Op] = []
    append = ops.append
    new, set_kind, set_record, set_field, set_value, set_pred = _OP_BUILDER
    for item in items:
        if type(item) is list and len(item) == 4:
            kind, record_id, field_name, value = item
            if type(kind) is str and type(record_id) is str and type(field_name) is str:
                # What `Op(...)` does, through the slots themselves: a frozen dataclass's
                # __init__ goes through object.__setattr__ per field, twice the cost.
                op = new(Op)
                set_kind(op, kind)
                set_record(op, record_id)
                set_field(op, field_name)
                set_value(op, value)
                set_pred(op, ())
                append(op)
                continue
        append(Op.from_json(item))
    return tuple(ops)


_OP_BUILDER: tuple[Any, ...] = (
    object.__new__,
    *(vars(Op)[name].__set__ for name in ("kind", "record_id", "field", "value", "pred")),
)


def sign(body: bytes, signing_private: bytes) -> bytes:
    """The origin device's Ed25519 signature over a body."""
    return ed25519.Ed25519PrivateKey.from_private_bytes(signing_private).sign(_SIGNING_CONTEXT + body)


def verify(body: bytes, signature: bytes, signing_public: bytes) -> None:
    """Raise ChangesetError unless `signature` is the holder of `signing_public` signing `body`."""
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, _SIGNING_CONTEXT + body)
    except InvalidSignature:
        raise ChangesetError("changeset signature does not verify") from None


def pack_item(body: bytes, signature: bytes) -> bytes:
    """A changeset as one bundle item: the 64-byte signature, then the body."""
    return signature + body


def unpack_item(item: bytes) -> tuple[bytes, bytes]:
    """(body, signature) from a bundle item."""
    if len(item) <= SIGNATURE_BYTES:
        raise ChangesetError("bundle item too short to be a changeset")
    return item[SIGNATURE_BYTES:], item[:SIGNATURE_BYTES]
