"""Layouts that reflow on a narrow editor: flowing rows, splitters that stack, shrinkable widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.reflow import FlowLayout, ReflowSplitter, fit_widths, tab_bar_fits, together


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _buttons(count: int = 5) -> list[QPushButton]:
    return [QPushButton(f"Action numéro {n}") for n in range(count)]


def _rows(widgets) -> int:
    return len({w.geometry().y() for w in widgets})


def test_a_flowing_row_wraps_and_grows_taller_instead_of_wider(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    buttons = _buttons()
    flow = FlowLayout(host).add_widgets(*buttons)
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() < 2 * widest  # the widest button, never the whole row
    host.resize(2000, 200)
    host.show()
    _settle()
    assert _rows(buttons) == 1
    one_row = flow.heightForWidth(2000)
    host.resize(widest + 30, 400)
    _settle()
    assert _rows(buttons) == len(buttons)
    assert flow.heightForWidth(widest + 30) > 3 * one_row
    assert all(b.geometry().right() <= host.width() for b in buttons)  # nothing cut


def test_a_label_stays_with_its_field_when_the_row_wraps(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    label, field = QLabel("valeur :"), QLineEdit()
    flow = FlowLayout(host).add_widgets(*_buttons(3), together(label, field))
    host.resize(flow.minimumSize().width() + 10, 300)
    host.show()
    _settle()
    assert label.mapTo(host, label.rect().center()).y() == \
        field.mapTo(host, field.rect().center()).y()


def _part(width: int) -> QWidget:
    part = QWidget()
    part.setMinimumWidth(width)
    QVBoxLayout(part).addWidget(QLabel("partie"))
    return part


def _in_editor(qtbot, splitter: QWidget) -> QWidget:
    editor = QWidget()  # a splitter that is a window sets its own minimum size
    qtbot.addWidget(editor)
    QVBoxLayout(editor).addWidget(splitter)
    return editor


def test_splitter_stacks_its_parts_under_their_width_and_unstacks_with_room(qtbot):
    splitter = ReflowSplitter(widths=(0, 300), stacked_height=150)
    editor = _in_editor(qtbot, splitter)
    left, right = _part(250), _part(200)
    splitter.addWidget(left)
    splitter.addWidget(right)
    editor.resize(900, 300)
    editor.show()
    _settle()
    assert not splitter.is_stacked()
    assert right.width() >= 300  # side by side, each part keeps the width it asks
    editor.resize(500, 300)  # 250 + 300 do not fit
    _settle()
    assert splitter.is_stacked()
    assert splitter.minimumSizeHint().width() < 300 + 20  # the widest part, never the sum
    assert left.height() >= 150 and right.height() >= 150
    editor.resize(splitter.side_by_side_width() + 20, 600)  # at the limit: no flicker
    _settle()
    assert splitter.is_stacked()
    editor.resize(900, 600)
    _settle()
    assert not splitter.is_stacked()
    assert left.minimumHeight() < 150


def test_a_splitter_part_grows_as_tall_as_its_wrapped_row(qtbot):
    splitter = ReflowSplitter()
    editor = _in_editor(qtbot, splitter)
    part = QWidget()
    buttons = _buttons(6)
    FlowLayout(part).add_widgets(*buttons)
    splitter.addWidget(part)
    editor.resize(1500, 40)
    editor.show()
    _settle()
    wide = part.minimumHeight()
    editor.resize(buttons[0].sizeHint().width() + 40, 40)
    _settle()
    assert part.minimumHeight() >= wide + 5 * buttons[0].sizeHint().height()


def test_forms_combos_and_tabs_of_an_editor_shrink(qtbot):
    editor = QWidget()
    qtbot.addWidget(editor)
    combo = QComboBox()
    combo.addItem("Une très longue proposition qui ne tient pas dans une colonne étroite " * 2)
    tabs = QTabWidget()
    for title in ("Général", "Approche", "Indicateurs (12)", "Koppelingen (14)", "Capaciteit"):
        tabs.addTab(QWidget(), title)
    form = QFormLayout()
    form.addRow("Une étiquette de champ assez longue", QLineEdit())
    layout = QVBoxLayout(editor)
    layout.addLayout(form)
    layout.addWidget(combo)
    layout.addWidget(tabs)
    wide = combo.minimumSizeHint().width()
    fit_widths(editor)
    assert form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    assert combo.minimumSizeHint().width() < wide / 3
    bar = tabs.tabBar()
    assert not bar.usesScrollButtons() and bar.elideMode() == Qt.TextElideMode.ElideRight
    editor.resize(260, 300)
    editor.show()
    _settle()
    assert not tab_bar_fits(bar)  # titles elided, never arrows
    editor.resize(900, 300)
    _settle()
    assert tab_bar_fits(bar)


def test_a_wrapped_label_part_shrinks_back_when_the_splitter_widens(qtbot):
    splitter = ReflowSplitter()
    editor = _in_editor(qtbot, splitter)
    label = QLabel("Une provenance assez longue pour passer à la ligne plusieurs fois. " * 4)
    label.setWordWrap(True)
    splitter.addWidget(label)
    editor.resize(160, 100)
    editor.show()
    _settle()
    narrow = label.minimumHeight()
    assert narrow >= label.heightForWidth(label.width()) > 0  # the whole text shows
    editor.resize(1400, 100)
    _settle()
    assert label.minimumHeight() < narrow / 2
