"""How the CLI prints records: JSON for scripts, aligned text for people."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TypeVar

from db.models import ActionItem, Area, Contact, Meeting, Organization, RecordBase
from liaison_app import vocab
from liaison_app.kinds import Kind, spec
from liaison_app.services import actions, privacy
from liaison_app.services.display_text import field_label
from liaison_app.services.records import as_dict, kind_of
from liaison_app.services.references import References

SHORT_ID = 8
T = TypeVar("T")


def at_least_one(text: str) -> int:
    """An argparse type: a whole number of 1 or more (anything else is a usage error)."""
    number = int(text)  # argparse turns the ValueError into a usage error
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def emit(text: str) -> None:
    """Write one block of output to stdout."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def error(message: str) -> None:
    """Write one error line to stderr: `liaison: message`, its line breaks folded."""
    line = " ".join(message.split("\n")).strip()
    sys.stderr.write(f"liaison: {line}\n")


def emit_json(data: Any) -> None:
    """Write `data` as pretty JSON."""
    emit(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))


def warn(text: str) -> None:
    """Write a note for people to stderr, each line starting "liaison: " like the errors."""
    sys.stderr.write("".join(f"liaison: {line}\n" for line in text.splitlines()))


def deleted_note(kind: str, record_id: str, pointing: References) -> str:
    """What `delete` tells people: what still names the record, and how to bring it back."""
    lines = []
    if pointing.total:
        counts = ", ".join(_count(k, n) for k, n in pointing.counts)
        lines.append(f"still referred to by {counts}:")
        lines += [
            f"  {_kind_label(r.kind)} {r.record_id[:SHORT_ID]}  {r.title}  ({field_label(r.field)})"
            for r in pointing.sample
        ]
        if pointing.total > len(pointing.sample):
            lines.append(f"  and {pointing.total - len(pointing.sample)} more")
    lines.append(f"in the trash; `liaison {kind} restore {record_id[:SHORT_ID]}` brings it back")
    return "\n".join(lines)


def deleted_json(kind: str, record_id: str, pointing: References) -> dict[str, Any]:
    """`delete --json`: the id, what still refers to it (counts complete, a sample by name)."""
    return {
        "id": record_id,
        "kind": kind,
        "referred_by": {
            "total": pointing.total,
            "counts": {k.value: n for k, n in pointing.counts},
            "sample": [
                {"kind": r.kind.value, "id": r.record_id, "title": r.title, "field": r.field}
                for r in pointing.sample
            ],
        },
        "restore": ["liaison", kind, "restore", record_id],
    }


def _kind_label(kind: Kind) -> str:
    return spec(kind).label


def _count(kind: Kind, n: int) -> str:
    return f"{n} {spec(kind).label if n == 1 else spec(kind).plural}"


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """Left-aligned columns separated by two spaces; the last column is not padded."""
    if not rows:
        return "(none)"
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = []
    for row in [list(headers), *rows]:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths[:-1], strict=True)] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def list_rows(kind: str, records: Sequence[RecordBase]) -> str:
    """The text table of `records` for `liaison KIND list`."""
    if kind == Kind.ORG:
        return table(
            [
                [r.id[:SHORT_ID], r.acronym, vocab.ORG_TYPES.get(r.org_type, r.org_type), r.name]
                for r in _of(records, Organization)
            ],
            ["ID", "ACRONYM", "TYPE", "NAME"],
        )
    if kind == Kind.CONTACT:
        return table(
            [[r.id[:SHORT_ID], r.full_name, r.position, _flags(r)] for r in _of(records, Contact)],
            ["ID", "NAME", "POSITION", "FLAGS"],
        )
    if kind == Kind.MEETING:
        return table(
            [
                [r.id[:SHORT_ID], r.start[:16].replace("T", " "), r.meeting_type, r.status, r.title]
                for r in _of(records, Meeting)
            ],
            ["ID", "START", "TYPE", "STATUS", "TITLE"],
        )
    if kind == Kind.AREA:
        return table(
            [[r.id[:SHORT_ID], r.pcode, r.level, r.name] for r in _of(records, Area)],
            ["ID", "P-CODE", "LEVEL", "NAME"],
        )
    return table(
        [
            [
                r.id[:SHORT_ID],
                r.due or "-",
                r.status + (" (overdue)" if actions.is_overdue(r) else ""),
                r.priority,
                r.title,
            ]
            for r in _of(records, ActionItem)
        ],
        ["ID", "DUE", "STATUS", "PRIORITY", "TITLE"],
    )


def record_json(record: RecordBase) -> dict[str, Any]:
    """One record as `KIND show --json` and `list --json` print it: its fields, and its
    sharing scope (local, hq or mission) for the kinds that have one."""
    data = as_dict(record)
    if privacy.SHARING in data:
        data["scope"] = privacy.scope_of(record)
    return data


def describe(record: RecordBase) -> str:
    """Every field of one record, one per line, for `liaison KIND show`."""
    data = record_json(record)
    kind_spec = kind_of(record)
    width = max(len(k) for k in data)
    lines = [f"{kind_spec.label.capitalize()} {record.id}"]
    for key, value in data.items():
        if key == "id":
            continue
        lines.append(f"  {key.ljust(width)}  {_show_value(value)}")
    return "\n".join(lines)


def _show_value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(_show_item(v) for v in value)
    return str(value)


def _show_item(item: Any) -> str:
    if isinstance(item, dict):
        if "text" in item:
            return f"{item['kind'].upper()}: {item['text']}"
        label = f" ({item['label']})" if item.get("label") else ""
        return f"{item['kind']} {item['value']}{label}"
    return str(item)


def _flags(contact: Contact) -> str:
    flags = [contact.sensitivity]
    if contact.do_not_share:
        flags.append("do-not-share")
    elif contact.sharing == "hq":
        flags.append("hq-only")
    if contact.do_not_contact:
        flags.append("do-not-contact")
    return ", ".join(f for f in flags if f)


def _of(records: Sequence[RecordBase], table_type: type[T]) -> list[T]:
    return [r for r in records if isinstance(r, table_type)]
