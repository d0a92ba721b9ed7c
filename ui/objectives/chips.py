"""Suggestion chips: national items the engine proposes for an objective, accepted in one click."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from ui.objectives.links_model import item_tooltip
from ui.widgets.reflow import FlowLayout

if TYPE_CHECKING:
    from zonalplan.reference.api import Reference


CHIP_STYLE = {
    "pns": ("#e3ecfa", "#1f4e9c", "#c5d6f2"),
    "ncsi": ("#e4f3e6", "#1e6b2c", "#c6e5cb"),
}


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
