"""Cycles are collected in the GUI thread only: a cycle holding a widget freed in a worker
ran the widget's C++ destructor there, beside the GUI thread (a crash, docs/KNOWN-ISSUES.md)."""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import gui_thread_gc, worker


class _Cycle:
    """Garbage only the cyclic collector frees; says in which thread it was freed."""

    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_given_the_gui_collector_then_the_automatic_collector_is_off_and_installing_twice_keeps_one(
    qapp: QApplication,
) -> None:
    first = gui_thread_gc.install(qapp)
    assert not gc.isenabled()
    assert gui_thread_gc.install(qapp) is first
    assert first.timer.isActive() and first.timer.interval() == gui_thread_gc.INTERVAL_MS


def test_given_a_cycle_and_a_job_allocating_then_the_cycle_is_freed_in_the_gui_thread(
    qapp: QApplication, qtbot: QtBot
) -> None:
    gui_thread_gc.install(qapp)
    freed_in: list[str] = []
    _Cycle(freed_in)  # garbage now, in the youngest generation

    def allocate(_state: worker.TaskState) -> int:
        # Enough container objects to pass every generation's threshold many times over (an
        # automatic collector would run here, in the worker), held while the timer looks.
        kept = [[n] for n in range(200_000)]
        time.sleep(2 * gui_thread_gc.INTERVAL_MS / 1000)
        return len(kept)

    handle = worker.start(allocate)
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    assert freed_in == []  # nothing collected while the job ran: it may hold millions of objects
    # The job's objects went with it: new ones past the threshold make a collection due again.
    ballast = [[n] for n in range(5 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: bool(freed_in), timeout=5 * gui_thread_gc.INTERVAL_MS)
    assert freed_in == [threading.main_thread().name]
    assert ballast


def test_given_the_collector_uninstalled_then_the_automatic_collector_is_back(qapp: QApplication) -> None:
    gui_thread_gc.install(qapp)
    gui_thread_gc.uninstall(qapp)
    assert gc.isenabled()
    gui_thread_gc.install(qapp)  # as the fixture left it for this test's teardown
