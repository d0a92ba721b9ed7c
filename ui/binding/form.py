"""Bind the fields of a form to plan values: edits run undoable commands, plan changes refresh.

Used by the forms that show one element of a list (an objective, a decision, a capacity line):
their paths are functions, re-read at each edit. Typing in a text field runs one ``SetValue`` per
keystroke with a merge id (one undo step per burst); a field is only rewritten when the plan's
value differs from what it shows, so a change never echoes back into the field being typed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.binding.feedback import show_field_error
from ui.binding.merge import TypingMerge
from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.binding.widgets import NumberEdit
from zonalplan.commands import SetValue, resolve
from zonalplan.model import PlanError

PathFn = Callable[[], tuple[str, ...] | None]


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

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
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
            if isinstance(widget, QLineEdit) and binding.kind == "text":
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                    if not widget.hasFocus():
                        widget.setCursorPosition(0)  # show the start of a long text
                show_field_error(widget, None)
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
                show_field_error(widget, None)
            elif isinstance(widget, NumberEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
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
        if isinstance(widget, QLineEdit):
            value = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText()
        else:
            return
        if binding.required and not value.strip():
            show_field_error(widget, binding.required)
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
        if not isinstance(binding.widget, QComboBox):
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
        show_field_error(binding.widget, message)
        self.message.emit(message or "")
