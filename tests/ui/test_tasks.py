"""Background tasks: a result that arrives after the application let go of the task is dropped."""

from __future__ import annotations

import shiboken6

from ui.tasks import Task, _Runnable


def test_result_after_bridge_deleted_is_dropped(qtbot):
    task = Task(lambda: 42)
    shiboken6.delete(task.bridge)  # as when the window closes while the task still runs
    _Runnable(task).run()  # must not raise "Signal source has been deleted"
    assert not shiboken6.isValid(task.bridge)


def test_failure_after_bridge_deleted_is_dropped(qtbot):
    def boom() -> None:
        raise ValueError("x")

    task = Task(boom)
    shiboken6.delete(task.bridge)
    _Runnable(task).run()
    assert not shiboken6.isValid(task.bridge)


def test_result_still_reaches_a_live_task(qtbot):
    seen: list[int] = []
    task = Task(lambda: 7).success(seen.append)
    task.run()
    qtbot.waitUntil(lambda: seen == [7], timeout=5000)


def test_worker_lets_go_of_the_task_before_the_ui_thread_does(qtbot):
    """The task's QObject is never freed on the worker thread (a lock-order deadlock with Qt)."""
    task = Task(lambda: 1)
    runnable = _Runnable(task)
    runnable.run()
    assert task.released.is_set() and runnable._task is None
    seen: list[int] = []
    live = Task(lambda: 3).success(seen.append).run()
    qtbot.waitUntil(lambda: seen == [3], timeout=5000)
    assert live.released.is_set()
