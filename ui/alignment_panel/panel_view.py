"""Layout of the alignment panel: coverage line, findings tree, detail of the selected finding."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


class AlignmentPanelView(QWidget):
    """Widgets of the alignment panel (no behaviour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel()
        self.state_label.setStyleSheet("color: palette(placeholder-text);")
        self.state_label.setWordWrap(True)  # the panel stays narrow on a laptop screen
        self.check_button = QPushButton(self.tr("Vérifier"))
        self.check_button.setToolTip(self.tr("Relancer la vérification du plan maintenant"))
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.check_button)
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Remarques de la vérification"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(40)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("QLabel { padding: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.coverage_label)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
