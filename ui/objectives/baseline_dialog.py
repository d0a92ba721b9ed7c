"""« Valeur de départ depuis les données… »: pick a series of the plan's data and a year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.binding.values import format_number

if TYPE_CHECKING:
    from zonalplan.evidence.figures import Series
    from zonalplan.model import Plan


class BaselineDialog(QDialog):
    """Choose a series and a year; the indicator's baseline, year and source come from them."""

    def __init__(self, plan: Plan, current_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zonalplan.evidence.figures import all_series

        self.setObjectName("baselineDialog")
        self.setWindowTitle(self.tr("Valeur de départ depuis les données"))
        self.resize(560, 200)
        self._series: list[Series] = sorted(all_series(plan.datasets).values(),
                                            key=lambda s: s.label.casefold())
        self.series = QComboBox(self)
        self.series.setObjectName("baselineSeries")
        for series in self._series:
            self.series.addItem(series.label, series.key)
        self.year = QComboBox(self)
        self.year.setObjectName("baselineYear")
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Série :"), self.series)
        form.addRow(self.tr("Année :"), self.year)
        form.addRow(self.tr("Source :"), self.source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reprendre"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self._series:
            layout.addWidget(QLabel(self.tr("Le plan ne contient pas encore de données : "
                                            "importez-les dans « Données de la zone »."), self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.series.currentIndexChanged.connect(self._fill_years)
        if current_key:
            self.series.setCurrentIndex(max(0, self.series.findData(current_key)))
        self._fill_years()

    def selected(self) -> tuple[Series, int] | None:
        """Return the series and year chosen (None when there is nothing to choose)."""
        index, year = self.series.currentIndex(), self.year.currentData()
        if not 0 <= index < len(self._series) or year is None:
            return None
        return self._series[index], int(year)

    def choose(self, key: str, year: int) -> None:
        """Select the series ``key`` and ``year``."""
        self.series.setCurrentIndex(self.series.findData(key))
        self.year.setCurrentIndex(self.year.findData(year))

    def _fill_years(self) -> None:
        index = self.series.currentIndex()
        self.year.clear()
        series = self._series[index] if 0 <= index < len(self._series) else None
        if series is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        for year in reversed(series.years):
            self.year.addItem(f"{year} : {format_number(series.zone[year])} {series.unit}", year)
        self.source.setText(", ".join(series.datasets))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(series.years))
