"""`liaison org|contact|meeting|action ...`: add, edit, delete, restore, list, show, set-status."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from liaison_app import vocab
from liaison_app.cli.history_commands import add_history
from liaison_app.filter_words import MEANINGS

if TYPE_CHECKING:
    from db.models import RecordBase
    from liaison_app.store import Store

# The kinds as `liaison --help` and `liaison KIND --help` name them: (word, label, summary).
# Written here, not read from liaison_app.kinds, because the registry brings SQLModel and
# the models (most of a second): a kind's flags are read from it only when its `add` or
# `edit` parses or prints. tests/cli/test_startup_imports.py checks this against the registry.
KIND_WORDS: tuple[tuple[str, str, str], ...] = (
    ("org", "organization", "organizations"),
    ("contact", "contact", "contacts"),
    ("meeting", "meeting", "meetings and other engagements"),
    ("action", "action item", "action items"),
    ("area", "area", "administrative areas"),
)


class _FlagsOnUse(argparse.ArgumentParser):
    """A verb whose flags come from the kind registry: declared the first time the verb parses
    or prints its help, so `liaison KIND --help` lists the verbs without loading the registry."""

    def __init__(
        self, *args: Any, flags: Callable[[argparse.ArgumentParser], None] | None = None, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self._pending_flags = flags

    def _declare_flags(self) -> None:
        declare, self._pending_flags = self._pending_flags, None
        if declare is not None:
            declare(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._declare_flags()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._declare_flags()
        return super().format_usage()

    def format_help(self) -> str:
        self._declare_flags()
        return super().format_help()


def _a(label: str) -> str:
    return f"an {label}" if label[0] in "aeiou" else f"a {label}"


def _flags(kind: str, *, adding: bool) -> Callable[[argparse.ArgumentParser], None]:
    def declare(parser: argparse.ArgumentParser) -> None:
        from liaison_app.cli.record_options import add_flags  # the registry, and SQLModel with it

        add_flags(parser, kind, adding=adding)

    return declare


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare one subcommand group per record kind."""
    for kind, label, summary in KIND_WORDS:
        group = commands.add_parser(kind, help=summary)
        # Verb parsers keep the group's class (one-line usage errors), flags declared on use.
        verb_class = type("VerbParser", (_FlagsOnUse, type(group)), {})
        verbs: argparse._SubParsersAction[argparse.ArgumentParser] = group.add_subparsers(
            dest="verb", metavar="VERB", required=True, parser_class=verb_class
        )

        add = verbs.add_parser(
            "add", help=f"record a new {label}; prints its id", flags=_flags(kind, adding=True)
        )
        add.set_defaults(handler=_add, kind=kind)

        edit = verbs.add_parser(
            "edit", help=f"change fields of {_a(label)}", flags=_flags(kind, adding=False)
        )
        edit.add_argument("id", metavar="ID")
        edit.set_defaults(handler=_edit, kind=kind)

        remove = verbs.add_parser(
            "delete",
            help=f"delete {_a(label)} (kept in the trash until purge); says what still refers to it",
        )
        remove.add_argument("id", metavar="ID")
        remove.add_argument("--json", action="store_true", help="print JSON: the id and what refers to it")
        remove.set_defaults(handler=_delete, kind=kind)

        back = verbs.add_parser("restore", help=f"bring a deleted {label} back from the trash")
        back.add_argument("id", metavar="ID")
        back.set_defaults(handler=_restore, kind=kind)

        listing = verbs.add_parser(
            "list",
            help=f"list {summary}",
            description=f"List {summary}; the filters combine (each narrows the list).",
        )
        listing.add_argument("--json", action="store_true", help="print JSON")
        if kind == "action":
            listing.add_argument("--overdue", action="store_true", help="only overdue actions")
        _filter_flags(listing, kind)
        listing.set_defaults(handler=_list, kind=kind)

        show = verbs.add_parser("show", help=f"show one {label}")
        show.add_argument("id", metavar="ID")
        show.add_argument("--json", action="store_true", help="print JSON")
        if kind == "org":
            from liaison_app.cli.hq_commands import add_related_flags  # light: no services

            add_related_flags(show)
        show.set_defaults(handler=_show, kind=kind)
        add_history(verbs, kind, _a(label))

        if kind == "action":
            status = verbs.add_parser("set-status", help="move an action to another status")
            status.add_argument("id", metavar="ID")
            status.add_argument("status", choices=list(vocab.ACTION_STATUSES))
            status.set_defaults(handler=_set_status, kind=kind)


def _filter_flags(parser: argparse.ArgumentParser, kind: str) -> None:
    officer = MEANINGS["officer"][kind]
    parser.add_argument(
        "--officer", metavar="ID", help=f"{officer}: a device id (or unique prefix) or the officer's name"
    )
    if kind in MEANINGS["org"]:
        parser.add_argument("--org", metavar="ID", help=f"{MEANINGS['org'][kind]}: an organization id")
    parser.add_argument("--area", metavar="A", help=f"{MEANINGS['area'][kind]}: an id, P-code or name")
    dates = MEANINGS["dates"][kind]
    # A date as every date flag takes it (2026-11-20, 20.11.2026, today), possibly in words.
    parser.add_argument("--from", dest="date_from", nargs="+", metavar="D", help=f"{dates} on or after D")
    parser.add_argument("--to", dest="date_to", nargs="+", metavar="D", help=f"{dates} on or before D")
    parser.add_argument(
        "--view", metavar="NAME", help="the filters of a saved view (liaison view list); flags add to them"
    )


# The handlers import the services when they run: parsing (and --help) does not pay for them.


def _add(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.cli.record_options import fields_from
    from liaison_app.services import records

    record = records.add(store, args.kind, fields_from(args, args.kind))
    output.emit(record.id)
    if args.kind == "area":
        _warn_older_peers(store)
    return 0


def _warn_older_peers(store: Store) -> None:
    """Say which trusted devices an area holds this device's later changes back from."""
    from liaison_app.cli import output
    from liaison_app.services import areas

    older = areas.peers_without_areas(store)
    if older:
        names = ", ".join(f"{p.officer} ({p.device_name})" for p in older)
        output.warn(
            f"warning: trusted devices on 0.1.0 cannot receive areas ({len(older)}): {names}; "
            "this device's later changes wait there until they upgrade"
        )


def _edit(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.cli.record_options import entry_fields, fields_from
    from liaison_app.errors import ValidationError
    from liaison_app.services import records

    current = records.get(store, args.kind, args.id)
    entries = {name: getattr(current, name) for name in entry_fields(args.kind)}
    changes = fields_from(args, args.kind, entries)
    if not changes:
        raise ValidationError("nothing to change: give at least one field flag")
    record = records.edit(store, args.kind, current.id, changes)
    output.emit(record.id)
    return 0


def _delete(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import records, references

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
    from liaison_app.cli import output
    from liaison_app.services import records

    output.emit(records.restore(store, args.kind, args.id).id)
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import actions, list_filters, listing, records

    wanted = list_filters.Wanted(
        officer=args.officer,
        org=getattr(args, "org", None),
        area=args.area,
        date_from=" ".join(args.date_from) if args.date_from else None,
        date_to=" ".join(args.date_to) if args.date_to else None,
    )
    overdue = getattr(args, "overdue", False)
    if wanted.any() or args.view:
        filters = list_filters.resolve(store, args.kind, wanted) | ({"overdue": ""} if overdue else {})
        if args.view:
            from liaison_app.services import saved_views

            # The flags given win over the view's filter of the same name.
            filters = saved_views.filters(store, saved_views.get(store, args.kind, args.view)) | filters
        ids = listing.ordered_ids(store, listing.ListQuery(args.kind, filters=filters))
        found: Sequence[RecordBase] = records.in_order(store, args.kind, ids)
    else:
        found = actions.overdue(store) if overdue else records.list_records(store, args.kind)
    if args.json:
        output.emit_json([output.record_json(r) for r in found])
    else:
        output.emit(output.list_rows(args.kind, found))
    return 0


def _show(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import records

    if getattr(args, "related", False):
        from liaison_app.cli.hq_commands import show_org_page

        return show_org_page(store, args)

    record = records.get(store, args.kind, args.id)
    if args.json:
        output.emit_json(output.record_json(record))
    else:
        output.emit(output.describe(record))
    return 0


def _set_status(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import actions

    output.emit(actions.set_status(store, args.id, args.status).id)
    return 0
