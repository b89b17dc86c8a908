"""`liaison import json FILE`: a dump (`liaison export json`, `liaison dump`) into this profile.

Records keep their ids and enter through the record service's batch, exactly as local edits
do: every field is checked by the kind's rules, references must name records here or in the
file, and the new records travel as ordinary changesets. All or nothing: a file with one bad
record, a wrong format tag, an unknown kind or field, or more than MAX_BYTES is refused with
one line and changes nothing. A record already here is never overwritten: it is skipped,
"unchanged" when its content is the same, else "differs" (so re-importing adds nothing).
The size cap bounds memory (the file is parsed whole); a profile too big for it moves with
`liaison backup` / `liaison restore` instead.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from liaison_app.clock import utc_iso
from liaison_app.errors import LiaisonError, ValidationError
from liaison_app.kinds import KINDS, Kind, KindSpec, MissingReferenceError
from liaison_app.services import dump, records
from liaison_app.services.backup_copies import QUIET, Progress
from liaison_app.store import Store

# Parsed whole, a dump takes about 11 times its size in memory (docs/BENCHMARKS.md, "Interop
# files"): 32 MB, about 45,000 records (a field profile of 10,000 is 7 MB), peaks near 450 MB.
MAX_BYTES = 32 * 1024 * 1024
_ID_CHUNK = 500


class Problem(StrEnum):
    """Why a whole file was refused (the GUI words it from this, never from the message)."""

    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    WRONG_FORMAT = "wrong_format"
    NOT_A_DUMP = "not_a_dump"  # the structure: sections of lists of objects with ids
    UNKNOWN_SECTION = "unknown_section"
    BAD_ID = "bad_id"
    REPEATED_ID = "repeated_id"
    INVALID_RECORD = "invalid_record"  # a record the kind's rules refuse


class DumpRefusedError(LiaisonError):
    """The file was refused as a whole; nothing was imported."""

    exit_code = 2

    def __init__(self, problem: Problem, message: str, *, record_id: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.record_id = record_id


class Skip(StrEnum):
    """Why one record of the file was not imported."""

    UNCHANGED = "unchanged"  # the same record is here already
    DIFFERS = "differs"  # a record with its id is here, with other content: never overwritten
    DELETED = "deleted"  # a record with its id is in the Trash here
    OTHER_KIND = "other_kind"  # the id belongs to a record of another kind here


@dataclass(frozen=True, slots=True)
class Skipped:
    """One record of the file left out, and why."""

    kind: Kind
    id: str
    reason: Skip
    title: str = ""  # the title of the record here (never taken from the file)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: records added per kind, and those skipped with their reasons."""

    imported: dict[Kind, int] = field(default_factory=dict)
    skipped: tuple[Skipped, ...] = ()

    @property
    def total(self) -> int:
        """How many records were added."""
        return sum(self.imported.values())

    def skipped_for(self, reason: Skip) -> int:
        """How many records were skipped for `reason`."""
        return sum(1 for s in self.skipped if s.reason is reason)


def import_file(store: Store, path: Path, progress: Progress = QUIET) -> ImportReport:
    """Import the dump at `path` into `store`, all or nothing."""
    return import_document(store, read(path), progress)


def read(path: Path) -> dict[str, Any]:
    """The parsed document of `path`: refused when too large, not JSON, or not a dump."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _too_large()
        with path.open("rb") as source:
            data = source.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DumpRefusedError(Problem.UNREADABLE, f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise _too_large()
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_unique, parse_constant=_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DumpRefusedError(Problem.NOT_JSON, f"not a JSON file ({_first_line(exc)})") from None
    _check_shape(document)
    return document  # type: ignore[no-any-return]


def import_document(store: Store, document: dict[str, Any], progress: Progress = QUIET) -> ImportReport:
    """Import a parsed dump (its shape checked by `read`)."""
    by_kind = {k.kind: list(document.get(k.section, [])) for k in KINDS.values()}
    with store.session() as s:
        skipped = _already_here(s, by_kind)
    left = {s.id for s in skipped}
    fresh = {
        kind: _parents_first(KINDS[kind], [i for i in items if i["id"] not in left])
        for kind, items in by_kind.items()
    }
    total = sum(len(items) for items in fresh.values())
    done = 0
    with records.batch(store) as writes:
        for kind in _kinds_in_order():
            for item in fresh[kind]:
                _add(writes, KINDS[kind], item)
                done += 1
                if done % 200 == 0:
                    progress.check_cancel()
                    progress.set_progress(done, total, "")
    progress.set_progress(total, total, "")
    imported = {kind: len(items) for kind, items in fresh.items() if items}
    return ImportReport(imported, tuple(skipped))


def _add(writes: records.Batch, kind_spec: KindSpec, item: dict[str, Any]) -> None:
    record_id = item["id"]
    fields = {k: v for k, v in item.items() if k != "id" and k not in kind_spec.computed}
    try:
        computed = _computed(kind_spec, item)
        writes.add(kind_spec.kind, fields, record_id=record_id, computed=computed)
    except (ValidationError, MissingReferenceError) as exc:
        raise DumpRefusedError(
            Problem.INVALID_RECORD,
            f"{kind_spec.label} {record_id}: {exc}; nothing was imported",
            record_id=record_id,
        ) from None


def _computed(kind_spec: KindSpec, item: dict[str, Any]) -> dict[str, Any]:
    """The computed values of an item (times of completion), checked and in stored form."""
    found: dict[str, Any] = {}
    for name in kind_spec.computed:
        value = item.get(name)
        if value is None:
            continue
        moment = None
        if isinstance(value, str) and len(value) <= 40:
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = None
        if moment is None or moment.tzinfo is None:
            raise ValidationError.about(name, "expected a date and time with its offset")
        found[name] = utc_iso(moment)
    return found


def _already_here(session: Session, by_kind: dict[Kind, list[dict[str, Any]]]) -> list[Skipped]:
    """The file's records whose ids this profile has already, each with the reason it stays out."""
    kind_of_id = {item["id"]: kind for kind, items in by_kind.items() for item in items}
    items_by_id = {item["id"]: item for items in by_kind.values() for item in items}
    ids = sorted(kind_of_id)
    skipped: list[Skipped] = []
    for kind_spec in KINDS.values():
        table = kind_spec.table
        for start in range(0, len(ids), _ID_CHUNK):
            part = ids[start : start + _ID_CHUNK]
            for row in session.exec(select(table).where(col(table.id).in_(part))):
                wanted = kind_of_id[row.id]
                why = _why(kind_spec, row, wanted, items_by_id[row.id])
                skipped.append(Skipped(wanted, row.id, why, kind_spec.title(row)))
        session.expunge_all()
    return sorted(skipped, key=lambda s: (s.kind, s.id))


def _why(kind_spec: KindSpec, row: Any, wanted: Kind, item: dict[str, Any]) -> Skip:
    if kind_spec.kind is not wanted:
        return Skip.OTHER_KIND
    if row.deleted_at is not None:
        return Skip.DELETED
    here = dump.canonical(kind_spec, records.as_dict(row, bookkeeping=False))
    there = dump.canonical(kind_spec, dict(item))
    return Skip.UNCHANGED if here == there else Skip.DIFFERS


def _kinds_in_order() -> list[Kind]:
    """Kinds so that each comes after the kinds its records refer to (areas, organizations...)."""
    ordered: list[Kind] = []

    def visit(kind: Kind) -> None:
        if kind in ordered:
            return
        for f in KINDS[kind].fields:
            if f.refers_to is not None and f.refers_to is not kind and f.refers_to not in ordered:
                visit(f.refers_to)
        ordered.append(kind)

    for kind in KINDS:
        visit(kind)
    return ordered


def _parents_first(kind_spec: KindSpec, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """`items` ordered so a record's parent (of its own kind, in the file) comes before it; a
    cycle is left as it is, for the kind's rules to refuse."""
    parents = [f.name for f in kind_spec.fields if f.refers_to is kind_spec.kind]
    if not parents:
        return list(items)
    by_id = {item["id"]: item for item in items}
    ordered: dict[str, dict[str, Any]] = {}
    for item in items:
        chain: list[dict[str, Any]] = []
        current: dict[str, Any] | None = item
        while current is not None and current["id"] not in ordered and current not in chain:
            chain.append(current)
            parent = current.get(parents[0])
            current = by_id.get(parent) if isinstance(parent, str) else None
        for found in reversed(chain):
            ordered[found["id"]] = found
    return list(ordered.values())


def _check_shape(document: Any) -> None:
    """A dump: an object with our format tag, known sections of objects with unique UUIDs."""
    if not isinstance(document, dict):
        raise DumpRefusedError(Problem.NOT_A_DUMP, "not a Liaison dump (expected a JSON object)")
    if document.get("format") != dump.FORMAT:
        tag = document.get("format")
        shown = repr(tag)[:60] if tag is not None else "none"
        raise DumpRefusedError(
            Problem.WRONG_FORMAT, f"not a Liaison dump (format {shown}, expected {dump.FORMAT!r})"
        )
    sections = {k.section for k in KINDS.values()}
    seen: set[str] = set()
    for name, items in document.items():
        if name in ("format", "redaction"):  # the tag, and the profile an export applied
            continue
        if name not in sections:
            raise DumpRefusedError(
                Problem.UNKNOWN_SECTION,
                f"unknown section {name[:60]!r} (known: {', '.join(sorted(sections))})",
            )
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise DumpRefusedError(Problem.NOT_A_DUMP, f"section {name!r} is not a list of records")
        _check_ids(name, items, seen)


def _check_ids(section: str, items: Iterable[dict[str, Any]], seen: set[str]) -> None:
    for item in items:
        record_id = item.get("id")
        if not isinstance(record_id, str) or not _is_uuid(record_id):
            shown = repr(record_id)[:60]
            raise DumpRefusedError(Problem.BAD_ID, f"a record of {section!r} has no valid id ({shown})")
        if record_id in seen:
            raise DumpRefusedError(Problem.REPEATED_ID, f"id {record_id} appears twice", record_id=record_id)
        seen.add(record_id)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A repeated key would let two readers of the same file see two different records.
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"key {key[:60]!r} repeated in an object")
        found[key] = value
    return found


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _too_large() -> DumpRefusedError:
    return DumpRefusedError(
        Problem.TOO_LARGE,
        f"file larger than {MAX_BYTES // (1024 * 1024)} MB"
        " (a profile this big moves with liaison backup and restore)",
    )


def _first_line(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
