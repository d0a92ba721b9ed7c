"""The expectations of the authorities and partners: one text per author."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ui.resources import icon
from ui.sections.expectations_view import ExpectationsView
from zonalplan.commands import InsertElement, Macro, MoveElement, RemoveElement
from zonalplan.guidance import suggested_expectations
from zonalplan.model import AUTHOR_KIND_LABELS, AuthorKind, Expectation

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place


ROLE_ID = Qt.ItemDataRole.UserRole


class ExpectationsEditor(ExpectationsView):
    """Add, remove, order and write the expectations; every change is an undoable command."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.session = session
        self._read_only = False
        self._connect_callbacks()
        self._rebuild()

    def _connect_callbacks(self) -> None:
        self.list.currentItemChanged.connect(self._on_selected)
        for kind, action in self.add_actions.items():
            action.triggered.connect(lambda _c=False, k=kind: self._on_add(k))
        self.remove.clicked.connect(self._on_remove)
        self.up.clicked.connect(lambda: self._on_move(-1))
        self.down.clicked.connect(lambda: self._on_move(+1))
        self.suggest.clicked.connect(self._on_suggest)
        self.bullets.clicked.connect(self._on_bullets)
        self.session.changed.connect(self._on_changed)

    # -- redraw ---------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        if not {"expectations", "plan"} & set(changes.chapters):
            return
        if changes.structure or self.list.count() != len(self.session.plan.expectations):
            self._rebuild()
        else:
            self._relabel()

    def _label(self, expectation: Expectation) -> str:
        kind = AUTHOR_KIND_LABELS[expectation.author_kind]
        return f"{kind}\n{expectation.author}" if expectation.author else kind

    def _rebuild(self) -> None:
        selected = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for expectation in self.session.plan.expectations:
            item = QListWidgetItem(self._label(expectation))
            item.setData(ROLE_ID, expectation.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._relabel()
        ids = [e.id for e in self.session.plan.expectations]
        row = ids.index(selected) if selected in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._on_selected(self.list.currentItem(), None)

    def _relabel(self) -> None:
        for row, expectation in enumerate(self.session.plan.expectations):
            item = self.list.item(row)
            if item is None:
                continue
            item.setText(self._label(expectation))
            written = bool(expectation.text.strip())
            item.setIcon(icon("status-complete" if written else "status-empty"))

    def selected_id(self) -> str | None:
        """Return the id of the selected expectation."""
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item else None

    def _on_selected(self, item: QListWidgetItem | None, _previous: Any) -> None:
        key = item.data(ROLE_ID) if item else None
        base = ("expectations", key) if key else None
        self.kind.set_path(base + ("author_kind",) if base else None)
        self.author.set_path(base + ("author",) if base else None)
        self.text.set_path(base + ("text",) if base else None)
        self.detail.setVisible(key is not None)
        self.empty.setVisible(key is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        writable = not self._read_only
        self.add.setEnabled(writable)
        self.suggest.setEnabled(writable)
        self.remove.setEnabled(writable and row >= 0)
        self.up.setEnabled(writable and row > 0)
        self.down.setEnabled(writable and 0 <= row < count - 1)

    # -- edits ------------------------------------------------------------------------------------

    def _on_add(self, kind: AuthorKind) -> None:
        expectation = Expectation(author_kind=kind)
        if self.session.run(InsertElement(("expectations",), expectation,
                                          text=self.tr("Ajouter une attente"))):
            self.select(expectation.id)
            self.author.setFocus()

    def _on_remove(self) -> None:
        key = self.selected_id()
        if key:
            self.session.run(RemoveElement(("expectations",), key,
                                           text=self.tr("Supprimer une attente")))

    def _on_move(self, step: int) -> None:
        key, row = self.selected_id(), self.list.currentRow()
        if key and 0 <= row + step < self.list.count():
            self.session.run(MoveElement(("expectations",), key, row + step,
                                         text=self.tr("Déplacer une attente")))
            self.select(key)

    def _on_suggest(self) -> None:
        missing = suggested_expectations(self.session.plan)
        if not missing:
            self.session.error.emit(self.tr("Les auteurs attendus (chaque bourgmestre, le "
                                            "procureur du Roi, le gouverneur, le DirCo) sont "
                                            "déjà présents."))
            return
        self.session.run(Macro([InsertElement(("expectations",), e) for e in missing],
                               text=self.tr("Ajouter les auteurs attendus")))
        self.select(missing[0].id)

    def _on_bullets(self) -> None:
        if not self.text.isReadOnly():
            self.text.toggle_bullets()
            self.text.setFocus()

    # -- editor protocol --------------------------------------------------------------------------

    def select(self, expectation_id: str) -> None:
        """Select an expectation by id."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE_ID) == expectation_id:
                self.list.setCurrentRow(row)
                return

    def show_place(self, place: Place) -> bool:
        """Show the list (findings about expectations name no single author)."""
        self.list.setFocus()
        return place.chapter == "expectations"

    def focus_first(self) -> None:
        """Put the focus in the list of authors."""
        self.list.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading only."""
        self._read_only = read_only
        self.kind.set_read_only(read_only)
        self.author.set_read_only(read_only)
        self.text.set_read_only(read_only)
        self.bullets.setEnabled(not read_only)
        self._update_buttons()
