"""Benchmark: merging duplicates (issue 11) — what a merge costs, and what it adds to imports.

In one run, on real SQLCipher profiles (an officer's and HQ's, cheap key derivation):
1. the officer writes N contacts and N/2 meetings naming three contacts each (one bundle);
2. HQ imports it twice, into two copies of the same empty profile: once as the merge runs
   (`sync.merges` takes part in every changeset) and once, the same-run baseline, with the
   generic merge alone (`merges.merge_changeset` replaced by a direct call): the figure is
   what the merge hook costs an import while nothing is merged anywhere;
3. HQ plans and merges one contact named by K meetings (the plan and the merge, each timed);
4. the officer imports that merge (the repointed meetings and the declaration);
5. the officer writes N more contacts and HQ imports them now that a merge exists (every
   changeset then goes through the follow-up step), against the same bundle imported into a
   copy of HQ's profile with the generic merge alone.
Writes the figures under "## Merging duplicates" in docs/BENCHMARKS.md (other sections kept).

Run: .venv/bin/python bench/bench_merge_duplicates.py [--contacts 20000] [--named 200]
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchdoc import write_section  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.services import record_merge, records, syncing  # noqa: E402
from liaison_app.services.record_merge_plan import plan  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import merges  # noqa: E402

SECTION = "Merging duplicates"
PASSPHRASE = "bench merge duplicates"
CHEAP = keyfile.KdfCost(8, 1)


def _device(directory: Path, officer: str, role: str = "field") -> Store:
    return profile.init(
        directory, passphrase=PASSPHRASE, officer_name=officer, device_name=officer, role=role, cost=CHEAP
    ).store


def _introduce(a: Store, b: Store) -> None:
    for src, dst in ((a, b), (b, a)):
        card = syncing.export_card(src, src.directory.parent / f"card-{src.author.device_id}.json")
        syncing.add_peer(dst, card)


def _bundle(src: Store, dst: str, path: Path) -> Path:
    syncing.export_bundle(src, to=[dst], path=path)
    return path


def _timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


@contextmanager
def _generic_merge_only() -> Iterator[None]:
    """The baseline: every changeset through the generic merge alone, as before merges."""
    real = merges.merge_changeset

    def plain(conn: Any, body: Any, result: Any, *, merge: Any) -> None:
        merge(conn, body, result)

    merges.merge_changeset = plain  # type: ignore[assignment]
    try:
        yield
    finally:
        merges.merge_changeset = real  # type: ignore[assignment]


def _import_into_copy(template: Path, bundle: Path, *, baseline: bool) -> float:
    """Import `bundle` into a fresh copy of the profile at `template`; seconds."""
    where = template.parent / f"{template.name}-{'base' if baseline else 'hook'}-{time.monotonic_ns()}"
    shutil.copytree(template, where)
    store = profile.unlock(where, PASSPHRASE)
    try:
        if baseline:
            with _generic_merge_only():
                return _timed(lambda: syncing.import_bundle(store, bundle))
        return _timed(lambda: syncing.import_bundle(store, bundle))
    finally:
        store.close()
        shutil.rmtree(where)


def _contacts(store: Store, count: int, rng: random.Random, prefix: str) -> list[str]:
    with records.batch(store) as b:
        return [b.add("contact", {"full_name": f"{prefix} {i} {rng.random():.6f}"}).id for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--named", type=int, default=200, help="meetings naming the merged contact")
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        anna, hq = _device(root / "anna", "Anna"), _device(root / "hq", "HQ", role="hq")
        _introduce(anna, hq)
        hq_id, anna_id = hq.author.device_id, anna.author.device_id
        hq.close()  # HQ's empty profile is the template of every import below
        people = _contacts(anna, args.contacts, rng, "Contact")
        kept, twin = people[0], people[1]
        with records.batch(anna) as b:
            for i in range(args.contacts // 2):
                named = rng.sample(people[2:], 3) if i >= args.named else [twin, *rng.sample(people[2:], 2)]
                b.add(
                    "meeting", {"title": f"Meeting {i}", "start": "2026-11-20T10:00Z", "attendee_ids": named}
                )
        first = _bundle(anna, hq_id, root / "first.liaison")
        hook = _import_into_copy(root / "hq", first, baseline=False)
        base = _import_into_copy(root / "hq", first, baseline=True)
        hq = profile.unlock(root / "hq", PASSPHRASE)
        syncing.import_bundle(hq, first)
        plan_s = _timed(lambda: plan(hq, kind="contact", keep_id=kept, other_id=twin))
        merge_s = _timed(lambda: record_merge.merge(hq, kind="contact", keep_id=kept, other_id=twin))
        back = _bundle(hq, anna_id, root / "merge.liaison")
        officer_s = _timed(lambda: syncing.import_bundle(anna, back))
        _contacts(anna, args.contacts, rng, "Later")
        later = _bundle(anna, hq_id, root / "later.liaison")
        hq.close()
        later_hook = _import_into_copy(root / "hq", later, baseline=False)
        later_base = _import_into_copy(root / "hq", later, baseline=True)
        anna.close()
    n = args.contacts
    rows = [
        ("Import at HQ, nothing merged", f"{n:,} contacts + {n // 2:,} meetings", hook, base),
        ("Import at HQ, after a merge", f"{n:,} contacts", later_hook, later_base),
    ]
    table = "\n".join(
        f"| {what} | {size} | {h:.2f} s | {b:.2f} s | {h / b:.2f}x |" for what, size, h, b in rows
    )
    section = f"""## {SECTION}

`bench/bench_merge_duplicates.py --contacts {n} --named {args.named}` ({platform.machine()},
Python {platform.python_version()}, {time.strftime("%Y-%m-%d")}, a loaded 2-core machine shared
with other runs). Imports into copies of one empty HQ profile, the baseline being the same
bundle through the generic merge alone (`sync.merges` out of the way):

| what | bundle | with merges | baseline | ratio |
|---|---|---|---|---|
{table}

A merge of one contact named by {args.named} meetings at HQ: plan {plan_s * 1000:.0f} ms, merge
{merge_s * 1000:.0f} ms (the meetings found through `meeting_link`, never a scan); the officer's
import of it: {officer_s * 1000:.0f} ms.
"""
    sys.stdout.write(section)
    if not args.no_doc:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
