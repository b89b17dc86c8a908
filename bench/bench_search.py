"""Benchmark: full-text search on a large store, ranked over a bounded candidate set.

In one run, on a real SQLCipher profile of N contacts (default 300,000; rows by executemany,
search documents by `db.fts.put_many`, as `bench_sync.py` writes them; no changesets, which
search never reads):
1. baseline: the 0.2.0 statement, which ranks every match (bm25 + snippet) before LIMIT 50;
2. now: `db.fts.search_capped`, which ranks the newest CANDIDATE_CAP matches at most;
3. the lazy count `db.fts.count_matches` (stops at 10,001).
50 queries (common words, rare words, names, short and long prefixes), one warm-up pass,
then each query timed in both, interleaved; p50 / p95 / max per variant. The hits of both
variants are compared for every query whose matches fit under the cap (they must be equal).
Writes the figures under "## Search at scale" in docs/BENCHMARKS.md (other sections kept).

Run: .venv/bin/python bench/bench_search.py [--rows 300000] [--quick] [--no-write]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_sync import CONTACT_INSERT, code_version, generate, machine, new_device
from benchdoc import write_section  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import os  # noqa: E402

from sqlalchemy import Connection  # noqa: E402

from db import fts  # noqa: E402
from db.migrations import v009_search_prefixes  # noqa: E402
from liaison_app.clock import now_iso  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "Search at scale"
QUICK_ROWS = 20_000
TARGET_P95_MS = 50.0
# Common words (in most notes), towns (a tenth of contacts each, like "haldara" at HQ),
# names, rare combinations, and prefixes of 1-4 letters as someone types them.
QUERIES = (
    "the",
    "convoy",
    "water",
    "clinic",
    "road closure",
    "morning",
    "follow up",
    "distribution",
    "haldara",
    "amsara",
    "kessa",
    "tumbari",
    "bekora",
    "dar salim",
    "ashen bridge",
    "nyaru",
    "amina",
    "haddad",
    "fatima keller",
    "kwame asante",
    "zainab",
    "idris noor",
    "henrik vogel",
    "logistics officer",
    "deputy mayor",
    "clinic director",
    "camp manager",
    "security adviser",
    "arabic",
    "dinka nuer",
    "fulfulde",
    "amharic swahili",
    "confidential",
    "strictly",
    "h",
    "ha",
    "hal",
    "hald",
    "c",
    "co",
    "con",
    "conv",
    "am",
    "ami",
    "k",
    "ke",
    "haldara convoy",
    "amina haddad haldara",
    "zzz",
    "283 42",
)


OLD_INDEX = "search_index_020"  # a copy of the index as 0.2.0 made it: no prefix indexes


def baseline(conn: Connection, query: str, limit: int = 50) -> list[fts.SearchHit]:
    """The 0.2.0 search on the 0.2.0 index: every match ranked (bm25 + snippet), then LIMIT."""
    expression = fts.match_expression(query)
    if expression is None:
        return []
    sql = fts.ranked_sql(kinds=0, bounded=False).replace("search_index", OLD_INDEX)
    rows = conn.exec_driver_sql(sql, (expression, limit)).all()
    return [fts.SearchHit(kind=k, id=i, title=t, snippet=sn, rank=float(r)) for k, i, t, sn, r in rows]


def capped_without_prefixes(conn: Connection, query: str, limit: int = 50) -> bool:
    """`fts.search_capped`'s two statements on the 0.2.0 index: what the cap alone gives."""
    expression = fts.match_expression(query)
    if expression is None:
        return False
    boundary = conn.exec_driver_sql(
        f"SELECT rowid FROM {OLD_INDEX} WHERE {OLD_INDEX} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expression, fts.CANDIDATE_CAP),
    ).scalar_one_or_none()
    sql = fts.ranked_sql(kinds=0, bounded=boundary is not None).replace("search_index", OLD_INDEX)
    params = (expression, boundary, limit) if boundary is not None else (expression, limit)
    conn.exec_driver_sql(sql, params).all()
    return boundary is not None


def build(directory: Path, rows: int) -> tuple[Store, dict[str, float]]:
    """A profile holding `rows` generated contacts and their search documents, plus a copy
    of the index as 0.2.0 made it (the baseline), and the time v009's rebuild takes."""
    store = new_device(directory / "hq", "Bench")
    contacts = generate(rows)
    now = now_iso()
    author = (store.author.officer, store.author.device_id)
    seconds: dict[str, float] = {}
    with store.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        t0 = time.perf_counter()
        raw.executemany(CONTACT_INSERT, [(c.id, now, now, *author, *c.sql_values()) for c in contacts])
        fts.put_many(conn, [("contact", c.id, *c.search_document()) for c in contacts])
        t1 = time.perf_counter()
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {OLD_INDEX} USING fts5("
            " title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            f"INSERT INTO {OLD_INDEX} (rowid, title, body) SELECT rowid, title, body FROM search_index"
        )
        t2 = time.perf_counter()
        v009_search_prefixes.upgrade(conn)  # the same rebuild an upgraded profile goes through
        t3 = time.perf_counter()
        sizes = {
            name: conn.exec_driver_sql(f"SELECT sum(length(block)) FROM {name}_data").scalar_one()
            for name in ("search_index", OLD_INDEX)
        }
    seconds.update(build=t1 - t0, copy=t2 - t1, v009=t3 - t2)
    seconds.update(size_new=float(sizes["search_index"]), size_old=float(sizes[OLD_INDEX]))
    return store, seconds


def _ms(seconds: list[float]) -> tuple[float, float, float]:
    ordered = sorted(s * 1000 for s in seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95, ordered[-1]


def measure(directory: Path, rows: int) -> dict[str, object]:
    """Build the store, then time every query in every variant, interleaved."""
    store, built = build(directory, rows)
    times: dict[str, list[float]] = {"baseline": [], "cap_only": [], "capped": [], "count": []}
    per_query: list[tuple[str, int, bool, float, float]] = []
    mismatches: list[str] = []
    with store.engine.connect() as conn:
        for query in QUERIES:  # warm-up: the page cache, as a GUI that has been open a while
            baseline(conn, query)
            capped_without_prefixes(conn, query)
            fts.search_capped(conn, query)
        for query in QUERIES:
            t0 = time.perf_counter()
            old = baseline(conn, query)
            t1 = time.perf_counter()
            capped_without_prefixes(conn, query)
            t2 = time.perf_counter()
            new = fts.search_capped(conn, query)
            t3 = time.perf_counter()
            count = fts.count_matches(conn, query)
            t4 = time.perf_counter()
            times["baseline"].append(t1 - t0)
            times["cap_only"].append(t2 - t1)
            times["capped"].append(t3 - t2)
            times["count"].append(t4 - t3)
            per_query.append((query, count, new.capped, (t1 - t0) * 1000, (t3 - t2) * 1000))
            if not new.capped and list(new.hits) != old:
                mismatches.append(query)
        # What is left: FTS5's bm25 counts, once per query, every document holding each
        # phrase (its IDF), whatever the LIMIT or bound; ranking one row shows that floor.
        slowest = max(per_query, key=lambda q: q[4])[0]
        expression = fts.match_expression(slowest)
        floor: list[float] = []
        for _ in range(5):
            t0 = time.perf_counter()
            conn.exec_driver_sql(
                "SELECT bm25(search_index, 10.0, 1.0) FROM search_index WHERE search_index MATCH ? LIMIT 1",
                (expression,),
            ).all()
            floor.append(time.perf_counter() - t0)
        conn.rollback()
    store.engine.dispose()
    return {
        "floor": (slowest, min(floor) * 1000),
        "rows": rows,
        "built": built,
        "times": {k: _ms(v) for k, v in times.items()},
        "per_query": per_query,
        "mismatches": mismatches,
    }


def report(figures: dict[str, object], command: str, load: tuple[float, float]) -> str:
    """The markdown section."""
    times = figures["times"]
    assert isinstance(times, dict)
    b50, b95, bmax = times["baseline"]
    c50, c95, cmax = times["capped"]
    o50, o95, omax = times["cap_only"]
    built = figures["built"]
    assert isinstance(built, dict)
    floor = figures["floor"]
    assert isinstance(floor, tuple)
    n50, n95, nmax = times["count"]
    per_query = figures["per_query"]
    assert isinstance(per_query, list)
    capped = sum(1 for q in per_query if q[2])
    mismatches = figures["mismatches"]
    assert isinstance(mismatches, list)
    met = "yes" if c95 < TARGET_P95_MS else "**no**"
    worst = sorted(per_query, key=lambda q: -q[4])[:5]
    lines = [
        f"## {SECTION}",
        "",
        f"`{command}`, {code_version()}.",
        f"Machine: {machine(load)}.",
        "",
        f"{figures['rows']:,} contacts (rows and search documents built in {built['build']:.0f} s,"
        f" bench_sync.py's generator), {len(QUERIES)} queries of common and rare words, names and"
        f" 1-4 letter prefixes, warm (one pass before timing), all variants interleaved per query."
        f" {capped} of {len(QUERIES)} queries had more than {fts.CANDIDATE_CAP:,} matches (capped).",
        "",
        "| figure | p50 | p95 | max | target | met? |",
        "|---|---|---|---|---|---|",
        f"| baseline, same run: 0.2.0 search (rank every match) | {b50:.1f} ms | {b95:.1f} ms"
        f" | {bmax:.1f} ms | | |",
        f"| the cap alone (same two statements on the 0.2.0 index) | {o50:.1f} ms | {o95:.1f} ms"
        f" | {omax:.1f} ms | | |",
        f"| `fts.search_capped` + v009 prefix indexes (rank the newest {fts.CANDIDATE_CAP:,})"
        f" | {c50:.1f} ms | {c95:.1f} ms"
        f" | {cmax:.1f} ms | p95 < {TARGET_P95_MS:.0f} ms | {met} |",
        f"| `fts.count_matches` (stops at 10,001) | {n50:.1f} ms | {n95:.1f} ms | {nmax:.1f} ms | | |",
        "",
        "Slowest queries now (matches counted to 10,001; ms baseline → now): "
        + "; ".join(f"`{q}` {n:,}{'+' if n >= 10_001 else ''} {o:.0f} → {c:.0f}" for q, n, _, o, c in worst)
        + ".",
        "",
        f"Migration v009 (rebuild of the index with `prefix = '1 2 3'`) took {built['v009']:.1f} s here"
        f" (a plain copy of the index without prefixes: {built['copy']:.1f} s); the index grows from"
        f" {built['size_old'] / 1e6:.0f} MB to {built['size_new'] / 1e6:.0f} MB"
        f" ({built['size_new'] / built['size_old']:.2f}x; `sum(length(block))` of `*_data`).",
        "",
        f"What is left: FTS5's `bm25` counts every document holding each phrase (its IDF) once"
        f" per query, whatever the bound: ranking a single row of the slowest query, `{floor[0]}`,"
        f" takes {floor[1]:.1f} ms here. That floor grows with how many records hold the word, not"
        " with the cap; at HQ (465,608 matches for one word) it is not measured yet. If it matters there, a"
        " rank of our own over the candidates (document frequencies kept per term, or the cap's"
        " count as the estimate) would remove it.",
        "",
        "Below the cap the hits are identical to the baseline's"
        + (
            f" except for: {', '.join(mismatches)}."
            if mismatches
            else " for every query (checked in this run)."
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark, print its figures and record them."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=None, help="contacts (default 300,000)")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} contacts, for a smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="print only, leave the docs alone")
    args = parser.parse_args()
    rows = args.rows if args.rows is not None else (QUICK_ROWS if args.quick else 300_000)
    command = " ".join([".venv/bin/python bench/bench_search.py", *sys.argv[1:]])
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        figures = measure(Path(tmp), rows)
    section = report(figures, command, (load_start, os.getloadavg()[0]))
    print(section)
    if not args.no_write:
        write_section(args.out, SECTION, section)
        print(f"(written to {args.out})")
    return 0 if not figures["mismatches"] else 1


if __name__ == "__main__":
    sys.exit(main())
