"""What a record kind's description is made of: the kinds themselves, fields (with their
command-line flags and form shape), titles written once for Python and SQL, and the
kind description that the registry in `liaison_app.kinds` fills in."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from db.models import RecordBase
from liaison_app.errors import NotFoundError, Rule, ValidationError


class Kind(StrEnum):
    """A record kind, by the word the CLI takes and changesets carry."""

    ORG = "org"
    CONTACT = "contact"
    MEETING = "meeting"
    ACTION = "action"
    AREA = "area"


class Widget(StrEnum):
    """How a form edits a field (editors lay out their own; this is the fallback)."""

    LINE = "line"
    NOTES = "notes"
    LIST = "list"  # a short list typed with commas
    CHOICE = "choice"
    CHECK = "check"
    DATE = "date"
    DATETIME = "datetime"
    NUMBER = "number"
    REF = "ref"
    REFS = "refs"
    ROWS = "rows"


class MissingReferenceError(NotFoundError):
    """A reference field names a record that is not here (or deleted); `field` says which,
    `what` the kind of record as people say it and `record_id` the id (for the GUI's words)."""

    def __init__(
        self, message: str, *, field: str | None = None, what: str | None = None, record_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.what = what
        self.record_id = record_id


@dataclass(frozen=True, slots=True)
class Context:
    """What validators may consult: the open session (to check references)."""

    session: Session

    def live(
        self, table: type[RecordBase], record_id: str, what: str, field: str | None = None
    ) -> RecordBase:
        """The live row `record_id` of `table`, else MissingReferenceError about `field`."""
        row = self.session.get(table, record_id)
        if row is None or row.deleted_at is not None:
            raise MissingReferenceError(
                f"no {what} with id {record_id}", field=field, what=what, record_id=record_id
            )
        return row


Cleaner = Callable[[Context, str, Any], Any]


@dataclass(frozen=True, slots=True)
class Flag:
    """One command-line flag of a field: `--name` (default: the field name with hyphens)."""

    name: str | None = None
    help: str = ""
    metavar: str | None = None
    many: bool = False  # repeatable; collected into a list
    switch: bool = False  # --flag / --no-flag
    # Each value becomes an entry {"kind": item_kind, "label", "value"} of a list of entries
    # (a contact's phones and emails): several flags then feed one field.
    item_kind: str | None = None


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One user field: its column, how input becomes a stored value, and how people edit it."""

    name: str
    clean: Cleaner
    default: Callable[[Context], Any] | None = None
    required: bool = False
    set_like: bool = False  # order carries no meaning: canonical dumps sort it
    refers_to: Kind | None = None  # the kind of record its id (or ids) name
    flags: tuple[Flag, ...] = ()  # none given: one flag named after the field
    widget: Widget = Widget.LINE
    choices: Mapping[str, str] | None = None  # slug -> label, for a choice
    caption: str = ""  # the form's label (default: from the name)
    # The sync protocol that added the field. While it holds no value the canonical dump
    # leaves it out, so data an older release can hold dumps as that release dumps it.
    protocol: int = 1
    # The value such a newer field holds unless set (dumped as absent, like None).
    unset: Any = None

    def read(self, ctx: Context, raw: Any) -> Any:
        """`raw` as the value to store; a refusal names this field (`exc.field`)."""
        try:
            return self.clean(ctx, self.name, raw)
        except ValidationError as exc:
            # Nested checks name their own part ("phone", "points kind"); the record
            # field is still this one, which is what forms need to place the message.
            exc.field = self.name
            raise

    def cli_flags(self) -> tuple[Flag, ...]:
        """The flags that set this field (one named after it unless the entry says otherwise)."""
        return self.flags or (Flag(),)

    def flag_name(self, flag: Flag) -> str:
        """The spelling of `flag` on a command line, without the dashes."""
        return flag.name or self.name.replace("_", "-")

    def label(self) -> str:
        """The caption a form (or a conflict, a change line) shows for this field: its
        `caption`, else its name as words ("attendee_ids" -> "Attendees")."""
        if self.caption:
            return self.caption
        words = self.name.removesuffix("_ids") + "s" if self.name.endswith("_ids") else self.name
        return words.removesuffix("_id").replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Title:
    """How a record is named: one column, optionally followed by another when it is not
    empty ("Name (ACRONYM)", "Title — 2026-11-20"). Written once, read as text and as SQL."""

    main: str
    detail: str | None = None
    detail_chars: int | None = None  # keep only the first characters (a date of a date-time)
    dash: bool = False  # " — detail" rather than " (detail)"

    def __call__(self, record: Any) -> str:
        """The title of a record (any object with the columns as attributes)."""
        main = str(getattr(record, self.main) or "")
        if self.detail is None:
            return main
        detail = str(getattr(record, self.detail) or "")[: self.detail_chars]
        if not detail:
            return main
        return f"{main} — {detail}" if self.dash else f"{main} ({detail})"

    def sql(self, alias: str = "t") -> str:
        """The same title as a SQL expression over the table aliased `alias`."""
        main = f"coalesce({alias}.{self.main}, '')"
        if self.detail is None:
            return main
        detail = f"coalesce({alias}.{self.detail}, '')"
        if self.detail_chars is not None:
            detail = f"substr({detail}, 1, {self.detail_chars})"
        joined = f"{main} || ' — ' || {detail}" if self.dash else f"{main} || ' (' || {detail} || ')'"
        return f"CASE WHEN {detail} != '' THEN {joined} ELSE {main} END"


@dataclass(frozen=True, slots=True)
class KindSpec:
    """A record kind: table, user fields, cross-field rule, title and search document."""

    kind: Kind
    label: str  # one record, as people say it
    plural: str  # several, as people say it
    section: str  # its list in the canonical dump
    summary: str  # what `liaison KIND --help` says the group holds
    table: type[RecordBase]
    fields: tuple[FieldSpec, ...]
    title: Title
    body: Callable[[Any], Iterable[str]]
    order: Callable[[], tuple[Any, ...]]  # the order lists come in, as people read them
    finish: Callable[[Context, Any], None] = lambda ctx, rec: None
    # Stored columns computed by `finish` that are part of the record (not just indexes).
    computed: tuple[str, ...] = field(default=())

    def field(self, name: str) -> FieldSpec:
        """The field `name`, else a ValidationError (an unknown field is not a field's fault)."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise ValidationError(
            f"{self.label} has no field {name!r}",
            rule=Rule.UNKNOWN_FIELD,
            params={"kind": self.kind.value, "value": name},
        )

    @property
    def table_name(self) -> str:
        """The SQL table that holds this kind."""
        return str(self.table.__tablename__)
