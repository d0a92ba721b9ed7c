"""Tree model of the alignment findings, grouped by severity (Erreurs / Avertissements / Infos)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.widgets.status_icons import status_icon

if TYPE_CHECKING:
    from zonalplan.alignment.report import Report

Index = QModelIndex | QPersistentModelIndex
SEVERITIES = ("erreur", "avertissement", "info")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CHAPTER_LABELS = {
    "zone": "Zone et CZS", "czs": "Zone et CZS", "sections": "Chapitres",
    "expectations": "Attentes des autorités", "objectives": "Stratégie et priorités",
    "decisions": "Priorités nationales", "capacity": "Capacité", "communication": "Communication",
    "approval": "Approbation", "period": "Période du plan",
}


class FindingsModel(QAbstractItemModel):
    """Three group rows (one per severity) whose children are the findings of that severity.

    Internal ids: 0 for a group row, ``severity index + 1`` for a finding row (its parent group).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: dict[str, list[Any]] = {s: [] for s in SEVERITIES}
        self._titles = {"erreur": self.tr("Erreurs"), "avertissement": self.tr("Avertissements"),
                        "info": self.tr("Informations")}
        self._chapters = {key: self.tr(label) for key, label in CHAPTER_LABELS.items()}

    def set_report(self, report: Report | None) -> None:
        """Show the findings of a new report."""
        self.beginResetModel()
        self._groups = {s: [] for s in SEVERITIES}
        for finding in (report.findings if report is not None else []):
            self._groups.setdefault(finding.severity, []).append(finding)
        self.endResetModel()

    def count(self, severity: str) -> int:
        """Return the number of findings of one severity."""
        return len(self._groups.get(severity, []))

    def findings(self, severity: str | None = None) -> list[Any]:
        """Return the findings shown (of one severity, or all)."""
        if severity:
            return list(self._groups.get(severity, []))
        return [f for s in SEVERITIES for f in self._groups[s]]

    def group_index(self, severity: str) -> QModelIndex:
        """Return the index of a severity group."""
        return self.index(SEVERITIES.index(severity), 0)

    def index_of(self, finding: Any) -> QModelIndex:
        """Return the index of a finding equal to ``finding`` (same rule and place), if shown."""
        for group, severity in enumerate(SEVERITIES):
            for row, candidate in enumerate(self._groups[severity]):
                if candidate.rule == finding.rule and candidate.place == finding.place \
                        and candidate.message == finding.message:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    # -- Qt model API --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(SEVERITIES) else QModelIndex()
        if parent.internalId() == 0:
            severity = SEVERITIES[parent.row()]
            if row < len(self._groups[severity]):
                return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(SEVERITIES)
        if parent.internalId() == 0:
            return len(self._groups[SEVERITIES[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(SEVERITIES[index.row()], role)
        severity = SEVERITIES[index.internalId() - 1]
        findings = self._groups[severity]
        if index.row() >= len(findings):
            return None
        finding = findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding)
        if role == FINDING_ROLE:
            return finding
        return None

    # -- private -------------------------------------------------------------------------------

    def _group_data(self, severity: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._titles[severity]} ({self.count(severity)})"
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(severity if self.count(severity) else "none")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, finding: Any) -> str:
        chapter = self._chapters.get(finding.place.chapter, finding.place.chapter)
        parts = [f"<b>{escape(finding.message)}</b>"]
        if finding.hint:
            parts.append(escape(finding.hint))
        parts.append(f"<i>{escape(self.tr('Emplacement'))} : {escape(chapter)}</i>")
        return "<qt>" + "<br><br>".join(parts) + "</qt>"

    def chapter_label(self, finding: Any) -> str:
        """Return the French name of the chapter a finding points to."""
        return self._chapters.get(finding.place.chapter, finding.place.chapter)
