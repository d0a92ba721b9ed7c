"""« Plans d'action »: edit cells, add, remove, move, carry open actions; each undone."""

from __future__ import annotations

from tests.ui.editor_host import host
from ui.followup import ActionsEditor
from ui.followup.actions_model import FIELDS
from zonalplan.model.followup import OPEN_STATUSES, ActionStatus


def _editor(qtbot, year: int = 2027):
    env = host(qtbot, lambda session, _ref: ActionsEditor(session))
    env.widget.set_year(year)
    env.widget.select_objective("obj-p1")
    return env


def _cell(editor, row: int, name: str):
    return editor.model.index(row, FIELDS.index(name))


def test_year_and_objective_show_their_actions(qtbot):
    env = _editor(qtbot)
    editor, plan = env.widget, env.session.plan
    assert editor.model.ids == [a.id for a in plan.followup.actions_for("obj-p1", 2027)]
    assert editor.model.rowCount() > 0
    assert "P1" in editor.heading.text() and "2027" in editor.heading.text()
    # priorities only, until the points d'attention are asked for
    shown = {editor.objectives.itemData(i) for i in range(editor.objectives.count())}
    priorities = {o.id for o in plan.objectives if o.kind.value == "priorite"}
    assert shown == priorities
    editor.attention_check.setChecked(True)
    assert editor.objectives.count() == len(plan.objectives)


def test_editing_status_hours_date_and_partners_then_undo(qtbot):
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    action = editor.model.action(0)
    old_status, old_hours = action.status, action.capacity_hours
    assert editor.model.setData(_cell(editor, 0, "status"), ActionStatus.ABANDONED.value)
    assert editor.model.setData(_cell(editor, 0, "capacity_hours"), "1 234,5")
    assert editor.model.setData(_cell(editor, 0, "partners"), "Parquet, Ville de Fosses")
    action = editor.model.action(0)
    assert action.status is ActionStatus.ABANDONED
    assert action.capacity_hours == 1234.5
    assert action.partners == ["Parquet", "Ville de Fosses"]
    assert editor.model.data(_cell(editor, 0, "status")) == "abandonné"
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    action = editor.model.action(0)
    assert (action.status, action.capacity_hours) == (old_status, old_hours)


def test_refused_values_say_why_and_leave_the_plan_alone(qtbot):
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    before = session.plan.model_dump()
    assert not editor.model.setData(_cell(editor, 0, "start"), "31/02/2027")
    assert "Date attendue" in editor.message.text()
    assert not editor.model.setData(_cell(editor, 0, "end"), "01/01/2000")  # before its start
    assert "fin" in editor.message.text()
    assert not editor.model.setData(_cell(editor, 0, "title"), "   ")
    assert "intitulé" in editor.message.text()
    assert session.plan.model_dump() == before
    assert session.undo_stack.count() == 0


def test_add_move_remove_each_one_undo_step(qtbot):
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    count = editor.model.rowCount()
    new_id = editor.add_action()
    assert new_id and editor.model.ids[-1] == new_id and editor.selected_action() == new_id
    assert editor.model.action(count).title == "Nouvelle action"
    assert editor.move_action(-1)
    assert editor.model.ids[-2] == new_id and editor.selected_action() == new_id
    assert editor.remove_action()
    assert new_id not in editor.model.ids
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert editor.model.ids[-2] == new_id
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert editor.model.rowCount() == count


def test_carry_open_actions_is_one_undoable_step(qtbot):
    env = _editor(qtbot, 2028)
    editor, session = env.widget, env.session
    open_2027 = [a for a in session.plan.followup.actions
                 if a.year == 2027 and a.status in OPEN_STATUSES]
    assert open_2027, "the demo plan has open actions in 2027"
    total = len(session.plan.followup.actions)
    assert editor.carry_open_actions() == len(open_2027)
    assert len(session.plan.followup.actions) == total + len(open_2027)
    assert "Ctrl+Z" in editor.message.text()
    assert editor.carry_open_actions() == 0  # already carried
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert len(session.plan.followup.actions) == total


def test_read_only_locks_the_table_and_buttons(qtbot):
    env = _editor(qtbot)
    editor = env.widget
    editor.set_read_only(True)
    assert not editor.add_button.isEnabled() and not editor.carry_button.isEnabled()
    assert editor.table.editTriggers() == editor.table.EditTrigger.NoEditTriggers
