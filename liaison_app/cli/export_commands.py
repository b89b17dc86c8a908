"""`liaison org export --format csv|hxl -o FILE`, `liaison calendar export -o FILE.ics`,
`liaison export json -o FILE` and `liaison import json FILE`: the 3W, the calendar and the
whole profile as files other tools read (issue 12; docs/INTEROP.md); `liaison export log`,
the exports written here (issue 13).

Every export writes a plaintext file, atomically, where asked and nowhere else; records
marked do-not-share stay out unless `--include-do-not-share`; `--redact full|partner|public`
(default partner) chooses the redaction profile. Exit codes as elsewhere:
2 for a file refused by `import json` (nothing was imported). The services load only when
a command runs (this module extends `org`, whose --help must stay light).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison_app.cli.duplicate_commands import verbs_of

if TYPE_CHECKING:
    from liaison_app.services.interop.json_import import ImportReport
    from liaison_app.services.interop.redaction import Redaction
    from liaison_app.store import Store

PLAINTEXT = "The file is NOT encrypted: anyone who gets it can read it; keep it only as long as needed."
_DO_NOT_SHARE = "also include contacts marked do-not-share (left out by default)"
REDACT_HELP = (
    "the redaction profile (default partner): full = everything you may see; partner = nothing"
    " CONFIDENTIAL or above, no phones, emails or addresses of local staff and community;"
    " public = organizations and counts only (the 3W alone)"
)


def add_redact(parser: argparse.ArgumentParser) -> None:
    """`--redact full|partner|public` (default partner): every export and report takes it."""
    parser.add_argument(
        "--redact", choices=("full", "partner", "public"), default="partner", help=REDACT_HELP
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `org export`, and the `calendar`, `export` and `import` commands."""
    _register_org_export(commands)
    _register_own(commands)


def _register_org_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    try:
        verbs = verbs_of(commands.choices["org"])
    except LookupError:
        return  # `org` is a stub: the command being run is one of ours, not `org`
    org = verbs.add_parser(
        "export",
        help="the organizations as a 3W (who does what where), CSV or HXL",
        description="Write the 3W of the organizations and their engagements as CSV; with"
        " --format hxl, the same CSV with HXL hashtags under the header. " + PLAINTEXT,
    )
    org.add_argument(
        "--format", choices=("csv", "hxl"), required=True, help="plain CSV, or CSV with HXL hashtags"
    )
    _output(org, "FILE")
    org.set_defaults(handler=_org_export)


def _register_own(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ics = _verb(
        commands,
        ("calendar", "meetings and action items as iCalendar", "VERB"),
        "export",
        "write meetings (VEVENT) and action items (VTODO) to an .ics file",
        "Write every meeting as an event and every action item as a to-do, with stable UIDs:"
        " importing a later export updates the calendar instead of duplicating. " + PLAINTEXT,
    )
    _output(ics, "FILE.ics")
    ics.set_defaults(handler=_calendar_export)
    whole = _verb(
        commands,
        ("export", "the whole profile as a file (JSON)", "FORMAT"),
        "json",
        "every live record in the dump format, for another profile",
        "Write every live record in the dump format (liaison dump) for `liaison import json`"
        " elsewhere. " + PLAINTEXT,
    )
    _output(whole, "FILE")
    whole.set_defaults(handler=_json_export)
    log = verbs_of(commands.choices["export"]).add_parser(
        "log",
        help="the exports and reports written here: when, what, file, profile, by whom",
        description="Every export and report written on this device, newest first: when, what,"
        " the format, the file's name, the redaction profile, how many records, the officer and"
        " the device. No content is kept.",
    )
    log.add_argument("--json", action="store_true", help="print JSON")
    log.set_defaults(handler=_export_log)
    take = _verb(
        commands,
        ("import", "records from a file of another profile (JSON)", "FORMAT"),
        "json",
        "the records of a dump (liaison export json), keeping their ids",
        "Import every record of a dump, all or nothing: a bad file changes nothing; a record"
        " already here is skipped, never overwritten.",
    )
    take.add_argument("file", type=Path, metavar="FILE", help="the JSON file to import")
    take.add_argument("--json", action="store_true", help="print JSON")
    take.set_defaults(handler=_json_import)


def _verb(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    command: tuple[str, str, str],
    name: str,
    summary: str,
    description: str,
) -> argparse.ArgumentParser:
    """A command (name, help, metavar of its verbs) with its one verb `name`."""
    word, command_help, metavar = command
    verbs = commands.add_parser(word, help=command_help).add_subparsers(
        dest="verb", metavar=metavar, required=True
    )
    return verbs.add_parser(name, help=summary, description=description)


def _output(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar=metavar, help="the file to write")
    parser.add_argument("--include-do-not-share", action="store_true", help=_DO_NOT_SHARE)
    add_redact(parser)


def _rules(store: Store, args: argparse.Namespace) -> Redaction:
    from liaison_app.services.interop.redaction import Profile, redaction

    return redaction(store, include_do_not_share=args.include_do_not_share, profile=Profile(args.redact))


def _org_export(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import threew_export

    rows = threew_export.export(store, args.output, _rules(store, args), threew_export.Format(args.format))
    output.emit(f"3W written: {args.output} ({rows} rows).")
    return 0


def _calendar_export(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import ical_export

    written = ical_export.export(store, args.output, _rules(store, args))
    output.emit(f"Calendar written: {args.output} ({written} events and to-dos).")
    return 0


def _json_export(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import json_export

    counts = json_export.export(store, args.output, _rules(store, args))
    output.emit(f"Profile written: {args.output} ({sum(counts.values())} records).")
    return 0


def _export_log(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import export_log

    found = export_log.entries(store)
    if args.json:
        output.emit_json({"exports": [e.as_json() for e in found]})
        return 0
    if not found:
        output.emit("No export written yet.")
        return 0
    output.emit(
        "\n".join(
            f"{e.at}  {e.what} ({e.format})  {e.file}  redaction {e.redaction}  {e.records} records"
            f"  by {e.officer or '(no name)'} on {e.device[:8]}"
            for e in found
        )
    )
    return 0


def _json_import(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import json_import

    report = json_import.import_file(store, args.file)
    if args.json:
        output.emit_json(report_json(report))
        return 0
    output.emit(report_text(report))
    return 0


def report_json(report: ImportReport) -> dict[str, Any]:
    """`import json --json`: counts per kind, and each skipped record with its reason."""
    return {
        "imported": {kind.value: n for kind, n in sorted(report.imported.items())},
        "skipped": [{"kind": s.kind.value, "id": s.id, "reason": s.reason.value} for s in report.skipped],
    }


def report_text(report: ImportReport) -> str:
    """What `import json` tells people: what came in, what stayed out and why."""
    from liaison_app.services.interop.json_import import Skip

    counts = ", ".join(f"{n} {kind.value}" for kind, n in sorted(report.imported.items()))
    lines = [f"Imported {report.total} records{f' ({counts})' if counts else ''}."]
    if report.skipped:
        parts = [f"{report.skipped_for(reason)} {reason.value.replace('_', ' ')}" for reason in Skip]
        lines.append(
            f"Skipped {len(report.skipped)}: {', '.join(p for p in parts if not p.startswith('0 '))}."
        )
    lines += [
        f"  {s.kind.value} {s.id} ({s.title}): {_SKIP_TEXT[s.reason.value]}"
        for s in report.skipped
        if s.reason.value != "unchanged"
    ]
    return "\n".join(lines)


_SKIP_TEXT = {
    "differs": "a record with this id is here with other content; kept as it is",
    "deleted": "a record with this id is in the Trash here; restore it to use it",
    "other_kind": "this id belongs to a record of another kind here",
}
