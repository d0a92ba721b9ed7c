"""Item delegates shared by the editors: a combo box of choices, a validated number field."""

from __future__ import annotations

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

NUMBER_PATTERN = "[+-]?[0-9 \u00a0\u202f]*([.,][0-9]*)?"
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
