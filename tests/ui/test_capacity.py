"""Capacity editor: totals, over-allocation, table edits, chart, each undone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from tests.ui.editor_host import host
from ui.capacity import CapacityEditor
from zonalplan.alignment.report import Place
from zonalplan.capacity import fte, totals
from zonalplan.demo import build_demo_plan
from zonalplan.model import Functionality

OVER_RULE = "capacite.depassement"


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_totals_of_the_demo_plan(qtbot):
    env = host(qtbot, CapacityEditor)
    editor = env.widget
    text = editor.view.totals_label.text()
    assert "64,4" in text and "72" in text and "7,6" in text  # 52,5 + 10,7 + 1,2 of 72
    assert not editor.over_allocated
    labels = [label for label, _value in editor.view.chart.slices]
    assert "Travail de quartier" in labels and "Non attribué" in labels


def test_over_allocation_is_highlighted_and_explained_then_undo(qtbot):
    env = host(qtbot, CapacityEditor)
    editor, session = env.widget, env.session
    with qtbot.waitSignal(session.report_ready, timeout=5000) as blocker:
        _type(qtbot, editor.view.available_edit, "60")
    assert session.plan.capacity.available_fte == 60
    assert editor.over_allocated
    message = editor.view.over_label.text()
    assert message.startswith("Surallocation") and "64,4" in message and "4,4" in message
    assert "#c62828" in editor.view.totals_label.text()
    assert "Non attribué" not in [label for label, _v in editor.view.chart.slices]
    assert any(f.rule == OVER_RULE for f in blocker.args[0].findings)
    with qtbot.waitSignal(session.report_ready, timeout=5000) as blocker:
        session.undo_stack.undo()
    assert session.plan.capacity.available_fte == 72
    assert not editor.over_allocated
    assert not any(f.rule == OVER_RULE for f in blocker.args[0].findings)


def test_functionality_edit_refuses_text_and_accepts_numbers(qtbot):
    env = host(qtbot, CapacityEditor)
    editor, session = env.widget, env.session
    model = editor.functionalities
    row = model.functionalities.index(Functionality.INTERVENTION)
    index = model.index(row, 1)
    assert model.setData(index, "vingt") is False
    assert session.plan.capacity.functionalities[Functionality.INTERVENTION] == 20
    assert "n'est pas un nombre" in editor.view.field_message.text()
    assert model.setData(index, "-2") is False
    assert model.setData(index, "30,5") is True
    assert session.plan.capacity.functionalities[Functionality.INTERVENTION] == 30.5
    assert model.index(row, 1).data() == "30,5"
    assert editor.over_allocated  # 75 ETP allocated of 72
    session.undo_stack.undo()
    assert session.plan.capacity.functionalities[Functionality.INTERVENTION] == 20
    assert not editor.over_allocated


def test_objective_fte_edited_in_the_capacity_table(qtbot):
    env = host(qtbot, CapacityEditor)
    editor, session = env.widget, env.session
    model = editor.objectives
    row = next(r for r in range(model.rowCount()) if model.objective_id(r) == "obj-p1")
    assert model.setData(model.index(row, 2), "3") is True
    assert session.plan.objective("obj-p1").capacity_fte == 3
    assert fte(totals(session.plan).objectives) in editor.view.totals_label.text()
    assert model.setData(model.index(row, 3), "1500") is True
    assert session.plan.objective("obj-p1").capacity_hours == 1500
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.objective("obj-p1").capacity_fte == 1.5
    assert session.plan.objective("obj-p1").capacity_hours is None


def test_reference_date_headcount_and_clear(qtbot):
    plan = build_demo_plan()
    env = host(qtbot, CapacityEditor, plan)
    editor, session = env.widget, env.session
    date = editor.view.date_edit
    assert date.edit.text() == "01/01/2026"
    date.edit.clear()
    date.edit.textEdited.emit("")
    assert session.plan.capacity.reference_date is None
    assert date.calendar.selectedDate() == QDate.currentDate()  # never on January 2000
    qtbot.keyClicks(date.edit, "01/09/2025")  # typed as in the approval dates
    assert session.plan.capacity.reference_date == dt.date(2025, 9, 1)
    assert date.edit.text() == "01/09/2025"
    assert date.calendar.selectedDate().month() == 9
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.capacity.reference_date == dt.date(2026, 1, 1)
    assert date.edit.text() == "01/01/2026"
    _type(qtbot, editor.view.headcount_edit, "81,5")
    assert session.plan.capacity.headcount == 78  # not an integer: refused
    assert "entier" in editor.view.field_message.text()
    _type(qtbot, editor.view.headcount_edit, "81")
    assert session.plan.capacity.headcount == 81
    session.undo_stack.undo()
    assert editor.view.headcount_edit.text() == "78"


def test_show_place_focuses_functionality_row(qtbot):
    env = host(qtbot, CapacityEditor)
    editor = env.widget
    assert editor.show_place(Place("capacity", field="circulation"))
    row = editor.functionalities.functionalities.index(Functionality.TRAFFIC)
    assert editor.view.functionalities_table.currentIndex().row() == row
    assert editor.show_place(Place("capacity", field="available_fte"))
