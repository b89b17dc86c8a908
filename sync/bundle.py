"""Bundles: the signed, encrypted, streamed files that carry changesets between devices.

A bundle is addressed to one or more devices (the content key is sealed to each with HPKE,
hybrid ML-KEM-768 + X25519, so files captured today stay confidential against a future
quantum computer), signed by the sending device with Ed25519, and read and written in
constant memory. The byte layout is in docs/BUNDLE_FORMAT.md. This module is the public
face; the work is done in bundle_format, bundle_write, bundle_read and bundle_stream.

    info = write_bundle(path, sender=me, header={...}, recipients=[hq_keys], items=changesets)

    with open_bundle(path, my_device_id=me.device_id, my_kem_private=kem_private_key(me),
                     trusted_signing_key_lookup=signing_key_of_trusted_peer) as bundle:
        # Everything is verified here, nothing applied yet; bundle.header is authenticated.
        with transaction:
            for item in bundle.items():  # may still raise BundleError: roll back
                apply(item)
"""

from __future__ import annotations

from sync.bundle_format import (
    CHUNK_SIZE,
    FORMAT_VERSION,
    MAGIC,
    MAX_HEADER_JSON_SIZE,
    MAX_ITEM_SIZE,
    MAX_RECIPIENTS,
    BundleError,
    BundleInfo,
    kem_private_key,
    kem_public_key,
    recipient_count,
)
from sync.bundle_read import OpenedBundle, TrustLookup, open_bundle
from sync.bundle_write import write_bundle
from sync.refusals import RefusalReason

__all__ = [
    "CHUNK_SIZE",
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_HEADER_JSON_SIZE",
    "MAX_ITEM_SIZE",
    "MAX_RECIPIENTS",
    "BundleError",
    "BundleInfo",
    "OpenedBundle",
    "RefusalReason",
    "TrustLookup",
    "kem_private_key",
    "kem_public_key",
    "open_bundle",
    "recipient_count",
    "write_bundle",
]
