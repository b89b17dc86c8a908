"""HQ's memory of what its last area export to a peer left out (sync.scope_memory): a Bloom
filter of record keys that never misses one, kept per peer, and forgotten when unreadable."""

from __future__ import annotations

import hashlib
import json
import struct

import numpy as np

from liaison_app.store import Store
from sync import scope_memory
from tests.sync.conftest import Factory, introduce


def test_every_record_entered_is_found_and_few_others_are() -> None:
    entered = [f"contact-{n}" for n in range(5_000)]
    bloom = scope_memory.Bloom(len(entered))
    bloom.add_keys(np.array([scope_memory.record_key(r) for r in entered], np.uint64))
    assert all(bloom.may_hold(r) for r in entered)
    strangers = sum(bloom.may_hold(f"meeting-{n}") for n in range(5_000))
    assert strangers < 5, "false hits are rare"
    assert not scope_memory.Bloom(10).holds_any([])


def _hq_and_officer(device: Factory) -> tuple[Store, str]:
    hq, anna = device("HQ", role="hq"), device("Anna")
    introduce(anna, hq)
    return hq, anna.author.device_id


def test_a_basis_saved_is_read_back_whole(device: Factory) -> None:
    hq, officer = _hq_and_officer(device)
    bloom = scope_memory.Bloom(100)
    bloom.add_keys(np.array([scope_memory.record_key("c1")], np.uint64))
    with hq.session() as s:
        scope_memory.save(s.connection(), officer, scope_memory.Basis("aud", {"o": [(3, 5)]}, bloom))
        loaded = scope_memory.load(s.connection(), officer)
    assert loaded is not None
    assert (loaded.audience, loaded.omitted, loaded.touched.count) == ("aud", {"o": [(3, 5)]}, 1)
    assert loaded.touched.may_hold("c1")


def test_a_basis_kept_by_an_earlier_release_is_not_trusted_and_the_next_export_decides_afresh(
    device: Factory,
) -> None:
    # As 0.2 kept it: no "keys" in the head, bits placed by a 16-byte blake2b of each id.
    hq, officer = _hq_and_officer(device)
    bits = bytearray(1024)
    digest = hashlib.blake2b(b"c1", digest_size=16).digest()
    h1, h2 = int.from_bytes(digest[:8], "big"), int.from_bytes(digest[8:], "big") | 1
    for i in range(7):
        p = (h1 + i * h2) % (len(bits) * 8)
        bits[p >> 3] |= 1 << (p & 7)
    head = json.dumps({"audience": "aud", "omitted": {"o": [[3, 5]]}, "capacity": 100, "count": 1}).encode()
    with hq.session() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "UPDATE sync_peer SET scope_basis = ? WHERE device_id = ?",
            (struct.pack(">I", len(head)) + head + bytes(bits), officer),
        )
        assert scope_memory.load(conn, officer) is None
