"""`liaison contact|org duplicates [--json]`: likely duplicate pairs, with ids, score and reason.

Adds a verb to the `contact` and `org` commands that record_commands declares (main.py's
_GROUPS lists this module as extending them). rapidfuzz and phonenumbers are imported only
when the command runs, never when the command tree is built.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from liaison_app.services.duplicates import Scan, SkippedBlock
    from liaison_app.store import Store

# The command words, not the registry's Kind: building the command tree must not load the
# database layer (`liaison contact --help`, tests/cli/test_startup_imports.py).
EXTENDS = ("org", "contact")

# How people read the reason codes (scripts read the codes themselves, from --json).
REASON_WORDS = {
    "SAME_PHONE": "same phone",
    "SAME_EMAIL": "same email",
    "SAME_NAME_SAME_ORG": "same name, same organization",
    "SIMILAR_NAME_SAME_ORG": "similar name, same organization",
    "SAME_NAME": "same name",
    "SAME_ACRONYM": "same acronym",
    "SIMILAR_NAME": "similar name",
}
SHARED_WORDS = {
    "PHONE": "a phone number",
    "EMAIL": "an email address",
    "ORG_NAME": "one organization and a name initial",
    "NAME": "a name or a word of it",
    "ACRONYM": "an acronym",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `duplicates` to the verbs of the `contact` and `org` commands."""
    for kind in EXTENDS:
        verbs = verbs_of(commands.choices[kind])
        found = verbs.add_parser(
            "duplicates", help=f"likely duplicate {plural(kind)}: pairs with ids, score and reason"
        )
        found.add_argument(
            "--json", action="store_true", help="print JSON: a list of {ids, score, reason, names}"
        )
        found.set_defaults(handler=_duplicates, kind=kind)


def verbs_of(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """The verbs of a command (`contact`, `org`), to add more to."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(f"{parser.prog} has no verbs to extend")


def plural(kind: str) -> str:
    """The command word's records, as people say them."""
    return "organizations" if kind == "org" else "contacts"


def _duplicates(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.cli import output  # it loads the services: only when the command runs
    from liaison_app.kinds import Kind
    from liaison_app.services import duplicates  # rapidfuzz and phonenumbers: only now

    found = duplicates.scan(store, Kind(args.kind))
    if args.json:
        output.emit_json(pairs_json(found))
    else:
        output.emit(_table(found))
    if found.skipped:
        output.warn(skipped_note(found.skipped, plural(args.kind)))
    return 0


def pairs_json(found: Scan) -> list[dict[str, Any]]:
    """The documented JSON shape: [{"ids": [a, b], "score": n, "reason": code, "names": [..]}]."""
    return [
        {"ids": list(p.ids), "score": p.score, "reason": p.reason.value, "names": list(p.names)}
        for p in found.pairs
    ]


def _table(found: Scan) -> str:
    from liaison_app.cli import output

    rows = [
        [
            str(p.score),
            REASON_WORDS.get(p.reason.value, p.reason.value),
            p.ids[0][: output.SHORT_ID],
            p.ids[1][: output.SHORT_ID],
            f"{p.names[0]} | {p.names[1]}",
        ]
        for p in found.pairs
    ]
    return output.table(rows, ["SCORE", "REASON", "ID", "OTHER ID", "NAMES"])


def skipped_note(skipped: tuple[SkippedBlock, ...], plural: str) -> str:
    """What was not compared: groups too big, by what they share and their size (no values)."""
    lines = [f"{len(skipped)} group(s) too big to compare were skipped:"]
    lines += [
        f"  {s.size} {plural} sharing {SHARED_WORDS.get(s.kind.value, s.kind.value)}" for s in skipped[:10]
    ]
    if len(skipped) > 10:
        lines.append(f"  and {len(skipped) - 10} more")
    return "\n".join(lines)
