"""What this copy of Liaison is: the release, the sync protocols it speaks, the database
schema it writes and its licence (for Help → About; no Qt here)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata

from db.migrations import SCHEMA_VERSION
from liaison_app import __version__
from sync import protocol


@dataclass(frozen=True)
class AboutFacts:
    """The versions and licence shown by About."""

    release: str
    protocols: tuple[int, ...]  # every sync protocol read and written, oldest first
    schema: int  # PRAGMA user_version of the profiles this release writes
    licence: str  # the SPDX expression from the package metadata ("" when not installed)
    python: str


def facts() -> AboutFacts:
    """This release's versions and licence."""
    return AboutFacts(
        release=__version__,
        protocols=protocol.spoken(),
        schema=SCHEMA_VERSION,
        licence=_licence(),
        python=platform.python_version(),
    )


def _licence() -> str:
    try:
        meta = metadata("liaison")
    except PackageNotFoundError:
        return ""
    # get_all: a field the metadata lacks reads as None rather than raising.
    found = meta.get_all("License-Expression") or meta.get_all("License") or [""]
    return str(found[0])
