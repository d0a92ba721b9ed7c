"""The binding layer every editor uses: field errors, typing bursts, checked runs, typed values."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from ui.binding import merge, run_checked, show_field_error, values
from ui.binding.feedback import set_base_tooltip
from ui.binding.merge import TypingMerge
from ui.binding.widgets import BoundLineEdit, NumberEdit
from ui.session import PlanSession
from zonalplan.commands import SetValue
from zonalplan.model import Plan, Zone


@pytest.fixture
def session(qtbot):
    return PlanSession(Plan(zone=Zone(name="ZP", number="5999")))


def test_one_way_to_show_and_clear_a_field_error(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    set_base_tooltip(field, "Numéro à 4 chiffres")
    show_field_error(field, "Le numéro de zone compte 4 chiffres.")
    assert field.property("invalid") is True and field.styleSheet()
    assert field.toolTip() == "Le numéro de zone compte 4 chiffres."
    show_field_error(field, None)
    assert field.property("invalid") is False and not field.styleSheet()
    assert field.toolTip() == "Numéro à 4 chiffres"


def test_a_typing_burst_shares_one_merge_id_until_a_pause_a_cut_or_another_field(monkeypatch):
    typing = TypingMerge()
    first = typing.merge_id("zone/name")
    assert typing.merge_id("zone/name") == first
    assert typing.merge_id("zone/number") != first
    typing.cut()
    assert typing.merge_id("zone/number") != typing.merge_id("zone/name")
    monkeypatch.setattr(merge, "BURST_PAUSE_S", -1.0)
    assert typing.merge_id("zone/name") != typing.merge_id("zone/name")


def test_run_checked_returns_the_french_reason_and_changes_nothing(session):
    assert run_checked(session, SetValue(("zone", "number"), "12")) is not None
    assert session.plan.zone.number == "5999" and session.undo_stack.count() == 0
    assert run_checked(session, SetValue(("zone", "name"), "ZP Nord")) is None
    assert session.plan.zone.name == "ZP Nord" and session.undo_stack.count() == 1


def test_numbers_are_typed_in_the_users_language(qtbot, session):
    area = BoundLineEdit(session, ("zone", "area_km2"), "superficie", parse=values.parse_number,
                         fmt=values.format_number)
    population = BoundLineEdit(session, ("zone", "population"), "population",
                               parse=values.parse_integer, fmt=values.format_integer)
    qtbot.addWidget(area)
    qtbot.addWidget(population)
    try:
        values.set_input_language("de")
        qtbot.keyClicks(area, "1.234,5")
        qtbot.keyClicks(population, "21.350")
        assert session.plan.zone.area_km2 == 1234.5 and session.plan.zone.population == 21350
        assert values.format_integer(21350) == "21.350"
    finally:
        values.set_input_language("fr")
    area.clear()
    qtbot.keyClicks(area, "1 234,5")
    assert session.plan.zone.area_km2 == 1234.5
    assert values.format_integer(21350) == "21\u202f350"
    values.set_input_language("xx")
    assert values.input_language() == "fr"


def test_number_edit_refuses_text_and_commits_numbers(qtbot):
    edit = NumberEdit("int")
    qtbot.addWidget(edit)
    committed, rejected = [], []
    edit.committed.connect(committed.append)
    edit.rejected.connect(rejected.append)
    edit.setText("12,5")
    edit.editingFinished.emit()
    assert rejected and edit.property("invalid") is True and not committed
    edit.setText("12")
    edit.editingFinished.emit()
    assert committed == [12] and edit.property("invalid") is False
