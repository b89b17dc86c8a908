"""Python's cyclic garbage collector run in the GUI thread only, from a timer.

A reference cycle that holds a Qt object (a widget whose Python slots refer back to it) is
freed by whichever thread the collector happens to run in. Run in a worker (ui/worker.py),
the widget's C++ destructor ran there while the GUI thread used the widgets around it: a
label whose buddy was just destroyed in the worker crashed the GUI thread inside Qt's event
loop (a core dump showed `QLabel::setBuddy` -> `QObject::disconnectImpl` on a posted event;
docs/KNOWN-ISSUES.md). As pyqtgraph does (its `GarbageCollector`), the GUI process turns
the automatic collector off and makes the same collections itself, in the GUI thread, when
the generation counts pass the thresholds the automatic collector used.

While a background job runs the timer waits: a job may hold millions of objects (a merge),
and a collection in the GUI thread would walk them all with the interpreter held, freezing
the window and the job (`sync.collector.paused` keeps bulk work out of collections for the
same reason, and leaves the collector off, as it found it).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ui import worker

INTERVAL_MS = 1000  # how often the counts are looked at


class GuiThreadCollector(QObject):
    """Owns the cyclic collection of the process while it lives (made in the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, unless a job runs;
        the objects freed."""
        if worker.running():
            return 0
        young, middle, old = gc.get_count()
        freed = 0
        if young > self.thresholds[0]:
            freed += gc.collect(0)
            if middle > self.thresholds[1]:
                freed += gc.collect(1)
                if old > self.thresholds[2]:
                    freed += gc.collect(2)
        return freed


def install(parent: QObject) -> GuiThreadCollector:
    """Turn the automatic collector off and collect from the GUI thread (once per `parent`)."""
    found = parent.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(parent)


def uninstall(parent: QObject) -> None:
    """Hand collection back to the automatic collector (tests: other tests spin no event loop)."""
    found = parent.findChild(GuiThreadCollector)
    if found is None:
        return
    found.timer.stop()
    found.setParent(None)
    found.deleteLater()
    gc.enable()
