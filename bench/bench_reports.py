"""Benchmark: the four PDF reports of issue 12, on an HQ-scale profile beside a field profile
in the same run, with a whole-table scan beside them as the baseline they avoid.

Each report is timed twice: gathering its data (the indexed, bounded queries) and rendering
the PDF (fpdf2, and for the weekly summary the matplotlib chart). The periods are the last
7 days that hold meetings in each profile, for all officers and for the officer with the
most meetings in them. The baseline is what the weekly summary's "closed" count would cost
without the look-back through meetings: one scan of every action's completion time.
Each figure is the median of `--repeat` rounds on one open store.

The profiles are opened read-only in spirit: the reports only read. Copies are still
made under `--work` (a profile is never opened in place) and reused by later runs.

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_reports.py
     [--hq DIR] [--field DIR] [--work DIR] [--repeat 3] [--no-write]
Writes "## Reports" in docs/BENCHMARKS.md (other sections are kept).
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
from datetime import date, datetime, timedelta
from pathlib import Path

from benchdoc import write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from liaison_app import profile  # noqa: E402
from liaison_app.services.reports import (  # noqa: E402
    action_register,
    handover,
    meeting_report,
    render_actions,
    render_handover,
    render_meeting,
    render_weekly,
    weekly,
)
from liaison_app.services.reports.period import Period  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "Reports"
TARGET_GATHER_MS = 1000.0  # a report the user waits for (behind a progress bar)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def median_of(repeat: int, action: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        ms, result = timed(action)
        times.append(ms)
    return statistics.median(times), result


def copy_profile(source: Path, target: Path) -> None:
    if not (target / "liaison.db").exists():
        shutil.copytree(source, target, dirs_exist_ok=True)


def last_week(store: Store) -> tuple[Period, str]:
    """The 7 days up to the latest meeting, and the officer with the most meetings in them."""
    with store.session() as s:
        conn = s.connection()
        latest = conn.execute(
            text("SELECT max(start_utc) FROM meeting WHERE deleted_at IS NULL AND start_utc < :now"),
            {"now": datetime.now().astimezone().isoformat()},
        ).scalar_one()
        last = datetime.fromisoformat(str(latest).replace("Z", "+00:00")).astimezone().date()
        period = Period(last - timedelta(days=6), last)
        officer = conn.execute(
            text(
                "SELECT author_officer FROM meeting WHERE deleted_at IS NULL"
                " AND start_utc >= :low AND start_utc < :high"
                " GROUP BY author_officer ORDER BY count(*) DESC LIMIT 1"
            ),
            {"low": period.low, "high": period.high},
        ).scalar_one()
    return period, str(officer)


def latest_meeting(store: Store) -> str:
    with store.session() as s:
        return str(
            s.connection()
            .execute(
                text("SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY start_utc DESC, id LIMIT 1")
            )
            .scalar_one()
        )


def closed_by_scan(store: Store, period: Period) -> int:
    with store.session() as s:
        return int(
            s.connection()
            .execute(
                text("SELECT count(*) FROM action_item WHERE completed_at >= :low AND completed_at < :high"),
                {"low": period.low, "high": period.high},
            )
            .scalar_one()
        )


def measure(store: Store, repeat: int) -> dict[str, tuple[float, float, str]]:
    """Per row: (gather ms, render ms, what it held)."""
    rows: dict[str, tuple[float, float, str]] = {}
    period, officer = last_week(store)
    today = period.last + timedelta(days=1)
    meeting_id = latest_meeting(store)

    def both(
        name: str,
        gather: Callable[[], object],
        render: Callable[[object], bytes],
        note: Callable[[object], str],
    ) -> None:
        gathered_ms, data = median_of(repeat, gather)
        rendered_ms, pdf = median_of(repeat, lambda: render(data))
        assert isinstance(pdf, bytes)
        rows[name] = (gathered_ms, rendered_ms, f"{note(data)}; {len(pdf) // 1024} KB")

    both(
        "meeting report (latest meeting)",
        lambda: meeting_report.gather(store, meeting_id),
        lambda d: render_meeting.render(d, issued="X"),  # type: ignore[arg-type]
        lambda d: f"{len(d.participants)} participants, {len(d.actions)} actions",  # type: ignore[attr-defined]
    )
    for label, who in (("all officers", ""), ("one officer", officer)):

        def summary(who: str = who) -> object:
            return weekly.gather(store, period=period, officer=who, today=today)

        both(
            f"weekly summary, {label}",
            summary,
            lambda d: render_weekly.render(d, issued="X", author="bench"),  # type: ignore[arg-type]
            lambda d: (
                f"{d.engagement_total} engagements, {d.opened.total} opened, "  # type: ignore[attr-defined]
                f"{d.closed.total} closed, {d.overdue.total} overdue"  # type: ignore[attr-defined]
            ),
        )
    both(
        "action register",
        lambda: action_register.gather(store, on=today),
        lambda d: render_actions.render(d, issued="X", author="bench"),  # type: ignore[arg-type]
        lambda d: f"{d.overdue.total} overdue, {d.due_soon.total} due soon",  # type: ignore[attr-defined]
    )
    both(
        "handover pack (this profile's officer)",
        lambda: handover.gather(store, today=today),
        lambda d: render_handover.render(d, issued="X"),  # type: ignore[arg-type]
        lambda d: f"{len(d.organizations)} organizations, {d.actions_total} open actions",  # type: ignore[attr-defined]
    )
    scan_ms, closed = median_of(repeat, lambda: closed_by_scan(store, period))
    rows["baseline: closed in the week by a scan of every action"] = (scan_ms, 0.0, f"{closed} closed")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hq", type=Path, default=Path("/work/hq/profile"))
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-reports"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--no-hq", action="store_true", help="the field profile alone (HQ not measured)")
    args = parser.parse_args()
    passphrase = os.environ["LIAISON_PASSPHRASE"]
    results: dict[str, dict[str, tuple[float, float, str]]] = {}
    profiles = [("field", args.field)] + ([] if args.no_hq else [("HQ", args.hq)])
    for name, source in profiles:
        copy = args.work / name
        copy_profile(source, copy)
        with profile.unlock(copy, passphrase) as store:
            results[name] = measure(store, args.repeat)
        for row, (g, r, note) in results[name].items():
            print(f"{name:5} {row:55} gather {g:8.1f} ms  render {r:8.1f} ms  {note}")
    section = render_section(results, args.repeat)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    print(section)
    return 0


def render_section(results: dict[str, dict[str, tuple[float, float, str]]], repeat: int) -> str:
    load = os.getloadavg()[0]
    lines = [
        f"## {SECTION}",
        "",
        f"`LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_reports.py --repeat {repeat}"
        + ("`" if "HQ" in results else " --no-hq`")
        + " on a copy of /work/hq/field (10k records; without `--no-hq`, beside /work/hq/profile,"
        " 1.78M records),"
        f" measured {date.today().isoformat()} (CPython {platform.python_version()},"
        f" {os.cpu_count()} cores, load average {load:.1f}). Median of {repeat} rounds on one"
        " open store. *Gather* is the report's queries into its dataclass; *render* is the PDF"
        " (fpdf2, and the chart for the weekly summary). The weekly summary covers the last 7"
        " days with meetings, for all officers and for the officer with the most meetings in"
        " them. The baseline row is the weekly 'closed' count done the exact way, as a scan of"
        " every action's completion time (no index holds it), which the summary avoids by"
        " looking through the actions of the period's and the 12 previous weeks' meetings."
        f" Target: gathering under {TARGET_GATHER_MS:.0f} ms (the GUI shows a progress bar"
        " and builds in a worker)."
        + ("" if "HQ" in results else " The HQ profile was not measured in this run (`--no-hq`)."),
        "",
        "| report | field: gather / render | HQ: gather / render | held (HQ, else field) | met (HQ gather) |",
        "|---|---|---|---|---|",
    ]
    for row in results["field"]:
        fg, fr, note = results["field"][row]
        hg, hr, note = results.get("HQ", {}).get(row, (float("nan"), float("nan"), note))
        render_cells = row.startswith("baseline")
        field_cell = f"{fg:.0f} ms" if render_cells else f"{fg:.0f} / {fr:.0f} ms"
        hq_cell = f"{hg:.0f} ms" if render_cells else f"{hg:.0f} / {hr:.0f} ms"
        if hg != hg:  # NaN: the HQ profile was not measured in this run
            hq_cell = "not measured"
        met = "—" if render_cells or hg != hg else ("yes" if hg < TARGET_GATHER_MS else "no")
        lines.append(f"| {row} | {field_cell} | {hq_cell} | {note} | {met} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
