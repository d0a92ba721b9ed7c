"""Objectives editor: real flows through the widgets, each undone through the session's stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.editor_host import host
from ui.alignment_panel import AlignmentPanel
from ui.objectives import ObjectivesEditor
from ui.objectives.form import TAB_INDICATORS, TAB_LINKS
from ui.objectives.list_model import COL_TITLE
from zonalplan.alignment.report import Place
from zonalplan.model import LinkWeight, ObjectiveKind

LINK_RULE = "objectif.lien.absent"


@pytest.fixture
def env(qtbot):
    return host(qtbot, ObjectivesEditor)


def _row_titles(editor: ObjectivesEditor) -> list[str]:
    proxy = editor.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def _type_title(qtbot, editor: ObjectivesEditor, text: str) -> None:
    edit = editor.view.title_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_add_objective_with_button_then_undo(env, qtbot):
    editor, session = env.widget, env.session
    before = [o.id for o in session.plan.objectives]
    qtbot.mouseClick(editor.view.add_button, Qt.MouseButton.LeftButton)
    assert len(session.plan.objectives) == len(before) + 1
    new = next(o for o in session.plan.objectives if o.id not in before)
    assert new.code == "P6" and new.kind == ObjectiveKind.PRIORITY
    assert editor.current_objective_id == new.id
    assert editor.view.title_edit.text() == new.title
    assert editor.proxy.rowCount() == len(before) + 1
    # the new priority goes after the last priority (P5), before the points of attention
    assert [o.code for o in session.plan.objectives][5] == "P6"
    session.undo_stack.undo()
    assert [o.id for o in session.plan.objectives] == before
    assert editor.proxy.rowCount() == len(before)
    assert editor.current_objective_id in before


def test_add_point_of_attention_proposes_next_code(env):
    editor, session = env.widget, env.session
    editor.view.add_attention_action.trigger()
    current = session.plan.objective(editor.current_objective_id)
    assert current.code == "PA5" and current.kind == ObjectiveKind.ATTENTION_POINT
    assert session.plan.objectives[-1].id == current.id


def test_edit_title_updates_list_and_is_one_undo_step(env, qtbot):
    editor, session = env.widget, env.session
    editor.select_objective("obj-p2")
    old = session.plan.objective("obj-p2").title
    steps = session.undo_stack.count()
    _type_title(qtbot, editor, "Demanteler les points de deal")
    assert session.plan.objective("obj-p2").title == "Demanteler les points de deal"
    assert "Demanteler les points de deal" in _row_titles(editor)
    assert editor.view.heading.text().endswith("Demanteler les points de deal")
    assert session.undo_stack.count() == steps + 1  # the typing burst merged into one step
    session.undo_stack.undo()
    assert session.plan.objective("obj-p2").title == old
    assert editor.view.title_edit.text() == old
    assert old in _row_titles(editor)


def test_emptied_title_is_refused_inline(env, qtbot):
    editor, session = env.widget, env.session
    title = session.plan.objective(editor.current_objective_id).title
    editor.view.title_edit.setFocus()
    editor.view.title_edit.selectAll()
    qtbot.keyClick(editor.view.title_edit, Qt.Key.Key_Delete)
    assert session.plan.objective(editor.current_objective_id).title == title
    assert editor.view.message.isVisible()
    assert "vide" in editor.view.message.text()


def test_indicator_non_numeric_value_refused_then_valid_value_and_undo(env, qtbot):
    editor, session = env.widget, env.session
    editor.select_objective("obj-pa3")
    editor.view.tabs.setCurrentIndex(TAB_INDICATORS)
    count = len(session.plan.objective("obj-pa3").indicators)
    qtbot.mouseClick(editor.view.add_indicator_button, Qt.MouseButton.LeftButton)
    indicators = session.plan.objective("obj-pa3").indicators
    assert len(indicators) == count + 1
    row = len(indicators) - 1
    model = editor.indicators
    # through the cell editor: the validator does not let letters in
    table = editor.view.indicators_table
    index = model.index(row, 2)
    table.setCurrentIndex(index)
    table.edit(index)
    cell_editor = table.indexWidget(index)
    assert isinstance(cell_editor, QLineEdit)
    qtbot.keyClicks(cell_editor, "abc")
    assert cell_editor.text() == ""
    table.closePersistentEditor(index)
    # through the model (paste, programmatic edit): refused with a French message
    assert model.setData(index, "beaucoup") is False
    assert indicators[row].baseline_value is None
    assert editor.view.indicator_message.isVisible()
    assert "n'est pas un nombre" in editor.view.indicator_message.text()
    assert model.setData(model.index(row, 3), "20x1") is False
    assert "année" in editor.view.indicator_message.text()
    steps = session.undo_stack.count()
    assert model.setData(index, "12,5") is True
    assert session.plan.objective("obj-pa3").indicators[row].baseline_value == 12.5
    assert model.index(row, 2).data() == "12,5"
    assert not editor.view.indicator_message.isVisible()
    assert model.setData(model.index(row, 5), "2031") is True
    assert session.undo_stack.count() == steps + 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.objective("obj-pa3").indicators[row].baseline_value is None
    session.undo_stack.undo()  # the insertion
    assert len(session.plan.objective("obj-pa3").indicators) == count


def test_accept_suggestion_chip_clears_link_finding_in_alignment_panel(qtbot):
    env = host(qtbot, ObjectivesEditor)
    panel = AlignmentPanel(env.session, env.reference, env.window)
    env.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    editor, session = env.widget, env.session
    editor.add_objective(ObjectiveKind.PRIORITY)
    new_id = editor.current_objective_id
    with qtbot.waitSignal(session.report_ready, timeout=5000):
        _type_title(qtbot, editor, "Lutter contre les cambriolages dans les habitations")

    def link_findings():
        return [f for f in panel.findings() if f.rule == LINK_RULE
                and f.place.objective_id == new_id]

    qtbot.waitUntil(lambda: len(link_findings()) == 1, timeout=5000)
    editor.view.tabs.setCurrentIndex(TAB_LINKS)
    qtbot.waitUntil(lambda: len(editor.chips.chips()) > 0, timeout=5000)
    chip = editor.chips.chips()[0]
    assert "Pourquoi" in chip.toolTip()
    ref_id = chip.ref_id
    with qtbot.waitSignal(session.report_ready, timeout=5000):
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    links = session.plan.objective(new_id).links
    assert [lk.ref_id for lk in links] == [ref_id]
    assert links[0].weight == LinkWeight.PRIMARY
    assert link_findings() == []
    assert editor.links.rowCount() == 1
    qtbot.waitUntil(lambda: ref_id not in [c.ref_id for c in editor.chips.chips()], timeout=3000)
    with qtbot.waitSignal(session.report_ready, timeout=5000):
        session.undo_stack.undo()
    assert session.plan.objective(new_id).links == []
    assert len(link_findings()) == 1


def test_drop_reference_item_on_objective_row_links_it(env, qtbot):
    from ui.reference_browser.models import SourceTreeModel

    editor, session = env.widget, env.session
    tree = SourceTreeModel(env.reference, "ncsi", "Abréviations")
    mime = tree.mimeData([tree.index_of("ncsi.d2.t2")])
    row = editor.proxy.mapFromSource(editor.model.index(editor.model.row_of("obj-p3"), 0))
    proxy = editor.view.table.model()
    assert proxy.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, row)
    assert proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, row)
    assert "ncsi.d2.t2" in [lk.ref_id for lk in session.plan.objective("obj-p3").links]
    assert session.plan.objective("obj-p3").links[-1].weight == LinkWeight.SECONDARY
    session.undo_stack.undo()
    assert "ncsi.d2.t2" not in [lk.ref_id for lk in session.plan.objective("obj-p3").links]


def test_links_remove_and_weight_change_are_undoable(env):
    editor, session = env.widget, env.session
    editor.select_objective("obj-p3")
    before = [lk.model_copy() for lk in session.plan.objective("obj-p3").links]
    assert editor.links.setData(editor.links.index(1, 2), LinkWeight.PRIMARY.value)
    assert session.plan.objective("obj-p3").links[1].weight == LinkWeight.PRIMARY
    editor.view.links_table.selectRow(0)
    editor.view.remove_link_button.click()
    assert len(session.plan.objective("obj-p3").links) == len(before) - 1
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.objective("obj-p3").links == before
    label = editor.links.index(0, 0).data()
    assert "Sécurité routière" in label  # shown with its official number and title


def test_duplicate_move_remove_objectives_and_undo(env):
    editor, session = env.widget, env.session
    ids = [o.id for o in session.plan.objectives]
    editor.select_objective("obj-p1")
    copy_id = editor.duplicate_objective()
    copy = session.plan.objective(copy_id)
    assert copy.code == "P6" and copy.title.endswith("(copie)")
    assert [o.id for o in session.plan.objectives][1] == copy_id
    assert {i.id for i in copy.indicators}.isdisjoint(
        {i.id for i in session.plan.objective("obj-p1").indicators})
    assert editor.move_objective(1)
    assert [o.id for o in session.plan.objectives][2] == copy_id
    assert editor.remove_objective()
    assert session.plan.objective(copy_id) is None
    for _ in range(3):
        session.undo_stack.undo()
    assert [o.id for o in session.plan.objectives] == ids


def test_filters_and_partners_list(env):
    editor, session = env.widget, env.session
    view = editor.view
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("point_attention"))
    assert all(t for t in _row_titles(editor))
    assert editor.proxy.rowCount() == 4
    view.text_filter.setText("securite")  # accents ignored
    assert editor.proxy.rowCount() == 1
    assert editor.select_objective("obj-p1")  # hidden by the filters: they are cleared
    assert editor.proxy.rowCount() == len(session.plan.objectives)
    partners = list(session.plan.objective("obj-p1").partners)
    view.partners_edit.list.setCurrentRow(0)
    view.partners_edit.remove_button.click()
    assert session.plan.objective("obj-p1").partners == partners[1:]
    session.undo_stack.undo()
    assert session.plan.objective("obj-p1").partners == partners
    assert view.partners_edit.values() == partners


def test_show_place_selects_objective_tab_and_row(env):
    editor = env.widget
    assert editor.show_place(Place("objectives", "obj-p1", "indicators/ind-p1-2"))
    assert editor.current_objective_id == "obj-p1"
    assert editor.view.tabs.currentIndex() == TAB_INDICATORS
    assert editor.view.indicators_table.currentIndex().row() == 1
    assert editor.show_place(Place("objectives", "obj-p2", "links", "pns.c3"))
    assert editor.view.tabs.currentIndex() == TAB_LINKS
    assert editor.links.ref_id(editor.view.links_table.currentIndex().row()) == "pns.c3"
    assert not editor.show_place(Place("objectives", "missing"))


def test_capacity_fields_validate_and_undo(env, qtbot):
    editor, session = env.widget, env.session
    editor.select_objective("obj-p1")
    edit = editor.view.fte_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "2,25")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.plan.objective("obj-p1").capacity_fte == 2.25
    edit.selectAll()
    qtbot.keyClicks(edit, "deux")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert session.plan.objective("obj-p1").capacity_fte == 2.25
    assert edit.property("invalid") is True
    session.undo_stack.undo()
    assert session.plan.objective("obj-p1").capacity_fte == 1.5
    assert edit.text() == "1,5"


def test_large_plan_uses_models_and_stays_responsive(qtbot):
    # speed is measured by bench/bench_ui.py; this checks the structure that keeps it fast
    from bench.generate import large_plan

    env = host(qtbot, ObjectivesEditor, large_plan(200, 5))
    editor = env.widget
    assert editor.proxy.rowCount() == 200
    assert editor.view.table.indexWidget(editor.proxy.index(0, 0)) is None  # no widget per row
    editor.select_objective("o150")
    _type_title(qtbot, editor, "Objectif renomme")
    assert env.session.plan.objective("o150").title == "Objectif renomme"
    assert editor.model.index(150, COL_TITLE).data() == "Objectif renomme"


def test_read_only_session_disables_editing(qtbot):
    class _Locked:
        read_only = True
        read_only_reason = "Plan ouvert par quelqu'un d'autre."
        path = None

    env = host(qtbot, lambda s, r: (setattr(s, "plan_file", _Locked()),
                                    ObjectivesEditor(s, r))[1])
    editor = env.widget
    assert editor.view.title_edit.isReadOnly()
    assert not editor.view.add_button.isEnabled()
    assert not (editor.indicators.flags(editor.indicators.index(0, 0))
                & Qt.ItemFlag.ItemIsEditable)


def test_keyboard_on_the_list_moves_and_removes(env, qtbot):
    editor, session = env.widget, env.session
    editor.select_objective("obj-p2")
    editor.view.table.setFocus()
    qtbot.waitUntil(editor.view.table.hasFocus, timeout=2000)
    qtbot.keyClick(editor.view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [o.id for o in session.plan.objectives][0] == "obj-p2"
    qtbot.keyClick(editor.view.table, Qt.Key.Key_Delete)
    assert session.plan.objective("obj-p2") is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [o.id for o in session.plan.objectives][:2] == ["obj-p1", "obj-p2"]


def test_narrow_list_gives_way_to_the_title(env, qtbot):
    """A narrow objectives list hides type and domain so that titles stay readable."""
    table = env.widget.view.table
    header = table.horizontalHeader()
    table.setFixedWidth(260)
    qtbot.waitUntil(lambda: header.isSectionHidden(2) and header.isSectionHidden(3))
    assert header.sectionSize(COL_TITLE) >= table.fontMetrics().horizontalAdvance("M" * 10)
    table.setFixedWidth(700)
    qtbot.waitUntil(lambda: not header.isSectionHidden(2) and not header.isSectionHidden(3))


def test_suggestion_chips_speak_the_interface_language():
    from ui.objectives.suggestions import suggestions_for
    from zonalplan.i18n import using
    from zonalplan.reference import load_reference

    ref = load_reference()
    with using("nl"):
        found = suggestions_for("Welzijn op het werk van de medewerkers", ref, set())
    assert found and found[0].label == "NVP randvoorwaarde 8"
    assert all("mot-clé" not in w for s in found for w in s.why)
    with using("fr"):
        assert suggestions_for("Bien-être du personnel", ref, set())[0].label == \
            "PNS condition 8"
