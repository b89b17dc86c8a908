"""Command-line flags of each record kind, read from the kind registry, and how the flags
given map onto record fields.

The same flags serve `add` and `edit`: on edit, only the flags given change anything, a
repeated flag replaces the whole list, and an empty value clears the field.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from liaison_app.kinds import FieldSpec, Flag, Widget, spec
from liaison_app.services import privacy

_DATES = (Widget.DATE, Widget.DATETIME)


def _flags(kind: str) -> Iterator[tuple[FieldSpec, Flag]]:
    for field in spec(kind).fields:
        for flag in field.cli_flags():
            yield field, flag


def add_flags(parser: argparse.ArgumentParser, kind: str, *, adding: bool) -> None:
    """Declare the flags of `kind` on a subcommand parser."""
    for field, flag in _flags(kind):
        name = field.flag_name(flag)
        dest = _dest(name)
        metavar = flag.metavar or name.upper()
        if flag.switch:
            parser.add_argument(f"--{name}", dest=dest, action=argparse.BooleanOptionalAction, help=flag.help)
        elif flag.many:
            parser.add_argument(f"--{name}", dest=dest, action="append", help=flag.help, metavar=metavar)
        else:
            # Flags `add` insists on: argparse reports them as usage errors (exit code 2).
            required = adding and field.required
            # A date may be typed with its time as separate words: --start 01.12.2026 10:00.
            words = "+" if field.widget in _DATES else None
            parser.add_argument(
                f"--{name}", dest=dest, required=required, help=flag.help, metavar=metavar, nargs=words
            )


def fields_from(
    args: argparse.Namespace, kind: str, current_entries: dict[str, list[dict[str, str]]] | None = None
) -> dict[str, Any]:
    """The record fields the given flags set (absent flags are left out).

    `current_entries` holds the stored lists that flags with an `item_kind` edit in part
    (a contact's points): `--phone` replaces the phones and keeps the emails.
    """
    fields: dict[str, Any] = {}
    for field, flag in _flags(kind):
        value = getattr(args, _dest(field.flag_name(flag)))
        if value is None:
            continue
        if flag.item_kind is not None:
            if field.name not in fields:
                fields[field.name] = list((current_entries or {}).get(field.name, []))
            kept = [e for e in fields[field.name] if e["kind"] != flag.item_kind]
            fields[field.name] = kept + [_entry(flag.item_kind, v) for v in value if v.strip()]
            continue
        if field.name == privacy.SHARING:  # --scope: the mark and the field together
            fields.update(privacy.scope_fields(value))
            continue
        if flag.many:
            value = [v for v in value if v.strip()]
        elif field.widget in _DATES:
            value = " ".join(value)
        fields[field.name] = value
    return fields


def entry_fields(kind: str) -> tuple[str, ...]:
    """The fields that flags edit entry by entry (see `fields_from`)."""
    return tuple(dict.fromkeys(f.name for f, flag in _flags(kind) if flag.item_kind is not None))


def _entry(kind: str, raw: str) -> dict[str, str]:
    label, sep, value = raw.partition("=")
    if not sep:
        label, value = "", raw
    return {"kind": kind, "label": label.strip(), "value": value.strip()}


def _dest(flag_name: str) -> str:
    return "f_" + flag_name.replace("-", "_")
