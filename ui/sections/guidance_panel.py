"""The advice shown above each chapter's editor (what the chapter must contain, examples)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon
from zonalplan.guidance import guidance

MAX_DETAILS_HEIGHT = 230
_STYLE = ("QFrame#guidance { background: #f4f7fb; border: 1px solid #d5e0ec; "
          "border-radius: 4px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("guidance", text)


def _items(title: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    lis = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<p style='margin-bottom:2px'><b>{html.escape(title)}</b></p><ul>{lis}</ul>"


def guidance_html(chapter_id: str, *, with_title: bool = False, with_summary: bool = True) -> str:
    """Return the advice of a chapter as rich text."""
    advice = guidance(chapter_id)
    parts = []
    if with_title:
        parts.append(f"<h3>{html.escape(advice.title)}</h3>")
    if with_summary:
        parts += [f"<p>{html.escape(p)}</p>" for p in advice.summary.split("\n\n") if p]
    parts.append(_items(_tr("Ce que le chapitre doit contenir"), advice.contents))
    parts.append(_items(_tr("Exemples de plans publiés"), advice.examples))
    parts.append(_items(_tr("Attention"), advice.tips))
    # advice.sources names the project's internal notes (for maintainers): never shown
    return "".join(parts)


class GuidancePanel(QFrame):
    """A one-line summary with a button that unfolds the full advice."""

    toggled = Signal(bool)  # the user folded or unfolded the advice

    def __init__(self, chapter_id: str, expanded: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setStyleSheet(_STYLE)
        advice = guidance(chapter_id)
        badge = QLabel(self)
        badge.setPixmap(icon("help").pixmap(18, 18))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(advice.summary.split("\n\n")[0], self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setObjectName("guidanceToggle")
        self.button.toggled.connect(self._on_button)
        self.details = QLabel(guidance_html(chapter_id, with_summary=False), self)
        self.details.setObjectName("guidanceDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("background: transparent;")
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.details)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setMaximumHeight(MAX_DETAILS_HEIGHT)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().setAutoFillBackground(False)
        head = QHBoxLayout()
        head.addWidget(badge)
        head.addWidget(self.summary, 1)
        head.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(head)
        layout.addWidget(self.scroll)
        has_details = bool(advice.contents or advice.examples or advice.tips)
        self.button.setVisible(has_details)
        self.set_expanded(expanded and has_details)

    @property
    def expanded(self) -> bool:
        """Return True when the full advice shows."""
        return self.scroll.isVisibleTo(self)

    def set_expanded(self, expanded: bool) -> None:
        """Unfold or fold the full advice."""
        self.scroll.setVisible(expanded)
        self.button.blockSignals(True)
        self.button.setChecked(expanded)
        self.button.blockSignals(False)
        self.button.setText(self.tr("Masquer les conseils") if expanded
                            else self.tr("Conseils et exemples"))
        self.button.setArrowType(Qt.ArrowType.UpArrow if expanded else Qt.ArrowType.DownArrow)

    def _on_button(self, checked: bool) -> None:
        self.set_expanded(checked)
        self.toggled.emit(checked)
