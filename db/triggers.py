"""Triggers created with the tables they name, also in a copy of the metadata."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, MetaData, event


def create_with(metadata: MetaData, statements: Sequence[str]) -> None:
    """Run `statements` (CREATE TRIGGER ...) once every table of `metadata` exists."""

    def create(target: MetaData, connection: Connection, **_: Any) -> None:
        for statement in statements:
            connection.exec_driver_sql(statement)

    event.listen(metadata, "after_create", create)
