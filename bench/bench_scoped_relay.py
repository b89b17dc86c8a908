"""Benchmark: an HQ export scoped to an officer's area, beside the ordinary export of the run.

On a working copy of an HQ profile (`--hq DIR`, copied under `--work` and upgraded there,
never opened in place; else one generated under `--work` by `liaison demo --scale hq
--fraction F`), for one officer HQ knows:
- first export: the officer holds only what it wrote; scope all sends everything else, scope
  area decides for every changeset HQ holds (decoding each) and sends what concerns the
  officer (the shared organizations' history and what is tied to it, in a generated profile);
- incremental export: after the officer imported the first area bundle and said so (it
  lacks what that bundle left out), 100 edits of another officer's contacts (out of scope)
  and one of the officer's own (in scope): scope area sends the one and leaves the 100 out;
  scope all sends everything the officer still lacks.
Each row: median over `--repeat` rounds (bundles deleted after each), wall clock, with the
bundle's changesets and size; the peak resident memory of the process after the first area
export (VmHWM, Linux). Writes "## Scoped relay" in docs/BENCHMARKS.md (other sections kept).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_scoped_relay.py
     [--hq DIR] [--work DIR] [--fraction 0.05] [--repeat 3] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import profile  # noqa: E402
from liaison_app.services import records, syncing  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import peers, scope_holes, scope_memory, state  # noqa: E402

SECTION = "Scoped relay"
EDITS = 100


def _open(args: argparse.Namespace, passphrase: str) -> tuple[Store, str]:
    work = Path(args.work)
    copy = work / "hq"
    if args.hq:
        if not copy.exists():
            shutil.copytree(args.hq, copy)  # never the profile given: this branch migrates
        return profile.unlock(copy, passphrase), f"a copy of {args.hq}"
    if copy.exists():
        return profile.unlock(
            copy, passphrase
        ), f"`demo --scale hq --fraction {args.fraction}` (kept from a run before)"
    from liaison_app.demo import scale

    store = profile.init(
        copy, passphrase=passphrase, officer_name="HQ", device_name="hq-desk", role="hq"
    ).store
    scale.generate(store, scale.scaled(scale.HQ, args.fraction), seed=1)
    return store, f"`demo --scale hq --seed 1 --fraction {args.fraction}`"


def _timed(call: Callable[[], syncing.ExportResult]) -> tuple[float, syncing.ExportResult]:
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def _export(
    store: Store, officer: str, path: Path, scope: syncing.Scope
) -> tuple[float, syncing.ExportResult]:
    timed = _timed(lambda: syncing.export_bundle(store, to=[officer], path=path, scope=scope))
    path.unlink()
    return timed


def _left_out(store: Store, officer: str) -> scope_holes.Ranges:
    """What the area export just written left out for the officer (HQ's memory of it)."""
    with store.session() as s:
        basis = scope_memory.load(s.connection(), officer)
    return basis.omitted if basis is not None else {}


def _acknowledge(store: Store, officer: str, lacks: scope_holes.Ranges) -> None:
    """As if the officer imported the first area bundle and then sent HQ one of its own: it
    has passed everything HQ has, and lacks what that bundle left out. (Until session 9 this
    said it lacked every other officer's changesets: true only of a profile where officers
    touch only their own records, so the incremental export looked at everything again.)"""
    with store.session() as s:
        conn = s.connection()
        vv = state.version_vector(conn)
        peers.note_lacks(conn, officer, lacks, vv)
        peers.note_known(conn, officer, vv, now="2026-12-01T00:00:00Z")
        s.commit()


def _edits(store: Store, officer: str, other: str) -> None:
    with store.session() as s:
        conn = s.connection()
        theirs = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM contact WHERE author_device = ? LIMIT ?", (other, EDITS)
            )
        ]
        (mine,) = conn.exec_driver_sql(
            "SELECT id FROM contact WHERE author_device = ? LIMIT 1", (officer,)
        ).first()
    for n, record_id in enumerate(theirs):
        records.edit(store, "contact", record_id, {"position": f"bench edit {n}"})
    records.edit(store, "contact", mine, {"position": "bench edit, in scope"})


def _hwm_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hq", help="an HQ profile folder (copied, never opened in place)")
    parser.add_argument("--work", default="/tmp/bench-scoped-relay")
    parser.add_argument("--fraction", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--note", default="", help="a line on the profile measured, for the section")
    args = parser.parse_args()
    passphrase = os.environ["LIAISON_PASSPHRASE"]
    Path(args.work).mkdir(parents=True, exist_ok=True)
    store, source = _open(args, passphrase)
    field = sorted(
        (p for p in syncing.list_peers(store) if p.card.role == "field" and p.revoked_at is None),
        key=lambda p: p.card.officer,
    )
    officer, other = field[0].card.device_id, field[1].card.device_id
    out = Path(args.work) / "bundle.liaison"
    rss_before = _hwm_mb()
    peak = rss_before
    rows: dict[str, list[tuple[float, syncing.ExportResult]]] = {}
    for round_ in range(args.repeat):
        # The officer holds only what it wrote (as the generated HQ says of every officer).
        with store.session() as s:
            tops = state.stored_tops(s.connection())
            s.connection().exec_driver_sql(
                "UPDATE sync_peer SET known_vv = ?, known_lacks = '{}', scope_basis = NULL"
                " WHERE device_id = ?",
                (f'{{"{officer}": {tops.get(officer, 0)}}}', officer),
            )
            s.commit()
        rows.setdefault("first, scope area", []).append(_export(store, officer, out, syncing.Scope.AREA))
        left_out = _left_out(store, officer)
        if round_ == 0:
            peak = _hwm_mb()
        rows.setdefault("first, scope all (baseline)", []).append(
            _export(store, officer, out, syncing.Scope.ALL)
        )
        _acknowledge(store, officer, left_out)
        _edits(store, officer, other)
        rows.setdefault("incremental, scope area", []).append(
            _export(store, officer, out, syncing.Scope.AREA)
        )
        rows.setdefault("incremental, scope all (baseline)", []).append(
            _export(store, officer, out, syncing.Scope.ALL)
        )
    with store.session() as s:
        held = s.connection().exec_driver_sql("SELECT count(*) FROM sync_changeset").scalar_one()
        live = sum(
            s.connection().exec_driver_sql(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL").scalar_one()
            for t in ("organization", "contact", "meeting", "action_item")
        )
    store.close()
    lines = [
        f"## {SECTION}",
        "",
        f"`bench/bench_scoped_relay.py --repeat {args.repeat}`"
        + (f" --hq {args.hq}" if args.hq else f" --fraction {args.fraction}")
        + f": on {source} ({live:,} live records, {held:,} changesets), HQ's exports to one officer",
        f"beside the ordinary export of the same run. Medians of {args.repeat} rounds;"
        f" machine: {platform.machine()}, 2 cores shared with other jobs,",
        f"CPython {platform.python_version()}, load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| export to one officer | time | changesets sent | left out | bundle |",
        "|---|---|---|---|---|",
    ]
    for name, runs in rows.items():
        ms = statistics.median(t for t, _ in runs)
        last = runs[-1][1]
        size = f"{last.size / 1e6:,.1f} MB"
        lines.append(f"| {name} | {ms:,.0f} ms | {last.changesets:,} | {last.omitted:,} | {size} |")
    lines += [
        "",
        f"Peak resident memory of the process after the first area export: {peak:,.0f} MB"
        f" ({rss_before:,.0f} MB before it).",
        "",
        "What it costs: an area export reads and decodes every changeset the officer lacks (to",
        "group them by the records they touch and name, sync/scope.py), where the ordinary export",
        "copies their bodies without decoding them. What the officer lacks includes what earlier",
        "area bundles left out; HQ remembers that per officer with a Bloom filter of the records",
        "it touches (sync/scope_memory.py), so the incremental area export reads only the new",
        "changes and leaves the rest out again unread. Left-out changesets cost their numbers in",
        "the header (ranges per origin), never their bodies.",
        "",
        "Why the first area export costs what it does (cProfile, issue 11): it decodes every",
        "body the officer lacks (about 90 operations each) to find the records each touches and",
        "names; the ordinary export copies the same bodies undecoded. Before this session it",
        "also paid a statement through SQLAlchemy per changeset and per 400 records (more than the",
        "decoding), and Python's cyclic collector walking the groups' maps again and again. Now the",
        "bodies are read on the driver's cursor in clock order (the order they were stored in), the",
        "operations are read in one loop that looks up a record's reference fields once per",
        "record, the collector is paused for the selection (sync.collector), and the check of what",
        "the officer holds asks only for rows of the origins it holds anything of. What remains",
        "is mostly `json.loads` of the bodies and the per-operation loop, both linear in what the",
        "officer lacks; memory holds one body at a time plus a node per candidate changeset and",
        "an entry per record they touch.",
        *(["", args.note] if args.note else []),
    ]
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
