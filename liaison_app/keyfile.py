"""Envelope keys, like LUKS key slots.

A random 256-bit data key opens the database. It is stored only wrapped (AES-256-GCM):
once under a key derived from the passphrase with Argon2id, once under a recovery key
shown a single time at init. Changing the passphrase rewraps the data key; the database
is never rewritten. The file holds KDF parameters and wrapped keys, nothing else.

An optional duress slot wraps no key: it recognises the duress passphrase (a token sealed
under the key Argon2id derives from it, with its own salt at the passphrase slot's cost).
While one is set, every passphrase tried is derived against both slots, so a right, a wrong
and the duress passphrase cost the same (`attempt`); liaison_app/duress.py does the rest.
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
DURESS = "duress"


@dataclass(frozen=True, slots=True)
class Slot:
    """One wrapped copy of the data key."""

    kind: str  # "passphrase", "recovery" or "duress"
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
    """The parsed key file: one passphrase slot, one recovery slot, maybe a duress slot."""

    passphrase: Slot
    recovery: Slot
    duress: Slot | None = None

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
        duress=keyfile.duress,
    )


@dataclass(frozen=True, slots=True)
class Attempt:
    """A passphrase tried: the data key it opens, or (`duress`) the key the duress slot's
    derivation gave, which wraps the key of the profile put in place of this one."""

    data_key: bytes | None = None
    duress_kek: bytes | None = None
    duress_kdf: dict[str, Any] | None = None

    @property
    def duress(self) -> bool:
        """Whether the duress passphrase was given."""
        return self.duress_kek is not None


def attempt(keyfile: KeyFile, passphrase: str) -> Attempt:
    """Try `passphrase`: the data key, the duress passphrase recognised, or WrongSecretError.
    Both slots' keys are derived whatever the passphrase, so all three outcomes cost alike."""
    kek = _argon2(passphrase, keyfile.passphrase.kdf)
    duress_kek = None if keyfile.duress is None else _argon2(passphrase, keyfile.duress.kdf)
    if keyfile.duress is not None and duress_kek is not None and _opens(keyfile.duress, duress_kek):
        log.warning("the duress passphrase was given")
        return Attempt(duress_kek=duress_kek, duress_kdf=keyfile.duress.kdf)
    return Attempt(data_key=_unwrap(keyfile.passphrase, kek, "wrong passphrase"))


def with_duress(keyfile: KeyFile, duress_passphrase: str) -> KeyFile:
    """The same key file with a duress slot for `duress_passphrase` (at the passphrase's cost)."""
    cost = keyfile.kdf_cost
    kdf = _argon2_params(cost)
    slot = _wrap(DURESS, kdf, secrets.token_bytes(DATA_KEY_BYTES), _argon2(duress_passphrase, kdf))
    log.info("duress slot set")
    return KeyFile(passphrase=keyfile.passphrase, recovery=keyfile.recovery, duress=slot)


def is_duress(keyfile: KeyFile, passphrase: str) -> bool:
    """Whether `passphrase` is the duress passphrase (False when none is set)."""
    slot = keyfile.duress
    return slot is not None and _opens(slot, _argon2(passphrase, slot.kdf))


def without_duress(keyfile: KeyFile) -> KeyFile:
    """The same key file with no duress slot."""
    return KeyFile(passphrase=keyfile.passphrase, recovery=keyfile.recovery)


def passphrase_slot_from(kek: bytes, kdf: dict[str, Any], data_key: bytes) -> Slot:
    """A passphrase slot wrapping `data_key` under a key already derived with `kdf` (the
    profile put in place under duress opens with the duress passphrase, at no second cost)."""
    return _wrap("passphrase", kdf, data_key, kek)


def _opens(slot: Slot, kek: bytes) -> bool:
    try:
        AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(slot.kind))
    except InvalidTag:
        return False
    return True


def unlock(keyfile: KeyFile, passphrase: str) -> bytes:
    """The data key, or WrongSecretError (the duress passphrase, here, is a wrong one)."""
    found = attempt(keyfile, passphrase)
    if found.data_key is None:
        raise WrongSecretError("wrong passphrase")
    return found.data_key


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
        return KeyFile(passphrase=slots["passphrase"], recovery=slots["recovery"], duress=slots.get(DURESS))
    except (KeyError, TypeError, ValueError):
        raise ProfileError(f"key file {path} is damaged") from None


def save(path: Path, keyfile: KeyFile) -> None:
    """Write atomically: a crash leaves either the old file or the new one, never half."""
    document = {
        "format": FORMAT,
        "slots": [
            s.to_json() for s in (keyfile.passphrase, keyfile.recovery, keyfile.duress) if s is not None
        ],
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
    kdf = _argon2_params(cost)
    return _wrap("passphrase", kdf, data_key, _argon2(passphrase, kdf))


def _argon2_params(cost: KdfCost) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "memory_kib": cost.memory_mib * 1024,
        "iterations": cost.iterations,
        "lanes": LANES,
        "salt": _b64(secrets.token_bytes(16)),
    }


def recovery_slot(data_key: bytes, recovery_key: str) -> Slot:
    """A recovery slot wrapping `data_key` under `recovery_key` (no Argon2id: the key is random)."""
    return _recovery_slot(data_key, recovery_key)


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
