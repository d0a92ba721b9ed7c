"""Widgets whose size never follows the length of their text: a long title or label is elided
with « … » and shown whole in its tooltip, so a window never widens itself and controls never
move under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


def _plain(text: str) -> str:
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


class ElidedLabel(QLabel):
    """A one-line label that takes the room it is given and elides what does not fit."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        """Show ``text`` (rich text allowed); the whole text goes into the tooltip."""
        super().setText(text)
        self.setToolTip(_plain(text))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, super().sizeHint().height())

    def is_elided(self) -> bool:
        """Return True when the text is wider than the label."""
        return self.fontMetrics().horizontalAdvance(_plain(self.text())) > self.contentsRect().width()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        font = painter.font()
        if "<b>" in self.text():
            font.setBold(True)
            painter.setFont(font)
        text = painter.fontMetrics().elidedText(_plain(self.text()), Qt.TextElideMode.ElideRight,
                                                rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         text)


class ElidedButton(QPushButton):
    """A push button of bounded width: a longer text is elided, and shown whole in its tooltip."""

    def __init__(self, *args, max_width: int = 260, **kwargs):
        super().__init__(*args, **kwargs)
        self._full = super().text()
        self.setMaximumWidth(max_width)
        self.setText(self._full)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        """Set the full text; show it elided if it does not fit the maximum width."""
        self._full = text
        room = self.maximumWidth() - 48 - (self.iconSize().width() if not self.icon().isNull()
                                           else 0)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40))
        super().setText(shown)
        self.setToolTip(text if shown != text else "")
        self.setAccessibleName(text)

    def full_text(self) -> str:
        """Return the text before eliding."""
        return self._full
