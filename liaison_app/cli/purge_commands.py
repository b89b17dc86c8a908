"""`liaison KIND purge ID [--reason T] [--json]` and `liaison purge log [--json] [-o FILE.csv]`:
records gone for good, here and on every device after exchange, and the certificate of it.

Adds the verb `purge` to every record command (main.py's _GROUPS lists this module as
extending them); `liaison purge log` is read through profile_commands' `purge`, whose bare
form still removes acknowledged tombstones. Exit codes: 2 bad input (an over-long reason),
5 no such record here (also one purged already).
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison_app.cli.duplicate_commands import verbs_of
from liaison_app.cli.record_commands import KIND_WORDS

if TYPE_CHECKING:
    from liaison_app.services.record_purge import PurgeResult
    from liaison_app.store import Store
    from sync.erasure import PurgeEntry

EXTENDS = tuple(word for word, _, _ in KIND_WORDS)
LOG_COLUMNS = ("kind", "id", "purged_at", "officer", "device", "reason", "origin")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `purge` to the verbs of every record command."""
    for word, label, _ in KIND_WORDS:
        verbs = verbs_of(commands.choices[word])
        purge = verbs.add_parser(
            "purge",
            help=f"remove {label} ID for good: here now, on every device after exchange (no undo)",
        )
        purge.add_argument("record_id", metavar="ID", help="the record's id (or a unique prefix)")
        purge.add_argument("--reason", default="", metavar="T", help="why, for the purge log (one line)")
        purge.add_argument("--json", action="store_true", help="print JSON")
        purge.set_defaults(handler=_purge, kind=word)


def _purge(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import record_purge

    done = record_purge.purge(store, args.kind, [args.record_id], reason=args.reason)
    if args.json:
        output.emit_json(result_json(done))
    else:
        output.emit(f"purged {done.kind} {done.ids[0]} for good; the purge travels with the next bundles")
    return 0


def result_json(done: PurgeResult) -> dict[str, Any]:
    """{"kind", "ids", "purged_at", "reason", "files_removed"}: what one purge did."""
    return {
        "kind": done.kind,
        "ids": list(done.ids),
        "purged_at": done.purged_at,
        "reason": done.reason,
        "files_removed": list(done.files_removed),
    }


def show_log(store: Store, args: argparse.Namespace) -> int:
    """`liaison purge log`: the purge log as a table, JSON, or a CSV file (`-o`)."""
    from liaison_app.cli import output
    from liaison_app.services import record_purge

    entries = record_purge.purge_log(store)
    if args.output is not None:
        write_csv(args.output, entries)
        output.emit(f"{len(entries)} purge(s) written to {args.output}")
    elif args.json:
        output.emit_json({"purged": [entry_json(e) for e in entries]})
    elif not entries:
        output.emit("nothing purged")
    else:
        output.emit(output.table([[entry_json(e)[c] for c in LOG_COLUMNS] for e in entries], LOG_COLUMNS))
    return 0


def entry_json(entry: PurgeEntry) -> dict[str, str]:
    """One line of the log: {"kind", "id", "purged_at", "officer", "device", "reason", "origin"}."""
    return {
        "kind": entry.kind,
        "id": entry.record_id,
        "purged_at": entry.purged_at,
        "officer": entry.officer,
        "device": entry.device,
        "reason": entry.reason,
        "origin": entry.origin,
    }


def write_csv(path: Path, entries: list[PurgeEntry]) -> None:
    """The log as CSV with a header row (the certificate for someone without Liaison)."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(LOG_COLUMNS)
        for entry in entries:
            row = entry_json(entry)
            writer.writerow([row[c] for c in LOG_COLUMNS])
