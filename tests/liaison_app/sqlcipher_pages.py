"""Read a SQLCipher 4 file as an attacker with the key would: every page decrypted,
whatever SQLite thinks of it (free pages, pages of dropped tables, frames of the WAL).

The profile's database is keyed with a raw 32-byte key (db.engine: `PRAGMA key = "x'..'"`),
which SQLCipher uses as the AES-256 key itself (no KDF: that is for passphrases). Each page
of 4096 bytes ends in 80 reserved bytes: a 16-byte IV and a 64-byte HMAC-SHA512. The rest is
AES-256-CBC without padding; on page 1 the first 16 bytes are the file's salt, in the clear,
and the encryption covers bytes 16 to 4016. A WAL frame is a 24-byte header and one page
encrypted the same way, after the 32-byte WAL header.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, data: bytes, iv: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def decrypt_page(key: bytes, page: bytes, *, first: bool) -> bytes:
    """The plaintext of one encrypted page (page 1's salt left out)."""
    end = PAGE - RESERVE
    iv = page[end : end + IV]
    start = SALT if first else 0
    return _decrypt(key, page[start:end], iv)


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of a database file, decrypted, in file order."""
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        yield decrypt_page(key, data[offset : offset + PAGE], first=number == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of every frame in a WAL file (checkpointed or not), decrypted."""
    data = path.read_bytes() if path.exists() else b""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        number = int.from_bytes(data[offset : offset + 4], "big")
        yield decrypt_page(key, page, first=number == 1)
        offset += FRAME_HEADER + PAGE


def plaintexts(folder: Path, key: bytes) -> Iterator[tuple[Path, bytes]]:
    """Every file under `folder` as readable bytes: databases and WALs (`*.db`, `*.db-wal`)
    page by page decrypted, every other file as it is."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.endswith(".db"):
            yield from ((path, page) for page in database_pages(path, key))
        elif path.name.endswith(".db-wal"):
            yield from ((path, page) for page in wal_pages(path, key))
        else:
            yield path, path.read_bytes()


def holding(folder: Path, key: bytes, needle: bytes) -> list[str]:
    """The files under `folder` in which `needle` can be read (once each)."""
    return sorted({p.name for p, text in plaintexts(folder, key) if needle in text})
