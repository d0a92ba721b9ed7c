"""Pie chart of how the capacity is distributed (QtCharts; a plain label if it is unavailable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zonalplan.capacity import fte, totals
from zonalplan.model import FUNCTIONALITY_LABELS, Functionality

PALETTE = ["#1f4e9c", "#3a7bd5", "#6fa8dc", "#2e7d32", "#66bb6a", "#a5d6a7", "#00897b",
           "#ef8f00", "#8e24aa"]
FREE_COLOR = "#d9d9d9"


class CapacityChart(QWidget):
    """Show the share of each functionality, the objectives, the federal missions and the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slices: list[tuple[str, float]] = []
        try:
            from PySide6.QtCharts import QChart, QChartView, QPieSeries
        except ImportError:  # pragma: no cover - QtCharts ships with PySide6-Addons
            self._chart = None
            self._fallback = QLabel(self.tr("Graphique indisponible (QtCharts absent)."))
            layout.addWidget(self._fallback)
            return
        self._series = QPieSeries()
        self._series.setHoleSize(0.35)
        self._chart = QChart()
        self._chart.addSeries(self._series)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._chart.setBackgroundRoundness(0)
        self._chart.setMargins(self._chart.margins() * 0)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self._chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(300)
        layout.addWidget(self.view)

    def update_plan(self, plan: Any) -> None:
        """Redraw the chart for a plan's capacity."""
        result = totals(plan)
        slices = [(self.tr(FUNCTIONALITY_LABELS[f]), plan.capacity.functionalities.get(f) or 0.0)
                  for f in Functionality]
        slices.append((self.tr("Priorités et points d'attention"), result.objectives))
        slices.append((self.tr("Missions fédérales"), result.federal))
        if result.remaining is not None and result.remaining > 0:
            slices.append((self.tr("Non attribué"), result.remaining))
        self.slices = [(label, value) for label, value in slices if value > 0]
        if self._chart is None:
            return
        self._series.clear()
        for position, (label, value) in enumerate(self.slices):
            piece = self._series.append(f"{label} ({fte(value)})", value)
            color = FREE_COLOR if label == self.tr("Non attribué") else PALETTE[position % 9]
            piece.setColor(QColor(color))
            piece.setBorderColor(QColor("white"))
        title = self.tr("Répartition de la capacité (ETP)")
        if result.over_allocated:
            title = self.tr("Répartition de la capacité — surallocation")
            self._chart.setTitleBrush(QColor("#c62828"))
        else:
            self._chart.setTitleBrush(QColor("#202124"))
        self._chart.setTitle(title)
