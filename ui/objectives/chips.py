"""Suggestion chips: national items the engine proposes for an objective, accepted in one click."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QToolButton, QWidget

from ui.objectives.links_model import item_tooltip

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


CHIP_STYLE = {
    "pns": ("#e3ecfa", "#1f4e9c", "#c5d6f2"),
    "ncsi": ("#e4f3e6", "#1e6b2c", "#c6e5cb"),
}


class FlowLayout(QLayout):
    """Lay widgets out left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x = rect.x()
                y += line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class Chip(QToolButton):
    """One suggestion: « ＋ PNS 5 Sécurité routière »; the tooltip says why."""

    def __init__(self, suggestion: Any, reference: Reference,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = suggestion.item
        self.ref_id = item.id
        short = {"pns": "PNS", "ncsi": "NCSI"}.get(item.source, item.source.upper())
        label = item.label if len(item.label) <= 36 else item.label[:34].rstrip() + "…"
        self.setText(f"+ {getattr(suggestion, 'label', '') or f'{short} {label}'}")
        why = suggestion.why if isinstance(suggestion.why, (list, tuple)) else [str(suggestion.why)]
        extra = [self.tr("Pourquoi cette suggestion :")] + [f"• {w}" for w in why if w]
        extra.append(self.tr("Cliquez pour lier l'objectif à cet élément."))
        self.setToolTip(item_tooltip(reference, item, extra))
        self.setAccessibleName(self.tr("Suggestion : %1").replace("%1", item.label))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoRaise(False)
        background, text, border = CHIP_STYLE.get(item.source, ("#eeeeee", "#333333", "#d0d0d0"))
        self.setStyleSheet(
            f"QToolButton {{ background: {background}; color: {text}; border: 1px solid {border};"
            f" border-radius: 11px; padding: 3px 10px; }}"
            f" QToolButton:hover {{ border-color: {text}; }}"
            f" QToolButton:pressed {{ background: {border}; }}")


class SuggestionChips(QWidget):
    """A wrapping row of suggestion chips; emits ``accepted(ref_id)`` when one is clicked."""

    accepted = Signal(str)

    def __init__(self, reference: Reference, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self._layout = FlowLayout(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._placeholder = QLabel(self)
        self._placeholder.hide()
        self._placeholder.setStyleSheet("color: palette(mid);")

    def chips(self) -> list[Chip]:
        """Return the chips shown, in order."""
        return [self._layout.itemAt(i).widget() for i in range(self._layout.count())
                if isinstance(self._layout.itemAt(i).widget(), Chip)]

    def set_suggestions(self, suggestions: list[Any], empty_text: str = "") -> None:
        """Show these suggestions (or ``empty_text`` when there is none)."""
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None and widget is not self._placeholder:
                widget.deleteLater()
        for suggestion in suggestions:
            chip = Chip(suggestion, self._reference, self)
            chip.clicked.connect(lambda _c=False, ref=chip.ref_id: self.accepted.emit(ref))
            self._layout.addWidget(chip)
        if not suggestions:
            self._placeholder.setText(empty_text)
            self._layout.addWidget(self._placeholder)
            self._placeholder.setVisible(bool(empty_text))
        else:  # out of the layout, it must not stay drawn behind the chips
            self._placeholder.hide()
        self.updateGeometry()
