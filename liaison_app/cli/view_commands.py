"""`liaison view list|save|rename|delete`: saved views, a list's filters kept under a name per
kind (liaison_app/services/saved_views.py); `liaison KIND list --view NAME` lists through one.
"""

from __future__ import annotations

import argparse

from liaison_app.cli import output
from liaison_app.kinds import Kind
from liaison_app.services import saved_views
from liaison_app.services.list_filters import Wanted
from liaison_app.store import Store

_KINDS = [k.value for k in Kind]
_FLAGS = ("officer", "org", "area", "from", "to", "preset")
_DAY_HELP = "a date (2026-11-20, 20.11.2026), or counted from today so it stays relative: today, today-30"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the view subcommands."""
    verbs = commands.add_parser("view", help="saved views: list filters kept under a name").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    listing = verbs.add_parser("list", help="the saved views, by kind and name")
    listing.add_argument("--kind", choices=_KINDS, help="only this kind's")
    listing.add_argument("--json", action="store_true", help="print JSON: a list of views")
    listing.set_defaults(handler=_list)

    save = verbs.add_parser(
        "save",
        help="keep filters under a name (the same name replaces the view)",
        description="Keep a combination of list filters under a name, for `liaison KIND list --view NAME`.",
    )
    save.add_argument("name", metavar="NAME")
    save.add_argument("--kind", choices=_KINDS, required=True, help="the list the view is for")
    save.add_argument("--officer", metavar="ID", help="who recorded them: a device id or an officer's name")
    save.add_argument("--org", metavar="ID", help="an organization id (not for areas)")
    save.add_argument("--area", metavar="A", help="an area id, P-code or name (the areas inside it count)")
    save.add_argument("--from", dest="date_from", metavar="D", help=f"on or after D: {_DAY_HELP}")
    save.add_argument("--to", dest="date_to", metavar="D", help=f"on or before D: {_DAY_HELP}")
    save.add_argument("--preset", metavar="NAME", help="a list preset, such as overdue or open for actions")
    save.add_argument("--json", action="store_true", help="print JSON: the view as kept")
    save.set_defaults(handler=_save)

    rename = verbs.add_parser("rename", help="give a saved view another name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--kind", choices=_KINDS, required=True)
    rename.set_defaults(handler=_rename)

    delete = verbs.add_parser("delete", help="forget a saved view")
    delete.add_argument("name", metavar="NAME")
    delete.add_argument("--kind", choices=_KINDS, required=True)
    delete.set_defaults(handler=_delete)


def _list(store: Store, args: argparse.Namespace) -> int:
    found = saved_views.list_views(store, args.kind)
    if args.json:
        output.emit_json([v.to_json() for v in found])
        return 0
    rows = [[v.kind, v.name, _described(v)] for v in found]
    output.emit(output.table(rows, ["KIND", "NAME", "FILTERS"]))
    return 0


def _described(view: saved_views.SavedView) -> str:
    kept = view.to_json()
    return " ".join(f"--{k} {kept[k]}" for k in _FLAGS if k in kept)


def _save(store: Store, args: argparse.Namespace) -> int:
    wanted = Wanted(args.officer, args.org, args.area, args.date_from, args.date_to)
    kept = saved_views.save(store, saved_views.SavedView(args.name, args.kind, wanted, args.preset))
    if args.json:
        output.emit_json(kept.to_json())
    else:
        output.emit(f"saved view {kept.name!r} for {kept.kind} lists")
    return 0


def _rename(store: Store, args: argparse.Namespace) -> int:
    renamed = saved_views.rename(store, args.kind, args.name, args.new_name)
    output.emit(f"renamed to {renamed.name!r}")
    return 0


def _delete(store: Store, args: argparse.Namespace) -> int:
    gone = saved_views.delete(store, args.kind, args.name)
    output.emit(f"deleted view {gone.name!r}")
    return 0
