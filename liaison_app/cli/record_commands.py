"""`liaison org|contact|meeting|action ...`: add, edit, delete, restore, list, show, set-status."""

from __future__ import annotations

import argparse

from liaison_app import vocab
from liaison_app.cli import output
from liaison_app.cli.record_options import add_flags, entry_fields, fields_from
from liaison_app.errors import ValidationError
from liaison_app.kinds import KINDS, Kind
from liaison_app.services import actions, records, references
from liaison_app.services.records import as_dict
from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare one subcommand group per record kind."""
    for kind, kind_spec in KINDS.items():
        group = commands.add_parser(kind.value, help=kind_spec.summary)
        verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
        label = kind_spec.label

        add = verbs.add_parser("add", help=f"record a new {label}; prints its id")
        add_flags(add, kind, adding=True)
        add.set_defaults(handler=_add, kind=kind)

        edit = verbs.add_parser("edit", help=f"change fields of a {label}")
        edit.add_argument("id", metavar="ID")
        add_flags(edit, kind, adding=False)
        edit.set_defaults(handler=_edit, kind=kind)

        remove = verbs.add_parser(
            "delete",
            help=f"delete a {label} (kept in the trash until purge); says what still refers to it",
        )
        remove.add_argument("id", metavar="ID")
        remove.add_argument("--json", action="store_true", help="print JSON: the id and what refers to it")
        remove.set_defaults(handler=_delete, kind=kind)

        back = verbs.add_parser("restore", help=f"bring a deleted {label} back from the trash")
        back.add_argument("id", metavar="ID")
        back.set_defaults(handler=_restore, kind=kind)

        listing = verbs.add_parser("list", help=f"list {kind_spec.summary}")
        listing.add_argument("--json", action="store_true", help="print JSON")
        if kind is Kind.ACTION:
            listing.add_argument("--overdue", action="store_true", help="only overdue actions")
        listing.set_defaults(handler=_list, kind=kind)

        show = verbs.add_parser("show", help=f"show one {label}")
        show.add_argument("id", metavar="ID")
        show.add_argument("--json", action="store_true", help="print JSON")
        show.set_defaults(handler=_show, kind=kind)

        if kind is Kind.ACTION:
            status = verbs.add_parser("set-status", help="move an action to another status")
            status.add_argument("id", metavar="ID")
            status.add_argument("status", choices=list(vocab.ACTION_STATUSES))
            status.set_defaults(handler=_set_status, kind=kind)


def _add(store: Store, args: argparse.Namespace) -> int:
    record = records.add(store, args.kind, fields_from(args, args.kind))
    output.emit(record.id)
    return 0


def _edit(store: Store, args: argparse.Namespace) -> int:
    current = records.get(store, args.kind, args.id)
    entries = {name: getattr(current, name) for name in entry_fields(args.kind)}
    changes = fields_from(args, args.kind, entries)
    if not changes:
        raise ValidationError("nothing to change: give at least one field flag")
    record = records.edit(store, args.kind, current.id, changes)
    output.emit(record.id)
    return 0


def _delete(store: Store, args: argparse.Namespace) -> int:
    record = records.delete_record(store, args.kind, args.id)
    # Looked up after the delete: the referrers are live records, untouched by it.
    pointing = references.referrers(store, kind=args.kind, record_id=record.id)
    if args.json:
        output.emit_json(output.deleted_json(args.kind, record.id, pointing))
    else:
        output.emit(record.id)
    output.warn(output.deleted_note(args.kind, record.id, pointing))
    return 0


def _restore(store: Store, args: argparse.Namespace) -> int:
    output.emit(records.restore(store, args.kind, args.id).id)
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    found = (
        actions.overdue(store) if getattr(args, "overdue", False) else records.list_records(store, args.kind)
    )
    if args.json:
        output.emit_json([as_dict(r) for r in found])
    else:
        output.emit(output.list_rows(args.kind, found))
    return 0


def _show(store: Store, args: argparse.Namespace) -> int:
    record = records.get(store, args.kind, args.id)
    if args.json:
        output.emit_json(as_dict(record))
    else:
        output.emit(output.describe(record))
    return 0


def _set_status(store: Store, args: argparse.Namespace) -> int:
    output.emit(actions.set_status(store, args.id, args.status).id)
    return 0
