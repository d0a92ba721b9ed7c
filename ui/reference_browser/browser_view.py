"""Layout of the reference browser: source and search on top, tree or hits, the detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


class ReferenceBrowserView(QWidget):
    """Widgets of the reference browser (no behaviour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edition_label = QLabel()
        self.edition_label.setObjectName("browserEdition")
        self.edition_label.setWordWrap(True)
        self.edition_label.setStyleSheet("color: palette(placeholder-text);")
        self.editions_button = QPushButton(self.tr("Éditions…"))
        self.editions_button.setObjectName("editionsButton")
        self.editions_button.setToolTip(self.tr("Voir les éditions installées et choisir celle "
                                                "que le plan cite"))
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Document de référence"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher dans le référentiel (Ctrl+F)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Recherche dans le référentiel"))
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits = QListView()
        self.hits.setDragEnabled(True)
        self.hits.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setUniformItemSizes(True)
        self.no_hits = QLabel()
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits.setWordWrap(True)
        self.no_hits.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.hits)
        self.stack.addWidget(self.no_hits)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Texte officiel"))
        self.link_button = QPushButton(self.tr("Lier à l'objectif sélectionné"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.link_button)
        bottom_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        edition_row = QHBoxLayout()
        edition_row.addWidget(self.edition_label, 1)
        edition_row.addWidget(self.editions_button)
        layout.addLayout(edition_row)
        layout.addWidget(self.source_combo)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.splitter, 1)
