"""Icons drawn as SVG files under resources/icons, loaded from disk (no Qt resource build,
no network). SVG keeps them sharp at any display scale."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

import resources

ICON_DIR = Path(resources.__file__).resolve().parent / "icons"


# Icons whose picture points a way (out of the window, towards the end of a line): a
# right-to-left interface shows them mirrored, as Qt mirrors its own arrows.
DIRECTIONAL = frozenset({"open"})
_MIRRORED_SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """The icon `name` (file stem in resources/icons), mirrored when it points a way and the
    interface is right to left; a missing file is a bug."""
    mirrored = name in DIRECTIONAL and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _icon(name, mirrored)


@cache
def _icon(name: str, mirrored: bool) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise FileNotFoundError(f"no icon {name!r} in {ICON_DIR}")
    drawn = QIcon(str(path))
    if not mirrored:
        return drawn
    flipped = QIcon()
    for size in _MIRRORED_SIZES:
        image = drawn.pixmap(size, size).toImage()
        flipped.addPixmap(QPixmap.fromImage(image.flipped(Qt.Orientation.Horizontal)))
    return flipped


def names() -> list[str]:
    """Every icon that ships with the app."""
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))
