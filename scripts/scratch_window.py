"""A throwaway profile and, once filled, the main window over it: what each stand-alone
screenshot script (cards, interop, reports) draws on.

The profile lives in a temporary folder made with the cheap KDF and goes with it; nothing of
it reaches the user's own profile or settings.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from liaison_app import keyfile, profile
from liaison_app.store import Store

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.main_window import MainWindow

PASSPHRASE = "screenshots only passphrase"


def out_folder(description: str | None) -> Path:
    """The folder the pictures go to (`--out`, docs/screenshots by default), made if absent."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    return out


@dataclass
class Scratch:
    """The temporary folder, the open store in it, and the window once `window()` opened it."""

    folder: Path
    store: Store
    _ctx: AppContext | None = field(default=None, init=False)
    _window: MainWindow | None = field(default=None, init=False)

    def window(self) -> MainWindow:
        """The main window over the store, 1280x800 and shown (opened once)."""
        if self._window is None:
            from ui.context import AppContext
            from ui.main_window import MainWindow

            self._ctx = AppContext(self.folder / "profile")
            self._ctx.open(self.store)
            self._window = MainWindow(self._ctx, remember_geometry=False)
            self._window.resize(1280, 800)
            self._window.show()
        return self._window

    def replace_window(self, window: MainWindow) -> None:
        """Take `window` as the one to close at the end (a language switch rebuilt it)."""
        self._window = window

    def close(self) -> None:
        """Close the window and lock the profile (or close the store if no window opened)."""
        if self._window is not None and self._ctx is not None:
            self._window.close()
            self._ctx.lock()
        else:
            self.store.close()


@contextmanager
def scratch_profile(app_name: str) -> Iterator[Scratch]:
    """A Qt application named `app_name` and an empty profile of Maj. Anna Berg in a folder
    that is removed on leaving."""
    from ui.app import create_application

    create_application([app_name])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = profile.init(
            folder / "profile",
            passphrase=PASSPHRASE,
            officer_name="Maj. Anna Berg",
            device_name="toughbook-07",
            cost=keyfile.KdfCost(8, 1),
        ).store
        scratch = Scratch(folder, store)
        try:
            yield scratch
        finally:
            scratch.close()
