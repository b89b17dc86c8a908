"""`liaison hq summary|officer`: the HQ dashboard's figures and an officer's page for
scripts and people; and the organization page behind `liaison org show ID --related`.

The services (and the database layer) are imported when a command runs, never when the
command tree is built (`liaison --help`, tests/cli/test_startup_imports.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from liaison_app.services.hq_period import Period
    from liaison_app.services.hq_summary import Summary
    from liaison_app.services.officer_page import OfficerPage
    from liaison_app.services.org_page import OrgPage
    from liaison_app.services.related import RelatedGroup
    from liaison_app.store import Store

T = TypeVar("T")
SHOWN_WEEKS = 8  # the text output's per-week columns: the latest weeks of the period


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare `hq summary` and `hq officer`."""
    verbs = commands.add_parser("hq", help="headquarters: summary figures, officers").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    summary = verbs.add_parser(
        "summary", help="engagements by officer and organization type, overdue by owner, places"
    )
    _period_flags(summary)
    summary.add_argument(
        "--quiet",
        type=int,
        default=30,
        metavar="N",
        help="areas without an engagement in N days (default 30)",
    )
    summary.add_argument("--json", action="store_true", help="print JSON (shape in README: HQ summary)")
    summary.set_defaults(handler=_summary)
    officer = verbs.add_parser("officer", help="an officer's activity by week, last heard from, overdue")
    officer.add_argument("id", metavar="ID", help="a device id (or a unique prefix) or the officer's name")
    _period_flags(officer)
    officer.add_argument("--json", action="store_true", help="print JSON")
    officer.set_defaults(handler=_officer)


def _period_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="D", help="first day (default: 26 weeks back)")
    parser.add_argument("--to", dest="end", metavar="D", help="last day (default: today)")


def _span(args: argparse.Namespace) -> Period:
    from liaison_app import validation
    from liaison_app.services.hq_period import period

    def day(field: str, value: str | None) -> Any:
        from datetime import date

        return date.fromisoformat(validation.iso_date(field, value)) if value else None

    return period(start=day("from", args.start), end=day("to", args.end))


# --- hq summary -------------------------------------------------------------------------


def _summary(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.errors import Rule, ValidationError
    from liaison_app.services import hq_summary

    if args.quiet < 1:
        raise ValidationError.about("quiet", "--quiet takes a number of days, 1 or more", Rule.OUT_OF_RANGE)
    found = hq_summary.summary(store, span=_span(args), quiet_days=args.quiet)
    return _emit(args, found, hq_summary.as_json, summary_text)


def summary_text(found: Summary) -> str:
    """The summary for people: a heading, then one table per figure."""
    from liaison_app import vocab
    from liaison_app.cli import output

    span = found.period
    weeks = span.weeks[-SHOWN_WEEKS:]
    week_heads = [w[5:] for w in weeks]  # 'MM-DD' of each Monday
    head = (
        f"HQ summary {span.start.isoformat()} .. {span.last_day} ({len(span.weeks)} weeks):"
        f" {found.engagements} engagements"
    )

    def rows(series: Any, label: Any) -> list[list[str]]:
        return [[label(s.key), str(s.total), *(str(n) for n in s.counts[-SHOWN_WEEKS:])] for s in series]

    officers = rows(found.by_officer, str)
    types = rows(found.by_org_type, lambda code: vocab.ORG_TYPES.get(code, code))
    owners = [[o.name or o.id or "(no owner)", o.owner, str(o.count)] for o in found.overdue]
    heard = [
        [line.officer.name, _when(line.officer.last_heard), str(line.engagements)] for line in found.officers
    ]
    places = [[p.grid, str(p.count)] for p in found.places.places[:10]]
    quiet = [
        [q.area.title, q.last or "never", "-" if q.days is None else str(q.days)] for q in found.quiet_areas
    ]
    return "\n\n".join(
        [
            head,
            "Engagements by officer\n" + output.table(officers, ["OFFICER", "TOTAL", *week_heads]),
            "By organization type\n" + output.table(types, ["TYPE", "TOTAL", *week_heads]),
            f"Overdue actions by owner (due in the period): {found.overdue_total}\n"
            + output.table(owners, ["OWNER", "AS", "OVERDUE"]),
            "Officers, quietest first\n" + output.table(heard, ["OFFICER", "LAST HEARD FROM", "ENGAGEMENTS"]),
            f"Areas without an engagement in {found.quiet_days} days\n"
            + output.table(quiet, ["AREA", "LAST ENGAGEMENT", "DAYS"]),
            f"Busiest places (1 km squares; {found.places.unplaced} engagements without a position)\n"
            + output.table(places, ["GRID", "ENGAGEMENTS"]),
        ]
    )


def _emit(
    args: argparse.Namespace, found: T, as_json: Callable[[T], Any], as_text: Callable[[T], str]
) -> int:
    """Print `found` as JSON with --json, else as text for people; exit code 0."""
    from liaison_app.cli import output

    if args.json:
        output.emit_json(as_json(found))
    else:
        output.emit(as_text(found))
    return 0


def _when(iso: str | None) -> str:
    return iso[:16].replace("T", " ") + " UTC" if iso else "never"


# --- hq officer -------------------------------------------------------------------------


def _officer(store: Store, args: argparse.Namespace) -> int:
    from liaison_app.services import officer_page

    page = officer_page.officer_page(store, who=args.id, span=_span(args))
    return _emit(args, page, officer_json, officer_text)


def officer_json(page: OfficerPage) -> dict[str, Any]:
    """`hq officer --json`: who, devices and last heard from, activity per week, overdue."""
    officer, activity = page.officer, page.activity
    return {
        "officer": officer.name,
        "last_heard_from": officer.last_heard,
        "devices": [
            {"id": d.device_id, "name": d.device_name, "last_heard_from": d.last_heard, "own": d.own}
            for d in officer.devices
        ],
        "from": page.period.start.isoformat(),
        "to": page.period.last_day,
        "weeks": [
            {"week": w, "meetings": m, "actions_opened": o, "actions_done": d}
            for w, m, o, d in zip(
                activity.weeks, activity.meetings, activity.opened, activity.done, strict=True
            )
        ],
        "overdue": _group_json(page.overdue, "due"),
        "areas": list(page.areas),
    }


def officer_text(page: OfficerPage) -> str:
    """The officer page for people."""
    from liaison_app.cli import output

    officer, activity = page.officer, page.activity
    devices = ", ".join(f"{d.device_name} ({d.device_id[: output.SHORT_ID]})" for d in officer.devices)
    weeks = [
        [w, str(m), str(o), str(d)]
        for w, m, o, d in zip(activity.weeks, activity.meetings, activity.opened, activity.done, strict=True)
    ]
    overdue = [[i.id[: output.SHORT_ID], i.when, i.status, i.title] for i in page.overdue.items]
    return "\n\n".join(
        [
            f"{officer.name}: last heard from {_when(officer.last_heard)};"
            f" devices: {devices or '(none known)'}",
            f"Areas: {', '.join(page.areas) or '(none assigned)'}",
            "Activity by week\n" + output.table(weeks, ["WEEK", "MEETINGS", "ACTIONS OPENED", "DONE"]),
            f"Overdue actions: {page.overdue.total}\n"
            + output.table(overdue, ["ID", "DUE", "STATUS", "TITLE"]),
        ]
    )


# --- org show --related -----------------------------------------------------------------


def add_related_flags(show: argparse.ArgumentParser) -> None:
    """`org show ID --related [--offset N] [--limit N]`: the organization page."""
    show.add_argument(
        "--related", action="store_true", help="its engagements, contacts, actions and officers"
    )
    show.add_argument("--offset", type=int, default=0, metavar="N", help="with --related: skip N engagements")
    show.add_argument(
        "--limit", type=int, default=50, metavar="N", help="with --related: at most N per list (default 50)"
    )


def show_org_page(store: Store, args: argparse.Namespace) -> int:
    """Print the organization page of `args.id` (text, or JSON with --json)."""
    from liaison_app.errors import Rule, ValidationError
    from liaison_app.services import org_page

    if args.offset < 0 or args.limit < 1:
        raise ValidationError.about(
            "limit", "--offset must be 0 or more, --limit 1 or more", Rule.OUT_OF_RANGE
        )
    page = org_page.org_page(store, org_id=args.id, offset=args.offset, limit=args.limit)
    return _emit(args, page, org_json, org_text)


def org_json(page: OrgPage) -> dict[str, Any]:
    """`org show ID --related --json`: the organization page (README documents the shape)."""
    return {
        "id": page.id,
        "name": page.name,
        "acronym": page.acronym,
        "org_type": page.org_type,
        "last_engagement": page.last_engagement,
        "engagements": {
            "total": page.engagements.total,
            "offset": page.offset,
            "items": [
                {"id": i.id, "title": i.title, "start": i.when, "status": i.status, "officer": _officer_of(i)}
                for i in page.engagements.items
            ],
        },
        "officers": [{"officer": o.officer, "count": o.count, "last": o.last} for o in page.officers],
        "contacts": {
            "total": page.contacts.total,
            "items": [{"id": i.id, "name": i.title, "position": i.status} for i in page.contacts.items],
        },
        "open_actions": {**_group_json(page.open_actions, "due"), "overdue": page.overdue},
    }


def _officer_of(item: object) -> str:
    return str(getattr(item, "officer", ""))


def _group_json(group: RelatedGroup, when: str) -> dict[str, Any]:
    return {
        "total": group.total,
        "items": [
            {"id": i.id, "title": i.title, when: i.when or None, "status": i.status} for i in group.items
        ],
    }


def org_text(page: OrgPage) -> str:
    """The organization page for people."""
    from liaison_app import vocab
    from liaison_app.cli import output

    short = output.SHORT_ID
    kind = vocab.ORG_TYPES.get(page.org_type, page.org_type)
    name = f"{page.name} ({page.acronym})" if page.acronym else page.name
    shown = page.offset + len(page.engagements.items)
    meetings = [[i.id[:short], i.when, _officer_of(i), i.status, i.title] for i in page.engagements.items]
    officers = [[o.officer, str(o.count), o.last or "-"] for o in page.officers]
    contacts = [[i.id[:short], i.title, i.status] for i in page.contacts.items]
    actions = [[i.id[:short], i.when or "-", i.status, i.title] for i in page.open_actions.items]
    return "\n\n".join(
        [
            f"{name} · {kind} · last engagement {page.last_engagement or 'never'}",
            f"Engagements: {page.engagements.total} (showing {page.offset + 1 if meetings else 0}-{shown})\n"
            + output.table(meetings, ["ID", "START", "OFFICER", "STATUS", "TITLE"]),
            "Officers who engage it\n" + output.table(officers, ["OFFICER", "ENGAGEMENTS", "LAST"]),
            f"Contacts: {page.contacts.total}\n" + output.table(contacts, ["ID", "NAME", "POSITION"]),
            f"Open actions: {page.open_actions.total} ({page.overdue} overdue)\n"
            + output.table(actions, ["ID", "DUE", "STATUS", "TITLE"]),
        ]
    )
