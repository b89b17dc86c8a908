"""Benchmark: start-up of the `liaison` command, a fresh interpreter per run.

Times, interleaved (one run of each command per round, so load drifts hit every command
alike), the wall time of a new process from exec to exit: the bare interpreter
(`python -c pass`, the same-run baseline), `liaison --help`, `liaison --version`,
`liaison contact --help` and `liaison org list` on a small demo profile with the cheapest
KDF (8 MiB, 1 iteration: the unlock's own cost is not what is measured here). Each command
runs as the console script does (`from liaison_app.cli.main import main`) from this tree.
With `--before REV` the same commands also run from that revision of the tree (extracted
with `git archive` into a temporary folder), the figure before the change, same run.
Writes "## Start-up" in docs/BENCHMARKS.md (other sections are kept).

Run: .venv/bin/python bench/bench_startup.py [--runs 15] [--before REV]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchdoc import write_section  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "bench passphrase 1"  # a throwaway profile under /tmp, never real data
ENTRY = "import sys; from liaison_app.cli.main import main; sys.exit(main())"  # the console script
TARGET_MS = 300.0
# The commands held to the target: help and version, of the program and of a record kind.
LIGHT = (("--help",), ("--version",), ("contact", "--help"), ("org", "--help"))
CHEAP_KDF = ("--kdf-memory-mib", "8", "--kdf-iterations", "1")


@dataclass(frozen=True)
class Case:
    """One command line to time: its label, its arguments, the tree it runs from."""

    label: str
    argv: tuple[str, ...]
    tree: Path | None  # None: the bare interpreter


def cases(tree: Path, profile_dir: Path, suffix: str = "") -> list[Case]:
    """The `liaison` commands of the table, run from `tree`."""
    return [
        Case(f"`liaison --help`{suffix}", ("--help",), tree),
        Case(f"`liaison --version`{suffix}", ("--version",), tree),
        Case(f"`liaison contact --help`{suffix}", ("contact", "--help"), tree),
        Case(f"`liaison org --help`{suffix}", ("org", "--help"), tree),
        Case(f"`liaison contact add --help`{suffix}", ("contact", "add", "--help"), tree),
        Case(
            f"`liaison org list`{suffix} (demo profile, cheap KDF)",
            ("--profile", str(profile_dir), "org", "list"),
            tree,
        ),
    ]


def run_once(case: Case, env: dict[str, str]) -> float:
    """Milliseconds of one fresh process running `case`, exec to exit."""
    if case.tree is None:
        command = [sys.executable, "-c", "pass"]
    else:
        command = [sys.executable, "-c", ENTRY, *case.argv]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=case.tree or ROOT, env=env, capture_output=True, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{case.label} failed: {done.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def make_profile(directory: Path, env: dict[str, str]) -> None:
    """A small demo profile (a generated month of a mission) with the cheapest KDF."""
    subprocess.run(
        [sys.executable, "-c", ENTRY, "--profile", str(directory), "demo", *CHEAP_KDF],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=True,
    )


def extract(revision: str, into: Path) -> Path:
    """The tree of `revision`, written to `into` without touching the repository's worktrees."""
    into.mkdir()
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def main() -> None:
    """Time every case, interleaved, and write the section."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", metavar="REV", help="also time this revision (e.g. the merge base)")
    args = parser.parse_args()

    env = {**os.environ, "LIAISON_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LIAISON_DEBUG", None)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-startup-") as scratch:
        profile_dir = Path(scratch) / "profile"
        make_profile(profile_dir, env)
        table = [Case("baseline: `python -c pass`", (), None), *cases(ROOT, profile_dir)]
        if args.before:
            before = extract(args.before, Path(scratch) / "before")
            table += cases(before, profile_dir, suffix=f" before ({args.before})")
        for case in table:  # one warm-up each: the page cache, and .pyc files written
            run_once(case, env)
        samples: dict[str, list[float]] = {case.label: [] for case in table}
        for _ in range(args.runs):
            for case in table:
                samples[case.label].append(run_once(case, env))

    baseline = statistics.median(samples[table[0].label])
    rows = []
    for case in table:
        median = statistics.median(samples[case.label])
        met = ""
        if case.argv in LIGHT:
            met = "yes" if median < TARGET_MS else "**no**"
        ratio = "" if case.tree is None else f"{median / baseline:.1f}x"
        worst = max(samples[case.label])
        rows.append(f"| {case.label} | {median:.0f} ms | {worst:.0f} ms | {ratio} | {met} |")
        print(f"{case.label}: median {median:.0f} ms")

    command = "python bench/bench_startup.py" + (f" --runs {args.runs}" if args.runs != 15 else "")
    command += f" --before {args.before}" if args.before else ""
    load = os.getloadavg()[0]
    before_note = f'; "before" rows run them from {args.before}' if args.before else ""
    section = f"""## Start-up

`{command}`: a fresh interpreter per run, {args.runs} runs of
each command interleaved (after one warm-up each), wall time from exec to exit; each
command runs as the console script does, from this tree{before_note} (CPython
{platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f} at the end of the run).

| command | median | worst | ratio to the bare interpreter | target < 300 ms met? |
|---|---|---|---|---|
{chr(10).join(rows)}

Target (issue 10): `liaison --help` under 0.3 s. It took 0.69 s because
`liaison_app/cli/main.py` imported every command module, and through them the services,
SQLModel, SQLAlchemy, SQLCipher and the models, before argparse ran. Now main.py names the
top-level commands and their one-line help without importing their modules, and
`build_parser(argv)` registers in full only the module of the command `argv` names (a
stub line for the others); `--help` and `--version` name none, so they import only
argparse and the light modules (tests/cli/test_startup_imports.py checks, with
`-X importtime`, that no database layer, cryptography or Qt is imported, and that the
lazy tree parses and prints help exactly as the full one); what is left is the standard
library (argparse, pathlib, enum, and importlib.metadata for `__version__`). A record
kind's help (`contact --help`, `org --help`) is held to the same target: the kinds' words,
labels and summaries are named in `liaison_app/cli/record_commands.py` (checked against the
registry by the same test), the services are imported by the command handlers when they run,
and the flags of `add` and `edit`, which come from the kinds registry
(`liaison_app/kinds.py`, which imports SQLModel and the models), are declared only when that
verb parses or prints its help. What limits the rest: `contact add --help` and every real
command still import the database layer, by way of the registry; `org list` also pays the
unlock (KDF, SQLCipher open, migrations check).
"""
    write_section(ROOT / "docs" / "BENCHMARKS.md", "Start-up", section)


if __name__ == "__main__":
    main()
