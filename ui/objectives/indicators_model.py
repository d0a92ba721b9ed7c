"""Table model of one objective's indicators; each cell edit is an undoable ``SetValue``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ui.binding import run_checked
from ui.binding.values import format_number, parse_number, parse_year
from zonalplan.commands import SetValue

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession


Index = QModelIndex | QPersistentModelIndex

FIELDS = ("name", "unit", "baseline_value", "baseline_year", "target_value", "target_year",
          "source", "frequency")
NUMBER_COLUMNS = {2, 4}
BASELINE_COLUMN = 2
YEAR_COLUMNS = {3, 5}


class IndicatorsModel(QAbstractTableModel):
    """Rows are the indicators of the objective shown in the form."""

    rejected = Signal(str)  # a French message when an edit is refused

    def __init__(self, session: PlanSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._objective_id: str | None = None
        self._ids: list[str] = []
        self._changes: dict[str, Any] = {}  # indicator id → BaselineChange (data re-imported)
        self._headers = [self.tr("Indicateur"), self.tr("Unité"), self.tr("Départ"),
                         self.tr("Année"), self.tr("Cible"), self.tr("Année cible"),
                         self.tr("Source"), self.tr("Fréquence")]
        self._tips = [self.tr("Ce que l'on mesure"), self.tr("Unité de mesure (faits, %, …)"),
                      self.tr("Valeur de départ (nombre)"), self.tr("Année de la valeur de départ"),
                      self.tr("Valeur visée (nombre)"),
                      self.tr("Année où la cible doit être atteinte"),
                      self.tr("Source des données (BNG, enquête…)"), self.tr("Fréquence de mesure")]

    def set_objective(self, objective_id: str | None) -> None:
        """Show the indicators of another objective."""
        self.beginResetModel()
        self._objective_id = objective_id
        self._ids = self._current_ids()
        self._changes = self._baseline_changes()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the indicators (reset only when the list itself changed)."""
        ids = self._current_ids()
        self._changes = self._baseline_changes()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(FIELDS) - 1))

    def indicator_id(self, row: int) -> str | None:
        """Return the id of the indicator at ``row``."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, indicator_id: str) -> int:
        """Return the row of an indicator, or -1."""
        return self._ids.index(indicator_id) if indicator_id in self._ids else -1

    def baseline_warning(self, indicator_id: str) -> str:
        """Return why an indicator's baseline no longer matches the data (empty if it does)."""
        change = self._changes.get(indicator_id)
        if change is None:
            return ""
        now = self.tr("absente") if change.now is None else format_number(change.now)
        return self.tr("La valeur de départ {} ne correspond plus aux données importées : "
                       "enregistrée {}, données actuelles {}. Reprenez-la avec « Valeur de "
                       "départ depuis les données… ».").format(
            change.year, format_number(change.recorded), now)

    def _baseline_changes(self) -> dict[str, Any]:
        plan = self._session.plan
        objective = next((o for o in plan.objectives if o.id == self._objective_id), None)
        if objective is None or not any(i.series_key for i in objective.indicators):
            return {}
        from zonalplan.evidence.baselines import baseline_changes

        return {c.indicator_id: c for c in baseline_changes(plan)
                if c.objective_id == self._objective_id}

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self._session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        indicator = self._indicator(index.row()) if index.isValid() else None
        if indicator is None:
            return None
        value = getattr(indicator, FIELDS[index.column()])
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in NUMBER_COLUMNS | YEAR_COLUMNS:
                return format_number(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS | YEAR_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        change = self._changes.get(indicator.id) if column == BASELINE_COLUMN else None
        if change is not None and role == Qt.ItemDataRole.DecorationRole:
            from ui.resources import icon

            return icon("status-warning")
        if change is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b35c00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.baseline_warning(indicator.id) or self._tips[column]
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._objective_id is None:
            return False
        indicator_id = self.indicator_id(index.row())
        column = index.column()
        text = "" if value is None else str(value)
        try:
            parsed = self._parse(column, text)
        except ValueError as exc:
            self.rejected.emit(str(exc))
            return False
        indicator = self._indicator(index.row())
        if indicator is None or getattr(indicator, FIELDS[column]) == parsed:
            return False
        path = ("objectives", self._objective_id, "indicators", indicator_id, FIELDS[column])
        message = run_checked(self._session, SetValue(path, parsed,
                                                      text=self.tr("Modifier un indicateur")))
        if message:
            self.rejected.emit(message)
            return False
        self.rejected.emit("")
        return True

    # -- private -------------------------------------------------------------------------------

    def _parse(self, column: int, text: str) -> Any:
        if column in NUMBER_COLUMNS:
            try:
                return parse_number(text)
            except ValueError:
                message = self.tr("« %1 » n'est pas un nombre : tapez par exemple 12 ou 12,5.")
                raise ValueError(message.replace("%1", text)) from None
        if column in YEAR_COLUMNS:
            try:
                year = parse_year(text)
            except ValueError:
                raise ValueError(self.tr("« %1 » n'est pas une année : tapez quatre chiffres, par "
                                         "exemple 2031.").replace("%1", text)) from None
            if year is not None and not 1990 <= year <= 2100:
                raise ValueError(self.tr("L'année doit être comprise entre 1990 et 2100."))
            return year
        if column == 0 and not text.strip():
            raise ValueError(self.tr("Le nom de l'indicateur ne peut pas être vide."))
        return text

    def _current_ids(self) -> list[str]:
        objective = (self._session.plan.objective(self._objective_id)
                     if self._objective_id else None)
        return [i.id for i in objective.indicators] if objective else []

    def _indicator(self, row: int) -> Any:
        objective = (self._session.plan.objective(self._objective_id)
                     if self._objective_id else None)
        if objective is None or not 0 <= row < len(objective.indicators):
            return None
        indicator = objective.indicators[row]
        return indicator if indicator.id == self.indicator_id(row) else None
