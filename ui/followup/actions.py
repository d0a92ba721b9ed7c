"""« Plans d'action »: per year and objective (a priority, or a point d'attention), its actions.

Adding, removing and moving actions and carrying last year's open actions run core commands
(:mod:`zonalplan.followup.editing`); each is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.binding.protocol import PlanSession
from ui.binding.run import run_checked
from ui.followup.actions_model import HOURS_COLUMN, STATUS_COLUMN, ActionsModel
from ui.followup.chapter import FollowUpChapter
from ui.followup.labels import action_status, kind_text
from ui.widgets.delegates import NUMBER_PATTERN, ComboDelegate, ValidatedDelegate
from ui.widgets.reflow import FlowLayout, together
from zonalplan.commands import Changes, Command
from zonalplan.followup.editing import (
    add_action_command,
    carry_command,
    move_action_command,
    plan_years,
    remove_action_command,
)
from zonalplan.model.followup import ActionStatus
from zonalplan.model.plan import ObjectiveKind


class ActionsEditor(FollowUpChapter, QWidget):
    """Edit the yearly action plans of the priorities (and, if asked, the points d'attention)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._locked = False
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("actionsYear")
        self.attention_check = QCheckBox(self.tr("Points d'attention aussi"), self)
        self.carry_button = QPushButton(
            self.tr("Reprendre les actions ouvertes de l'année précédente"), self)
        self.objectives = QComboBox(self)
        self.objectives.setObjectName("actionsObjectives")
        self.objectives.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objectives.setMinimumContentsLength(30)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ActionsModel(session, self)
        self.table = QTableView(self)
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, ComboDelegate(
            [(action_status(s), s.value) for s in ActionStatus], self))
        self.table.setItemDelegateForColumn(HOURS_COLUMN, ValidatedDelegate(
            {HOURS_COLUMN: NUMBER_PATTERN}, self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 110, 130, 82, 82, 85, 55)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Ajouter une action"), self)
        self.remove_button = QPushButton(self.tr("Supprimer"), self)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.message = QLabel(self)
        self.message.setObjectName("actionsMessage")
        self.message.setWordWrap(True)
        self._layout()
        self._fill_years()
        self._fill_objectives()
        self._connect_callbacks()

    def _layout(self) -> None:
        top = FlowLayout().add_widgets(together(QLabel(self.tr("Année :"), self), self.year_combo),
                                       self.attention_check)
        buttons = FlowLayout().add_widgets(self.add_button, self.remove_button, self.up_button,
                                           self.down_button, self.carry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.objectives)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _connect_callbacks(self) -> None:
        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.attention_check.toggled.connect(lambda _on: self._fill_objectives())
        self.objectives.currentIndexChanged.connect(lambda _i: self._show_objective())
        self.carry_button.clicked.connect(self.carry_open_actions)
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_action)
        self.up_button.clicked.connect(lambda: self.move_action(-1))
        self.down_button.clicked.connect(lambda: self.move_action(1))
        self.model.rejected.connect(self._show_message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.session.changed.connect(self._on_changed)

    # -- state ----------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        """Return the year shown."""
        return int(self.year_combo.currentData() or 0)

    def set_year(self, year: int) -> None:
        """Show the action plans of ``year``."""
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def select_objective(self, objective_id: str) -> bool:
        """Show one objective's actions; False when it is not in the list."""
        index = self.objectives.findData(objective_id)
        if index >= 0:
            self.objectives.setCurrentIndex(index)
        return index >= 0

    def current_objective(self) -> str | None:
        """Return the id of the objective shown."""
        return self.objectives.currentData()

    def selected_action(self) -> str | None:
        """Return the id of the selected action."""
        rows = self.table.selectionModel().selectedRows()
        action = self.model.action(rows[0].row()) if rows else None
        return action.id if action else None

    def _fill_years(self) -> None:
        import datetime as dt

        current = self.year or dt.date.today().year
        years = plan_years(self.session.plan)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.blockSignals(False)
        self.set_year(min(max(current, years[0]), years[-1]))

    def _fill_objectives(self) -> None:
        current = self.current_objective()
        with_attention = self.attention_check.isChecked()
        followup = self.session.plan.followup
        self.objectives.blockSignals(True)
        self.objectives.clear()
        for objective in self.session.plan.objectives:
            if objective.kind is not ObjectiveKind.PRIORITY and not with_attention:
                continue
            count = len(followup.actions_for(objective.id, self.year))
            text = self.tr("%1 (%2 action(s))").replace("%1", objective.label).replace(
                "%2", str(count))
            self.objectives.addItem(text, objective.id)
            self.objectives.setItemData(self.objectives.count() - 1,
                                        f"{objective.label} — {kind_text(objective.kind)}",
                                        Qt.ItemDataRole.ToolTipRole)
        if not (current and self.select_objective(current)) and self.objectives.count():
            self.objectives.setCurrentIndex(0)
        self.objectives.blockSignals(False)
        self._show_objective()

    def _show_objective(self) -> None:
        objective_id = self.current_objective()
        objective = next((o for o in self.session.plan.objectives if o.id == objective_id), None)
        if objective is None:
            self.heading.setText(self.tr("Aucune priorité dans le plan : ajoutez-en dans "
                                         "« Stratégie et priorités »."))
        else:
            owner = objective.owner or self.tr("sans responsable")
            self.heading.setText(self.tr("%1 — plan d'action %2 — responsable : %3").replace(
                "%1", objective.label).replace("%2", str(self.year)).replace("%3", owner))
        self.model.show(objective_id, self.year)
        self._update_buttons()

    def _on_year(self, _index: int) -> None:
        self._fill_objectives()

    def _on_changed(self, changes: Changes) -> None:
        if {"followup", "objectives", "period", "plan"} & set(changes.chapters):
            selected = self.selected_action()
            if "period" in changes.chapters or "plan" in changes.chapters:
                self._fill_years()
            self._fill_objectives()
            if selected:
                self._select_action(selected)

    def _select_action(self, action_id: str) -> None:
        if action_id in self.model.ids:
            self.table.selectRow(self.model.ids.index(action_id))

    def _update_buttons(self) -> None:
        has_objective = self.current_objective() is not None
        selected = self.selected_action() is not None
        editable = not self._locked
        self.add_button.setEnabled(editable and has_objective)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable and selected)
        years = plan_years(self.session.plan)
        self.carry_button.setEnabled(editable and self.year > years[0])

    def set_read_only(self, read_only: bool) -> None:
        """Show the actions but forbid changes (read-only file or review mode)."""
        self._locked = read_only
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setEditTriggers(triggers)
        self._update_buttons()

    # -- commands -------------------------------------------------------------------------------

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _run(self, command: Command) -> bool:
        message = run_checked(self.session, command)
        self._show_message(message or "")
        return message is None

    def add_action(self) -> str | None:
        """Add an action to the objective shown and select its title for typing."""
        objective_id = self.current_objective()
        if objective_id is None:
            return None
        objective = next(o for o in self.session.plan.objectives if o.id == objective_id)
        command = add_action_command(self.session.plan.followup, objective_id, self.year,
                                     self.tr("Nouvelle action"), objective.owner)
        command.text = self.tr("Ajouter une action")
        if not self._run(command):
            return None
        action_id = command.element.id
        self._select_action(action_id)
        self.table.setFocus()
        return action_id

    def remove_action(self) -> bool:
        """Remove the selected action (undoable)."""
        action_id = self.selected_action()
        if action_id is None:
            return False
        command = remove_action_command(action_id)
        command.text = self.tr("Supprimer une action")
        return self._run(command)

    def move_action(self, step: int) -> bool:
        """Move the selected action up (-1) or down (+1) in its year's plan."""
        action_id = self.selected_action()
        if action_id is None:
            return False
        command = move_action_command(self.session.plan.followup, action_id, step)
        if command is None:
            return False
        command.text = self.tr("Déplacer une action")
        if not self._run(command):
            return False
        self._select_action(action_id)
        return True

    def carry_open_actions(self) -> int:
        """Copy the previous year's open actions into the year shown, as one undo step."""
        command = carry_command(self.session.plan.followup, self.year - 1)
        if command is None:
            self._show_message(self.tr("Aucune action ouverte en %1 à reprendre.").replace(
                "%1", str(self.year - 1)), error=False)
            return 0
        count = len(command.commands)
        command.text = self.tr("Reprendre %1 action(s) ouverte(s) de %2").replace(
            "%1", str(count)).replace("%2", str(self.year - 1))
        if not self._run(command):
            return 0
        self._show_message(self.tr("%1 action(s) reprise(s) de %2 : Ctrl+Z les retire toutes.")
                           .replace("%1", str(count)).replace("%2", str(self.year - 1)),
                           error=False)
        return count

    def show_place(self, place: Any) -> bool:
        """Show the objective of a finding's place."""
        objective_id = getattr(place, "objective_id", None)
        return isinstance(objective_id, str) and self.select_objective(objective_id)
