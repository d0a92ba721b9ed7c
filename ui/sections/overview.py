"""The page of a chapter made of parts (Analyse de l'environnement): the parts and their state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.resources import icon
from zonalplan.guidance import COMPLETION_LABELS, FIELD_LABELS, Chapter, children, completion
from zonalplan.model.richtext import plain

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place


_ICONS = {"empty": "status-empty", "partial": "status-partial", "complete": "status-complete"}


class OverviewEditor(QWidget):
    """A list of the sub-chapters with their state and first words; Enter opens one."""

    chapter_requested = Signal(str)

    def __init__(self, session: PlanSession, chapter: Chapter, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.chapter = chapter
        intro = QLabel(self.tr("Les parties de ce chapitre. Double-cliquez sur une partie (ou "
                               "appuyez sur Entrée) pour la rédiger."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("overviewList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        self.list.itemActivated.connect(self._on_activated)
        self.session.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any) -> None:
        if {"sections", "plan"} & set(changes.chapters):
            self._timer.start()

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.chapter_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def refresh(self) -> None:
        """Redraw the parts and their state."""
        current = self.list.currentRow()
        self.list.clear()
        for part in children(self.chapter.id):
            state = completion(self.session.plan, part.id) or "empty"
            text = " ".join(getattr(self.session.plan.sections, f) for f in part.fields)
            words = len(text.split())
            head = f"{part.title} — {COMPLETION_LABELS[state]}"
            if words:
                head += self.tr(" ({} mots)").format(words)
            preview = plain(text, 160) or (self.tr("Pas encore rédigé.") if part.fields else "")
            item = QListWidgetItem(icon(_ICONS[state]), f"{head}\n{preview}")
            item.setData(Qt.ItemDataRole.UserRole, part.id)
            item.setToolTip(", ".join(FIELD_LABELS[f] for f in part.fields))
            self.list.addItem(item)
        if current >= 0:
            self.list.setCurrentRow(min(current, self.list.count() - 1))

    def show_place(self, _place: Place) -> bool:
        """Nothing to edit here."""
        return False

    def focus_first(self) -> None:
        """Put the focus in the list of parts."""
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def set_read_only(self, _read_only: bool) -> None:
        """The overview never edits."""
