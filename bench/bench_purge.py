"""Benchmark: what the seal costs (bytes per changeset, time to seal) and what a purge takes,
on a `demo --scale field` profile (10k records, one officer) built in a temporary folder.

In one run:
1. storage: every stored changeset as written (sealed: per-record salts and the seal, sync.seal)
   against the same body without them (the same-run baseline), raw and as stored (zstd);
2. sealing: the time to salt and seal every body against the time to encode it;
3. purge: `record_purge.purge` of N contacts one at a time (each its own transaction, WAL
   checkpointed) against `records.delete_record` of N other contacts (the same-run baseline).
Writes the figures under "## Purge and the seal" in docs/BENCHMARKS.md (other sections kept).

Run: .venv/bin/python bench/bench_purge.py [--purges 20] [--fraction 1] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench_sync import code_version, machine  # bench/ is on sys.path when run as a script
from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.demo import scale  # noqa: E402
from liaison_app.services import record_purge, records  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import stored_body  # noqa: E402
from sync.capture import sealed  # noqa: E402
from sync.changeset import ChangesetBody  # noqa: E402


def _store(directory: Path) -> Store:
    return profile.init(
        directory,
        passphrase="bench passphrase 1",
        officer_name="Bench",
        device_name="bench-laptop",
        role="field",
        cost=keyfile.KdfCost(8, 1),
    ).store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--purges", type=int, default=20)
    parser.add_argument("--fraction", type=float, default=1.0)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(Path(tmp) / "field")
        p = scale.scaled(scale.FIELD, args.fraction) if args.fraction != 1 else scale.FIELD
        counts = scale.generate(store, p, seed=1)
        with store.session() as s:
            rows = s.connection().exec_driver_sql("SELECT body FROM sync_changeset").all()
        sealed_raw = sealed_packed = plain_raw = plain_packed = records_touched = 0
        bodies = []
        for (stored,) in rows:
            raw = stored_body.unpack(stored)
            body = ChangesetBody.decode(raw)
            plain = replace(body, salts=(), seal="").encode()
            bodies.append(replace(body, salts=(), seal=""))
            sealed_raw += len(raw)
            sealed_packed += len(stored_body.pack(raw))
            plain_raw += len(plain)
            plain_packed += len(stored_body.pack(plain))
            records_touched += len(body.salts)
        key = store.identity.signing_private
        started = time.perf_counter()
        for body in bodies:
            body.encode()
        encode_s = time.perf_counter() - started
        started = time.perf_counter()
        for body in bodies:
            sealed(body, key).encode()
        seal_s = time.perf_counter() - started - encode_s
        contacts = [r.id for r in records.list_records(store, "contact")]
        purge_ms, delete_ms = [], []
        for record_id in contacts[: args.purges]:
            started = time.perf_counter()
            record_purge.purge(store, "contact", [record_id], reason="bench")
            purge_ms.append((time.perf_counter() - started) * 1000)
        for record_id in contacts[args.purges : 2 * args.purges]:
            started = time.perf_counter()
            records.delete_record(store, "contact", record_id)
            delete_ms.append((time.perf_counter() - started) * 1000)
        store.close()
    n = len(rows)
    section = "\n".join(
        [
            "## Purge and the seal",
            "",
            f"`bench/bench_purge.py {' '.join(sys.argv[1:])}` on {platform.node()}, {code_version()};"
            f" {machine((load_before, os.getloadavg()[0]))}. A `demo --scale field` profile"
            f" (fraction {args.fraction:g}: {sum(counts.values()):,} records, {n} changesets touching"
            f" {records_touched:,} records) built in a temporary folder.",
            "",
            "| | sealed (this release) | without salts and seal (baseline) | cost |",
            "|---|---|---|---|",
            f"| bytes per changeset, raw | {sealed_raw / n:,.0f} | {plain_raw / n:,.0f} |"
            f" +{(sealed_raw - plain_raw) / plain_raw:.1%}"
            f" ({(sealed_raw - plain_raw) / records_touched:.0f} B a record) |",
            f"| bytes per changeset, as stored (zstd) | {sealed_packed / n:,.0f} | {plain_packed / n:,.0f} |"
            f" +{(sealed_packed - plain_packed) / plain_packed:.1%} |",
            f"| time to salt and seal every body | {seal_s * 1000:,.0f} ms |"
            f" encode alone {encode_s * 1000:,.0f} ms |"
            f" {seal_s / n * 1000:.2f} ms a changeset |",
            "",
            f"Purging one contact (marker changeset, erasure, its changesets redacted through"
            f" `sync_record_change`, WAL checkpoint): median {statistics.median(purge_ms):.0f} ms,"
            f" max {max(purge_ms):.0f} ms over {len(purge_ms)}; deleting one (the baseline, same run):"
            f" median {statistics.median(delete_ms):.0f} ms, max {max(delete_ms):.0f} ms.",
            "",
        ]
    )
    sys.stdout.write(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", "Purge and the seal", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
