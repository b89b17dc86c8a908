"""Benchmark: what the redaction profiles of issue 13 cost. Each export and report written
under `partner` (the default) beside the same export under `full` in the same run (the
baseline: the rules of issue 12 alone), on one open store; each figure is the median of
`--repeat` rounds, with the file's size and how many records went.

Profile: a copy of the field profile (`--field DIR`, passphrase from $LIAISON_PASSPHRASE;
never opened in place: the copy is migrated), or `demo --scale hq --fraction F` built under
`--work` when `--fraction` is given.
Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_redaction.py [--field DIR]
     [--fraction F] [--work DIR] [--repeat 3] [--no-write]
Writes "## Redaction profiles" in docs/BENCHMARKS.md (other sections are kept).
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
from pathlib import Path

from benchdoc import write_section

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaison_app import profile  # noqa: E402
from liaison_app.services.interop import card_files, ical_export, json_export, threew_export  # noqa: E402
from liaison_app.services.interop.card_files import Format  # noqa: E402
from liaison_app.services.interop.redaction import Profile, redaction  # noqa: E402
from liaison_app.services.reports import build  # noqa: E402
from liaison_app.store import Store  # noqa: E402

FIELD = Path("/work/hq/field")


def _median(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), count


def _jobs(store: Store, out: Path, profile_: Profile) -> dict[str, tuple[Callable[[], int], Path]]:
    rules = redaction(store, profile=profile_)
    p = profile_.value
    return {
        "contacts CSV": (
            lambda: (
                card_files.export_contacts(
                    store, out / f"c-{p}.csv", format=Format.CSV, profile=profile_
                ).cards
            ),
            out / f"c-{p}.csv",
        ),
        "calendar": (lambda: ical_export.export(store, out / f"k-{p}.ics", rules), out / f"k-{p}.ics"),
        "3W HXL": (
            lambda: threew_export.export(store, out / f"3w-{p}.csv", rules, threew_export.Format.HXL),
            out / f"3w-{p}.csv",
        ),
        "profile JSON": (
            lambda: sum(json_export.export(store, out / f"j-{p}.json", rules).values()),
            out / f"j-{p}.json",
        ),
        "handover pack": (lambda: _report(store, out / f"h-{p}.pdf", profile_), out / f"h-{p}.pdf"),
    }


def _contacts(store: Store, path: Path, profile_: Profile) -> int:
    return card_files.export_contacts(store, path, format=Format.CSV, profile=profile_).cards


def _report(store: Store, path: Path, profile_: Profile) -> int:
    report = build.handover_pdf(store, profile=profile_)
    build.save(store, path, report)
    return report.records


def _profile(args: argparse.Namespace) -> tuple[Path, str]:
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    if args.fraction is not None:
        target = work / f"hq-{args.fraction}"
        if not (target / "liaison.db").exists():
            shutil.rmtree(target, ignore_errors=True)
            subprocess.run(
                [
                    *(sys.executable, "-m", "liaison_app.cli", "--profile", str(target), "demo"),
                    *("--scale", "hq", "--fraction", str(args.fraction)),
                    *("--kdf-memory-mib", "8", "--kdf-iterations", "1"),
                ],
                check=True,
                cwd=ROOT,
                capture_output=True,
            )
        return target, f"`demo --scale hq --fraction {args.fraction}`"
    target = work / "field-copy"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(args.field, target)
    return target, "a copy of the 10k-record field profile"


def main() -> int:
    """Measure, print, and write the section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--field", type=Path, default=FIELD)
    parser.add_argument("--fraction", type=float, default=None)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-redaction"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    directory, what = _profile(args)
    store = profile.unlock(directory, os.environ["LIAISON_PASSPHRASE"])
    out = args.work / "out"
    out.mkdir(exist_ok=True)
    rows = []
    try:
        full, partner = _jobs(store, out, Profile.FULL), _jobs(store, out, Profile.PARTNER)
        for name in full:
            base_s, base_n = _median(full[name][0], args.repeat)
            red_s, red_n = _median(partner[name][0], args.repeat)
            rows.append(
                f"| {name} | {base_s:.2f} s, {base_n} records, {full[name][1].stat().st_size // 1024} KiB"
                f" | {red_s:.2f} s, {red_n} records, {partner[name][1].stat().st_size // 1024} KiB |"
            )
    finally:
        store.close()
    section = "\n".join(
        [
            "## Redaction profiles",
            "",
            f"`bench/bench_redaction.py` on {what}; {platform.machine()}, Python"
            f" {platform.python_version()}; median of {args.repeat} rounds, one open store. Baseline:"
            " the same export under `full` in the same run (issue 12's rules alone).",
            "",
            "| export | full (baseline) | partner (default) |",
            "|---|---|---|",
            *rows,
            "",
            "Partner costs nothing measurable: its rules are read from each page already in"
            " memory (one extra column, the organization's type, per page of contacts), and it"
            " writes fewer records, so it is faster wherever it leaves records out. The machine is"
            " shared (2 cores, other jobs running): compare the two columns of one run, not runs.",
        ]
    )
    sys.stdout.write(section + "\n")
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", "Redaction profiles", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
