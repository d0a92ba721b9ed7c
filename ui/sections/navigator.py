"""The list of the plan's chapters, in PZS order, each with its completion and error count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.resources import icon
from zonalplan.guidance import CHAPTERS, COMPLETION_LABELS, chapter_of_place, completion

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Report
    from zonalplan.reference.api import Reference


ROLE_ID = Qt.ItemDataRole.UserRole
_ICONS = {"empty": "status-empty", "partial": "status-partial", "complete": "status-complete",
          None: "version"}


class ChapterNavigator(QTreeWidget):
    """A tree of chapters; selecting one emits :attr:`chapter_selected`."""

    chapter_selected = Signal(str)

    def __init__(self, session: PlanSession, reference: Reference | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chapterNavigator")
        self.session = session
        self.reference = reference
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.errors: dict[str, int] = {}
        for chapter in CHAPTERS:
            parent_item = self.items.get(chapter.parent) if chapter.parent else None
            item = QTreeWidgetItem(parent_item) if parent_item else QTreeWidgetItem(self)
            item.setText(0, chapter.title)
            item.setData(0, ROLE_ID, chapter.id)
            self.items[chapter.id] = item
        self.expandAll()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_completion)
        self._connect_callbacks()
        self.refresh_completion()
        if session.report is not None:
            self.show_report(session.report)

    def _connect_callbacks(self) -> None:
        self.currentItemChanged.connect(self._on_current_changed)
        self.session.changed.connect(self._on_changed)
        self.session.report_ready.connect(self.show_report)

    def _on_changed(self, _changes: Any) -> None:
        self._timer.start()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.chapter_selected.emit(current.data(0, ROLE_ID))

    def select(self, chapter_id: str) -> None:
        """Make ``chapter_id`` the current chapter (emits chapter_selected if it changes)."""
        item = self.items.get(chapter_id)
        if item is not None and item is not self.currentItem():
            self.setCurrentItem(item)

    def current_chapter(self) -> str | None:
        """Return the selected chapter id."""
        item = self.currentItem()
        return item.data(0, ROLE_ID) if item else None

    def set_reference(self, reference: Reference) -> None:
        """Use the national reference for the decisions' completion."""
        self.reference = reference
        self.refresh_completion()

    def state_of(self, chapter_id: str) -> str | None:
        """Return the completion shown for a chapter."""
        return completion(self.session.plan, chapter_id, self.reference)

    def refresh_completion(self) -> None:
        """Recompute every chapter's completion icon."""
        for chapter in CHAPTERS:
            self._show_state(chapter.id)

    def _show_state(self, chapter_id: str) -> None:
        state = self.state_of(chapter_id)
        item = self.items[chapter_id]
        item.setIcon(0, icon(_ICONS[state]))
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                     COMPLETION_LABELS.get(state or "", ""))
        lines = [item.text(0)]
        if state:
            lines.append(self.tr("État : {}").format(COMPLETION_LABELS[state]))
        count = self.errors.get(chapter_id, 0)
        if count:
            lines.append(self.tr("{} erreur(s) d'alignement").format(count))
        item.setToolTip(0, "\n".join(lines))
        item.setToolTip(1, "\n".join(lines[1:]))

    def show_report(self, report: Report | None) -> None:
        """Show the number of errors of the alignment report on each chapter."""
        counts: dict[str, int] = {}
        for finding in report.findings if report is not None else []:
            if finding.severity != "erreur":
                continue
            chapter_id = chapter_of_place(finding.place)
            if chapter_id is None:
                continue
            counts[chapter_id] = counts.get(chapter_id, 0) + 1
            parent = next((c.parent for c in CHAPTERS if c.id == chapter_id), None)
            if parent:
                counts[parent] = counts.get(parent, 0) + 1
        self.errors = counts
        for chapter in CHAPTERS:
            item = self.items[chapter.id]
            count = counts.get(chapter.id, 0)
            item.setText(1, str(count) if count else "")
            item.setIcon(1, icon("status-error") if count else QIcon())
            item.setForeground(1, Qt.GlobalColor.darkRed)
            self._show_state(chapter.id)
