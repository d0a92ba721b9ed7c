"""Comfortable multi-paragraph text editing with the plan's ``- `` bullet convention.

Free text in a plan is plain text: paragraphs separated by a blank line, lines starting with ``- ``
are bullet items (``zonalplan.model.richtext``). :class:`BulletTextEdit` makes that convention easy:
Enter continues a list (and ends it on an empty item), Tab turns a line into a bullet or indents it,
Shift+Tab outdents or turns it back into a paragraph, and :meth:`toggle_bullets` backs the « Liste à
puces » button. ``ui.binding.widgets.BoundTextEdit`` binds it to one text of the plan.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.widgets.undo_keys import is_plan_undo_key
from zonalplan.model.richtext import clean_text

BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*•])[ \t]+(?P<rest>.*)$")
BARE_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*•])[ \t]*$")
INDENT = "  "
MIN_LINES = 5
"""Lines a text field always shows, however small the screen (the page scrolls instead)."""


def _is_bullet(line: str) -> bool:
    return bool(BULLET.match(line) or BARE_BULLET.match(line))


class _BulletHighlighter(QSyntaxHighlighter):
    """Show bullet markers in colour so lists stand out."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._marker = QTextCharFormat()
        self._marker.setForeground(QColor("#2e75b6"))
        self._marker.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        match = BULLET.match(text) or BARE_BULLET.match(text)
        if match:
            self.setFormat(match.start("marker"), 1, self._marker)


class BulletTextEdit(QPlainTextEdit):
    """A plain-text editor with bullet-list keys; undo belongs to the plan, not to the widget."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(8)
        self._highlighter = _BulletHighlighter(self.document())
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * MIN_LINES + 24)
        self.setToolTip(self.tr("Une ligne commençant par « - » est une puce. Tab : puce ou "
                                "retrait ; Maj+Tab : retrait arrière ; ligne vide : nouveau "
                                "paragraphe."))

    # -- keys ---------------------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and is_plan_undo_key(event):
            event.ignore()  # let the window's Annuler/Rétablir actions handle it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self._continue_list():
            return
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            self.indent_lines()
            return
        if key == Qt.Key.Key_Backtab:
            self.outdent_lines()
            return
        if event.text() in ("-", "*", "•") and self._retype_marker(event.text()):
            return
        super().keyPressEvent(event)

    def _retype_marker(self, marker: str) -> bool:
        """Typing a dash on a list's fresh « - » replaces it rather than adding « - - »."""
        cursor = self.textCursor()
        line = cursor.block().text()
        bare = BARE_BULLET.match(line)
        if cursor.hasSelection() or not bare or cursor.positionInBlock() != len(line):
            return False
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(bare.group("indent") + marker)
        self.setTextCursor(cursor)
        return True

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        """Paste text only, without the control characters Word and e-mails carry."""
        if source.hasText():
            text = clean_text(source.text().replace("\u2028", "\n").replace("\u2029", "\n"))
            self.textCursor().insertText(text)
        else:
            super().insertFromMimeData(source)

    # -- bullet operations ----------------------------------------------------------------------

    def _continue_list(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        line = cursor.block().text()
        bare = BARE_BULLET.match(line)
        if bare and cursor.positionInBlock() == len(line):
            cursor.beginEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return True
        match = BULLET.match(line)
        if not match or cursor.positionInBlock() < match.start("rest"):
            return False
        cursor.insertText("\n" + match.group("indent") + "- ")
        self.setTextCursor(cursor)
        return True

    def _selected_blocks(self) -> tuple[QTextCursor, list[int]]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last_block = doc.findBlock(cursor.selectionEnd())
        if (cursor.hasSelection() and cursor.selectionEnd() == last_block.position()
                and last_block.blockNumber() > first):
            last_block = last_block.previous()
        return cursor, list(range(first, last_block.blockNumber() + 1))

    def _rewrite(self, transform) -> None:
        """Apply ``transform(line) -> line`` to each selected line as one edit."""
        cursor, numbers = self._selected_blocks()
        doc = self.document()
        keep_pos = cursor.position()
        keep_block = doc.findBlock(keep_pos)
        keep_offset = keep_pos - keep_block.position()
        keep_number = keep_block.blockNumber()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        delta = 0
        for number in numbers:
            block = doc.findBlockByNumber(number)
            old = block.text()
            new = transform(old)
            if new == old:
                continue
            if number == keep_number:
                delta = len(new) - len(old)
            edit.setPosition(block.position())
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                              QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(new)
        edit.endEditBlock()
        if len(numbers) > 1:
            start = doc.findBlockByNumber(numbers[0]).position()
            end_block = doc.findBlockByNumber(numbers[-1])
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end_block.position() + end_block.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
        else:
            block = doc.findBlockByNumber(keep_number)
            cursor = QTextCursor(doc)
            cursor.setPosition(block.position() + max(0, min(block.length() - 1,
                                                               keep_offset + delta)))
        self.setTextCursor(cursor)

    def indent_lines(self) -> None:
        """Turn the selected lines into bullets, or indent lines that already are."""
        def indent(line: str) -> str:
            if _is_bullet(line):
                return INDENT + line
            if not line.strip():
                return line if self.textCursor().hasSelection() else "- "
            return "- " + line.lstrip()
        self._rewrite(indent)

    def outdent_lines(self) -> None:
        """Outdent the selected bullets; a bullet at the margin becomes a paragraph line."""
        def outdent(line: str) -> str:
            match = BULLET.match(line) or BARE_BULLET.match(line)
            if not match:
                return line
            if match.group("indent"):
                return line[min(len(INDENT), len(match.group("indent"))):]
            return match.groupdict().get("rest") or ""
        self._rewrite(outdent)

    def toggle_bullets(self) -> None:
        """Make the selected lines a bullet list, or plain paragraphs if they all are bullets."""
        _, numbers = self._selected_blocks()
        lines = [self.document().findBlockByNumber(n).text() for n in numbers]
        written = [line for line in lines if line.strip()]
        if written and all(_is_bullet(line) for line in written):
            def transform(line: str) -> str:
                match = BULLET.match(line) or BARE_BULLET.match(line)
                return (match.groupdict().get("rest") or "") if match else line
        else:
            def transform(line: str) -> str:
                if _is_bullet(line):
                    return line
                if not line.strip():
                    return line if len(lines) > 1 else "- "
                return "- " + line.lstrip()
        self._rewrite(transform)
