"""`liaison KIND history ID [--json]`: who changed which field of a record when, from where."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line imports services only when a command runs
    from liaison_app.services.record_history import HistoryEntry
    from liaison_app.store import Store


def add_history(verbs: argparse._SubParsersAction[argparse.ArgumentParser], kind: str, label: str) -> None:
    """Declare `history` on a kind's group of verbs."""
    parser = verbs.add_parser(
        "history", help=f"who changed which field of {label} when: old and new value, officer, device"
    )
    parser.add_argument("id", metavar="ID")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_history, kind=kind)


def _history(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import record_history

    found = record_history.history(store, args.kind, args.id)
    if args.json:
        output.emit_json(found.to_json())
    elif found.entries:
        output.emit("\n".join(line(e) for e in found.entries))
    return 0


def line(entry: HistoryEntry) -> str:
    """One change, as `git log` compact prints a commit: when, who (where), what."""
    marks = " [conflict]" if entry.conflict else ""
    if entry.change.value != "edit":
        marks += f" [{entry.change.value}]"
    what = f"{entry.field}: {_shown(entry.old)} -> {_shown(entry.new)}"
    return f"{entry.at[:19].replace('T', ' ')}Z  {entry.officer} ({entry.device})  {what}{marks}"


def _shown(value: str | None) -> str:
    return "-" if value is None else value
