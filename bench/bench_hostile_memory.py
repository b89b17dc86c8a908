"""Benchmark: what a validly signed but hostile bundle costs the device that imports it.

Two bundles, both signed by a trusted officer's own key (a compromised laptop):

- `issue`: the bundle of issue 9, N changesets each holding one distinct value of almost
  16 MiB (the largest item the container carries). zstd shrinks it to a few tens of KB.
- `capped`: N changesets just under the caps of `sync.limits` (8 MiB each: 400 records of
  20,000 characters, the longest text a local edit writes), which must go in.

Each import runs in a fresh process, so its peak resident memory (`ru_maxrss`) is the
import's own; disk is the profile folder's growth. `--code DIR` runs the same against
another checkout (e.g. the release before the caps) to compare.

Run: .venv/bin/python bench/bench_hostile_memory.py [--changesets 32] [--case issue|capped|both]
     [--code DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, os.environ.get("LIAISON_CODE", str(HERE.parent.parent)))

PASSPHRASE = "bench passphrase"
NOTE = 20_000
ITEM_VALUE = 16 * 1024 * 1024 - 4096  # the item (signature + body) stays under 16 MiB


def _store(directory: Path) -> Any:
    from liaison_app import keyfile, profile

    if profile.exists(directory):
        return profile.unlock(directory, PASSPHRASE)
    name = directory.name
    role = "hq" if name == "hq" else "field"
    cost = keyfile.KdfCost(memory_mib=8, iterations=1)
    return profile.init(
        directory, passphrase=PASSPHRASE, officer_name=name, device_name=name, role=role, cost=cost
    ).store


def _bodies(template: Any, case: str, count: int) -> Iterator[Any]:
    from sync.changeset import ChangesetBody, Op

    first = template.ops[0].record_id
    shape = [op for op in template.ops if op.record_id == first]
    for seq in range(2, count + 2):
        if case == "issue":
            texts = [f"{seq:04d}" + chr(65 + seq % 26) * ITEM_VALUE]
        else:
            texts = [f"{seq:04d}{n:04d}" + chr(65 + (seq + n) % 26) * (NOTE - 8) for n in range(400)]
        ops = []
        for index, text in enumerate(texts):
            record_id = f"{seq:08d}-0000-4000-8000-{index:012d}"
            ops += [
                Op(op.kind, record_id, op.field, text if op.field == "notes" else op.value) for op in shape
            ]
        yield ChangesetBody(template.origin, seq, template.hlc + seq, template.officer, {}, tuple(ops))


def prepare(root: Path, case: str, count: int) -> dict[str, Any]:
    """Two trusted devices and the hostile bundle, written one item at a time."""
    from liaison_app.services import records, syncing
    from sync import exchange, stored_body
    from sync.changeset import ChangesetBody, pack_item, sign

    anna, hq = _store(root / "anna"), _store(root / "hq")
    for src, dst in ((anna, hq), (hq, anna)):
        syncing.add_peer(dst, syncing.export_card(src, root / f"{src.author.officer}.card"))
    records.add(anna, "org", {"name": "World Food Programme"})
    with anna.session() as s:
        raw = stored_body.unpack(
            s.connection().exec_driver_sql("SELECT body FROM sync_changeset").scalar_one()
        )
    template = ChangesetBody.decode(raw)

    def items(*_args: object) -> Iterator[bytes]:
        yield pack_item(raw, sign(raw, anna.identity.signing_private))
        for body in _bodies(template, case, count):
            encoded = body.encode()
            yield pack_item(encoded, sign(encoded, anna.identity.signing_private))

    exchange._items = items  # type: ignore[assignment]  # the bench's hostile writer
    path = root / "hostile.liaison"
    result = syncing.export_bundle(anna, to=[hq.author.device_id], path=path)
    anna.close()
    hq.close()
    return {"bundle_bytes": result.size, "changesets": result.changesets}


def _folder_size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())


def do_import(root: Path) -> dict[str, Any]:
    """Import the bundle at HQ; this process's peak memory and the profile's growth."""
    from liaison_app.services import syncing

    hq = _store(root / "hq")
    before = _folder_size(root / "hq")
    start = time.perf_counter()
    outcome = syncing.import_bundle(hq, root / "hostile.liaison")
    seconds = time.perf_counter() - start
    hq.close()
    counts = dataclasses.asdict(outcome.counts)
    return {
        "seconds": round(seconds, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "disk_growth_mib": round((_folder_size(root / "hq") - before) / 2**20, 1),
        "counts": {k: v for k, v in counts.items() if v},
    }


def _child(phase: str, root: Path, case: str, count: int, code: Path) -> dict[str, Any]:
    env = {**os.environ, "LIAISON_CODE": str(code), "QT_QPA_PLATFORM": "offscreen"}
    argv = [sys.executable, str(HERE), "--phase", phase, "--root", str(root), "--case", case]
    done = subprocess.run(
        [*argv, "--changesets", str(count)], env=env, cwd=code, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{phase} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    """Prepare each bundle in one process, import it in another, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--changesets", type=int, default=32)
    parser.add_argument("--case", choices=["issue", "capped", "both"], default="both")
    parser.add_argument("--code", type=Path, default=HERE.parent.parent)
    parser.add_argument("--phase", choices=["prepare", "import"], help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "prepare":
        print(json.dumps(prepare(args.root, args.case, args.changesets)))
        return 0
    if args.phase == "import":
        print(json.dumps(do_import(args.root)))
        return 0
    for case in ("issue", "capped") if args.case == "both" else (args.case,):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            made = _child("prepare", root, case, args.changesets, args.code.resolve())
            taken = _child("import", root, case, args.changesets, args.code.resolve())
            print(json.dumps({"case": case, "code": str(args.code), **made, **taken}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
