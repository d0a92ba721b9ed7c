"""Item delegates for editable tables: choice lists, combo boxes, validated number fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a cell with a combo box; the chosen value goes to ``VALUE_ROLE``, its label to the
    display. With ``editable`` the user may also type a value of their own (stored as text)."""

    def __init__(self, options: Callable[[], Sequence[tuple[str, Any]]], *,
                 editable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._options = options
        self._editable = editable

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: QModelIndex) -> QWidget:
        """Return a combo box with the current options."""
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        for label, value in self._options():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        """Select the cell's value."""
        value = index.data(VALUE_ROLE)
        position = editor.findData(value)
        if position >= 0:
            editor.setCurrentIndex(position)
        elif self._editable:
            editor.setEditText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        """Store the chosen value and its label."""
        text = editor.currentText().strip()
        position = editor.findText(text)
        value = editor.itemData(position) if position >= 0 else (text or None)
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, text if position < 0 else editor.itemText(position),
                      Qt.ItemDataRole.DisplayRole)


NUMBER_PATTERN = "[+-]?[0-9 \u00a0\u202f.,]*"
"""What a number cell accepts while typing (the parser checks the groups and the decimal mark)."""
YEAR_PATTERN = r"[0-9]{0,4}"


class ComboDelegate(QStyledItemDelegate):
    """Edit a cell with a combo box of (label, data) choices; the model receives the data."""

    def __init__(self, choices: list[tuple[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for label, data in self._choices:
            combo.addItem(label, data)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt API
        current = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(current)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt API
                     index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)


class ValidatedDelegate(QStyledItemDelegate):
    """Edit some columns with a line edit that only accepts numbers or years."""

    def __init__(self, patterns: dict[int, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._patterns = patterns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        pattern = self._patterns.get(index.column())
        if pattern and isinstance(editor, QLineEdit):
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), editor))
        return editor
