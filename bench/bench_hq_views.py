"""Benchmark: the HQ pages at HQ scale, beside a field profile in the same run (issue 11).

Measured through the services the screens and the CLI call, on working copies of two
generated profiles (`liaison demo --scale hq|field --seed 1`; /work/hq/README.txt says
where and their passphrase, which this script reads from $LIAISON_PASSPHRASE). The copies
live under `--work` (the HQ one is ~8 GB: delete it when done); they are upgraded to this
branch's schema there (v017 adds the HQ indexes: the time it took is reported), never in
the profiles given.

Rows, each a median over `--repeat` interleaved rounds (field, then HQ), each round on a
freshly opened store (SQLite's page cache cold; the OS file cache warm), then warm:
- organization page (`org_page.org_page`) of the busiest organization (most meeting links);
- officer page (`officer_page.officer_page`) of the officer with most meetings;
- HQ dashboard figures (`hq_summary.summary`, the last 26 weeks);
- with the GUI (unless `--no-gui`): the HQ dashboard widget drawing those figures
  (`HqDashboard.show_summary`: four matplotlib charts and the officers table, offscreen).
Targets: organization page < 200 ms, HQ dashboard < 1 s (figures plus drawing).
Writes "## HQ views" in docs/BENCHMARKS.md (other sections are kept).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_hq_views.py
     [--hq DIR] [--field DIR] [--work DIR] [--repeat 3] [--no-gui] [--no-write] [--fresh]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdoc import write_section  # noqa: E402

from db import migrations  # noqa: E402
from db.engine import open_engine  # noqa: E402
from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.services import hq_summary, officer_page, org_page  # noqa: E402
from liaison_app.services.hq_period import period  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "HQ views"
# A period as long as a 10% HQ's whole history (577 days): as many meetings (29k) as the
# full HQ's 26 weeks, so the figures read as many index entries as the full HQ's do.
LONG_WEEKS = 83
TARGETS_MS = {"org_page": 200.0, "dashboard": 1000.0}


@dataclass
class Subject:
    """One profile measured: its working copy, data key, and what its pages show."""

    label: str
    source: Path
    directory: Path
    key: bytes = b""
    org_id: str = ""
    officer: str = ""
    figures: dict[str, list[float]] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.figures.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.figures[name])


def timed(action: Callable[[], object]) -> tuple[float, float, object]:
    """Milliseconds `action` takes (wall clock, and this process's CPU time: on a machine
    shared with other jobs the wall clock also counts the waits), and what it returned."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000, result


def prepare(subject: Subject, passphrase: str, *, fresh: bool) -> None:
    """Copy the profile (unless a copy is there), derive its key, upgrade the copy's schema,
    and find the busiest organization and officer (outside any timing)."""
    if fresh and subject.directory.exists():
        shutil.rmtree(subject.directory)
    if not subject.directory.exists():
        subject.directory.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(["cp", "-a", str(subject.source), str(subject.directory)], check=True)
        subject.notes["copy_s"] = time.perf_counter() - started
    subject.key = keyfile.unlock(keyfile.load(subject.directory / profile.KEYFILE_NAME), passphrase)
    engine = open_engine(subject.directory / profile.DB_NAME, subject.key)
    try:
        started = time.perf_counter()
        before = migrations.migrate(engine)
        if before < migrations.SCHEMA_VERSION:
            subject.notes["migrated"] = (before, migrations.SCHEMA_VERSION, time.perf_counter() - started)
    finally:
        engine.dispose()
    with profile._open(subject.directory, subject.key) as store:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            subject.org_id = cur.execute(
                "SELECT l.record_id FROM meeting_link l JOIN organization o ON o.id = l.record_id"
                " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
            subject.officer = cur.execute(
                "SELECT author_officer FROM meeting GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
            subject.notes["records"] = sum(n for _, n in cur.execute("SELECT tbl, live FROM live_count"))
        finally:
            raw.close()


def round_of(subject: Subject, *, gui: bool) -> None:
    """One round: a freshly opened store, each page cold, then warm."""
    with profile._open(subject.directory, subject.key) as store:
        for name, action in _actions(store, subject).items():
            cold, cold_cpu, found = timed(action)
            warm, warm_cpu, _ = timed(action)
            subject.add(f"{name}_cold", cold)
            subject.add(f"{name}_cold_cpu", cold_cpu)
            subject.add(f"{name}_warm", warm)
            subject.add(f"{name}_warm_cpu", warm_cpu)
            subject.notes[name] = found
        if gui:
            (wall, cpu), (shown, shown_cpu) = _draw(store, subject.notes["summary"])
            subject.add("draw", wall)
            subject.add("draw_cpu", cpu)
            subject.add("figures_shown", shown)
            subject.add("figures_shown_cpu", shown_cpu)


def _actions(store: Store, subject: Subject) -> dict[str, Callable[[], object]]:
    long = period(weeks=LONG_WEEKS)
    return {
        "org_page": lambda: org_page.org_page(store, org_id=subject.org_id),
        "officer_page": lambda: officer_page.officer_page(store, who=subject.officer),
        "summary": lambda: hq_summary.summary(store),
        "summary_long": lambda: hq_summary.summary(store, span=long),
    }


_app: Any = None


def _draw(store: Store, summary: object) -> tuple[tuple[float, float], tuple[float, float]]:
    """Milliseconds (wall, CPU) the HQ dashboard takes to draw `summary`: its five charts
    rendered (in the app the worker does it) and shown, the officers listed; and to show
    the figures alone (heading and officers), as it does before the charts are drawn."""
    global _app
    from ui.app import create_application
    from ui.context import AppContext
    from ui.hq_dashboard import HqDashboard

    if _app is None:
        _app = create_application(["bench"])
    ctx = AppContext(store.directory)
    ctx.open(store)
    board = HqDashboard(ctx)
    board.resize(1090, 760)
    board.show()
    assert isinstance(summary, hq_summary.Summary)
    shown, shown_cpu, _ = timed(lambda: board.show_figures(summary))
    wall, cpu, _ = timed(lambda: board.show_summary(summary))
    board.close()
    board.deleteLater()
    return (wall, cpu), (shown, shown_cpu)


def report(subjects: list[Subject], repeat: int, gui: bool, note: str = "") -> str:
    """The section for docs/BENCHMARKS.md."""
    field_, hq = subjects
    lines = [
        f"## {SECTION}",
        "",
        "The HQ pages of issue 11 (bench/bench_hq_views.py), median of "
        f"{repeat} interleaved rounds on freshly opened stores (cold: SQLite's page cache empty, "
        "the OS file cache warm; warm: the same call again). Machine: "
        f"{platform.machine()}, {os.cpu_count()} cores shared with other jobs,"
        f" Python {platform.python_version()}.",
        "",
        f"- field: {field_.notes['records']:,} records; HQ: {hq.notes['records']:,} records.",
        f"- busiest organization at HQ: {_org_note(hq)}; officer: {_officer_note(hq)}.",
        f"- HQ summary: {_summary_note(hq, 'summary')};",
        f"  over {LONG_WEEKS} weeks: {_summary_note(hq, 'summary_long')}.",
    ]
    if hq.notes["records"] < 1_000_000:
        lines += [
            "- The HQ store measured here is a tenth of the HQ profile (`liaison demo --scale hq"
            " --fraction 0.1 --seed 1`: 16 officers over 577 days): the full one was still being"
            " generated on this machine. Each officer's share has the HQ profile's shape (about 19"
            " organizations per officer here, 60 there, with the same meetings per organization),"
            " so the busiest organization's page and the busiest officer's page read as many"
            " entries as at full HQ; the dashboard's figures over"
            f" {LONG_WEEKS} weeks cover the whole 10% history, as many meetings (29k) and overdue"
            " actions as the full HQ's 26 weeks, so they read as many index entries.",
        ]
    for subject in subjects:
        migrated = subject.notes.get("migrated")
        if migrated:
            lines.append(
                f"- {subject.label}: the copy upgraded from schema {migrated[0]} to {migrated[1]}"
                f" in {migrated[2]:.1f} s."
            )
    lines += [
        "",
        "Each cell: wall clock (this process's CPU time in brackets; 1-minute load average"
        f" {os.getloadavg()[0]:.1f} at the end). When other jobs share the machine the wall clock"
        " waits for them and the CPU time does not, so targets are judged on the CPU time and"
        " ratios taken of it.",
        "",
        "| figure | field (baseline) | HQ | ratio (CPU) | target | met at HQ? |",
        "|---|---|---|---|---|---|",
    ]
    rows = [
        ("organization page, busiest, cold", "org_page_cold", "org_page"),
        ("organization page, warm", "org_page_warm", "org_page"),
        ("officer page, busiest, cold", "officer_page_cold", None),
        ("officer page, warm", "officer_page_warm", None),
        ("**HQ dashboard figures (26 weeks), cold** (the worker's count)", "summary_cold", "dashboard"),
        ("HQ dashboard figures, warm", "summary_warm", "dashboard"),
        (f"HQ dashboard figures over {LONG_WEEKS} weeks, cold", "summary_long_cold", "dashboard"),
        (f"HQ dashboard figures over {LONG_WEEKS} weeks, warm", "summary_long_warm", "dashboard"),
    ]
    if gui:
        rows.append(("HQ dashboard charts drawn (5 charts, in the worker) and shown", "draw", None))
    for label, name, target in rows:
        lines.append(_row(label, _pair(field_, name), _pair(hq, name), TARGETS_MS.get(target or "")))
    if gui:
        first = ("summary_cold", "figures_shown")
        lines.append(
            _row(
                "**HQ dashboard: figures on screen** (cold count, then heading and officers shown;"
                " the charts follow)",
                _sum(field_, first),
                _sum(hq, first),
                TARGETS_MS["dashboard"],
            )
        )
        both = ("summary_cold", "draw")
        lines.append(
            _row(
                "**HQ dashboard: cold figures + every chart drawn and shown**",
                _sum(field_, both),
                _sum(hq, both),
                TARGETS_MS["dashboard"],
            )
        )
    if gui:
        lines += ["", NOTE.rstrip()]
    if note:
        lines += ["", note]
    return "\n".join(lines) + "\n"


NOTE = """What this says: every figure is an aggregate of ranges of the HQ indexes
(db/hq_indexes.py), so the pages and the dashboard grow with the period shown, not with the
store. Drawing the charts costs matplotlib about the same whatever the store holds (the field
column); figures and charts are made in the worker, so the window never waits for them.
"""


def _pair(subject: Subject, name: str) -> tuple[float, float]:
    return subject.median(name), subject.median(f"{name}_cpu")


def _sum(subject: Subject, names: tuple[str, ...]) -> tuple[float, float]:
    pairs = [_pair(subject, n) for n in names]
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def _row(label: str, field_ms: tuple[float, float], hq_ms: tuple[float, float], target: float | None) -> str:
    # Met on the CPU time: the wall clock of a shared machine measures the other jobs too.
    ratio = hq_ms[1] / field_ms[1] if field_ms[1] else float("nan")
    met = "" if target is None else ("yes" if hq_ms[1] < target else "**no**")
    goal = "" if target is None else f"< {target:,.0f} ms"
    return f"| {label} | {_ms(field_ms)} | {_ms(hq_ms)} | {ratio:.1f}x | {goal} | {met} |"


def _ms(pair: tuple[float, float]) -> str:
    return f"{pair[0]:,.0f} ms ({pair[1]:,.0f})"


def _org_note(subject: Subject) -> str:
    page = subject.notes["org_page"]
    return (
        f"{page.engagements.total:,} engagements, {page.contacts.total:,} contacts,"
        f" {page.open_actions.total:,} open actions, {len(page.officers)} officers"
    )


def _officer_note(subject: Subject) -> str:
    page = subject.notes["officer_page"]
    return f"{sum(page.activity.meetings):,} meetings in 26 weeks, {page.overdue.total:,} overdue actions"


def _summary_note(subject: Subject, name: str) -> str:
    found = subject.notes[name]
    return (
        f"{found.engagements:,} engagements in {len(found.period.weeks)} weeks,"
        f" {len(found.by_officer)} officers,"
        f" {found.overdue_total:,} overdue actions due in the period, {len(found.places.places)} places"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hq", type=Path, default=Path("/work/hq/profile"))
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-hq-views"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gui", action="store_true", help="leave out drawing the dashboard")
    parser.add_argument("--no-write", action="store_true", help="print the section only")
    parser.add_argument("--fresh", action="store_true", help="copy the profiles again")
    parser.add_argument("--note", default="", help="a paragraph for the section (what this run compares)")
    args = parser.parse_args()
    passphrase = os.environ["LIAISON_PASSPHRASE"]
    subjects = [
        Subject("field", args.field, args.work / "field"),
        Subject("HQ", args.hq, args.work / "hq"),
    ]
    for subject in subjects:
        prepare(subject, passphrase, fresh=args.fresh)
        sys.stderr.write(f"prepared {subject.label}: {subject.notes}\n")
    for n in range(args.repeat):
        for subject in subjects:
            round_of(subject, gui=not args.no_gui)
        sys.stderr.write(f"round {n + 1}: " + ", ".join(f"{s.label} {_last(s)}" for s in subjects) + "\n")
    section = report(subjects, args.repeat, not args.no_gui, args.note)
    sys.stdout.write(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    return 0


def _last(subject: Subject) -> str:
    return " ".join(f"{name}={values[-1]:.0f}ms" for name, values in subject.figures.items())


if __name__ == "__main__":
    raise SystemExit(main())
