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
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.reflow import ReflowSplitter


class DataView(QWidget):
    """A page that scrolls: the data sets with « Importer… », « Retirer » and the provenance of
    the selected one; then its series per commune and year with the zone total, « pour 1 000
    habitants », and the chart."""

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
        self.codes_button = QPushButton(self.tr("Codes fusionnés…"), self)
        self.codes_button.setObjectName("mergedCodes")
        self.codes_button.setToolTip(self.tr("Codes INS d'avant les fusions du 1er janvier 2025 à "
                                             "compter comme une commune du plan"))
        self.provenance = QLabel(self)
        self.provenance.setObjectName("provenance")
        self.provenance.setWordWrap(True)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QVBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.codes_button)
        buttons.addStretch(1)
        self.datasets.setMinimumWidth(220)
        self.datasets.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.datasets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.datasets.setFixedHeight(150)
        chooser = QWidget(self)
        chooser_row = QHBoxLayout(chooser)
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(self.datasets, 1)
        chooser_row.addLayout(buttons)
        # the list and its buttons beside the provenance, or above it on a narrow editor
        sets = ReflowSplitter(widths=(360, 200))
        sets.addWidget(chooser)
        sets.addWidget(self.provenance)
        sets.setStretchFactor(0, 3)
        sets.setStretchFactor(1, 4)
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
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(220)
        # no scroll area of its own: the chapter's page scrolls the whole editor
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Jeux de données du plan</b>"), self))
        column.addWidget(sets)
        column.addLayout(top)
        column.addWidget(self.per_1000)
        column.addWidget(self.table)
        column.addWidget(self.change)
        column.addWidget(self.chart)
        column.addStretch(1)
