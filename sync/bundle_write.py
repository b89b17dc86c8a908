"""Writing a bundle: stream items through zstd and chunked AES-256-GCM into a signed file.

Memory stays constant whatever the number of items: items are compressed as they arrive,
cut into CHUNK_SIZE pieces, encrypted and written. Plaintext never touches the disk, and a
half-written bundle never appears under its final name.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import zstandard
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from db.models import LocalIdentity
from sync.bundle_format import (
    CHUNK_HEAD,
    CHUNK_SIZE,
    CONTENT_KEY_SIZE,
    END_OF_ITEMS,
    FLAG_FINAL,
    FLAG_MORE,
    FORMAT_VERSION,
    HASH_SIZE,
    HPKE_SUITE,
    MAGIC,
    MAX_ITEM_SIZE,
    MAX_RECIPIENTS,
    OUTER_FIXED,
    SALT_SIZE,
    SIGNATURE_SIZE,
    U32,
    U64,
    BundleInfo,
    HeaderRecord,
    aead_key,
    chunk_aad,
    encode_header_json,
    encode_header_record,
    header_aad,
    kem_public_key,
    nonce,
    outer_hasher,
    seal_info,
    signed_message,
    slot_id,
)
from sync.identity import PublicKeys, device_id, public_keys

_ZSTD_LEVEL = 3
# Small items are gathered before compression: one zstd call per item would dominate the
# cost for the typical few-hundred-byte changeset.
_BATCH = 64 * 1024


class _HashingSink:
    """Writes to the file and feeds the transcript hash that the signature covers."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.transcript = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self._out.write(data)
        self.transcript.update(data)
        self.size += len(data)


class _ChunkEncryptor:
    """Cuts the compressed stream into CHUNK_SIZE pieces; holds back the last to flag it."""

    def __init__(self, sink: _HashingSink, key: bytes, aad: bytes) -> None:
        self._sink = sink
        self._aead = AESGCM(key)
        self._aad = aad
        self._buffer = bytearray()
        self._counter = 1  # counter 0 is the header record

    def write(self, data: bytes) -> None:
        self._buffer += data
        # Strictly more than one chunk buffered: only then is the first one known not to be
        # the last, so the final chunk is never empty and never needs a lookahead read.
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]

    def finish(self) -> None:
        self._emit(bytes(self._buffer), final=True)
        self._buffer.clear()

    def _emit(self, plaintext: bytes, *, final: bool) -> None:
        sealed = self._aead.encrypt(nonce(self._counter, final=final), plaintext, self._aad)
        self._sink.write(CHUNK_HEAD.pack(FLAG_FINAL if final else FLAG_MORE, len(sealed)))
        self._sink.write(sealed)
        self._counter += 1


def _check_sender(sender: LocalIdentity) -> PublicKeys:
    keys = public_keys(sender)
    if device_id(keys) != sender.device_id:
        raise ValueError(f"identity {sender.device_id} does not match its own keys")
    return keys


def _check_recipients(recipients: Sequence[PublicKeys]) -> list[str]:
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    if len(recipients) > MAX_RECIPIENTS:
        raise ValueError(f"{len(recipients)} recipients, limit {MAX_RECIPIENTS}")
    ids = [device_id(r) for r in recipients]
    if len(set(ids)) != len(ids):
        raise ValueError("the same recipient is listed twice")
    return ids


def _outer_header(salt: bytes, content_key: bytes, recipients: Sequence[PublicKeys]) -> bytes:
    parts = [OUTER_FIXED.pack(MAGIC, FORMAT_VERSION, salt, len(recipients))]
    for keys in recipients:
        rid = device_id(keys)
        sealed = HPKE_SUITE.encrypt(content_key, kem_public_key(keys), info=seal_info(salt, rid))
        parts += [slot_id(salt, rid), sealed]
    body = b"".join(parts)
    hasher = outer_hasher()
    hasher.update(body)
    return body + hasher.digest()


def _write_items(encryptor: _ChunkEncryptor, items: Iterable[bytes]) -> tuple[int, int]:
    compressor = zstandard.ZstdCompressor(level=_ZSTD_LEVEL).compressobj()
    batch = bytearray()
    count = 0
    size = 0
    for item in items:
        if not isinstance(item, bytes | bytearray | memoryview):
            raise TypeError(f"bundle items must be bytes, not {type(item).__name__}")
        length = len(item)
        if length > MAX_ITEM_SIZE:
            raise ValueError(f"item {count} is {length} bytes, limit {MAX_ITEM_SIZE}")
        batch += U32.pack(length)
        if length < _BATCH:
            batch += item
        else:
            # Large items go straight to zstd rather than through another copy.
            encryptor.write(compressor.compress(bytes(batch)))
            batch.clear()
            encryptor.write(compressor.compress(item))
        if len(batch) >= _BATCH:
            encryptor.write(compressor.compress(bytes(batch)))
            batch.clear()
        count += 1
        size += length
    batch += U32.pack(END_OF_ITEMS) + U64.pack(count)
    encryptor.write(compressor.compress(bytes(batch)))
    encryptor.write(compressor.flush())
    encryptor.finish()
    return count, size


def _write_to(
    out: BinaryIO,
    *,
    sender: LocalIdentity,
    header: dict[str, Any],
    recipients: Sequence[PublicKeys],
    items: Iterable[bytes],
) -> BundleInfo:
    sender_keys = _check_sender(sender)
    recipient_ids = _check_recipients(recipients)
    header_json = encode_header_json(header)
    signing_key = ed25519.Ed25519PrivateKey.from_private_bytes(sender.signing_private)

    content_key = secrets.token_bytes(CONTENT_KEY_SIZE)
    salt = secrets.token_bytes(SALT_SIZE)
    key = aead_key(content_key, salt)

    sink = _HashingSink(out)
    outer = _outer_header(salt, content_key, recipients)
    sink.write(outer)
    outer_digest = outer[-HASH_SIZE:]

    record = encode_header_record(
        HeaderRecord(sender.device_id, sender_keys, tuple(recipient_ids), header_json)
    )
    sealed_header = AESGCM(key).encrypt(nonce(0, final=False), record, header_aad(outer_digest))
    sink.write(U32.pack(len(sealed_header)))
    sink.write(sealed_header)

    encryptor = _ChunkEncryptor(sink, key, chunk_aad(outer_digest, record))
    count, size = _write_items(encryptor, items)

    digest = sink.transcript.digest()
    out.write(signing_key.sign(signed_message(digest)))
    return BundleInfo(
        path=None,
        size=sink.size + SIGNATURE_SIZE,
        digest=digest.hex(),
        sender_device_id=sender.device_id,
        recipient_ids=tuple(recipient_ids),
        item_count=count,
        payload_size=size,
    )


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable on POSIX; directories cannot be opened this way on Windows.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bundle(
    dest: str | os.PathLike[str] | BinaryIO,
    *,
    sender: LocalIdentity,
    header: dict[str, Any],
    recipients: Sequence[PublicKeys],
    items: Iterable[bytes],
) -> BundleInfo:
    """Write a signed bundle of `items`, readable only by `recipients`, in constant memory.

    `header` is any JSON object (sender, recipients, version vector, schema version, ...); it
    travels encrypted and authenticated. `items` are opaque byte strings, each at most
    MAX_ITEM_SIZE, consumed lazily. Given a path, the bundle is written to a hidden temporary
    file in the same folder, synced and renamed into place (replacing any file of that name);
    on error nothing is left behind. Given a binary file object, bytes are written at its
    current position and the caller owns flushing and closing.

    Raises ValueError or TypeError for invalid arguments, OSError for disk errors.
    """
    if not isinstance(dest, str | os.PathLike):
        return _write_to(dest, sender=sender, header=header, recipients=recipients, items=items)

    path = Path(dest)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        with tmp.open("xb") as out:
            info = _write_to(out, sender=sender, header=header, recipients=recipients, items=items)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return replace(info, path=path)
