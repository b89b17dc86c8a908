"""Bundles written by a newer Liaison than this one: kept inside the profile until an
upgrade reads them.

A held bundle is copied byte for byte (it is encrypted already) to `PROFILE/held/`, named
after the protocol of the release that held it and the file's SHA-256, so holding the same
file twice keeps one copy. A release whose protocol is newer than the one in the name tries
it again by itself; until then nothing reads it.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sync import protocol

FOLDER = "held"
SUFFIX = ".liaison"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class HeldFile:
    """A held copy: where it is and the protocol of the release that could not read it."""

    path: Path
    held_at_protocol: int
    digest: str

    def due(self) -> bool:
        """Whether this release speaks a newer protocol than the one that held the file."""
        return self.held_at_protocol < protocol.PROTOCOL


def hold(profile_dir: Path, source: Path) -> HeldFile:
    """Keep a copy of `source` in the profile (once per distinct file); returns the copy.

    Copied and hashed in chunks: a bundle may be large, memory stays bounded.
    """
    folder = profile_dir / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    # Written aside, then renamed: a half-copied file never looks like a held bundle.
    partial = folder / f".{secrets.token_hex(8)}.partial"
    digest = hashlib.sha256()
    try:
        # Private like the database (a held bundle is encrypted, but who sent it is not).
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with source.open("rb") as src, os.fdopen(descriptor, "wb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        name = digest.hexdigest()
        for held in held_files(profile_dir):
            if held.digest == name:
                return held
        target = folder / f"p{protocol.PROTOCOL}-{name}{SUFFIX}"
        partial.replace(target)
        return HeldFile(target, protocol.PROTOCOL, name)
    finally:
        partial.unlink(missing_ok=True)


def held_files(profile_dir: Path) -> list[HeldFile]:
    """Every held copy in the profile, oldest protocol first."""
    found = []
    for path in (profile_dir / FOLDER).glob(f"p*-*{SUFFIX}"):
        number, _, digest = path.name.removesuffix(SUFFIX).partition("-")
        if number[1:].isdigit() and len(digest) == 64:
            found.append(HeldFile(path, int(number[1:]), digest))
    return sorted(found, key=lambda h: (h.held_at_protocol, h.path.name))


def still_held(held: HeldFile) -> HeldFile:
    """Mark a copy as tried by this release (it is still too new): renamed to our protocol."""
    target = held.path.with_name(f"p{protocol.PROTOCOL}-{held.digest}{SUFFIX}")
    held.path.replace(target)
    return HeldFile(target, protocol.PROTOCOL, held.digest)


def release(held: HeldFile) -> None:
    """Forget a copy that was read (or refused for good)."""
    held.path.unlink(missing_ok=True)
