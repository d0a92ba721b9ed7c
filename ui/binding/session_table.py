"""A table model over the open plan: fixed headers, edits only while the content is unlocked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.binding.protocol import PlanSession

Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """Base of the editors' table models.

    Subclasses set ``self._headers`` (translated column titles), ``EDITABLE_COLUMNS`` and implement
    ``_row_count``; cells of editable columns accept edits unless the plan is read-only or in
    review mode (``session.content_locked``).
    """

    EDITABLE_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._headers: list[str] = []

    def _row_count(self) -> int:
        raise NotImplementedError

    def _locked(self) -> bool:
        return self._session.content_locked

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE_COLUMNS and not self._locked():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
