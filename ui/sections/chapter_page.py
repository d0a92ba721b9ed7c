"""One page of the editor area: chapter title, advice, then the chapter's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.sections.guidance_panel import GuidancePanel
from ui.widgets.reflow import fit_widths
from ui.widgets.tables import fit_item_views
from zonalplan.guidance import Chapter

if TYPE_CHECKING:
    from zonalplan.alignment.report import Place


@runtime_checkable
class ChapterEditor(Protocol):
    """What the page asks of a chapter's editor widget (every editor provides it)."""

    def show_place(self, place: Place) -> bool:
        """Show a finding's place; return True if it could."""

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow editing."""

    def focus_first(self) -> None:
        """Put the keyboard focus in the first field."""


class ChapterScroll(QScrollArea):
    """The scroll area every chapter editor sits in: it scrolls vertically as a whole, and its
    minimum size never pushes the window wider (a long label or a wide table stays inside)."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chapterScroll")
        self.setWidget(editor)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # always there: a scroll bar that comes and goes would narrow the editor and move its
        # controls (or restack its parts) while the user types
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.viewport().setAutoFillBackground(False)
        editor.setAutoFillBackground(False)

    def needs_horizontal_scrolling(self) -> bool:
        """Return True when the editor is wider than the room it has (a layout defect)."""
        widget = self.widget()
        if widget is None:
            return False
        if widget.minimumSizeHint().width() > self.viewport().width():
            return True
        return any(_clips_sideways(area) for area in widget.findChildren(QScrollArea))


def _clips_sideways(area: QScrollArea) -> bool:
    """Return True when a scroll area inside an editor scrolls sideways or cuts its content."""
    if not area.isVisible():
        return False
    if area.horizontalScrollBar().isVisible():
        return True
    inner = area.widget()
    return (inner is not None and area.widgetResizable()
            and inner.minimumSizeHint().width() > area.viewport().width())


class ChapterPage(QWidget):
    """A chapter title, its :class:`GuidancePanel` and its editor widget (in a scroll area)."""

    def __init__(self, chapter: Chapter, editor: QWidget, *, guidance_expanded: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"page_{chapter.id}")
        self.chapter = chapter
        if not isinstance(editor, ChapterEditor):
            raise TypeError(f"{type(editor).__name__} is not a chapter editor")
        self.editor = editor
        self._editor: ChapterEditor = editor
        self.title = QLabel(chapter.title, self)
        self.title.setObjectName("chapterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1f4e79;")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.guidance = GuidancePanel(chapter.id, guidance_expanded, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        self.scroll = ChapterScroll(editor, self)
        layout.addWidget(self.scroll, 1)
        fit_item_views(editor, chapter.id)
        fit_widths(editor)

    def show_place(self, place: Place) -> bool:
        """Ask the editor to show a finding's place; return True if it could."""
        return bool(self._editor.show_place(place))

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow editing."""
        self._editor.set_read_only(read_only)

    def focus_editor(self) -> None:
        """Put the keyboard focus in the editor."""
        self._editor.focus_first()
