"""Benchmark: HQ's export to one officer when some records are shared with HQ only, beside
the same export of the same run with none (the baseline).

On a profile generated under `--work` by `liaison demo --scale hq --fraction F` (or a copy of
`--hq DIR`, never opened in place), for the first field officer HQ knows, who holds only what
it wrote: scope all with no HQ-only record (baseline: one index lookup per kind, then the
ordinary export), then with `--share` of the other officers' contacts, organizations and
meetings marked HQ-only (each found through the partial index of schema 26, its changesets
through sync_record_change, only those bodies decoded, then left out as omitted ranges).
Each row: median over `--repeat` rounds, wall clock, with the changesets sent and left out.
Writes "## HQ-only records at relay" in docs/BENCHMARKS.md (other sections kept).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_hq_only.py
     [--hq DIR] [--work DIR] [--fraction 0.01] [--share 0.01] [--repeat 3] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import profile  # noqa: E402
from liaison_app.services import syncing  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import scope_hq, state  # noqa: E402

SECTION = "HQ-only records at relay"
_TABLES = ("organization", "contact", "meeting")


def _open(args: argparse.Namespace, passphrase: str) -> tuple[Store, str]:
    copy = Path(args.work) / "hq"
    if args.hq:
        if not copy.exists():
            shutil.copytree(args.hq, copy)
        return profile.unlock(copy, passphrase), f"a copy of {args.hq}"
    if copy.exists():
        return profile.unlock(copy, passphrase), f"`demo --scale hq --fraction {args.fraction}` (kept)"
    from liaison_app.demo import scale

    store = profile.init(
        copy, passphrase=passphrase, officer_name="HQ", device_name="hq-desk", role="hq"
    ).store
    scale.generate(store, scale.scaled(scale.HQ, args.fraction), seed=1)
    return store, f"`demo --scale hq --seed 1 --fraction {args.fraction}`"


def _reset(store: Store, officer: str) -> None:
    """The officer holds only what it wrote, and lacks nothing it was told of."""
    with store.session() as s:
        tops = state.stored_tops(s.connection())
        s.connection().exec_driver_sql(
            "UPDATE sync_peer SET known_vv = ?, known_lacks = '{}', scope_basis = NULL WHERE device_id = ?",
            (f'{{"{officer}": {tops.get(officer, 0)}}}', officer),
        )
        s.commit()


def _share(store: Store, officer: str, share: float) -> int:
    """Mark that share of the other officers' records HQ-only (as an edit would leave them)."""
    step = max(1, round(1 / share)) if share > 0 else 0
    marked = 0
    with store.session() as s:
        for table in _TABLES:
            if step:
                marked += (
                    s.connection()
                    .exec_driver_sql(
                        f"UPDATE {table} SET sharing = 'hq' WHERE rowid % ? = 0 AND author_device != ?",
                        (step, officer),
                    )
                    .rowcount
                )
            else:
                s.connection().exec_driver_sql(f"UPDATE {table} SET sharing = 'mission'")
        s.commit()
    return marked


def _export(store: Store, officer: str, path: Path) -> tuple[float, syncing.ExportResult]:
    _reset(store, officer)
    start = time.perf_counter()
    result = syncing.export_bundle(store, to=[officer], path=path, scope=syncing.Scope.ALL)
    elapsed = (time.perf_counter() - start) * 1000
    path.unlink()
    return elapsed, result


def _withheld_ms(store: Store, officer: str) -> float:
    _reset(store, officer)
    with store.session() as s:
        conn = s.connection()
        peer = next(p for p in syncing.list_peers(store) if p.card.device_id == officer)
        reader = scope_hq.Reader(officer, False, peer.known_vv, {})
        start = time.perf_counter()
        scope_hq.withheld(conn, [reader])
        return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hq", help="an HQ profile folder (copied, never opened in place)")
    parser.add_argument("--work", default="/tmp/bench-hq-only")
    parser.add_argument("--fraction", type=float, default=0.01)
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--repeat", type=int, default=3)
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
    rows: dict[str, list[tuple[float, syncing.ExportResult]]] = {}
    rules: list[float] = []
    marked = 0
    for _ in range(args.repeat):
        _share(store, officer, 0)
        rows.setdefault("scope all, no HQ-only record (baseline)", []).append(_export(store, officer, out))
        marked = _share(store, officer, args.share)
        rows.setdefault(f"scope all, {marked:,} HQ-only records", []).append(_export(store, officer, out))
        rules.append(_withheld_ms(store, officer))
    _share(store, officer, 0)
    with store.session() as s:
        held = s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one()
    store.close()
    lines = [
        f"## {SECTION}",
        "",
        f"`bench/bench_hq_only.py --fraction {args.fraction} --share {args.share} --repeat {args.repeat}`:"
        f" on {source} ({held:,} changesets), HQ's scope-all export to one officer holding only its own",
        f"work, beside the same export with no HQ-only record. Medians of {args.repeat} rounds; machine:",
        f"{platform.machine()}, 2 cores shared with other jobs, CPython {platform.python_version()},"
        f" load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| export to one officer | time | changesets sent | left out |",
        "|---|---|---|---|",
    ]
    for name, runs in rows.items():
        last = runs[-1][1]
        ms = statistics.median(t for t, _ in runs)
        lines.append(f"| {name} | {ms:,.0f} ms | {last.changesets:,} | {last.omitted:,} |")
    lines += [
        "",
        f"Deciding what to leave out (`sync.scope_hq.withheld`) took {statistics.median(rules):,.0f} ms"
        f" of that for {marked:,} HQ-only records: the partial index lists them, sync_record_change their",
        "changesets, and only those bodies are decoded (for what else they touch, and to find what",
        "names them by a foreign key), never the rest; with none, it is one index lookup per kind.",
        "Left out counts changesets: one that touches an HQ-only record travels whole or not at all,",
        "so it keeps back the other records it writes (a bulk import's changeset holds hundreds).",
        "The rest of the difference: an export that leaves something out reads the bodies to send",
        "one statement each, from the selection (as an area export does), where the ordinary export",
        "streams them in one pass.",
    ]
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
