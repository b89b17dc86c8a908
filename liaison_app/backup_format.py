"""The backup file: a container around an encrypted copy of the profile's database.

Layout (integers big-endian; docs/BACKUP.md is the specification):

    magic    8 bytes  b"LIAISBAK"
    version  1 byte   1
    hlen     4 bytes  length of the header
    header   hlen     UTF-8 JSON {"format": "liaison-backup/1", "keyfile": "<keys.json text>"}
    dlen     8 bytes  length of the database
    database dlen     the SQLCipher 4 file, encrypted page by page under the profile's data key
    checksum 32 bytes SHA-256 of every byte before it

Nothing in it is readable without the passphrase or the recovery key: the header holds only
the key file (wrapped keys and KDF parameters, as in the profile folder), and the database
is the SQLCipher file itself. The checksum finds accidental damage before any secret is
asked for; tampering is caught by the wrapped key's AES-GCM tag and SQLCipher's per-page HMAC.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from liaison_app.errors import LiaisonError

MAGIC = b"LIAISBAK"
VERSION = 1
FORMAT = "liaison-backup/1"
SUFFIX = ".liaisonbackup"
MAX_HEADER_BYTES = 64 * 1024  # a key file is under 1 KiB; a bound keeps a hostile length harmless
CHECKSUM_BYTES = 32
_PREFIX = struct.Struct(">8sBI")  # magic, version, header length
_DB_LENGTH = struct.Struct(">Q")
_CHUNK = 1 << 20


class BackupRefusal(StrEnum):
    """Why a backup file (or a place to restore it) was refused: decide on this, not the text."""

    UNREADABLE = "unreadable"  # missing, a folder, a FIFO, no permission
    NOT_A_BACKUP = "not_a_backup"  # no Liaison backup magic: some other file
    NEWER_FORMAT = "newer_format"  # a container version this release does not read
    NEWER_SCHEMA = "newer_schema"  # a database written by a newer Liaison
    DAMAGED = "damaged"  # truncated, altered or failing a check after unlocking
    TARGET_NOT_EMPTY = "target_not_empty"  # the folder holds files that are not a profile
    TARGET_HAS_PROFILE = "target_has_profile"  # a profile is there and --force was not given


class BackupError(LiaisonError):
    """A backup file that cannot be restored, or a restore target refused; nothing was changed."""

    exit_code = 1

    def __init__(self, message: str, code: BackupRefusal) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the parts of a structurally sound backup file lie."""

    path: Path
    keyfile_text: str
    db_offset: int
    db_length: int
    size: int


def write(target: Path, *, keyfile_text: str, database: Path, progress: Callable[[int, int], None]) -> str:
    """Write the container to `target` (mode 0600, fsynced); returns the checksum's hex."""
    header = json.dumps({"format": FORMAT, "keyfile": keyfile_text}, sort_keys=True).encode()
    length = database.stat().st_size
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, database.open("rb") as source:

        def put(data: bytes) -> None:
            digest.update(data)
            out.write(data)

        put(_PREFIX.pack(MAGIC, VERSION, len(header)) + header + _DB_LENGTH.pack(length))
        done = 0
        while chunk := source.read(_CHUNK):
            put(chunk)
            done += len(chunk)
            progress(done, length)
        if done != length:
            raise OSError(f"the database copy changed size while it was written ({done} of {length})")
        out.write(digest.digest())
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def read_layout(path: Path) -> Layout:
    """Check magic, version and lengths (no secret needed); BackupError if they do not hold."""
    if not path.is_file():  # a FIFO or device would block a read forever
        raise BackupError(f"{path} is not a readable file", BackupRefusal.UNREADABLE)
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            prefix = fh.read(_PREFIX.size)
            if len(prefix) < len(MAGIC) or not prefix.startswith(MAGIC):
                raise BackupError(f"{path} is not a Liaison backup", BackupRefusal.NOT_A_BACKUP)
            if len(prefix) < _PREFIX.size:
                raise _damaged(path, "it is truncated")
            _magic, version, header_length = _PREFIX.unpack(prefix)
            if version != VERSION:
                raise BackupError(
                    f"{path} is a backup in format {version}, newer than this Liaison reads ({VERSION});"
                    " upgrade to restore it",
                    BackupRefusal.NEWER_FORMAT,
                )
            if header_length > MAX_HEADER_BYTES:
                raise _damaged(path, "its header length is impossible")
            header = fh.read(header_length)
            length_bytes = fh.read(_DB_LENGTH.size)
    except OSError as exc:
        raise BackupError(f"{path} cannot be read ({exc.strerror})", BackupRefusal.UNREADABLE) from None
    if len(header) < header_length or len(length_bytes) < _DB_LENGTH.size:
        raise _damaged(path, "it is truncated")
    (db_length,) = _DB_LENGTH.unpack(length_bytes)
    db_offset = _PREFIX.size + header_length + _DB_LENGTH.size
    if db_offset + db_length + CHECKSUM_BYTES != size:
        raise _damaged(
            path, "it is truncated" if db_offset + db_length + CHECKSUM_BYTES > size else "it has extra bytes"
        )
    return Layout(path, _keyfile_text(path, header), db_offset, db_length, size)


def verify_checksum(layout: Layout, progress: Callable[[int, int], None] | None = None) -> str:
    """Read the whole file and compare its checksum; returns it (hex) or raises BackupError."""
    digest = hashlib.sha256()
    body = layout.size - CHECKSUM_BYTES
    try:
        with layout.path.open("rb") as fh:
            done = 0
            while done < body:
                chunk = fh.read(min(_CHUNK, body - done))
                if not chunk:
                    raise _damaged(layout.path, "it is truncated")
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, body)
            stored = fh.read(CHECKSUM_BYTES)
    except OSError as exc:
        raise BackupError(
            f"{layout.path} cannot be read ({exc.strerror})", BackupRefusal.UNREADABLE
        ) from None
    if stored != digest.digest():
        raise _damaged(layout.path, "its checksum does not match")
    return digest.hexdigest()


def extract_database(layout: Layout, target: Path, progress: Callable[[int, int], None]) -> None:
    """Copy the database part to `target` (created 0600, fsynced)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, layout.path.open("rb") as fh:
        fh.seek(layout.db_offset)
        done = 0
        while done < layout.db_length:
            chunk = fh.read(min(_CHUNK, layout.db_length - done))
            if not chunk:
                raise _damaged(layout.path, "it is truncated")
            out.write(chunk)
            done += len(chunk)
            progress(done, layout.db_length)
        out.flush()
        os.fsync(out.fileno())


def _keyfile_text(path: Path, header: bytes) -> str:
    try:
        document = json.loads(header.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(path, "its header is unreadable") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _damaged(path, "its header is not a backup header")
    text = document.get("keyfile")
    if not isinstance(text, str):
        raise _damaged(path, "its header lacks the key file")
    return text


def _damaged(path: Path, why: str) -> BackupError:
    return BackupError(f"the backup {path} is damaged ({why}); nothing was changed", BackupRefusal.DAMAGED)
