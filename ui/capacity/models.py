"""Table models of the capacity editor: the 7 basic functionalities and the objectives' FTE."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.binding import run_checked
from ui.binding.session_table import SessionTableModel
from ui.binding.values import format_number, parse_number
from zonalplan.capacity import fte, percent, totals
from zonalplan.commands import SetValue
from zonalplan.model import FUNCTIONALITY_LABELS, Functionality

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession


Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _CapacityModel(SessionTableModel):
    """Common parts: session, refused edits reported as a French message."""

    rejected = Signal(str)

    def refresh(self) -> None:
        """Repaint every cell."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _parse(self, value: Any) -> float | None:
        try:
            number = parse_number("" if value is None else str(value))
        except ValueError:
            raise ValueError(self.tr("« %1 » n'est pas un nombre d'ETP : tapez par exemple 12 ou "
                                     "12,5.").replace("%1", str(value))) from None
        if number is not None and number < 0:
            raise ValueError(self.tr("La capacité ne peut pas être négative."))
        return number

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse an FTE/hours figure typed in an editable cell and apply it as one undo step."""
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() not in self.EDITABLE_COLUMNS):
            return False
        try:
            number = self._parse(value)
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        return self._apply(index, number)

    def _apply(self, index: Index, number: float | None) -> bool:
        raise NotImplementedError

    def _run(self, command: SetValue) -> bool:
        message = run_checked(self._session, command)
        self.rejected.emit(message or "")
        return message is None


class FunctionalitiesModel(_CapacityModel):
    """Rows are the 7 basic functionalities: label, FTE (editable), share of available capacity."""

    EDITABLE_COLUMNS = frozenset({1})

    def _row_count(self) -> int:
        return len(self.functionalities)

    def __init__(self, session: PlanSession, parent: Any = None) -> None:
        super().__init__(session, parent)
        self.functionalities = list(Functionality)
        self._headers = [self.tr("Fonctionnalité de base"), self.tr("ETP"), self.tr("Part")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        functionality = self.functionalities[index.row()]
        value = self._session.plan.capacity.functionalities.get(functionality)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr(FUNCTIONALITY_LABELS[functionality])
            if column == 1:
                return fte(value) if value is not None else ""
            return percent(totals(self._session.plan).share(value or 0.0)) if value else ""
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return format_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None

    def _apply(self, index: Index, number: float | None) -> bool:
        functionality = self.functionalities[index.row()]
        current = dict(self._session.plan.capacity.functionalities)
        if current.get(functionality) == number:
            return False
        if number is None:
            current.pop(functionality, None)
        else:
            current[functionality] = number
        label = self.tr("Modifier la capacité « %1 »").replace(
            "%1", FUNCTIONALITY_LABELS[functionality])
        return self._run(SetValue(("capacity", "functionalities"), current, text=label))


class ObjectivesCapacityModel(_CapacityModel):
    """Rows are the plan's objectives: code, title, FTE and hours per year (both editable)."""

    EDITABLE_COLUMNS = frozenset({2, 3})

    def _row_count(self) -> int:
        return len(self._ids)

    def __init__(self, session: PlanSession, parent: Any = None) -> None:
        super().__init__(session, parent)
        self._ids = [o.id for o in session.plan.objectives]
        self._headers = [self.tr("Code"), self.tr("Objectif"), self.tr("ETP"),
                         self.tr("Heures/an")]

    def refresh_rows(self, objective_ids: frozenset[str] | set[str]) -> None:
        """Repaint the rows of some objectives."""
        for row, objective_id in enumerate(self._ids):
            if objective_id in objective_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def rebuild(self) -> None:
        """Re-read the list of objectives."""
        self.beginResetModel()
        self._ids = [o.id for o in self._session.plan.objectives]
        self.endResetModel()

    def objective_id(self, row: int) -> str | None:
        """Return the id of the objective at ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _objective_at(self, row: int) -> Any:
        objectives = self._session.plan.objectives
        if row < len(objectives) and objectives[row].id == self._ids[row]:
            return objectives[row]  # rows follow the plan's order: O(1)
        return self._session.plan.objective(self._ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        objective = self._objective_at(index.row())
        if objective is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (objective.code, objective.title,
                    fte(objective.capacity_fte) if objective.capacity_fte is not None else "",
                    format_number(objective.capacity_hours))[column]
        if role == Qt.ItemDataRole.EditRole and column >= 2:
            return format_number(objective.capacity_fte if column == 2
                                 else objective.capacity_hours)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return objective.label
        return None

    def _apply(self, index: Index, number: float | None) -> bool:
        objective_id = self._ids[index.row()]
        field = "capacity_fte" if index.column() == 2 else "capacity_hours"
        objective = self._session.plan.objective(objective_id)
        if objective is None or getattr(objective, field) == number:
            return False
        return self._run(SetValue(("objectives", objective_id, field), number,
                                  text=self.tr("Modifier la capacité d'un objectif")))
