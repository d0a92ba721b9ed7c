"""Widgets bound to one value of the plan: they show it and change it only through commands.

A bound widget reads the value at its ``path`` (``zonalplan.commands.resolve``), redraws when a
command touches that chapter (but never while its own edit is being applied: no echo into the field
being typed in) and writes with ``SetValue``. Consecutive edits within a typing burst share a
``merge_id`` so that one Ctrl+Z undoes the burst. A value the model refuses is not written: the
field turns red and its tooltip gives the French reason.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate
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

from zonalplan.commands import SetValue, resolve
from zonalplan.model import PlanError
from ui.resources import icon
from ui.widgets.undo_keys import is_plan_undo_key

BURST_PAUSE_S = 2.0
_MISSING = object()
_INVALID_STYLE = "border: 1px solid #c62828; background: #fdecea;"


class Binding:
    """Mixin for a QWidget showing the plan value at ``path`` (see module docstring)."""

    session: Any
    path: tuple[str, ...] | None
    label: str

    def init_binding(self, session: Any, path: tuple[str, ...] | None, label: str) -> None:
        """Attach to ``session`` and show the current value; call once from ``__init__``."""
        self.session, self.path, self.label = session, path, label
        self.binding_updating = False
        self._committing = False
        self._burst: str | None = None
        self._burst_count = 0
        self._last_edit = 0.0
        session.changed.connect(self._on_plan_changed)
        self.refresh()

    def set_path(self, path: tuple[str, ...] | None) -> None:
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

    def _on_plan_changed(self, changes: Any) -> None:
        if self._committing or self.path is None:
            return
        if self.path[0] in changes.chapters or "plan" in changes.chapters:
            self.new_burst()
            self.refresh()

    def commit(self, value: Any, *, merge: bool = True) -> bool:
        """Write ``value`` with an undoable command; return False (and show why) if refused."""
        if self.path is None:
            return False
        now = time.monotonic()
        if self._burst is None or now - self._last_edit > BURST_PAUSE_S:
            self._burst_count += 1
            self._burst = f"{id(self)}:{self._burst_count}"
        self._last_edit = now
        command = SetValue(self.path, value, text=f"Modifier « {self.label} »",
                           merge_id=self._burst if merge else None)
        self._committing = True
        try:
            ok = self.session.run(command, quiet=True)
        finally:
            self._committing = False
        self.show_invalid(None if ok else self.session.last_error)
        if not ok or not merge:
            self.new_burst()
        return ok

    def new_burst(self) -> None:
        """Start a new undo step at the next edit."""
        self._burst = None

    def show_invalid(self, message: str | None) -> None:
        """Mark the widget as holding a value the plan refused (None clears the mark)."""
        widget: QWidget = self  # type: ignore[assignment]
        if message:
            widget.setStyleSheet(_INVALID_STYLE)
            widget.setToolTip(message)
        elif widget.styleSheet():
            widget.setStyleSheet("")
            widget.setToolTip(getattr(self, "base_tooltip", ""))


class BoundLineEdit(QLineEdit, Binding):
    """One line of text, a number or a code; ``parse`` turns the text into the stored value."""

    def __init__(self, session: Any, path: tuple[str, ...] | None, label: str, *,
                 parse: Callable[[str], Any] | None = None,
                 fmt: Callable[[Any], str] | None = None, placeholder: str = "",
                 parent: QWidget | None = None):
        QLineEdit.__init__(self, parent)
        self._parse = parse or (lambda text: text)
        self._fmt = fmt or (lambda value: "" if value is None else str(value))
        self.base_tooltip = ""
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self.new_burst)
        self.init_binding(session, path, label)

    def event(self, event) -> bool:  # noqa: D102 - Qt API
        if event.type() == event.Type.ShortcutOverride and is_plan_undo_key(event):
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

    def show_value(self, value: Any) -> None:  # noqa: D102 - Binding API
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

    def __init__(self, session: Any, path: tuple[str, ...] | None, label: str,
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

    def show_value(self, value: Any) -> None:  # noqa: D102 - Binding API
        index = self._values.index(value) if value in self._values else -1
        self.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        """Disable the choice."""
        self.setEnabled(not read_only)


# -- parsing helpers (French number and date formats) ---------------------------------------------

def parse_optional_int(text: str) -> int | None:
    """Parse « 21 350 » or « 21350 »; empty text is None."""
    raw = re.sub(r"[\s\u00a0\u202f.']", "", text)
    if not raw:
        return None
    if not raw.isdigit():
        raise ValueError("Nombre entier attendu, par exemple 21 350.")
    return int(raw)


def parse_optional_float(text: str) -> float | None:
    """Parse « 168,4 » or « 168.4 »; empty text is None."""
    raw = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise ValueError("Nombre attendu, par exemple 168,4.") from None


def format_int(value: Any) -> str:
    """Format an integer with French thousands separators (non-breaking spaces)."""
    return "" if value is None else f"{int(value):,}".replace(",", "\u202f")


def format_float(value: Any) -> str:
    """Format a decimal number with a comma."""
    if value is None:
        return ""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_date(text: str) -> dt.date | None:
    """Parse « 12/03/2026 », « 12.03.2026 », « 12-03-2026 » or « 2026-03-12 »; empty is None."""
    raw = text.strip()
    if not raw:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    match = iso or re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
    if not match:
        raise ValueError("Date attendue au format jj/mm/aaaa.")
    a, b, c = (int(g) for g in match.groups())
    year, month, day = (a, b, c) if iso else (c, b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("Cette date n'existe pas.") from None


def format_date(value: Any) -> str:
    """Format a date as jj/mm/aaaa."""
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else ""


class BoundDateEdit(QWidget, Binding):
    """An optional date: typed as jj/mm/aaaa or picked in a calendar; empty means no date."""

    def __init__(self, session: Any, path: tuple[str, ...] | None, label: str,
                 parent: QWidget | None = None):
        QWidget.__init__(self, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.edit.setMaximumWidth(140)
        self.base_tooltip = ""
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
        self.commit(value, merge=False)

    def _on_finished(self) -> None:
        try:
            parse_date(self.edit.text())
        except ValueError as exc:
            self.show_invalid(str(exc))

    def _on_picked(self, date: QDate) -> None:
        value = dt.date(date.year(), date.month(), date.day())
        self.edit.setText(format_date(value))
        self.commit(value, merge=False)

    def show_value(self, value: Any) -> None:  # noqa: D102 - Binding API
        try:
            same = parse_date(self.edit.text()) == value
        except ValueError:
            same = False
        if not same:
            self.edit.setText(format_date(value))
            self.show_invalid(None)
        if isinstance(value, dt.date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def show_invalid(self, message: str | None) -> None:  # noqa: D102
        self.edit.setStyleSheet(_INVALID_STYLE if message else "")
        self.edit.setToolTip(message or "")

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

