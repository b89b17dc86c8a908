"""`liaison report meeting ID | weekly --from D --to D [--officer ID] | actions | handover -o FILE.pdf
[--redact full|partner|public] [--lang en|fr|ar]`: the reports as PDF files under a redaction
profile (default partner, printed in every page's footer) and in a language (default the
user's chosen one), written atomically where asked and nowhere else, each logged in the
export log."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app.cli import output
from liaison_app.cli.export_commands import add_redact
from liaison_app.store import Store

if TYPE_CHECKING:
    from liaison_app.services.interop.redaction import Profile
    from liaison_app.services.reports.build import Report
    from liaison_app.translations import Language

LANG_HELP = "the report's language: en, fr or ar (default: the language chosen in Settings)"


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
        add_redact(parser)
        parser.add_argument("--lang", type=_language_code, metavar="en|fr|ar", help=LANG_HELP)
        parser.set_defaults(handler=handler)


def _meeting(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    language: Language | None = args.lang
    report = build.meeting_pdf(store, args.id, profile=_profile(args), language=language)
    return _written(store, args.output, report)


def _weekly(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    language: Language | None = args.lang
    first, last = build.period_of(args.first, args.last)
    officer = build.officer_named(store, args.officer) if args.officer else ""
    report = build.weekly_pdf(
        store, first=first, last=last, officer=officer, profile=_profile(args), language=language
    )
    return _written(store, args.output, report)


def _actions(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    language: Language | None = args.lang
    return _written(store, args.output, build.actions_pdf(store, profile=_profile(args), language=language))


def _handover(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services.reports import build

    language: Language | None = args.lang
    return _written(store, args.output, build.handover_pdf(store, profile=_profile(args), language=language))


def _profile(args: argparse.Namespace) -> Profile:
    from liaison_app.services.interop.redaction import Profile

    return Profile(args.redact)


def _language_code(text: str) -> Language:
    # Read with the arguments, before the passphrase is asked: an unknown code is a usage
    # error (one line, exit 2), decided by translations.parse.
    from liaison_app import translations
    from liaison_app.errors import ValidationError

    try:
        return translations.parse(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _written(store: Store, path: Path, report: Report) -> int:
    from liaison_app.services.reports import build

    build.save(store, path, report)
    output.emit(f"Report written: {path} ({len(report.pdf)} bytes, redaction {report.profile.value}).")
    return 0
