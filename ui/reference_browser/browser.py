"""Reference browser (dock): the national frame as trees, full-text search, official texts.

Items can be dragged onto an objective of the objectives list, or linked to the selected objective
with a button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtWidgets import QDockWidget, QWidget

from ui.binding import run_checked
from ui.binding.links import add_link
from ui.binding.selection import selection_for
from ui.reference_browser.browser_view import ReferenceBrowserView
from ui.reference_browser.detail import render_item
from ui.reference_browser.models import (
    GLOSSARY,
    REF_ID_ROLE,
    SOURCE_ORDER,
    SearchModel,
    SourceTreeModel,
)
from zonalplan.editing import NOT_LINKABLE_KINDS
from zonalplan.editing.editions import plan_edition_record
from zonalplan.i18n import current
from zonalplan.reference.api import SOURCE_LABELS
from zonalplan.reference.editions import reference_for_plan

PREVIOUS = "@previous"
"""Suffix of the source-list key of a previous edition (the compiled reference's)."""

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place
    from zonalplan.reference.api import Reference


class ReferenceBrowser(QDockWidget):
    """Browse and search the national frame; link items to the selected objective."""

    def __init__(self, session: PlanSession, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Référentiel national"), parent)
        self.setObjectName("referenceBrowser")
        self._session = session
        self._base = getattr(reference, "base", reference)
        self._reference = self._plan_reference()
        self._trees: dict[str, SourceTreeModel] = {}
        self._current: str | None = None
        self._previous = False
        self.selection = selection_for(session)
        self.view = ReferenceBrowserView(self)
        self.setWidget(self.view)
        if isinstance(parent, QDockWidget):  # hosted inside a dock of the main window
            self.setTitleBarWidget(QWidget(self))
            self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.search_model = SearchModel(self)
        self.view.hits.setModel(self.search_model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._fill_sources()
        self._connect_callbacks()
        self._on_source()
        self._update_link_button()

    # -- public API ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Show the dock and put the cursor in the search field (Ctrl+F)."""
        self.show()
        self.raise_()
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    def search(self, text: str) -> list[str]:
        """Run a search now and return the ids found (best first)."""
        self.view.search_edit.setText(text)
        self._search_timer.stop()
        self._on_search()
        return self.search_model.ref_ids()

    def show_item(self, ref_id: str) -> bool:
        """Show an item: its source's tree, selected, and its official text."""
        item = self._reference.item(ref_id) if self._reference is not None else None
        if item is None:
            return False
        source = GLOSSARY if item.kind == "glossary_term" else item.source
        position = self.view.source_combo.findData(source)
        if position < 0:
            position = self.view.source_combo.findData(item.source)
        if self.view.search_edit.text():
            self.view.search_edit.clear()
        if position >= 0 and position != self.view.source_combo.currentIndex():
            self.view.source_combo.setCurrentIndex(position)
        model = self._trees.get(self.view.source_combo.currentData())
        self.view.stack.setCurrentWidget(self.view.tree)
        if model is not None:
            index = model.index_of(ref_id)
            if index.isValid():
                self.view.tree.scrollTo(index)
                self.view.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_detail(ref_id)
        return True

    def set_read_only(self, _read_only: bool) -> None:
        """Follow the plan's read-only state (linking is then unavailable)."""
        self._update_link_button()

    @property
    def current_ref_id(self) -> str | None:
        """Return the id of the item shown in the detail pane."""
        return self._current

    def link_current(self) -> bool:
        """Link the item shown to the objective selected in the objectives editor."""
        objective_id = self.selection.objective_id
        item = self._reference.item(self._current) if self._current is not None else None
        if item is None or objective_id is None:
            return False
        command = add_link(self._session.plan, objective_id, item.id)
        if command is None:
            self._say(self.tr("Déjà lié à cet objectif."))
            return False
        message = run_checked(self._session, command)
        if message:
            self._say(message, error=True)
            return False
        objective = self._session.plan.objective(objective_id)
        assert objective is not None  # the link command was built from it
        self._say(self.tr("« %1 » lié à %2.").replace("%1", item.label)
                  .replace("%2", objective.code or objective.title))
        return True

    def open_editions(self) -> Any:
        """Open the editions dialog (installed editions, the plan's, choosing another)."""
        from ui.binding.editions_dialog import EditionsDialog

        dialog = EditionsDialog(self._session, self._base, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- editions ------------------------------------------------------------------------------

    def _plan_reference(self) -> Reference:
        """Return the reference worded as the plan's edition set (the base one on failure)."""
        return reference_for_plan(self._session.plan, self._base)

    def _fill_sources(self) -> None:
        """List the sources in the plan's editions, then the previous editions they replace."""
        combo = self.view.source_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        self._trees.clear()
        reference, base = self._reference, self._base
        previous = []
        for source in SOURCE_ORDER:
            if reference is not None and reference.roots(source):
                edition = reference.editions.get(source, "")
                label = SOURCE_LABELS.get(source, source)
                combo.addItem(f"{label} ({edition})" if edition else label, source)
                old = base.editions.get(source, "")
                if old and old != edition:
                    previous.append((f"{label} ({old}) — " + self.tr("édition précédente"),
                                     source + PREVIOUS))
        for text, key in previous:
            combo.addItem(text, key)
        combo.addItem(self.tr("Abréviations"), GLOSSARY)
        position = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        self.view.edition_label.setText(self.tr("Le plan cite : %1").replace(
            "%1", plan_edition_record(self._session.plan, base) if base is not None else "—"))

    def _reference_of(self, key: str | None) -> Reference:
        """Return the reference a tree shows (the base one for a previous edition)."""
        return self._base if key and key.endswith(PREVIOUS) else self._reference

    def _on_editions_changed(self) -> None:
        reference = self._plan_reference()
        if reference is self._reference:
            self.view.edition_label.setText(self.tr("Le plan cite : %1").replace(
                "%1", plan_edition_record(self._session.plan, self._base)))
            return
        self._reference = reference
        self._fill_sources()
        self._on_source()
        if self._current and self._reference.item(self._current) is not None:
            self._show_detail(self._current, keep_scroll=True)

    # -- wiring --------------------------------------------------------------------------------

    def _connect_callbacks(self) -> None:
        view = self.view
        view.source_combo.currentIndexChanged.connect(self._on_source)
        view.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        view.search_edit.returnPressed.connect(self._on_search)
        self._search_timer.timeout.connect(self._on_search)
        view.hits.selectionModel().currentChanged.connect(self._on_current)
        view.detail.anchorClicked.connect(self._on_anchor)
        view.link_button.clicked.connect(self.link_current)
        view.editions_button.clicked.connect(self.open_editions)
        self.selection.changed.connect(lambda _id: self._update_link_button())
        self._session.changed.connect(self._on_changed)
        self._session.focus_requested.connect(self._on_focus_requested)

    # -- handlers ------------------------------------------------------------------------------

    def _on_source(self, *_args: object) -> None:
        source = self.view.source_combo.currentData()
        if source is None or self._reference is None:
            return
        model = self._trees.get(source)
        if model is None:
            model = SourceTreeModel(self._reference_of(source), source.removesuffix(PREVIOUS),
                                    self.tr("Abréviations"), self)
            self._trees[source] = model
        if self.view.tree.model() is not model:
            self.view.tree.setModel(model)
            self.view.tree.selectionModel().currentChanged.connect(self._on_current)
            if source != GLOSSARY:
                self.view.tree.expandToDepth(0)
        if not self.view.search_edit.text().strip():
            self.view.stack.setCurrentWidget(self.view.tree)

    def _on_search(self) -> None:
        text = self.view.search_edit.text().strip()
        if not text:
            self.view.stack.setCurrentWidget(self.view.tree)
            return
        hits = self._reference.search(text, limit=50, language=current()) \
            if self._reference is not None else []
        self.search_model.set_hits(hits)
        if hits:
            self.view.stack.setCurrentWidget(self.view.hits)
            first = self.search_model.index(0, 0)
            self.view.hits.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            self.view.no_hits.setText(self.tr("Aucun résultat pour « %1 ».").replace("%1", text))
            self.view.stack.setCurrentWidget(self.view.no_hits)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref_id = current.data(REF_ID_ROLE) if current.isValid() else None
        if ref_id:
            tree = current.model() is self.view.tree.model()
            self._show_detail(ref_id, previous=tree and self._showing_previous())

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("ref:"):
            self.show_item(target.removeprefix("ref:"))

    def _on_changed(self, changes: Any) -> None:
        if {"metadata", "period", "plan"} & set(changes.chapters):
            self._on_editions_changed()
        if self._current and ({"objectives", "plan"} & set(changes.chapters)):
            self._show_detail(self._current, keep_scroll=True,
                              previous=self._previous)
        self._update_link_button()

    def _on_focus_requested(self, place: Place) -> None:
        if place.chapter == "objectives" and place.objective_id is None \
                and place.ref_id:
            self.show_item(place.ref_id)

    # -- private -------------------------------------------------------------------------------

    def _showing_previous(self) -> bool:
        key = self.view.source_combo.currentData()
        return bool(key and key.endswith(PREVIOUS))

    def _show_detail(self, ref_id: str, keep_scroll: bool = False,
                     previous: bool = False) -> None:
        reference = self._base if previous else self._reference
        item = reference.item(ref_id, current())
        if item is None:
            return
        self._current = ref_id
        self._previous = previous
        bar = self.view.detail.verticalScrollBar()
        position = bar.value()
        language = QLocale().name().split("_")[0]  # the interface's, set at start-up
        self.view.detail.setHtml(render_item(reference, item, self._session.plan,
                                             language if language in ("nl", "de") else None))
        bar.setValue(position if keep_scroll else 0)
        self._say("")
        self._update_link_button()

    def _update_link_button(self) -> None:
        objective = (self._session.plan.objective(self.selection.objective_id)
                     if self.selection.objective_id else None)
        item = self._reference.item(self._current) if self._current else None
        button = self.view.link_button
        if objective is None:
            button.setText(self.tr("Lier à l'objectif sélectionné"))
            button.setToolTip(self.tr("Sélectionnez d'abord un objectif dans « Stratégie et "
                                      "priorités »."))
        else:
            button.setText(self.tr("Lier à %1").replace("%1", objective.code or
                                                        self.tr("l'objectif")))
            button.setToolTip(self.tr("Lier cet élément à « %1 »").replace("%1", objective.label))
        button.setEnabled(objective is not None and item is not None
                          and item.kind not in NOT_LINKABLE_KINDS and not self._session.read_only)

    def _say(self, text: str, error: bool = False) -> None:
        self.view.status.setStyleSheet("color: #c62828;" if error
                                       else "color: palette(placeholder-text);")
        self.view.status.setText(text)
