"""Widgets of the many-zones review window (layout only; :mod:`ui.review.zones_window` acts)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon
from ui.review.zones_model import DECISION_COLORS, UNCOVERED_COLOR

LEGEND = (("R", "retenu"), ("FR", "régulier"), ("NR", "non retenu"), ("?", "indécis"))


def _chip(code: str, key: str, label: str) -> str:
    return (f'<span style="background-color:{DECISION_COLORS[key]};">&nbsp;<b>{code}</b>&nbsp;'
            f"</span> {label}")


class ZonesView(QMainWindow):
    """Toolbar, empty state, the zones table, the legend and the skipped files."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.toolbar = QToolBar(self.tr("Relecture"), self)
        self.toolbar.setObjectName("zonesToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.open_action = QAction(icon("open"), self.tr("Ouvrir un dossier…"), self)
        self.open_action.setShortcut("Ctrl+O")
        self.open_zone_action = QAction(icon("next"), self.tr("Ouvrir la zone"), self)
        self.open_zone_action.setToolTip(self.tr("Ouvrir le plan de la zone sélectionnée "
                                                 "(double-clic)"))
        self.csv_action = QAction(icon("export"), self.tr("Exporter CSV…"), self)
        self.docx_action = QAction(icon("export"), self.tr("Exporter Word…"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("zonesFilter")
        self.filter.setPlaceholderText(self.tr("Filtrer : nom, numéro, fichier…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(280)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.open_zone_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.filter)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.csv_action)
        self.toolbar.addAction(self.docx_action)

        self.stack = QStackedWidget(self)
        empty = QWidget(self.stack)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(self.tr("Choisissez le dossier où se trouvent les plans des "
                                          "zones (fichiers .zplan). Ils sont lus sans être "
                                          "modifiés ni verrouillés."), empty)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("font-size: 12pt; color: #4a5761;")
        self.empty_button = QPushButton(icon("open"), self.tr("Choisir un dossier de plans…"),
                                        empty)
        self.empty_button.setObjectName("chooseFolder")
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        results = QWidget(self.stack)
        self.summary = QLabel(results)
        self.summary.setObjectName("zonesSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600; color: #1f4e79;")
        self.table = QTableView(results)
        self.table.setObjectName("zonesTable")
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setWordWrap(False)
        self.legend = QLabel(results)
        self.legend.setObjectName("zonesLegend")
        self.legend.setText(self.tr("Décisions sur les thèmes du PNS : ") + " &nbsp; ".join(
            _chip(code, label, self.tr(label)) for code, label in LEGEND)
            + self.tr(" &nbsp;·&nbsp; Dimensions NCSI : nombre d'objectifs liés, "
                      '<span style="background-color:{};">&nbsp;0&nbsp;</span> = non couverte')
            .format(UNCOVERED_COLOR))
        self.legend.setStyleSheet("color: #4a5761;")
        table_box = QWidget(results)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend)
        self.tabs = QTabWidget(results)
        self.tabs.setObjectName("zonesTabs")
        self.tabs.addTab(table_box, self.tr("Tableau par zone"))
        chart_page = QScrollArea(self.tabs)
        chart_page.setObjectName("zonesChartPage")
        chart_page.setWidgetResizable(True)
        self.chart = QLabel(chart_page)
        self.chart.setObjectName("zonesChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.chart.setWordWrap(True)
        self.chart.setTextFormat(Qt.TextFormat.PlainText)
        chart_page.setWidget(self.chart)
        self.tabs.addTab(chart_page, self.tr("Thèmes retenus par les zones"))
        self.skipped_box = QGroupBox(results)
        self.skipped_box.setObjectName("skippedFiles")
        self.skipped = QTableWidget(0, 2, self.skipped_box)
        self.skipped.setObjectName("skippedTable")
        self.skipped.setHorizontalHeaderLabels([self.tr("Fichier"), self.tr("Raison")])
        self.skipped.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped.verticalHeader().setVisible(False)
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skipped.setWordWrap(False)
        skipped_layout = QVBoxLayout(self.skipped_box)
        skipped_layout.addWidget(self.skipped)
        splitter = QSplitter(Qt.Orientation.Vertical, results)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.skipped_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(8, 8, 8, 8)
        results_layout.addWidget(self.summary)
        results_layout.addWidget(splitter, 1)
        self.stack.addWidget(empty)
        self.stack.addWidget(results)
        self.empty_page, self.results_page = empty, results
        self.setCentralWidget(self.stack)
