"""The retention bookkeeping of this device (schema 27): records an officer chose to keep
past their review date, until when and why.

Local only: a keep decision is the officer's own judgement about their own records, so it
never travels (HQ's mission policy travels instead, in a bundle header: docs/SYNC.md).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class RetentionKeep(SQLModel, table=True):
    """One record kept past its review date: reviewed again on `until` (YYYY-MM-DD)."""

    __tablename__ = "retention_keep"

    kind: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    until: str = Field(index=True)
    reason: str = ""
    kept_at: str
    kept_by: str = ""
