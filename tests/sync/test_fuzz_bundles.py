"""Bundle fuzzing: real bundles, mutated the way damage and an attacker would, must all be
refused cleanly.

Two real bundles (one to HQ alone, one to HQ and an officer, both with several payload
chunks) are cut into their regions (docs/BUNDLE_FORMAT.md): magic, version, salt, recipient
count, slots, outer hash, header length and record, every chunk's flag, length and sealed
bytes, the signature. Mutations: a bit flipped in every region, truncation at every region
boundary, chunks swapped, duplicated, dropped, lengths set huge, recipient counts from 0 to
65,535, bytes appended. Each case must be refused (held, for a version above ours), in one
line, with the store unchanged, `PRAGMA integrity_check` ok and the dump working; a sample
also goes through `liaison sync import` for exit 4.

A few hundred cases per run; `LIAISON_FUZZ_CASES=5000` for more, `LIAISON_FUZZ_SEED=N` to
replay a run (the seed is printed, and named in every failure).
"""

from __future__ import annotations

import os
import random
import secrets
import struct
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from liaison_app.services import dump, records, syncing
from liaison_app.store import Store
from sync.bundle_format import CHUNK_HEAD, HASH_SIZE, SIGNATURE_SIZE, SLOT_SIZE, U32
from tests.conftest import Cli
from tests.sync.support import PASSPHRASE, World, state_of

CASES = int(os.environ.get("LIAISON_FUZZ_CASES", "300"))
SEED = int(os.environ.get("LIAISON_FUZZ_SEED", str(secrets.randbelow(2**32))))
CLI_EVERY = 25  # one case in this many also runs through the command line


@dataclass(frozen=True, slots=True)
class Region:
    """A named byte range of a bundle file."""

    name: str
    start: int
    end: int  # exclusive


def regions(data: bytes) -> list[Region]:
    """The parts of a bundle, as docs/BUNDLE_FORMAT.md lays them out."""
    (count,) = struct.unpack(">H", data[30:32])
    found = [
        Region("magic", 0, 12),
        Region("version", 12, 14),
        Region("salt", 14, 30),
        Region("count", 30, 32),
    ]
    for k in range(count):
        found.append(Region(f"slot {k} id", 32 + k * SLOT_SIZE, 32 + k * SLOT_SIZE + 16))
        found.append(Region(f"slot {k} key", 32 + k * SLOT_SIZE + 16, 32 + (k + 1) * SLOT_SIZE))
    pos = 32 + count * SLOT_SIZE
    found.append(Region("outer hash", pos, pos + HASH_SIZE))
    pos += HASH_SIZE
    (length,) = U32.unpack(data[pos : pos + 4])
    found += [Region("header length", pos, pos + 4), Region("header record", pos + 4, pos + 4 + length)]
    pos += 4 + length
    index = 1
    while pos < len(data) - SIGNATURE_SIZE:
        _flag, length = CHUNK_HEAD.unpack(data[pos : pos + CHUNK_HEAD.size])
        found.append(Region(f"chunk {index} flag", pos, pos + 1))
        found.append(Region(f"chunk {index} length", pos + 1, pos + 5))
        found.append(Region(f"chunk {index} sealed", pos + 5, pos + 5 + length))
        pos += 5 + length
        index += 1
    found.append(Region("signature", pos, pos + SIGNATURE_SIZE))
    assert pos + SIGNATURE_SIZE == len(data)
    return found


def chunks(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    """(everything before the first chunk, each chunk record, the signature)."""
    parts = regions(data)
    first = next(r for r in parts if r.name == "chunk 1 flag").start
    records_ = [
        data[flag.start : sealed.end]
        for flag, sealed in zip(parts, parts[2:], strict=False)
        if flag.name.endswith(" flag") and sealed.name.endswith(" sealed")
    ]
    return data[:first], records_, data[-SIGNATURE_SIZE:]


@dataclass(frozen=True, slots=True)
class Case:
    """One mutated file and how it was made (for the failure message)."""

    what: str
    data: bytes
    version_touched: bool = False  # a version above ours is held for an upgrade, not refused


def _flip(rng: random.Random, data: bytes, region: Region) -> Case:
    at = rng.randrange(region.start, region.end)
    out = bytearray(data)
    out[at] ^= 1 << rng.randrange(8)
    return Case(f"bit flip in {region.name} at {at}", bytes(out), region.name == "version")


def _set(data: bytes, at: int, value: bytes, what: str) -> Case:
    return Case(what, data[:at] + value + data[at + len(value) :])


def deterministic_cases(data: bytes) -> Iterator[Case]:
    """Truncations at every boundary, chunk shuffles, huge lengths, recipient counts."""
    parts = regions(data)
    cuts = sorted({p for r in parts for p in (r.start, r.start + 1, r.end - 1, r.end)} - {len(data)})
    for cut in cuts:
        yield Case(f"truncated to {cut} bytes", data[:cut])
    head, sealed, signature = chunks(data)
    if len(sealed) > 1:
        yield Case("chunks 1 and 2 swapped", head + sealed[1] + sealed[0] + b"".join(sealed[2:]) + signature)
        yield Case("chunk 1 duplicated", head + sealed[0] + b"".join(sealed) + signature)
        yield Case("last chunk duplicated", head + b"".join(sealed) + sealed[-1] + signature)
        yield Case("chunk 1 dropped", head + b"".join(sealed[1:]) + signature)
        yield Case("last chunk dropped", head + b"".join(sealed[:-1]) + signature)
    for count in (0, 1, 2, 3, 1024, 1025, 65535):
        yield _set(data, 30, struct.pack(">H", count), f"recipient count {count}")
    for region in parts:
        if region.name.endswith("length"):
            for value in (0, 16, 17, 65552, 65553, 2**31, 2**32 - 1):
                yield _set(data, region.start, U32.pack(value), f"{region.name} = {value}")
        if region.name.endswith("flag"):
            for value in (0, 1, 2, 255):
                yield _set(data, region.start, bytes([value]), f"{region.name} = {value}")
    yield Case("a byte appended", data + b"\x00")
    yield Case("a second signature appended", data + signature)
    yield Case("empty file", b"")


def random_case(rng: random.Random, data: bytes) -> Case:
    """A random mutation: mostly bit flips spread over every region."""
    parts = regions(data)
    kind = rng.random()
    if kind < 0.7:
        return _flip(rng, data, rng.choice(parts))
    if kind < 0.8:
        cut = rng.randrange(len(data))
        return Case(f"truncated to {cut} bytes", data[:cut])
    if kind < 0.9:
        at, size = rng.randrange(len(data)), rng.randrange(1, 64)
        return Case(f"{size} random bytes at {at}", data[:at] + rng.randbytes(size) + data[at + size :])
    region = rng.choice(parts)
    return Case(
        f"{region.name} zeroed", data[: region.start] + bytes(region.end - region.start) + data[region.end :]
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, list[tuple[bytes, str]]]]:
    """HQ and two officers, and two real bundles never imported, each with the officer who
    reads it: Anna's to HQ (read at HQ), HQ's to Anna and Bert (read by Anna)."""
    root = tmp_path_factory.mktemp("fuzz")
    world = World(root / "devices")
    anna, bert, hq = world.device("Anna"), world.device("Bert"), world.device("HQ", role="hq")
    for officer in (anna, bert):
        for src, dst in ((officer, hq), (hq, officer)):
            syncing.add_peer(dst, syncing.export_card(src, root / f"{src.author.officer}.card"))
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789 "
    for store in (anna, hq):
        # Text that does not compress much, so each bundle has several payload chunks.
        for n in range(8):
            notes = "".join(rng.choice(letters) for _ in range(20_000))
            records.add(store, "org", {"name": f"{store.author.officer} org {n}", "notes": notes})
    to_hq, to_both = root / "anna-to-hq.liaison", root / "hq-to-both.liaison"
    syncing.export_bundle(anna, to=[hq.author.device_id], path=to_hq)
    syncing.export_bundle(hq, to=[anna.author.device_id, bert.author.device_id], path=to_both)
    world.close()
    yield world, [(to_hq.read_bytes(), "HQ"), (to_both.read_bytes(), "Anna")]


def _integrity(store: Store) -> str:
    with store.session() as s:
        return str(s.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one())


def _check(
    store: Store, case: Case, folder: Path, cli: Callable[[Path], tuple[int, str]] | None, where: str
) -> str:
    path = folder / "case.liaison"
    path.write_bytes(case.data)
    before = state_of(store)
    (outcome,) = syncing.import_bundles(store, [path])
    allowed = {syncing.FileStatus.REFUSED} | ({syncing.FileStatus.HELD} if case.version_touched else set())
    assert outcome.status in allowed, f"{where}: {case.what}: {outcome.status}"
    assert outcome.error is not None and "\n" not in outcome.error, f"{where}: {case.what}: {outcome.error!r}"
    assert state_of(store) == before, f"{where}: {case.what}: the store changed"
    assert _integrity(store) == "ok", f"{where}: {case.what}"
    assert dump.dump_json(store), f"{where}: {case.what}"
    if cli is not None and outcome.status is syncing.FileStatus.REFUSED:
        code, err = cli(path)
        assert code == 4 and err.count("\n") == 1, f"{where}: {case.what}: exit {code}, {err!r}"
    return outcome.refusal.value if outcome.refusal is not None else outcome.status.value


def test_given_mutated_real_bundles_when_imported_then_every_one_is_refused_in_one_line_and_nothing_changes(
    world: tuple[World, list[tuple[bytes, str]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    devices, originals = world
    print(f"\nbundle fuzzing: seed {SEED}, {CASES} random cases", file=sys.stderr)
    rng = random.Random(SEED)
    assert all(len(chunks(data)[1]) > 1 for data, _ in originals)  # chunk shuffles have something to move

    with devices.copy(tmp_path / "devices") as copied:

        def through_cli(reader: str) -> Callable[[Path], tuple[int, str]]:
            cli = Cli(copied.root / reader, monkeypatch)
            monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)  # these profiles' passphrase

            def run(path: Path) -> tuple[int, str]:
                result = cli("sync", "import", str(path))
                return result.code, result.err

            return run

        reasons: Counter[str] = Counter()
        for data, reader in originals:
            for case in deterministic_cases(data):
                if case.data == data:
                    continue  # a value set to what it was: no mutation
                cli = through_cli(reader) if reasons.total() % CLI_EVERY == 0 else None
                reasons[_check(copied[reader], case, tmp_path, cli, f"seed {SEED}")] += 1
        for n in range(CASES):
            data, reader = rng.choice(originals)
            case = random_case(rng, data)
            if case.data == data:
                continue
            cli = through_cli(reader) if n % CLI_EVERY == 0 else None
            reasons[_check(copied[reader], case, tmp_path, cli, f"seed {SEED}, case {n}")] += 1
        found = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common())
        print(f"bundle fuzzing: {reasons.total()} mutated bundles, seed {SEED}: {found}", file=sys.stderr)
        # The unmutated bundles go in: the refusals above were the mutations' doing.
        for n, (data, reader) in enumerate(originals):
            path = tmp_path / f"original-{n}.liaison"
            path.write_bytes(data)
            (outcome,) = syncing.import_bundles(copied[reader], [path])
            assert outcome.status is syncing.FileStatus.IMPORTED, outcome.error
