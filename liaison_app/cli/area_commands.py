"""`liaison area assign|unassign AREA --officer DEVICE_ID` and `liaison area assignments`:
officers' areas of responsibility, kept on this device only (HQ's; never synced).

Adds verbs to the `area` command that record_commands declares (main.py's _GROUPS lists
this module as extending it); the services load only when a verb runs.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from liaison_app.cli.duplicate_commands import verbs_of

if TYPE_CHECKING:
    from liaison_app.services.areas import Assignment
    from liaison_app.store import Store

EXTENDS = ("area",)
_AREA_HELP = "the area: its id, P-code or exact name"
_OFFICER_HELP = "the officer's device id (or a unique prefix of it; see liaison peer list)"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `assign`, `unassign` and `assignments` to the verbs of the `area` command."""
    verbs = verbs_of(commands.choices["area"])
    for verb, summary, handler in (
        ("assign", "make an area one of an officer's areas of responsibility (this device only)", _assign),
        ("unassign", "take an area off an officer's areas of responsibility", _unassign),
    ):
        parser = verbs.add_parser(verb, help=summary)
        parser.add_argument("area", metavar="AREA", help=_AREA_HELP)
        parser.add_argument("--officer", required=True, metavar="DEVICE_ID", help=_OFFICER_HELP)
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.set_defaults(handler=handler, kind="area")
    listed = verbs.add_parser("assignments", help="every officer's areas of responsibility")
    listed.add_argument("--officer", metavar="DEVICE_ID", help="only this officer's")
    listed.add_argument("--json", action="store_true", help="print JSON: a list of assignments")
    listed.set_defaults(handler=_assignments, kind="area")


def _assign(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import areas

    made = areas.assign(store, area=args.area, device_id=args.officer)
    if args.json:
        output.emit_json(assignment_json(made))
    else:
        output.emit(f"{made.area.title} assigned to {made.device_id}")
    return 0


def _unassign(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import areas

    removed = areas.unassign(store, area=args.area, device_id=args.officer)
    if args.json:
        output.emit_json({"removed": removed})
    else:
        output.emit("unassigned" if removed else "was not assigned; nothing changed")
    return 0


def _assignments(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import areas

    device = areas.device_id(store, args.officer) if args.officer else None
    found = areas.assignments(store, device_id=device)
    if args.json:
        output.emit_json([assignment_json(a) for a in found])
    else:
        rows = [[a.device_id, a.area.pcode, a.area.name, a.assigned_at[:10]] for a in found]
        output.emit(output.table(rows, ["OFFICER DEVICE", "P-CODE", "AREA", "SINCE"]))
    return 0


def assignment_json(made: Assignment) -> dict[str, Any]:
    """One assignment as scripts read it."""
    return {
        "device_id": made.device_id,
        "area_id": made.area.id,
        "pcode": made.area.pcode,
        "name": made.area.name,
        "assigned_at": made.assigned_at,
    }
