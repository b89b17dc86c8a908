"""Benchmark: the first page of every list with the filters that combine (issue 11: origin
officer, organization, area with its sub-areas, date range), beside the same list
unfiltered, in the same run, on a working copy of an HQ profile.

"First page" is what a list screen reads before it shows rows: the count (`ListWindow`),
the first page of ids (the window's page of 500) and the rows of the first 100. Each row is
the median of `--repeat` rounds on one open store (the first round reads cold pages).

The copy is opened by this release (migrated to schema v016, once). A profile generated
before areas existed gets them on the copy, as `liaison demo --scale hq` now writes them:
the demo mission's areas, each officer's records in their home district (85 %) or another
one, HQ's assignment of that district to the officer. Those writes go straight into the
copy's tables (they are the bench's set-up, not anything a device would sync).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_filtered_lists.py
     [--hq DIR] [--work DIR] [--repeat 3] [--no-write] [--fresh]
Writes "## Filtered lists" in docs/BENCHMARKS.md (other sections are kept).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import profile  # noqa: E402
from liaison_app.demo import areas as demo_areas  # noqa: E402
from liaison_app.services import areas, list_filters, list_window, listing, records  # noqa: E402
from liaison_app.services.list_window import ListWindow  # noqa: E402
from liaison_app.services.listing import ListQuery  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "Filtered lists"
PAGE = 100
TARGET_MS = 100.0
_HOME_SHARE = 0.85


def first_page(store: Store, query: ListQuery) -> tuple[float, int]:
    """Milliseconds for the count, the window's first page of ids and 100 rows; the count."""
    started = time.perf_counter()
    window = ListWindow(store, query)
    ids = window[0 : min(PAGE, len(window))]
    listing.load_rows(store, query.kind, ids)
    return (time.perf_counter() - started) * 1000, len(window)


def copy_profile(source: Path, target: Path, *, fresh: bool) -> None:
    if fresh and target.exists():
        subprocess.run(["rm", "-rf", str(target)], check=True)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", str(source), str(target)], check=True)


def give_areas(store: Store) -> None:
    """The demo's areas and an area for each record of an older generated profile (once)."""
    if records.list_records(store, "area"):
        return
    ids: dict[str, str] = {}
    with records.batch(store) as writes:
        for spec in demo_areas.AREAS:
            parent = ids[spec.parent] if spec.parent else None
            ids[spec.key] = writes.add("area", demo_areas.fields(spec, parent)).id
    districts = [ids[d.key] for d in demo_areas.DISTRICTS]
    rng = random.Random(1)
    with store.session() as s:
        conn = s.connection()
        peers = conn.exec_driver_sql("SELECT device_id FROM sync_peer ORDER BY device_id")
        devices = [row[0] for row in peers]
        for n, device in enumerate(devices):
            home = districts[n % len(districts)]
            other = rng.choice(districts)
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO area_assignment (device_id, area_id, assigned_at) VALUES (?, ?, ?)",
                (device, home, "2026-12-01T00:00:00Z"),
            )
            for table in ("organization", "contact", "meeting"):
                conn.exec_driver_sql(
                    f"UPDATE {table} SET area_id = CASE WHEN abs(random()) % 100 < ? THEN ? ELSE ? END"
                    " WHERE author_device = ?",
                    (int(_HOME_SHARE * 100), home, other, device),
                )
        conn.exec_driver_sql("ANALYZE")
        s.commit()


def cases(store: Store) -> list[tuple[str, str, dict[str, str]]]:
    """(label, kind, filters) an analyst combines, resolved as the CLI resolves them."""
    with store.session() as s:
        conn = s.connection()
        first_peer = "SELECT device_id FROM sync_peer ORDER BY device_id LIMIT 1"
        device = conn.exec_driver_sql(first_peer).scalar_one()
        # The organization with the most contacts: the heaviest organization filter.
        org = conn.exec_driver_sql(
            "SELECT organization_id FROM contact WHERE deleted_at IS NULL AND organization_id IS NOT NULL"
            " GROUP BY organization_id ORDER BY count(*) DESC LIMIT 1"
        ).scalar_one()
        last = conn.exec_driver_sql("SELECT max(substr(start_utc, 1, 10)) FROM meeting").scalar_one()
    province = list_filters.area_value(store, areas.resolve(store, "XM04"))
    district = list_filters.area_value(store, areas.resolve(store, "XM0402"))
    end = date.fromisoformat(last)
    month = {"from": (end - timedelta(days=30)).isoformat(), "to": end.isoformat()}

    def resolved(kind: str, **wanted: str) -> dict[str, str]:
        return list_filters.resolve(store, kind, list_filters.Wanted(**wanted))

    found: list[tuple[str, str, dict[str, str]]] = []
    for kind in ("meeting", "contact", "org", "action"):
        base = {"open": ""} if kind == "action" else {}
        found += [
            ("unfiltered (baseline)", kind, base),
            ("officer", kind, base | {"device": device}),
            ("area adm1 (with its districts)", kind, base | {"area": province}),
            ("area adm2", kind, base | {"area": district}),
            ("organization", kind, base | resolved(kind, org=org)),
            ("last 30 days", kind, base | month),
            ("area adm1 + last 30 days", kind, base | {"area": province} | month),
            ("area adm2 + officer", kind, base | {"area": district, "device": device}),
            ("officer + last 30 days", kind, base | {"device": device} | month),
            ("organization + last 30 days", kind, base | resolved(kind, org=org) | month),
            ("area adm1 + organization", kind, base | {"area": province} | resolved(kind, org=org)),
        ]
    return found


@dataclass(frozen=True, slots=True)
class Measured:
    """One case's medians: the first page, its count alone, and the count read from the
    records as before the kept counts (the same-run baseline; None when the table's own kept
    count answers, as it did before)."""

    kind: str
    label: str
    first_page_ms: float
    count_ms: float
    records_count_ms: float | None
    listed: int
    kept: bool


def timed_ms(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def records_count(store: Store, query: ListQuery) -> Callable[[], object] | None:
    """The count as it reads the records (no kept counts), or None if the table's kept count answers."""
    found = list_window.count_query(query, kept=False)
    if found is None:
        return None
    sql, params = found

    def run() -> object:
        with store.session() as s:
            return s.connection().exec_driver_sql(sql, params).scalar_one()

    return run


def measure(store: Store, repeat: int) -> list[Measured]:
    rows = []
    for label, kind, filters in cases(store):
        query = ListQuery(kind, filters=filters)
        baseline = records_count(store, query)
        pages, counts, before, count = [], [], [], 0
        for _ in range(repeat):
            ms, count = first_page(store, query)
            pages.append(ms)
            counts.append(timed_ms(lambda q=query: list_window.count_listed(store, q)))  # type: ignore[misc]
            if baseline is not None:
                before.append(timed_ms(baseline))
        kept = listing.kept_count(query) is not None
        row = Measured(
            kind,
            label,
            statistics.median(pages),
            statistics.median(counts),
            statistics.median(before) if before else None,
            count,
            kept,
        )
        rows.append(row)
        was = "" if row.records_count_ms is None else f"  count from records {row.records_count_ms:8.1f} ms"
        print(f"{kind:8} {label:34} {row.first_page_ms:8.1f} ms  {count:>8} rows{was}", flush=True)
    return rows


def section(rows: list[Measured], hq: Path, records_held: int, repeat: int, note: str = "") -> str:
    worst = max(r.first_page_ms for r in rows if "baseline" not in r.label)
    worst_before = max(
        (r.first_page_ms - r.count_ms + r.records_count_ms for r in rows if r.records_count_ms is not None),
        default=0.0,
    )
    lines = [
        f"## {SECTION}",
        "",
        "Issue 11: every list filters by origin officer, organization, area (with the areas",
        "inside it) and date range, combined; target: a filtered list's first page under",
        f"{TARGET_MS:.0f} ms at HQ scale. Measured by `bench/bench_filtered_lists.py` on a copy of",
        f"`{hq}` ({records_held:,} live records; areas given to the copy as the demo gives them),",
        f"median of {repeat} rounds on one open store; {platform.python_version()},",
        f"{platform.machine()}, {os.cpu_count()} cores.",
        "First page = count + the window's first 500 ids + 100 rows (what a list screen reads",
        "before it shows rows). The action list is measured with its default view (open).",
        "Same-run baseline: the count read from the records (the covering index of the filter),",
        "as every filtered count was before the kept counts (`list_count`, db/list_counts.py);",
        '"kept" says whether this case\'s count now sums kept rows.',
        *([note, ""] if note else [""]),
        "| list | filter | first page (ms) | its count (ms) | baseline: count from the records (ms)"
        " | kept | rows listed |",
        "|---|---|---:|---:|---:|---|---:|",
    ]
    for r in rows:
        before = "" if r.records_count_ms is None else f"{r.records_count_ms:.1f}"
        kept = "yes" if r.kept else ""
        lines.append(
            f"| {r.kind} | {r.label} | {r.first_page_ms:.1f} | {r.count_ms:.1f} | {before} | {kept}"
            f" | {r.listed:,} |"
        )
    verdict = "met" if worst < TARGET_MS else "NOT met"
    lines += [
        "",
        f"Worst filtered first page: {worst:.1f} ms (target {TARGET_MS:.0f} ms: {verdict}); with the",
        f"count read from the records instead, the worst would be {worst_before:.1f} ms.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hq", type=Path, default=Path("/work/hq/profile"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/areas-bench"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="copy the profile again")
    parser.add_argument("--note", default="", help="a line on the profile measured, for the section")
    args = parser.parse_args(argv)
    passphrase = os.environ["LIAISON_PASSPHRASE"]
    work = args.work / "hq"
    copy_profile(args.hq, work, fresh=args.fresh)
    timed: Callable[[], float] = time.perf_counter
    started = timed()
    with profile.unlock(work, passphrase) as store:
        print(f"opened (and migrated) in {timed() - started:.1f} s", flush=True)
        give_areas(store)
        held = sum(listing.count(store, kind) for kind in ("org", "contact", "meeting", "action"))
        rows = measure(store, args.repeat)
    if not args.no_write:
        write_section(
            ROOT / "docs" / "BENCHMARKS.md", SECTION, section(rows, args.hq, held, args.repeat, args.note)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
