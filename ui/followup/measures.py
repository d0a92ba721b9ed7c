"""« Mesures »: per objective and indicator, the measured values next to the baseline and target.

When the indicator follows a series of the plan's imported data and that series has the year being
added, the editor offers its value (the user accepts it; nothing is filled in silently).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.binding.values import format_number, parse_number, parse_year
from ui.binding.widgets import NumberEdit
from ui.followup.chapter import FollowUpChapter
from ui.followup.labels import reason_text, status_colour, status_text
from ui.followup.measures_model import NUMBER_COLUMNS, MeasuresModel
from ui.widgets.delegates import NUMBER_PATTERN, ValidatedDelegate
from ui.widgets.reflow import FlowLayout, together
from zonalplan.commands import Changes
from zonalplan.followup.editing import (
    DataValue,
    add_measurement_command,
    data_value,
    next_measurement_year,
    remove_measurement_command,
)
from zonalplan.followup.status import indicator_status
from zonalplan.model.plan import Indicator, Objective


class MeasuresEditor(FollowUpChapter, QWidget):
    """Edit the measured values of every indicator."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._locked = False
        self._offer: DataValue | None = None
        self.indicators = QComboBox(self)
        self.indicators.setObjectName("measuresIndicators")
        self.indicators.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicators.setMinimumContentsLength(40)
        self.info = QLabel(self)
        self.info.setObjectName("measuresInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.model = MeasuresModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("measuresTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(ValidatedDelegate(
            {c: NUMBER_PATTERN for c in NUMBER_COLUMNS}, self))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((70, 80, 90, 100, 200)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.year_edit = NumberEdit("year", self)
        self.year_edit.setObjectName("measureYear")
        self.year_edit.setFixedWidth(70)
        self.quarter_combo = QComboBox(self)
        self.quarter_combo.addItem(self.tr("année entière"), None)
        for quarter in range(1, 5):
            self.quarter_combo.addItem(self.tr("T%1").replace("%1", str(quarter)), quarter)
        self.value_edit = NumberEdit("float", self)
        self.value_edit.setObjectName("measureValue")
        self.value_edit.setMaximumWidth(110)
        self.add_button = QPushButton(self.tr("Ajouter la mesure"), self)
        self.remove_button = QPushButton(self.tr("Supprimer la mesure"), self)
        self.data_label = QLabel(self)
        self.data_label.setObjectName("measureDataOffer")
        self.data_label.setWordWrap(True)
        self.data_button = QPushButton(self.tr("Reprendre cette valeur"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self._layout()
        self._connect_callbacks()
        self._fill_indicators()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Indicateur :"), self))
        top.addWidget(self.indicators, 1)
        add = FlowLayout().add_widgets(
            together(QLabel(self.tr("Nouvelle mesure — année :"), self), self.year_edit),
            self.quarter_combo, together(QLabel(self.tr("valeur :"), self), self.value_edit),
            self.add_button, self.remove_button)
        offer = QHBoxLayout()
        offer.addWidget(self.data_label, 1)
        offer.addWidget(self.data_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addLayout(offer)
        layout.addWidget(self.message)

    def _connect_callbacks(self) -> None:
        self.indicators.currentIndexChanged.connect(lambda _i: self._show_indicator())
        self.add_button.clicked.connect(self.add_measurement)
        self.remove_button.clicked.connect(self.remove_measurement)
        self.data_button.clicked.connect(self.accept_data_value)
        self.year_edit.editingFinished.connect(self._update_offer)
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self._update_offer())
        self.model.rejected.connect(self.message.setText)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.session.changed.connect(self._on_changed)

    # -- what is shown --------------------------------------------------------------------------

    def current(self) -> tuple[Objective, Indicator] | None:
        """Return the objective and indicator shown."""
        key = self.indicators.currentData()
        if not key:
            return None
        objective = next((o for o in self.session.plan.objectives if o.id == key[0]), None)
        indicator = next((i for i in objective.indicators if i.id == key[1]), None) \
            if objective else None
        return (objective, indicator) if objective and indicator else None

    def select_indicator(self, objective_id: str, indicator_id: str | None = None) -> bool:
        """Show an indicator (the objective's first when ``indicator_id`` is None)."""
        for index in range(self.indicators.count()):
            key = self.indicators.itemData(index)
            if key[0] == objective_id and indicator_id in (None, key[1]):
                self.indicators.setCurrentIndex(index)
                return True
        return False

    def _fill_indicators(self) -> None:
        current = self.current()
        keep = (current[0].id, current[1].id) if current else None
        self.indicators.blockSignals(True)
        self.indicators.clear()
        for objective in self.session.plan.objectives:
            for indicator in objective.indicators:
                status = indicator_status(indicator, self.session.plan.followup.measurements_for(
                    objective.id, indicator.id))
                self.indicators.addItem(f"{objective.code or objective.title[:30]} — "
                                        f"{indicator.name}", (objective.id, indicator.id))
                row = self.indicators.count() - 1
                self.indicators.setItemData(row, status_colour(status.status),
                                            Qt.ItemDataRole.ForegroundRole)
                self.indicators.setItemData(row, f"{objective.label}\n{indicator.name}\n"
                                            f"{status_text(status.status)}",
                                            Qt.ItemDataRole.ToolTipRole)
        if not (keep and self.select_indicator(*keep)) and self.indicators.count():
            self.indicators.setCurrentIndex(0)
        self.indicators.blockSignals(False)
        self._show_indicator()

    def _show_indicator(self) -> None:
        shown = self.current()
        if shown is None:
            self.info.setText(self.tr("Aucun indicateur : ajoutez-en aux objectifs dans "
                                      "« Stratégie et priorités »."))
            self.model.show(None, None)
            self._update_buttons()
            return
        objective, indicator = shown
        self.model.show(objective.id, indicator.id)
        self._show_info(objective, indicator)
        self.year_edit.set_value(next_measurement_year(self.session.plan, objective.id,
                                                       indicator.id))
        self.value_edit.set_value(None)
        self._update_offer()
        self._update_buttons()

    def _show_info(self, objective: Objective, indicator: Indicator) -> None:
        from html import escape

        status = indicator_status(indicator, self.session.plan.followup.measurements_for(
            objective.id, indicator.id))

        def figure(value: float | None, year: int | None) -> str:
            if value is None:
                return self.tr("non fixée")
            return f"{format_number(value)} {escape(indicator.unit)}".strip() + (
                f" ({year})" if year else "")

        colour = status_colour(status.status).name()
        lines = [f"<b>{escape(indicator.name)}</b> — {escape(objective.label)}",
                 self.tr("Valeur de départ : %1 ; cible : %2").replace(
                     "%1", figure(indicator.baseline_value, indicator.baseline_year)).replace(
                     "%2", figure(indicator.target_value, indicator.target_year)),
                 f"<span style='color:{colour}'><b>{escape(status_text(status.status))}</b></span>"
                 f" — {escape(reason_text(status))}"]
        if indicator.source:
            lines.append(self.tr("Source : %1").replace("%1", escape(indicator.source)))
        self.info.setText("<br>".join(lines))

    def _on_changed(self, changes: Changes) -> None:
        if {"followup", "objectives", "datasets", "plan"} & set(changes.chapters):
            self._fill_indicators()

    def _update_buttons(self) -> None:
        editable = not self._locked
        shown = self.current() is not None
        self.add_button.setEnabled(editable and shown)
        self.remove_button.setEnabled(editable and bool(self.table.selectionModel().selectedRows()))
        self.data_button.setEnabled(editable and self._offer is not None)

    def _update_offer(self) -> None:
        shown = self.current()
        self._offer = None
        year = _parsed(parse_year, self.year_edit.text())
        if shown and year and self.quarter_combo.currentData() is None:
            self._offer = data_value(self.session.plan, shown[1], year)
        if self._offer is not None:
            self.data_label.setText(self.tr("Les données importées donnent %1 pour %2 (%3).")
                                    .replace("%1", format_number(self._offer.value))
                                    .replace("%2", str(year)).replace("%3", self._offer.source))
        elif shown and shown[1].series_key:
            self.data_label.setText(self.tr("Les données importées n'ont pas encore de valeur "
                                            "pour cette année."))
        else:
            self.data_label.setText("")
        self.data_button.setVisible(self._offer is not None)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Show the measurements but forbid changes."""
        self._locked = read_only
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for widget in (self.year_edit, self.value_edit, self.quarter_combo):
            widget.setEnabled(not read_only)
        self._update_buttons()

    # -- commands -------------------------------------------------------------------------------

    def add_measurement(self, *, value: float | None = None, source: str = "",
                        series_key: str | None = None) -> bool:
        """Add the measurement typed below the table (or ``value`` when given)."""
        shown = self.current()
        if shown is None:
            return False
        objective, indicator = shown
        year = _parsed(parse_year, self.year_edit.text())
        if value is None:
            value = _parsed(parse_number, self.value_edit.text())
        if year is None:
            self.message.setText(self.tr("Indiquez l'année de la mesure (par ex. 2027)."))
            return False
        if value is None:
            self.message.setText(self.tr("Indiquez la valeur mesurée (par ex. 12 ou 12,5)."))
            return False
        try:
            command = add_measurement_command(objective.id, indicator.id, year, value,
                                              self.quarter_combo.currentData(),
                                              source or indicator.source[:300], series_key)
        except ValueError:
            self.message.setText(self.tr("Année hors des limites (1990 à 2100)."))
            return False
        command.text = self.tr("Ajouter une mesure")
        message = run_checked(self.session, command)
        self.message.setText(message or "")
        return message is None

    def accept_data_value(self) -> bool:
        """Add the value the imported data gives for the year typed."""
        offer = self._offer
        if offer is None:
            return False
        return self.add_measurement(value=offer.value, source=offer.source,
                                    series_key=offer.series_key)

    def remove_measurement(self) -> bool:
        """Remove the selected measurement (undoable)."""
        rows = self.table.selectionModel().selectedRows()
        measurement = self.model.measurement(rows[0].row()) if rows else None
        if measurement is None:
            return False
        command = remove_measurement_command(measurement.id)
        command.text = self.tr("Supprimer une mesure")
        message = run_checked(self.session, command)
        self.message.setText(message or "")
        return message is None

    def show_place(self, place: Any) -> bool:
        """Show the objective of a finding's place."""
        objective_id = getattr(place, "objective_id", None)
        return isinstance(objective_id, str) and self.select_indicator(objective_id)



def _parsed(parse: Any, text: str) -> Any:
    """Return ``parse(text)``, or None when the text is not a valid value."""
    try:
        return parse(text)
    except ValueError:
        return None
