"""Device key pairs and the device id derived from their public halves.

Each device has an Ed25519 key that signs what it writes and a hybrid ML-KEM-768 + X25519
key pair that bundles are sealed to. The device id is a hash of both public keys, so a
card (name + keys) cannot claim another device's id.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from db.models import LocalIdentity

_ID_DOMAIN = b"liaison-device-id/1"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """The public halves a peer needs: verify our signatures and seal bundles to us."""

    signing: bytes  # Ed25519, 32 bytes
    kem_mlkem: bytes  # ML-KEM-768 encapsulation key
    kem_x25519: bytes  # X25519, 32 bytes

    @property
    def device_id(self) -> str:
        return device_id(self)


def device_id(keys: PublicKeys) -> str:
    """A 26-character base32 name (130 bits) for the device holding these keys."""
    digest = hashlib.sha256(_ID_DOMAIN + keys.signing + keys.kem_mlkem + keys.kem_x25519).digest()
    return base64.b32encode(digest).decode("ascii")[:26].lower()


def generate() -> LocalIdentity:
    """Fresh key pairs for a new device, as the row stored in the encrypted database."""
    signing = ed25519.Ed25519PrivateKey.generate()
    seed = mlkem.MLKEM768PrivateKey.generate().private_bytes_raw()
    x_priv = x25519.X25519PrivateKey.generate()
    row = LocalIdentity(
        device_id="",
        signing_private=signing.private_bytes_raw(),
        kem_mlkem_seed=seed,
        kem_x25519_private=x_priv.private_bytes_raw(),
    )
    row.device_id = device_id(public_keys(row))
    return row


def public_keys(identity: LocalIdentity) -> PublicKeys:
    """The public halves of a stored identity."""
    signing = ed25519.Ed25519PrivateKey.from_private_bytes(identity.signing_private)
    kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(identity.kem_mlkem_seed)
    x_pub = x25519.X25519PrivateKey.from_private_bytes(identity.kem_x25519_private).public_key()
    return PublicKeys(
        signing=signing.public_key().public_bytes(*_RAW),
        kem_mlkem=kem.public_key().public_bytes(*_RAW),
        kem_x25519=x_pub.public_bytes(*_RAW),
    )
