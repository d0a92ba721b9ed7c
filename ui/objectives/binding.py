"""Bind form widgets to plan values: user edits run undoable commands, plan changes refresh widgets.

Shared by the objectives, decisions and capacity editors. Typing in a text field runs one
``SetValue`` per keystroke with a merge id, so a typing burst is one undo step; a field is only
rewritten when the plan's value differs from what it shows, so a change never echoes back into the
field being typed in.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.objectives.logic import check_command, format_number, parse_number, parse_year
from zonalplan.commands import SetValue, resolve
from zonalplan.model import PlanError

PathFn = Callable[[], tuple[str, ...] | None]
INVALID_BASE = QColor("#fdecea")


class TypingMerge:
    """Give the keystrokes of one typing burst a shared merge id (new burst after a pause)."""

    def __init__(self, pause_s: float = 2.0) -> None:
        self._pause = pause_s
        self._key: str | None = None
        self._last = 0.0
        self._burst = 0

    def merge_id(self, key: str) -> str:
        """Return the merge id of a keystroke in the field named ``key``."""
        now = time.monotonic()
        if key != self._key or now - self._last > self._pause:
            self._burst += 1
        self._key, self._last = key, now
        return f"{key}#{self._burst}"

    def cut(self) -> None:
        """End the current burst (the next keystroke starts a new undo step)."""
        self._key = None


def _accepts_quiet(session: Any) -> bool:
    try:
        return "quiet" in inspect.signature(session.run).parameters
    except (TypeError, ValueError):
        return False


def run_checked(session: Any, command: Any) -> str | None:
    """Check then run a command; return the French error (None when it ran).

    The error is returned for the field to show it; the session is asked not to raise its own
    dialog for it (``quiet``) when it supports that.
    """
    message = check_command(session.plan, command)
    if message:
        return message
    ran = session.run(command, quiet=True) if _accepts_quiet(session) else session.run(command)
    if not ran:
        return (getattr(session, "last_error", "") or session.read_only_reason
                or QCoreApplication.translate("objectives",
                                              "La modification n'a pas pu être appliquée."))
    return None


def set_invalid(widget: QWidget, message: str | None) -> None:
    """Show (or clear) an invalid state on a field: a light red background and the message."""
    palette = widget.palette()
    default = widget.style().standardPalette().color(QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Base, INVALID_BASE if message else default)
    widget.setPalette(palette)
    widget.setToolTip(message or widget.property("baseToolTip") or "")
    widget.setProperty("invalid", bool(message))


class NumberEdit(QLineEdit):
    """A line edit for an optional number (comma or dot), an integer or a year; empty means none."""

    committed = Signal(object)  # the new value (float, int or None)
    rejected = Signal(str)  # a French message

    def __init__(self, kind: str = "float", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._shown: Any = None
        self.editingFinished.connect(self._on_editing_finished)

    def parse(self) -> Any:
        """Return the typed value; raise ValueError with a French message when it is invalid."""
        text = self.text()
        if self.kind == "year":
            try:
                return parse_year(text)
            except ValueError:
                message = self.tr("Année attendue (quatre chiffres, par ex. 2031).")
                raise ValueError(message) from None
        try:
            value = parse_number(text)
        except ValueError:
            raise ValueError(self.tr("Valeur numérique attendue (par ex. 12 ou 12,5).")) from None
        if value is not None and self.kind == "int":
            if not value.is_integer():
                raise ValueError(self.tr("Nombre entier attendu."))
            return int(value)
        return value

    def set_value(self, value: Any) -> None:
        """Show a value without emitting ``committed``."""
        self._shown = value
        text = format_number(value)
        if self.text() != text:
            self.setText(text)
        set_invalid(self, None)

    def _on_editing_finished(self) -> None:
        try:
            value = self.parse()
        except ValueError as exc:
            set_invalid(self, str(exc))
            self.rejected.emit(str(exc))
            return
        set_invalid(self, None)
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)


@dataclass
class _Binding:
    widget: QWidget
    path: PathFn
    text: str
    kind: str  # "text" | "number" | "choice"
    required: str | None = None
    convert: Callable[[Any], Any] | None = None


class FormBinder(QObject):
    """Connect form widgets to plan paths through a session."""

    message = Signal(str)  # an inline French message ("" clears it)

    def __init__(self, session: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bindings: list[_Binding] = []
        self._typing = TypingMerge()

    def text(self, widget: QLineEdit | QPlainTextEdit, path: PathFn, *, text: str,
             required: str | None = None) -> None:
        """Bind a line or multi-line text field; ``required`` is the message shown when emptied."""
        binding = _Binding(widget, path, text, "text", required)
        self._bindings.append(binding)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, b=binding: self._on_text(b))
        else:
            widget.textChanged.connect(lambda b=binding: self._on_text(b))

    def number(self, widget: NumberEdit, path: PathFn, *, text: str) -> None:
        """Bind a number field (committed when editing finishes)."""
        binding = _Binding(widget, path, text, "number")
        self._bindings.append(binding)
        widget.committed.connect(lambda value, b=binding: self._on_value(b, value))
        widget.rejected.connect(self.message.emit)

    def choice(self, widget: QComboBox, path: PathFn, *, text: str,
               convert: Callable[[Any], Any] | None = None) -> None:
        """Bind a combo box whose item data are the stored values (or ``convert``-ed to them)."""
        binding = _Binding(widget, path, text, "choice", convert=convert)
        self._bindings.append(binding)
        widget.activated.connect(lambda _i, b=binding: self._on_choice(b))

    def refresh(self) -> None:
        """Show the plan's current values in every bound widget (only where they differ)."""
        for binding in self._bindings:
            path = binding.path()
            try:
                value = resolve(self._session.plan, path) if path else None
            except PlanError:
                value = None
            self._show(binding, value)

    def cut_typing(self) -> None:
        """End the current typing burst."""
        self._typing.cut()

    # -- private -------------------------------------------------------------------------------

    def _show(self, binding: _Binding, value: Any) -> None:
        widget = binding.widget
        was = widget.blockSignals(True)
        try:
            if binding.kind == "text":
                text = value or ""
                current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
                if current != text:
                    if isinstance(widget, QLineEdit):
                        widget.setText(text)
                        if not widget.hasFocus():
                            widget.setCursorPosition(0)  # show the start of a long text
                    else:
                        widget.setPlainText(text)
                set_invalid(widget, None)
            elif binding.kind == "number":
                widget.set_value(value)
            elif binding.kind == "choice":
                data = value.value if isinstance(value, Enum) else value
                index = widget.findData(data)
                if index != widget.currentIndex():
                    widget.setCurrentIndex(index)
        finally:
            widget.blockSignals(was)

    def _on_text(self, binding: _Binding) -> None:
        path = binding.path()
        if not path:
            return
        widget = binding.widget
        value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if binding.required and not value.strip():
            set_invalid(widget, binding.required)
            self.message.emit(binding.required)
            return
        merge = self._typing.merge_id("/".join(path))
        self._apply(binding, SetValue(path, value, text=binding.text, merge_id=merge))

    def _on_value(self, binding: _Binding, value: Any) -> None:
        path = binding.path()
        if path:
            self._typing.cut()
            self._apply(binding, SetValue(path, value, text=binding.text))

    def _on_choice(self, binding: _Binding) -> None:
        path = binding.path()
        if not path:
            return
        data = binding.widget.currentData()
        value = binding.convert(data) if binding.convert else data
        try:
            current = resolve(self._session.plan, path)
        except PlanError:
            current = None
        current = current.value if isinstance(current, Enum) else current
        if current == data:
            return
        self._typing.cut()
        self._apply(binding, SetValue(path, value, text=binding.text))

    def _apply(self, binding: _Binding, command: SetValue) -> None:
        message = run_checked(self._session, command)
        set_invalid(binding.widget, message)
        self.message.emit(message or "")
