"""The editor area of an open plan: chapter list on the left, the chapter's page on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.binding.protocol import PlanSession
from ui.sections.chapter_page import ChapterPage
from ui.sections.navigator import ChapterNavigator
from ui.widgets.banner import Banner
from zonalplan.guidance import CHAPTERS, CHAPTERS_BY_ID, Chapter, chapter_of_place
from zonalplan.reference.api import Reference

if TYPE_CHECKING:
    from zonalplan.alignment.report import Place


REFERENCE_KINDS = frozenset({"objectives", "decisions", "capacity"})
"""Kinds of chapters whose editor is built with the national reference."""


def needs_reference(chapter: Chapter) -> bool:
    """Return True when the chapter's editor is built with the national reference."""
    return chapter.kind in REFERENCE_KINDS


class EditorFactory(Protocol):
    """Build the editor of a chapter (the shell provides it: it knows every feature)."""

    def __call__(self, chapter: Chapter, session: PlanSession, reference: Reference | None, *,
                 author: Callable[[], str] = ..., parent: QWidget | None = None) -> QWidget: ...


class PlanView(QWidget):
    """Chapter navigator + stacked chapter pages (built on first display) + banners."""

    chapter_changed = Signal(str)
    save_copy_requested = Signal()  # from the read-only banner

    def __init__(self, session: PlanSession, reference: Reference | None = None, *,
                 create_editor: EditorFactory, guidance_expanded: bool = False,
                 author: Callable[[], str] = lambda: "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planView")
        self.session = session
        self.reference = reference
        self.guidance_expanded = guidance_expanded
        self._author = author
        self._create_editor = create_editor
        self.pages: dict[str, ChapterPage] = {}
        self._read_only_shown: bool | None = None
        self.navigator = ChapterNavigator(session, reference, self)
        self.navigator.setMinimumWidth(160)  # a 1024 px wide window keeps room for the chapter
        self.banner = Banner("warning", "lock", self)
        self.banner.set_action(self.tr("Enregistrer une copie…"), self.save_copy_requested.emit)
        self.stack = QStackedWidget(self)
        self.top = QVBoxLayout()
        self.top.setContentsMargins(12, 8, 12, 0)
        self.top.addWidget(self.banner)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addLayout(self.top)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._connect_callbacks()
        self.update_read_only()

    def _connect_callbacks(self) -> None:
        self.navigator.chapter_selected.connect(self._on_chapter_selected)
        self.session.focus_requested.connect(self.show_place)
        self.session.state_changed.connect(self.update_read_only)

    # -- pages ------------------------------------------------------------------------------------

    def page(self, chapter_id: str) -> ChapterPage:
        """Return a chapter's page, building it on first use."""
        page = self.pages.get(chapter_id)
        if page is None:
            chapter = CHAPTERS_BY_ID[chapter_id]
            editor = self._create_editor(chapter, self.session, self.reference, author=self._author)
            requested = getattr(editor, "chapter_requested", None)
            if requested is not None:
                requested.connect(lambda cid: self.show_chapter(cid, focus=True))
            page = ChapterPage(chapter, editor, guidance_expanded=self.guidance_expanded)
            page.guidance.toggled.connect(self._on_guidance_toggled)
            page.set_read_only(self.session.content_locked)
            self.pages[chapter_id] = page
            self.stack.addWidget(page)
        return page

    def editor(self, chapter_id: str) -> QWidget:
        """Return the editor widget of a chapter (built if needed)."""
        return self.page(chapter_id).editor

    def _on_chapter_selected(self, chapter_id: str) -> None:
        self.stack.setCurrentWidget(self.page(chapter_id))
        self.chapter_changed.emit(chapter_id)

    def _on_guidance_toggled(self, expanded: bool) -> None:
        self.guidance_expanded = expanded

    def show_chapter(self, chapter_id: str, *, focus: bool = False) -> None:
        """Show a chapter's page; with ``focus`` put the keyboard focus in its editor."""
        if chapter_id not in CHAPTERS_BY_ID:
            return
        self.navigator.select(chapter_id)
        page = self.page(chapter_id)
        self.stack.setCurrentWidget(page)
        if focus:
            page.focus_editor()

    def current_chapter(self) -> str:
        """Return the id of the chapter shown."""
        page = self.stack.currentWidget()
        return page.chapter.id if isinstance(page, ChapterPage) else CHAPTERS[0].id

    def step_chapter(self, step: int) -> None:
        """Show the next (+1) or previous (-1) chapter in plan order."""
        ids = [c.id for c in CHAPTERS]
        index = ids.index(self.current_chapter()) + step
        if 0 <= index < len(ids):
            self.show_chapter(ids[index], focus=True)

    def show_place(self, place: Place) -> bool:
        """Show the chapter of a finding's place and ask its editor to point at it."""
        chapter_id = chapter_of_place(place)
        if chapter_id is None:
            return False
        self.show_chapter(chapter_id)
        return self.page(chapter_id).show_place(place)

    def set_reference(self, reference: Reference) -> None:
        """Use the national reference: rebuild the pages that waited for it."""
        self.reference = reference
        self.navigator.set_reference(reference)
        current = self.current_chapter()
        for chapter_id in [c for c in self.pages if needs_reference(CHAPTERS_BY_ID[c])]:
            page = self.pages.pop(chapter_id)
            self.stack.removeWidget(page)
            page.deleteLater()
        if needs_reference(CHAPTERS_BY_ID[current]):
            self.show_chapter(current)

    def update_read_only(self) -> None:
        """Show the read-only banner and lock the editors when the plan cannot be edited."""
        read_only = self.session.content_locked
        if read_only == self._read_only_shown:
            return
        self._read_only_shown = read_only
        self.banner.set_action_visible(self.session.read_only)
        self.banner.show_message(self.session.lock_reason if read_only else "")
        for page in self.pages.values():
            page.set_read_only(read_only)
