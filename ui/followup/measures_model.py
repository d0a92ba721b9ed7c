"""The table of one indicator's measured values: each cell edits one field through a command."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.binding.session_table import SessionTableModel
from ui.binding.values import format_date, format_number, parse_date, parse_number, parse_year
from zonalplan.commands import SetValue
from zonalplan.followup.editing import measurement_path
from zonalplan.model.followup import Measurement

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("year", "quarter", "value", "measured_on", "source", "comment")
NUMBER_COLUMNS = frozenset({0, 1, 2})


class MeasuresModel(SessionTableModel):
    """Rows: the measurements of one indicator, in time order."""

    EDITABLE_COLUMNS = frozenset(range(len(FIELDS)))
    rejected = Signal(str)

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._headers = [self.tr("Année"), self.tr("Trimestre"), self.tr("Valeur"),
                         self.tr("Date"), self.tr("Source"), self.tr("Commentaire")]
        self.objective_id: str | None = None
        self.indicator_id: str | None = None
        self.ids: list[str] = []

    def show(self, objective_id: str | None, indicator_id: str | None) -> None:
        """Show another indicator."""
        self.objective_id, self.indicator_id = objective_id, indicator_id
        self.reload()

    def reload(self) -> None:
        """Re-read the rows from the plan."""
        self.beginResetModel()
        if self.objective_id and self.indicator_id:
            self.ids = [m.id for m in self._session.plan.followup.measurements_for(
                self.objective_id, self.indicator_id)]
        else:
            self.ids = []
        self.endResetModel()

    def measurement(self, row: int) -> Measurement | None:
        """Return the measurement shown on ``row``."""
        if not 0 <= row < len(self.ids):
            return None
        return next((m for m in self._session.plan.followup.measurements
                     if m.id == self.ids[row]), None)

    def _row_count(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        measurement = self.measurement(index.row()) if index.isValid() else None
        if measurement is None:
            return None
        name = FIELDS[index.column()]
        value = getattr(measurement, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, dt.date):
                return format_date(value)
            if name == "value":
                return format_number(value)
            if name == "quarter":
                return "" if value is None else f"T{value}" if role == \
                    Qt.ItemDataRole.DisplayRole else str(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name == "comment" and value:
            return value
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse what was typed in a cell and apply it as one undo step."""
        measurement = self.measurement(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or measurement is None:
            return False
        name = FIELDS[index.column()]
        try:
            parsed = self._parse(name, "" if value is None else str(value).strip())
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        if parsed == getattr(measurement, name):
            return False
        command = SetValue(measurement_path(measurement.id, name), parsed,
                           text=self.tr("Modifier « %1 » d'une mesure").replace(
                               "%1", self._headers[index.column()]))
        message = run_checked(self._session, command)
        self.rejected.emit(message or "")
        return message is None

    def _parse(self, name: str, text: str) -> Any:
        if name == "year":
            try:
                year = parse_year(text)
            except ValueError:
                year = None
            if year is None:
                raise ValueError(self.tr("Année attendue (quatre chiffres, par ex. 2027)."))
            return year
        if name == "quarter":
            text = text.upper().removeprefix("T")
            if text == "":
                return None
            if text not in ("1", "2", "3", "4"):
                raise ValueError(self.tr("Trimestre attendu : 1, 2, 3 ou 4 (vide pour l'année)."))
            return int(text)
        if name == "value":
            try:
                number = parse_number(text)
            except ValueError:
                number = None
            if number is None:
                raise ValueError(self.tr("Valeur numérique attendue (par ex. 12 ou 12,5)."))
            return number
        if name == "measured_on":
            try:
                return parse_date(text)
            except ValueError:
                raise ValueError(self.tr("Date attendue, par exemple 15/03/2027.")) from None
        return text
