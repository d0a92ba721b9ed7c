"""One page of the editor area: chapter title, advice, then the chapter's editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zonalplan.guidance import Chapter
from ui.sections.guidance_panel import GuidancePanel

if TYPE_CHECKING:
    from zonalplan.alignment.report import Place


class ChapterPage(QWidget):
    """A chapter title, its :class:`GuidancePanel` and its editor widget."""

    def __init__(self, chapter: Chapter, editor: QWidget, *, guidance_expanded: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"page_{chapter.id}")
        self.chapter = chapter
        self.editor = editor
        self.title = QLabel(chapter.title, self)
        self.title.setObjectName("chapterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600; color: #1f4e79;")
        self.guidance = GuidancePanel(chapter.id, guidance_expanded, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addWidget(editor, 1)

    def show_place(self, place: Place) -> bool:
        """Ask the editor to show a finding's place; return True if it could."""
        show = getattr(self.editor, "show_place", None)
        if show is None:
            self.editor.setFocus()
            return False
        return bool(show(place))

    def set_read_only(self, read_only: bool) -> None:
        """Forbid or allow editing; editors without ``set_read_only`` are disabled."""
        setter = getattr(self.editor, "set_read_only", None)
        if setter is not None:
            setter(read_only)
        else:
            self.editor.setEnabled(not read_only)

    def focus_editor(self) -> None:
        """Put the keyboard focus in the editor."""
        focus_first = getattr(self.editor, "focus_first", None)
        if focus_first is not None:
            focus_first()
            return
        for widget in [self.editor, *self.editor.findChildren(QWidget)]:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
                    and widget.isVisibleTo(self)):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
