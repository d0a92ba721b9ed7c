"""« Tableau de bord »: every objective's status, last values and trend, filtered; redrawn after
each command. Double-clicking an objective shows it in « Stratégie et priorités »."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.binding.protocol import PlanSession
from ui.binding.session_table import SessionTableModel
from ui.binding.values import format_number
from ui.followup.chapter import FollowUpChapter
from ui.followup.labels import (
    domain_text,
    kind_text,
    period_text,
    reason_text,
    rule_text,
    status_colour,
    status_text,
)
from ui.widgets.reflow import FlowLayout
from zonalplan.commands import Changes
from zonalplan.followup.editing import DashboardFilter, filter_rows, owners
from zonalplan.followup.status import ObjectiveStatus, dashboard
from zonalplan.model.plan import Domain, ObjectiveKind

Index = QModelIndex | QPersistentModelIndex
TREND_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLUMN, LAST_COLUMN, TREND_COLUMN = 4, 5, 6


class DashboardModel(SessionTableModel):
    """Rows: the objectives that pass the filter, with their status (nothing is editable)."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[ObjectiveStatus] = []
        self._headers = [self.tr("Code"), self.tr("Objectif"), self.tr("Type"),
                         self.tr("Responsable"), self.tr("Statut"), self.tr("Dernière valeur"),
                         self.tr("Tendance")]

    def set_rows(self, rows: list[ObjectiveStatus]) -> None:
        """Show new rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        objective, column = row.objective, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [objective.code, objective.title, kind_text(objective.kind), objective.owner,
                    status_text(row.status), last_values(row), ""][column]
        if role == ID_ROLE:
            return objective.id
        if role == TREND_ROLE and column == TREND_COLUMN:
            return trend_points(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{objective.label} — {status_text(row.status)}"]
            lines += [f"{s.indicator.name} : {status_text(s.status)} — {reason_text(s)}"
                      for s in row.indicators]
            return "\n".join(lines)
        return None


def last_values(row: ObjectiveStatus) -> str:
    """Return the last measured value of each indicator, « 201 (2027) ; 34 (2027) »."""
    return " ; ".join(f"{format_number(s.last.value)} ({period_text(s.last.year, s.last.quarter)})"
                      for s in row.indicators if s.last is not None)


def trend_points(row: ObjectiveStatus) -> list[tuple[list[tuple[float, float]], str]]:
    """Return, per measured indicator, its values scaled 0-1 toward the target, with its colour.

    0 is the baseline and 1 the target, so that indicators that fall and rise share one drawing.
    """
    lines = []
    for status in row.indicators:
        indicator = status.indicator
        if len(status.values) < 1:
            continue
        start, goal = indicator.baseline_value, indicator.target_value
        points = list(status.values)
        if start is not None and indicator.baseline_year is not None:
            points.insert(0, (float(indicator.baseline_year), start))
        if start is not None and goal is not None and goal != start:
            scaled = [(p, (v - start) / (goal - start)) for p, v in points]
        else:
            low, high = min(v for _, v in points), max(v for _, v in points)
            span = (high - low) or 1.0
            scaled = [(p, (v - low) / span) for p, v in points]
        lines.append((scaled, status_colour(status.status).name()))
    return lines


class SparklineDelegate(QStyledItemDelegate):
    """Paint the trend of each indicator of an objective as a small line (0: start, 1: target)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the lines of :func:`trend_points` in the cell."""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        lines = index.data(TREND_ROLE) or []
        if not lines:
            return
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        periods = [p for points, _ in lines for p, _ in points]
        values = [v for points, _ in lines for _, v in points] + [0.0, 1.0]
        first, last = min(periods), max(periods)
        low, high = min(values), max(values)
        span_x, span_y = (last - first) or 1.0, (high - low) or 1.0

        def at(p: float, v: float) -> QPointF:
            return QPointF(rect.left() + (p - first) / span_x * rect.width(),
                           rect.bottom() - (v - low) / span_y * rect.height())

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(at(first, 1.0), at(last, 1.0))  # the target
        for points, colour in lines:
            path = QPainterPath(at(*points[0]))
            for p, v in points[1:]:
                path.lineTo(at(p, v))
            painter.setPen(QPen(QColor(colour), 1.6))
            painter.drawPath(path)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(at(*points[-1]), 2.2, 2.2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.restore()


class DashboardEditor(FollowUpChapter, QWidget):
    """The dashboard of the plan's objectives (read only: nothing here changes the plan)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False
        self.domain_combo = QComboBox(self)
        self.domain_combo.setObjectName("dashboardDomain")
        self.domain_combo.addItem(self.tr("Tous les domaines"), "")
        for domain in Domain:
            self.domain_combo.addItem(domain_text(domain), domain.value)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("dashboardKind")
        self.kind_combo.addItem(self.tr("Tous les types"), "")
        for kind in ObjectiveKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.owner_combo = QComboBox(self)
        self.owner_combo.setObjectName("dashboardOwner")
        self.owner_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner_combo.setMinimumContentsLength(22)
        self.counts = QLabel(self)
        self.counts.setObjectName("dashboardCounts")
        self.counts.setWordWrap(True)
        self.model = DashboardModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("dashboardTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TREND_COLUMN, SparklineDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 42), (2, 104), (3, 112), (4, 112), (5, 106), (6, 84)):
            self.table.setColumnWidth(column, width)
        self.rule = QLabel(self.tr("Règle : %1").replace("%1", rule_text()), self)
        self.rule.setObjectName("dashboardRule")
        self.rule.setWordWrap(True)
        filters = FlowLayout().add_widgets(QLabel(self.tr("Filtrer :"), self), self.domain_combo,
                                           self.kind_combo, self.owner_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        for combo in (self.domain_combo, self.kind_combo, self.owner_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.doubleClicked.connect(self._on_double_click)
        self.session.changed.connect(self._on_changed)
        self._fill_owners()
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Stay usable in a read-only plan or in review mode: this page changes nothing."""

    def _fill_owners(self) -> None:
        current = self.owner_combo.currentData() or ""
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Tous les responsables"), "")
        for owner in owners(self.session.plan):
            self.owner_combo.addItem(owner, owner)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(current)))
        self.owner_combo.blockSignals(False)

    def current_filter(self) -> DashboardFilter:
        """Return the filter chosen above the table."""
        return DashboardFilter(self.domain_combo.currentData() or "",
                               self.owner_combo.currentData() or "",
                               self.kind_combo.currentData() or "")

    def refresh(self) -> None:
        """Recompute every status from the plan and redraw."""
        self._stale = False
        plan = self.session.plan
        rows = dashboard(plan.objectives, plan.followup)
        shown = filter_rows(rows, self.current_filter())
        self.model.set_rows(shown)
        counts = {status: sum(1 for r in shown if r.status is status)
                  for status in dict.fromkeys(r.status for r in rows)}
        self.counts.setText(" · ".join(f"{status_text(s)} : {n}" for s, n in counts.items() if n))

    def _on_changed(self, changes: Changes) -> None:
        if {"followup", "objectives", "plan"} & set(changes.chapters):
            if {"objectives", "plan"} & set(changes.chapters):
                self._fill_owners()
            if self.isVisible():
                self.refresh()
            else:  # redrawn when shown: edits on other pages do not pay for it
                self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_double_click(self, index: QModelIndex) -> None:
        objective_id = index.data(ID_ROLE)
        if objective_id:
            self.go_to_objective(objective_id)

    def go_to_objective(self, objective_id: str) -> None:
        """Show the objective in « Stratégie et priorités »."""
        from zonalplan.alignment.report import Place

        self.session.focus_requested.emit(Place("objectives", objective_id=objective_id))
