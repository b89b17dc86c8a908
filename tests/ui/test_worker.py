# mypy: disable-error-code="no-untyped-call"
"""Background jobs report progress, can be cancelled, and report failures plainly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from liaison_app.errors import ValidationError
from ui import worker


def test_a_job_reports_progress_and_its_result_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []
    threads: set[bool] = set()

    def job(state: worker.TaskState) -> str:
        for step in range(1, 6):
            state.set_progress(step, 5)
        return "done"

    handle = worker.start(job)
    handle.progress.connect(lambda done, total, _m: seen.append((done, total)))
    handle.progress.connect(lambda *_: threads.add(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(handle.succeeded, timeout=5_000) as result:
        pass
    assert result.args == ["done"]
    assert seen[-1] == (5, 5)
    assert threads == {True}


def test_a_cancelled_job_stops_and_says_so(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def job(state: worker.TaskState) -> None:
        started.set()
        for step in range(10_000):
            state.check_cancel()
            steps.append(step)
            threading.Event().wait(0.001)

    handle = worker.start(job)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    with qtbot.waitSignal(handle.cancelled, timeout=5_000):
        handle.cancel()
    assert len(steps) < 10_000
    qtbot.waitUntil(lambda: handle.done)


def test_a_failing_job_hands_its_error_to_the_gui(qtbot: QtBot) -> None:
    def job(state: worker.TaskState) -> None:
        raise ValidationError("start: not a date")

    handle = worker.start(job)
    with qtbot.waitSignal(handle.failed, timeout=5_000) as failure:
        pass
    assert str(failure.args[0]) == "start: not a date"


def test_a_job_that_crashes_hands_a_typed_error_holding_the_cause(qtbot: QtBot) -> None:
    def job(state: worker.TaskState) -> None:
        raise ZeroDivisionError("division by zero")

    handle = worker.start(job)
    with qtbot.waitSignal(handle.failed, timeout=5_000) as failure:
        pass
    error = failure.args[0]
    assert isinstance(error, worker.JobCrashedError)
    assert isinstance(error.cause, ZeroDivisionError)


class _Screen(QObject):
    """A widget's stand-in that shows a job's result by a signal of its own."""

    shown = Signal()


def test_given_the_owner_deleted_while_its_job_runs_then_the_job_is_cancelled_and_no_slot_of_it_runs(
    qtbot: QtBot,
) -> None:
    release = threading.Event()
    cancelled_inside: list[bool] = []

    def job(state: worker.TaskState) -> str:
        release.wait(5)
        cancelled_inside.append(state.is_cancel_requested())
        return "late"

    screen = _Screen()
    handle = worker.start(job, owner=screen)
    # As the HQ pages connect: a lambda, not tied to the screen's life.
    handle.succeeded.connect(lambda _result: screen.shown.emit())
    qtbot.wait(20)  # the job is under way
    shiboken6.delete(screen)

    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5_000)  # a RuntimeError in a slot fails here

    assert cancelled_inside == [True]


def test_given_handles_nobody_keeps_then_every_finished_slot_runs_and_each_handle_is_let_go(
    qtbot: QtBot,
) -> None:
    # Freed in the pool's thread with its runner, a handle lost the slots queued after the
    # first and was destroyed beside events still queued for it (a crash under load).
    ended: list[int] = []
    count = 300
    for number in range(count):
        handle = worker.start(lambda _state: None)
        handle.finished.connect(lambda number=number: ended.append(number))
        handle.finished.connect(lambda number=number: ended.append(-number - 1))
    del handle
    qtbot.waitUntil(lambda: len(ended) == 2 * count, timeout=20_000)
    qtbot.waitUntil(lambda: not worker._running, timeout=5_000)
    assert sorted(n for n in ended if n >= 0) == list(range(count))
