"""Benchmark: the first area export to an officer, as the sync centre runs it in the worker —
with the heartbeat that reports the seconds and asks whether to stop (SQLite's progress
handler, liaison_app/services/stoppable.py), beside the same export without it, and how soon
a Cancel pressed mid-export stops it.

On a working copy of an HQ profile (`--hq DIR`, copied under `--work`; else one generated
under `--work` by `demo --scale hq --fraction F`, as bench/bench_scoped_relay.py does). Each
round forgets what the last area export left out (the officer holds only what it wrote), so
every export is a first one. Writes "## Export with progress and cancel" in docs/BENCHMARKS.md.

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_export_stop.py
     [--hq DIR] [--work DIR] [--fraction 0.01] [--repeat 3] [--cancel-after 1.0] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

from bench_scoped_relay import _open
from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app.services import stoppable, syncing  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import state  # noqa: E402

SECTION = "Export with progress and cancel"


def _as_first(store: Store, officer: str) -> None:
    with store.session() as s:
        tops = state.stored_tops(s.connection())
        s.connection().exec_driver_sql(
            "UPDATE sync_peer SET known_vv = ?, known_lacks = '{}', scope_basis = NULL WHERE device_id = ?",
            (f'{{"{officer}": {tops.get(officer, 0)}}}', officer),
        )
        s.commit()


def _export(store: Store, officer: str, out: Path, watch: stoppable.Watch | None) -> float:
    _as_first(store, officer)
    start = time.perf_counter()
    syncing.export_bundle(store, to=[officer], path=out, scope=syncing.Scope.AREA, watch=watch)
    out.unlink()
    return (time.perf_counter() - start) * 1000


def _stop_delay(store: Store, officer: str, out: Path, after_s: float) -> float:
    """Milliseconds from the moment Cancel is pressed to the export having stopped."""
    _as_first(store, officer)
    pressed = time.perf_counter() + after_s  # the moment Cancel is pressed

    def watch() -> bool:
        return time.perf_counter() >= pressed

    try:
        syncing.export_bundle(store, to=[officer], path=out, scope=syncing.Scope.AREA, watch=watch)
    except stoppable.StoppedError:
        return (time.perf_counter() - pressed) * 1000
    return float("nan")  # finished before the cancel


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hq", help="an HQ profile folder (copied, never opened in place)")
    parser.add_argument("--work", default="/tmp/bench-export-stop")
    parser.add_argument("--fraction", type=float, default=0.01)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cancel-after", type=float, default=1.0)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    Path(args.work).mkdir(parents=True, exist_ok=True)
    store, source = _open(args, os.environ["LIAISON_PASSPHRASE"])
    field = sorted(
        (p for p in syncing.list_peers(store) if p.card.role == "field" and p.revoked_at is None),
        key=lambda p: p.card.officer,
    )
    officer = field[0].card.device_id
    out = Path(args.work) / "bundle.liaison"
    beats: list[int] = []

    def heartbeat() -> bool:
        beats.append(1)
        return False

    plain, watched, delays = [], [], []
    for round_ in range(args.repeat):
        # Alternating which goes first: on a shared machine, the order would otherwise show.
        for watch in (None, heartbeat) if round_ % 2 == 0 else (heartbeat, None):
            if watch is None:
                plain.append(_export(store, officer, out, None))
            else:
                beats.clear()
                watched.append(_export(store, officer, out, watch))
        delays.append(_stop_delay(store, officer, out, args.cancel_after))
    leftovers = [p for p in Path(args.work).iterdir() if p.name.startswith(".bundle")]
    store.close()
    plain_ms, watched_ms = statistics.median(plain), statistics.median(watched)
    lines = [
        f"## {SECTION}",
        "",
        f"`bench/bench_export_stop.py --repeat {args.repeat} --cancel-after {args.cancel_after}`"
        + (f" --hq {args.hq}" if args.hq else f" --fraction {args.fraction}")
        + f": on {source}, the first area export to one officer (medians of {args.repeat} rounds;",
        f"machine: {platform.machine()}, 2 cores shared with other jobs,"
        f" CPython {platform.python_version()},",
        f"load average {os.getloadavg()[0]:.1f} at the end: rounds differ by a third, the fastest say more).",
        "",
        "| first area export | median | fastest |",
        "|---|---|---|",
        f"| without the heartbeat (baseline) | {plain_ms:,.0f} ms | {min(plain):,.0f} ms |",
        f"| with the heartbeat (as the sync centre runs it; asked {len(beats):,} times)"
        f" | {watched_ms:,.0f} ms"
        f" ({(watched_ms / plain_ms - 1) * 100:+.1f} %) | {min(watched):,.0f} ms"
        f" ({(min(watched) / min(plain) - 1) * 100:+.1f} %) |",
        f"| Cancel pressed after {args.cancel_after:g} s: stopped within"
        f" | {statistics.median(delays):,.0f} ms | worst {max(delays):,.0f} ms |",
        "",
        f"The heartbeat: a watcher thread asks every {stoppable.TICK_S:g} s, and SQLite's progress handler",
        f"every {stoppable.STEPS:,} steps of one query, whether Cancel was pressed (telling the seconds gone",
        "by); told to stop, it interrupts the query under way (the area selection spends its time in Python",
        "between short queries: the next one), the export rolls back and leaves no file"
        f" ({len(leftovers)} partial files left here).",
    ]
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
