"""Run slow work off the UI thread through small builders (Anki's ``QueryOp`` style).

    Task(export_docx, plan, path).success(on_done).with_progress("Export…", parent).run()

The function gets core objects, never widgets. Its result (or exception) comes back to the UI thread
on a queued signal; ``success``/``failure`` callbacks run there. Without a failure callback the
error is shown in a dialog. A progress dialog appears only when the work lasts more than ~600 ms, so
quick work never flickers. A function that reports progress receives a :class:`TaskState` (Orange3's
protocol: ``set_status``, ``set_progress_value``, ``is_interruption_requested``) as ``state=`` when
the task is built with ``with_state()``.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from zonalplan.model import PlanError

log = logging.getLogger(__name__)
RELEASE_WAIT_S = 5.0
"""How long the UI thread waits for a worker to let go of a finished task (microseconds in fact)."""

PROGRESS_DELAY_MS = 600
_RUNNING: set[Task] = set()


class TaskState:
    """What a running function may report; safe to call from the worker thread."""

    def __init__(self, bridge: _Bridge):
        self._bridge = bridge
        self._cancel = threading.Event()

    def set_status(self, text: str) -> None:
        """Report what is being done (French)."""
        self._bridge.status.emit(str(text))

    def set_progress_value(self, value: float) -> None:
        """Report progress in percent (0–100)."""
        self._bridge.progress.emit(float(value))

    def is_interruption_requested(self) -> bool:
        """Return True when the user asked to cancel."""
        return self._cancel.is_set()

    def request_interruption(self) -> None:
        """Ask the function to stop at its next check."""
        self._cancel.set()


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    status = Signal(str)
    progress = Signal(float)


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        # The task (and its bridge, a QObject) must never be freed on this thread: freeing a
        # QObject here takes Qt's connection lock, then waits for the interpreter, while the UI
        # thread may hold the interpreter and wait for that lock. The UI thread waits for
        # ``released`` before it lets the task go.
        task, self._task = self._task, None
        released = task.released
        try:
            kwargs = dict(task.kwargs)
            if task.wants_state:
                kwargs["state"] = task.state
            result = task.fn(*task.args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread
            _tell(task.bridge.failed, exc, traceback.format_exc())
        else:
            _tell(task.bridge.done, result)
        finally:
            del task
            released.set()


def _tell(signal: Any, *args: Any) -> None:
    """Emit a task's result; when the application quit meanwhile, nobody is left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:  # the bridge was deleted with the application (closing during a task)
        log.debug("résultat d'une tâche ignoré : l'application se ferme")


class Task:
    """A function to run in the background, with its callbacks."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.bridge = _Bridge()
        self.state = TaskState(self.bridge)
        self.wants_state = False
        self.finished = False
        self.released = threading.Event()
        """Set by the worker once it holds no reference to the task any more."""
        self.result: Any = None
        self.exception: BaseException | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._parent: QWidget | None = None
        self._cancellable = False
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def success(self, callback: Callable[[Any], None]) -> Task:
        """Call ``callback(result)`` on the UI thread when the function returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Task:
        """Call ``callback(exception)`` on the UI thread when the function raises."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str, parent: QWidget | None = None, *,
                      cancellable: bool = False) -> Task:
        """Show a progress dialog with ``label`` if the work lasts more than ~600 ms."""
        self._progress_label, self._parent, self._cancellable = label, parent, cancellable
        return self

    def with_state(self) -> Task:
        """Pass a :class:`TaskState` to the function as ``state=``."""
        self.wants_state = True
        return self

    def run(self) -> Task:
        """Start the work on the thread pool."""
        self.bridge.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.bridge.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        if self._progress_label is not None:
            self._timer = QTimer(self.bridge)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    # -- UI thread ------------------------------------------------------------------------------

    def _show_progress(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self._progress_label or "", "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("tasks", "Veuillez patienter"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Annuler"))
            dialog.canceled.connect(self.state.request_interruption)
        else:
            dialog.setCancelButton(None)
        self.bridge.status.connect(dialog.setLabelText)
        self.bridge.progress.connect(lambda v: (dialog.setRange(0, 100),
                                                dialog.setValue(int(v))))
        dialog.show()
        self._dialog = dialog

    def _finish(self) -> None:
        self.finished = True
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.released.wait(RELEASE_WAIT_S)  # the worker lets go right after telling the result
        _RUNNING.discard(self)

    def _on_done(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _on_failed(self, exc: BaseException, trace: str) -> None:
        self.exception = exc
        self._finish()
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        from ui.widgets import dialogs

        if isinstance(exc, PlanError):
            message = str(exc)
        else:
            log.error("Erreur dans une tâche de fond :\n%s", trace)
            message = QCoreApplication.translate(
                "tasks", "Erreur inattendue : {}").format(exc or type(exc).__name__)
        dialogs.error(self._parent, QCoreApplication.translate("tasks", "Erreur"), message)


def running() -> int:
    """Return how many tasks have not delivered their result yet."""
    return len(_RUNNING)


def wait_all(timeout_ms: int = 10_000) -> bool:
    """Wait until every task has delivered its result (tests, shutdown); return True if so."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while _RUNNING and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(20)
        QCoreApplication.processEvents()
    return not _RUNNING


class _UiThreadCollector(QObject):
    """Run Python's cycle collector on the UI thread only (see :func:`collect_on_ui_thread`)."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        import gc

        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] > thresholds[0]:
            generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
            gc.collect(generation)


def collect_on_ui_thread(app: QCoreApplication) -> None:
    """Let the cycle collector run on the UI thread only, never inside a worker.

    Python collects reference cycles in whichever thread happens to allocate. Cycles often hold
    widgets (a slot's lambda keeps its window); collected inside a worker drawing a chart, they
    would destroy Qt objects off the UI thread, which crashes. Automatic collection is turned off
    and a timer of the application collects as often, on the UI thread.
    """
    import gc

    if app.findChild(_UiThreadCollector) is not None:
        return
    _UiThreadCollector(app)
    gc.disable()
