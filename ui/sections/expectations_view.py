"""Layout of the expectations chapter: authors on the left, the selected one's text on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.binding.widgets import BoundCombo, BoundLineEdit, BoundTextEdit
from ui.resources import icon
from ui.widgets.reflow import ReflowSplitter
from zonalplan.model import AUTHOR_KIND_LABELS

if TYPE_CHECKING:
    from ui.binding.protocol import PlanSession


class ExpectationsView(QWidget):
    """Widgets only; :class:`ExpectationsEditor` adds the behaviour."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("expectationsList")
        self.list.setAccessibleName(self.tr("Auteurs des attentes"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.add = QToolButton(self)
        self.add.setText(self.tr("Ajouter"))
        self.add.setIcon(icon("add"))
        self.add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add)
        self.add_actions = {kind: self.add_menu.addAction(label)
                            for kind, label in AUTHOR_KIND_LABELS.items()}
        self.add.setMenu(self.add_menu)
        self.remove = QToolButton(self)
        self.remove.setIcon(icon("remove"))
        self.remove.setToolTip(self.tr("Supprimer l'auteur choisi"))
        self.up = QToolButton(self)
        self.up.setIcon(icon("up"))
        self.up.setToolTip(self.tr("Monter"))
        self.down = QToolButton(self)
        self.down.setIcon(icon("down"))
        self.down.setToolTip(self.tr("Descendre"))
        self.suggest = QPushButton(self.tr("Ajouter les auteurs attendus"), self)
        self.suggest.setToolTip(self.tr("Chaque bourgmestre, le procureur du Roi, le gouverneur "
                                        "et la police fédérale (DirCo)"))
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.suggest)

        options = [(label, kind) for kind, label in AUTHOR_KIND_LABELS.items()]
        self.kind = BoundCombo(session, None, self.tr("type d'auteur"), options, self)
        self.author = BoundLineEdit(session, None, self.tr("auteur"),
                                    placeholder=self.tr("Nom et fonction, par exemple « Claire "
                                                        "Delvaux, bourgmestre de Rivemont »"),
                                    parent=self)
        self.text = BoundTextEdit(session, None, self.tr("attentes"), self)
        self.text.setObjectName("expectationText")
        self.text.setPlaceholderText(self.tr("Les attentes de cet auteur, une puce par attente "
                                             "(« - Lutter contre les cambriolages… »)."))
        self.bullets = QToolButton(self)
        self.bullets.setIcon(icon("bullets"))
        self.bullets.setText(self.tr("Liste à puces"))
        self.bullets.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bullets.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel(self.tr("Ajoutez un auteur : chaque bourgmestre, le procureur du "
                                    "Roi, le gouverneur, la police fédérale…"), self)
        self.empty.setWordWrap(True)
        self.detail = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Type d'auteur"), self.kind)
        form.addRow(self.tr("Auteur"), self.author)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.bullets, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.text, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)
        # the authors beside the selected one's expectations, or above them on a narrow editor
        splitter = ReflowSplitter(widths=(260, 340), stacked_height=260, parent=self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
