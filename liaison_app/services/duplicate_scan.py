"""The duplicate scan of a whole profile: blocked, so never every pair.

Each live record goes into a few blocks (its phones, its emails, its organization with its
name and with each initial of it; an organization into its name, its acronym and the
three-letter prefixes of its name's words) and only records sharing a block are compared.
A block bigger than MAX_BLOCK is split by a longer prefix once, and skipped (and reported)
if still too big: a switchboard number on three hundred contacts says nothing about which
of them are one person.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import Connection

from liaison_app.services import duplicate_keys as keys
from liaison_app.services.duplicate_scores import (
    ORG_SIMILAR,
    SAME_ORG_SIMILAR,
    ContactKeys,
    OrgKeys,
    Reason,
    Verdict,
    contact_verdict,
    org_verdict,
)
from sync import collector

MAX_BLOCK = 500

K = TypeVar("K", ContactKeys, OrgKeys)


class BlockKind(StrEnum):
    """What the records of a block share."""

    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ORG_NAME = "ORG_NAME"  # a contact's organization and a first letter of its name
    NAME = "NAME"  # an organization name's word prefix, or a whole name
    ACRONYM = "ACRONYM"


@dataclass(frozen=True, slots=True)
class Pair:
    """Two records that look like one, ids in ascending order, names in the same order."""

    ids: tuple[str, str]
    names: tuple[str, str]
    score: int
    reason: Reason


@dataclass(frozen=True, slots=True)
class SkippedBlock:
    """A block too big to compare: what its records share (never the value) and how many."""

    kind: BlockKind
    size: int


@dataclass(frozen=True, slots=True)
class Scan:
    """Every likely duplicate pair, best first, and the blocks that were not compared."""

    pairs: tuple[Pair, ...]
    skipped: tuple[SkippedBlock, ...]
    compared: int  # records read


@dataclass(slots=True)
class _Found:
    verdicts: dict[tuple[int, int], Verdict | None]  # None: judged, not alike
    skipped: list[SkippedBlock]


def scan_contacts(conn: Connection, *, region: str | None) -> Scan:
    """Likely duplicate contacts among the live ones of the profile behind `conn`."""
    with collector.paused():
        rows = _rows(
            conn,
            "SELECT id, full_name, organization_id, contact_points FROM contact WHERE deleted_at IS NULL",
        )
        orgs = organization_keys(_rows(conn, "SELECT id, name FROM organization"))
        people = [
            _contact_keys(name, orgs.get(org, org) if org else None, points, region)
            for _, name, org, points in rows
        ]
        shared: dict[tuple[BlockKind, str], list[int]] = defaultdict(list)
        by_org: dict[str, list[int]] = defaultdict(list)
        for i, person in enumerate(people):
            for phone in person.phones:
                shared[(BlockKind.PHONE, phone)].append(i)
            for email in person.emails:
                shared[(BlockKind.EMAIL, email)].append(i)
            if person.organization is not None:
                by_org[person.organization].append(i)
        found = _Found({}, [])
        for (kind, _value), members in shared.items():
            if len(members) >= 2:
                _all_pairs_in(found, people, members, kind)
        for members in by_org.values():
            if len(members) >= 2:
                _compare_one_organization(found, people, members)
        return _scan(found, [r[0] for r in rows], [r[1] for r in rows])


def _compare_one_organization(found: _Found, people: Sequence[ContactKeys], members: list[int]) -> None:
    """The contacts of one organization: names alike among those sharing an initial, and
    two-word names against the longer names holding both words."""
    by_letter: dict[str, list[int]] = defaultdict(list)
    short: dict[str, list[int]] = defaultdict(list)
    same: dict[str, list[int]] = defaultdict(list)
    for i in members:
        key = people[i].key
        same[key].append(i)
        for letter in keys.initials(key):
            by_letter[letter].append(i)
        if key.count(" ") == 1:
            short[key].append(i)
    for part in same.values():  # judged first: kept even where a block of alike names is skipped
        if len(part) >= 2:
            _all_pairs_in(found, people, part, BlockKind.ORG_NAME)
    for letter, part in by_letter.items():
        if len(part) >= 2:
            split = _split_by_word(people, letter)
            _similar_in(found, people, part, SAME_ORG_SIMILAR, BlockKind.ORG_NAME, split)
    if short:
        for i in members:
            for two in keys.word_pairs(people[i].key):
                for j in short.get(two, ()):
                    _judge(found, people, i, j)


def _rows(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    """Every row of `sql` as plain tuples, from the driver's cursor (SQLAlchemy's rows cost
    a second more at 500k)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return list(raw.execute(sql).fetchall())


def scan_organizations(conn: Connection) -> Scan:
    """Likely duplicate organizations among the live ones of the profile behind `conn`."""
    rows = _rows(conn, "SELECT id, name, acronym, parent_id FROM organization WHERE deleted_at IS NULL")
    ids = [r[0] for r in rows]
    names = [r[1] for r in rows]
    orgs = [
        OrgKeys(keys.name_key(name), keys.acronym_key(acronym), record_id, parent)
        for record_id, name, acronym, parent in rows
    ]
    same: dict[tuple[BlockKind, str], list[int]] = defaultdict(list)
    alike: dict[str, list[int]] = defaultdict(list)
    for i, org in enumerate(orgs):
        same[(BlockKind.NAME, org.key)].append(i)
        if org.acronym:
            same[(BlockKind.ACRONYM, org.acronym)].append(i)
        for prefix in keys.org_blocks(org.key):
            alike[prefix].append(i)
    found = _Found({}, [])
    for (kind, _value), members in same.items():
        if len(members) >= 2:
            _all_pairs_in(found, orgs, members, kind)
    for prefix, members in alike.items():
        if len(members) >= 2:
            _similar_in(found, orgs, members, ORG_SIMILAR, BlockKind.NAME, _split_by_word(orgs, prefix))
    return _scan(found, ids, names)


def organization_keys(rows: Iterable[tuple[Any, ...]]) -> dict[str, str]:
    """Each organization's id -> its name key (its id if the name has no words)."""
    return {record_id: keys.name_key(name or "") or record_id for record_id, name in rows}


def _contact_keys(name: str, org: str | None, points: str | None, region: str | None) -> ContactKeys:
    try:
        entries = json.loads(points or "[]")
    except ValueError:  # a damaged value compares by name and organization only
        entries = []
    phones: set[str] = set()
    emails: set[str] = set()
    if isinstance(entries, list):
        phones, emails = keys.point_keys((e for e in entries if isinstance(e, dict)), region)
    return ContactKeys(keys.name_key(name), org, frozenset(phones), frozenset(emails))


def _split_by_word(records: Sequence[ContactKeys | OrgKeys], prefix: str) -> Callable[[int], Iterable[str]]:
    """For a block too big: the prefixes two letters longer of each member's words that
    start with the block's `prefix`, so the block is compared in smaller parts."""
    size = len(prefix) + 2

    def longer(i: int) -> Iterable[str]:
        return {t[:size] for t in records[i].key.split() if t.startswith(prefix) and len(t) >= size}

    return longer


def _all_pairs_in(found: _Found, records: Sequence[K], members: list[int], kind: BlockKind) -> None:
    if len(members) > MAX_BLOCK:
        found.skipped.append(SkippedBlock(kind, len(members)))
        return
    for n, i in enumerate(members):
        for j in members[n + 1 :]:
            _judge(found, records, i, j)


def _similar_in(
    found: _Found,
    records: Sequence[K],
    members: list[int],
    cutoff: int,
    kind: BlockKind,
    split: Callable[[int], Iterable[str]] | None,
) -> None:
    """Compare the names of a block with rapidfuzz (C loops), then judge only the close ones."""
    if len(members) > MAX_BLOCK:
        if split is None:
            found.skipped.append(SkippedBlock(kind, len(members)))
            return
        parts: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for word in split(i):
                parts[word].append(i)
        for part in parts.values():
            if len(part) >= 2:
                _similar_in(found, records, part, cutoff, kind, None)
        return
    names = [records[i].key for i in members]
    for n in range(len(members) - 1):
        close = process.extract(
            names[n], names[n + 1 :], scorer=fuzz.ratio, score_cutoff=cutoff - 0.5, limit=None
        )
        for _name, _score, at in close:
            _judge(found, records, members[n], members[n + 1 + at])


def _judge(found: _Found, records: Sequence[K], i: int, j: int) -> None:
    pair = (i, j) if i < j else (j, i)
    if pair in found.verdicts:
        return
    a, b = records[pair[0]], records[pair[1]]
    verdict = (
        contact_verdict(a, b)
        if isinstance(a, ContactKeys) and isinstance(b, ContactKeys)
        else org_verdict(a, b)
        if isinstance(a, OrgKeys) and isinstance(b, OrgKeys)
        else None
    )
    found.verdicts[pair] = verdict


def _scan(found: _Found, ids: list[str], names: list[str]) -> Scan:
    pairs = []
    for (i, j), verdict in found.verdicts.items():
        if verdict is None:
            continue
        a, b = (i, j) if ids[i] < ids[j] else (j, i)
        pairs.append(Pair((ids[a], ids[b]), (names[a], names[b]), verdict.score, verdict.reason))
    pairs.sort(key=lambda p: (-p.score, p.ids))
    skipped = sorted(found.skipped, key=lambda s: (-s.size, s.kind))
    return Scan(tuple(pairs), tuple(skipped), len(ids))
