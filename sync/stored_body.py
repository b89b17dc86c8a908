"""Changeset bodies at rest: compressed with zstd in `sync_changeset.body` when that pays.

The signature covers the body as its origin wrote it, so the store must give back those exact
bytes to relay it: a stored body is either verbatim (canonical JSON, which begins with `{`,
as a previous release stored every body) or a zstd frame, told apart by the frame's magic
number, which no body that travels may begin with (`travels_verbatim`).
"""

from __future__ import annotations

import threading

import zstandard

# The zstd frame magic number, as the frame begins with it (little-endian 0xFD2FB528).
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
LEVEL = 3  # zstd's default: about 4x on a bulk changeset at a few hundred MB/s
# A body is stored compressed only if that saves a quarter of it (a tiny body may not gain
# at all). db/migrations/v012_compressed_bodies.py applies the same rule to what it finds.
_MIN_SAVING = 0.25
# No stored body is larger than a changeset may be (sync.limits caps them at 8 MiB); the
# bound keeps a damaged frame from inflating without end.
MAX_BODY_BYTES = 64 * 1024 * 1024

_local = threading.local()  # zstd contexts are not to be shared between threads


def pack(raw: bytes) -> bytes:
    """The form in which `raw` (a body as signed) is kept in the store."""
    packed = _compressor().compress(raw)
    return packed if len(packed) <= len(raw) * (1 - _MIN_SAVING) else raw


def unpack(stored: bytes) -> bytes:
    """The body exactly as its origin signed it, from its stored form (either form)."""
    stored = bytes(stored)
    if not is_packed(stored):
        return stored
    try:
        return _decompressor().decompress(stored, max_output_size=MAX_BODY_BYTES)
    except zstandard.ZstdError as exc:
        raise ValueError(f"damaged stored changeset body ({exc})") from None


def is_packed(data: bytes) -> bool:
    """Whether `data` is a compressed stored body rather than a body as signed."""
    return data[:4] == ZSTD_MAGIC


def travels_verbatim(raw: bytes) -> bool:
    """Whether a received body can be kept so that `unpack` gives back exactly these bytes."""
    return not is_packed(raw)


def _compressor() -> zstandard.ZstdCompressor:
    found: zstandard.ZstdCompressor | None = getattr(_local, "compressor", None)
    if found is None:
        found = _local.compressor = zstandard.ZstdCompressor(level=LEVEL)
    return found


def _decompressor() -> zstandard.ZstdDecompressor:
    found: zstandard.ZstdDecompressor | None = getattr(_local, "decompressor", None)
    if found is None:
        found = _local.decompressor = zstandard.ZstdDecompressor()
    return found
