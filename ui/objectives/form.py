"""Controller of the objective form: fields, indicators, links, suggestion chips, findings strip."""

from __future__ import annotations

import logging
import re
from html import escape
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.binding import links, run_checked
from ui.binding.form import FormBinder
from ui.objectives.chips import SuggestionChips
from ui.objectives.indicators_model import NUMBER_COLUMNS, YEAR_COLUMNS, IndicatorsModel
from ui.objectives.links_model import COL_WEIGHT, LinksModel
from ui.objectives.objectives_view import ObjectivesView
from ui.objectives.suggestions import suggestions_for
from ui.widgets import dialogs
from ui.widgets.delegates import NUMBER_PATTERN, YEAR_PATTERN, ComboDelegate, ValidatedDelegate
from ui.widgets.status_icons import COLORS
from zonalplan.commands import InsertElement, RemoveElement, SetValue
from zonalplan.editing import new_indicator
from zonalplan.model import Domain, LinkWeight, ObjectiveKind, PlanError

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place
    from zonalplan.reference.api import Reference


log = logging.getLogger(__name__)

TAB_GENERAL, TAB_APPROACH, TAB_INDICATORS, TAB_LINKS, TAB_CAPACITY = range(5)
FIELD_TABS = {
    "code": TAB_GENERAL, "title": TAB_GENERAL, "kind": TAB_GENERAL, "domain": TAB_GENERAL,
    "owner": TAB_GENERAL, "description": TAB_GENERAL, "rationale": TAB_GENERAL,
    "chain": TAB_APPROACH, "prevention": TAB_APPROACH, "repression": TAB_APPROACH,
    "aftercare": TAB_APPROACH, "partners": TAB_APPROACH, "tactical_objectives": TAB_APPROACH,
    "indicators": TAB_INDICATORS, "links": TAB_LINKS, "local_justification": TAB_LINKS,
    "capacity_fte": TAB_CAPACITY, "capacity_hours": TAB_CAPACITY, "capacity": TAB_CAPACITY,
}


class ObjectiveForm(QObject):
    """Show one objective in the form of an :class:`ObjectivesView` and edit it."""

    message = Signal(str, bool)  # French text, is it an error
    link_requested = Signal(str)  # a suggestion chip was accepted: the national item's id
    suggestions_shown = Signal()  # the suggestion chips were refreshed

    def __init__(self, session: PlanSession, reference: Reference, view: ObjectivesView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = reference
        self.view = view
        self.objective_id: str | None = None
        self._suggest_key: Any = None
        self.indicators = IndicatorsModel(session, self)
        view.indicators_table.setModel(self.indicators)
        patterns = {c: NUMBER_PATTERN for c in NUMBER_COLUMNS}
        patterns.update({c: YEAR_PATTERN for c in YEAR_COLUMNS})
        view.indicators_table.setItemDelegate(ValidatedDelegate(patterns, view))
        view.setup_indicator_columns()
        self.links = LinksModel(session, reference, self)
        view.links_table.setModel(self.links)
        weights = [(label, weight.value) for weight, label in self.links.weights.items()]
        view.links_table.setItemDelegateForColumn(COL_WEIGHT, ComboDelegate(weights, view))
        view.setup_link_columns()
        self.chips = SuggestionChips(reference, view)
        view.install_chips(self.chips)
        self.binder = FormBinder(session, self)
        self._bind_fields()
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(350)
        self._connect_callbacks()

    # -- public API ----------------------------------------------------------------------------

    def show(self, objective_id: str | None) -> None:
        """Show another objective (None: the empty state)."""
        self.binder.cut_typing()
        self.objective_id = objective_id
        self.view.form_stack.setCurrentIndex(1 if objective_id else 0)
        self.indicators.set_objective(objective_id)
        self.links.set_objective(objective_id)
        self.view.indicator_message.hide()
        self._suggest_key = None
        self.refresh()

    def refresh(self) -> None:
        """Show the plan's current values (fields not being typed in are rewritten only)."""
        objective = self._objective()
        if objective is None:
            return
        view = self.view
        self.binder.refresh()
        view.partners_edit.set_values(list(objective.partners))
        view.tactical_edit.set_values(list(objective.tactical_objectives))
        self.indicators.refresh()
        self.links.refresh()
        view.heading.setText(objective.label)
        view.tabs.setTabText(TAB_INDICATORS, self.tr("Indicateurs (%1)")
                             .replace("%1", str(len(objective.indicators))))
        view.tabs.setTabText(TAB_LINKS, self.tr("Liens (%1)")
                             .replace("%1", str(len(objective.links))))
        self.show_findings()
        self._suggest_timer.start()

    def focus(self, place: Place) -> None:
        """Show the tab, row and field named by an alignment place."""
        parts = [p for p in re.split(r"[./:]", place.field or "") if p]
        ref_id = place.ref_id
        tab = FIELD_TABS.get(parts[0], TAB_GENERAL) if parts else TAB_GENERAL
        if not parts and ref_id:
            tab = TAB_LINKS
        self.view.tabs.setCurrentIndex(tab)
        if tab == TAB_INDICATORS and len(parts) > 1:
            row = self.indicators.row_of(parts[1])
            if row >= 0:
                self.view.indicators_table.selectRow(row)
        if tab == TAB_LINKS and ref_id:
            row = self.links.row_of(ref_id)
            if row >= 0:
                self.view.links_table.selectRow(row)
        widget = self._field_widget(parts)
        if widget is not None:
            widget.setFocus()

    def show_findings(self) -> None:
        """Show the alignment findings about the objective above its tabs."""
        report = self._session.report
        label = self.view.findings_label
        findings = report.for_objective(self.objective_id) if report and self.objective_id \
            else []
        if not findings:
            label.setText("<span style='color:#66727d'>"
                          + escape(self.tr("Aucune remarque sur cet objectif.")) + "</span>")
            return
        rows = []
        for index, finding in enumerate(findings[:4]):
            color = COLORS.get(finding.severity, COLORS["info"]).name()
            rows.append(f"<span style='color:{color}'>●</span> {escape(finding.message)} "
                        f"<a href='finding:{index}'>{escape(self.tr('Corriger'))}</a>")
        if len(findings) > 4:
            rows.append(escape(self.tr("… et %1 autres remarques dans le panneau d'alignement.")
                               .replace("%1", str(len(findings) - 4))))
        label.setText("<br>".join(rows))

    def add_indicator(self) -> str | None:
        """Append an indicator to the objective and start editing its name."""
        if self.objective_id is None:
            return None
        indicator = new_indicator(self.tr("Nouvel indicateur"))
        if not self._run(InsertElement(("objectives", self.objective_id, "indicators"),
                                       indicator, text=self.tr("Ajouter un indicateur"))):
            return None
        index = self.indicators.index(self.indicators.row_of(indicator.id), 0)
        self.view.indicators_table.setCurrentIndex(index)
        self.view.indicators_table.edit(index)
        return indicator.id

    def remove_indicator(self) -> bool:
        """Remove the selected indicator."""
        row = self.view.indicators_table.currentIndex().row()
        indicator_id = self.indicators.indicator_id(row)
        if self.objective_id is None or indicator_id is None:
            return False
        return self._run(RemoveElement(("objectives", self.objective_id, "indicators"),
                                       indicator_id, text=self.tr("Supprimer un indicateur")))

    def baseline_from_data(self) -> bool:
        """Fill the selected indicator's baseline from a series of the plan's data."""
        from ui.objectives.baseline_dialog import BaselineDialog
        from zonalplan.editing.evidence import baseline_command

        row = self.view.indicators_table.currentIndex().row()
        indicator_id = self.indicators.indicator_id(row)
        if self.objective_id is None or indicator_id is None:
            self._on_indicator_rejected(self.tr("Choisissez d'abord un indicateur dans le "
                                                "tableau."))
            return False
        plan = self._session.plan
        objective = next(o for o in plan.objectives if o.id == self.objective_id)
        indicator = next(i for i in objective.indicators if i.id == indicator_id)
        dialog = BaselineDialog(plan, indicator.series_key, self.view)
        if not dialogs.exec_dialog(dialog) or dialog.selected() is None:
            return False
        series, year = dialog.selected()  # type: ignore[misc]
        try:
            command = baseline_command(plan, self.objective_id, indicator_id, series, year)
        except PlanError as exc:
            self._on_indicator_rejected(str(exc))
            return False
        command.text = self.tr("Valeur de départ de « {} »").format(indicator.name)
        return self._run(command)

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow edits in the form (it stays readable)."""
        view = self.view
        for edit in (view.code_edit, view.title_edit, view.owner_edit, view.description_edit,
                     view.rationale_edit, view.prevention_edit, view.repression_edit,
                     view.aftercare_edit, view.justification_edit, view.fte_edit,
                     view.hours_edit):
            edit.setReadOnly(read_only)
        for widget in (view.kind_combo, view.domain_combo, view.add_indicator_button,
                       view.remove_indicator_button, view.baseline_button,
                       view.remove_link_button, self.chips):
            widget.setEnabled(not read_only)
        view.partners_edit.set_editable(not read_only)
        view.tactical_edit.set_editable(not read_only)

    # -- wiring --------------------------------------------------------------------------------

    def _bind_fields(self) -> None:
        view, bind = self.view, self.binder

        def path(*rest: str):
            return lambda: ("objectives", self.objective_id, *rest) if self.objective_id else None

        bind.text(view.code_edit, path("code"), text=self.tr("Modifier le code"))
        bind.text(view.title_edit, path("title"), text=self.tr("Modifier l'intitulé"),
                  required=self.tr("L'intitulé ne peut pas être vide."))
        bind.choice(view.kind_combo, path("kind"), text=self.tr("Modifier le type"),
                    convert=ObjectiveKind)
        bind.choice(view.domain_combo, path("domain"), text=self.tr("Modifier le domaine"),
                    convert=Domain)
        bind.text(view.owner_edit, path("owner"), text=self.tr("Modifier le responsable"))
        bind.text(view.description_edit, path("description"),
                  text=self.tr("Modifier la description"))
        bind.text(view.rationale_edit, path("rationale"), text=self.tr("Modifier la motivation"))
        chain = self.tr("Modifier l'approche en chaîne")
        bind.text(view.prevention_edit, path("chain", "prevention"), text=chain)
        bind.text(view.repression_edit, path("chain", "repression"), text=chain)
        bind.text(view.aftercare_edit, path("chain", "aftercare"), text=chain)
        bind.text(view.justification_edit, path("local_justification"),
                  text=self.tr("Modifier la justification locale"))
        bind.number(view.fte_edit, path("capacity_fte"), text=self.tr("Modifier la capacité"))
        bind.number(view.hours_edit, path("capacity_hours"), text=self.tr("Modifier la capacité"))

    def _connect_callbacks(self) -> None:
        view = self.view
        view.add_indicator_button.clicked.connect(self.add_indicator)
        view.remove_indicator_button.clicked.connect(self.remove_indicator)
        view.baseline_button.clicked.connect(self.baseline_from_data)
        view.remove_link_button.clicked.connect(self._on_remove_link)
        view.partners_edit.edited.connect(lambda values: self._on_list_edited("partners", values))
        view.tactical_edit.edited.connect(
            lambda values: self._on_list_edited("tactical_objectives", values))
        view.findings_label.linkActivated.connect(self._on_finding_link)
        self.binder.message.connect(lambda text: self.message.emit(text, bool(text)))
        self.indicators.rejected.connect(self._on_indicator_rejected)
        self.links.weight_requested.connect(self._on_weight)
        self.chips.accepted.connect(self.link_requested.emit)
        self._suggest_timer.timeout.connect(self._update_suggestions)

    # -- handlers ------------------------------------------------------------------------------

    def _on_remove_link(self) -> None:
        ref_id = self.links.ref_id(self.view.links_table.currentIndex().row())
        if self.objective_id and ref_id:
            command = links.remove_link(self._session.plan, self.objective_id, ref_id)
            if command is not None:
                self._run(command)

    def _on_weight(self, ref_id: str, weight: LinkWeight) -> None:
        if self.objective_id:
            command = links.set_weight(self._session.plan, self.objective_id, ref_id, weight)
            if command is not None:
                self._run(command)

    def _on_list_edited(self, field: str, values: list[str]) -> None:
        if self.objective_id is None:
            return
        text = (self.tr("Modifier les partenaires") if field == "partners"
                else self.tr("Modifier les objectifs tactiques"))
        self._run(SetValue(("objectives", self.objective_id, field), values, text=text))

    def _on_indicator_rejected(self, message: str) -> None:
        self.view.indicator_message.setText(message)
        self.view.indicator_message.setVisible(bool(message))

    def _on_finding_link(self, link: str) -> None:
        report = self._session.report
        if report is None or self.objective_id is None:
            return
        findings = report.for_objective(self.objective_id)
        index = int(link.removeprefix("finding:"))
        if 0 <= index < len(findings):
            self.focus(findings[index].place)

    # -- private -------------------------------------------------------------------------------

    def _objective(self) -> Any:
        return self._session.plan.objective(self.objective_id) if self.objective_id else None

    def _run(self, command: Any) -> bool:
        message = run_checked(self._session, command)
        self.message.emit(message or "", bool(message))
        return message is None

    def _update_suggestions(self) -> None:
        objective = self._objective()
        if objective is None:
            self.chips.set_suggestions([])
            return
        linked = {link.ref_id for link in objective.links}
        exclude = set(linked)
        if self._reference is not None:
            for ref_id in linked:
                exclude.update(item.id for item in self._reference.ancestors(ref_id))
        key = (objective.id, objective.title, objective.description, frozenset(exclude))
        if key == self._suggest_key:
            return
        self._suggest_key = key
        text = f"{objective.title}\n{objective.description}"
        # off the UI thread: the first call may build the engine's index (about 2 s when cold)
        from ui.tasks import Task

        if self._reference is None:
            self._show_suggestions(key, None)
            return
        Task(suggestions_for, text, self._reference, exclude) \
            .success(lambda found, k=key: self._show_suggestions(k, found)) \
            .failure(lambda exc, k=key: self._suggestions_failed(k, exc)) \
            .run()

    def _suggestions_failed(self, key: Any, exc: BaseException) -> None:
        log.error("Suggestions impossibles", exc_info=exc)
        self._show_suggestions(key, None)

    def _show_suggestions(self, key: Any, found: list[Any] | None) -> None:
        if not shiboken6.isValid(self.chips) or key != self._suggest_key:
            return  # the editor is gone, or the text changed meanwhile
        if found is None:
            self.chips.set_suggestions([], self.tr("Les suggestions ne sont pas disponibles."))
        else:
            self.chips.set_suggestions(found, self.tr("Aucune autre suggestion pour ce texte."))
        self.suggestions_shown.emit()

    def _field_widget(self, parts: list[str]) -> QWidget | None:
        view = self.view
        name = parts[-1] if parts and parts[0] == "chain" else (parts[0] if parts else "title")
        return {
            "code": view.code_edit, "title": view.title_edit, "kind": view.kind_combo,
            "domain": view.domain_combo, "owner": view.owner_edit,
            "description": view.description_edit, "rationale": view.rationale_edit,
            "chain": view.prevention_edit, "prevention": view.prevention_edit,
            "repression": view.repression_edit, "aftercare": view.aftercare_edit,
            "partners": view.partners_edit.list, "tactical_objectives": view.tactical_edit.list,
            "indicators": view.indicators_table, "links": view.links_table,
            "local_justification": view.justification_edit, "capacity_fte": view.fte_edit,
            "capacity_hours": view.hours_edit, "capacity": view.fte_edit,
        }.get(name)
