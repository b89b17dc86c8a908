"""Benchmark: HQ intake of a folder of small bundles, on a copy of the HQ profile beside a copy
of the field profile in the same run (the per-file cost must not grow with the store).

Each round, for each subject (field, then HQ): five bench officers (fresh profiles, trusted by
the subject and trusting it) each write ten bundles for it, every bundle three new records
(an organization and two contacts, one changeset each), as after HQ's reply each time (the
officer notes that the subject holds what it sent, so a bundle carries only what is new).
Then, timed through the services the CLI and the GUI call:
- `intake.import_all(store, [folder])` on the 50 files: the whole run, its ordering pass (one
  header unsealed per file), and each file (between two progress steps): median and worst;
- the same folder again (every file already imported: harmless no-ops);
- the intake log: `officer_log.officers` (every known device) and `officer_log.officer` of one.
The working copies live under `--work` and are reused (each round adds 150 records and five
trusted devices to them); the profiles given are never opened for writing. The passphrase
of the profiles given comes from $LIAISON_PASSPHRASE.
Writes "## HQ intake" in docs/BENCHMARKS.md (other sections are kept).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_intake.py
     [--hq DIR] [--field DIR] [--work DIR] [--repeat 2] [--no-write]
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchdoc import write_section  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db import migrations  # noqa: E402
from db.engine import open_engine  # noqa: E402
from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.services import intake, officer_log, records, syncing  # noqa: E402
from liaison_app.store import Store  # noqa: E402
from sync import peers, state  # noqa: E402

OFFICERS = 5
BUNDLES_EACH = 10
OFFICER_PASSPHRASE = "bench officer passphrase 1"  # throwaway profiles under --work


@dataclass
class Subject:
    """One profile measured: the profile given, its working copy, its data key, its figures."""

    label: str
    source: Path
    directory: Path
    key: bytes = b""
    records: int = 0
    peers: int = 0
    figures: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.figures.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.figures[name])


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def prepare(subject: Subject, passphrase: str) -> None:
    """Copy the profile once, derive its key, bring the copy's schema up to date."""
    if not subject.directory.exists():
        subject.directory.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", str(subject.source), str(subject.directory)], check=True)
    subject.key = keyfile.unlock(keyfile.load(subject.directory / profile.KEYFILE_NAME), passphrase)
    engine = open_engine(subject.directory / profile.DB_NAME, subject.key)
    try:
        migrations.migrate(engine)  # a bench copy: no pre-upgrade copy of the file needed
    finally:
        engine.dispose()


def officers_for(store: Store, root: Path) -> list[Store]:
    """Fresh bench officers, each trusted by `store` and trusting it."""
    made = []
    for n in range(OFFICERS):
        officer = profile.init(
            root / f"officer-{n}",
            passphrase=OFFICER_PASSPHRASE,
            officer_name=f"Bench Officer {n}",
            device_name=f"bench-{n}",
            cost=keyfile.KdfCost(keyfile.MIN_MEMORY_MIB, 1),
        ).store
        syncing.add_peer(store, syncing.export_card(officer, root / f"officer-{n}.card"))
        syncing.add_peer(officer, syncing.export_card(store, root / f"subject-{n}.card"))
        made.append(officer)
    return made


def write_folder(store: Store, folder: Path, officers: list[Store]) -> None:
    """Ten bundles per officer of three new records each, only what is new in each."""
    folder.mkdir(parents=True)
    target = store.author.device_id
    for b in range(BUNDLES_EACH):
        for n, officer in enumerate(officers):
            org = records.add(officer, "org", {"name": f"Bench org {n}-{b}"})
            for c in range(2):
                contact = {"full_name": f"Bench contact {n}-{b}-{c}", "organization_id": org.id}
                records.add(officer, "contact", contact)
            syncing.export_bundle(officer, to=[target], path=folder / f"{b:02d}-bench-{n}.liaison")
            with officer.session() as s:  # as after the subject's reply
                conn = s.connection()
                peers.note_known(conn, target, state.stored_tops(conn), now="2026-12-01T00:00:00Z")
                s.commit()


def measure(subject: Subject, work: Path, round_no: int) -> None:
    """One round on one subject: write its folder, import it twice, read the intake log."""
    root = work / f"round-{round_no}-{subject.label}"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    store = profile._open(subject.directory, subject.key)
    try:
        officers = officers_for(store, root)
        try:
            write_folder(store, root / "inbox", officers)
        finally:
            for officer in officers:
                officer.close()
        paths = intake.bundle_files([root / "inbox"])
        started = time.perf_counter()
        intake.in_import_order(store, paths)
        subject.add("order", ms_since(started))
        steps: list[float] = []
        started = time.perf_counter()
        result = intake.import_all(
            store, [root / "inbox"], progress=lambda _step: steps.append(time.perf_counter())
        )
        steps.append(time.perf_counter())
        subject.add("import_all", ms_since(started))
        per_file = [(b - a) * 1000 for a, b in itertools.pairwise(steps)]
        subject.add("file_median", statistics.median(per_file))
        subject.add("file_worst", max(per_file))
        applied = sum(o.applied for o in result.officers)
        assert applied == OFFICERS * BUNDLES_EACH * 3, applied
        started = time.perf_counter()
        again = intake.import_all(store, [root / "inbox"])
        subject.add("again", ms_since(started))
        assert all(o.status is syncing.FileStatus.ALREADY_IMPORTED for o in again.files)
        started = time.perf_counter()
        log = officer_log.officers(store)
        subject.add("log", ms_since(started))
        started = time.perf_counter()
        officer_log.officer(store, result.officers[0].device_id)
        subject.add("log_one", ms_since(started))
        subject.peers = len(log)
        with store.session() as s:
            counted = s.connection().exec_driver_sql("SELECT sum(live) FROM live_count").scalar_one()
            subject.records = int(counted)
    finally:
        store.close()
        shutil.rmtree(root)


ROWS = (
    ("folder of 50 bundles, whole run (`intake.import_all`)", "import_all", "ms"),
    ("· ordering pass (each file's header unsealed: sender, sequence)", "order", "ms"),
    ("· one file, median (import, merge, re-index, log)", "file_median", "ms"),
    ("· one file, worst", "file_worst", "ms"),
    ("the same folder again (50 files already imported)", "again", "ms"),
    ("intake log, every known device (`officer_log.officers`)", "log", "ms"),
    ("intake log, one officer with every bundle (`officer_log.officer`)", "log_one", "ms"),
)


def fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def section(field_: Subject, hq: Subject, repeat: int) -> str:
    lines = [
        "## HQ intake",
        "",
        f"`bench/bench_intake.py --repeat {repeat}`: a folder of {OFFICERS * BUNDLES_EACH} small bundles"
        f" ({OFFICERS} officers x {BUNDLES_EACH}, three new records each) imported through"
        " `services.intake` (what `liaison sync import DIR` and the sync centre's *Import folder…* run),",
        f"on working copies of the field profile ({field_.records:,} live records,"
        f" {field_.peers} known devices) and the HQ profile ({hq.records:,} live records,"
        f" {hq.peers} known devices), the field one the same-run baseline."
        f" Medians of {repeat} interleaved rounds, fresh officers and bundles each round.",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores shared with other jobs,"
        f" CPython {platform.python_version()}, load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| figure | field (baseline) | HQ | HQ / field |",
        "|---|---|---|---|",
    ]
    for label, key, unit in ROWS:
        f, h = field_.median(key), hq.median(key)
        lines.append(f"| {label} | {fmt(f)} {unit} | {fmt(h)} {unit} | {h / f:.2f} |")
    lines += [
        "",
        "Each file is its own transaction and memory holds one bundle at a time (the ordering pass",
        "keeps a sender, a number and a time per file). A file's cost is the import's: unsealing,",
        "verifying, merging three changesets, re-indexing three records and the import's own rows;",
        "nothing in it reads the store whole, so it does not grow with the store. The intake log",
        "reads each device's bundles through `ix_sync_imported_bundle_sender` (schema 15) and its",
        "newest changeset through the changesets' primary key: a few searches per known device.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--hq", type=Path, default=Path("/work/hq/profile"))
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/liaison-bench-intake"))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    passphrase = os.environ.get("LIAISON_PASSPHRASE", "")
    subjects = [
        Subject("field", args.field, args.work / "field"),
        Subject("hq", args.hq, args.work / "hq"),
    ]
    for subject in subjects:
        prepare(subject, passphrase)
    for round_no in range(args.repeat):
        for subject in subjects:
            measure(subject, args.work, round_no)
            sys.stdout.write(f"round {round_no} {subject.label}: {subject.figures}\n")
    text = section(subjects[0], subjects[1], args.repeat)
    sys.stdout.write(text)
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", "HQ intake", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
