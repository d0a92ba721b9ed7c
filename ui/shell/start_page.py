"""The page shown when no plan is open: new plan, open, demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon

ROLE_PATH = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Big buttons for the usual first steps and the list of recent plans."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startPage")
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(64, 64))
        title = QLabel(self.tr("ZonalPlan"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1f4e79;")
        subtitle = QLabel(self.tr("Rédiger le plan zonal de sécurité, le confronter au Plan "
                                  "national de sécurité 2026-2029 et à la Note-cadre de sécurité "
                                  "intégrale, puis l'exporter pour le conseil zonal de "
                                  "sécurité."), self)
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #4a5761;")
        self.new = self._button("new", self.tr("Nouveau plan"),
                                self.tr("Un assistant, puis chaque chapitre pas à pas"))
        self.new.setObjectName("startNew")
        self.open = self._button("open", self.tr("Ouvrir un plan…"),
                                 self.tr("Un fichier .zplan de votre ordinateur ou du réseau"))
        self.open.setObjectName("startOpen")
        self.demo = self._button("demo", self.tr("Ouvrir la démonstration"),
                                 self.tr("Un plan complet d'une zone fictive, pour découvrir"))
        self.demo.setObjectName("startDemo")
        recent_title = QLabel(self.tr("<b>Plans récents</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Plans récents"))
        self.no_recent = QLabel(self.tr("Aucun plan récent."), self)
        self.no_recent.setStyleSheet("color: #66727d;")

        head = QHBoxLayout()
        head.addWidget(logo)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        head.addLayout(texts, 1)
        actions = QVBoxLayout()
        for button in (self.new, self.open, self.demo):
            actions.addWidget(button)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_title)
        recent.addWidget(self.no_recent)
        recent.addWidget(self.recent)
        recent.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(actions, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 1)
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setMaximumWidth(900)
        card.setMaximumHeight(560)
        card_layout = QVBoxLayout(card)
        card_layout.addLayout(head)
        card_layout.addSpacing(16)
        card_layout.addLayout(columns, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(2)
        self._connect_callbacks()
        self.set_recent([])

    def _button(self, icon_name: str, text: str, detail: str) -> QPushButton:
        button = QPushButton(icon(icon_name), f"{text}\n{detail}", self)
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(64)
        button.setStyleSheet("QPushButton { text-align: left; padding: 8px 14px; }")
        return button

    def _connect_callbacks(self) -> None:
        self.new.clicked.connect(self.new_requested)
        self.open.clicked.connect(self.open_requested)
        self.demo.clicked.connect(self.demo_requested)
        self.recent.itemActivated.connect(self._on_recent)
        self.recent.itemClicked.connect(self._on_recent)

    def _on_recent(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(ROLE_PATH))

    def set_recent(self, paths: list[str]) -> None:
        """Show the recent plans, most recent first (missing files are shown greyed)."""
        self.recent.clear()
        for text in paths:
            path = Path(text)
            item = QListWidgetItem(icon("open"), f"{path.name}\n{path.parent}")
            item.setData(ROLE_PATH, text)
            item.setToolTip(text)
            if not path.exists():
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(self.tr("{} (fichier introuvable)").format(text))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self.recent.setMaximumHeight(max(1, len(paths)) * 46 + 8)

    def focus_first(self) -> None:
        """Put the focus on « Nouveau plan »."""
        self.new.setFocus()
