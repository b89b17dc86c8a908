"""Benchmark: the four PDF reports written in English, French and Arabic (issue 14), beside
the English rendering of the code before this change (the baseline tree, /work/main by
default) in the same run.

Each report's data is gathered once per language (inside `translations.speaking`, as
reports/build.py does) and its PDF rendered; the figure is the median render time of
`--repeat` rounds on one open store. The baseline tree is run as a child process of this
script (its own `liaison_app` imported) on the same profile copy, English only.
French and Arabic need compiled catalogues: `--catalogs` (default resources/translations).

Run: LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_report_languages.py
     [--field DIR] [--work DIR] [--repeat 3] [--baseline-tree DIR] [--no-write]
Writes "## Reports in French and Arabic (issue 14)" in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

SECTION = "Reports in French and Arabic (issue 14)"
HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr", "ar")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--field", type=Path, default=Path("/work/hq/field"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-report-languages"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--catalogs", type=Path, default=HERE.parent / "resources" / "translations")
    parser.add_argument("--baseline-tree", type=Path, default=Path("/work/main"))
    parser.add_argument("--no-write", action="store_true")
    # Internal: the child run over another tree's code, writing its figures as JSON.
    parser.add_argument("--tree", type=Path, default=HERE.parent, help=argparse.SUPPRESS)
    parser.add_argument("--languages", default=",".join(LANGUAGES), help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def median_ms(repeat: int, action: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def measure(copy: Path, languages: list[str], repeat: int) -> dict[str, dict[str, list[float]]]:
    """Per report and language: [gather ms, render ms, pages]."""
    import bench_reports
    from bench_reports import last_week, latest_meeting

    from liaison_app import profile, translations

    assert Path(translations.__file__).is_relative_to(bench_reports.ROOT), translations.__file__
    from liaison_app.services.reports import (
        action_register,
        handover,
        meeting_report,
        render_actions,
        render_handover,
        render_meeting,
        render_weekly,
        weekly,
    )

    found: dict[str, dict[str, list[float]]] = {}
    with profile.unlock(copy, os.environ["LIAISON_PASSPHRASE"]) as store:
        period, _ = last_week(store)
        today = period.last + timedelta(days=1)
        meeting_id = latest_meeting(store)
        reports: list[tuple[str, Callable[[], object], Callable[[object], bytes]]] = [
            (
                "meeting report",
                lambda: meeting_report.gather(store, meeting_id),
                lambda d: render_meeting.render(d, issued="X"),  # type: ignore[arg-type]
            ),
            (
                "weekly summary, all officers",
                lambda: weekly.gather(store, period=period, today=today),
                lambda d: render_weekly.render(d, issued="X", author="bench"),  # type: ignore[arg-type]
            ),
            (
                "action register",
                lambda: action_register.gather(store, on=today),
                lambda d: render_actions.render(d, issued="X", author="bench"),  # type: ignore[arg-type]
            ),
            (
                "handover pack",
                lambda: handover.gather(store, today=today),
                lambda d: render_handover.render(d, issued="X"),  # type: ignore[arg-type]
            ),
        ]
        for name, gather, render in reports:
            for code in languages:
                with translations.speaking(translations.Language(code)) as words:
                    if code != "en":
                        assert words.loaded, f"no {code} catalogue in ${translations.CATALOGS_ENV}"
                    gathered, data = median_ms(repeat, gather)
                    rendered, pdf = median_ms(repeat, lambda data=data, render=render: render(data))
                assert isinstance(pdf, bytes)
                found.setdefault(name, {})[code] = [gathered, rendered, float(pdf.count(b"/Type /Page\n"))]
    return found


def child(args: argparse.Namespace) -> int:
    # The measured tree's own bench_reports puts that tree first on sys.path and imports its
    # liaison_app: everything below is then that tree's code.
    sys.path.insert(0, str(args.tree / "bench"))
    import bench_reports  # noqa: F401

    figures = measure(args.work / "field", args.languages.split(","), args.repeat)
    if args.json:
        args.json.write_text(json.dumps(figures), encoding="utf-8")
    return 0


def main() -> int:
    args = _arguments()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LIAISON_CATALOGS"] = str(args.catalogs)
    if args.json:
        return child(args)
    import shutil

    copy = args.work / "field"
    if not (copy / "liaison.db").exists():
        shutil.copytree(args.field, copy, dirs_exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        ours, before = Path(scratch) / "ours.json", Path(scratch) / "before.json"
        common = [sys.executable, __file__, "--work", str(args.work), "--repeat", str(args.repeat)]
        common += ["--catalogs", str(args.catalogs)]
        subprocess.run([*common, "--json", str(ours)], check=True)
        subprocess.run(
            [*common, "--tree", str(args.baseline_tree), "--languages", "en", "--json", str(before)],
            check=True,
        )
        figures = json.loads(ours.read_text(encoding="utf-8"))
        baseline = json.loads(before.read_text(encoding="utf-8"))
    section = render_section(figures, baseline, args)
    if not args.no_write:
        from benchdoc import write_section

        write_section(HERE.parent / "docs" / "BENCHMARKS.md", SECTION, section)
    print(section)
    return 0


def render_section(
    figures: dict[str, dict[str, list[float]]],
    baseline: dict[str, dict[str, list[float]]],
    args: argparse.Namespace,
) -> str:
    load = os.getloadavg()[0]
    lines = [
        f"## {SECTION}",
        "",
        f"`LIAISON_PASSPHRASE=... .venv/bin/python bench/bench_report_languages.py --repeat {args.repeat}`"
        f" on a copy of {args.field} (the 10k-record field profile; no HQ-scale profile this"
        f" session), measured {date.today().isoformat()} (CPython {platform.python_version()},"
        f" {os.cpu_count()} cores shared with other work, load average {load:.1f})."
        f" Median of {args.repeat} renders of the same gathered data; the baseline column is"
        f" the English rendering by the code of {args.baseline_tree} (before this change) in"
        " the same run. The weekly summary covers the last 7 days with meetings; the handover"
        " pack is the profile officer's. The machine is shared with other work: figures move"
        " by a third between runs, so compare columns of one run. English and French draw"
        " Latin text from the fonts' advance widths (no shaping); Arabic text goes through"
        " HarfBuzz and the bidi algorithm (fpdf2), 1-3 ms a cell, so an Arabic report takes"
        " two to three times its English one. Arabic-Indic figures (dates, counts) are drawn"
        " from Naskh without shaping and a repeated shaped cell is laid out once per document:"
        " under the profiler that halved the Arabic action register (11.7 s to 5.8 s).",
        "",
        "| report | before, English | English | French | Arabic | pages (en / fr / ar) |",
        "|---|---|---|---|---|---|",
    ]
    for name, by_language in figures.items():
        old = baseline.get(name, {}).get("en", [float("nan")] * 3)
        cells = [f"{by_language[code][1]:.0f} ms" for code in LANGUAGES]
        pages = " / ".join(f"{by_language[code][2]:.0f}" for code in LANGUAGES)
        lines.append(f"| {name} | {old[1]:.0f} ms | {' | '.join(cells)} | {pages} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
