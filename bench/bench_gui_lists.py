"""Benchmark: the contacts list at HQ scale (516,000 contacts): open, sort, jump, search.

Builds (once, then reuses under /tmp) a profile with bulk SQL in one transaction (rows and
their search documents), then drives the real contacts screen offscreen, each step timed
until Qt has laid out and painted the rows it shows:
- open: a new contacts screen shown and filled;
- re-sort by every column, both directions (a click on the header);
- Ctrl+End to the last row, and the scroll bar dragged to the middle;
- search keystrokes (the search box text set and the query applied).
Each step runs on the windowed list (`ListWindow`: a count and pages of ids) and, in the
same run, on the path before it (every ordered id read, `StoreRowSource.ids`), alternately.
Writes "## GUI lists" in docs/BENCHMARKS.md (other sections are kept).

Run: .venv/bin/python bench/bench_gui_lists.py [--contacts 516000] [--repeat 3]
     [--profile DIR]   (default /tmp/liaison-bench-gui-N, reused when it exists)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from benchdoc import write_section  # bench/ is on sys.path when run as a script

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.clock import now_iso  # noqa: E402
from liaison_app.services import list_window, search  # noqa: E402
from liaison_app.services.listing import ListQuery, Row  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.editors.contact import ContactEditor  # noqa: E402
from ui.list_view import ListPage  # noqa: E402
from ui.lock_safe_access import StoreRowSource  # noqa: E402

FIRST = [
    "Amina",
    "Jonas",
    "Fatima",
    "Samir",
    "Grace",
    "Majok",
    "Fatou",
    "Julien",
    "Amaka",
    "Kwame",
    "Adut",
    "Tahir",
    "Zainab",
    "Hawa",
    "Nyanut",
    "Martha",
    "Emmanuel",
    "Lina",
    "Andres",
    "Ana",
    "Idris",
    "Sumaya",
    "Henrik",
    "Akosua",
    "Abdallah",
    "Alek",
    "Yusuf",
    "Tobias",
    "Paolo",
    "Kiprono",
    "Felix",
    "Aminata",
    "Ama",
    "Maria",
    "Omar",
    "Leila",
    "Pierre",
    "Sofia",
    "Ibrahim",
    "Chen",
]
LAST = [
    "Haddad",
    "Keller",
    "Noor",
    "Aziz",
    "Chol",
    "Sow",
    "Girard",
    "Bello",
    "Asante",
    "Anyieth",
    "Ahmed",
    "Eltayeb",
    "Haroun",
    "Akech",
    "Lual",
    "Ortiz",
    "Cardenas",
    "Mendoza",
    "Nilsen",
    "Appiah",
    "Ring",
    "Yagoub",
    "Vogel",
    "Villanueva",
    "Kamau",
    "Faye",
    "Boateng",
    "Mahamat",
    "Nourein",
    "Suleiman",
    "Garcia",
    "Rossi",
    "Petrov",
    "Okafor",
    "Mensah",
    "Diallo",
    "Wang",
]
POSITIONS = [
    "Head of Office",
    "Logistics Officer",
    "Deputy Mayor",
    "Clinic Director",
    "Protection Officer",
    "Community Leader",
    "Camp Manager",
    "Security Adviser",
    "Field Coordinator",
    "Liaison Officer",
]
TOWNS = [
    "Haldara",
    "Amsara",
    "Kessa",
    "Tumbari",
    "Manyal",
    "Bekora",
    "Nyaru",
    "Dar",
    "Salim",
    "Ashen",
    "Bridge",
]
KEYSTROKES = ("a", "am", "ami", "amin", "amina", "amina h", "amina ha", "amina had")
SECOND_WORD = ("k", "ke", "kel", "kell", "kelle", "keller")
TOWN_WORD = ("h", "ha", "hal", "hald", "haldara")


def build(store: Store, contacts: int, orgs: int, seed: int = 7) -> float:
    """Insert `orgs` organizations and `contacts` contacts with their search documents."""
    rng = random.Random(seed)
    now = now_iso()
    author = (store.author.officer, store.author.device_id)
    org_rows = [
        (str(uuid.UUID(int=rng.getrandbits(128))), now, now, *author, f"Organization {n:04d}")
        for n in range(orgs)
    ]
    contact_rows, docs = [], []
    for n in range(contacts):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"
        position, town = rng.choice(POSITIONS), rng.choice(TOWNS)
        phone = f"+283 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        points = json.dumps([{"kind": "phone", "label": "mobile", "value": phone}])
        record_id = str(uuid.UUID(int=rng.getrandbits(128)))
        org_id = org_rows[rng.randrange(orgs)][0]
        contact_rows.append(
            (record_id, now, now, *author, name, position, org_id, points, town, "CONFIDENTIAL")
        )
        docs.append((n + 1, record_id, name, f"{position} · {phone} · mobile · {town}"))
    started = time.perf_counter()
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        cur.executemany(
            "INSERT INTO organization (id, created_at, updated_at, author_officer,"
            " author_device, name, acronym, org_type, sectors, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, '', 'ngo', '[]', '')",
            org_rows,
        )
        cur.executemany(
            "INSERT INTO contact (id, created_at, updated_at, author_officer, author_device,"
            " full_name, position, organization_id, contact_points, languages, location,"
            " notes, tags, sensitivity, do_not_share, do_not_contact)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, '', '[]', ?, 0, 0)",
            contact_rows,
        )
        offset = orgs + 1
        cur.executemany(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, 'contact', ?)",
            [(rowid + offset, record_id) for rowid, record_id, _t, _b in docs],
        )
        for table in ("search_text", "search_index"):  # the text as written, then indexed
            cur.executemany(
                f"INSERT INTO {table} (rowid, title, body) VALUES (?, ?, ?)",
                [(rowid + offset, title, body) for rowid, _r, title, body in docs],
            )
        cur.executemany(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, 'org', ?)",
            [(n + 1, row[0]) for n, row in enumerate(org_rows)],
        )
        for table in ("search_text", "search_index"):
            cur.executemany(
                f"INSERT INTO {table} (rowid, title, body) VALUES (?, ?, '')",
                [(n + 1, row[5]) for n, row in enumerate(org_rows)],
            )
        cur.execute("COMMIT")
        cur.execute("PRAGMA optimize")
    finally:
        raw.close()
    return time.perf_counter() - started


CACHED_PASSPHRASE = "bench passphrase 1"  # a throwaway profile under /tmp, never real data


def cached_profile(directory: Path, contacts: int) -> tuple[Store, float | None]:
    """The profile of `contacts` built once under `directory` and reused by later runs, or a new
    one built now (then also the build time in seconds)."""
    if (directory / "built").is_file():
        return profile.unlock(directory, CACHED_PASSPHRASE), None
    if directory.exists():
        shutil.rmtree(directory)  # a build that did not finish
    created = profile.init(
        directory,
        passphrase=CACHED_PASSPHRASE,
        officer_name="Bench Officer",
        device_name="bench",
        cost=keyfile.KdfCost(8, 1),
    )
    seconds = build(created.store, contacts, orgs=max(contacts // 200, 1))
    (directory / "built").write_text(f"{contacts}\n", encoding="utf-8")
    return created.store, seconds


def timed(action: Callable[[], object]) -> float:
    """Milliseconds `action` takes, including the layout and paint it causes."""
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    action()
    app.processEvents()  # layout and paint of the visible rows
    return (time.perf_counter() - started) * 1000


class EveryId:
    """The list's source before issue 10: every ordered id read (no `window`)."""

    def __init__(self, inner: StoreRowSource) -> None:
        self.inner = inner

    def ids(self, query: ListQuery) -> list[str]:
        return self.inner.ids(query)

    def forget(self) -> None:
        self.inner.forget()

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Row]:
        return self.inner.rows(kind, ids)


PATHS = ("window", "every id")


def _page(ctx: AppContext, path: str, *, fill: bool = True) -> ListPage:
    page = ListPage(ctx, ContactEditor(ctx))
    if path == "every id":
        page.model.source = EveryId(page.source)
    page.resize(1200, 760)
    page.show()
    if fill:
        page.refresh()
    return page


def measure(directory: Path, contacts: int, repeat: int) -> dict[str, object]:
    """Time each step on both paths, alternately, `repeat` times."""
    store, build_s = cached_profile(directory, contacts)
    ctx = AppContext(directory)
    ctx.open(store)
    times: dict[tuple[str, str], list[float]] = {}
    rows: dict[str, int] = {}

    def note(step: str, path: str, ms: float) -> None:
        times.setdefault((step, path), []).append(ms)

    pages = {path: _page(ctx, path) for path in PATHS}  # warm: each path's statements once
    for _round in range(repeat):
        for path in PATHS:
            holder: list[ListPage] = []
            note(
                "open: a new screen built, shown and filled",
                path,
                timed(lambda p=path, h=holder: h.append(_page(ctx, p))),
            )
            holder[0].close()
            fresh = _page(ctx, path, fill=False)
            timed(lambda: None)  # its layout and paint, empty
            note("open: the list filled (count or ids, first page, paint)", path, timed(fresh.refresh))
            keys = [spec.key for spec in fresh.spec.columns]
            sorts(fresh, lambda step, ms, p=path: note(step, p, ms), "", keys)  # no record open
            fresh.close()
            one_round(pages[path], lambda step, ms, p=path: note(step, p, ms), rows, path, store)
    counts = {
        "every contact": ListQuery("contact"),
        "one officer (all of this profile's)": ListQuery(
            "contact", filters={"officer": store.author.officer}
        ),
        "do not contact": ListQuery("contact", filters={"do_not_contact": ""}),
    }
    count_ms = {}
    for label, query in counts.items():
        list_window.count_listed(store, query)
        count_ms[label] = min(timed(lambda q=query: list_window.count_listed(store, q)) for _ in range(3))
    match_ms = min(
        timed(lambda: search.count_matches(store, "haldara", kinds=("contact",))) for _ in range(3)
    )
    for page in pages.values():
        page.close()
    ctx.lock()
    return {
        "contacts": rows["window"],
        "build_s": build_s,
        "times": times,
        "rows": rows,
        "count_ms": count_ms,
        "match_ms": match_ms,
        "repeat": repeat,
    }


def sorts(page: ListPage, note: Callable[[str, float], None], label: str, keys: Sequence[str]) -> None:
    """Sort by each of `keys` descending then ascending (a click on its header), from the top."""
    table = page.table
    table.scrollToTop()  # a sort keeps the scroll position: these start from the first row
    columns = [spec.key for spec in page.spec.columns]
    for key in keys:
        for order, arrow in ((Qt.SortOrder.DescendingOrder, "desc"), (Qt.SortOrder.AscendingOrder, "asc")):
            column = columns.index(key)
            note(f"sort {key} {arrow}{label}", timed(lambda c=column, o=order: table.sortByColumn(c, o)))
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)


def one_round(
    page: ListPage, note: Callable[[str, float], None], rows: dict[str, int], path: str, store: Store
) -> None:
    """Jump, sort with a record open, scroll, refresh and type, on one open screen."""
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    note("Ctrl+End (opens the last record)", timed(lambda: QTest.keyClick(table, Qt.Key.Key_End, CTRL)))
    note("Ctrl+Home (opens the first record)", timed(lambda: QTest.keyClick(table, Qt.Key.Key_Home, CTRL)))
    sorts(page, note, ", a record open (found at its new row)", ("organization", "location"))
    bar = table.verticalScrollBar()
    note("scroll to the middle", timed(lambda: bar.setValue(bar.maximum() // 2)))
    note("refresh, scrolled to the middle", timed(page.refresh))
    rows[path] = page.model.rowCount()
    for text in (*KEYSTROKES, *SECOND_WORD, *TOWN_WORD):
        page.search.setText(text)
        note(f"type `{text}`", timed(page.apply_query))
        rows[f"{path} `{text}`"] = page.model.rowCount()
        if page.source.last_search is not None:
            rows[f"capped `{text}`"] = int(page.source.last_search.capped)
            # The same statements again, warm, without Qt: what the search itself costs.
            query = page.model.query
            rows[f"sql `{text}`"] = round(timed(lambda q=query: list_window.search_ids(store, q)) * 10)
    page.search.setText("")
    page.apply_query()


NOTES = (
    '"A new screen built" includes building the contacts screen\'s widgets and editor (about',
    '80 ms of Qt, the same on both paths, done once when the main window starts); "the list',
    'filled" is the list itself opening on a built screen, as it does after unlock or a click.',
    "",
    "How (issue 10): the model holds a `ListWindow` (liaison_app/services/list_window.py), not",
    'the ids. Its count is `count(*)` of the table less its tombstones when only "live"',
    "filters it: SQLite counts a b-tree from its page headers (about 1 ms here), where counting",
    "the live rows walks 516k index entries (0.4 s). A page is 500 ids by `ORDER BY key, id",
    "LIMIT 500 OFFSET m` over the sort column's live index (migration v008), read backwards",
    "from the end for the second half, so Ctrl+End reads one page and no jump skips more than",
    "half the list; OFFSET was measured against keyset paging: 13 ms to skip 258k entries warm,",
    "and a jump into the middle has no previous page to key from. A record's row (selection",
    "after a sort or refresh, placing a saved row) is a sum of index range counts, one per part",
    "of the key (rows before it): 20-70 ms for a row near the end, warm; the page it scrolls to",
    "is then read by two seeks from the record's key, not by OFFSET, and so is a page next to",
    "one already read (a screen straddling two pages, scrolling on from a jump). A new sort keeps the",
    "count. A search lists the newest 2,000 matches (`fts.CANDIDATE_CAP`, as the search screen",
    "ranks them) in the list's order, by 2,000 lookups by id and a sort, and the screen says so",
    "(docs/screenshots/contacts-search-capped-hq.png); how many matched is counted after the rows",
    'show and stops at 10,001 ("more than 10,000").',
    "",
    "What limits it: SQLCipher decrypts every page it reads into a connection's cache (64 MiB,",
    "per pooled connection), and each sort column has its own index of about 35 MB here, so",
    "the first jump into the middle after a new sort decrypts the 3-4k pages its OFFSET walks",
    "(80-100 ms cold, 5-25 ms warm; cProfile puts 70% of a middle jump in its OFFSET",
    "`execute`, where a screen on a page boundary paid two before the seek from a page's edge),",
    "and a sort with a record open counts the rows before it in the new index,",
    "cold (up to all 516k entries): that is the row above the target (what would fix it is a",
    "count kept per index page, an order-statistic tree, which SQLite's b-trees do not keep, or",
    "the rows counted from both ends at once on two connections); with no record open a",
    "sort reads one page. Every commit by another connection empties a reader's page cache",
    "(SQLite), so the first reads after a save are cold too. Filtered lists that no index",
    "orders (one officer's contacts by name, `do not contact`) still walk the sort index with a table lookup",
    "per row: their counts are in the table above and a deep jump costs seconds at this size",
    "when the filter keeps most rows; an index per (filter, sort) pair would be the fix.",
    "The every-id path's search narrows the remembered ids (all matches, no cap); a keystroke",
    "that changes the ids read (first one) pays for reading all 516k.",
    "",
)

CTRL = Qt.KeyboardModifier.ControlModifier
OPEN_TARGET_MS = 200.0
TYPING_TARGET_MS = 100.0


def report(figures: dict[str, object], command: str) -> str:
    """The "## GUI lists" section of docs/BENCHMARKS.md."""
    times = figures["times"]
    rows = figures["rows"]
    count_ms = figures["count_ms"]
    assert isinstance(times, dict) and isinstance(rows, dict) and isinstance(count_ms, dict)
    steps = list(dict.fromkeys(step for step, _path in times))
    build_s = figures["build_s"]

    def cell(step: str, path: str) -> tuple[float, float]:
        values = times[(step, path)]
        return statistics.median(values), max(values)

    def target(step: str) -> float:
        return TYPING_TARGET_MS if step.startswith("type") else OPEN_TARGET_MS

    lines = [
        "## GUI lists",
        "",
        f"`{command}`: {figures['contacts']:,} contacts (and their search documents) in a",
        "SQLCipher profile built by bulk SQL"
        + (f" in {build_s:.0f} s" if isinstance(build_s, float) else " (reused from an earlier run)")
        + ", the real contacts screen offscreen"
        f" ({platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores,"
        f" load average {os.getloadavg()[0]:.1f} at the end of the run). Each time runs until Qt has"
        " laid out and painted the rows shown. Median and worst of"
        f" {figures['repeat']} rounds; each round runs the windowed list and, in the same run, the"
        " path before it (every ordered id read, then narrowed per keystroke), one after the other.",
        "",
        "| step | window: median / worst | every id (before): median / worst | target | met (worst) |",
        "|---|---|---|---|---|",
    ]
    for step in steps:
        new, old = cell(step, "window"), cell(step, "every id")
        goal = target(step)
        met = "yes" if new[1] < goal else "no"
        lines.append(
            f"| {step} | {new[0]:.0f} / {new[1]:.0f} ms | {old[0]:.0f} / {old[1]:.0f} ms"
            f" | < {goal:.0f} ms | {met} |"
        )
    typed = [step for step in steps if step.startswith("type")]
    lines += [
        "",
        "Rows each search shows (window: the newest 2,000 matches in the list's order, and"
        " whether it said so; before: every match):",
        "",
        "| typed | window rows | capped | window's SQL alone, warm (ms, last round) | every id rows |",
        "|---|---|---|---|---|",
    ]
    for step in typed:
        text = step[len("type ") :]
        capped = "yes" if rows.get(f"capped {text}") else ""
        sql = rows.get(f"sql {text}", 0) / 10
        lines.append(
            f"| {text} | {rows[f'window {text}']:,} | {capped} | {sql:.0f} | {rows[f'every id {text}']:,} |"
        )
    lines += [
        "",
        "Counts at this size (best of 3, warm; `list_window.count_listed`):",
        "",
        "| count | ms |",
        "|---|---|",
        *(f"| {label} | {ms:.1f} |" for label, ms in count_ms.items()),
        "| matches of `haldara` among contacts, bounded at 10,001 (`search.count_matches`)"
        f" | {figures['match_ms']:.1f} |",
        "",
        *NOTES,
    ]
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark and record its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=516_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args()
    directory = args.profile or Path(f"/tmp/liaison-bench-gui-{args.contacts}")
    create_application(["bench"])
    figures = measure(directory, args.contacts, args.repeat)
    command = f".venv/bin/python bench/bench_gui_lists.py --contacts {args.contacts} --repeat {args.repeat}"
    section = report(figures, command)
    print(section)
    write_section(args.out, "GUI lists", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
