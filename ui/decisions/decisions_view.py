"""Layout of the national decisions editor: the themes table, then the selected theme's detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
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

from ui.widgets.reflow import FlowLayout, ReflowSplitter


class DecisionsView(QWidget):
    """Widgets of the decisions editor (no behaviour)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
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
        radios = FlowLayout(box, spacing=12)  # as many choices a row as the width holds
        radios.setContentsMargins(9, 9, 9, 9)
        for label, value in choices:
            button = QRadioButton(label)
            self.decision_group.addButton(button)
            self.decision_buttons[value] = button
            radios.addWidget(button)
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
        left_side = QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.heading)
        left.addWidget(box)
        left.addWidget(QLabel(self.tr("Justification")))
        left.addWidget(self.justification_edit, 1)
        left.addWidget(self.linked_label)
        left.addWidget(self.message)
        self.official = QTextBrowser()
        self.official.setAccessibleName(self.tr("Texte officiel du thème"))
        self.official_button = QPushButton(self.tr("Texte officiel dans une fenêtre…"))
        right_side = QWidget()
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Texte officiel")))
        right.addWidget(self.official, 1)
        right.addWidget(self.official_button, 0, Qt.AlignmentFlag.AlignRight)
        # the decision beside the official text, or above it on a narrow editor
        self.detail_splitter = ReflowSplitter(widths=(300, 240), stacked_height=180)
        self.detail_splitter.addWidget(left_side)
        self.detail_splitter.addWidget(right_side)
        self.official.setMinimumHeight(120)
        self.justification_edit.setMinimumHeight(70)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.detail_splitter)
        return detail
