"""The page shown while a plan opens at start-up: what the plan is about.

At start-up the window appears before the plan models are loaded (they load on a worker thread);
this page shows the plan's outline, read from the file in milliseconds without the models
(:func:`zonalplan.store.outline.read_outline`), until the chapters replace it, under a second
later. No busy animation: its repaints would compete with the loading for the interpreter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

MAX_LISTED = 8


class OpeningPage(QWidget):
    """Outline of the plan being opened, and a line saying it is opening."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.title = QLabel(self)
        self.title.setObjectName("openingTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600; color: #1f4e79;")
        self.facts = QLabel(self)
        self.facts.setObjectName("openingFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.status = QLabel(self.tr("Ouverture du plan…"), self)
        self.status.setStyleSheet("color: #4a5761;")
        card = QFrame(self)
        card.setObjectName("openingCard")
        card.setStyleSheet("#openingCard { background: white; border: 1px solid #d5dde3; "
                           "border-radius: 8px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.facts)
        inner.addSpacing(8)
        inner.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addWidget(card)
        outer.addStretch(1)

    def show_outline(self, outline: Any, path: Path, *, demo: bool = False) -> None:
        """Show ``outline`` (a :class:`zonalplan.store.outline.PlanOutline`, or None) of ``path``.

        Plain text only: the first rich-text label of a process costs tens of milliseconds, and
        this page is there to appear at once.
        """
        if outline is None and demo:  # first use: the demo plan is written to the data folder
            self.title.setText(self.tr("Plan de démonstration"))
            self.facts.setText(self.tr("Préparation du plan de démonstration d'une zone fictive "
                                       "(première ouverture)…"))
            return
        if outline is None:
            self.title.setText(path.name)
            self.facts.setText(self.tr("Lecture du fichier {}…").format(path))
            return
        self.title.setText(outline.title)
        lines = []
        if outline.communes:
            lines.append(self.tr("Communes : {}").format(", ".join(outline.communes)))
        lines.append(self.tr("{} priorités · {} points d'attention · {} membres du conseil zonal "
                             "de sécurité").format(len(outline.priorities),
                                                   len(outline.attention_points),
                                                   outline.czs_members))
        if outline.priorities:
            lines.append("")
            lines.append(self.tr("Priorités :"))
            lines += [f"  •  {title}" for title in outline.priorities[:MAX_LISTED]]
            if len(outline.priorities) > MAX_LISTED:
                lines.append(self.tr("  … et {} autres").format(
                    len(outline.priorities) - MAX_LISTED))
        self.facts.setText("\n".join(lines))
