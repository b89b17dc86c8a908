"""Streaming pieces of the bundle reader: hashed file reads, chunk decryption, item framing.

Each class holds at most one chunk or one item at a time, which is what keeps reading a
bundle of any size in bounded memory.
"""

from __future__ import annotations

import hashlib
from typing import IO, BinaryIO, cast

import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.bundle_format import (
    CHUNK_HEAD,
    CHUNK_SIZE,
    END_OF_ITEMS,
    FLAG_FINAL,
    FLAG_MORE,
    MAX_ITEM_SIZE,
    MAX_ZSTD_WINDOW,
    TAG_SIZE,
    U32,
    U64,
    damaged,
    nonce,
    truncated,
)

_READ_PIECE = 64 * 1024


class Source:
    """Reads from a fixed position on, feeding the transcript hash the signature covers.

    It seeks before every read, so two readers may share one file handle without mixing up
    their positions.
    """

    def __init__(self, f: BinaryIO, position: int, end: int | None = None) -> None:
        self._f = f
        self.position = position
        # Nothing past `end` (the file's size when it was opened) is read: a file that keeps
        # growing while it is read cannot keep the reader busy for ever.
        self._end = end
        self.transcript = hashlib.sha256()

    def read_upto(self, n: int, *, hashed: bool = True) -> bytes:
        self._f.seek(self.position)
        if self._end is not None:
            n = max(0, min(n, self._end - self.position))
        parts = []
        need = n
        while need > 0:
            data = self._f.read(need)
            if not data:
                break
            parts.append(data)
            need -= len(data)
        out = b"".join(parts)
        if hashed:
            self.transcript.update(out)
        self.position += len(out)
        return out

    def read_exact(self, n: int, *, hashed: bool = True) -> bytes:
        out = self.read_upto(n, hashed=hashed)
        if len(out) != n:
            raise truncated()
        return out


class ChunkStream:
    """The decrypted payload as a file-like source for zstd; each chunk checked before use."""

    def __init__(self, src: Source, key: bytes, aad: bytes) -> None:
        self._src = src
        self._aead = AESGCM(key)
        self._aad = aad
        self._counter = 1
        self._plain = b""
        self._pos = 0
        self.finished = False

    def read(self, size: int = -1) -> bytes:
        while self._pos >= len(self._plain):
            if self.finished:
                return b""
            self._next_chunk()
        if self._pos == 0 and (size < 0 or size >= len(self._plain)):
            out = self._plain
        else:
            end = len(self._plain) if size < 0 else self._pos + size
            out = self._plain[self._pos : end]
        self._pos += len(out)
        return out

    def drain(self) -> None:
        """Check every remaining chunk up to and including the final one."""
        while not self.finished:
            self._next_chunk()
        self._plain = b""

    def _next_chunk(self) -> None:
        k = self._counter
        flag, length = CHUNK_HEAD.unpack(self._src.read_exact(CHUNK_HEAD.size))
        final = flag == FLAG_FINAL
        if final:
            well_formed = TAG_SIZE < length <= CHUNK_SIZE + TAG_SIZE
        else:
            well_formed = flag == FLAG_MORE and length == CHUNK_SIZE + TAG_SIZE
        if not well_formed:
            raise damaged(f"chunk {k}")
        sealed = self._src.read_exact(length)
        try:
            self._plain = self._aead.decrypt(nonce(k, final=final), sealed, self._aad)
        except InvalidTag:
            raise damaged(f"chunk {k}") from None
        self._pos = 0
        self._counter += 1
        self.finished = final


class ItemStream:
    """Splits the decompressed payload into items; holds at most one item and one buffer."""

    def __init__(self, chunks: ChunkStream) -> None:
        self._chunks = chunks
        decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_ZSTD_WINDOW)
        # read_across_frames: the payload may be several frames; without it a reader would
        # silently stop at the end of the first one.
        source = cast(IO[bytes], chunks)  # zstd only calls read(size)
        self._z = decompressor.stream_reader(source, read_size=CHUNK_SIZE, read_across_frames=True)
        self._buf = b""
        self._pos = 0
        self.count = 0

    def _zread(self, n: int) -> bytes:
        try:
            data: bytes = self._z.read(n)
        except zstandard.ZstdError:
            raise damaged("payload does not decompress") from None
        return data

    def _take(self, n: int) -> bytes:
        avail = len(self._buf) - self._pos
        if n <= avail:
            out = self._buf[self._pos : self._pos + n]
            self._pos += n
            return out
        parts = [self._buf[self._pos :]]
        need = n - avail
        self._buf, self._pos = b"", 0
        while need > 0:
            data = self._zread(max(need, _READ_PIECE))
            if not data:
                # zstd reports a frame cut short as a clean end: the end record catches it.
                raise damaged("payload ends early")
            if len(data) > need:
                parts.append(data[:need])
                self._buf, self._pos = data, need
                need = 0
            else:
                parts.append(data)
                need -= len(data)
        return b"".join(parts)

    def next_item(self) -> bytes | None:
        """The next item, or None once the end record has been checked."""
        (length,) = U32.unpack(self._take(U32.size))
        if length == END_OF_ITEMS:
            self._check_end()
            return None
        if length > MAX_ITEM_SIZE:
            raise damaged("payload item too large")
        self.count += 1
        return self._take(length)

    def _check_end(self) -> None:
        (count,) = U64.unpack(self._take(U64.size))
        if count != self.count:
            raise damaged("payload item count")
        if self._pos < len(self._buf) or self._zread(1) or not self._chunks.finished:
            raise damaged("payload continues after its end")
