"""Benchmark: what folding Arabic text for the search index costs (issue 14).

In one run:
1. `db.search_fold.fold` alone, per document: the search documents of the first profile as
   the demo wrote them (Latin text: the fast path) and as many Arabic documents with tashkeel;
2. indexing: `db.fts.put_many` of those documents into an empty index, with folding and,
   the same-run baseline, with `db.fts.fold` replaced by the identity (what indexing costs
   without it: same tokenizer, same external-content index), rounds interleaved, best of R;
3. the re-index of migration v029 on a copy of each profile given (older schemas): the copy
   is migrated up to schema 28 first (not timed), then v029 is timed; the baseline is v029 on
   a second copy with the folding replaced by the identity.
Profiles are never opened in place (a copy in a temporary folder); the passphrase comes from
$LIAISON_PASSPHRASE. Writes "## Arabic search folding (issue 14)" in docs/BENCHMARKS.md.

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_search_folding.py \
         --profile /work/hq/field [--profile DIR ...] [--rounds 3] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from bench_sync import code_version, machine  # bench/ is on sys.path when run as a script
from benchdoc import write_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine  # noqa: E402

from db import fts, migrations  # noqa: E402
from db.engine import open_engine  # noqa: E402
from db.migrations import v029_arabic_search  # noqa: E402
from db.search_fold import fold  # noqa: E402
from liaison_app import keyfile, profile  # noqa: E402

SECTION = "Arabic search folding (issue 14)"
Document = tuple[str, str, str, str]

_GIVEN = ("مُحَمَّد", "أَحْمَد", "إِبْرَاهِيم", "عُثْمَان", "فَاطِمَة", "حَوَّاء", "آمِنَة", "مُصْطَفَى", "زَيْنَب")
_FAMILY = ("الأَمِين", "إِسْمَاعِيل", "عَبْدُ الله", "الطَّيِّب", "يَعْقُوب", "دَاوُود", "هَارُون")
_WORDS = ("مَدْرَسَة", "النُّور", "مُسْتَشْفَى", "الأَمَل", "لِجْنَة", "المِيَاه", "قَافِلَة", "الطَّرِيق", "مَكْتَب")


def _arabic_documents(count: int) -> list[Document]:
    """Contacts written with tashkeel, a title and a body of about the demo's length."""
    rng = random.Random(14)
    documents = []
    for n in range(count):
        title = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} {rng.choice(_FAMILY)}"
        phone = "".join(rng.choice("٠١٢٣٤٥٦٧٨٩") for _ in range(9))
        body = " · ".join(
            (" ".join(rng.choices(_WORDS, k=4)), f"+٢٤٩ {phone}", " ".join(rng.choices(_WORDS, k=8)))
        )
        documents.append(("contact", f"ar{n:06d}", title, body))
    return documents


def _key(directory: Path) -> bytes:
    found = keyfile.attempt(keyfile.load(directory / profile.KEYFILE_NAME), os.environ["LIAISON_PASSPHRASE"])
    assert found.data_key is not None, "the duress passphrase"
    return found.data_key


@contextmanager
def _copy(source: Path, work: Path, name: str) -> Iterator[Engine]:
    """An engine on a copy of the profile in `source` (the original is never opened)."""
    target = work / name
    shutil.copytree(source, target)
    engine = open_engine(target / profile.DB_NAME, _key(target))
    try:
        yield engine
    finally:
        engine.dispose()
        shutil.rmtree(target)


@contextmanager
def _folding(active: bool) -> Iterator[None]:
    """The folding as shipped, or the identity in its place (the baseline)."""
    saved = fts.fold, v029_arabic_search.fold
    if not active:
        fts.fold = v029_arabic_search.fold = _identity
    try:
        yield
    finally:
        fts.fold, v029_arabic_search.fold = saved


def _identity(text: str) -> str:
    return text


def _documents_of(engine: Engine) -> list[Document]:
    """The profile's search documents as written, read after migrating the copy."""
    migrations.migrate(engine)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT d.kind, d.record_id, t.title, t.body"
            " FROM search_doc d JOIN search_text t ON t.rowid = d.rowid ORDER BY d.rowid"
        ).all()
    return [(k, i, t, b) for k, i, t, b in rows]


def _fold_us(documents: list[Document]) -> float:
    """Microseconds to fold one document (title and body), best of three passes."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _, _, title, body in documents:
            fold(title)
            fold(body)
        best = min(best, time.perf_counter() - started)
    return best / len(documents) * 1e6


def _put_many_s(work: Path, documents: list[Document], folding: bool) -> float:
    """Seconds for `fts.put_many` of every document into an empty index (one transaction)."""
    path = work / f"index-{folding}.db"
    engine = open_engine(path, os.urandom(32))
    migrations.migrate(engine)
    try:
        with _folding(folding), engine.begin() as conn:
            started = time.perf_counter()
            for start in range(0, len(documents), 5_000):  # a merge re-indexes in batches
                fts.put_many(conn, documents[start : start + 5_000])
            return time.perf_counter() - started
    finally:
        engine.dispose()
        path.unlink()


# Searches as typed on the demo's data: common words, a town, prefixes, a name, a phone.
QUERIES = ("convoy", "water", "haldara", "h", "co", "amina", "283 42", "logistics officer")


def _search_ms(engine: Engine) -> tuple[float, float]:
    """Median milliseconds of `fts.search_capped` over QUERIES, unfiltered and for contacts only
    (the kind filter looks up a `search_doc` row per match); median of five passes each."""
    found = []
    with engine.connect() as conn:
        for kinds in ((), ("contact",)):
            times = []
            for query in QUERIES:
                fts.search_capped(conn, query, kinds=kinds)  # warm
                passes = []
                for _ in range(5):
                    started = time.perf_counter()
                    fts.search_capped(conn, query, kinds=kinds)
                    passes.append(time.perf_counter() - started)
                times.append(statistics.median(passes))
            found.append(statistics.median(times) * 1e3)
    return found[0], found[1]


def _v029_s(
    source: Path, work: Path, *, folding: bool
) -> tuple[float, int, tuple[float, float, float, float]]:
    """Seconds for migration v029 alone on a copy of `source`, the documents it indexed, and
    (with folding) search times before and after it: unfiltered, by kind, each."""
    step = migrations.MIGRATIONS.index(v029_arabic_search.upgrade)
    with _copy(source, work, f"v029-{folding}") as engine:
        with engine.connect() as conn:
            version = migrations.current_version(conn)
        assert version <= step, f"{source} is at schema {version}: v029 ran there already"
        migrations.migrate(engine, to=step)
        before = _search_ms(engine) if folding else (0.0, 0.0)
        with _folding(folding):
            started = time.perf_counter()
            migrations.migrate(engine, to=step + 1)
            elapsed = time.perf_counter() - started
        after = _search_ms(engine) if folding else (0.0, 0.0)
        with engine.connect() as conn:
            count = int(conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one())
    return elapsed, count, (*before, *after)


def _best(rounds: int, measure: Callable[[bool], float]) -> tuple[float, float]:
    """Best of `rounds` with folding and without, interleaved."""
    on, off = [], []
    for _ in range(rounds):
        on.append(measure(True))
        off.append(measure(False))
    return min(on), min(off)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", type=Path, action="append", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="bench-fold-") as tmp:
        work = Path(tmp)
        with _copy(args.profile[0], work, "documents") as engine:
            latin = _documents_of(engine)
        arabic = _arabic_documents(len(latin))
        folds = {"latin": _fold_us(latin), "arabic": _fold_us(arabic)}
        puts = {
            name: _best(args.rounds, partial(_put_many_s, work, docs))
            for name, docs in (("latin", latin), ("arabic", arabic))
        }
        reindex = []
        for source in args.profile:
            with_fold, count, searches = _v029_s(source, work, folding=True)
            without, _, _ = _v029_s(source, work, folding=False)
            reindex.append((source, count, with_fold, without, searches))
    load = (load_before, os.getloadavg()[0])

    rows = [
        "| Documents | Count | `fold` per document | `put_many` with folding | without (baseline)"
        " | per document, folding |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, docs in (("Latin (the demo's)", latin), ("Arabic with tashkeel", arabic)):
        key = "latin" if docs is latin else "arabic"
        on, off = puts[key]
        rows.append(
            f"| {name} | {len(docs):,} | {folds[key]:.2f} µs | {on:.2f} s | {off:.2f} s"
            f" | +{(on - off) / len(docs) * 1e6:.1f} µs ({on / off - 1:+.0%}) |"
        )
    migration_rows = [
        "| Profile (copy) | Documents | v029 with folding | without (baseline) | per document"
        " | search before → after v029 | contacts only, before → after |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for source, count, with_fold, without, (all_0, kind_0, all_1, kind_1) in reindex:
        migration_rows.append(
            f"| `{source}` | {count:,} | {with_fold:.2f} s | {without:.2f} s"
            f" | {with_fold / count * 1e6:.0f} µs | {all_0:.1f} → {all_1:.1f} ms"
            f" | {kind_0:.1f} → {kind_1:.1f} ms |"
        )
    arabic_extra = (puts["arabic"][0] - puts["arabic"][1]) / len(arabic) * 1e6
    _, last_count, last_seconds, _, _ = reindex[-1]
    hq_estimate = last_seconds / last_count * 1_781_000
    profiles = " ".join(f"--profile {p}" for p in args.profile)
    section = "\n".join(
        [
            f"## {SECTION}",
            "",
            f"`bench/bench_search_folding.py {profiles} --rounds {args.rounds}` on {platform.node()},"
            f" {code_version()}; {machine(load)}. Every profile was copied to a temporary folder"
            " first. There is no full HQ profile this session: the HQ figures are a"
            " `demo --scale hq --fraction` profile, as named.",
            "",
            "Indexing (every save, bulk load and sync merge goes through `fts.put_many` / `fts.put`):"
            " the documents of the first profile and as many Arabic ones, put into an empty index"
            " in batches of 5,000, best of the rounds; the baseline is the same call with the folding"
            " replaced by the identity.",
            "",
            *rows,
            "",
            "Migration v029 (once, on upgrade: the documents move to `search_text`, the index is"
            " rebuilt folded, 5,000 at a time); the baseline is the same migration without folding."
            f" Search: the median over {len(QUERIES)} typed queries ({', '.join(QUERIES)}) of"
            " `fts.search_capped` on the same copy just before v029 (the index holding its own"
            " text) and just after (the text read from `search_text`):",
            "",
            *migration_rows,
            "",
            "Text without Arabic script returns after one regex search (`str.isascii` when it is"
            " ASCII), so on the demo's Latin documents folding is within the noise of indexing;"
            f" an Arabic document costs {arabic_extra:.0f} µs more to index, so a sync merge of"
            f" 10,000 Arabic records {arabic_extra * 1e-2:.2f} s more. The re-index is linear in"
            f" the documents: at HQ's 1.78 M about {hq_estimate:.0f} s at the last profile's rate,"
            " once, inside the upgrade's transaction, a batch at a time (memory stays bounded). No"
            " search or screen reads more than before: a query folds the few words typed.",
        ]
    )
    print(section)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)


if __name__ == "__main__":
    main()
