"""Layout of the national decisions editor: the themes table, then the selected theme's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class DecisionsView(QWidget):
    """Widgets of the decisions editor (no behaviour)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Thèmes du PNS"))
        self.table.setMinimumHeight(200)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_detail(choices))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    def setup_columns(self) -> None:
        """Size the table's columns once a model is set."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        header.resizeSection(2, 150)
        header.resizeSection(3, 200)

    def _build_detail(self, choices: list[tuple[str, str]]) -> QWidget:
        detail = QWidget()
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        box = QGroupBox(self.tr("Décision de la zone"))
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        radios = QGridLayout(box)
        for position, (label, value) in enumerate(choices):
            button = QRadioButton(label)
            self.decision_group.addButton(button)
            self.decision_buttons[value] = button
            radios.addWidget(button, position // 2, position % 2)
        self.justification_edit = QPlainTextEdit()
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setPlaceholderText(self.tr(
            "Pourquoi ce choix : image de la criminalité de la zone, capacité, approche par "
            "d'autres acteurs…"))
        self.linked_label = QLabel()
        self.linked_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(box)
        left.addWidget(QLabel(self.tr("Justification")))
        left.addWidget(self.justification_edit, 1)
        left.addWidget(self.linked_label)
        left.addWidget(self.message)
        self.official = QTextBrowser()
        self.official.setAccessibleName(self.tr("Texte officiel du thème"))
        self.official_button = QPushButton(self.tr("Texte officiel dans une fenêtre…"))
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Texte officiel")))
        right.addWidget(self.official, 1)
        right.addWidget(self.official_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(detail)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        return detail
