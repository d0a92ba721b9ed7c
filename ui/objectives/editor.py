"""Objectives editor: list of strategic objectives and the form of the selected one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.binding import links, run_checked
from ui.binding.selection import selection_for
from ui.objectives.form import TAB_GENERAL, ObjectiveForm
from ui.objectives.list_model import ID_ROLE, ObjectivesFilter, ObjectivesModel
from ui.objectives.objectives_view import ObjectivesView
from ui.widgets.focus import focus_first_field
from zonalplan.commands import InsertElement, MoveElement, RemoveElement
from zonalplan.editing import (
    NOT_LINKABLE_KINDS,
    duplicate_objective,
    insertion_index,
    new_objective,
)
from zonalplan.model import Domain, LinkWeight, ObjectiveKind

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place, Report
    from zonalplan.reference.api import Reference


class ObjectivesEditor(QWidget):
    """Edit the plan's strategic objectives through undoable commands."""

    current_changed = Signal(object)  # the selected objective id (or None)

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = reference
        self._current: str | None = None
        self._read_only = session.read_only
        self.selection = selection_for(session)
        self.view = ObjectivesView(self)
        QVBoxLayout(self).addWidget(self.view)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.model = ObjectivesModel(session, self)
        self.proxy = ObjectivesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.view.setup_table_columns()
        self.form = ObjectiveForm(session, reference, self.view, self)
        self.indicators, self.links, self.chips = (self.form.indicators, self.form.links,
                                                   self.form.chips)
        self.suggestions_shown = self.form.suggestions_shown
        self._connect_callbacks()
        self.model.set_report(session.report)
        self.set_read_only(session.read_only)
        self._update_count()
        if session.plan.objectives:
            self.select_objective(session.plan.objectives[0].id)
        else:
            self._show_objective(None)

    # -- public API ----------------------------------------------------------------------------

    @property
    def current_objective_id(self) -> str | None:
        """Return the id of the objective shown in the form."""
        return self._current

    def select_objective(self, objective_id: str | None) -> bool:
        """Select an objective in the list (clearing filters that hide it) and show its form."""
        if objective_id is None or self._session.plan.objective(objective_id) is None:
            self.view.table.clearSelection()
            self._show_objective(None)
            return False
        proxy_index = self._proxy_index(objective_id)
        if not proxy_index.isValid():
            self._clear_filters()
            proxy_index = self._proxy_index(objective_id)
        self.view.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.table.scrollTo(proxy_index)
        if self._current != objective_id:
            self._show_objective(objective_id)
        return True

    def show_place(self, place: Place) -> bool:
        """Select the objective named by an alignment place and focus the field it names."""
        if not self.select_objective(place.objective_id):
            return False
        self.form.focus(place)
        return True

    def add_objective(self, kind: ObjectiveKind = ObjectiveKind.PRIORITY) -> str | None:
        """Insert a new objective of ``kind`` with a proposed code; return its id."""
        plan = self._session.plan
        domain = Domain(self.view.domain_filter.currentData() or Domain.EXTERNAL.value)
        objective = new_objective(plan, kind, domain, self.tr("Nouvel objectif"))
        text = (self.tr("Ajouter une priorité") if kind == ObjectiveKind.PRIORITY
                else self.tr("Ajouter un point d'attention"))
        command = InsertElement(("objectives",), objective, insertion_index(plan, kind),
                                text=text)
        if not self._run(command):
            return None
        self.select_objective(objective.id)
        self.view.tabs.setCurrentIndex(TAB_GENERAL)
        self.view.title_edit.setFocus()
        self.view.title_edit.selectAll()
        return objective.id

    def duplicate_objective(self) -> str | None:
        """Insert a copy of the selected objective just after it; return the copy's id."""
        plan = self._session.plan
        source = plan.objective(self._current) if self._current else None
        if source is None:
            return None
        copy = duplicate_objective(plan, source, self.tr(" (copie)"))
        index = plan.objectives.index(source) + 1
        if not self._run(InsertElement(("objectives",), copy, index,
                                       text=self.tr("Dupliquer un objectif"))):
            return None
        self.select_objective(copy.id)
        return copy.id

    def remove_objective(self) -> bool:
        """Remove the selected objective (undoable) and select its neighbour."""
        if self._current is None:
            return False
        row = self.view.table.currentIndex().row()
        if not self._run(RemoveElement(("objectives",), self._current,
                                       text=self.tr("Supprimer un objectif"))):
            return False
        count = self.proxy.rowCount()
        if count:
            self.select_objective(self.proxy.index(min(max(row, 0), count - 1), 0).data(ID_ROLE))
        else:
            self.select_objective(None)
        self._say(self.tr("Objectif supprimé. Ctrl+Z pour annuler."))
        return True

    def move_objective(self, step: int) -> bool:
        """Move the selected objective before the previous (-1) or after the next (+1) one shown."""
        if self._current is None:
            return False
        neighbour = self.proxy.index(self._proxy_index(self._current).row() + step, 0)
        if not neighbour.isValid():
            return False
        ids = [o.id for o in self._session.plan.objectives]
        moved = self._run(MoveElement(("objectives",), self._current,
                                      ids.index(neighbour.data(ID_ROLE)),
                                      text=self.tr("Déplacer un objectif")))
        if moved:
            self.select_objective(self._current)
        return moved

    def link_reference(self, objective_id: str | None, ref_id: str,
                       weight: LinkWeight | None = None) -> bool:
        """Link an objective to a national item (one undo step); say why when it cannot."""
        if objective_id is None:
            self._say(self.tr("Sélectionnez d'abord un objectif."), error=True)
            return False
        item = self._reference.item(ref_id) if self._reference is not None else None
        if item is None or item.kind in NOT_LINKABLE_KINDS:
            self._say(self.tr("Cet élément ne peut pas être lié à un objectif."), error=True)
            return False
        command = links.add_link(self._session.plan, objective_id, ref_id, weight)
        if command is None:
            self._say(self.tr("L'objectif est déjà lié à « %1 ».").replace("%1", item.label))
            return False
        if not self._run(command):
            return False
        self._say(self.tr("Lien ajouté : %1").replace("%1", item.label))
        return True

    def add_indicator(self) -> str | None:
        """Append an indicator to the selected objective and start editing its name."""
        return self.form.add_indicator()

    def remove_indicator(self) -> bool:
        """Remove the selected indicator of the selected objective."""
        return self.form.remove_indicator()

    def focus_first(self) -> None:
        """Put the keyboard focus in the first field."""
        focus_first_field(self)

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow edits; the list, the form and the links stay readable."""
        self._read_only = read_only
        view = self.view
        self.form.set_read_only(read_only)
        for widget in (view.add_button, view.up_button, view.down_button):
            widget.setEnabled(not read_only)
        view.duplicate_button.setEnabled(not read_only and self._current is not None)
        view.remove_button.setEnabled(not read_only and self._current is not None)
        view.table.setAcceptDrops(not read_only)

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        view = self.view
        self._session.changed.connect(self._on_changed)
        self._session.report_ready.connect(self._on_report)
        view.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        view.kind_filter.currentIndexChanged.connect(self._on_filter)
        view.domain_filter.currentIndexChanged.connect(self._on_filter)
        view.text_filter.textChanged.connect(self._on_filter)
        view.add_button.clicked.connect(lambda: self.add_objective(self._default_kind()))
        view.add_priority_action.triggered.connect(
            lambda: self.add_objective(ObjectiveKind.PRIORITY))
        view.add_attention_action.triggered.connect(
            lambda: self.add_objective(ObjectiveKind.ATTENTION_POINT))
        view.duplicate_button.clicked.connect(self.duplicate_objective)
        view.remove_button.clicked.connect(self.remove_objective)
        view.up_button.clicked.connect(lambda: self.move_objective(-1))
        view.down_button.clicked.connect(lambda: self.move_objective(1))
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.remove_objective),
                           (QKeySequence("Alt+Up"), lambda: self.move_objective(-1)),
                           (QKeySequence("Alt+Down"), lambda: self.move_objective(1)),
                           (QKeySequence("Insert"), lambda: self.add_objective(
                               self._default_kind()))):
            shortcut = QShortcut(keys, view.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=slot: None if self._read_only else s())
        self.form.message.connect(self._say)
        self.form.link_requested.connect(lambda ref_id: self.link_reference(self._current, ref_id))
        self.model.ref_dropped.connect(self.link_reference)

    # -- handlers ------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        if "datasets" in changes.chapters:  # a re-import may change the indicators' baselines
            self.form.indicators.refresh()
        if not ({"objectives", "plan"} & set(changes.chapters)):
            return
        if changes.structure or "plan" in changes.chapters:
            current = self._current
            self.model.rebuild()
            if current and self._session.plan.objective(current) is not None:
                self.select_objective(current)
                self.form.refresh()
            else:
                self.select_objective(self._first_visible_id())
            self._update_count()
            return
        self.model.refresh_rows(changes.objective_ids)
        if self._current in changes.objective_ids:
            self.form.refresh()

    def _on_report(self, report: Report | None) -> None:
        self.model.set_report(report)
        self.form.show_findings()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        objective_id = current.data(ID_ROLE) if current.isValid() else None
        if objective_id != self._current:
            self._show_objective(objective_id)

    def _on_filter(self, *_args: object) -> None:
        kind = self.view.kind_filter.currentData()
        domain = self.view.domain_filter.currentData()
        self.proxy.set_kind(ObjectiveKind(kind) if kind else None)
        self.proxy.set_domain(Domain(domain) if domain else None)
        self.proxy.set_text(self.view.text_filter.text())
        self._update_count()
        if self._current is not None:
            index = self._proxy_index(self._current)
            if index.isValid():
                self.view.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    # -- private -------------------------------------------------------------------------------

    def _proxy_index(self, objective_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index(self.model.row_of(objective_id), 0))

    def _run(self, command: Any) -> bool:
        message = run_checked(self._session, command)
        self._say(message or "", error=bool(message))
        return message is None

    def _say(self, text: str, error: bool = False) -> None:
        label = self.view.message
        label.setStyleSheet("color: #c62828;" if error else "color: palette(placeholder-text);")
        label.setText(text)
        label.setVisible(bool(text))

    def _default_kind(self) -> ObjectiveKind:
        kind = self.view.kind_filter.currentData()
        return ObjectiveKind(kind) if kind else ObjectiveKind.PRIORITY

    def _clear_filters(self) -> None:
        filters = (self.view.kind_filter, self.view.domain_filter, self.view.text_filter)
        for widget in filters:
            widget.blockSignals(True)
        self.view.kind_filter.setCurrentIndex(0)
        self.view.domain_filter.setCurrentIndex(0)
        self.view.text_filter.clear()
        for widget in filters:
            widget.blockSignals(False)
        self.proxy.clear()
        self._update_count()

    def _first_visible_id(self) -> str | None:
        index = self.proxy.index(0, 0)
        return index.data(ID_ROLE) if index.isValid() else None

    def _update_count(self) -> None:
        objectives = self._session.plan.objectives
        priorities = sum(o.kind == ObjectiveKind.PRIORITY for o in objectives)
        attention = len(objectives) - priorities
        text = (self.tr("%1 objectif") if len(objectives) < 2 else self.tr("%1 objectifs")) \
            .replace("%1", str(len(objectives)))
        text += " : " + (self.tr("%1 priorité") if priorities < 2 else self.tr("%1 priorités")) \
            .replace("%1", str(priorities))
        text += ", " + (self.tr("%1 point d'attention") if attention < 2
                        else self.tr("%1 points d'attention")).replace("%1", str(attention))
        if self.proxy.is_filtered():
            shown = self.proxy.rowCount()
            text += " — " + (self.tr("%1 affiché") if shown < 2 else self.tr("%1 affichés")) \
                .replace("%1", str(shown))
        self.view.count_label.setText(text)

    def _show_objective(self, objective_id: str | None) -> None:
        self._current = objective_id
        self.selection.set_objective_id(objective_id)
        writable = objective_id is not None and not self._read_only
        self.view.duplicate_button.setEnabled(writable)
        self.view.remove_button.setEnabled(writable)
        self.form.show(objective_id)
        self.current_changed.emit(objective_id)
