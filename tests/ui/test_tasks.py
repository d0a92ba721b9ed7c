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


def test_cycles_are_collected_on_the_ui_thread_only(qtbot, qapp):
    """Automatic collection is off (it could run in a worker); the UI thread's timer collects."""
    import gc
    import threading
    import weakref

    from PySide6.QtCore import QObject

    from ui.tasks import collect_on_ui_thread

    collect_on_ui_thread(qapp)
    assert not gc.isenabled()
    collected_in: list[str] = []

    class Holder(QObject):
        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    holder = Holder()
    holder.cycle = holder  # a cycle: only the collector frees it
    gone = weakref.ref(holder)
    del holder
    alive = [[] for _ in range(gc.get_threshold()[0] + 100)]  # pass generation 0's threshold
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    del alive
    assert collected_in == [threading.main_thread().name]
