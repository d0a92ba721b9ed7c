"""An editable list of short texts (partners, tactical objectives) with add / remove / move."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.SelectedClicked)


class StringListEditor(QWidget):
    """Edit a list of strings in place; emits ``edited(list)`` with the whole new list."""

    edited = Signal(list)

    def __init__(self, new_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_text = new_text
        self.list = QListWidget()
        self.list.setEditTriggers(EDIT_TRIGGERS)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.add_button = self._button("list-add", self.tr("Ajouter"), self._on_add)
        self.remove_button = self._button("list-remove", self.tr("Supprimer"), self._on_remove)
        self.up_button = self._button("go-up", self.tr("Monter"), lambda: self._on_move(-1))
        self.down_button = self._button("go-down", self.tr("Descendre"), lambda: self._on_move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def values(self) -> list[str]:
        """Return the texts shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_values(self, values: list[str]) -> None:
        """Show these texts (without emitting ``edited``) unless they are already shown."""
        if values == self.values():
            return
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for value in values:
            self.list.addItem(self._item(value))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.blockSignals(False)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid edits."""
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(editable)
        self.list.setEditTriggers(EDIT_TRIGGERS if editable
                                  else QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- private -------------------------------------------------------------------------------

    def _button(self, icon: str, tip: str, slot) -> QToolButton:
        from PySide6.QtGui import QIcon

        button = QToolButton()
        button.setIcon(QIcon.fromTheme(icon))
        if button.icon().isNull():
            button.setText({"list-add": "+", "list-remove": "−", "go-up": "↑",
                            "go-down": "↓"}[icon])
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not item.text().strip():
            self.list.blockSignals(True)
            self.list.takeItem(self.list.row(item))
            self.list.blockSignals(False)
        self.edited.emit(self.values())

    def _on_add(self) -> None:
        self.list.blockSignals(True)
        self.list.addItem(self._item(self._new_text))
        self.list.blockSignals(False)
        row = self.list.count() - 1
        self.list.setCurrentRow(row)
        self.edited.emit(self.values())
        self.list.editItem(self.list.item(row))

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.blockSignals(True)
            self.list.takeItem(row)
            self.list.blockSignals(False)
            self.edited.emit(self.values())
            self._update_buttons()

    def _on_move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self.edited.emit(self.values())
        self._update_buttons()
