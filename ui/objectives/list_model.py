"""Table model of the plan's objectives (code, title, kind, domain, status) and its filter proxy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ui.binding.selection import REF_MIME
from ui.widgets.status_icons import status_icon, worst_severity
from zonalplan.model import Domain, ObjectiveKind
from zonalplan.reference.api import fold

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Report


"""Mime type of a dragged national item: its id in UTF-8 (one id per line)."""

COL_CODE, COL_TITLE, COL_KIND, COL_DOMAIN = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class ObjectivesModel(QAbstractTableModel):
    """Rows are the plan's objectives in plan order; the code column carries a status icon."""

    ref_dropped = Signal(str, str)  # objective id, reference item id

    def __init__(self, session: PlanSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._report: Any = None
        self._by_objective: dict[str, list[Any]] = {}
        self._rows: list[str] = [o.id for o in session.plan.objectives]
        self._headers = [self.tr("Code"), self.tr("Intitulé"), self.tr("Type"), self.tr("Domaine")]
        self._kinds = {ObjectiveKind.PRIORITY: self.tr("Priorité"),
                       ObjectiveKind.ATTENTION_POINT: self.tr("Point d'attention")}
        self._domains = {Domain.EXTERNAL: self.tr("Externe"), Domain.INTERNAL: self.tr("Interne")}

    # -- updates -------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Re-read the list of objectives (after an insertion, removal or move)."""
        self.beginResetModel()
        self._rows = [o.id for o in self._session.plan.objectives]
        self.endResetModel()

    def refresh_rows(self, objective_ids: frozenset[str] | set[str] | None = None) -> None:
        """Tell views that some rows (all when None) changed content."""
        if not self._rows:
            return
        if objective_ids is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))
            return
        for row, objective_id in enumerate(self._rows):
            if objective_id in objective_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def set_report(self, report: Report | None) -> None:
        """Use a new alignment report for the status icons."""
        self._report = report
        self._by_objective = {}
        for finding in (report.findings if report is not None else []):
            if finding.place.objective_id:
                self._by_objective.setdefault(finding.place.objective_id, []).append(finding)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_CODE), self.index(len(self._rows) - 1,
                                                                      COL_CODE),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def row_of(self, objective_id: str) -> int:
        """Return the row of an objective, or -1."""
        try:
            return self._rows.index(objective_id)
        except ValueError:
            return -1

    def objective_id(self, row: int) -> str | None:
        """Return the id of the objective at ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def objective_at(self, row: int) -> Any:
        """Return the objective at ``row`` (rows follow the plan's order: O(1) lookup)."""
        if not 0 <= row < len(self._rows):
            return None
        objectives = self._session.plan.objectives
        if row < len(objectives) and objectives[row].id == self._rows[row]:
            return objectives[row]
        return self._session.plan.objective(self._rows[row])

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        objective = self.objective_at(index.row())
        if objective is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CODE:
                return objective.code
            if column == COL_TITLE:
                return objective.title
            if column == COL_KIND:
                return self._kinds[objective.kind]
            return self._domains[objective.domain]
        if role == ID_ROLE:
            return objective.id
        if column == COL_CODE and role == Qt.ItemDataRole.DecorationRole:
            return status_icon(self._state(objective.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(objective)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [REF_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return data.hasFormat(REF_MIME) and self._drop_target(row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        target = self._drop_target(row, parent)
        if not data.hasFormat(REF_MIME) or target is None:
            return False
        ref_ids = bytes(data.data(REF_MIME).data()).decode("utf-8").split()
        for ref_id in ref_ids:
            self.ref_dropped.emit(target, ref_id)
        return bool(ref_ids)

    # -- private -------------------------------------------------------------------------------

    def _drop_target(self, row: int, parent: Index) -> str | None:
        if parent.isValid():
            return self.objective_id(parent.row())
        return self.objective_id(row) if row >= 0 else None

    def _findings(self, objective_id: str) -> list:
        return self._by_objective.get(objective_id, [])

    def _state(self, objective_id: str) -> str:
        if self._report is None:
            return "none"
        return worst_severity(self._findings(objective_id))

    def _tooltip(self, objective: Any) -> str:
        lines = [objective.label]
        findings = self._findings(objective.id)
        if self._report is None:
            lines.append(self.tr("Vérification en cours…"))
        elif not findings:
            lines.append(self.tr("Aucune remarque de la vérification."))
        else:
            lines += [f"• {f.message}" for f in findings[:6]]
            if len(findings) > 6:
                lines.append(self.tr("… et %1 autres remarques").replace("%1",
                                                                        str(len(findings) - 6)))
        return "\n".join(lines)


class ObjectivesFilter(QSortFilterProxyModel):
    """Filter objectives by kind, domain and a folded text (code or title)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: ObjectiveKind | None = None
        self._domain: Domain | None = None
        self._text = ""

    def set_kind(self, kind: ObjectiveKind | None) -> None:
        """Show only objectives of this kind (None: all)."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_domain(self, domain: Domain | None) -> None:
        """Show only objectives of this domain (None: all)."""
        self.beginFilterChange()
        self._domain = domain
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Show only objectives whose code or title contains the text (accents ignored)."""
        self.beginFilterChange()
        self._text = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtered(self) -> bool:
        """Return True when some filter is active."""
        return bool(self._kind or self._domain or self._text)

    def clear(self) -> None:
        """Remove every filter."""
        self.beginFilterChange()
        self._kind = self._domain = None
        self._text = ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        objective = self.sourceModel().objective_at(source_row)
        if objective is None:
            return False
        if self._kind is not None and objective.kind != self._kind:
            return False
        if self._domain is not None and objective.domain != self._domain:
            return False
        if self._text and self._text not in fold(f"{objective.code} {objective.title}"):
            return False
        return True
