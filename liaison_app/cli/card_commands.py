"""`liaison contact import FILE.vcf|FILE.csv [--map COLUMN=FIELD]... [--json]`,
`liaison contact export --format vcard|csv [--vcard-version 3.0|4.0] [--include-do-not-share]
[--redact full|partner|public] -o FILE`
and `liaison org import FILE.csv [--map COLUMN=FIELD]... [--json]`.

Adds verbs to the `contact` and `org` commands (main.py's _GROUPS lists this module as
extending them); the services load only when a command runs. An import prints one line per
card and a summary (or, with --json, the list docs/INTEROP.md describes). Exit codes: 0 when
no card erred, 2 when some did (the others are imported) or the input is refused outright
(an unknown --map column or field, a file that is not vCard or CSV: nothing imported).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison_app.cli.duplicate_commands import verbs_of
from liaison_app.cli.export_commands import add_redact

if TYPE_CHECKING:
    from liaison_app.services.interop.card_model import CardOutcome, ImportReport
    from liaison_app.store import Store

CARDS_ERRED = 2  # some cards were refused; the rest were imported


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `import` to `contact` and `org`, and `export` to `contact`."""
    for kind, what in (("contact", "a vCard (.vcf) or CSV (.csv) file"), ("org", "a CSV (.csv) file")):
        verbs = verbs_of(commands.choices[kind])
        taking = verbs.add_parser(
            "import", help=f"import {'contacts' if kind == 'contact' else 'organizations'} from {what}"
        )
        taking.add_argument("file", metavar="FILE", type=Path)
        taking.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="COLUMN=FIELD",
            help="fill FIELD from the CSV column COLUMN (repeatable; FIELD 'ignore' leaves it out)",
        )
        taking.add_argument("--json", action="store_true", help="print JSON: one entry per card")
        taking.set_defaults(handler=_import, kind=kind)
    giving = verbs_of(commands.choices["contact"]).add_parser(
        "export", help="write the contacts to a vCard or CSV file (plaintext: do-not-share left out)"
    )
    giving.add_argument("--format", required=True, choices=("vcard", "csv"))
    giving.add_argument("--vcard-version", default="3.0", choices=("3.0", "4.0"))
    giving.add_argument(
        "--include-do-not-share", action="store_true", help="also write contacts marked do not share"
    )
    add_redact(giving)
    giving.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    giving.set_defaults(handler=_export)


def _import(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import card_files, csv_columns
    from liaison_app.services.interop.card_model import Status

    maps = csv_columns.parse_maps(args.map)
    run = card_files.import_contacts if args.kind == "contact" else card_files.import_organizations
    report = run(store, args.file, maps=maps)
    if args.json:
        output.emit_json([outcome_json(o) for o in report.outcomes])
    else:
        lines = [outcome_line(o) for o in report.outcomes]
        output.emit("\n".join([*lines, summary(report)]))
    return CARDS_ERRED if report.count(Status.ERROR) else 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services.interop import card_files
    from liaison_app.services.interop.redaction import Profile

    written = card_files.export_contacts(
        store,
        args.output,
        format=card_files.Format(args.format),
        version=args.vcard_version,
        include_do_not_share=args.include_do_not_share,
        profile=Profile(args.redact),
    )
    output.emit(f"wrote {written.cards} contact(s) to {args.output}")
    return 0


def outcome_json(outcome: CardOutcome) -> dict[str, Any]:
    """One card of `import --json`: the shape docs/INTEROP.md documents."""
    org = outcome.organization
    return {
        "card": outcome.number,
        "name": outcome.name,
        "status": outcome.status.value,
        "id": outcome.id,
        "duplicate_of": outcome.duplicate_of,
        "reason": outcome.reason,
        "message": outcome.message or None,
        "organization": None if org is None else {"id": org.id, "name": org.name, "created": org.created},
    }


def outcome_line(outcome: CardOutcome) -> str:
    """One card as a line for people."""
    from liaison_app.cli.output import SHORT_ID
    from liaison_app.services.interop.card_model import Status

    name = outcome.name or "(no name)"
    head = f"card {outcome.number}: {name}:"
    if outcome.status is Status.IMPORTED:
        text = f"{head} imported {(outcome.id or '')[:SHORT_ID]}"
    elif outcome.status is Status.SKIPPED:
        text = f"{head} skipped, already here as {(outcome.duplicate_of or '')[:SHORT_ID]} ({outcome.reason})"
    else:
        text = f"{head} error: {outcome.message}"
    org = outcome.organization
    if org is not None and outcome.status is Status.IMPORTED:
        text += f"; organization {org.name} ({'created' if org.created else 'existing'} {org.id[:SHORT_ID]})"
    return text


def summary(report: ImportReport) -> str:
    """The last line: how many imported, skipped and refused, and organizations created."""
    from liaison_app.services.interop.card_model import Status

    created = report.organizations_created
    orgs = f", {created} organization(s) created" if created else ""
    return (
        f"{report.count(Status.IMPORTED)} imported, {report.count(Status.SKIPPED)} skipped,"
        f" {report.count(Status.ERROR)} error(s){orgs}"
    )
