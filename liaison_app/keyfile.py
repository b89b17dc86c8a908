"""Envelope keys, like LUKS key slots.

A random 256-bit data key opens the database. It is stored only wrapped (AES-256-GCM):
once under a key derived from the passphrase with Argon2id, once under a recovery key
shown a single time at init. Changing the passphrase rewraps the data key; the database
is never rewritten. The file holds KDF parameters and wrapped keys, nothing else.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from liaison_app import disk
from liaison_app.errors import AccessDeniedError, ProfileError, ValidationError, WrongSecretError

log = logging.getLogger(__name__)

FORMAT = "liaison-keyfile/1"
DATA_KEY_BYTES = 32
MIN_MEMORY_MIB = 8
MIN_ITERATIONS = 1
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_RECOVERY_CHARS = 32  # 160 bits
_RECOVERY_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True, slots=True)
class KdfCost:
    """Argon2id cost: memory in MiB and passes (lanes are fixed at 4)."""

    memory_mib: int = 64
    iterations: int = 3

    def __post_init__(self) -> None:
        if self.memory_mib < MIN_MEMORY_MIB:
            raise ValidationError(f"kdf memory: at least {MIN_MEMORY_MIB} MiB")
        if self.iterations < MIN_ITERATIONS:
            raise ValidationError(f"kdf iterations: at least {MIN_ITERATIONS}")


LANES = 4


@dataclass(frozen=True, slots=True)
class Slot:
    """One wrapped copy of the data key."""

    kind: str  # "passphrase" or "recovery"
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }


@dataclass(frozen=True, slots=True)
class KeyFile:
    """The parsed key file: one passphrase slot and one recovery slot."""

    passphrase: Slot
    recovery: Slot

    @property
    def kdf_cost(self) -> KdfCost:
        return KdfCost(self.passphrase.kdf["memory_kib"] // 1024, self.passphrase.kdf["iterations"])


def new_data_key() -> bytes:
    """A fresh random key for a new database."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """160 random bits written as 8 groups of 4 Crockford base32 characters."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_CHARS))
    return "-".join(chars[i : i + 4] for i in range(0, _RECOVERY_CHARS, 4))


def create(data_key: bytes, passphrase: str, recovery_key: str, cost: KdfCost) -> KeyFile:
    """Wrap `data_key` under the passphrase and the recovery key."""
    return KeyFile(
        passphrase=_passphrase_slot(data_key, passphrase, cost),
        recovery=_recovery_slot(data_key, recovery_key),
    )


def rewrap_passphrase(
    keyfile: KeyFile, data_key: bytes, passphrase: str, cost: KdfCost | None = None
) -> KeyFile:
    """The same key file with the passphrase slot replaced (recovery slot kept)."""
    cost = cost or keyfile.kdf_cost
    log.info("passphrase slot rewrapped (kdf %d MiB, %d iterations)", cost.memory_mib, cost.iterations)
    return KeyFile(
        passphrase=_passphrase_slot(data_key, passphrase, cost),
        recovery=keyfile.recovery,
    )


def unlock(keyfile: KeyFile, passphrase: str) -> bytes:
    """The data key, or WrongSecretError."""
    slot = keyfile.passphrase
    kek = _argon2(passphrase, slot.kdf)
    return _unwrap(slot, kek, "wrong passphrase")


def unlock_with_recovery(keyfile: KeyFile, recovery_key: str) -> bytes:
    """The data key from the recovery key, or WrongSecretError."""
    slot = keyfile.recovery
    log.info("recovery key used to unlock the data key")
    kek = _hkdf(_recovery_bytes(recovery_key), base64.b64decode(slot.kdf["salt"]))
    return _unwrap(slot, kek, "wrong recovery key")


def load(path: Path) -> KeyFile:
    """Read and check a key file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"no profile at {path.parent} (run 'liaison init' first)") from None
    except PermissionError:
        raise AccessDeniedError(f"permission denied: cannot read the key file {path}") from None
    except (OSError, ValueError) as exc:
        raise ProfileError(f"key file {path} is unreadable: {exc}") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ProfileError(f"key file {path} is not a {FORMAT} file")
    try:
        slots = {
            s["type"]: Slot(s["type"], s["kdf"], _unb64(s["nonce"]), _unb64(s["wrapped_key"]))
            for s in raw["slots"]
        }
        return KeyFile(passphrase=slots["passphrase"], recovery=slots["recovery"])
    except (KeyError, TypeError, ValueError):
        raise ProfileError(f"key file {path} is damaged") from None


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half."""
    document = {
        "format": FORMAT,
        "slots": [keyfile.passphrase.to_json(), keyfile.recovery.to_json()],
    }
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException as exc:
        # A full disk (or a kill) must not leave a 0-byte or half key file behind; the old
        # key file is untouched until the rename.
        tmp.unlink(missing_ok=True)
        if disk.is_full(exc, path.parent):
            log.warning("key file %s not saved: the disk is full", path)
            raise disk.full_error(path.parent) from None
        raise
    _fsync_directory(path.parent)
    log.info("key file %s saved", path)


def _fsync_directory(directory: Path) -> None:
    # The rename is durable only once the folder's entry is on disk.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _passphrase_slot(data_key: bytes, passphrase: str, cost: KdfCost) -> Slot:
    if not passphrase:
        raise ValidationError("passphrase: must not be empty")
    kdf = {
        "name": "argon2id",
        "memory_kib": cost.memory_mib * 1024,
        "iterations": cost.iterations,
        "lanes": LANES,
        "salt": _b64(secrets.token_bytes(16)),
    }
    return _wrap("passphrase", kdf, data_key, _argon2(passphrase, kdf))


def _recovery_slot(data_key: bytes, recovery_key: str) -> Slot:
    salt = secrets.token_bytes(16)
    kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    return _wrap("recovery", kdf, data_key, _hkdf(_recovery_bytes(recovery_key), salt))


def _wrap(kind: str, kdf: dict[str, Any], data_key: bytes, kek: bytes) -> Slot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(kind))
    return Slot(kind, kdf, nonce, wrapped)


def _unwrap(slot: Slot, kek: bytes, message: str) -> bytes:
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(slot.kind))
    except InvalidTag:
        if slot.kind == "recovery":  # literal messages: the diagnostics log withholds str args
            log.warning("the recovery slot refused the recovery key given")
        else:
            log.warning("the passphrase slot refused the passphrase given")
        raise WrongSecretError(message) from None


def _aad(kind: str) -> bytes:
    # Binds each wrapped key to its slot type, so slots cannot be swapped around.
    return f"{FORMAT}|{kind}".encode()


def _argon2(passphrase: str, kdf: dict[str, Any]) -> bytes:
    return Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(passphrase.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=FORMAT.encode() + b"|recovery").derive(
        secret
    )


def _recovery_bytes(recovery_key: str) -> bytes:
    """Normalise what was typed (case, dashes, spaces, look-alike letters) to the key's bits."""
    chars = "".join(c for c in recovery_key.upper() if c.isalnum()).translate(_RECOVERY_ALIASES)
    if len(chars) != _RECOVERY_CHARS or any(c not in _RECOVERY_ALPHABET for c in chars):
        raise WrongSecretError("wrong recovery key (expected 8 groups of 4 characters)")
    number = 0
    for c in chars:
        number = number * 32 + _RECOVERY_ALPHABET.index(c)
    return number.to_bytes(_RECOVERY_CHARS * 5 // 8, "big")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
