"""An unlocked profile: the open encrypted database and who is writing to it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from db.engine import is_busy
from db.models import LocalIdentity
from liaison_app import disk, settings
from liaison_app.errors import BusyError
from sync import hlc
from sync.capture import Writer

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Author:
    """The officer and device stamped on every record written here."""

    officer: str
    device_id: str
    device_name: str
    role: str


class Store:
    """The unit of work for services: `with store.session() as s: ...; s.commit()`."""

    def __init__(self, engine: Engine, directory: Path, *, data_key: bytes | None = None) -> None:
        self.engine = engine
        self.directory = directory
        # The database key, which the engine's connection factory holds anyway: an encrypted
        # backup is written and verified through a second connection keyed with it.
        self.data_key = data_key
        # Added to the wall clock for sync timestamps; only tests move it (a laptop whose
        # clock runs ahead), the app never does.
        self.clock_skew_ms = 0
        with self.session() as s:
            identity = s.exec(select(LocalIdentity)).one()
            self.identity = identity
            self.author = Author(
                officer=settings.get(s, "officer_name"),
                device_id=identity.device_id,
                device_name=settings.get(s, "device_name"),
                role=settings.get(s, "role"),
            )

    def writer(self) -> Writer:
        """Who signs the changesets written through this store."""
        return Writer(
            device_id=self.author.device_id,
            signing_private=self.identity.signing_private,
            officer=self.author.officer,
            now_ms=self.now_ms(),
        )

    def now_ms(self) -> int:
        """The wall clock sync uses, in milliseconds."""
        return hlc.now_ms() + self.clock_skew_ms

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose objects stay readable after commit (they are returned to callers)."""
        try:
            with Session(self.engine, expire_on_commit=False) as s:
                yield s
        except Exception as exc:
            # By SQLite's result code, wrapped by SQLAlchemy or raised by a raw bulk cursor.
            # SQLite rolled the transaction back: the profile is as it was.
            if disk.is_full(exc, self.directory):
                log.warning("profile %s: the disk is full, the write was rolled back", self.directory)
                raise disk.full_error(self.directory) from None
            if not is_busy(exc):
                raise
            log.warning("profile %s busy: write lock held too long (%s)", self.directory, exc)
            raise BusyError(
                "the profile is busy with another task (a sync?); try again in a moment"
            ) from None

    def close(self) -> None:
        """Close every pooled connection; the key stays only in this object's closures."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
