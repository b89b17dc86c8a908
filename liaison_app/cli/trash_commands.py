"""`liaison trash list [--json]`: deleted records, restorable with `liaison KIND restore ID`."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from liaison_app.cli import output
from liaison_app.kinds import Kind
from liaison_app.services import trash
from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the trash subcommands."""
    verbs = commands.add_parser(
        "trash", help="deleted records (restore with KIND restore ID)"
    ).add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="deleted records, most recently deleted first")
    listing.add_argument("--kind", choices=[k.value for k in Kind], help="only this kind")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)


def _list(store: Store, args: argparse.Namespace) -> int:
    found = trash.list_trash(store, kind=args.kind)
    if args.json:
        output.emit_json([{**asdict(t), "kind": t.kind.value} for t in found])
        return 0
    rows = [
        [
            t.record_id[: output.SHORT_ID],
            t.kind.value,
            t.deleted_at[:16].replace("T", " "),
            t.deleted_by,
            t.title,
        ]
        for t in found
    ]
    output.emit(output.table(rows, ["ID", "KIND", "DELETED", "BY", "TITLE"]))
    return 0
