"""Locking when the session locks or the laptop suspends, where D-Bus tells: logind's
PrepareForSleep on the system bus, the screensaver's ActiveChanged on the session bus.

A setting (Settings ▸ Protection, default on). Where there is no bus (Windows, macOS, a
bare session) nothing is subscribed and nothing is said: the idle lock still works. The
signals are taken from any sender on those paths: a spoofed one can only lock the profile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection

from liaison_app.services import preferences
from ui.context import AppContext

log = logging.getLogger(__name__)

# (path, interface, signal) of each bus's announcement that the screen goes away.
SYSTEM_SIGNALS = (("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"),)
SESSION_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


class SleepLock(QObject):
    """Locks the profile when the system says it sleeps or the screen locks (if wanted)."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        system: QDBusConnection | None = None,
        session: QDBusConnection | None = None,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.wanted = True
        self.connected = 0  # signals subscribed to (0: no bus here)
        ctx.unlocked.connect(self.reload)
        ctx.preferences_changed.connect(self.reload)
        buses = (
            (system if system is not None else QDBusConnection.systemBus(), SYSTEM_SIGNALS),
            (session if session is not None else QDBusConnection.sessionBus(), SESSION_SIGNALS),
        )
        for bus, signals in buses:
            if not bus.isConnected():
                continue
            for path, interface, name in signals:
                # Qt's SLOT() spelling: the stubs want bytes, the binding a str.
                if bus.connect("", path, interface, name, self, "1on_signal(bool)"):  # type: ignore[call-overload]
                    self.connected += 1
        log.info("lock on sleep: %d D-Bus signal(s) watched", self.connected)
        self.reload()

    def reload(self) -> None:
        """Read the setting (while unlocked: it lives in the profile)."""
        if not self.ctx.is_locked:
            self.wanted = preferences.read(self.ctx.store).lock_on_sleep

    @Slot(bool)
    def on_signal(self, active: bool) -> None:
        """A bus said the screen locks or the laptop sleeps (True) or wakes (False)."""
        if active and self.wanted and not self.ctx.is_locked:
            log.info("locking: the session locked or the laptop is going to sleep")
            self.ctx.lock()
