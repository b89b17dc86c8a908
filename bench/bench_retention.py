"""Benchmark: the Review list (issue 13, retention) on a generated HQ profile.

In one run, on a real SQLCipher profile built by `demo --scale hq --fraction F` (in a
temporary folder, passphrase "bench"), with every record's last change spread over the last
four years (so about half of them are past the default periods):
1. `retention.due`: the first page (200 records) and the next, as the Review screen and
   `liaison retention list` read them, with the v027 indexes;
2. the same-run baseline: the same first page on a copy whose v027 indexes are dropped
   (what it would cost without them: a scan and sort of every record of each kind);
3. `retention.keep` of the 200 records of the first page.
Writes the figures under "## Retention review" in docs/BENCHMARKS.md.

Run: .venv/bin/python bench/bench_retention.py [--fraction 0.02] [--no-write]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from benchdoc import write_section  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.migrations import v027_retention  # noqa: E402
from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.clock import today  # noqa: E402
from liaison_app.demo import scale  # noqa: E402
from liaison_app.services import retention  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "Retention review"
PASSPHRASE = "bench"
TABLES = ("organization", "contact", "meeting", "action_item")


def _build(directory: Path, fraction: float) -> int:
    store = profile.init(
        directory, passphrase=PASSPHRASE, officer_name="Bench", device_name="bench", role="hq",
        cost=keyfile.KdfCost(8, 1),
    ).store  # fmt: skip
    counts = scale.generate(store, scale.scaled(scale.HQ, fraction), seed=1)
    with store.session() as s:
        for table in TABLES:  # last changes spread over four years
            s.connection().exec_driver_sql(
                f"UPDATE {table} SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now',"
                " '-' || (abs(random()) % 1460) || ' days')"
            )
        s.commit()
    store.close()
    return sum(counts.values())


def _timed(store: Store, runs: int = 5) -> tuple[float, retention.DuePage]:
    best, page = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        page = retention.due(store)
        best = min(best, time.perf_counter() - started)
    assert page is not None
    return best, page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fraction", type=float, default=0.02)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        size = _build(work / "hq", args.fraction)
        shutil.copytree(work / "hq", work / "baseline")
        with profile.unlock(work / "hq", PASSPHRASE) as store:
            first_s, page = _timed(store)
            started = time.perf_counter()
            retention.due(store, after=page.after)
            next_s = time.perf_counter() - started
            started = time.perf_counter()
            retention.keep(
                store, [(r.kind, r.record_id) for r in page.records], until=today() + timedelta(days=30)
            )
            keep_s = time.perf_counter() - started
        with profile.unlock(work / "baseline", PASSPHRASE) as base:
            with base.session() as s:
                for statement in v027_retention._STATEMENTS[2:]:
                    s.connection().exec_driver_sql(f"DROP INDEX {statement.split()[2]}")
                s.commit()
            base_s, _ = _timed(base, runs=2)
    lines = [
        f"## {SECTION}",
        "",
        f"`bench/bench_retention.py --fraction {args.fraction}`: {size:,} records"
        f" (`demo --scale hq --fraction {args.fraction}`), last changes spread over four years;"
        f" {platform.machine()}, Python {platform.python_version()}. Best of 5 (baseline: of 2).",
        "",
        "| step | seconds |",
        "|---|---|",
        f"| first page of the Review list (200 due), v027 indexes | {first_s:.3f} |",
        f"| next page | {next_s:.3f} |",
        f"| baseline: first page without the v027 indexes (same run) | {base_s:.3f} |",
        f"| keep the 200 records of the page | {keep_s:.3f} |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section(args.out, SECTION, text)


if __name__ == "__main__":
    main()
