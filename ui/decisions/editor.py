"""National decisions editor: the zone's decision and justification on every PNS theme."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.binding import run_checked
from ui.binding.form import FormBinder
from ui.decisions.decisions_view import DecisionsView
from ui.decisions.model import (
    COL_DECISION,
    COL_TEXT,
    REF_ID_ROLE,
    UNDECIDED,
    DecisionsModel,
    decision_command,
)
from ui.decisions.official_text import OfficialTextDialog, official_html
from ui.widgets.delegates import ComboDelegate
from ui.widgets.focus import focus_first_field
from zonalplan.i18n import current

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place
    from zonalplan.reference.api import Reference


class DecisionsEditor(QWidget):
    """Edit ``plan.decisions`` (PriorityDecision per PNS theme) through undoable commands."""

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = reference
        self._current: str | None = None
        self._dialogs: list[OfficialTextDialog] = []
        self._read_only = session.read_only
        self.model = DecisionsModel(session, reference, self)
        self.view = DecisionsView(self.model.choices(), self)
        QVBoxLayout(self).addWidget(self.view)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.view.table.setModel(self.model)
        self.view.table.setItemDelegateForColumn(COL_DECISION,
                                                 ComboDelegate(self.model.choices(), self))
        self.view.setup_columns()
        self.binder = FormBinder(session, self)
        self.binder.text(self.view.justification_edit, self._justification_path,
                         text=self.tr("Modifier la justification"))
        self._texts = {"set": self.tr("Choisir une décision nationale"),
                       "remove": self.tr("Retirer une décision nationale")}
        self._connect_callbacks()
        self._update_summary()
        if self.model.nodes:
            self.select(self.model.nodes[0].id)

    # -- public API ----------------------------------------------------------------------------

    @property
    def current_ref_id(self) -> str | None:
        """Return the id of the theme shown in the detail."""
        return self._current

    def select(self, ref_id: str) -> bool:
        """Select a theme's row and show its detail."""
        row = self.model.row_of(ref_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.table.scrollTo(index)
        if self._current != ref_id:
            self._show(ref_id)
        return True

    def show_place(self, place: Place) -> bool:
        """Select the theme named by an alignment place (or its theme) and focus the field."""
        ref_id = place.ref_id
        if not ref_id:
            return False
        if self.model.row_of(ref_id) < 0 and self._reference is not None:
            theme = self._reference.theme_of(ref_id)
            ref_id = theme.id if theme is not None else ref_id
        if not self.select(ref_id):
            return False
        if self.model.decision_of(ref_id) == UNDECIDED:
            next(iter(self.view.decision_buttons.values())).setFocus()
        else:
            self.view.justification_edit.setFocus()
        return True

    def set_decision(self, ref_id: str, decision: str) -> bool:
        """Set the decision on a theme ("" = indécis) as one undo step."""
        order = self._reference.order if self._reference is not None else []
        command = decision_command(self._session.plan, order, ref_id, decision, self._texts)
        if command is None:
            return False
        message = run_checked(self._session, command)
        self._say(message or "")
        return message is None

    def focus_first(self) -> None:
        """Put the keyboard focus in the first field."""
        focus_first_field(self)

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow edits (the table and the official texts stay readable)."""
        self._read_only = read_only
        if self._current:
            self._refresh_detail()
        self.model.refresh()

    def open_official_text(self, ref_id: str | None = None) -> OfficialTextDialog | None:
        """Open the official text of a theme in a separate, non-modal window."""
        node = self._reference.item(ref_id or self._current or "", current())
        if node is None:
            return None
        dialog = OfficialTextDialog(self._reference, node, self)
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        self._session.changed.connect(self._on_changed)
        self.view.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.view.table.clicked.connect(self._on_clicked)
        self.view.decision_group.buttonClicked.connect(self._on_radio)
        self.view.official_button.clicked.connect(lambda: self.open_official_text())
        self.model.decision_requested.connect(self.set_decision)
        self.binder.message.connect(self._say)

    # -- handlers ------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        chapters = set(changes.chapters)
        if "decisions" in chapters or "plan" in chapters:
            self.model.refresh_links()
            self.model.refresh()
        elif "objectives" not in chapters or not self.model.refresh_links():
            return  # not ours, or an objective's text changed but not its links
        self._update_summary()
        if self._current:
            self._refresh_detail()

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref_id = current.data(REF_ID_ROLE) if current.isValid() else None
        if ref_id and ref_id != self._current:
            self._show(ref_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_TEXT:
            self.open_official_text(index.data(REF_ID_ROLE))

    def _on_radio(self, button: Any) -> None:
        if self._current is None:
            return
        for value, candidate in self.view.decision_buttons.items():
            if candidate is button:
                self.set_decision(self._current, value)
                return

    # -- private -------------------------------------------------------------------------------

    def _justification_path(self) -> tuple[str, ...] | None:
        if self._current and self._session.plan.decision_for(self._current) is not None:
            return ("decisions", self._current, "justification")
        return None

    def _show(self, ref_id: str) -> None:
        self.binder.cut_typing()
        self._current = ref_id
        node = self._reference.item(ref_id, current())
        self.view.heading.setText(node.label if node else ref_id)
        self.view.official.setHtml(official_html(self._reference, node) if node else "")
        self._refresh_detail()

    def _refresh_detail(self) -> None:
        ref_id = self._current
        decision = self.model.decision_of(ref_id)
        button = self.view.decision_buttons.get(decision)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        decided = decision != UNDECIDED
        edit = self.view.justification_edit
        read_only = self._read_only or self._session.read_only
        edit.setReadOnly(not decided or read_only)
        if not decided:
            edit.blockSignals(True)
            edit.setPlainText("")
            edit.blockSignals(False)
            edit.setPlaceholderText(self.tr("Choisissez d'abord une décision, puis justifiez-la."))
        else:
            edit.setPlaceholderText(self.tr(
                "Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par "
                "d'autres acteurs…"))
            self.binder.refresh()
        for radio in self.view.decision_buttons.values():
            radio.setEnabled(not read_only)
        primary, secondary = self.model.linked_codes(ref_id)
        if primary or secondary:
            text = self.tr("Objectifs liés : %1").replace("%1", ", ".join(primary) or "—")
            if secondary:
                text += " — " + self.tr("liens secondaires : %1").replace("%1",
                                                                         ", ".join(secondary))
        else:
            text = self.tr("Aucun objectif du plan n'est lié à ce thème.")
        self.view.linked_label.setText(text)

    def _update_summary(self) -> None:
        counts = {value: 0 for value in self.model.labels}
        for node in self.model.nodes:
            if node.id in self.model.required:  # the themes a zone must decide on
                counts[self.model.decision_of(node.id)] += 1
        labels = [(self.tr("retenus"), counts["retenu"]),
                  (self.tr("fonctionnement régulier"), counts["fonctionnement_regulier"]),
                  (self.tr("non retenus"), counts["non_retenu"]),
                  (self.tr("indécis"), counts[UNDECIDED])]
        parts = [f"<b>{count}</b> {escape(label)}" for label, count in labels]
        if counts[UNDECIDED]:
            parts[-1] = f"<span style='color:#c62828'>{parts[-1]}</span>"
        self.view.summary.setText(" · ".join(parts))

    def _say(self, message: str) -> None:
        self.view.message.setText(message)
        self.view.message.setVisible(bool(message))
