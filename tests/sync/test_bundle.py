"""The bundle container: round trips, every refusal, streaming memory, and the written spec.

A second writer and reader built only from docs/BUNDLE_FORMAT.md live at the bottom of this
file ("spec_*"); the conformance tests run them against the real implementation in both
directions, so the document and the code cannot drift apart.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zstandard
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from db.models import LocalIdentity
from sync import identity
from sync.bundle import (
    MAX_ITEM_SIZE,
    BundleError,
    OpenedBundle,
    RefusalReason,
    TrustLookup,
    kem_private_key,
    open_bundle,
    recipient_count,
    write_bundle,
)
from sync.identity import PublicKeys
from sync.protocol import NewerBundleError

MiB = 1024 * 1024


@dataclass(frozen=True)
class Device:
    identity: LocalIdentity
    keys: PublicKeys

    @property
    def id(self) -> str:
        return self.identity.device_id


def new_device() -> Device:
    row = identity.generate()
    return Device(row, identity.public_keys(row))


@pytest.fixture(scope="module")
def officer() -> Device:
    """The sending device."""
    return new_device()


@pytest.fixture(scope="module")
def hq() -> Device:
    return new_device()


@pytest.fixture(scope="module")
def colleague() -> Device:
    """A second recipient: holds the content key of bundles sent to both."""
    return new_device()


@pytest.fixture(scope="module")
def outsider() -> Device:
    return new_device()


def trusting(*devices: Device) -> TrustLookup:
    return {d.id: d.keys.signing for d in devices}.get


def open_as(device: Device, source: Path | io.BytesIO, trust: TrustLookup) -> OpenedBundle:
    return open_bundle(
        source,
        my_device_id=device.id,
        my_kem_private=kem_private_key(device.identity),
        trusted_signing_key_lookup=trust,
    )


def read_all(device: Device, source: Path | io.BytesIO, trust: TrustLookup) -> tuple[Any, ...]:
    with open_as(device, source, trust) as bundle:
        return bundle.header, list(bundle.items())


def refusal(device: Device, source: Path | io.BytesIO, trust: TrustLookup) -> BundleError:
    """The refusal `open_bundle` gives (a code and a one-line message), failing the test if it
    accepts the bundle."""
    with pytest.raises(BundleError) as caught:
        open_as(device, source, trust)
    message = caught.value.message
    assert message == str(caught.value)
    assert "\n" not in message and isinstance(caught.value.code, RefusalReason)
    return caught.value


def header_for(sender: Device, *recipients: Device) -> dict[str, Any]:
    return {
        "sender": sender.id,
        "recipients": [r.id for r in recipients],
        "version_vector": {sender.id: 42, "other": 7},
        "schema_version": 3,
        "created": "2026-03-01T08:00:00Z",
        "note": "Übergabe — ملاحظة",
    }


def random_items(count: int, size: int) -> list[bytes]:
    return [os.urandom(size) for _ in range(count)]


# --- Round trips -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "items",
    [
        pytest.param([], id="no items"),
        pytest.param([b"one changeset"], id="one item"),
        pytest.param([b""], id="one empty item"),
        pytest.param([f"changeset {i}".encode() * (i % 7) for i in range(2000)], id="many"),
        pytest.param(random_items(3, 200_000), id="items larger than a chunk"),
    ],
)
def test_given_items_when_written_and_read_back_then_header_and_items_arrive_unchanged(
    tmp_path: Path, officer: Device, hq: Device, items: list[bytes]
) -> None:
    path = tmp_path / "out.bundle"
    header = header_for(officer, hq)
    write_bundle(path, sender=officer.identity, header=header, recipients=[hq.keys], items=items)

    got_header, got_items = read_all(hq, path, trusting(officer))

    assert got_header == header
    assert got_items == items


def test_given_megabytes_of_incompressible_items_when_read_back_then_many_chunks_round_trip(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    items = random_items(60, 100_000)  # 6 MB: about 92 chunks
    path = tmp_path / "big.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=iter(items))

    assert len(parse_layout(path.read_bytes()).chunks) > 90
    assert read_all(hq, path, trusting(officer))[1] == items


def test_given_an_item_of_exactly_the_size_limit_when_read_back_then_it_arrives(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    item = os.urandom(MAX_ITEM_SIZE)
    path = tmp_path / "max.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[item])

    assert read_all(hq, path, trusting(officer))[1] == [item]


def test_when_written_then_info_describes_the_bundle_as_the_reader_sees_it(
    tmp_path: Path, officer: Device, hq: Device, colleague: Device
) -> None:
    path = tmp_path / "info.bundle"
    items = [b"a" * 10, b"", b"b" * 5]
    info = write_bundle(
        path, sender=officer.identity, header={}, recipients=[hq.keys, colleague.keys], items=items
    )

    assert info.path == path
    assert info.size == path.stat().st_size
    assert (info.item_count, info.payload_size) == (3, 15)
    assert info.recipient_ids == (hq.id, colleague.id)
    assert info.sender_device_id == officer.id
    with open_as(hq, path, trusting(officer)) as bundle:
        assert bundle.digest == info.digest
        assert bundle.size == info.size
        assert bundle.sender_device_id == officer.id
        assert bundle.sender_keys == officer.keys
        assert bundle.recipient_ids == (hq.id, colleague.id)


def test_given_file_objects_instead_of_paths_then_writing_and_reading_work_in_memory(
    officer: Device, hq: Device
) -> None:
    buffer = io.BytesIO()
    info = write_bundle(
        buffer, sender=officer.identity, header={"x": 1}, recipients=[hq.keys], items=[b"item"]
    )

    assert info.path is None
    assert info.size == len(buffer.getvalue())
    assert read_all(hq, io.BytesIO(buffer.getvalue()), trusting(officer)) == ({"x": 1}, [b"item"])


def test_given_an_opened_bundle_then_items_can_be_iterated_twice_even_interleaved(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    items = random_items(5, 70_000)
    path = tmp_path / "twice.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=items)

    with open_as(hq, path, trusting(officer)) as bundle:
        first, second = bundle.items(), bundle.items()
        interleaved = [(a, b) for a, b in zip(first, second, strict=True)]
        assert [a for a, _ in interleaved] == items
        assert [b for _, b in interleaved] == items
        assert list(bundle.items()) == items


def test_given_a_closed_bundle_when_iterating_then_it_is_an_error(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    path = tmp_path / "closed.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])
    bundle = open_as(hq, path, trusting(officer))
    bundle.close()

    with pytest.raises(ValueError, match="closed"):
        bundle.items()


# --- Addressing --------------------------------------------------------------------------


def test_given_several_recipients_then_each_reads_the_same_items(
    tmp_path: Path, officer: Device, hq: Device, colleague: Device
) -> None:
    items = random_items(4, 50_000)
    path = tmp_path / "multi.bundle"
    recipients = [hq, colleague, officer]
    write_bundle(
        path,
        sender=officer.identity,
        header={},
        recipients=[r.keys for r in recipients],
        items=items,
    )

    for reader in recipients:
        assert read_all(reader, path, trusting(officer))[1] == items


def test_given_a_device_not_among_the_recipients_then_it_is_refused_as_not_addressed(
    tmp_path: Path, officer: Device, hq: Device, outsider: Device
) -> None:
    path = tmp_path / "for-hq.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])

    assert refusal(outsider, path, trusting(officer)).code is RefusalReason.NOT_ADDRESSED


def test_given_the_right_device_id_but_another_devices_key_then_the_sealed_key_does_not_open(
    tmp_path: Path, officer: Device, hq: Device, outsider: Device
) -> None:
    path = tmp_path / "for-hq.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])

    with pytest.raises(BundleError) as caught:
        open_bundle(
            path,
            my_device_id=hq.id,
            my_kem_private=kem_private_key(outsider.identity),
            trusted_signing_key_lookup=trusting(officer),
        )
    assert caught.value.code is RefusalReason.KEY_DOES_NOT_OPEN


def test_given_a_written_bundle_then_no_identity_header_or_item_text_is_in_clear(
    tmp_path: Path, officer: Device, hq: Device, colleague: Device
) -> None:
    path = tmp_path / "private.bundle"
    header = header_for(officer, hq, colleague) | {"marker": "HEADER-MARKER"}
    write_bundle(
        path,
        sender=officer.identity,
        header=header,
        recipients=[hq.keys, colleague.keys],
        items=[b"ITEM-MARKER " * 100],
    )

    data = path.read_bytes()
    for secret in (officer.id, hq.id, colleague.id, "HEADER-MARKER", "ITEM-MARKER"):
        assert secret.encode() not in data
    assert officer.keys.signing not in data
    assert hq.keys.kem_x25519 not in data


# --- Sender trust ------------------------------------------------------------------------


def test_given_a_sender_the_reader_does_not_trust_then_it_is_refused(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    path = tmp_path / "b.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])

    caught = refusal(hq, path, trusting())
    assert caught.code is RefusalReason.UNTRUSTED_SENDER and officer.id in caught.message


def test_given_a_revoked_sender_then_the_lookups_own_reason_is_given(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    path = tmp_path / "b.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])

    def revoked(device: str) -> bytes | None:
        raise BundleError(RefusalReason.REVOKED_SENDER, f"revoked sender {device}")

    caught = refusal(hq, path, revoked)
    assert (caught.code, caught.message) == (RefusalReason.REVOKED_SENDER, f"revoked sender {officer.id}")


def test_given_the_trusted_key_differs_from_the_one_in_the_bundle_then_it_is_refused(
    tmp_path: Path, officer: Device, hq: Device, outsider: Device
) -> None:
    path = tmp_path / "b.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"x"])

    def lookup(device: str) -> bytes | None:
        return outsider.keys.signing

    assert refusal(hq, path, lookup).code is RefusalReason.WRONG_SIGNING_KEY


def test_given_embedded_keys_that_do_not_hash_to_the_claimed_sender_id_then_it_is_refused(
    tmp_path: Path, officer: Device, hq: Device, outsider: Device
) -> None:
    # The outsider claims to be the trusted officer but can only embed its own keys.
    path = tmp_path / "forged.bundle"
    path.write_bytes(spec_bundle(outsider, [hq], {}, spec_item_stream([b"x"]), claimed_sender_id=officer.id))

    assert refusal(hq, path, trusting(officer)).code is RefusalReason.SENDER_MISMATCH


def test_given_the_trusted_senders_keys_but_anothers_signature_then_it_is_refused(
    tmp_path: Path, officer: Device, hq: Device, outsider: Device
) -> None:
    path = tmp_path / "forged.bundle"
    path.write_bytes(spec_bundle(officer, [hq], {}, spec_item_stream([b"x"]), signer=outsider.identity))

    assert refusal(hq, path, trusting(officer)).code is RefusalReason.BAD_SIGNATURE


@pytest.mark.parametrize("change", ["items", "header"])
def test_given_a_co_recipient_re_encrypts_a_bundle_then_the_signature_exposes_it(
    tmp_path: Path, officer: Device, hq: Device, colleague: Device, change: str
) -> None:
    # The colleague holds the content key, so every AEAD tag of its forgery is valid.
    original = tmp_path / "original.bundle"
    header = header_for(officer, hq, colleague)
    write_bundle(
        original,
        sender=officer.identity,
        header=header,
        recipients=[hq.keys, colleague.keys],
        items=[b"pay 100"],
    )
    forged = tmp_path / "forged.bundle"
    if change == "items":
        forged.write_bytes(spec_reseal(original.read_bytes(), colleague, items=[b"pay 900"]))
    else:
        forged.write_bytes(
            spec_reseal(original.read_bytes(), colleague, header=header | {"schema_version": 9})
        )

    assert refusal(hq, forged, trusting(officer)).code is RefusalReason.BAD_SIGNATURE


# --- Damage and tampering ----------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Offsets of a bundle's parts, found by following docs/BUNDLE_FORMAT.md."""

    slot_count: int
    outer_hash: int
    header_length: int
    header_end: int
    chunks: list[tuple[int, int]]  # (record start, record end)
    signature: int


def parse_layout(data: bytes) -> Layout:
    (n,) = struct.unpack_from(">H", data, 30)
    outer_hash = 32 + 1184 * n
    header_length = outer_hash + 32
    (length,) = struct.unpack_from(">I", data, header_length)
    pos = header_length + 4 + length
    header_end = pos
    chunks = []
    while True:
        flag, size = struct.unpack_from(">BI", data, pos)
        chunks.append((pos, pos + 5 + size))
        pos += 5 + size
        if flag == 1:
            break
    assert len(data) - pos == 64
    return Layout(n, outer_hash, header_length, header_end, chunks, pos)


@pytest.fixture(scope="module")
def sample(officer: Device, hq: Device, colleague: Device) -> bytes:
    """A bundle to hq and a colleague (hq's slot first) with five payload chunks."""
    buffer = io.BytesIO()
    write_bundle(
        buffer,
        sender=officer.identity,
        header=header_for(officer, hq, colleague),
        recipients=[hq.keys, colleague.keys],
        items=[os.urandom(100_000) for _ in range(3)],
    )
    data = buffer.getvalue()
    assert len(parse_layout(data).chunks) == 5
    return data


def _region(layout: Layout, name: str) -> int:
    first, middle, last = layout.chunks[0], layout.chunks[2], layout.chunks[-1]
    return {
        "magic": 0,
        "version": 13,
        "salt": 20,
        "slot count": 31,
        "our slot id": 32 + 3,
        "our sealed key": 32 + 16 + 600,
        "other recipient's sealed key": 32 + 1184 + 16 + 5,
        "outer hash": layout.outer_hash + 31,
        "header length": layout.header_length + 2,
        "header record": layout.header_length + 4 + 40,
        "header tag": layout.header_end - 1,
        "first chunk flag": first[0],
        "first chunk length": first[0] + 3,
        "first chunk body": first[0] + 5 + 1000,
        "middle chunk body": middle[0] + 5 + 30_000,
        "middle chunk tag": middle[1] - 8,
        "final chunk flag": last[0],
        "final chunk body": last[0] + 5,
        "signature start": layout.signature,
        "signature end": layout.signature + 63,
    }[name]


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("magic", "not a Liaison bundle"),
        ("version", "unsupported bundle format version"),
        ("salt", "(cleartext header)"),
        ("slot count", None),
        ("our slot id", "(cleartext header)"),
        ("our sealed key", "(cleartext header)"),
        ("other recipient's sealed key", "(cleartext header)"),
        ("outer hash", "(cleartext header)"),
        ("header length", None),
        ("header record", "(header)"),
        ("header tag", "(header)"),
        ("first chunk flag", "(chunk 1)"),
        ("first chunk length", "(chunk 1)"),
        ("first chunk body", "(chunk 1)"),
        ("middle chunk body", "(chunk 3)"),
        ("middle chunk tag", "(chunk 3)"),
        ("final chunk flag", "(chunk 5)"),
        ("final chunk body", "(chunk 5)"),
        ("signature start", "signature does not verify"),
        ("signature end", "signature does not verify"),
    ],
)
def test_given_one_flipped_byte_in_any_part_then_the_bundle_is_refused_with_its_reason(
    tmp_path: Path,
    sample: bytes,
    officer: Device,
    hq: Device,
    region: str,
    expected: str | None,
) -> None:
    data = bytearray(sample)
    data[_region(parse_layout(sample), region)] ^= 0x01
    path = tmp_path / "flipped.bundle"
    path.write_bytes(data)

    reason = refusal(hq, path, trusting(officer)).message

    if expected is not None:
        assert expected in reason


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_given_any_byte_flipped_anywhere_then_opening_refuses_the_bundle(
    sample: bytes, officer: Device, hq: Device, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(sample) - 1), label="position")
    mask = data.draw(st.integers(1, 255), label="xor mask")
    damaged = bytearray(sample)
    damaged[position] ^= mask

    refusal(hq, io.BytesIO(damaged), trusting(officer))


def _boundaries(layout: Layout) -> list[int]:
    points = [1, 11, 12, 13, 14, 30, 32, 32 + 1184, layout.outer_hash, layout.header_length]
    points += [layout.header_length + 4, layout.header_end]
    for start, end in layout.chunks:
        points += [start, start + 1, start + 5, end - 16]
    points += [layout.signature, layout.signature + 32]
    return sorted({p + d for p in points for d in (-1, 0, 1)} - {0})


def test_given_the_bundle_cut_at_any_structural_boundary_then_it_is_refused_as_truncated(
    sample: bytes, officer: Device, hq: Device
) -> None:
    for cut in _boundaries(parse_layout(sample)):
        assert cut < len(sample)
        assert refusal(hq, io.BytesIO(sample[:cut]), trusting(officer)).code is RefusalReason.TRUNCATED, cut


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_given_the_bundle_cut_at_any_length_then_it_is_refused_as_truncated(
    sample: bytes, officer: Device, hq: Device, data: st.DataObject
) -> None:
    cut = data.draw(st.integers(1, len(sample) - 1), label="kept bytes")

    assert refusal(hq, io.BytesIO(sample[:cut]), trusting(officer)).code is RefusalReason.TRUNCATED


def test_given_a_truncated_file_on_disk_then_it_is_refused_as_truncated(
    tmp_path: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    path = tmp_path / "cut.bundle"
    path.write_bytes(sample[: len(sample) // 2])

    assert refusal(hq, path, trusting(officer)).code is RefusalReason.TRUNCATED


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 64, b"\n"], ids=["zero", "64", "newline"])
def test_given_bytes_appended_after_the_signature_then_the_bundle_is_refused(
    tmp_path: Path, sample: bytes, officer: Device, hq: Device, extra: bytes
) -> None:
    path = tmp_path / "appended.bundle"
    path.write_bytes(sample + extra)

    assert "data after the signature" in refusal(hq, path, trusting(officer)).message


def test_given_a_second_bundle_appended_then_the_first_is_not_accepted_alone(
    tmp_path: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    path = tmp_path / "two.bundle"
    path.write_bytes(sample + sample)

    assert "data after the signature" in refusal(hq, path, trusting(officer)).message


def test_given_a_format_version_below_ours_then_it_is_refused_naming_the_version(
    tmp_path: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    path = tmp_path / "v0.bundle"
    path.write_bytes(sample[:12] + struct.pack(">H", 0) + sample[14:])

    caught = refusal(hq, path, trusting(officer))
    assert caught.code is RefusalReason.UNKNOWN_FORMAT and "version 0" in caught.message


def test_given_a_newer_format_version_then_it_is_reported_as_from_a_newer_release(
    tmp_path: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    """A newer container is not damage: the sync engine keeps it until an upgrade reads it."""
    path = tmp_path / "v9.bundle"
    path.write_bytes(sample[:12] + struct.pack(">H", 9) + sample[14:])

    with pytest.raises(NewerBundleError) as caught:
        open_as(hq, path, trusting(officer))
    assert caught.value.written_by is None and caught.value.code is RefusalReason.NEWER_VERSION


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty file"),
        pytest.param(os.urandom(5000), id="random bytes"),
        pytest.param(b"Meeting notes\r\nLIAISON bundle follows\r\n", id="text file"),
        pytest.param(zstandard.ZstdCompressor().compress(b"x" * 1000), id="zstd file"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(100), id="png file"),
        pytest.param(b"\x89LIAISON\n\n\x1a\n" + bytes(100), id="line endings converted"),
    ],
)
def test_given_a_file_that_is_not_a_bundle_then_it_is_refused_as_not_a_bundle(
    tmp_path: Path, officer: Device, hq: Device, content: bytes
) -> None:
    path = tmp_path / "other.file"
    path.write_bytes(content)

    assert refusal(hq, path, trusting(officer)).code is RefusalReason.NOT_A_BUNDLE


def test_given_an_oversized_header_length_then_it_is_refused_before_reading_it(
    sample: bytes, officer: Device, hq: Device
) -> None:
    layout = parse_layout(sample)
    at = layout.header_length
    hostile = sample[:at] + struct.pack(">I", 0xFFFFFFF0) + sample[at + 4 :]

    assert refusal(hq, io.BytesIO(hostile), trusting(officer)).message.endswith("(header)")


def test_given_a_recipient_table_claiming_too_many_slots_then_it_is_refused(
    sample: bytes, officer: Device, hq: Device
) -> None:
    hostile = sample[:30] + struct.pack(">H", 0xFFFF) + sample[32:]

    assert refusal(hq, io.BytesIO(hostile), trusting(officer)).message.endswith("(cleartext header)")


def test_given_chunks_swapped_then_the_bundle_is_refused(sample: bytes, officer: Device, hq: Device) -> None:
    chunks = parse_layout(sample).chunks
    (a0, a1), (b0, b1) = chunks[1], chunks[2]
    swapped = sample[:a0] + sample[b0:b1] + sample[a0:a1] + sample[b1:]

    assert refusal(hq, io.BytesIO(swapped), trusting(officer)).message.endswith("(chunk 2)")


def test_given_a_middle_chunk_removed_then_the_bundle_is_refused(
    sample: bytes, officer: Device, hq: Device
) -> None:
    start, end = parse_layout(sample).chunks[2]

    caught = refusal(hq, io.BytesIO(sample[:start] + sample[end:]), trusting(officer))
    assert caught.code is RefusalReason.DAMAGED and caught.message.endswith("(chunk 3)")


def test_given_the_chunks_after_a_non_final_chunk_cut_off_then_it_is_refused_as_truncated(
    sample: bytes, officer: Device, hq: Device
) -> None:
    layout = parse_layout(sample)
    _, end = layout.chunks[1]
    without_tail = sample[:end] + sample[layout.signature :]

    code = refusal(hq, io.BytesIO(without_tail), trusting(officer)).code
    assert code in {RefusalReason.TRUNCATED, RefusalReason.DAMAGED}


# --- The file changes between the two passes --------------------------------------------


def _patch(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(data)


@pytest.fixture
def on_disk(tmp_path: Path, sample: bytes) -> Path:
    path = tmp_path / "sample.bundle"
    path.write_bytes(sample)
    return path


def test_given_a_middle_chunk_changed_after_opening_then_iteration_raises(
    on_disk: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    offset = parse_layout(sample).chunks[2][0] + 100
    with open_as(hq, on_disk, trusting(officer)) as bundle:
        _patch(on_disk, offset, bytes([sample[offset] ^ 0xFF]))
        with pytest.raises(BundleError, match=r"\(chunk 3\)"):
            list(bundle.items())


def test_given_the_signature_changed_after_opening_then_iteration_raises_at_the_end(
    on_disk: Path, sample: bytes, officer: Device, hq: Device
) -> None:
    offset = parse_layout(sample).signature
    with open_as(hq, on_disk, trusting(officer)) as bundle:
        _patch(on_disk, offset, bytes([sample[offset] ^ 0xFF]))
        with pytest.raises(BundleError) as caught:
            list(bundle.items())
        assert caught.value.code is RefusalReason.CHANGED_WHILE_READING


def test_given_the_file_cut_short_after_opening_then_iteration_raises(
    on_disk: Path, officer: Device, hq: Device
) -> None:
    with open_as(hq, on_disk, trusting(officer)) as bundle:
        os.truncate(on_disk, on_disk.stat().st_size - 1000)
        with pytest.raises(BundleError) as caught:
            list(bundle.items())
        assert caught.value.code is RefusalReason.CHANGED_WHILE_READING


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot rename over an open file")
def test_given_another_file_renamed_over_the_path_after_opening_then_the_opened_one_is_read(
    on_disk: Path, officer: Device, hq: Device
) -> None:
    with open_as(hq, on_disk, trusting(officer)) as bundle:
        expected_count = 3
        other = on_disk.with_name("other.bundle")
        write_bundle(other, sender=officer.identity, header={}, recipients=[hq.keys], items=[])
        other.replace(on_disk)
        assert len(list(bundle.items())) == expected_count


# --- Payload checks of the second pass (signed by a trusted but faulty writer) ----------


@pytest.mark.parametrize(
    ("item_stream", "compressed", "reason"),
    [
        (b"\x00\x00\x00\x01a", None, "payload ends early"),
        (struct.pack(">IQ", 0xFFFFFFFF, 2), None, "payload item count"),
        (struct.pack(">I", MAX_ITEM_SIZE + 1) + b"x", None, "payload item too large"),
        (struct.pack(">IQ", 0xFFFFFFFF, 0) + b"more", None, "payload continues after its end"),
        (None, b"this is not zstd", "payload does not decompress"),
        (
            None,
            zstandard.ZstdCompressor().compress(os.urandom(300_000))[:-1000],
            "payload",
        ),
    ],
    ids=["no end record", "wrong count", "item too large", "data after end", "not zstd", "cut"],
)
def test_given_a_signed_bundle_with_a_malformed_item_stream_then_iteration_refuses_it(
    officer: Device,
    hq: Device,
    item_stream: bytes | None,
    compressed: bytes | None,
    reason: str,
) -> None:
    data = spec_bundle(officer, [hq], {}, item_stream or b"", compressed=compressed)

    with (
        open_as(hq, io.BytesIO(data), trusting(officer)) as bundle,
        pytest.raises(BundleError, match=reason),
    ):
        list(bundle.items())


# --- Writer behaviour --------------------------------------------------------------------


def test_when_writing_succeeds_then_only_the_bundle_is_left_in_the_folder(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    write_bundle(tmp_path / "a.bundle", sender=officer.identity, header={}, recipients=[hq.keys], items=[])

    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bundle"]


def test_given_items_that_fail_midway_then_no_bundle_and_no_partial_file_remain(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    def failing() -> Iterator[bytes]:
        yield os.urandom(500_000)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_bundle(
            tmp_path / "a.bundle",
            sender=officer.identity,
            header={},
            recipients=[hq.keys],
            items=failing(),
        )

    assert list(tmp_path.iterdir()) == []


def test_given_an_existing_bundle_when_rewriting_fails_then_the_old_file_is_untouched(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    path = tmp_path / "a.bundle"
    write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=[b"old"])
    before = path.read_bytes()

    with pytest.raises(ValueError, match="limit"):
        write_bundle(
            path,
            sender=officer.identity,
            header={},
            recipients=[hq.keys],
            items=[b"new", bytes(MAX_ITEM_SIZE + 1)],
        )

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bundle"]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"recipients": []}, ValueError),
        ({"duplicate": True}, ValueError),
        ({"header": ["not", "a", "dict"]}, TypeError),
        ({"header": {"x": float("nan")}}, ValueError),
        ({"header": {"blob": b"bytes"}}, TypeError),
        ({"items": ["text, not bytes"]}, TypeError),
    ],
    ids=[
        "no recipients",
        "duplicate recipient",
        "list header",
        "nan",
        "bytes in header",
        "str item",
    ],
)
def test_given_invalid_arguments_then_the_writer_refuses_and_leaves_nothing(
    tmp_path: Path, officer: Device, hq: Device, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    args: dict[str, Any] = {"header": {}, "recipients": [hq.keys], "items": [b"x"]}
    if kwargs.pop("duplicate", False):
        args["recipients"] = [hq.keys, hq.keys]
    args |= kwargs

    with pytest.raises(error):
        write_bundle(tmp_path / "a.bundle", sender=officer.identity, **args)

    assert list(tmp_path.iterdir()) == []


def test_given_an_identity_row_whose_id_does_not_match_its_keys_then_the_writer_refuses(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    row = officer.identity
    wrong = LocalIdentity(
        device_id=hq.id,
        signing_private=row.signing_private,
        kem_mlkem_seed=row.kem_mlkem_seed,
        kem_x25519_private=row.kem_x25519_private,
    )

    with pytest.raises(ValueError, match="does not match its own keys"):
        write_bundle(tmp_path / "a.bundle", sender=wrong, header={}, recipients=[hq.keys], items=[])


def test_when_reading_then_nothing_is_written_to_the_folder(
    on_disk: Path, officer: Device, hq: Device
) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in on_disk.parent.iterdir()}

    read_all(hq, on_disk, trusting(officer))
    refusal(hq, on_disk, trusting())

    assert {p.name: p.stat().st_mtime_ns for p in on_disk.parent.iterdir()} == before


# --- Streaming memory --------------------------------------------------------------------


@pytest.mark.slow
def test_given_a_50_mb_bundle_then_writing_and_reading_stay_in_constant_memory(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    item_size, count = 64 * 1024, 800  # 50 MiB of incompressible items
    path = tmp_path / "large.bundle"

    def items() -> Iterator[bytes]:
        for _ in range(count):
            yield os.urandom(item_size)

    tracemalloc.start()
    try:
        info = write_bundle(path, sender=officer.identity, header={}, recipients=[hq.keys], items=items())
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = 0
        with open_as(hq, path, trusting(officer)) as bundle:
            for item in bundle.items():
                total += len(item)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert info.size > 50 * MiB
    assert total == item_size * count
    assert write_peak < 4 * MiB
    assert read_peak < 4 * MiB


# --- Conformance with docs/BUNDLE_FORMAT.md ----------------------------------------------


def test_given_a_bundle_built_from_the_document_alone_then_the_reader_accepts_it(
    officer: Device, hq: Device, colleague: Device
) -> None:
    items = [b"", b"first", os.urandom(150_000), b"last"]
    header = header_for(officer, hq, colleague)
    data = spec_bundle(officer, [colleague, hq], header, spec_item_stream(items))

    assert read_all(hq, io.BytesIO(data), trusting(officer)) == (header, items)


def test_given_a_bundle_from_the_writer_then_a_reader_built_from_the_document_reads_it(
    officer: Device, hq: Device, colleague: Device
) -> None:
    items = [b"alpha", b"", os.urandom(200_000)]
    header = header_for(officer, colleague, hq)
    buffer = io.BytesIO()
    write_bundle(
        buffer,
        sender=officer.identity,
        header=header,
        recipients=[colleague.keys, hq.keys],
        items=items,
    )

    opened = spec_read(buffer.getvalue(), hq)

    assert opened.sender_id == officer.id
    assert opened.recipient_ids == [colleague.id, hq.id]
    assert json.loads(opened.header_json) == header
    assert opened.items == items
    assert opened.signature_ok


# The spec implementation: only the standard library, `cryptography`, `zstandard`, and what
# docs/BUNDLE_FORMAT.md says. Deliberately nothing from sync.bundle*.

SPEC_MAGIC = bytes.fromhex("894C494149534F4E0D0A1A0A")
SPEC_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def _h(*parts: bytes) -> bytes:
    return hashlib.sha256(b"".join(parts)).digest()


def _lp(device: str) -> bytes:
    return bytes([len(device)]) + device.encode("ascii")


def _spec_slot_id(salt: bytes, device: str) -> bytes:
    return _h(b"liaison-bundle/1 slot", salt, device.encode("ascii"))[:16]


def _spec_info(salt: bytes, device: str) -> bytes:
    return b"liaison-bundle/1 content key" + salt + device.encode("ascii")


def _spec_aead_key(content_key: bytes, salt: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"liaison-bundle/1 aead key")
    return kdf.derive(content_key)


def _spec_nonce(i: int, last: bool) -> bytes:
    return i.to_bytes(11, "big") + bytes([last])


def _spec_public(keys: PublicKeys) -> hpke.MLKEM768X25519PublicKey:
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(keys.kem_mlkem),
        x25519.X25519PublicKey.from_public_bytes(keys.kem_x25519),
    )


def _spec_private(row: LocalIdentity) -> hpke.MLKEM768X25519PrivateKey:
    return hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(row.kem_mlkem_seed),
        x25519.X25519PrivateKey.from_private_bytes(row.kem_x25519_private),
    )


def spec_item_stream(items: list[bytes]) -> bytes:
    body = b"".join(struct.pack(">I", len(i)) + i for i in items)
    return body + struct.pack(">IQ", 0xFFFFFFFF, len(items))


def _spec_chunks(key: bytes, aad: bytes, compressed: bytes) -> bytes:
    pieces = [compressed[i : i + 65536] for i in range(0, len(compressed), 65536)]
    out = []
    for i, piece in enumerate(pieces, start=1):
        last = i == len(pieces)
        sealed = AESGCM(key).encrypt(_spec_nonce(i, last), piece, aad)
        out.append(struct.pack(">BI", last, len(sealed)) + sealed)
    return b"".join(out)


def _spec_record(sender_id: str, keys: PublicKeys, recipient_ids: list[str], header_json: bytes) -> bytes:
    return b"".join(
        [
            _lp(sender_id),
            keys.signing,
            keys.kem_mlkem,
            keys.kem_x25519,
            struct.pack(">H", len(recipient_ids)),
            *(_lp(r) for r in recipient_ids),
            struct.pack(">I", len(header_json)),
            header_json,
        ]
    )


def _spec_sealed_body(outer: bytes, key: bytes, record: bytes, compressed: bytes) -> bytes:
    outer_hash = outer[-32:]
    sealed = AESGCM(key).encrypt(_spec_nonce(0, False), record, b"liaison-bundle/1 header" + outer_hash)
    chunk_aad = b"liaison-bundle/1 chunk" + _h(outer_hash, record)
    return outer + struct.pack(">I", len(sealed)) + sealed + _spec_chunks(key, chunk_aad, compressed)


def spec_bundle(
    sender: Device,
    recipients: list[Device],
    header: dict[str, Any],
    item_stream: bytes,
    *,
    compressed: bytes | None = None,
    claimed_sender_id: str | None = None,
    signer: LocalIdentity | None = None,
) -> bytes:
    salt, content_key = os.urandom(16), os.urandom(32)
    outer = SPEC_MAGIC + struct.pack(">H", 1) + salt + struct.pack(">H", len(recipients))
    for r in recipients:
        sealed = SPEC_SUITE.encrypt(content_key, _spec_public(r.keys), info=_spec_info(salt, r.id))
        outer += _spec_slot_id(salt, r.id) + sealed
    outer += _h(b"liaison-bundle/1 outer", outer)
    record = _spec_record(
        claimed_sender_id or sender.id,
        sender.keys,
        [r.id for r in recipients],
        json.dumps(header).encode(),
    )
    if compressed is None:
        compressed = zstandard.ZstdCompressor(level=3).compress(item_stream)
    body = _spec_sealed_body(outer, _spec_aead_key(content_key, salt), record, compressed)
    signing = ed25519.Ed25519PrivateKey.from_private_bytes((signer or sender.identity).signing_private)
    return body + signing.sign(b"liaison-bundle/1 signature" + _h(body))


@dataclass
class SpecOpened:
    sender_id: str
    sender_keys: PublicKeys
    recipient_ids: list[str]
    header_json: bytes
    items: list[bytes]
    signature_ok: bool
    outer: bytes
    key: bytes


def spec_read(data: bytes, me: Device) -> SpecOpened:
    assert data[:12] == SPEC_MAGIC
    assert struct.unpack_from(">H", data, 12)[0] == 1
    salt = data[14:30]
    (n,) = struct.unpack_from(">H", data, 30)
    end_of_slots = 32 + 1184 * n
    outer = data[: end_of_slots + 32]
    assert outer[-32:] == _h(b"liaison-bundle/1 outer", data[:end_of_slots])
    slots = [data[32 + 1184 * k : 32 + 1184 * (k + 1)] for k in range(n)]
    mine = next(s for s in slots if s[:16] == _spec_slot_id(salt, me.id))
    content_key = SPEC_SUITE.decrypt(mine[16:], _spec_private(me.identity), info=_spec_info(salt, me.id))
    key = _spec_aead_key(content_key, salt)

    pos = end_of_slots + 32
    (length,) = struct.unpack_from(">I", data, pos)
    record = AESGCM(key).decrypt(
        _spec_nonce(0, False),
        data[pos + 4 : pos + 4 + length],
        b"liaison-bundle/1 header" + outer[-32:],
    )
    pos += 4 + length
    sender_len = record[0]
    sender_id = record[1 : 1 + sender_len].decode()
    at = 1 + sender_len
    keys = PublicKeys(record[at : at + 32], record[at + 32 : at + 1216], record[at + 1216 : at + 1248])
    at += 1248
    (count,) = struct.unpack_from(">H", record, at)
    at += 2
    recipient_ids = []
    for _ in range(count):
        size = record[at]
        recipient_ids.append(record[at + 1 : at + 1 + size].decode())
        at += 1 + size
    (json_len,) = struct.unpack_from(">I", record, at)
    header_json = record[at + 4 : at + 4 + json_len]
    assert at + 4 + json_len == len(record)

    chunk_aad = b"liaison-bundle/1 chunk" + _h(outer[-32:], record)
    compressed, i = b"", 1
    while True:
        flag, size = struct.unpack_from(">BI", data, pos)
        compressed += AESGCM(key).decrypt(
            _spec_nonce(i, flag == 1), data[pos + 5 : pos + 5 + size], chunk_aad
        )
        pos, i = pos + 5 + size, i + 1
        if flag == 1:
            break
    signature = data[pos:]
    assert len(signature) == 64
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(keys.signing).verify(
            signature, b"liaison-bundle/1 signature" + _h(data[:pos])
        )
        signature_ok = True
    except Exception:
        signature_ok = False

    stream = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(compressed)).read()
    items: list[bytes] = []
    at = 0
    while True:
        (size,) = struct.unpack_from(">I", stream, at)
        at += 4
        if size == 0xFFFFFFFF:
            assert struct.unpack_from(">Q", stream, at)[0] == len(items)
            assert at + 8 == len(stream)
            break
        items.append(stream[at : at + size])
        at += size
    return SpecOpened(sender_id, keys, recipient_ids, header_json, items, signature_ok, outer, key)


def spec_reseal(
    data: bytes,
    forger: Device,
    *,
    items: list[bytes] | None = None,
    header: dict[str, Any] | None = None,
) -> bytes:
    """What a co-recipient can do with the content key: re-encrypt new content, keep the
    cleartext header and the original signature."""
    opened = spec_read(data, forger)
    header_json = json.dumps(header).encode() if header is not None else opened.header_json
    record = _spec_record(opened.sender_id, opened.sender_keys, opened.recipient_ids, header_json)
    stream = spec_item_stream(items if items is not None else opened.items)
    compressed = zstandard.ZstdCompressor(level=3).compress(stream)
    return _spec_sealed_body(opened.outer, opened.key, record, compressed) + data[-64:]


@pytest.mark.parametrize("what", ["fifo", "dev-zero", "folder"])
def test_given_a_path_that_is_not_a_regular_file_then_it_is_refused_at_once_without_reading(
    tmp_path: Path, officer: Device, hq: Device, what: str
) -> None:
    path = tmp_path / "odd.liaison"
    if what == "fifo":
        os.mkfifo(path)  # a plain open() would wait for ever for a writer
    elif what == "dev-zero":
        path.symlink_to("/dev/zero")  # would never end
    else:
        path.mkdir()
    caught = refusal(hq, path, trusting(officer))
    assert caught.code is RefusalReason.UNREADABLE and "regular file" in caught.message
    assert recipient_count(path) == 0


def test_given_a_file_that_grows_after_it_was_opened_then_only_the_bytes_it_had_are_read(
    tmp_path: Path, officer: Device, hq: Device
) -> None:
    items = random_items(3, 100_000)
    path = tmp_path / "growing.liaison"
    write_bundle(
        path, sender=officer.identity, header=header_for(officer, hq), recipients=[hq.keys], items=items
    )
    with open_as(hq, path, trusting(officer)) as opened:
        with path.open("ab") as more:
            more.write(b"\0" * 1_000_000)  # appended while the bundle is being read
        assert list(opened.items()) == items  # what was verified, and nothing after it
    assert refusal(hq, path, trusting(officer)).code is RefusalReason.DAMAGED  # opened afresh: refused
