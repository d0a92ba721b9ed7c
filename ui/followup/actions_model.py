"""The table of one objective's actions for one year: each cell edits one field by a command."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.binding.session_table import SessionTableModel
from ui.binding.values import format_date, format_number, parse_date, parse_number
from ui.followup.labels import action_status
from zonalplan.commands import SetValue
from zonalplan.followup.editing import action_path
from zonalplan.model.followup import Action, ActionStatus

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("title", "owner", "partners", "start", "end", "status", "capacity_hours", "comment")
STATUS_COLUMN = FIELDS.index("status")
HOURS_COLUMN = FIELDS.index("capacity_hours")
DATE_COLUMNS = frozenset({FIELDS.index("start"), FIELDS.index("end")})


class ActionsModel(SessionTableModel):
    """Rows: the actions of ``objective_id`` in ``year``, in plan order."""

    EDITABLE_COLUMNS = frozenset(range(len(FIELDS)))
    rejected = Signal(str)  # a French message ("" clears it)

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._headers = [self.tr("Action"), self.tr("Responsable"), self.tr("Partenaires"),
                         self.tr("Début"), self.tr("Fin"), self.tr("Statut"), self.tr("Heures"),
                         self.tr("Commentaire")]
        self.objective_id: str | None = None
        self.year = 0
        self.ids: list[str] = []

    def show(self, objective_id: str | None, year: int) -> None:
        """Show another objective or year."""
        self.objective_id, self.year = objective_id, year
        self.reload()

    def reload(self) -> None:
        """Re-read the rows from the plan."""
        self.beginResetModel()
        followup = self._session.plan.followup
        self.ids = [a.id for a in followup.actions_for(self.objective_id, self.year)
                    ] if self.objective_id else []
        self.endResetModel()

    def action(self, row: int) -> Action | None:
        """Return the action shown on ``row``."""
        if not 0 <= row < len(self.ids):
            return None
        return next((a for a in self._session.plan.followup.actions if a.id == self.ids[row]), None)

    def _row_count(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action(index.row()) if index.isValid() else None
        if action is None:
            return None
        name = FIELDS[index.column()]
        value = getattr(action, name)
        if role == Qt.ItemDataRole.EditRole:
            if name == "status":
                return value.value
            return self._text(name, value)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "status":
                return action_status(value)
            return self._text(name, value)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("title", "comment") and value:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "capacity_hours":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(name: str, value: Any) -> str:
        if name == "partners":
            return ", ".join(value)
        if isinstance(value, dt.date):
            return format_date(value)
        if name == "capacity_hours":
            return format_number(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse what was typed in a cell and apply it as one undo step."""
        action = self.action(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or action is None:
            return False
        name = FIELDS[index.column()]
        try:
            parsed = self._parse(name, "" if value is None else value)
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        if parsed == getattr(action, name):
            return False
        command = SetValue(action_path(action.id, name), parsed,
                           text=self.tr("Modifier « %1 » d'une action").replace(
                               "%1", self._headers[index.column()]))
        message = run_checked(self._session, command)
        self.rejected.emit(message or "")
        if message is None:
            self.dataChanged.emit(index, index)
        return message is None

    def _parse(self, name: str, value: Any) -> Any:
        text = str(value).strip() if not isinstance(value, ActionStatus) else value
        if name == "title" and not text:
            raise ValueError(self.tr("Une action a besoin d'un intitulé."))
        if name == "partners":
            return [p.strip() for p in str(text).split(",") if p.strip()]
        if name in ("start", "end"):
            try:
                return parse_date(str(text))
            except ValueError:
                raise ValueError(self.tr("Date attendue, par exemple 15/03/2027.")) from None
        if name == "capacity_hours":
            try:
                return parse_number(str(text))
            except ValueError:
                raise ValueError(self.tr("Nombre d'heures attendu, par exemple 120.")) from None
        if name == "status":
            return ActionStatus(text)
        return text
