"""Names of the bundles a folder exchange leaves in a shared folder: they reveal nothing.

0.1.0 and 0.2.0 named them `<sender id>-to-<recipient id>-<time>.liaison`, which undid the
blinded recipient slots of the format: anyone who saw the stick learnt who sends to whom.
A name is now 32 hex digits: 8 random bytes and an 8-byte tag that only the writing device
can compute (a keyed hash of the random part and the recipient's id, under a key derived
from the device's signing key). The writer recognises its own earlier bundle for a peer by
the tag and replaces it; to everyone else a name is random. Readers never look at names:
they try every `*.liaison` file against the blinded slots inside it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SUFFIX = ".liaison"
_NONCE_BYTES = 8
_TAG_BYTES = 8
_NAME = re.compile(r"^([0-9a-f]{16})([0-9a-f]{16})\.liaison$")
_KEY_INFO = b"liaison-folder-names/1 key"
_TAG_DOMAIN = b"liaison-folder-names/1 tag"


def name_key(signing_private: bytes) -> bytes:
    """The key that tags this device's outbox names (derived, so the signing key is never
    used for anything but signing)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO).derive(signing_private)


def _tag(key: bytes, nonce: bytes, recipient: str) -> bytes:
    message = _TAG_DOMAIN + nonce + recipient.encode("ascii")
    return hmac.new(key, message, hashlib.sha256).digest()[:_TAG_BYTES]


def new_name(key: bytes, recipient: str) -> str:
    """A fresh file name for a bundle to `recipient`: random to anyone without `key`."""
    nonce = secrets.token_bytes(_NONCE_BYTES)
    return (nonce + _tag(key, nonce, recipient)).hex() + SUFFIX


def written_for(key: bytes, name: str, recipient: str) -> bool:
    """Whether `name` is one this device (holder of `key`) gave a bundle to `recipient`."""
    match = _NAME.match(name)
    if match is None:
        return False
    nonce, tag = bytes.fromhex(match[1]), bytes.fromhex(match[2])
    return hmac.compare_digest(tag, _tag(key, nonce, recipient))


def legacy_name_prefix(sender: str, recipient: str) -> str:
    """How 0.1.0 and 0.2.0 began the name of a bundle from `sender` to `recipient` (such a
    file of ours left in an outbox is replaced like any other)."""
    return f"{sender[:10]}-to-{recipient[:10]}-"
