"""Item delegates for editable tables: a choice list shown only while a cell is edited."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

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
