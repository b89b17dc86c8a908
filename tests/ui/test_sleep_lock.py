# mypy: disable-error-code="no-untyped-call"
"""Lock on sleep: a real D-Bus daemon (dbus-daemon, where installed) carries logind's
PrepareForSleep and the screensaver's ActiveChanged; the profile locks when they say the
screen goes away, unless the setting is off."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6 import QtDBus
from pytestqt.qtbot import QtBot

from liaison_app.services import preferences
from ui.context import AppContext
from ui.sleep_lock import SleepLock


@pytest.fixture
def bus_address() -> Iterator[str]:
    """The address of a private session-type bus, for as long as the test runs."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("no dbus-daemon on this machine")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def _emit(address: str, path: str, member: str, value: bool) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, f"boolean:{str(value).lower()}"],
        check=True,
        timeout=10,
    )


def _watch(ctx: AppContext, address: str, name: str) -> SleepLock:
    bus = QtDBus.QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return SleepLock(ctx, system=bus, session=bus)


@pytest.mark.parametrize(
    ("path", "member"),
    [
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
    ],
)
def test_given_the_system_says_the_screen_goes_away_then_the_profile_locks(
    qtbot: QtBot, ctx: AppContext, bus_address: str, path: str, member: str
) -> None:
    watcher = _watch(ctx, bus_address, f"test-{member}")
    assert watcher.connected >= 2

    _emit(bus_address, path, member, False)  # waking up, or the screen back: nothing
    qtbot.wait(200)
    assert not ctx.is_locked
    _emit(bus_address, path, member, True)

    qtbot.waitUntil(lambda: ctx.is_locked, timeout=5_000)


def test_given_the_setting_off_then_sleep_does_not_lock(
    qtbot: QtBot, ctx: AppContext, bus_address: str
) -> None:
    preferences.update(ctx.store, lock_on_sleep=False)
    ctx.preferences_changed.emit()
    _watch(ctx, bus_address, "test-off")

    _emit(bus_address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", True)
    qtbot.wait(500)

    assert not ctx.is_locked


def test_without_a_bus_nothing_is_connected_and_nothing_fails(ctx: AppContext) -> None:
    dead = QtDBus.QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "test-dead")
    watcher = SleepLock(ctx, system=dead, session=dead)
    assert watcher.connected == 0
    watcher.on_signal(True)  # the handler itself still locks
    assert ctx.is_locked
