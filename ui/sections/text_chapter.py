"""Editor of a narrative chapter: one or more texts of ``plan.sections`` with a small toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.binding.widgets import BoundTextEdit
from ui.resources import icon
from zonalplan.guidance import FIELD_LABELS, Chapter, guidance

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession
    from zonalplan.alignment.report import Place


class TextChapterView(QWidget):
    """Layout: a toolbar (Liste à puces, retraits), then a label, an editor and a word count for
    each field of the chapter."""

    def __init__(self, session: PlanSession, chapter: Chapter, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter = chapter
        self.bullets = self._tool("bullets", self.tr("Liste à puces"),
                                  self.tr("Transformer les lignes choisies en liste à puces, ou "
                                          "l'inverse"))
        self.indent = self._tool("indent", self.tr("Retrait"),
                                 self.tr("Mettre les puces en retrait (Tab)"))
        self.outdent = self._tool("outdent", self.tr("Retrait arrière"),
                                  self.tr("Ramener les puces vers la marge (Maj+Tab)"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.bullets, self.indent, self.outdent):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        hints = guidance(chapter.id).placeholders
        self.editors: dict[str, BoundTextEdit] = {}
        self.counts: dict[str, QLabel] = {}
        for name in chapter.fields:
            label = FIELD_LABELS[name]
            if len(chapter.fields) > 1:
                title = QLabel(f"<b>{label}</b>", self)
                layout.addWidget(title)
            editor = BoundTextEdit(session, ("sections", name), label, self)
            editor.setObjectName(f"text_{name}")
            editor.setPlaceholderText(hints.get(name, ""))
            editor.setAccessibleName(label)
            count = QLabel(self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            count.setStyleSheet("color: #66727d;")
            layout.addWidget(editor, 1)
            layout.addWidget(count)
            self.editors[name] = editor
            self.counts[name] = count

    def _tool(self, icon_name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the focus (and selection) in the text
        return button


class TextChapterEditor(TextChapterView):
    """Behaviour: toolbar buttons act on the last text edited; word counts follow typing."""

    def __init__(self, session: PlanSession, chapter: Chapter, parent: QWidget | None = None):
        super().__init__(session, chapter, parent)
        self._last = self.editors[chapter.fields[0]]
        self.panels: list[QWidget] = []
        self._connect_callbacks()
        for name in self.editors:
            self._update_count(name)

    def _connect_callbacks(self) -> None:
        self.bullets.clicked.connect(lambda: self._on_tool("toggle_bullets"))
        self.indent.clicked.connect(lambda: self._on_tool("indent_lines"))
        self.outdent.clicked.connect(lambda: self._on_tool("outdent_lines"))
        for name, editor in self.editors.items():
            editor.textChanged.connect(lambda n=name: self._update_count(n))
            editor.cursorPositionChanged.connect(lambda e=editor: self._remember(e))

    def _remember(self, editor: BoundTextEdit) -> None:
        if editor.hasFocus():
            self._last = editor

    def _on_tool(self, operation: str) -> None:
        editor = next((e for e in self.editors.values() if e.hasFocus()), self._last)
        if editor.isReadOnly():
            return
        getattr(editor, operation)()
        editor.setFocus()

    def _update_count(self, name: str) -> None:
        words = len(self.editors[name].toPlainText().split())
        self.counts[name].setText(self.tr("{} mot(s)").format(words) if words else "")

    def show_place(self, place: Place) -> bool:
        """Put the cursor in the field named by the place."""
        editor = self.editors.get(place.field or "")
        (editor or self.editors[self.chapter.fields[0]]).setFocus()
        return editor is not None

    def focus_first(self) -> None:
        """Put the keyboard focus in the first text."""
        self.editors[self.chapter.fields[0]].setFocus()

    def add_panel(self, panel: QWidget) -> None:
        """Show ``panel`` under the texts (the chapter's figures); it follows read-only mode."""
        layout = self.layout()
        assert layout is not None  # built in __init__
        layout.addWidget(panel)
        self.panels.append(panel)

    def set_read_only(self, read_only: bool) -> None:
        """Allow reading and copying only."""
        for editor in self.editors.values():
            editor.set_read_only(read_only)
        for panel in self.panels:
            setter = getattr(panel, "set_read_only", None)
            if setter is not None:
                setter(read_only)
        for button in (self.bullets, self.indent, self.outdent):
            button.setEnabled(not read_only)
