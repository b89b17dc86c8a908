"""Benchmark: the contacts list and search-as-you-type on a 100,000-contact profile.

Builds the profile with bulk SQL in one transaction (rows and their search documents),
then drives the real list screen offscreen:
- open: the contacts screen computes its ids, resets the model and paints the first page;
- keystroke: the search box text changes and the model is reset and repainted.
Writes the figures under "## GUI lists" in docs/BENCHMARKS.md (other sections are kept).

Run: .venv/bin/python bench/bench_gui_lists.py [--contacts 100000]
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
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchdoc import write_section  # bench/ is on sys.path when run as a script

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.clock import now_iso  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.editors.contact import ContactEditor  # noqa: E402
from ui.list_view import ListPage  # noqa: E402

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
        cur.executemany(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
            [(rowid + offset, title, body) for rowid, _r, title, body in docs],
        )
        cur.executemany(
            "INSERT INTO search_doc (rowid, kind, record_id) VALUES (?, 'org', ?)",
            [(n + 1, row[0]) for n, row in enumerate(org_rows)],
        )
        cur.executemany(
            "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, '')",
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


def timed(action: Callable[[], None]) -> float:
    """Milliseconds `action` takes, including the repaint it causes."""
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    action()
    app.processEvents()  # layout and paint of the visible rows
    return (time.perf_counter() - started) * 1000


def measure(directory: Path, contacts: int) -> dict[str, object]:
    """Build the profile, then time opening the list and typing into its search box."""
    created = profile.init(
        directory,
        passphrase="bench passphrase 1",
        officer_name="Bench Officer",
        device_name="bench",
        cost=keyfile.KdfCost(8, 1),
    )
    store = created.store
    build_s = build(store, contacts, orgs=max(contacts // 200, 1))
    ctx = AppContext(directory)
    ctx.open(store)
    page_holder: list[ListPage] = []

    def open_list() -> None:
        page = ListPage(ctx, ContactEditor(ctx), "contacts")
        page.resize(1200, 760)
        page.show()
        page.refresh()
        page_holder.append(page)

    open_ms = timed(open_list)
    page = page_holder[0]
    reopen_ms = [timed(page.refresh) for _ in range(5)]
    rows = page.model.rowCount()

    def keystrokes(words: tuple[str, ...]) -> list[tuple[str, float, int]]:
        results = []
        for text in words:
            page.search.setText(text)
            results.append((text, timed(page.apply_query), page.model.rowCount()))
        page.search.setText("")
        page.apply_query()
        return results

    typing = keystrokes(KEYSTROKES) + keystrokes(SECOND_WORD)
    sort_ms = timed(lambda: page.model.sort(2))  # by organization name, through a join
    scroll_ms = timed(lambda: page.table.scrollToBottom())
    page.close()
    ctx.lock()
    latencies = [ms for _t, ms, _n in typing]
    return {
        "contacts": rows,
        "build_s": build_s,
        "open_ms": open_ms,
        "refresh_ms": statistics.median(reopen_ms),
        "typing": typing,
        "keystroke_median_ms": statistics.median(latencies),
        "keystroke_max_ms": max(latencies),
        "sort_ms": sort_ms,
        "scroll_ms": scroll_ms,
    }


def report(figures: dict[str, object]) -> str:
    """The "## GUI lists" section of docs/BENCHMARKS.md."""
    typing = figures["typing"]
    assert isinstance(typing, list)
    lines = [
        "## GUI lists",
        "",
        f"`bench/bench_gui_lists.py`: {figures['contacts']:,} contacts (and their search",
        "documents) in a SQLCipher profile, the real contacts screen offscreen",
        f"({platform.python_implementation()} {platform.python_version()},"
        f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end of the run)."
        " Times include Qt's layout and paint of the visible rows.",
        "",
        "| step | time |",
        "|---|---|",
        f"| build the profile (bulk SQL, one transaction) | {figures['build_s']:.1f} s |",
        f"| open the contacts screen (ids in SQL + model reset + first page) | {figures['open_ms']:.0f} ms |",
        f"| refresh the open list (median of 5) | {figures['refresh_ms']:.0f} ms |",
        f"| search keystroke, median | {figures['keystroke_median_ms']:.0f} ms |",
        f"| search keystroke, worst | {figures['keystroke_max_ms']:.0f} ms |",
        f"| sort by organization (join) | {figures['sort_ms']:.0f} ms |",
        f"| jump to the last row | {figures['scroll_ms']:.0f} ms |",
        "",
        "Per keystroke (search box text → rows shown):",
        "",
        "| typed | ms | rows |",
        "|---|---|---|",
        *(f"| `{text}` | {ms:.0f} | {count:,} |" for text, ms, count in typing),
        "",
        "The screen also waits 90 ms after the last keystroke before searching, so a fast",
        "typist triggers one query per pause rather than one per key. A keystroke only",
        "narrows the remembered ordered ids of the list (one FTS lookup and a set test),",
        "which is why it costs far less than opening the list. Opening reads the ordered",
        "ids straight from the partial index `contact(full_name COLLATE NOCASE, id) WHERE",
        "deleted_at IS NULL` (migration 2); before that index SQLite scanned and sorted the",
        "whole table and opening took 450 ms on the same machine.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark and record its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    args = parser.parse_args()
    create_application(["bench"])
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(Path(tmp) / "profile", args.contacts)
    section = report(figures)
    print(section)
    write_section(args.out, "GUI lists", section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
