"""Send Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y typed in any field of the window to the plan's undo stack.

Line edits, spin boxes and text edits keep their own little undo history and swallow these keys; in
ZonalPlan every edit is a command of the plan, so one history serves the whole window. This filter
marks the keys as *not* wanted by the focused field, so the window's Annuler/Rétablir actions run.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_UNDO_KEYS = (QKeySequence("Ctrl+Z")[0], QKeySequence("Ctrl+Y")[0],
              QKeySequence("Ctrl+Shift+Z")[0])


def is_plan_undo_key(event: QKeyEvent) -> bool:
    """Return True for the keys of the window's Annuler / Rétablir actions."""
    combo = event.keyCombination()
    return (event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeyCombination(combo.keyboardModifiers(), combo.key()) in _UNDO_KEYS)


class PlanUndoKeys(QObject):
    """An event filter on the window's focused field (the one that receives the keys).

    Only the focused widget is watched, never the whole application: an application-wide Python
    filter sees every event of every object, which costs tens of milliseconds at start-up (each
    Qt class crossing into Python has its enums built) and some on every paint afterwards.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        self._app = QApplication.instance()
        if self._app is not None:
            self._app.focusChanged.connect(self._on_focus_changed)
            self._on_focus_changed(None, QApplication.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)
            self._watched = new

    def _unwatch(self) -> None:
        watched, self._watched = self._watched, None
        if watched is not None:
            try:
                watched.removeEventFilter(self)
            except RuntimeError:  # the field was deleted meanwhile
                pass

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        if obj.window() is self._window and is_plan_undo_key(event):  # type: ignore[arg-type]
            event.ignore()
            return True
        return False

    def remove(self) -> None:
        """Stop filtering (the window closes)."""
        app, self._app = self._app, None  # once: the window may close twice
        if app is not None:
            app.focusChanged.disconnect(self._on_focus_changed)
        self._unwatch()
