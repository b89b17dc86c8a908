"""Fixtures shared by every test package: cheap-KDF profiles and an in-process CLI."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection

from db.engine import open_engine
from db.migrations import migrate
from liaison_app import translation_catalogs, translations
from liaison_app.cli.main import run
from liaison_app.store import Store
from tests import profiles
from tests.profiles import CHEAP_KDF as CHEAP_KDF

PASSPHRASE = "correct horse battery"


def pytest_configure(config: pytest.Config) -> None:
    """Compile the translation catalogues once, before any worker starts, when a `.ts` is
    newer than its `.qm` (scripts/dev.sh builds them too; a bare `pytest` must not read stale ones)."""
    if not hasattr(config, "workerinput") and translation_catalogs.is_stale():
        translation_catalogs.build()


@pytest.fixture(autouse=True)
def _own_preferences(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's preferences (the language) in a fresh folder per test, never the real ones."""
    monkeypatch.setenv(translations.CONFIG_ENV, str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _profiles_of_this_test() -> None:
    profiles.new_test()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def store(profile_dir: Path) -> Iterator[Store]:
    opened = profiles.fresh_store(
        profile_dir, passphrase=PASSPHRASE, officer_name="Maj. Anna Berg", device_name="toughbook-1"
    )
    with opened:
        yield opened


Factory = Callable[..., Store]


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Factory]:
    """Make an open profile per officer: `device("Anna")`, `device("HQ", role="hq")`."""
    opened: list[Store] = []

    def make(officer: str, *, role: str = "field") -> Store:
        store = profiles.fresh_store(
            tmp_path / officer,
            passphrase="passphrase",
            officer_name=officer,
            device_name=f"{officer.lower()}-laptop",
            role=role,
        )
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs `liaison` in-process against one profile, with the passphrase in the environment."""

    def __init__(self, directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.directory = directory
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
        monkeypatch.delenv("LIAISON_PROFILE", raising=False)

    def __call__(self, *argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = run(["--profile", str(self.directory), *argv])
        return Result(code, out.getvalue(), err.getvalue())

    def ok(self, *argv: str) -> str:
        """Run a command that must succeed; returns its stdout stripped."""
        result = self(*argv)
        assert result.code == 0, f"{argv}: exit {result.code}: {result.err}"
        return result.out.strip()

    def init(self) -> None:
        self.ok(
            "init",
            "--name",
            "Maj. Anna Berg",
            "--device",
            "toughbook-1",
            "--kdf-memory-mib",
            "8",
            "--kdf-iterations",
            "1",
        )


@pytest.fixture
def cli(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(profile_dir, monkeypatch)


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes, to prove that nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    """A connection on a new encrypted database at today's schema (no profile around it)."""
    engine = open_engine(tmp_path / "x.db", os.urandom(32))
    migrate(engine)
    with engine.connect() as connection:
        yield connection
    engine.dispose()
