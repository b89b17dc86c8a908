"""How this profile shows date-times (Settings → "Show dates as": local or military
date-time groups), read once and kept until the setting changes or another profile opens.

Screens ask `date_style(ctx)` on every refresh (no SQL after the first read) and re-render on
`date_display(ctx).changed`, which fires after the new setting is read, so a screen never
paints with the old one. The words themselves come from `display_text.moment_text`.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from liaison_app.datetime_input import DisplayStyle
from liaison_app.services import preferences
from liaison_app.store import Store
from ui.context import AppContext

_SHARED: WeakKeyDictionary[AppContext, DateDisplay] = WeakKeyDictionary()


class DateDisplay(QObject):
    """The `datetime_display` setting of the open profile, cached."""

    changed = Signal()  # the setting was changed (its new value already read)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._read: tuple[Store, DisplayStyle] | None = None
        ctx.preferences_changed.connect(self._preferences_changed)

    @property
    def style(self) -> DisplayStyle:
        """The style to write date-times in now (local while locked)."""
        if self.ctx.is_locked:
            return DisplayStyle.LOCAL
        store = self.ctx.store
        if self._read is None or self._read[0] is not store:  # first read, or another unlock
            self._read = (store, DisplayStyle(preferences.read(store).datetime_display))
        return self._read[1]

    def _preferences_changed(self) -> None:
        previous = self._read[1] if self._read is not None else None
        self._read = None
        if self.style is not previous:
            self.changed.emit()


def date_display(ctx: AppContext) -> DateDisplay:
    """The one DateDisplay of `ctx`."""
    if ctx not in _SHARED:
        _SHARED[ctx] = DateDisplay(ctx)
    return _SHARED[ctx]


def date_style(ctx: AppContext) -> DisplayStyle:
    """How `ctx`'s profile shows date-times now."""
    return date_display(ctx).style
