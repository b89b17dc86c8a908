"""Reading a CSV file of contacts or organizations, a row at a time, through a column map.

Encoding: UTF-8 (with or without a byte-order mark), else Windows-1252 (Excel and Outlook
on Windows), decided by reading the file once before the rows. The delimiter is a comma,
a semicolon or a tab, whichever the header line uses (Excel in many European locales
writes semicolons). A list cell holds several values separated by ";" (our export) or
" ::: " (Gmail); a contact point may be written LABEL=VALUE, as `--phone` takes it.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison_app import vocab
from liaison_app.errors import ValidationError
from liaison_app.kinds import Kind
from liaison_app.services.interop import csv_columns
from liaison_app.services.interop.card_model import Incoming, Problem, Unreadable
from liaison_app.services.interop.csv_columns import IGNORE, Column

PREVIEW_ROWS = 5
_SNIFF_BYTES = 64 * 1024
_LIST_SEPARATORS = (" ::: ", ";")
_POINT_KINDS = ("phone", "email", "radio", "messaging")
_LIST_FIELDS = {"languages", "tags", "sectors"}
_ORG_TYPE_WORDS = {label.casefold(): slug for slug, label in vocab.ORG_TYPES.items()}
csv.field_size_limit(10 * 1024 * 1024)  # a long notes cell is not an error


@dataclass(frozen=True, slots=True)
class Preview:
    """What the mapping step shows: the headers, the first rows and the automatic map."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    columns: tuple[Column, ...]
    encoding: str


def encoding_of(path: Path) -> str:
    """ "utf-8-sig" if the whole file is UTF-8 (a BOM or not), else "cp1252"."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def preview(path: Path, kind: Kind, *, rows: int = PREVIEW_ROWS) -> Preview:
    """The headers, first `rows` rows and automatic column map of a CSV file."""
    encoding = encoding_of(path)
    with _open(path, encoding) as reader:
        headers = _headers(reader)
        first = tuple(tuple(r) for _, r in zip(range(rows), reader, strict=False))
    return Preview(tuple(headers), first, tuple(csv_columns.automatic(kind, headers)), encoding)


def columns_for(path: Path, kind: Kind, maps: dict[str, str]) -> list[Column]:
    """The file's column map: automatic, with `maps` (COLUMN -> FIELD) over it."""
    shown = preview(path, kind, rows=0)
    return csv_columns.apply(kind, list(shown.columns), maps)


def count(path: Path) -> int:
    """How many data rows the file holds (for a progress bar)."""
    with _open(path, encoding_of(path)) as reader:
        return max(0, sum(1 for _ in reader) - 1)


def read(path: Path, kind: Kind, columns: Sequence[Column]) -> Iterator[Incoming | Unreadable]:
    """Every data row of the file as our fields, or as the reason it cannot be taken."""
    with _open(path, encoding_of(path)) as reader:
        _headers(reader)
        for number, row in enumerate(reader, start=1):
            if not any(cell.strip() for cell in row):
                continue  # a blank line ends many hand-made sheets: not a record
            yield (_contact if kind is Kind.CONTACT else _org)(number, row, columns)


@contextmanager
def _open(path: Path, encoding: str) -> Iterator[Iterator[list[str]]]:
    """A csv reader over the file in `encoding`, with the delimiter its header line uses."""
    with path.open(encoding=encoding, newline="", errors="replace") as handle:
        sample = handle.read(_SNIFF_BYTES)
        handle.seek(0)
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(",;\t", key=first.count) if first else ","
        yield csv.reader(handle, delimiter=delimiter)


def _headers(reader: Iterator[list[str]]) -> list[str]:
    headers = next(reader, None)
    if not headers or not any(h.strip() for h in headers):
        raise ValidationError("the CSV file has no header line")
    return [h.strip() for h in headers]


def _cells(row: Sequence[str], columns: Sequence[Column]) -> Iterator[tuple[Column, str]]:
    for column in columns:
        if column.target != IGNORE and column.index < len(row) and row[column.index].strip():
            yield column, row[column.index].strip()


def _contact(number: int, row: Sequence[str], columns: Sequence[Column]) -> Incoming | Unreadable:
    fields: dict[str, Any] = {}
    parts: dict[str, str] = {}
    points: list[dict[str, str]] = []
    organization = record_id = ""
    for column, cell in _cells(row, columns):
        target = column.target
        if target in _POINT_KINDS:
            label = column.label
            if column.label_column is not None and column.label_column < len(row):
                label = row[column.label_column].strip().lstrip("* ")
            points += [_point(target, item, label) for item in _items(cell)]
        elif target in ("first_name", "middle_name", "last_name"):
            parts[target] = cell
        elif target == "organization":
            organization = cell
        elif target == "id":
            record_id = cell.lower()
        elif target == "area":
            fields["area_id"] = cell
        elif target in _LIST_FIELDS:
            fields[target] = fields.get(target, []) + _items(cell)
        else:
            fields[target] = cell
    name = fields.get("full_name") or " ".join(
        parts[p] for p in ("first_name", "middle_name", "last_name") if p in parts
    )
    if not name:
        return Unreadable(number, Problem.NO_NAME, "the row has no name")
    fields["full_name"] = name
    if points:
        fields["contact_points"] = points
    return Incoming(number, name, fields, organization=organization, record_id=record_id)


def _org(number: int, row: Sequence[str], columns: Sequence[Column]) -> Incoming | Unreadable:
    fields: dict[str, Any] = {}
    record_id = ""
    for column, cell in _cells(row, columns):
        if column.target == "id":
            record_id = cell.lower()
        elif column.target == "area":
            fields["area_id"] = cell
        elif column.target == "org_type":
            fields["org_type"] = _ORG_TYPE_WORDS.get(cell.casefold(), cell)
        elif column.target in _LIST_FIELDS:
            fields[column.target] = fields.get(column.target, []) + _items(cell)
        else:
            fields[column.target] = cell
    name = str(fields.get("name", ""))
    if not name:
        return Unreadable(number, Problem.NO_NAME, "the row has no name")
    return Incoming(number, name, fields, record_id=record_id)


def _items(cell: str) -> list[str]:
    items = [cell]
    for separator in _LIST_SEPARATORS:
        items = [part for item in items for part in item.split(separator)]
    return [item.strip().lstrip("* ").strip() for item in items if item.strip()]


def _point(kind: str, item: str, label: str) -> dict[str, str]:
    """One contact point; "office=+243 81" carries its own label (as `--phone` takes it)."""
    head, sep, value = item.partition("=")
    if sep and head.strip() and value.strip() and "@" not in head:
        return {"kind": kind, "label": head.strip(), "value": value.strip()}
    return {"kind": kind, "label": label, "value": item}
