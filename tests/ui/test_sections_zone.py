"""Zone et CZS, expectations and approval editors: real edits, validation, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from zonalplan.model import AuthorKind, CZSRole, Plan, Zone


@pytest.fixture
def plan_window(window, demo_file):
    window.open_path(demo_file)
    return window


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_zone_fields_write_the_plan_and_refuse_bad_numbers(qtbot, plan_window):
    session = plan_window.session
    zone = plan_window.plan_view.editor("zone")
    _retype(qtbot, zone.name, "ZP Nouvelle")
    assert session.plan.zone.name == "ZP Nouvelle"
    assert "ZP Nouvelle" in plan_window.windowTitle()
    _retype(qtbot, zone.number, "53")
    assert session.plan.zone.number == "5999"
    assert "4 chiffres" in zone.number.toolTip() and zone.number.styleSheet()
    qtbot.keyClicks(zone.number, "14")
    assert session.plan.zone.number == "5314" and not zone.number.styleSheet()
    _retype(qtbot, zone.population, "45 150")
    assert session.plan.zone.population == 45150
    _retype(qtbot, zone.area, "168,5")
    assert session.plan.zone.area_km2 == 168.5
    _retype(qtbot, zone.population, "beaucoup")
    assert session.plan.zone.population == 45150 and "entier" in zone.population.toolTip()
    zone.region.setCurrentIndex(0)
    zone.region.activated.emit(0)
    assert session.plan.zone.region is None
    session.undo_stack.undo()
    assert session.plan.zone.region is not None


def test_period_keeps_its_length_when_the_start_moves(plan_window):
    session = plan_window.session
    zone = plan_window.plan_view.editor("zone")
    zone.start_year.setValue(2027)
    assert (session.plan.period.start_year, session.plan.period.end_year) == (2027, 2032)
    zone.end_year.setValue(2030)
    assert session.plan.period.end_year == 2030 and zone.cycle.text() == "cycle de 4 ans"
    assert session.undo_stack.count() == 1  # one burst of changes to the period
    session.undo_stack.undo()
    assert zone.start_year.value() == 2026 and zone.end_year.value() == 2031


def test_communes_table_add_edit_remove_and_undo(qtbot, plan_window, dialogs):
    session = plan_window.session
    zone = plan_window.plan_view.editor("zone")
    table = zone.communes
    qtbot.mouseClick(zone.add_commune, Qt.MouseButton.LeftButton)
    assert [c.name for c in session.plan.zone.communes][-1] == "Nouvelle commune"
    row = table.rowCount() - 1
    table.item(row, 0).setText("Florennes")
    table.item(row, 2).setText("11 500")
    table.item(row, 1).setText("93022")
    assert session.plan.zone.communes[-1].model_dump() == {
        "name": "Florennes", "nis_code": "93022", "population": 11500}
    assert "56" in zone.commune_total.text().replace("\u202f", "")
    table.item(row, 1).setText("123")
    assert "code INS" in dialogs.called("error")[0][2]
    qtbot.waitUntil(lambda: table.item(row, 1).text() == "93022")  # the plan's value again
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(zone.remove_commune, Qt.MouseButton.LeftButton)
    assert [c.name for c in session.plan.zone.communes] == ["Rivemont", "Sambrecourt",
                                                            "Hautebise"]
    session.undo_stack.undo()
    assert session.plan.zone.communes[-1].name == "Florennes"


def _choose(qtbot, table, row: int, column: int, text: str) -> None:
    """Edit a cell through its delegate: open the combo, pick ``text``, press Enter."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    combo = table.viewport().findChildren(QComboBox)[-1]
    combo.setCurrentIndex(combo.findText(text))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)


def test_czs_members_add_role_commune_move_remove(qtbot, plan_window):
    session = plan_window.session
    zone = plan_window.plan_view.editor("zone")
    table = zone.members
    count = len(session.plan.czs_members)
    qtbot.mouseClick(zone.add_member, Qt.MouseButton.LeftButton)
    new = session.plan.czs_members[-1]
    assert new.name == "Nouveau membre" and new.role is CZSRole.OTHER
    row = table.rowCount() - 1
    table.item(row, 0).setText("Jeanne Martin")
    _choose(qtbot, table, row, 1, "Bourgmestre")
    _choose(qtbot, table, row, 2, "Hautebise")
    member = session.plan.czs_members[-1]
    assert (member.name, member.role, member.commune) == ("Jeanne Martin", CZSRole.MAYOR,
                                                          "Hautebise")
    assert member.role_label == "Bourgmestre de Hautebise"
    assert table.item(row, 1).text() == "Bourgmestre"
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(zone.member_up, Qt.MouseButton.LeftButton)
    assert session.plan.czs_members[-2].name == "Jeanne Martin"
    table.setCurrentCell(row - 1, 0)
    qtbot.mouseClick(zone.remove_member, Qt.MouseButton.LeftButton)
    assert len(session.plan.czs_members) == count
    for _ in range(6):
        session.undo_stack.undo()
    assert len(session.plan.czs_members) == count and table.rowCount() == count


def test_expectations_suggested_authors_written_and_removed(qtbot, window, dialogs):
    plan = Plan(zone=Zone(name="ZP", number="5300", communes=[{"name": "Dour"}],
                          judicial_district="Mons"))
    window.adopt_new_plan(plan, None, guided=False)
    window.plan_view.show_chapter("expectations")
    editor = window.plan_view.editor("expectations")
    session = window.session
    assert editor.empty.isVisible() and not editor.detail.isVisible()
    qtbot.mouseClick(editor.suggest, Qt.MouseButton.LeftButton)
    kinds = [e.author_kind for e in session.plan.expectations]
    assert kinds == [AuthorKind.MAYOR, AuthorKind.PROSECUTOR, AuthorKind.GOVERNOR,
                     AuthorKind.DIRCO]
    assert session.undo_stack.count() == 1
    assert editor.list.currentRow() == 0 and editor.author.text() == "Bourgmestre de Dour"
    editor.list.setCurrentRow(1)
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "- Lutter contre la drogue")
    assert session.plan.expectations[1].text == "- Lutter contre la drogue"
    assert "Procureur du Roi de Mons" in editor.list.item(1).text()
    _retype(qtbot, editor.author, "Substitut X")
    assert session.plan.expectations[1].author == "Substitut X"
    assert "Substitut X" in editor.list.item(1).text()
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert [e.author_kind for e in session.plan.expectations][2] is AuthorKind.DIRCO
    qtbot.mouseClick(editor.suggest, Qt.MouseButton.LeftButton)
    assert session.plan.expectations[-1].author_kind is AuthorKind.GOVERNOR
    qtbot.mouseClick(editor.suggest, Qt.MouseButton.LeftButton)
    assert "déjà présents" in dialogs.called("error")[0][2]
    editor.add_actions[AuthorKind.OTHER].trigger()
    assert session.plan.expectations[-1].author_kind is AuthorKind.OTHER
    assert editor.list.currentRow() == len(session.plan.expectations) - 1


def test_approval_dates_by_typing_and_calendar(qtbot, plan_window):
    session = plan_window.session
    plan_window.plan_view.show_chapter("approval")
    editor = plan_window.plan_view.editor("approval")
    _retype(qtbot, editor.czs_date.edit, "14/10/2026")
    assert session.plan.approval.czs_date == dt.date(2026, 10, 14)
    _retype(qtbot, editor.submitted.edit, "31/02/2026")
    editor.submitted.edit.editingFinished.emit()
    assert session.plan.approval.submitted_date is None
    assert "n'existe pas" in editor.submitted.edit.toolTip()
    editor.approved.calendar.clicked.emit(QDate(2027, 1, 20))
    assert session.plan.approval.approved_date == dt.date(2027, 1, 20)
    assert editor.approved.edit.text() == "20/01/2027"
    _retype(qtbot, editor.czs_date.edit, "")
    qtbot.keyClick(editor.czs_date.edit, Qt.Key.Key_Backspace)
    assert session.plan.approval.czs_date is None
    _retype(qtbot, editor.version, "Version approuvee")
    assert session.plan.approval.version_label == "Version approuvee"
    lines = editor.signatories.text().splitlines()
    assert lines[0] == "Claire Delvaux — Bourgmestre de Rivemont"
    assert "Pierre-Yves Delcourt — Procureur du Roi de Namur" in lines
