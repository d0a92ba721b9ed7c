"""Widgets of the side-by-side comparison (layout only; :mod:`ui.review.compare` adds behaviour)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon
from ui.review.diff_html import DEL_STYLE, INS_STYLE

HEADER_STYLE = ("QLabel {{ background: {bg}; border: 1px solid {border}; border-radius: 3px; "
                "padding: 4px 8px; font-weight: 600; color: #26323b; }}")
BEFORE_COLORS = {"bg": "#fdf1f1", "border": "#e8b4b4"}
AFTER_COLORS = {"bg": "#eef8f0", "border": "#a9d8b3"}


def _browser(parent: QWidget, name: str) -> QTextBrowser:
    browser = QTextBrowser(parent)
    browser.setObjectName(name)
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.setFrameShape(QFrame.Shape.StyledPanel)
    return browser


class CompareLayout(QWidget):
    """Chapter list on the left; before and after documents side by side (or one document)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("compareTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f4e79;")
        self.only_changes = QCheckBox(self.tr("Masquer ce qui n'a pas changé"), self)
        self.only_changes.setObjectName("onlyChanges")
        self.previous_change = QPushButton(icon("previous"), self.tr("Précédente"), self)
        self.previous_change.setToolTip(self.tr("Différence précédente (Alt+Haut)"))
        self.previous_change.setShortcut("Alt+Up")
        self.next_change = QPushButton(icon("next"), self.tr("Suivante"), self)
        self.next_change.setToolTip(self.tr("Différence suivante (Alt+Bas)"))
        self.next_change.setShortcut("Alt+Down")
        self.export_button = QPushButton(icon("export"), self.tr("Exporter le rapport (DOCX)"),
                                         self)
        self.export_button.setObjectName("exportComparison")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.only_changes)
        top.addWidget(self.previous_change)
        top.addWidget(self.next_change)
        top.addWidget(self.export_button)

        self.nav = QTreeWidget(self)
        self.nav.setObjectName("compareNavigator")
        self.nav.setColumnCount(2)
        self.nav.setHeaderHidden(True)
        self.nav.setIndentation(14)
        self.nav.setUniformRowHeights(True)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.header().setStretchLastSection(False)
        self.nav.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.nav.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.nav.setMinimumWidth(300)

        self.header_a = QLabel(self)
        self.header_a.setObjectName("beforeHeader")
        self.header_a.setStyleSheet(HEADER_STYLE.format(**BEFORE_COLORS))
        self.header_b = QLabel(self)
        self.header_b.setObjectName("afterHeader")
        self.header_b.setStyleSheet(HEADER_STYLE.format(**AFTER_COLORS))
        for header in (self.header_a, self.header_b):
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setWordWrap(True)
        self.before = _browser(self, "beforeBrowser")
        self.after = _browser(self, "afterBrowser")
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.setChildrenCollapsible(False)
        for header, browser in ((self.header_a, self.before), (self.header_b, self.after)):
            column = QWidget(sides)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(4)
            column_layout.addWidget(header)
            column_layout.addWidget(browser, 1)
            sides.addWidget(column)
        self.single = _browser(self, "singleBrowser")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(sides)
        self.stack.addWidget(self.single)
        self.sides_page = sides

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])

        self.legend = QLabel(self)
        self.legend.setObjectName("compareLegend")
        self.legend.setText(
            f'<span style="{INS_STYLE}">{self.tr("texte ajouté")}</span> &nbsp; '
            f'<span style="{DEL_STYLE}">{self.tr("texte supprimé")}</span> &nbsp; '
            f'<span style="color:#8a5a00; font-weight:600;">● {self.tr("champ modifié")}</span>')
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        self.status.setStyleSheet("color: #66727d;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addStretch(1)
        bottom.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
