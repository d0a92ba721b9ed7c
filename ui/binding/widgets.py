"""Widgets bound to one value of the plan: they show it and change it only through commands.

A bound widget reads the value at its ``path`` (``zonalplan.commands.resolve``), redraws when a
command touches that chapter (but never while its own edit is being applied: no echo into the field
being typed in) and writes with ``SetValue``. The edits of a typing burst share a merge id
(:class:`~ui.binding.merge.TypingMerge`) so that one Ctrl+Z undoes the burst. A value the model
refuses is not written: the field shows why (:func:`~ui.binding.feedback.show_field_error`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.binding.feedback import show_field_error
from ui.binding.merge import TypingMerge
from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.binding.values import (
    date_hint,
    format_date,
    format_number,
    parse_date,
    parse_number,
    parse_year,
)
from ui.resources import icon
from ui.widgets.text_edit import BulletTextEdit
from ui.widgets.undo_keys import is_plan_undo_key
from zonalplan.commands import Changes, SetValue, resolve
from zonalplan.model import PlanError

Path = tuple[str, ...]


class Binding:
    """Mixin for a QWidget showing the plan value at ``path`` (see module docstring)."""

    session: PlanSession
    path: Path | None
    label: str

    def init_binding(self, session: PlanSession, path: Path | None, label: str) -> None:
        """Attach to ``session`` and show the current value; call once from ``__init__``."""
        self.session, self.path, self.label = session, path, label
        self.binding_updating = False
        self._committing = False
        self._typing = TypingMerge()
        session.changed.connect(self._on_plan_changed)
        self.refresh()

    def set_path(self, path: Path | None) -> None:
        """Show another value (e.g. the selected element of a list)."""
        self.path = path
        self.new_burst()
        self.refresh()

    def current_value(self) -> Any:
        """Return the plan's value at ``path`` (None when the path no longer exists)."""
        if self.path is None:
            return None
        try:
            return resolve(self.session.plan, self.path)
        except PlanError:
            return None

    def refresh(self) -> None:
        """Redraw from the plan."""
        self.binding_updating = True
        try:
            self.show_value(self.current_value())
        finally:
            self.binding_updating = False

    def show_value(self, value: Any) -> None:
        """Display ``value`` (implemented by each widget)."""
        raise NotImplementedError

    def _on_plan_changed(self, changes: Changes) -> None:
        if self._committing or self.path is None:
            return
        if self.path[0] in changes.chapters or "plan" in changes.chapters:
            self.new_burst()
            self.refresh()

    def commit(self, value: Any, *, merge: bool = True) -> bool:
        """Write ``value`` with an undoable command; return False (and show why) if refused."""
        if self.path is None:
            return False
        merge_id = self._typing.merge_id("/".join(self.path)) if merge else None
        command = SetValue(self.path, value, text=f"Modifier « {self.label} »", merge_id=merge_id)
        self._committing = True
        try:
            message = run_checked(self.session, command)
        finally:
            self._committing = False
        self.show_invalid(message)
        if message or not merge:
            self.new_burst()
        return message is None

    def new_burst(self) -> None:
        """Start a new undo step at the next edit."""
        self._typing.cut()

    def show_invalid(self, message: str | None) -> None:
        """Mark the widget as holding a value the plan refused (None clears the mark)."""
        assert isinstance(self, QWidget)
        show_field_error(self, message)


class BoundLineEdit(QLineEdit, Binding):
    """One line of text, a number or a code; ``parse`` turns the text into the stored value."""

    def __init__(self, session: PlanSession, path: Path | None, label: str, *,
                 parse: Callable[[str], Any] | None = None,
                 fmt: Callable[[Any], str] | None = None, placeholder: str = "",
                 parent: QWidget | None = None):
        QLineEdit.__init__(self, parent)
        self._parse = parse or (lambda text: text)
        self._fmt = fmt or (lambda value: "" if value is None else str(value))
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self.new_burst)
        self.init_binding(session, path, label)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and is_plan_undo_key(event):
            event.ignore()
            return True
        return super().event(event)

    def _on_edited(self, text: str) -> None:
        try:
            value = self._parse(text)
        except ValueError as exc:
            self.show_invalid(str(exc))
            return
        self.commit(value)

    def show_value(self, value: Any) -> None:
        try:
            same = self._parse(self.text()) == value
        except ValueError:
            same = False
        if not same:
            self.setText(self._fmt(value))
            self.show_invalid(None)

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading and copying but no typing."""
        self.setReadOnly(read_only)


class BoundCombo(QComboBox, Binding):
    """A choice among fixed values (an enum); the first option may stand for « none »."""

    def __init__(self, session: PlanSession, path: Path | None, label: str,
                 options: Sequence[tuple[str, Any]], parent: QWidget | None = None):
        QComboBox.__init__(self, parent)
        self._values = [value for _, value in options]
        for text, _ in options:
            self.addItem(text)
        self.activated.connect(self._on_activated)
        self.init_binding(session, path, label)

    def _on_activated(self, index: int) -> None:
        if not self.binding_updating and 0 <= index < len(self._values):
            self.commit(self._values[index], merge=False)

    def show_value(self, value: Any) -> None:
        index = self._values.index(value) if value in self._values else -1
        self.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        """Disable the choice."""
        self.setEnabled(not read_only)


class BoundDateEdit(QWidget, Binding):
    """An optional date: typed (jj/mm/aaaa in French) or picked in a calendar; empty: no date."""

    def __init__(self, session: PlanSession, path: Path | None, label: str,
                 parent: QWidget | None = None):
        QWidget.__init__(self, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa") if date_hint() == "jj/mm/aaaa"
                                     else date_hint())
        self.edit.setMaximumWidth(140)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Choisir dans le calendrier"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._on_picked)
        self.calendar.clicked.connect(menu.close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        self.init_binding(session, path, label)

    def _on_edited(self, text: str) -> None:
        try:
            value = parse_date(text)
        except ValueError:
            return  # still typing; checked when the field is left
        self._show_in_calendar(value)
        self.commit(value, merge=False)

    def _show_in_calendar(self, value: dt.date | None) -> None:
        """Open the calendar on the date, or on the current month when there is none (never on
        the year 2000)."""
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day)
                                      if isinstance(value, dt.date) else QDate.currentDate())

    def _on_finished(self) -> None:
        try:
            parse_date(self.edit.text())
        except ValueError as exc:
            self.show_invalid(str(exc))

    def _on_picked(self, date: QDate) -> None:
        value = dt.date(date.year(), date.month(), date.day())
        self.edit.setText(format_date(value))
        self.commit(value, merge=False)

    def show_value(self, value: Any) -> None:
        try:
            same = parse_date(self.edit.text()) == value
        except ValueError:
            same = False
        if not same:
            self.edit.setText(format_date(value))
            self.show_invalid(None)
        self._show_in_calendar(value if isinstance(value, dt.date) else None)

    def show_invalid(self, message: str | None) -> None:
        show_field_error(self.edit, message)

    def value(self) -> dt.date | None:
        """Return the date shown (None when empty or not a date)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading but no change."""
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)


class BoundTextEdit(BulletTextEdit, Binding):
    """A :class:`BulletTextEdit` showing one text of the plan and editing it through commands."""

    def __init__(self, session: PlanSession, path: Path | None, label: str,
                 parent: QWidget | None = None):
        BulletTextEdit.__init__(self, parent)
        self.textChanged.connect(self._on_text_changed)
        self.init_binding(session, path, label)

    def _on_text_changed(self) -> None:
        if self.binding_updating or self.path is None or self.isReadOnly():
            return
        self.commit(self.toPlainText())

    def show_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if text == self.toPlainText():
            return
        cursor = self.textCursor()
        position = cursor.position()
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.new_burst()
        super().focusOutEvent(event)

    def toggle_bullets(self) -> None:
        self.new_burst()
        super().toggle_bullets()
        self.new_burst()

    def indent_lines(self) -> None:
        self.new_burst()
        super().indent_lines()
        self.new_burst()

    def outdent_lines(self) -> None:
        self.new_burst()
        super().outdent_lines()
        self.new_burst()

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading and copying but no typing."""
        self.setReadOnly(read_only)


class NumberEdit(QLineEdit):
    """A line edit for an optional number, an integer or a year; empty means none."""

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
        show_field_error(self, None)

    def _on_editing_finished(self) -> None:
        try:
            value = self.parse()
        except ValueError as exc:
            show_field_error(self, str(exc))
            self.rejected.emit(str(exc))
            return
        show_field_error(self, None)
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)
