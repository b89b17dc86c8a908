"""The tables of merged duplicates (schema 14): who declared which record merged into which,
what that resolves to here, and the reference values the merge mapped on this device.

All three are bookkeeping of the sync merge (sync.merges): the declarations are operations
on the pseudo-field `_merged_into` and travel; the other two follow from them on every device.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class MergeHead(SQLModel, table=True):
    """A head of a record's `_merged_into` pseudo-field: an operation nobody has knowingly
    overwritten, with its value (the record it merges into; None: unmerged)."""

    __tablename__ = "sync_merge_head"

    record_id: str = Field(primary_key=True)
    origin: str = Field(primary_key=True)
    seq: int = Field(primary_key=True)
    hlc: int
    kind: str
    target: str | None = Field(default=None, index=True)


class MergedRecord(SQLModel, table=True):
    """A record merged away here: the record it resolves into (chains followed, cycles
    broken), when, and whether its row was hidden by the merge rather than by its own delete."""

    __tablename__ = "sync_merged"

    record_id: str = Field(primary_key=True)
    kind: str
    target: str = Field(index=True)
    hlc: int
    forced: bool = False


class MappedReference(SQLModel, table=True):
    """A reference field whose row value was mapped through the merges (a record written
    without knowing of a merge names the merged-away record): the value its operations hold."""

    __tablename__ = "sync_merge_ref"

    record_id: str = Field(primary_key=True)
    field: str = Field(primary_key=True)
    kind: str
    original: str  # JSON
