"""Existing records that a draft (a new contact or organization being typed) looks like.

Runs on every pause in typing, so it reads only through indexes, never the whole table:
the search index's titles for the name's word prefixes (the three-letter prefix index),
its bodies for a phone or email spelt as typed, the organization index for the contacts of
the chosen organization, and the acronym index. A phone spelt with other spaces than the
stored one is not found here; the full scan (`liaison contact duplicates`) finds it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from db import fts
from liaison_app.services import duplicate_keys as keys
from liaison_app.services.duplicate_scan import organization_keys
from liaison_app.services.duplicate_scores import (
    ContactKeys,
    OrgKeys,
    Reason,
    contact_verdict,
    org_verdict,
)

NAME_CANDIDATES = 200  # newest title matches looked at; "Jea* Muk*" matches a handful
ORG_MEMBERS = 5_000  # contacts of the chosen organization looked at
MAX_WORDS = 4
SHOWN = 3


@dataclass(frozen=True, slots=True)
class Draft:
    """What the officer has typed so far: a name, and for a contact maybe more."""

    name: str
    organization_id: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    acronym: str = ""
    exclude_id: str | None = None  # the record being edited, never its own duplicate


@dataclass(frozen=True, slots=True)
class Existing:
    """A stored record the draft looks like: id, name, its organization's short name (for a
    contact, "" if none), score and reason."""

    id: str
    name: str
    organization: str
    score: int
    reason: Reason


def likely_contacts(conn: Connection, draft: Draft, *, region: str | None) -> tuple[Existing, ...]:
    """The best (at most SHOWN) existing contacts the draft looks like."""
    name_key = keys.name_key(draft.name)
    words = [t for t in name_key.split() if len(t) >= keys.MIN_NAME_TOKEN]
    phones, emails = keys.point_keys(_points(draft), region)
    mine = draft.organization_id
    ids: set[str] = set()
    if len(words) >= 2:  # one word ("Jean") matches thousands of people and says nothing
        ids |= _title_matches(conn, "contact", words)
    for value in (*draft.phones, *draft.emails):
        ids |= _body_matches(conn, value)
    for value in phones:
        ids |= _body_matches(conn, value)
    rows = _contact_rows(conn, ids)
    if mine is not None:
        rows += conn.exec_driver_sql(
            "SELECT id, full_name, organization_id, contact_points FROM contact"
            " WHERE organization_id = ? AND deleted_at IS NULL LIMIT ?",
            (mine, ORG_MEMBERS),
        ).all()
    orgs = {org for _, _, org, _ in rows if org} | ({mine} if mine else set())
    org_keys = organization_keys((i, n) for i, n, _ in _org_rows(conn, orgs))
    me = ContactKeys(name_key, _of(org_keys, mine), frozenset(phones), frozenset(emails))
    found: dict[str, tuple[int, Reason, str, str | None]] = {}
    for record_id, name, org, points in rows:
        if record_id == draft.exclude_id or record_id in found:
            continue
        # A phone or email is shared only if the draft has one: else no need to read theirs.
        theirs = _point_sets(points, region) if phones or emails else (frozenset(), frozenset())
        other = ContactKeys(keys.name_key(name), _of(org_keys, org), *theirs)
        verdict = contact_verdict(me, other, name_alone=True)
        if verdict is not None:
            found[record_id] = (verdict.score, verdict.reason, name, org)
    best = sorted(found.items(), key=lambda item: (-item[1][0], item[1][2], item[0]))[:SHOWN]
    org_names = _short_org_names(conn, {org for _, (_, _, _, org) in best if org})
    return tuple(
        Existing(record_id, name, org_names.get(org or "", ""), score, reason)
        for record_id, (score, reason, name, org) in best
    )


def likely_organizations(conn: Connection, draft: Draft) -> tuple[Existing, ...]:
    """The best (at most SHOWN) existing organizations the draft looks like."""
    me = OrgKeys(keys.name_key(draft.name), keys.acronym_key(draft.acronym))
    words = sorted(keys.org_blocks(me.key))
    ids = _title_matches(conn, "org", words) if words else set()
    if me.acronym:
        ids |= {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM organization WHERE acronym = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT ?",
                (me.acronym, NAME_CANDIDATES),
            )
        }
    ids.discard(draft.exclude_id or "")
    found: list[Existing] = []
    for record_id, name, acronym in _org_rows(conn, ids):
        verdict = org_verdict(me, OrgKeys(keys.name_key(name), keys.acronym_key(acronym)))
        if verdict is not None:
            found.append(Existing(record_id, name, "", verdict.score, verdict.reason))
    return tuple(sorted(found, key=lambda e: (-e.score, e.name, e.id))[:SHOWN])


def _of(org_keys: dict[str, str], org: str | None) -> str | None:
    return org_keys.get(org, org) if org else None


def _points(draft: Draft) -> list[dict[str, str]]:
    return [{"kind": "phone", "value": p} for p in draft.phones] + [
        {"kind": "email", "value": e} for e in draft.emails
    ]


def _point_sets(points: str | None, region: str | None) -> tuple[frozenset[str], frozenset[str]]:
    try:
        entries = json.loads(points or "[]")
    except ValueError:
        entries = []
    if not isinstance(entries, list):
        return frozenset(), frozenset()
    phones, emails = keys.point_keys((e for e in entries if isinstance(e, dict)), region)
    return frozenset(phones), frozenset(emails)


def _title_matches(conn: Connection, kind: str, words: Sequence[str]) -> set[str]:
    """Records of `kind` whose title has a word starting like each of `words` (three
    letters: "Mohammed" and "Mohamed" meet), newest first, at most NAME_CANDIDATES."""
    prefixes = " ".join(f'"{w[:3]}"*' for w in words[:MAX_WORDS])
    rows = conn.exec_driver_sql(
        "SELECT d.record_id FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
        " WHERE search_index MATCH ? AND d.kind = ? ORDER BY s.rowid DESC LIMIT ?",
        (f"title : ({prefixes})", kind, NAME_CANDIDATES),
    ).all()
    return {r[0] for r in rows}


def _body_matches(conn: Connection, value: str) -> set[str]:
    """Contacts whose search text holds `value` as a phrase (a phone or email as typed)."""
    tokens = fts.match_expression(value)
    if tokens is None:
        return set()
    phrase = " ".join(t.removesuffix("*") for t in tokens.split())
    quoted = '"' + phrase.replace('"', "") + '"'
    rows = conn.exec_driver_sql(
        "SELECT d.record_id FROM search_index s JOIN search_doc d ON d.rowid = s.rowid"
        " WHERE search_index MATCH ? AND d.kind = 'contact' ORDER BY s.rowid DESC LIMIT ?",
        (f"body : {quoted}", NAME_CANDIDATES),
    ).all()
    return {r[0] for r in rows}


def _contact_rows(conn: Connection, ids: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
    wanted = sorted(ids)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = conn.exec_driver_sql(
        "SELECT id, full_name, organization_id, contact_points FROM contact"
        f" WHERE id IN ({marks}) AND deleted_at IS NULL",
        tuple(wanted),
    ).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def _org_rows(conn: Connection, ids: Iterable[str]) -> list[tuple[str, str, str | None]]:
    wanted = sorted(ids)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = conn.exec_driver_sql(
        f"SELECT id, name, acronym FROM organization WHERE id IN ({marks}) AND deleted_at IS NULL",
        tuple(wanted),
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _short_org_names(conn: Connection, ids: set[str]) -> dict[str, str]:
    """Each organization's acronym, else its name: how the note names it."""
    return {record_id: (acronym or name) for record_id, name, acronym in _org_rows(conn, ids)}
