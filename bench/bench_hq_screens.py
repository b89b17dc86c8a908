"""Benchmark: every row of issue 10's table at HQ scale, beside a field profile in the same run.

Measured through the project's services, the same calls the screens make (and, unless
`--no-gui`, the real main window offscreen for unlock-to-dashboard and for visiting every
screen), on working copies of two generated profiles (`liaison demo --scale hq|field
--seed 1`; /work/hq/README.txt says where they are and their passphrase, which this script
reads from $LIAISON_PASSPHRASE). The copies live under `--work` and are reused by later
runs: saves, exports and imports write there, never into the profiles given (each run adds
about 300 records and 600 changesets to a copy of 1.78M: said in the section it writes).

Rows, each a median over `--repeat` interleaved rounds (field, then HQ, per round), each
round on a freshly opened store (SQLite's page cache cold; the OS file cache is warm):
- unlock-to-dashboard without the KDF: open the database (migrations check, Store), the
  GUI's `syncing.catch_up`, and the first `dashboard.overview`; the KDF timed apart;
- all screens after unlock: dashboard, the four lists' first page as the GUI's row source
  reads it (every ordered id, then a page of rows), conflicts and the status bar;
- full-text search p50/p95 over bench_search.QUERIES (warm, after one pass);
- first page of a list (100 ids by `listing.ordered_ids(limit=100)` and their rows), every
  kind, column and direction: the worst; and the GUI's row source (every id) per column;
- status bar summary (`sync_view.summary`, warm);
- refresh after one save: what the screens re-read after an edit of one contact
  (dashboard, the contacts list's placement of the row and its page, the status bar's
  `after_local_writes`, the conflicts screen);
- export of 100 new changes (100 edits, then `syncing.export_bundle` to a peer that held
  everything before them) and import of 100 new records (a bench peer adds 100 contacts,
  one changeset each, and exports them; `syncing.import_bundle`);
- database size per record (file plus WAL of the profile given, over its live records).
Writes "## HQ screens" in docs/BENCHMARKS.md (other sections are kept).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_hq_screens.py
     [--hq DIR] [--field DIR] [--work DIR] [--repeat 3] [--no-gui] [--no-write] [--fresh]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bench_search import QUERIES  # bench/ is on sys.path when run as a script
from benchdoc import write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db import migrations  # noqa: E402
from db.engine import open_engine  # noqa: E402
from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.services import dashboard, listing, records, search, sync_view, syncing  # noqa: E402
from liaison_app.services.list_window import ListWindow  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import peers, state  # noqa: E402

SECTION = "HQ screens"
PAGE = 100  # rows a list screen shows first (RecordTableModel.PAGE_SIZE)
NEW = 100  # changes exported, records imported
SENDER_PASSPHRASE = "bench sender passphrase 1"  # a throwaway peer profile under --work
TARGETS_MS = {
    "first_dashboard": 500.0,
    "all_screens": 1000.0,
    "search_p95": 50.0,
    "first_page": 100.0,
    "status": 20.0,
    "refresh": 100.0,
    "export": 100.0,
    "import": 300.0,
    "unlock": 1000.0,
}


def ms_since(started: float) -> float:
    """Milliseconds since `started` (time.perf_counter)."""
    return (time.perf_counter() - started) * 1000


def timed(action: Callable[[], object]) -> float:
    """Milliseconds `action` takes."""
    started = time.perf_counter()
    action()
    return ms_since(started)


@dataclass
class Subject:
    """One profile measured: its working copy, data key and the bench peer it trades with."""

    label: str
    source: Path  # the profile given (never written)
    directory: Path  # the working copy
    sender_dir: Path
    # "none": no planner statistics, as a store grown by sync has (v008 dropped the stale
    # ones and nothing measures them again); "kept": what the demo's ANALYZE wrote.
    stats: str = "none"
    writes: bool = True  # a statistics variant of the same copy only reads
    key: bytes = b""
    kdf_ms: float = 0.0
    device_id: str = ""
    sender_id: str = ""
    figures: dict[str, list[float]] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.figures.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.figures[name])


def copy_profile(source: Path, target: Path, *, fresh: bool) -> float:
    """Copy the profile folder (database, WAL, key file) unless a copy is there; seconds."""
    if target.exists() and not fresh:
        return 0.0
    if target.exists():
        shutil.rmtree(target)
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    return time.perf_counter() - started


_SAVED_STATS = "bench_saved_stat"  # the demo's statistics, kept aside in the working copy
_STATS_NOW: dict[Path, str] = {}  # the statistics each working copy holds now


def set_statistics(subject: Subject) -> None:
    """Give the working copy the planner statistics `subject.stats` names (read by the next
    connection: each round opens a new store)."""
    with open_store(subject, statistics=False) as store, store.session() as s:
        conn = s.connection()
        present = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        for table in ("sqlite_stat1", "sqlite_stat4"):
            if table not in present:
                continue
            saved = f"{_SAVED_STATS}_{table[-1]}"
            conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {saved} AS SELECT * FROM {table}")
            conn.exec_driver_sql(f"DELETE FROM {table}")
            if subject.stats == "kept":
                conn.exec_driver_sql(f"INSERT INTO {table} SELECT * FROM {saved}")
        s.commit()


def open_store(subject: Subject, *, statistics: bool = True) -> Store:
    """Unlock without the KDF: the data key is already known (the open path the app takes
    after Argon2id: engine, migrations check, Store)."""
    if statistics and _STATS_NOW.get(subject.directory) != subject.stats:
        set_statistics(subject)
        _STATS_NOW[subject.directory] = subject.stats
    return profile._open(subject.directory, subject.key)


def prepare(subject: Subject, passphrase: str) -> None:
    """Derive the data key once (timed), and make sure the copy and the bench peer trust each
    other, the peer known to hold everything the copy stores."""
    directory = subject.directory
    started = time.perf_counter()
    subject.key = keyfile.unlock(keyfile.load(directory / profile.KEYFILE_NAME), passphrase)
    subject.kdf_ms = ms_since(started)
    # Schema upgrades of the copy straight through the migrations: the app's pre-upgrade
    # copy of the whole file (db/upgrade.py) protects real data, not a bench copy.
    engine = open_engine(directory / profile.DB_NAME, subject.key)
    try:
        started = time.perf_counter()
        before = migrations.migrate(engine)
        if before < migrations.SCHEMA_VERSION:
            subject.notes["migrated"] = (before, migrations.SCHEMA_VERSION, time.perf_counter() - started)
    finally:
        engine.dispose()
    if not profile.exists(subject.sender_dir):
        created = profile.init(
            subject.sender_dir,
            passphrase=SENDER_PASSPHRASE,
            officer_name="Bench Sender",
            device_name="bench-sender",
            cost=keyfile.KdfCost(keyfile.MIN_MEMORY_MIB, 1),
        )
        created.store.close()
    with open_store(subject) as store, _sender(subject) as sender:
        subject.device_id = store.author.device_id
        subject.sender_id = sender.author.device_id
        cards = subject.sender_dir.parent / f"cards-{subject.label}"
        cards.mkdir(exist_ok=True)
        if not any(p.card.device_id == subject.sender_id for p in syncing.list_peers(store)):
            syncing.add_peer(store, syncing.export_card(sender, cards / "sender.card"))
        if not any(p.card.device_id == subject.device_id for p in syncing.list_peers(sender)):
            syncing.add_peer(sender, syncing.export_card(store, cards / "subject.card"))
        _peer_holds_all(store, subject.sender_id)


@contextmanager
def _sender(subject: Subject) -> Iterator[Store]:
    store = profile.unlock(subject.sender_dir, SENDER_PASSPHRASE)
    try:
        yield store
    finally:
        store.close()


def _peer_holds_all(store: Store, device: str) -> None:
    """Note that `device` holds every changeset `store` holds (as after an exchange)."""
    with store.session() as s:
        conn = s.connection()
        peers.note_known(conn, device, state.stored_tops(conn), now="2026-12-01T00:00:00Z")
        s.commit()


def live_counts(store: Store) -> dict[str, int]:
    """Live records per kind (the dashboard's counts)."""
    return {kind: listing.count(store, kind) for kind in ("org", "contact", "meeting", "action")}


def first_page(store: Store, query: listing.ListQuery) -> int:
    """The first page as the GUI's row source reads it: a window (count, then a page of ids
    in SQL: liaison_app/services/list_window.py), then the rows of that page."""
    window = ListWindow(store, query)
    listing.load_rows(store, query.kind, window[:PAGE])
    return len(window)


def first_page_every_id(store: Store, query: listing.ListQuery) -> int:
    """The same first page as the row source read it before the window: every ordered id."""
    ids = listing.ordered_ids(store, query)
    listing.load_rows(store, query.kind, ids[:PAGE])
    return len(ids)


def measure_unlock(subject: Subject) -> Store:
    """Open, catch up and show the dashboard, then every other screen; the store stays open."""
    started = time.perf_counter()
    store = open_store(subject)
    subject.add("open", ms_since(started))
    subject.add("catch_up", timed(lambda: syncing.catch_up(store)))
    subject.add("first_dashboard", timed(lambda: dashboard.overview(store)))
    subject.add("unlock", ms_since(started))
    screens = time.perf_counter()
    dashboard.overview(store)
    for kind in ("meeting", "contact", "org", "action"):
        ls = listing.list_spec(kind)
        query = listing.ListQuery(kind, filters={ls.default_filter: ""} if ls.default_filter else {})
        subject.add(f"screen_{kind}", timed(lambda q=query: first_page(store, q)))
    subject.add("screen_conflicts", timed(lambda: sync_view.conflict_views(store)))
    subject.add("screen_status", timed(lambda: sync_view.summary(store)))
    subject.add("all_screens", ms_since(screens))
    return store


def measure_warm(subject: Subject, store: Store, *, columns: bool) -> None:
    """Search, first pages per column, status bar: warm figures on the open store."""
    for query in QUERIES:
        search.find(store, query)  # warm-up pass
    per_query = {query: timed(lambda q=query: search.find(store, q)) for query in QUERIES}  # type: ignore[misc]
    times = sorted(per_query.values())
    slowest = sorted(per_query.items(), key=lambda kv: -kv[1])[:5]
    subject.notes.setdefault("search_slowest", []).append(slowest)
    subject.add("search_p50", statistics.median(times))
    subject.add("search_p95", times[round(0.95 * (len(times) - 1))])
    worst = (0.0, "")
    per_column: dict[str, float] = {}
    for kind in ("org", "contact", "meeting", "action"):
        ls = listing.list_spec(kind)
        for column in ls.columns:
            for descending in (False, True):
                query = listing.ListQuery(kind, sort=column.key, descending=descending)

                def page(q: listing.ListQuery = query) -> None:
                    ids = listing.ordered_ids(store, q, limit=PAGE)
                    listing.load_rows(store, q.kind, ids)

                spent = timed(page)
                per_column[f"{kind}.{column.key}{' desc' if descending else ''}"] = spent
                worst = max(worst, (spent, f"{kind} by {column.key}{' desc' if descending else ''}"))
    subject.add("first_page", worst[0])
    subject.notes.setdefault("first_page_worst", []).append(worst[1])
    subject.notes["first_page_columns"] = per_column
    if columns:
        # What the GUI's row source reads to show a first page (a window), and, as the
        # same-run baseline, what it read before (every id in order).
        gui, every = {}, {}
        for kind in ("org", "contact", "meeting", "action"):
            for column in listing.list_spec(kind).columns:
                query = listing.ListQuery(kind, sort=column.key, descending=True)
                gui[f"{kind}.{column.key}"] = timed(lambda q=query: first_page(store, q))
                every[f"{kind}.{column.key}"] = timed(lambda q=query: first_page_every_id(store, q))
        subject.notes["gui_source_columns"] = gui
        subject.add("gui_source_worst", max(gui.values()))
        subject.add("gui_every_id_worst", max(every.values()))
    statuses = [timed(lambda: sync_view.summary(store)) for _ in range(5)]
    subject.add("status", statistics.median(statuses))


# What the dashboard ran before this branch besides what it still runs: a count(*) of the
# live rows of each record table, and the panels' open actions sorted before their page.
_BEFORE_COUNTS = "SELECT count(*) FROM {t} WHERE deleted_at IS NULL"
_BEFORE_ACTIONS = (
    "SELECT t.id, t.title, t.due, t.status,"
    " CASE WHEN t.owner = ? THEN t.author_officer ELSE coalesce(c.full_name, '') END"
    " FROM action_item t LEFT JOIN contact c ON c.id = t.owner"
    " WHERE t.deleted_at IS NULL AND t.status NOT IN (?, ?) AND {condition}"
    " ORDER BY t.due, t.id LIMIT ?"
)


def dashboard_before(store: Store) -> None:
    """The dashboard as it read before (schema 10's queries; the feed is unchanged)."""
    day = time.strftime("%Y-%m-%d")
    week = time.strftime("%Y-%m-%d", time.localtime(time.time() + 7 * 86400))
    with store.session() as s:
        conn = s.connection()
        for table in ("organization", "contact", "meeting", "action_item"):
            conn.exec_driver_sql(_BEFORE_COUNTS.format(t=table)).all()
        for condition, params in (("t.due < ?", (day,)), ("t.due >= ? AND t.due <= ?", (day, week))):
            sql = _BEFORE_ACTIONS.format(condition=condition)
            conn.exec_driver_sql(sql, ("me", "cancelled", "done", *params, 50)).all()
    dashboard.change_lines(store)


def measure_writes(subject: Subject, store: Store, round_no: int) -> None:
    """Refresh after one save, export of 100 new changes, import of 100 new records."""
    query = listing.ListQuery("contact")
    shown = ListWindow(store, query)  # the list as the screen holds it before the save
    target = shown[len(shown) // 2]
    listing.load_rows(store, "contact", shown[len(shown) // 2 - PAGE // 2 : len(shown) // 2 + PAGE // 2])
    before = sync_view.summary(store)
    written = records.edit_op(store, "contact", target, {"location": f"Bench town {time.time_ns()}"})
    assert written.changes.any

    def refresh() -> None:
        dashboard.overview(store)
        row = shown.settle(target).new  # the list places the saved row (ui/table_model.py)
        start = max(0, (row or 0) - PAGE // 2)
        listing.load_rows(store, "contact", shown[start : start + PAGE])
        sync_view.after_local_writes(store, before)
        sync_view.conflict_views(store)

    subject.add("refresh", timed(refresh))
    _peer_holds_all(store, subject.sender_id)  # the peer lacks exactly the next 100
    # Export: 100 edits (one changeset each) the peer lacks, then the bundle.
    for n, record_id in enumerate(shown[1000 : 1000 + NEW]):
        records.edit(
            store, "contact", record_id, {"position": f"Bench position {round_no}.{n} {time.time_ns()}"}
        )
    work = subject.sender_dir.parent
    bundle_path = work / f"export-{subject.label}.liaison"
    result: list[Any] = []
    subject.add(
        "export",
        timed(lambda: result.append(syncing.export_bundle(store, to=[subject.sender_id], path=bundle_path))),
    )
    subject.notes["export_changesets"] = result[0].changesets
    _peer_holds_all(store, subject.sender_id)
    # Import: the bench peer adds 100 contacts and sends them.
    incoming = work / f"import-{subject.label}.liaison"
    with _sender(subject) as sender:
        for n in range(NEW):
            records.add(sender, "contact", {"full_name": f"Bench Arrival {round_no}.{n} {time.time_ns()}"})
        syncing.export_bundle(sender, to=[subject.device_id], path=incoming)
        _peer_holds_all(sender, subject.device_id)
    outcome: list[syncing.FileOutcome] = []
    subject.add("import", timed(lambda: outcome.append(syncing.import_bundle(store, incoming))))
    subject.notes["import_applied"] = outcome[0].counts.applied


def size_per_record(subject: Subject, counts: dict[str, int]) -> float:
    """Bytes of the given profile's database (with its WAL) per live record."""
    size = sum(
        (subject.source / name).stat().st_size
        for name in (profile.DB_NAME, profile.DB_NAME + "-wal")
        if (subject.source / name).exists()
    )
    subject.notes["size_bytes"] = size
    return size / max(1, sum(counts.values()))


def measure_gui(subject: Subject) -> None:
    """The real main window offscreen: unlock (KDF apart) until the dashboard shows, then
    every screen visited in turn until it shows its rows."""
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or create_application([])
    ctx = AppContext(subject.directory)
    window = MainWindow(ctx, remember_geometry=False)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    store = open_store(subject)
    syncing.catch_up(store)
    ctx.open(store)
    app.processEvents()
    subject.add("gui_unlock", ms_since(started))
    visits = {}
    for key in ("meeting", "contact", "org", "action", "conflicts", "sync", "dashboard"):
        begun = time.perf_counter()
        window.go_to(key)
        app.processEvents()
        visits[key] = ms_since(begun)
    subject.notes["gui_visits"] = visits
    subject.add("gui_all_screens", sum(visits.values()))
    window.close()
    ctx.lock()
    app.processEvents()


def run(subjects: list[Subject], repeat: int, *, gui: bool) -> None:
    """Interleaved rounds: each subject once per round, on a freshly opened store."""
    for round_no in range(repeat):
        for subject in subjects:
            store = measure_unlock(subject)
            try:
                if round_no == 0:
                    counts = dashboard.overview(store).counts
                    subject.notes["counts"] = counts
                    subject.add("size_per_record", size_per_record(subject, counts))
                    if subject.writes:
                        subject.add("dashboard_before", timed(lambda s=store: dashboard_before(s)))
                measure_warm(subject, store, columns=round_no == 0)
                if subject.writes:
                    measure_writes(subject, store, round_no)
            finally:
                store.close()
            print(f"round {round_no + 1} {subject.label}: done", file=sys.stderr, flush=True)
    if gui:
        for subject in subjects:
            if subject.writes:
                measure_gui(subject)


ROWS: list[tuple[str, str, str]] = [
    # (label, figure, target key or "")
    ("unlock-to-dashboard without the KDF (open + catch_up + first dashboard)", "unlock", "unlock"),
    ("· open the database (engine, migrations check, Store)", "open", ""),
    ("· `syncing.catch_up` (the GUI's unlock runs it)", "catch_up", ""),
    ("first dashboard after unlock (`dashboard.overview`)", "first_dashboard", "first_dashboard"),
    ("· baseline, same run: the dashboard's queries before this branch, warm", "dashboard_before", ""),
    ("all screens after unlock (dashboard, 4 lists, conflicts, status)", "all_screens", "all_screens"),
    ("· meetings list, first page as the GUI's row source reads it", "screen_meeting", ""),
    ("· contacts list", "screen_contact", ""),
    ("· organizations list", "screen_org", ""),
    ("· action items list (open ones, the default filter)", "screen_action", ""),
    ("· conflicts (`sync_view.conflict_views`)", "screen_conflicts", ""),
    ("· status bar (`sync_view.summary`), cold", "screen_status", ""),
    ("full-text search p50 (`search.find`, warm)", "search_p50", ""),
    ("full-text search p95", "search_p95", "search_p95"),
    (
        "first page of a list, worst kind x column x direction (`ordered_ids(limit=100)` + rows)",
        "first_page",
        "first_page",
    ),
    (
        "first page as the GUI's row source reads it (a window: count + a page of ids), worst column",
        "gui_source_worst",
        "first_page",
    ),
    (
        "· baseline: the same first page read as before the window (every id), worst column",
        "gui_every_id_worst",
        "",
    ),
    ("status bar summary (`sync_view.summary`, warm)", "status", "status"),
    ("refresh after one save (dashboard, list placement + page, status, conflicts)", "refresh", "refresh"),
    ("export of 100 new changes (`syncing.export_bundle`)", "export", "export"),
    ("import of 100 new records (`syncing.import_bundle`)", "import", "import"),
    ("GUI: unlock to dashboard shown, main window offscreen (KDF apart)", "gui_unlock", "unlock"),
    ("GUI: every screen visited in turn until shown", "gui_all_screens", "all_screens"),
]


# What the figures mean, what changed and what limits the misses (profiles taken on the
# same copies: py-spy of the import, the first-page figures side by side).
NARRATIVE: tuple[str, ...] = (
    "What changed here (issue 10): the dashboard no longer reads any table whole. Its counts",
    "come from `live_count` (db/live_counts.py, migration v013), one row per record table kept by",
    "triggers on the table itself, so the record services, a sync merge, trash and restore, a purge",
    "and bulk SQL all keep it without knowing it (tests/liaison_app/test_dashboard_counts.py checks",
    "each path against a scan); the overdue and due-soon panels are a range of",
    "`ix_action_item_open_due` (open live actions by due date, undated last: the action list's own",
    "order, so that list's default view, open actions, walks the same index without a sort). The",
    "baseline row is the queries the dashboard ran before, on the same store in the same run.",
    "Unlock runs the migrations check, `Store` and the GUI's `catch_up`: tens of milliseconds at",
    "HQ, nothing there grows with the store.",
    "",
    "Planner statistics: the demo's profiles carry a full ANALYZE (`bulk.finish`); a store grown by",
    "sync has none (v008 dropped the stale ones and nothing measures them again). The same HQ copy",
    "is read both ways above: every figure is the same within the noise of a shared machine (the",
    "open actions' count differed until it named its index, below), and",
    "the plans of the list pages, search and the sync reads are the same index walks (they are",
    "named or checked by plan tests: tests/db/test_list_plans.py, tests/sync/test_scan_free.py,",
    "tests/liaison_app/test_dashboard_counts.py). So `db.statistics.refresh` stays unwired: HQ does",
    "not need it, at open or after a bulk import, and wiring it had broken byte-identical tests.",
    "",
    "Lists: the GUI's row source reads a window (liaison_app/services/list_window.py): one count",
    "(an unfiltered list's is the kept `live_count`; a cold b-tree count of 968k actions cost about",
    "100 ms; the open actions read their partial index `ix_action_item_open_due`, which without",
    "statistics SQLite otherwise passed over for a live index, fetching every action: 7.5 s), then",
    "pages of 500 ids by OFFSET from the nearer end. The baseline row reads every id as before.",
    "",
    "What limits what is left, and what would:",
    "- The open actions (580k at HQ) are counted from their index, cold: about 70 ms. A kept",
    "  count per filter would make it constant, as the unfiltered count is.",
    "- Search p95 is bounded by the 2,000 candidates it ranks, but bm25 still counts each phrase's",
    "  documents for its IDF; a rank of our own over the candidates would remove that cost.",
    "- Import of 100 new records costs about 1-3 ms per changeset, whatever the store: the",
    "  per-changeset checks against the causal past (`seen.in_past`, `seen.kinds_here`) and",
    "  SQLAlchemy's per-statement work; batching those lookups over a chunk would cut it.",
)


def _cell(subject: Subject, name: str) -> str:
    if name not in subject.figures:
        return "-"
    value = subject.median(name)
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def report(subjects: list[Subject], repeat: int, command: str) -> str:
    """The "## HQ screens" section."""
    field_s, hq = subjects[0], subjects[1]
    stats = subjects[2] if len(subjects) > 2 else None
    load = os.getloadavg()[0]
    counts = hq.notes.get("counts", {})
    field_total = sum(field_s.notes["counts"].values())
    kinds_text = ", ".join(
        f"{counts.get(k, 0):,} {name}"
        for k, name in (
            ("org", "organizations"),
            ("contact", "contacts"),
            ("meeting", "meetings"),
            ("action", "actions"),
        )
    )
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores shared with other jobs,"
        f" {platform.python_implementation()} {platform.python_version()}, load average {load:.1f} at the end"
    )
    lines = [
        f"## {SECTION}",
        "",
        f"`{command}`: every row of issue 10's table, through the services the screens call,",
        f"on working copies of `liaison demo --scale field --seed 1` ({field_total:,} records)",
        f"and `--scale hq --seed 1` ({sum(counts.values()):,} records: {kinds_text};",
        f"{hq.notes['size_bytes'] / 1e9:.2f} GB), the field profile the same-run baseline.",
        f"Medians of {repeat} interleaved rounds, each on a freshly opened store (SQLite's cache cold,",
        f"the OS file cache warm). Machine: {machine}. KDF (Argon2id, the profiles' default cost),",
        f"timed apart: field {field_s.kdf_ms:,.0f} ms, HQ {hq.kdf_ms:,.0f} ms.",
        "",
        "| figure | field (baseline) | HQ, no statistics (as synced) | HQ, demo's ANALYZE statistics"
        " | target at HQ | met (no statistics / statistics)? |",
        "|---|---|---|---|---|---|",
    ]
    for label, name, target_key in ROWS:
        if name not in hq.figures:
            continue
        target = TARGETS_MS.get(target_key) if target_key else None
        met = ""
        if target is not None:
            met = " / ".join(
                "yes" if s.median(name) < target else "**no**"
                for s in (hq, stats)
                if s is not None and name in s.figures
            )
        target_text = f"< {target:,.0f} ms" if target is not None else ""
        also = _cell(stats, name) if stats is not None else "-"
        lines.append(
            f"| {label} | {_cell(field_s, name)} | {_cell(hq, name)} | {also} | {target_text} | {met} |"
        )
    per_record = [s.median("size_per_record") / 1000 for s in (field_s, hq)]
    lines.append(
        f"| database size per record (file + WAL / live records) | {per_record[0]:.1f} kB"
        f" | {per_record[1]:.1f} kB | | see issue 10, storage | |"
    )
    worst = hq.notes.get("first_page_worst", [])
    gui_cols = hq.notes.get("gui_source_columns", {})
    slow = sorted(gui_cols.items(), key=lambda kv: -kv[1])[:6]
    lines += [
        "",
        f"Worst first page at HQ: {', '.join(dict.fromkeys(worst))}. GUI row source at HQ, slowest columns:"
        f" {', '.join(f'{k} {v:,.0f} ms' for k, v in slow)}.",
        f"Export wrote {hq.notes.get('export_changesets')} changesets;"
        f" import applied {hq.notes.get('import_applied')}.",
    ]
    slow_search = hq.notes.get("search_slowest", [[]])[-1]
    lines.append(
        "Slowest searches at HQ (last round): "
        + ", ".join(f"`{q}` {v:,.0f} ms" for q, v in slow_search)
        + "."
    )
    if "gui_visits" in hq.notes:
        visits = hq.notes["gui_visits"]
        lines.append("GUI visits at HQ: " + ", ".join(f"{k} {v:,.0f} ms" for k, v in visits.items()) + ".")
    if "migrated" in hq.notes:
        before, after, seconds = hq.notes["migrated"]
        lines.append(
            f"Upgrading the HQ copy from schema {before} to {after} took {seconds:,.0f} s (this run)."
        )
    lines.append(
        f"Each run writes into the working copies: per round one edit, {NEW} edits, {NEW} imported contacts"
        " (and a bench peer trusted once); the profiles given are never opened for writing."
    )
    lines += ["", *NARRATIVE, ""]
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark and record its figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hq", type=Path, default=Path("/work/hq/profile"))
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/liaison-bench-hq-screens"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-gui", action="store_true", help="skip the main-window figures")
    parser.add_argument("--no-write", action="store_true", help="print the section, leave docs alone")
    parser.add_argument("--fresh", action="store_true", help="copy the profiles again")
    parser.add_argument(
        "--no-stats", action="store_true", help="skip reading HQ again with the demo's ANALYZE statistics"
    )
    parser.add_argument("--doc", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args()
    passphrase = os.environ.get("LIAISON_PASSPHRASE")
    if not passphrase:
        print("bench_hq_screens: set LIAISON_PASSPHRASE (see /work/hq/README.txt)", file=sys.stderr)
        return 2
    subjects = []
    for label, source in (("field", args.field), ("hq", args.hq)):
        copied = copy_profile(source, args.work / label, fresh=args.fresh)
        if copied:
            print(f"copied {label} in {copied:.0f} s", file=sys.stderr, flush=True)
            # A new copy has never met the old bench peer's changesets: a new peer too.
            shutil.rmtree(args.work / f"sender-{label}", ignore_errors=True)
            shutil.rmtree(args.work / f"cards-{label}", ignore_errors=True)
        subject = Subject(label, source, args.work / label, args.work / f"sender-{label}")
        prepare(subject, passphrase)
        subjects.append(subject)
    if not args.no_stats:
        hq = subjects[-1]
        # The same HQ copy read again with the statistics the demo's ANALYZE measured.
        subjects.append(replace(hq, label="hq-stats", stats="kept", writes=False, figures={}, notes={}))
    run(subjects, args.repeat, gui=not args.no_gui)
    command = "bench/bench_hq_screens.py " + " ".join(sys.argv[1:])
    section = report(subjects, args.repeat, command.strip())
    print(section)
    raw = {s.label: {"figures": s.figures, "notes": s.notes, "kdf_ms": s.kdf_ms} for s in subjects}
    (args.work / "last-run.json").write_text(json.dumps(raw, indent=1, default=str), encoding="utf-8")
    if not args.no_write:
        write_section(args.doc, SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
