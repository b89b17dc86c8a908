"""An unlocked profile: the open encrypted database and who is writing to it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from db.models import LocalIdentity
from liaison_app import settings


@dataclass(frozen=True, slots=True)
class Author:
    """The officer and device stamped on every record written here."""

    officer: str
    device_id: str
    device_name: str
    role: str


class Store:
    """The unit of work for services: `with store.session() as s: ...; s.commit()`."""

    def __init__(self, engine: Engine, directory: Path) -> None:
        self.engine = engine
        self.directory = directory
        with self.session() as s:
            identity = s.exec(select(LocalIdentity)).one()
            self.author = Author(
                officer=settings.get(s, "officer_name"),
                device_id=identity.device_id,
                device_name=settings.get(s, "device_name"),
                role=settings.get(s, "role"),
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose objects stay readable after commit (they are returned to callers)."""
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    def close(self) -> None:
        """Close every pooled connection; the key stays only in this object's closures."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
