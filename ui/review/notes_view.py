"""Widgets of the review notes panel (layout only; :mod:`ui.review.notes_panel` adds behaviour)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon

STATUS_COLORS = {"ouvert": "#ef8f00", "resolu": "#2e7d32"}


@cache
def status_icon(status: str) -> QIcon:
    """Return a round coloured dot for a note status (painted, crisp at any size)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLORS.get(status, "#9e9e9e")))
    painter.drawEllipse(QRectF(3, 3, 10, 10))
    painter.end()
    return QIcon(pixmap)


class NotesView(QWidget):
    """Filter, list of notes, the selected note's thread, and the box to write a note or reply."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QComboBox(self)
        self.filter.setObjectName("notesFilter")
        for text, value in ((self.tr("Ouvertes"), "ouvert"), (self.tr("Résolues"), "resolu"),
                            (self.tr("Toutes"), "tous")):
            self.filter.addItem(text, value)
        self.count = QLabel(self)
        self.count.setObjectName("notesCount")
        self.count.setStyleSheet("color: #66727d;")
        self.merge_button = QToolButton(self)
        self.merge_button.setObjectName("mergeNotes")
        self.merge_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Afficher :"), self))
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        merge_row = QHBoxLayout()  # its own line: the panel stays narrow on a laptop screen
        merge_row.addWidget(self.merge_button)
        merge_row.addStretch(1)

        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.empty = QLabel(self)
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #66727d; padding: 12px;")

        self.thread = QTextBrowser(self)
        self.thread.setObjectName("noteThread")
        self.thread.setOpenLinks(False)
        self.reply_button = QPushButton(self.tr("Répondre"), self)
        self.reply_button.setObjectName("replyNote")
        self.status_button = QPushButton(self.tr("Résoudre"), self)
        self.status_button.setObjectName("resolveNote")
        self.show_button = QPushButton(icon("next"), self.tr("Afficher"), self)
        self.show_button.setToolTip(self.tr("Afficher dans le plan l'endroit de la note"))
        self.show_button.setObjectName("showNotePlace")
        actions = QHBoxLayout()
        actions.addWidget(self.reply_button)
        actions.addWidget(self.status_button)
        actions.addStretch(1)
        actions.addWidget(self.show_button)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.thread, 1)
        detail_layout.addLayout(actions)

        self.compose = QGroupBox(self.tr("Nouvelle note"), self)
        self.compose.setObjectName("noteCompose")
        self.anchor = QComboBox(self.compose)
        self.anchor.setObjectName("noteAnchor")
        self.anchor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.anchor.setMinimumContentsLength(12)
        self.anchor_label = QLabel(self.tr("Sur :"), self.compose)
        self.author = QLineEdit(self.compose)
        self.author.setObjectName("noteAuthor")
        self.author.setPlaceholderText(self.tr("Votre nom"))
        self.role = QLineEdit(self.compose)
        self.role.setObjectName("noteRole")
        self.role.setPlaceholderText(self.tr("Rôle (ex. DirCo, relecteur)"))
        self.text = QPlainTextEdit(self.compose)
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(self.tr("Votre remarque…"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(64)
        self.message = QLabel(self.compose)
        self.message.setObjectName("noteMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.cancel_button = QPushButton(self.tr("Annuler"), self.compose)
        self.cancel_button.setObjectName("cancelReply")
        self.cancel_button.hide()
        self.submit_button = QPushButton(icon("add"), self.tr("Ajouter la note"), self.compose)
        self.submit_button.setObjectName("submitNote")
        self.submit_button.setDefault(True)
        who = QHBoxLayout()
        who.addWidget(self.author, 1)
        who.addWidget(self.role, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.anchor_label, self.anchor)
        form.addRow(self.tr("Par :"), who)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        compose_layout = QVBoxLayout(self.compose)
        compose_layout.addLayout(form)
        compose_layout.addWidget(self.text, 1)
        compose_layout.addLayout(buttons)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(detail)
        self.splitter.addWidget(self.compose)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(merge_row)
        layout.addWidget(self.splitter, 1)
