"""Benchmark: the interop files of issue 12 (calendar, 3W HXL, the profile as JSON and its
import) on a field profile and an HQ-scale fraction, beside `liaison dump` (the canonical
dump: every live record read and encoded) as the same-run baseline every whole-store
export is measured against.

Exports run on one open store; each figure is the median of `--repeat` rounds. The import
runs in a fresh process per round, into a new empty profile, and reports the process's peak
resident set (`ru_maxrss`) beside a baseline process that only creates and unlocks the
empty profile: the JSON import parses its file whole (capped at json_import.MAX_BYTES), so
its memory is what the cap has to bound.

Profiles: a copy of the field profile (`--field DIR`, passphrase from $LIAISON_PASSPHRASE;
never opened in place) and `demo --scale hq --fraction F` built under `--work` (reused).
Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_interop.py [--field DIR]
     [--fraction 0.02] [--work DIR] [--repeat 3] [--no-write]
Writes "## Interop files" in docs/BENCHMARKS.md (other sections are kept).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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

from liaison_app import keyfile, profile  # noqa: E402
from liaison_app.demo import scale  # noqa: E402
from liaison_app.services import dump  # noqa: E402
from liaison_app.services.interop import ical_export, json_export, json_import, threew_export  # noqa: E402
from liaison_app.services.interop.redaction import Profile, redaction  # noqa: E402
from liaison_app.store import Store  # noqa: E402

SECTION = "Interop files"
BENCH_PASSPHRASE = "bench"
READING = """Reading: the 3W reads only organizations, their meeting links and contacts, in chunks, and
stays near 2 s. The JSON export is the dump, the do-not-share filter and the write (1 to 3 times
the baseline, which keeps its text in memory). The calendar
costs 3 to 10 times the dump: nearly all of it is the `icalendar` library building and folding
each content line (about 2.5 ms a component under this load, measured with cProfile); memory
stays flat (pages of 1,000 records), it runs in the worker with progress and Cancel, and a
field profile takes about 20 s. The JSON import peaks at about 11 times the file's size above
the baseline process (parsed whole, then held by the batch until its one commit), which is why
`json_import.MAX_BYTES` is 32 MB: an import stays under about 450 MB."""


def _median(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _hq(work: Path, fraction: float) -> Path:
    directory = work / f"hq-{fraction:g}"
    if not directory.exists():
        building = work / f"hq-{fraction:g}.building"  # renamed once whole: a killed run is not reused
        shutil.rmtree(building, ignore_errors=True)
        store = profile.init(
            building,
            passphrase=BENCH_PASSPHRASE,
            officer_name="Bench",
            device_name="bench",
            role="hq",
            cost=keyfile.KdfCost(8, 1),
        ).store
        scale.generate(store, scale.scaled(scale.HQ, fraction), seed=1)
        store.close()
        building.rename(directory)
    return directory


def _field(work: Path, source: Path) -> Path:
    directory = work / "field-copy"
    if not (directory / "liaison.db").exists():
        shutil.rmtree(directory, ignore_errors=True)
        shutil.copytree(source, directory)
    return directory


def _exports(store: Store, out: Path, repeat: int) -> dict[str, tuple[float, int]]:
    rules = redaction(store, include_do_not_share=False, profile=Profile.FULL)  # as measured before
    files = {
        "calendar": out / "calendar.ics",
        "3w": out / "3w.csv",
        "json": out / "profile.json",
    }
    figures = {
        "dump (baseline)": (_median(lambda: dump.dump_json(store), repeat), 0),
        "calendar export": (_median(lambda: ical_export.export(store, files["calendar"], rules), repeat), 0),
        "3W HXL export": (
            _median(
                lambda: threew_export.export(store, files["3w"], rules, threew_export.Format.HXL), repeat
            ),
            0,
        ),
        "JSON export": (_median(lambda: json_export.export(store, files["json"], rules), repeat), 0),
    }
    sizes = {"calendar export": files["calendar"], "3W HXL export": files["3w"], "JSON export": files["json"]}
    return {k: (s, sizes[k].stat().st_size if k in sizes else 0) for k, (s, _) in figures.items()}


def _child(mode: str, target: Path, source: Path | None) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", mode, "--into", str(target)]
    if source is not None:
        argv += ["--source", str(source)]
    done = subprocess.run(argv, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _run_child(mode: str, target: Path, source: Path | None) -> None:
    shutil.rmtree(target, ignore_errors=True)
    store = profile.init(
        target,
        passphrase=BENCH_PASSPHRASE,
        officer_name="Bench B",
        device_name="b",
        cost=keyfile.KdfCost(8, 1),
    ).store
    started = time.perf_counter()
    imported = 0
    if mode == "import" and source is not None:
        imported = json_import.import_file(store, source).total
    elapsed = time.perf_counter() - started
    store.close()
    peak_mb = _high_water_mb()
    sys.stdout.write(json.dumps({"seconds": elapsed, "peak_mb": peak_mb, "records": imported}) + "\n")


def _high_water_mb() -> float:
    """This process's peak resident set. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    exec from the process that forked us (here the parent holding a whole dump)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--fraction", type=float, default=0.02)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-interop"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--child", choices=("baseline", "import"))
    parser.add_argument("--into", type=Path)
    parser.add_argument("--source", type=Path)
    args = parser.parse_args()
    if args.child:
        _run_child(args.child, args.into, args.source)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    profiles = [
        ("field (10k records)", _field(args.work, args.field), os.environ["LIAISON_PASSPHRASE"]),
        (f"hq x {args.fraction:g}", _hq(args.work, args.fraction), BENCH_PASSPHRASE),
    ]
    lines = []
    for name, directory, passphrase in profiles:
        out = args.work / f"out-{directory.name}"
        out.mkdir(exist_ok=True)
        with profile.unlock(directory, passphrase) as store:
            records = sum(len(v) for v in dump.dump(store).values() if isinstance(v, list))
            figures = _exports(store, out, args.repeat)
        for what, (seconds, size) in figures.items():
            shown = _size(size) if size else "in memory"
            lines.append(f"| {name} | {records:,} | {what} | {seconds:.2f} s | {shown} |")
        base = _child("baseline", args.work / "import-target", None)
        runs = [
            _child("import", args.work / "import-target", out / "profile.json") for _ in range(args.repeat)
        ]
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = max(r["peak_mb"] for r in runs)
        lines.append(
            f"| {name} | {records:,} | JSON import into an empty profile | {seconds:.2f} s"
            f" | peak RSS {peak:.0f} MB (baseline {base['peak_mb']:.0f} MB) |"
        )
        sys.stdout.write("\n".join(lines[-5:]) + "\n")
    load_after = os.getloadavg()[0]
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    section = "\n".join(
        [
            f"## {SECTION}",
            "",
            f"`python {' '.join(['bench/bench_interop.py', *sys.argv[1:]])}` on {platform.node()}"
            f" ({os.cpu_count()} cores shared with other jobs), CPython {platform.python_version()},"
            f" 1-minute load average {load_before:.1f} at the start and {load_after:.1f} at the end."
            f" Code measured: commit {commit.stdout.strip()}.",
            "",
            "Medians of the rounds on one open store; the baseline is `liaison dump` (every live record"
            " read and encoded in memory), which every whole-store export does at least. The JSON import"
            " runs in a fresh process into an empty profile; its peak resident set is beside a process that"
            " only creates and unlocks that profile. There is no full HQ profile this session: the HQ rows"
            " are a `demo --scale hq` fraction.",
            "",
            "| profile | records | what | time | file / memory |",
            "|---|---|---|---|---|",
            *lines,
            "",
            READING,
        ]
    )
    if not args.no_write:
        write_section(ROOT / "docs" / "BENCHMARKS.md", SECTION, section + "\n")
    sys.stdout.write(section + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
