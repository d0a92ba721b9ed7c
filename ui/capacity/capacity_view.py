"""Layout of the capacity editor: available capacity, allocation tables, totals and chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.binding.widgets import NumberEdit
from ui.capacity.chart import CapacityChart
from ui.widgets.reflow import ReflowSplitter


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setAccessibleName(name)
    return table


class CapacityView(QWidget):
    """Widgets of the capacity editor (no behaviour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # each pair side by side when there is room, one above the other on a narrow editor;
        # the chapter's page scrolls the whole editor vertically
        top = ReflowSplitter(widths=(280, 220))
        top.addWidget(self._build_available())
        top.addWidget(self._build_totals())
        self.functionalities_table = _table(self.tr("Fonctionnalités de base"))
        functionalities = QGroupBox(self.tr("Fonctionnalités de base (ETP)"))
        QVBoxLayout(functionalities).addWidget(self.functionalities_table)
        self.objectives_table = _table(self.tr("Capacité des objectifs"))
        objectives = QGroupBox(self.tr("Priorités et points d'attention (ETP)"))
        QVBoxLayout(objectives).addWidget(self.objectives_table)
        tables = ReflowSplitter(widths=(280, 300))
        tables.addWidget(functionalities)
        tables.addWidget(objectives)
        self.chart = CapacityChart()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr(
            "Commentaire : mode de calcul, absences déduites, capacité des services d'appui…"))
        self.note_edit.setMaximumHeight(110)
        self.note_edit.setTabChangesFocus(True)
        note = QGroupBox(self.tr("Commentaire"))
        QVBoxLayout(note).addWidget(self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 9)
        layout.addWidget(top)
        layout.addWidget(tables, 1)
        layout.addWidget(self.chart)
        layout.addWidget(note)

    def install_date_edit(self, edit: QWidget) -> None:
        """Put the reference date field (typed or picked, like every date field) in its row."""
        self.date_edit = edit
        self.date_row.addWidget(edit, 1)

    def _build_available(self) -> QWidget:
        box = QGroupBox(self.tr("Capacité disponible"))
        self.date_edit: QWidget | None = None  # the shared date field (install_date_edit)
        self.date_row = QHBoxLayout()
        date_row = self.date_row
        self.headcount_edit = NumberEdit("int")
        self.headcount_edit.setPlaceholderText(self.tr("ex. 78"))
        self.available_edit = NumberEdit("float")
        self.available_edit.setPlaceholderText(self.tr("ex. 72"))
        self.federal_edit = NumberEdit("float")
        self.federal_edit.setPlaceholderText(self.tr("ex. 1,2"))
        form = QFormLayout(box)
        form.addRow(self.tr("Date de référence"), date_row)
        form.addRow(self.tr("Effectif (personnes)"), self.headcount_edit)
        form.addRow(self.tr("Capacité disponible (ETP)"), self.available_edit)
        form.addRow(self.tr("Missions fédérales (ETP)"), self.federal_edit)
        self.field_message = QLabel()
        self.field_message.setWordWrap(True)
        self.field_message.setStyleSheet("color: #c62828;")
        self.field_message.hide()
        form.addRow(self.field_message)
        return box

    def _build_totals(self) -> QWidget:
        self.totals_box = QGroupBox(self.tr("Capacité attribuée"))
        self.totals_label = QLabel()
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.over_label = QLabel()
        self.over_label.setWordWrap(True)
        self.over_label.setObjectName("overAllocation")
        self.over_label.setStyleSheet(
            "QLabel#overAllocation { background: #fdecea; color: #8e1b1b; border: 1px solid "
            "#e6a5a5; border-radius: 4px; padding: 6px; }")
        self.over_label.hide()
        layout = QVBoxLayout(self.totals_box)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.over_label)
        layout.addStretch(1)
        return self.totals_box

    def setup_columns(self) -> None:
        """Size the tables' columns once models are set."""
        header = self.functionalities_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # fixed widths: ResizeToContents would measure every objective on each change
        header = self.objectives_table.horizontalHeader()
        metrics = self.objectives_table.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, metrics.horizontalAdvance("PA00") + 16)
        header.resizeSection(2, metrics.horizontalAdvance("000,0") + 20)
        header.resizeSection(3, metrics.horizontalAdvance(self.tr("Heures/an")) + 20)
        for table in (self.functionalities_table, self.objectives_table):
            table.setMinimumHeight(230)
