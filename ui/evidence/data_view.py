"""Layout of the « Données de la zone » chapter: data sets, provenance, a series, its chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class DataView(QWidget):
    """Left: the data sets, « Importer… », « Retirer » and the provenance. Right: the chosen
    series per commune and year with the zone total, « pour 1 000 habitants », the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.datasets = QListWidget(self)
        self.datasets.setObjectName("datasetList")
        self.datasets.setAccessibleName(self.tr("Jeux de données"))
        self.import_button = QPushButton(self.tr("Importer…"), self)
        self.import_button.setObjectName("importData")
        self.import_button.setToolTip(self.tr("Importer un fichier de données (Statbel, police, "
                                              "enquête ou tout tableau CSV/xlsx)"))
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.setObjectName("removeData")
        self.provenance = QLabel(self)
        self.provenance.setObjectName("provenance")
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Jeux de données du plan</b>"), left))
        left_layout.addWidget(self.datasets, 2)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.provenance, 1)

        self.series = QComboBox(self)
        self.series.setObjectName("seriesCombo")
        self.series.setAccessibleName(self.tr("Série"))
        self.series.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.series.setMinimumContentsLength(20)
        self.per_1000 = QCheckBox(self.tr("pour 1 000 habitants"), self)
        self.per_1000.setObjectName("per1000")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Série :"), self))
        top.addWidget(self.series, 1)
        top.addWidget(self.per_1000)
        self.table = QTableWidget(self)
        self.table.setObjectName("seriesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.change = QLabel(self)
        self.change.setWordWrap(True)
        self.chart = QLabel(self)
        self.chart.setObjectName("chartPreview")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(120)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 2)
        right_layout.addWidget(self.change)
        right_layout.addWidget(scroll, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
