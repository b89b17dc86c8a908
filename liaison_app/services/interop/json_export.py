"""`liaison export json`: the whole profile in the dump format (services/dump.py), for portability.

The file names its redaction profile in the key `redaction`. Under `full` with do-not-share
records included it is `liaison dump` plus that key. Otherwise what the profile leaves out
goes (docs/INTEROP.md): do-not-share contacts unless included; under `partner`, contacts and
meetings at or above CONFIDENTIAL and the action items of such meetings, and the contact
points, address and notes of local staff and community members. Every record that referred
to one left out no longer names it (an attendee list drops the id, an action loses its
owner), so the file imports cleanly elsewhere and names nobody it should not. `public`
names nobody, so it is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison_app.kinds import KINDS, Kind
from liaison_app.services import dump, export_log, privacy
from liaison_app.services.interop import files
from liaison_app.services.interop.redaction import Redaction
from liaison_app.store import Store

KEY = "redaction"  # the profile the file applied (json_import ignores it)


def export(store: Store, path: Path, rules: Redaction) -> dict[str, int]:
    """Write the profile's dump to `path` under `rules` and log it; returns how many records
    of each section went."""
    rules.require_people("a profile export")
    document = dump.dump(store)
    redact(document, rules)
    counts = {k: len(v) for k, v in document.items() if isinstance(v, list)}
    document[KEY] = rules.marks()
    with files.atomic(path) as out:
        out.write(text(document).encode("utf-8"))
    export_log.record(
        store,
        what=export_log.What.PROFILE,
        format="json",
        path=path,
        profile=rules.profile,
        records=sum(counts.values()),
    )
    return counts


def text(document: dict[str, Any]) -> str:
    """A dump document as the canonical text `liaison dump` prints."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def redact(document: dict[str, Any], rules: Redaction) -> None:
    """Apply `rules` to a dump document in place."""
    contacts = document.get(KINDS[Kind.CONTACT].section, [])
    meetings = document.get(KINDS[Kind.MEETING].section, [])
    orgs = document.get(KINDS[Kind.ORG].section, [])
    left_out = {
        Kind.CONTACT: {c["id"] for c in contacts if not rules.shares(_contact(c))},
        Kind.MEETING: {m["id"] for m in meetings if not rules.admits(m)},
        Kind.ORG: {o["id"] for o in orgs if not rules.admits_scope(privacy.scope_of(o))},
    }
    # An action item says what its meeting said: it goes with its meeting.
    actions = document.get(KINDS[Kind.ACTION].section, [])
    left_out[Kind.ACTION] = {
        a["id"] for a in actions if a.get("meeting_id") in left_out[Kind.MEETING] or not rules.admits(a)
    }
    _withhold(document, left_out)
    org_types = {o["id"]: o.get("org_type") for o in document.get(KINDS[Kind.ORG].section, [])}
    for item in document.get(KINDS[Kind.CONTACT].section, []):
        if not rules.contact_details(_contact(item), org_types.get(item.get("organization_id") or "")):
            item.update(contact_points=[], location="", notes="")


@dataclass(frozen=True, slots=True)
class _Dumped:
    """The fields of a dumped contact the rules read."""

    sensitivity: str
    do_not_share: bool
    tags: tuple[str, ...]
    sharing: str


def _contact(item: dict[str, Any]) -> _Dumped:
    return _Dumped(
        str(item.get("sensitivity") or ""),
        bool(item.get("do_not_share")),
        tuple(str(t) for t in item.get("tags") or []),
        str(item.get("sharing") or privacy.MISSION),
    )


def _withhold(document: dict[str, Any], left_out: dict[Kind, set[str]]) -> None:
    """Drop the records `left_out` names, and their ids from every record naming them."""
    for kind, ids in left_out.items():
        section = KINDS[kind].section
        if ids and section in document:
            document[section] = [i for i in document[section] if i["id"] not in ids]
    for kind_spec in KINDS.values():
        naming = [
            (f.name, left_out[f.refers_to])
            for f in kind_spec.fields
            if f.refers_to is not None and left_out.get(f.refers_to)
        ]
        for item in document.get(kind_spec.section, []) if naming else []:
            for name, ids in naming:
                value = item.get(name)
                if isinstance(value, list):
                    item[name] = [i for i in value if i not in ids]
                elif value in ids:
                    item[name] = None
