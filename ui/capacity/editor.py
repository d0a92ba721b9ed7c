"""Capacity editor: available capacity, allocation to the basic functionalities and objectives."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.binding.form import FormBinder
from ui.binding.widgets import BoundDateEdit
from ui.capacity.capacity_view import CapacityView
from ui.capacity.models import FunctionalitiesModel, ObjectivesCapacityModel
from ui.widgets.delegates import NUMBER_PATTERN, ValidatedDelegate
from ui.widgets.focus import focus_first_field
from zonalplan.capacity import fte, percent, totals
from zonalplan.model import Functionality

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place
    from zonalplan.reference.api import Reference


class CapacityEditor(QWidget):
    """Edit ``plan.capacity`` and the objectives' FTE; show totals and over-allocation."""

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = reference
        self._shown_figures: tuple = ()
        self.view = CapacityView(self)
        QVBoxLayout(self).addWidget(self.view)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.functionalities = FunctionalitiesModel(session, self)
        self.objectives = ObjectivesCapacityModel(session, self)
        self.view.functionalities_table.setModel(self.functionalities)
        self.view.objectives_table.setModel(self.objectives)
        self.view.functionalities_table.setItemDelegate(
            ValidatedDelegate({1: NUMBER_PATTERN}, self))
        self.view.objectives_table.setItemDelegate(
            ValidatedDelegate({2: NUMBER_PATTERN, 3: NUMBER_PATTERN}, self))
        self.view.setup_columns()
        self.binder = FormBinder(session, self)
        self.binder.number(self.view.headcount_edit, lambda: ("capacity", "headcount"),
                           text=self.tr("Modifier l'effectif"))
        self.binder.number(self.view.available_edit, lambda: ("capacity", "available_fte"),
                           text=self.tr("Modifier la capacité disponible"))
        self.binder.number(self.view.federal_edit, lambda: ("capacity", "federal_missions_fte"),
                           text=self.tr("Modifier les missions fédérales"))
        self.view.install_date_edit(BoundDateEdit(session, ("capacity", "reference_date"),
                                                  self.tr("Date de référence"), self.view))
        self.binder.text(self.view.note_edit, lambda: ("capacity", "note"),
                         text=self.tr("Modifier le commentaire de capacité"))
        self._connect_callbacks()
        self._refresh()
        self.set_read_only(session.read_only)

    # -- public API ----------------------------------------------------------------------------

    def show_place(self, place: Place) -> bool:
        """Focus the field or table row named by an alignment place."""
        field = place.field or ""
        view = self.view
        widgets = {"available_fte": view.available_edit, "headcount": view.headcount_edit,
                   "federal_missions_fte": view.federal_edit, "reference_date": view.date_edit,
                   "note": view.note_edit}
        if field in widgets:
            widgets[field].setFocus()
            return True
        try:
            functionality = Functionality(field)
        except ValueError:
            functionality = None
        if functionality is not None:
            row = self.functionalities.functionalities.index(functionality)
            index = self.functionalities.index(row, 1)
            view.functionalities_table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            view.functionalities_table.setFocus()
            return True
        objective_id = place.objective_id
        if objective_id:
            for row in range(self.objectives.rowCount()):
                if self.objectives.objective_id(row) == objective_id:
                    view.objectives_table.selectRow(row)
                    view.objectives_table.setFocus()
                    return True
        view.available_edit.setFocus()
        return place is not None and place.chapter == "capacity"

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        self._session.changed.connect(self._on_changed)
        self.functionalities.rejected.connect(self._say)
        self.objectives.rejected.connect(self._say)
        self.binder.message.connect(self._say)

    # -- handlers ------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        chapters = set(changes.chapters)
        if not chapters & {"capacity", "objectives", "plan"}:
            return
        if changes.structure and chapters & {"objectives", "plan"}:
            self.objectives.rebuild()
        elif chapters == {"objectives"}:  # an objective's text or figures: repaint its row
            self.objectives.refresh_rows(changes.objective_ids)
            if self._figures() == self._shown_figures:
                return  # titles, links…: the totals and the chart did not change
        self._refresh()

    def _figures(self) -> tuple:
        result = totals(self._session.plan)
        return (result.functionalities, result.objectives, result.federal, result.available)

    # -- private -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.binder.refresh()
        self.functionalities.refresh()
        self.objectives.refresh()
        self._show_totals()
        self.view.chart.update_plan(self._session.plan)
        self._shown_figures = self._figures()

    def _show_totals(self) -> None:
        result = totals(self._session.plan)
        unit = self.tr("ETP")
        rows = [
            (self.tr("Fonctionnalités de base"), result.functionalities),
            (self.tr("Priorités et points d'attention"), result.objectives),
            (self.tr("Missions fédérales"), result.federal),
        ]
        html = ["<table cellspacing='0' cellpadding='2'>"]
        for label, value in rows:
            html.append(f"<tr><td>{escape(label)}</td><td align='right'>{fte(value)} {unit}</td>"
                        f"<td align='right'>&nbsp;{percent(result.share(value))}</td></tr>")
        html.append(f"<tr><td><b>{escape(self.tr('Total attribué'))}</b></td><td align='right'>"
                    f"<b>{fte(result.allocated)} {unit}</b></td><td align='right'>&nbsp;"
                    f"{percent(result.share(result.allocated))}</td></tr>")
        available = (f"{fte(result.available)} {unit}" if result.available is not None
                     else escape(self.tr("non renseignée")))
        html.append(f"<tr><td>{escape(self.tr('Capacité disponible'))}</td>"
                    f"<td align='right'>{available}</td><td></td></tr>")
        if result.remaining is not None:
            color = "#c62828" if result.over_allocated else "#2e7d32"
            html.append(f"<tr><td>{escape(self.tr('Reste à attribuer'))}</td><td align='right' "
                        f"style='color:{color}'><b>{fte(result.remaining)} {unit}</b></td>"
                        f"<td></td></tr>")
        html.append("</table>")
        self.view.totals_label.setText("".join(html))
        over = self.view.over_label
        if result.over_allocated:
            over.setText(self.tr(
                "Surallocation : la capacité attribuée (%1 ETP) dépasse la capacité disponible "
                "(%2 ETP) de %3 ETP. Réduisez la capacité affectée aux fonctionnalités ou aux "
                "objectifs, ou vérifiez la capacité disponible.")
                .replace("%1", fte(result.allocated)).replace("%2", fte(result.available))
                .replace("%3", fte(-(result.remaining or 0.0))))
            over.show()
            self.view.totals_box.setStyleSheet("QGroupBox { color: #c62828; }")
        else:
            over.hide()
            self.view.totals_box.setStyleSheet("")
        self.view.available_edit.setProperty("overAllocated", result.over_allocated)

    @property
    def over_allocated(self) -> bool:
        """Return True when the over-allocation warning is shown."""
        return not self.view.over_label.isHidden()

    def _say(self, message: str) -> None:
        self.view.field_message.setText(message)
        self.view.field_message.setVisible(bool(message))

    def focus_first(self) -> None:
        """Put the keyboard focus in the first field."""
        focus_first_field(self)

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow edits (tables become read-only through their models' flags)."""
        view = self.view
        for edit in (view.headcount_edit, view.available_edit, view.federal_edit, view.note_edit):
            edit.setReadOnly(read_only)
        view.date_edit.set_read_only(read_only)
