"""Tab and Shift+Tab inside one screen: a ring of widgets in the order they are seen.

Qt moves focus along a window-wide chain made in creation order, so rows added to a form
later (points, phone numbers) come last, and Tab from the last button of a form falls out
into the side bar or the status bar. A screen that knows its order hands it over as a
ring; Tab walks the ring and wraps at its ends, and no other widget is ever reached.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_CHAIN_LIMIT = 20_000  # a window's focus chain is circular; never walk it forever


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab may put the cursor on `widget` now (shown, enabled, focusable by Tab)."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def focusables(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab can reach, in Qt's focus-chain order (the
    fallback for parts that do not list their own order)."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    for _ in range(_CHAIN_LIMIT):
        if widget is None or widget is container:
            break
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def step(ring: Sequence[QWidget], current: QWidget | None, forward: bool) -> QWidget | None:
    """The widget after (or before) `current` in `ring`, wrapping; the first (or last) when
    the cursor is elsewhere. Widgets hidden or disabled now are passed by."""
    live = [w for w in ring if takes_tab(w)]
    if not live:
        return None
    at = _position(live, current)
    if at is None:
        return live[0] if forward else live[-1]
    return live[(at + (1 if forward else -1)) % len(live)]


def _position(live: Sequence[QWidget], current: QWidget | None) -> int | None:
    # The cursor may sit inside a ring widget (an editable combo box's line) or on a
    # widget whose focus proxy is in the ring.
    widget = current
    while widget is not None:
        if widget in live:
            return live.index(widget)
        widget = widget.parentWidget()
    return None


def move(ring: Sequence[QWidget], forward: bool) -> bool:
    """Tab (`forward`) or Shift+Tab along `ring`; False when nothing in it takes focus."""
    target = step(ring, QApplication.focusWidget(), forward)
    if target is None:
        return False
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    reveal(target)
    return True


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around `widget` so that it is in sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 8)
        parent = parent.parentWidget()
