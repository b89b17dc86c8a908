"""`liaison contact|org merge KEEP_ID OTHER_ID [--field NAME=KEEP|OTHER]...` and
`liaison contact|org unmerge ID`: duplicates merged once for everyone, and undone.

Adds verbs to the `contact` and `org` commands (main.py's _GROUPS lists this module as
extending them); the services load only when a command runs. Exit codes as for the other
record commands: 2 invalid (a record into itself, a do-not-share record, a bad --field),
5 no such live record (also an id of another kind).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from liaison_app.cli.duplicate_commands import EXTENDS, plural, verbs_of

if TYPE_CHECKING:
    from liaison_app.services.record_merge import MergeOutcome
    from liaison_app.services.record_merge_plan import Side
    from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `merge` and `unmerge` to the verbs of the `contact` and `org` commands."""
    for kind in EXTENDS:
        verbs = verbs_of(commands.choices[kind])
        merge = verbs.add_parser(
            "merge", help=f"merge two duplicate {plural(kind)} into one, for every device"
        )
        merge.add_argument("keep_id", metavar="KEEP_ID", help="the record that stays")
        merge.add_argument("other_id", metavar="OTHER_ID", help="the duplicate merged into it")
        merge.add_argument(
            "--field",
            action="append",
            default=[],
            metavar="NAME=KEEP|OTHER",
            help="which record a field's value comes from (repeatable; default: the kept"
            " record's, or the other's where the kept one is empty)",
        )
        merge.add_argument("--json", action="store_true", help="print JSON")
        merge.set_defaults(handler=_merge, kind=kind)
        unmerge = verbs.add_parser("unmerge", help="bring back a record merged into another")
        unmerge.add_argument("record_id", metavar="ID", help="the record that was merged away")
        unmerge.add_argument("--json", action="store_true", help="print JSON")
        unmerge.set_defaults(handler=_unmerge, kind=kind)


def _merge(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import record_merge

    choices = parse_fields(args.field)
    done = record_merge.merge(
        store, kind=args.kind, keep_id=args.keep_id, other_id=args.other_id, choices=choices
    )
    if args.json:
        output.emit_json(outcome_json(done))
    else:
        taken = f"; from it: {', '.join(done.taken)}" if done.taken else ""
        dropped = f"; dropped: {', '.join(done.dropped)}" if done.dropped else ""
        output.emit(
            f"merged {done.other_id[: output.SHORT_ID]} into {done.keep_id[: output.SHORT_ID]}:"
            f" {done.moved} record(s) now name it{taken}{dropped}"
        )
    return 0


def _unmerge(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output
    from liaison_app.services import record_merge

    done = record_merge.unmerge(store, kind=args.kind, record_id=args.record_id)
    if args.json:
        output.emit_json(outcome_json(done))
    else:
        output.emit(f"unmerged {done.other_id[: output.SHORT_ID]} from {done.keep_id[: output.SHORT_ID]}")
    return 0


def parse_fields(given: list[str]) -> dict[str, Side]:
    """`NAME=KEEP|OTHER` items as field choices (a flag spelling with dashes names the field)."""
    from liaison_app.errors import Rule, ValidationError
    from liaison_app.services.record_merge_plan import parse_side

    choices: dict[str, Side] = {}
    for item in given:
        name, sep, side = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError(
                f"--field expects NAME=KEEP or NAME=OTHER, not {item!r}",
                rule=Rule.NOT_A_SIDE,
                params={"value": item},
            )
        choices[name.strip().replace("-", "_")] = parse_side(side)
    return choices


def outcome_json(done: MergeOutcome) -> dict[str, Any]:
    """{"kind", "kept", "merged", "taken", "moved", "dropped"}: the merge (or unmerge) done."""
    return {
        "kind": done.kind.value,
        "kept": done.keep_id,
        "merged": done.other_id,
        "taken": list(done.taken),
        "moved": done.moved,
        "dropped": list(done.dropped),
    }
