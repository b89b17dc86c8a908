"""Constants and small building blocks of the bundle file format, shared by writer and reader.

Everything here is specified byte for byte in docs/BUNDLE_FORMAT.md; a change to any value
or construction below is a change of the format and needs a new FORMAT_VERSION.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.models import LocalIdentity
from sync.identity import PublicKeys
from sync.refusals import RefusalReason

MAGIC = b"\x89LIAISON\r\n\x1a\n"
FORMAT_VERSION = 1

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SALT_SIZE = 16
SLOT_ID_SIZE = 16
CONTENT_KEY_SIZE = 32
HASH_SIZE = 32
SIGNATURE_SIZE = 64
SIGNING_KEY_SIZE = 32
MLKEM_PUBLIC_SIZE = 1184
X25519_PUBLIC_SIZE = 32
# HPKE single-shot output: enc (1088-byte ML-KEM ciphertext + 32-byte X25519 share) || the
# 32-byte content key || 16-byte AES-GCM tag.
SEALED_KEY_SIZE = 1120 + CONTENT_KEY_SIZE + TAG_SIZE
SLOT_SIZE = SLOT_ID_SIZE + SEALED_KEY_SIZE

# Limits: a hostile file must not make a reader allocate much more than these.
MAX_RECIPIENTS = 1024
MAX_DEVICE_ID_LENGTH = 64
MAX_HEADER_JSON_SIZE = 4 * 1024 * 1024
MAX_HEADER_RECORD_SIZE = (
    1
    + MAX_DEVICE_ID_LENGTH
    + SIGNING_KEY_SIZE
    + MLKEM_PUBLIC_SIZE
    + X25519_PUBLIC_SIZE
    + 2
    + MAX_RECIPIENTS * (1 + MAX_DEVICE_ID_LENGTH)
    + 4
    + MAX_HEADER_JSON_SIZE
)
MAX_ITEM_SIZE = 16 * 1024 * 1024
MAX_ZSTD_WINDOW = 8 * 1024 * 1024

END_OF_ITEMS = 0xFFFFFFFF
FLAG_MORE = 0x00
FLAG_FINAL = 0x01

OUTER_FIXED = struct.Struct(">12sH16sH")  # magic, version, salt, slot count
U32 = struct.Struct(">I")
U64 = struct.Struct(">Q")
CHUNK_HEAD = struct.Struct(">BI")  # flag, ciphertext length

_DOMAIN = b"liaison-bundle/1 "
SLOT_DOMAIN = _DOMAIN + b"slot"
SEAL_INFO_DOMAIN = _DOMAIN + b"content key"
AEAD_KEY_INFO = _DOMAIN + b"aead key"
OUTER_HASH_DOMAIN = _DOMAIN + b"outer"
HEADER_AAD_DOMAIN = _DOMAIN + b"header"
CHUNK_AAD_DOMAIN = _DOMAIN + b"chunk"
SIGNATURE_DOMAIN = _DOMAIN + b"signature"

HPKE_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class BundleError(Exception):
    """A bundle was refused. `code` says why (decide on it); `message` is one line meant for
    the officer and the log (show it, never parse it)."""

    def __init__(self, code: RefusalReason, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def damaged(where: str) -> BundleError:
    """The refusal for bytes that fail a check: accidental damage and tampering look alike."""
    return BundleError(RefusalReason.DAMAGED, f"bundle is damaged or was tampered with ({where})")


def truncated() -> BundleError:
    """The refusal for a file that ends before the format says it may."""
    return BundleError(RefusalReason.TRUNCATED, "bundle is truncated")


def not_a_bundle() -> BundleError:
    """The refusal for a file that does not start with the bundle magic."""
    return BundleError(RefusalReason.NOT_A_BUNDLE, "not a Liaison bundle")


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """What was written: enough for the sync engine to log and announce the bundle."""

    path: Path | None  # None when written to a caller's file object
    size: int  # bytes in the file
    digest: str  # hex SHA-256 of everything before the signature: names this exact file
    sender_device_id: str
    recipient_ids: tuple[str, ...]
    item_count: int
    payload_size: int  # sum of item lengths, before compression


@dataclass(frozen=True, slots=True)
class HeaderRecord:
    """The encrypted inner header: who sent it, to whom, and the caller's JSON header."""

    sender_id: str
    sender_keys: PublicKeys
    recipient_ids: tuple[str, ...]
    header_json: bytes


def slot_id(salt: bytes, recipient_id: str) -> bytes:
    """Blinded recipient id, new in every bundle: only those who know the device id can match it."""
    return hashlib.sha256(SLOT_DOMAIN + salt + recipient_id.encode("ascii")).digest()[:SLOT_ID_SIZE]


def seal_info(salt: bytes, recipient_id: str) -> bytes:
    """HPKE `info`: binds a sealed key to this bundle and this recipient."""
    return SEAL_INFO_DOMAIN + salt + recipient_id.encode("ascii")


def aead_key(content_key: bytes, salt: bytes) -> bytes:
    """The AES-256-GCM key of the header record and the payload chunks."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=AEAD_KEY_INFO)
    return hkdf.derive(content_key)


def nonce(counter: int, *, final: bool) -> bytes:
    """STREAM nonce: 11-byte big-endian counter and a last-chunk byte (as in age)."""
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def outer_hasher() -> hashlib._Hash:
    """Hash of the cleartext header, fed every byte from the magic to the last slot."""
    return hashlib.sha256(OUTER_HASH_DOMAIN)


def header_aad(outer_digest: bytes) -> bytes:
    """Associated data of the header record: binds it to the cleartext recipient table."""
    return HEADER_AAD_DOMAIN + outer_digest


def chunk_aad(outer_digest: bytes, header_plaintext: bytes) -> bytes:
    """Associated data of every payload chunk."""
    # Every payload chunk carries a hash of the decrypted header, so no chunk can be moved
    # under another header even by someone who holds the content key.
    return CHUNK_AAD_DOMAIN + hashlib.sha256(outer_digest + header_plaintext).digest()


def signed_message(transcript_digest: bytes) -> bytes:
    """What Ed25519 signs: a domain label and the hash of every byte before the signature."""
    return SIGNATURE_DOMAIN + transcript_digest


def kem_public_key(keys: PublicKeys) -> hpke.MLKEM768X25519PublicKey:
    """The HPKE recipient key for a peer's public keys."""
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(keys.kem_mlkem),
        x25519.X25519PublicKey.from_public_bytes(keys.kem_x25519),
    )


def kem_private_key(identity: LocalIdentity) -> hpke.MLKEM768X25519PrivateKey:
    """This device's HPKE private key, for `open_bundle(my_kem_private=...)`."""
    return hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(identity.kem_mlkem_seed),
        x25519.X25519PrivateKey.from_private_bytes(identity.kem_x25519_private),
    )


def encode_header_json(header: dict[str, Any]) -> bytes:
    """The caller's header as compact UTF-8 JSON, refusing what a strict reader would."""
    if not isinstance(header, dict):
        raise TypeError("the bundle header must be a dict")
    data = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    encoded = data.encode("utf-8")
    if len(encoded) > MAX_HEADER_JSON_SIZE:
        raise ValueError(f"bundle header is {len(encoded)} bytes, limit {MAX_HEADER_JSON_SIZE}")
    return encoded


def _id_bytes(device: str) -> bytes:
    raw = device.encode("ascii")
    if not 1 <= len(raw) <= MAX_DEVICE_ID_LENGTH:
        raise ValueError(f"device id of unsupported length: {device!r}")
    return bytes([len(raw)]) + raw


def encode_header_record(record: HeaderRecord) -> bytes:
    """The plaintext of the encrypted header record, laid out as in BUNDLE_FORMAT.md."""
    keys = record.sender_keys
    parts = [
        _id_bytes(record.sender_id),
        keys.signing,
        keys.kem_mlkem,
        keys.kem_x25519,
        struct.pack(">H", len(record.recipient_ids)),
        *(_id_bytes(r) for r in record.recipient_ids),
        U32.pack(len(record.header_json)),
        record.header_json,
    ]
    return b"".join(parts)


class _Cursor:
    """Bounds-checked reads over a decrypted header; any overrun means a malformed header."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, n: int) -> bytes:
        if self._pos + n > len(self._data):
            raise damaged("header")
        out = self._data[self._pos : self._pos + n]
        self._pos += n
        return out

    def device_id(self) -> str:
        n = self.take(1)[0]
        raw = self.take(n)
        if n == 0 or not raw.isascii():
            raise damaged("header")
        return raw.decode("ascii")

    def at_end(self) -> bool:
        return self._pos == len(self._data)


def decode_header_record(data: bytes) -> HeaderRecord:
    """Parse a decrypted header record; refuse anything not exactly as specified."""
    cur = _Cursor(data)
    sender_id = cur.device_id()
    keys = PublicKeys(
        signing=cur.take(SIGNING_KEY_SIZE),
        kem_mlkem=cur.take(MLKEM_PUBLIC_SIZE),
        kem_x25519=cur.take(X25519_PUBLIC_SIZE),
    )
    (count,) = struct.unpack(">H", cur.take(2))
    recipients = tuple(cur.device_id() for _ in range(count))
    (json_len,) = U32.unpack(cur.take(4))
    if json_len > MAX_HEADER_JSON_SIZE:
        raise damaged("header")
    header_json = cur.take(json_len)
    if not cur.at_end():
        raise damaged("header")
    return HeaderRecord(sender_id, keys, recipients, header_json)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key in JSON object")
    return out


def parse_header_json(data: bytes) -> dict[str, Any]:
    """Strict JSON: an object, UTF-8, no NaN/Infinity, no duplicate keys."""
    try:
        value = json.loads(
            data.decode("utf-8"),
            parse_constant=_reject_constant,
            object_pairs_hook=_unique_keys,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise damaged("header") from exc
    if not isinstance(value, dict):
        raise damaged("header")
    return value


def not_a_file() -> BundleError:
    """The refusal for a path that is a FIFO, a device, a socket or a folder: never read."""
    return BundleError(RefusalReason.UNREADABLE, "not a regular file (a FIFO, a device or a folder?)")


def open_regular(path: Path) -> tuple[BinaryIO, int]:
    """Open a regular file for reading and say how long it is; refuse anything else.

    A FIFO named `*.liaison` would block a plain open() until someone writes to it, and a
    symlink to /dev/zero would never end: open without blocking, look at what was opened
    (not at the name, which could be swapped meanwhile), and only then read.
    """
    flags = (
        os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    )
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise not_a_file()
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def recipient_count(path: Path) -> int:
    """How many devices a bundle file is sealed to, from its cleartext outer header (0 if the
    file is not a bundle). Lets a shared folder leave alone a bundle others still need."""
    try:
        f, _size = open_regular(path)
    except BundleError:
        return 0
    with f:
        head = f.read(OUTER_FIXED.size)
    if len(head) < OUTER_FIXED.size or not head.startswith(MAGIC):
        return 0
    return int(OUTER_FIXED.unpack(head)[3])
