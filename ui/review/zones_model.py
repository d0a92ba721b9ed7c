"""Table model of a folder review: one row per zone plan, PNS decisions and NCSI coverage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from zonalplan.review.many import DECISION_SHORT, FolderReview, ZoneRow
from zonalplan.review.many_export import DECISION_CODES

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

DECISION_COLORS = {"retenu": "#dcefe0", "régulier": "#e3ecfa", "non retenu": "#eeeeee",
                   "indécis": "#fdecea"}
"""Background of a decision cell (the colours of the decisions editor)."""
DECISION_ORDER = {label: i for i, label in enumerate(DECISION_SHORT.values())}
ERROR_COLOR = "#c62828"
WARNING_COLOR = "#b26a00"
UNCOVERED_COLOR = "#fdecea"

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("review", text)


@dataclass(frozen=True)
class ZoneColumn:
    """A column of the table: its kind (fixed field, decision, dimension), heading, tooltip."""

    kind: str  # "zone", "number", "period", "modified", "objectives", "errors", "warnings",
    #            "decision", "dimension", "file"
    heading: str
    tooltip: str = ""
    ref_id: str = ""
    title: str = ""  # « PNS 1.1 — Trafic de drogue » for decisions and dimensions


def local_time(iso: str) -> str:
    """Return an ISO timestamp as local « JJ/MM/AAAA HH:MM » (the text itself when unreadable)."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


class ZonesTableModel(QAbstractTableModel):
    """Rows of a :class:`~zonalplan.review.many.FolderReview`; read-only."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.review: FolderReview | None = None
        self.rows: list[ZoneRow] = []
        self.columns: list[ZoneColumn] = []

    def set_review(self, review: FolderReview | None) -> None:
        """Show a folder review (None: empty table)."""
        self.beginResetModel()
        self.review = review
        self.rows = list(review.rows) if review else []
        t = _tr
        self.columns = [
            ZoneColumn("zone", t("Zone"), t("Nom de la zone de police")),
            ZoneColumn("number", t("N°"), t("Numéro de la zone")),
            ZoneColumn("period", t("Période")),
            ZoneColumn("modified", t("Modifié le"), t("Dernier enregistrement du plan")),
            ZoneColumn("objectives", t("Objectifs"), t("Objectifs stratégiques (priorités et "
                                                       "points d'attention)")),
            ZoneColumn("errors", t("Erreurs"), t("Erreurs d'alignement sur le cadre national")),
            ZoneColumn("warnings", t("Avert."), t("Avertissements d'alignement")),
        ]
        if review is not None:
            self.columns += [ZoneColumn("decision", c.number or c.short,
                                        f"{c.short} — {c.title}", c.id, f"{c.short} — {c.title}")
                             for c in review.decision_columns]
            self.columns += [ZoneColumn("dimension", c.short,
                                        t("{} — {} : nombre d'objectifs liés").format(c.short,
                                                                                    c.title),
                                        c.id, f"{c.short} — {c.title}")
                             for c in review.dimension_columns]
        self.columns.append(ZoneColumn("file", t("Fichier")))
        self.endResetModel()

    def column_of(self, kind: str, ref_id: str = "") -> int:
        """Return the index of a column (-1 when absent)."""
        return next((i for i, c in enumerate(self.columns)
                     if c.kind == kind and (not ref_id or c.ref_id == ref_id)), -1)

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        """Return the number of zones."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column headings and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.heading
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, colours, tooltip and sort key of a cell."""
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SEARCH_ROLE:
            return f"{row.zone_name} {row.zone_number} {row.file} {row.period}".casefold()
        if column.kind == "decision":
            return self._decision(row, column, role)
        if column.kind == "dimension":
            return self._dimension(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column.kind)
        if role == SORT_ROLE:
            return self._sort_key(row, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
                "objectives", "errors", "warnings", "number"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == "errors" and row.errors:
                return QBrush(QColor(ERROR_COLOR))
            if column.kind == "warnings" and row.warnings:
                return QBrush(QColor(WARNING_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column.kind)
        return None

    def _text(self, row: ZoneRow, kind: str) -> Any:
        return {"zone": row.zone_name or row.file, "number": row.zone_number,
                "period": row.period, "modified": local_time(row.modified),
                "objectives": row.objectives, "errors": row.errors, "warnings": row.warnings,
                "file": row.file}.get(kind)

    def _sort_key(self, row: ZoneRow, kind: str) -> Any:
        if kind == "modified":
            return row.modified
        if kind in ("objectives", "errors", "warnings"):
            return getattr(row, kind)
        if kind == "number":
            return row.zone_number or "9999"
        return str(self._text(row, kind) or "").casefold()

    def _tooltip(self, row: ZoneRow, kind: str) -> str | None:
        t = _tr
        if kind == "objectives":
            return t("{} priorité(s), {} point(s) d'attention").format(row.priorities,
                                                                       row.attention_points)
        if kind in ("errors", "warnings"):
            return t("{} erreur(s), {} avertissement(s), {} information(s)").format(
                row.errors, row.warnings, row.infos)
        if kind == "modified":
            return t("Plan enregistré le {} ; fichier modifié le {}").format(
                local_time(row.modified), local_time(row.file_modified))
        if kind in ("zone", "file"):
            return row.file
        return None

    def _decision(self, row: ZoneRow, column: ZoneColumn, role: int) -> Any:
        label = row.decision_label(column.ref_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return DECISION_CODES.get(label, "?")
        if role == SORT_ROLE:
            return DECISION_ORDER.get(label, len(DECISION_ORDER))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(DECISION_COLORS.get(label, "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.zone_name or row.file} — {column.title} : {label}"
        return None

    def _dimension(self, row: ZoneRow, column: ZoneColumn, role: int) -> Any:
        count = row.dimensions.get(column.ref_id, 0)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and count == 0:
            return QBrush(QColor(UNCOVERED_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("{} — {} : {} objectif(s)").format(row.zone_name or row.file,
                                                          column.title, count)
        return None


class ZonesFilterModel(QSortFilterProxyModel):
    """Sort on each column's sort key; filter zones by name, number, file or period."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        """Keep only the zones whose name, number, file or period contains ``text``."""
        self.setFilterFixedString(text.strip().casefold())
