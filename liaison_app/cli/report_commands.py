"""`liaison report meeting ID | weekly --from D --to D [--officer ID] | actions | handover -o FILE.pdf`:
the reports as PDF files, written atomically where asked and nowhere else."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_app.cli import output
from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare `report` and its four reports."""
    verbs = commands.add_parser(
        "report", help="reports as PDF (meeting, weekly, actions, handover)"
    ).add_subparsers(dest="verb", metavar="REPORT", required=True)
    meeting = verbs.add_parser("meeting", help="the meeting / liaison report of one meeting")
    meeting.add_argument("id", metavar="ID", help="the meeting's id (or a unique prefix)")
    weekly = verbs.add_parser("weekly", help="the weekly activity and information summary")
    weekly.add_argument("--from", dest="first", required=True, metavar="D", help="the first day")
    weekly.add_argument("--to", dest="last", required=True, metavar="D", help="the last day")
    weekly.add_argument("--officer", metavar="ID", help="only this officer's records (device id or name)")
    actions = verbs.add_parser("actions", help="the action register: overdue, due soon, by owner")
    handover = verbs.add_parser("handover", help="the rotation handover pack for the successor")
    for parser, handler in (
        (meeting, _meeting),
        (weekly, _weekly),
        (actions, _actions),
        (handover, _handover),
    ):
        parser.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write"
        )
        parser.set_defaults(handler=handler)


def _meeting(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    return _written(args.output, build.meeting_pdf(store, args.id))


def _weekly(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    first, last = build.period_of(args.first, args.last)
    officer = build.officer_named(store, args.officer) if args.officer else ""
    return _written(args.output, build.weekly_pdf(store, first=first, last=last, officer=officer))


def _actions(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    return _written(args.output, build.actions_pdf(store))


def _handover(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    return _written(args.output, build.handover_pdf(store))


def _written(path: Path, data: bytes) -> int:
    from liaison_app.services.reports import build

    build.write_pdf(path, data)
    output.emit(f"Report written: {path} ({len(data)} bytes).")
    return 0
