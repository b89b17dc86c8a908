"""An organization's page at HQ: every engagement any officer had with it (newest first),
its contacts, its open and overdue actions, and which officers engage it, how often and
when last (`liaison org show ID --related`, the GUI's organization page).

An engagement is a live meeting that names the organization or that one of its people
attended (`meeting_link` holds both, db/meeting_links.py). Everything is read from indexes:
the links of the organization and of its contacts, then each meeting's start and officer
from `ix_meeting_live_engaged` (db/hq_indexes.py), the open actions from
`ix_action_item_open_meeting` / `_open_owner`. Only the rows of the page shown are read, so
the busiest organization of an HQ store opens in milliseconds. The item shapes are those of
services/related.py (what an editor lists under a record), so both read alike.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from db.hq_indexes import OPEN_SQL
from liaison_app.clock import now_iso, today
from liaison_app.kinds import Kind
from liaison_app.services import records
from liaison_app.services.related import Group, RelatedGroup, RelatedItem
from liaison_app.services.snapshot_cursor import cursor
from liaison_app.store import Store

PAGE = 50

# The meetings an organization is engaged in: those naming it, those its people attended.
_ENGAGED = (
    "WITH engaged(meeting_id) AS ("
    " SELECT meeting_id FROM meeting_link WHERE record_id = :org"
    " UNION SELECT l.meeting_id FROM contact c CROSS JOIN meeting_link l ON l.record_id = c.id"
    " WHERE c.organization_id = :org)"
    " SELECT m.id, m.start_utc, m.author_officer"
    " FROM engaged e CROSS JOIN meeting m INDEXED BY ix_meeting_live_engaged ON m.id = e.meeting_id"
    " WHERE m.deleted_at IS NULL"
)
# Open actions, spelled as the partial indexes' WHERE (SQLite uses one only then).
_OPEN = f"x.deleted_at IS NULL AND x.status IN {OPEN_SQL}"
# Open actions from those meetings (ids passed as a JSON list) or owned by its people.
_OPEN_ACTIONS = (
    "SELECT x.id, x.due FROM json_each(:meetings) j"
    " CROSS JOIN action_item x INDEXED BY ix_action_item_open_meeting ON x.meeting_id = j.value"
    f" WHERE {_OPEN}"
    " UNION SELECT x.id, x.due FROM contact c"
    " CROSS JOIN action_item x INDEXED BY ix_action_item_open_owner ON x.owner = c.id"
    f" WHERE c.organization_id = :org AND {_OPEN}"
)


@dataclass(frozen=True, slots=True)
class Engagement(RelatedItem):
    """A meeting as the page lists it: a related meeting, with the officer who recorded it."""

    officer: str = ""


@dataclass(frozen=True, slots=True)
class OfficerEngagement:
    """One officer's engagements with the organization."""

    officer: str
    count: int
    last: str | None  # the date ('YYYY-MM-DD', UTC) of their latest engagement that has begun


@dataclass(frozen=True, slots=True)
class OrgPage:
    """What the organization page shows: pages of its long lists, and their totals."""

    id: str
    name: str
    acronym: str
    org_type: str  # the stored code; the GUI words it
    engagements: RelatedGroup  # newest first, `offset` onwards
    offset: int
    officers: tuple[OfficerEngagement, ...]  # most engagements first
    contacts: RelatedGroup  # by name
    open_actions: RelatedGroup  # by due date, undated last
    overdue: int  # open actions due before today
    last_engagement: str | None  # 'YYYY-MM-DD' (UTC) of the latest engagement that has begun


def org_page(
    store: Store, *, org_id: str, offset: int = 0, limit: int = PAGE, on: date | None = None
) -> OrgPage:
    """The page of the live organization `org_id` (a unique prefix will do; NotFoundError
    otherwise): engagements from `offset`, at most `limit` of each list."""
    org = records.get(store, Kind.ORG, org_id)
    now, day = now_iso(), (on or today()).isoformat()
    with cursor(store) as cur:
        engaged = _newest_first(cur.execute(_ENGAGED, {"org": org.id}).fetchall())
        begun = [row for row in engaged if row[1] <= now]
        actions = sorted(
            cur.execute(
                _OPEN_ACTIONS, {"org": org.id, "meetings": json.dumps([row[0] for row in engaged])}
            ).fetchall(),
            key=lambda row: (row[1] is None, row[1] or "", row[0]),
        )
        page = engaged[offset : offset + limit]
        return OrgPage(
            id=org.id,
            name=str(getattr(org, "name", "")),
            acronym=str(getattr(org, "acronym", "")),
            org_type=str(getattr(org, "org_type", "")),
            engagements=RelatedGroup(Group.MEETINGS, _meetings(cur, [r[0] for r in page]), len(engaged)),
            offset=offset,
            officers=_officers(engaged, begun),
            contacts=_contacts(cur, org.id, limit),
            open_actions=RelatedGroup(
                Group.OPEN_ACTIONS, _actions(cur, [r[0] for r in actions[:limit]]), len(actions)
            ),
            overdue=sum(1 for _, due in actions if due is not None and due < day),
            last_engagement=begun[0][1][:10] if begun else None,
        )


def _newest_first(rows: list[Any]) -> list[Any]:
    # By start descending, then id ascending, as related.py orders meetings (sorts are stable).
    rows.sort(key=lambda row: str(row[0]))
    rows.sort(key=lambda row: str(row[1]), reverse=True)
    return rows


def _officers(engaged: list[Any], begun: list[Any]) -> tuple[OfficerEngagement, ...]:
    counts = Counter(str(officer) for _, _, officer in engaged)
    last: dict[str, str] = {}
    for _, start, officer in begun:  # newest first: the first seen is the latest
        last.setdefault(str(officer), str(start)[:10])
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return tuple(OfficerEngagement(officer=o, count=n, last=last.get(o)) for o, n in ranked)


def _meetings(cur: Any, ids: list[str]) -> tuple[Engagement, ...]:
    found = {
        i: Engagement(
            kind=Kind.MEETING,
            id=i,
            title=str(t),
            when=str(s)[:16].replace("T", " "),
            status=str(st),
            officer=str(o),
        )
        for i, t, s, st, o in cur.execute(
            "SELECT m.id, m.title, m.start, m.status, m.author_officer FROM json_each(?) j"
            " CROSS JOIN meeting m ON m.id = j.value",
            (json.dumps(ids),),
        )
    }
    return tuple(found[i] for i in ids if i in found)


def _actions(cur: Any, ids: list[str]) -> tuple[RelatedItem, ...]:
    found = {
        i: RelatedItem(kind=Kind.ACTION, id=i, title=str(t), when=str(d or ""), status=str(s))
        for i, t, d, s in cur.execute(
            "SELECT a.id, a.title, a.due, a.status FROM json_each(?) j"
            " CROSS JOIN action_item a ON a.id = j.value",
            (json.dumps(ids),),
        )
    }
    return tuple(found[i] for i in ids if i in found)


def _contacts(cur: Any, org_id: str, limit: int) -> RelatedGroup:
    where = "FROM contact c WHERE c.organization_id = ? AND c.deleted_at IS NULL"
    rows = cur.execute(
        f"SELECT c.id, c.full_name, c.position {where} ORDER BY c.full_name COLLATE NOCASE, c.id LIMIT ?",
        (org_id, limit),
    ).fetchall()
    total = len(rows)
    if total == limit:  # there may be more: count them (from the same index)
        total = int(cur.execute(f"SELECT count(*) {where}", (org_id,)).fetchone()[0])
    items = tuple(
        RelatedItem(kind=Kind.CONTACT, id=i, title=str(n), when="", status=str(p or "")) for i, n, p in rows
    )
    return RelatedGroup(Group.CONTACTS, items, total)
