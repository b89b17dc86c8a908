"""What `liaison sync import` says per officer, and `liaison sync log`, the intake log."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from liaison_app.cli import output
from liaison_app.services import intake, officer_log
from liaison_app.store import Store

SHORT_DEVICE = 10  # as `sync history` shows device ids


def summary_lines(result: intake.IntakeResult) -> list[str]:
    """One line per sender: files, changesets applied, files already imported, changesets
    waiting for earlier bundles, new conflicts, what was refused and why, files held. Files
    of no known sender get no line: each refused one is named on stderr (exit 4), each held
    one on a line of its own."""
    if result.found == 0 and not result.files:
        return ["no bundles to import"]
    return [f"{_who(o)}: {_figures(o)}" for o in result.officers if o.device_id]


def _who(summary: intake.OfficerSummary) -> str:
    return f"{summary.officer or '?'} ({summary.device_id[:SHORT_DEVICE]})"


def _figures(o: intake.OfficerSummary) -> str:
    files = "1 file" if o.files == 1 else f"{o.files} files"
    return (
        f"{files}, {o.applied} applied, {o.already_imported} already imported,"
        f" {o.waiting} waiting for earlier bundles, {o.conflicts} conflicts,"
        f" {o.refused_count} refused{_reasons(o.refused)}, {o.held} held (newer release)"
    )


def _reasons(refused: tuple[tuple[str, int], ...]) -> str:
    if not refused:
        return ""
    if len(refused) == 1:
        return f" ({refused[0][0]})"
    return " (" + ", ".join(f"{code} {n}" for code, n in refused) + ")"


def summary_json(summary: intake.OfficerSummary) -> dict[str, Any]:
    """One sender of `sync import --json`'s "officers" (device_id "" for files of no known sender)."""
    data = dataclasses.asdict(summary)
    return data | {
        "refused": {code: n for code, n in summary.refused},
        "refused_total": summary.refused_count,
    }


def sync_log(store: Store, args: argparse.Namespace) -> int:
    """`sync log [--officer ID] [--json]`: the quietest officer first, or one officer's bundles."""
    if args.officer is not None:
        one = officer_log.officer(store, args.officer)
        if args.json:
            output.emit_json(_officer_json(one) | {"received": [_received_json(r) for r in one.received]})
        else:
            output.emit(_officer_text(one))
        return 0
    found = officer_log.officers(store)
    if args.json:
        output.emit_json([_officer_json(o) for o in found])
        return 0
    rows = [
        [
            o.officer,
            o.device_id[:SHORT_DEVICE],
            _day(o.last_change),
            "-" if o.days_quiet is None else str(o.days_quiet),
            _minute(o.last_received),
            str(o.bundles),
            _result_text(o.last_result),
        ]
        for o in found
    ]
    headers = ["OFFICER", "DEVICE", "LAST HEARD", "DAYS QUIET", "LAST BUNDLE", "BUNDLES", "LAST RESULT"]
    output.emit(output.table(rows, headers))
    return 0


def _officer_json(entry: officer_log.OfficerIntake) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    del data["received"]
    return data | {"last_result": None if entry.last_result is None else dict(entry.last_result)}


def _received_json(entry: officer_log.Received) -> dict[str, Any]:
    return {"at": entry.at, "file": entry.file, "changesets": entry.changesets, "counts": dict(entry.counts)}


def _officer_text(entry: officer_log.OfficerIntake) -> str:
    quiet = "" if entry.days_quiet is None else f" ({entry.days_quiet} days ago)"
    lines = [
        f"{entry.officer} ({entry.device_id}), {entry.device_name}, {entry.role}, {entry.trust}",
        f"last heard from: {_day(entry.last_change)}{quiet}",
        f"bundles received: {entry.bundles}, the latest {_minute(entry.last_received)}",
    ]
    rows = [
        [_minute(r.at), Path(r.file).name, str(r.changesets), _result_text(r.counts)] for r in entry.received
    ]
    if rows:
        lines.append(output.table(rows, ["WHEN", "FILE", "CHANGESETS", "RESULT"]))
    return "\n".join(lines)


def _result_text(counts: Any) -> str:
    """An import's counts in words, leaving out the zeros ("" when none)."""
    if counts is None:
        return ""
    words = [f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n]
    return ", ".join(words) or "nothing new"


def _day(stamp: str | None) -> str:
    return "never" if stamp is None else stamp[:10]


def _minute(stamp: str | None) -> str:
    return "-" if stamp is None else stamp[:16].replace("T", " ")
