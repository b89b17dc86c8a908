"""Icons drawn as SVG files under resources/icons, loaded from disk (no Qt resource build,
no network). SVG keeps them sharp at any display scale."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

import resources

ICON_DIR = Path(resources.__file__).resolve().parent / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file stem in resources/icons); a missing file is a bug."""
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon {name!r} in {ICON_DIR}")
    return QIcon(str(path))


def names() -> list[str]:
    """Every icon that ships with the app."""
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))
