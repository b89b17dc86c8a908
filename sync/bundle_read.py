"""Reading a bundle: verify all of it first, then hand out its items in a second pass.

`open_bundle` streams once over the file and checks everything a later import could trip on
(structure, addressing, sender trust, every chunk tag, decompression, item framing, the
transcript hash and the Ed25519 signature) before it returns. Only then may the caller
iterate the items, which decrypts and decompresses the file again from the same open handle,
re-checking as it goes. Memory is bounded by the format limits, never by the file size, and
nothing is written anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.bundle_format import (
    FORMAT_VERSION,
    HASH_SIZE,
    HPKE_SUITE,
    MAGIC,
    MAX_HEADER_RECORD_SIZE,
    MAX_RECIPIENTS,
    SALT_SIZE,
    SEALED_KEY_SIZE,
    SIGNATURE_SIZE,
    SLOT_ID_SIZE,
    TAG_SIZE,
    U32,
    BundleError,
    HeaderRecord,
    aead_key,
    chunk_aad,
    damaged,
    decode_header_record,
    header_aad,
    nonce,
    not_a_bundle,
    open_regular,
    outer_hasher,
    parse_header_json,
    seal_info,
    signed_message,
    slot_id,
    truncated,
)
from sync.bundle_stream import ChunkStream, ItemStream, Source
from sync.identity import PublicKeys, device_id
from sync.protocol import NewerBundleError
from sync.refusals import RefusalReason

TrustLookup = Callable[[str], bytes | None]
"""Maps a sender device id to its trusted raw Ed25519 public key, or None if not trusted.

It may also raise BundleError itself, e.g. BundleError(RefusalReason.REVOKED_SENDER, ...).
"""

_PREFIX_PIECE = 1024 * 1024


def _changed() -> BundleError:
    return BundleError(RefusalReason.CHANGED_WHILE_READING, "bundle changed while it was being read")


@dataclass(frozen=True, slots=True)
class _Checked:
    """What pass one established and pass two needs to re-check the same bytes."""

    key: bytes
    chunk_aad: bytes
    start: int
    payload_offset: int
    end: int
    limit: int | None  # the file's size when opened (None for a caller's file object)
    prefix_digest: bytes
    transcript_digest: bytes
    signature: bytes


def _read_magic_and_version(src: Source) -> None:
    head = src.read_upto(len(MAGIC))
    if not head or head != MAGIC[: len(head)]:
        raise not_a_bundle()
    if len(head) < len(MAGIC):
        raise truncated()
    version = int.from_bytes(src.read_exact(2), "big")
    if version > FORMAT_VERSION:
        # A newer release's container: kept until an upgrade reads it, not refused.
        raise NewerBundleError(None)
    if version != FORMAT_VERSION:
        raise BundleError(RefusalReason.UNKNOWN_FORMAT, f"unsupported bundle format version {version}")


@dataclass(frozen=True, slots=True)
class _Outer:
    """What the cleartext header yields for this device."""

    salt: bytes
    digest: bytes
    slot_ids: list[bytes]
    my_index: int
    key: bytes  # the AES-256-GCM key derived from the unsealed content key


def _read_outer(src: Source, my_device_id: str, my_kem_private: hpke.MLKEM768X25519PrivateKey) -> _Outer:
    """Cleartext header and outer hash; find and unseal this device's content key."""
    hasher = outer_hasher()
    _read_magic_and_version(src)
    hasher.update(MAGIC + FORMAT_VERSION.to_bytes(2, "big"))
    salt = src.read_exact(SALT_SIZE)
    raw_count = src.read_exact(2)
    hasher.update(salt + raw_count)
    count = int.from_bytes(raw_count, "big")
    if not 1 <= count <= MAX_RECIPIENTS:
        raise damaged("cleartext header")
    mine = slot_id(salt, my_device_id)
    slot_ids: list[bytes] = []
    my_sealed: bytes | None = None
    my_index = -1
    for index in range(count):
        sid = src.read_exact(SLOT_ID_SIZE)
        sealed = src.read_exact(SEALED_KEY_SIZE)
        hasher.update(sid + sealed)
        slot_ids.append(sid)
        if sid == mine and my_sealed is None:
            my_sealed, my_index = sealed, index
    digest = hasher.digest()
    if src.read_exact(HASH_SIZE) != digest:
        raise damaged("cleartext header")
    if my_sealed is None:
        raise BundleError(RefusalReason.NOT_ADDRESSED, "not addressed to this device")
    try:
        content_key = HPKE_SUITE.decrypt(my_sealed, my_kem_private, info=seal_info(salt, my_device_id))
    except (InvalidTag, ValueError):
        raise BundleError(
            RefusalReason.KEY_DOES_NOT_OPEN,
            "the content key sealed to this device does not open (tampered with, or not this device's key)",
        ) from None
    return _Outer(salt, digest, slot_ids, my_index, aead_key(content_key, salt))


def _read_header(src: Source, key: bytes, outer_digest: bytes) -> bytes:
    length = U32.unpack(src.read_exact(U32.size))[0]
    if not TAG_SIZE < length <= MAX_HEADER_RECORD_SIZE + TAG_SIZE:
        raise damaged("header")
    sealed = src.read_exact(length)
    try:
        return AESGCM(key).decrypt(nonce(0, final=False), sealed, header_aad(outer_digest))
    except InvalidTag:
        raise damaged("header") from None


def _check_recipients(record: HeaderRecord, outer: _Outer, me: str) -> None:
    # The cleartext slot ids must be exactly the blinded form of the signed recipient list.
    ids = record.recipient_ids
    consistent = (
        len(ids) == len(outer.slot_ids)
        and len(set(ids)) == len(ids)
        and all(slot_id(outer.salt, r) == s for r, s in zip(ids, outer.slot_ids, strict=True))
        and ids[outer.my_index] == me
    )
    if not consistent:
        raise damaged("recipient table")


def _trusted_key(record: HeaderRecord, lookup: TrustLookup) -> ed25519.Ed25519PublicKey:
    sender = record.sender_id
    if device_id(record.sender_keys) != sender:
        raise BundleError(RefusalReason.SENDER_MISMATCH, f"sender keys do not match sender id {sender}")
    trusted = lookup(sender)
    if trusted is None:
        raise BundleError(RefusalReason.UNTRUSTED_SENDER, f"untrusted sender {sender}")
    if trusted != record.sender_keys.signing:
        raise BundleError(
            RefusalReason.WRONG_SIGNING_KEY, f"sender {sender} signed with a key other than the trusted one"
        )
    return ed25519.Ed25519PublicKey.from_public_bytes(trusted)


def _read_signature(src: Source) -> bytes:
    signature = src.read_exact(SIGNATURE_SIZE, hashed=False)
    if src.read_upto(1, hashed=False):
        raise damaged("data after the signature")
    return signature


class OpenedBundle:
    """A bundle whose structure, chunk tags and signature all verified. Iterate `items()`.

    `header` (the sender's JSON object), `sender_device_id`, `sender_keys` and
    `recipient_ids` are authenticated. The file stays open so a file renamed over the path
    cannot be swapped in; close it, or use the bundle as a context manager.
    """

    def __init__(
        self,
        f: BinaryIO,
        *,
        owns_file: bool,
        record: HeaderRecord,
        header: dict[str, Any],
        checked: _Checked,
    ) -> None:
        self._f = f
        self._owns_file = owns_file
        self._checked = checked
        self._closed = False
        self.header: dict[str, Any] = header
        self.sender_device_id: str = record.sender_id
        self.sender_keys: PublicKeys = record.sender_keys
        self.recipient_ids: tuple[str, ...] = record.recipient_ids
        self.size: int = checked.end - checked.start
        self.digest: str = checked.transcript_digest.hex()

    def items(self) -> Iterator[bytes]:
        """The items in order, decrypted and decompressed from the file as they are consumed.

        Every chunk is re-checked, so this raises BundleError if the file changed after it
        was opened, or if a validly signed payload is malformed. A change near the end may
        only show after the last item: apply items in one transaction and commit only once
        this iterator is exhausted.
        """
        if self._closed:
            raise ValueError("bundle is closed")
        return self._iterate()

    def _iterate(self) -> Iterator[bytes]:
        checked = self._checked
        src = Source(self._f, checked.start, checked.limit)
        try:
            while src.position < checked.payload_offset:
                src.read_exact(min(checked.payload_offset - src.position, _PREFIX_PIECE))
            if src.transcript.digest() != checked.prefix_digest:
                raise _changed()
            stream = ItemStream(ChunkStream(src, checked.key, checked.chunk_aad))
            while (item := stream.next_item()) is not None:
                yield item
            if src.transcript.digest() != checked.transcript_digest:
                raise _changed()
            if _read_signature(src) != checked.signature:
                raise _changed()
        except BundleError as exc:
            if exc.code is RefusalReason.TRUNCATED:
                raise _changed() from None
            raise

    def close(self) -> None:
        """Release the file (only if `open_bundle` opened it)."""
        if not self._closed and self._owns_file:
            self._f.close()
        self._closed = True

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _verify(
    f: BinaryIO,
    *,
    owns_file: bool,
    limit: int | None,
    my_device_id: str,
    my_kem_private: hpke.MLKEM768X25519PrivateKey,
    lookup: TrustLookup,
) -> OpenedBundle:
    start = f.tell()
    src = Source(f, start, limit)
    outer = _read_outer(src, my_device_id, my_kem_private)
    record_bytes = _read_header(src, outer.key, outer.digest)
    record = decode_header_record(record_bytes)
    _check_recipients(record, outer, my_device_id)
    verifier = _trusted_key(record, lookup)

    payload_offset = src.position
    prefix_digest = src.transcript.digest()
    aad = chunk_aad(outer.digest, record_bytes)
    # Tags only: nothing from the payload is decompressed or parsed before the signature
    # has verified, so only the trusted sender can make this device parse anything there.
    ChunkStream(src, outer.key, aad).drain()
    transcript_digest = src.transcript.digest()
    signature = _read_signature(src)
    try:
        verifier.verify(signature, signed_message(transcript_digest))
    except InvalidSignature:
        raise BundleError(RefusalReason.BAD_SIGNATURE, "signature does not verify") from None
    header = parse_header_json(record.header_json)

    checked = _Checked(
        key=outer.key,
        chunk_aad=aad,
        start=start,
        payload_offset=payload_offset,
        end=src.position,
        limit=limit,
        prefix_digest=prefix_digest,
        transcript_digest=transcript_digest,
        signature=signature,
    )
    return OpenedBundle(f, owns_file=owns_file, record=record, header=header, checked=checked)


def open_bundle(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    my_device_id: str,
    my_kem_private: hpke.MLKEM768X25519PrivateKey,
    trusted_signing_key_lookup: TrustLookup,
) -> OpenedBundle:
    """Verify a whole bundle addressed to this device and return it opened, or refuse it.

    Streams once over the file in constant memory. Raises BundleError with a one-line
    reason for anything but a complete, untouched bundle addressed to `my_device_id` and
    signed by a sender that `trusted_signing_key_lookup` trusts (also for a path that is not a
    regular file: a FIFO, a device, a folder); OSError if the file cannot be read. `source`
    may be a path (opened here, closed by `OpenedBundle.close`) or a seekable binary file
    object (left open; read from its current position).
    """
    owns_file = isinstance(source, str | os.PathLike)
    f: BinaryIO
    limit: int | None = None
    if isinstance(source, str | os.PathLike):
        # The handle outlives this call, owned by the OpenedBundle. Only a regular file is
        # read, and never beyond the size it had when opened.
        f, limit = open_regular(Path(source))
    else:
        f = source
        if not f.seekable():
            raise ValueError("open_bundle needs a seekable file")
    try:
        return _verify(
            f,
            owns_file=owns_file,
            limit=limit,
            my_device_id=my_device_id,
            my_kem_private=my_kem_private,
            lookup=trusted_signing_key_lookup,
        )
    except BaseException:
        if owns_file:
            f.close()
        raise
