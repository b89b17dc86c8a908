"""`liaison retention list | keep | policy`: records past their review date, keeping one
longer, and the retention periods (the officer's, HQ's, those in force)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from liaison_app.cli import output
from liaison_app.errors import Rule, ValidationError
from liaison_app.services import retention
from liaison_app.services.retention import DueRecord, PolicyView
from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the retention subcommands."""
    verbs = commands.add_parser(
        "retention", help="records past their review date; keep them longer; the periods"
    ).add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="records past their review date, oldest change first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument(
        "--limit",
        type=output.at_least_one,
        default=retention.PAGE,
        help=f"at most this many (default {retention.PAGE})",
    )
    listing.set_defaults(handler=_list)
    keep = verbs.add_parser("keep", help="keep a record past its review date, until a later day")
    keep.add_argument("id", metavar="ID")
    keep.add_argument("--until", required=True, type=_day, metavar="YYYY-MM-DD")
    keep.add_argument("--reason", default="", metavar="TEXT", help="why it is kept (shown in the list later)")
    keep.set_defaults(handler=_keep)
    policy = verbs.add_parser("policy", help="the retention periods").add_subparsers(
        dest="action", metavar="show|set", required=True
    )
    show = policy.add_parser("show", help="the officer's periods, HQ's, and those in force")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_policy_show)
    change = policy.add_parser(
        "set",
        help="set periods in days: KIND=DAYS (org, contact, meeting, action) or LEVEL=DAYS; 0: no limit",
    )
    change.add_argument("assignments", nargs="+", metavar="NAME=DAYS")
    change.set_defaults(handler=_policy_set)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _list(store: Store, args: argparse.Namespace) -> int:
    page = retention.due(store, limit=args.limit)
    if args.json:
        output.emit_json({"records": [_due_json(r) for r in page.records], "more": page.after is not None})
        return 0
    rows = [
        [
            r.record_id[: output.SHORT_ID],
            r.kind.value,
            r.updated_at[:10],
            r.review_on,
            "kept until" if r.why is retention.Why.KEPT else "policy",
            r.title,
        ]
        for r in page.records
    ]
    output.emit(output.table(rows, ["ID", "KIND", "CHANGED", "REVIEW", "WHY", "TITLE"]))
    if page.after is not None:
        output.warn(f"more records are due: the first {args.limit} are shown (see --limit)")
    return 0


def _due_json(record: DueRecord) -> dict[str, Any]:
    return {
        "kind": record.kind.value,
        "id": record.record_id,
        "title": record.title,
        "updated_at": record.updated_at,
        "review_on": record.review_on,
        "why": record.why.value,
        "reason": record.reason,
    }


def _keep(store: Store, args: argparse.Namespace) -> int:
    kind, record_id = retention.find(store, args.id)
    try:
        kept = retention.keep(store, [(kind, record_id)], until=args.until, reason=args.reason)
    except ValidationError as exc:
        if exc.rule is Rule.OUT_OF_RANGE:
            raise ValidationError(f"--until: {args.until.isoformat()} is not in the future") from None
        raise
    output.emit(f"{kind.value} {record_id[: output.SHORT_ID]} kept until {kept.until}")
    return 0


def _policy_show(store: Store, args: argparse.Namespace) -> int:
    view = retention.policy(store)
    if args.json:
        output.emit_json(_policy_json(view))
        return 0
    lines = []
    for name, days in [*view.in_force.kinds.items(), *view.in_force.levels.items()]:
        lines.append(f"{name}: {_days(days)}{_mission_note(view, name, days)}")
    if view.mission is not None:
        lines.append(
            f"set by HQ on {view.mission_set_at[:10]} (you may shorten its periods, not lengthen them)"
        )
    output.emit("\n".join(lines))
    return 0


def _days(days: int) -> str:
    return "no limit" if days == 0 else f"{days} days"


def _mission_note(view: PolicyView, name: str, days: int) -> str:
    own = view.own.kinds.get(name, view.own.levels.get(name, 0))
    return " (HQ)" if days and days != own else ""


def _policy_json(view: PolicyView) -> dict[str, Any]:
    mission = None
    if view.mission is not None:
        mission = view.mission.to_json() | {"set_at": view.mission_set_at, "by": view.mission_by}
    return {"own": view.own.to_json(), "mission": mission, "in_force": view.in_force.to_json()}


def _policy_set(store: Store, args: argparse.Namespace) -> int:
    view = retention.set_policy(store, args.assignments)
    for name, days in [*view.in_force.kinds.items(), *view.in_force.levels.items()]:
        output.emit(f"{name}: {_days(days)}{_mission_note(view, name, days)}")
    return 0
