"""National decisions editor: decide on PNS themes, justify, see findings and links follow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QRadioButton

from tests.ui.editor_host import host
from ui.decisions import DecisionsEditor
from ui.decisions.model import COL_DECISION, COL_OBJECTIVES, COL_TEXT, UNDECIDED
from zonalplan.alignment.report import Place
from zonalplan.commands import RemoveElement, SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.model import Decision, NationalLink

MISSING = "pns.decision.absente"


def _plan_without(*ref_ids: str):
    plan = build_demo_plan()
    plan.decisions = [d for d in plan.decisions if d.ref_id not in ref_ids]
    return plan


def _click_radio(qtbot, button: QRadioButton) -> None:
    """Click a radio button on its indicator (the label area ends with its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def _missing(report, ref_id: str) -> list:
    return [f for f in report.findings if f.rule == MISSING and f.place.ref_id == ref_id]


def test_table_lists_every_pns_theme_and_marks_the_optional_ones(qtbot):
    env = host(qtbot, DecisionsEditor)
    model = env.widget.model
    assert [n.id for n in model.nodes] == [n.id for n in env.reference.pns_nodes]
    assert {n.id for n in env.reference.decision_nodes} <= set(model.required)
    assert "pns.4" not in model.required  # no local-police objective: a decision is optional
    env.session.run(RemoveElement(("decisions",), "pns.4"))
    assert model.index(model.row_of("pns.4"), COL_DECISION).data() == "(facultatif)"
    assert "facultative" in model.index(model.row_of("pns.4"), COL_DECISION).data(
        Qt.ItemDataRole.ToolTipRole)
    row = model.row_of("pns.1.1")
    assert model.index(row, 0).data() == "1.1"
    assert model.index(row, COL_DECISION).data() == "Retenu"
    assert "Retenu (priorité)" in model.index(row, COL_DECISION).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, COL_OBJECTIVES).data().startswith("P2")
    assert model.index(row, COL_TEXT).data() == "Afficher…"


def test_set_decisions_clears_missing_decision_findings_then_undo(qtbot):
    env = host(qtbot, DecisionsEditor, _plan_without("pns.2", "pns.5"))
    editor, session = env.widget, env.session
    report = env.recheck(qtbot)
    assert _missing(report, "pns.2") and _missing(report, "pns.5")
    # pns.2 with the radio buttons of the detail pane
    editor.select("pns.2")
    assert editor.view.justification_edit.isReadOnly()  # nothing to justify yet
    with qtbot.waitSignal(session.report_ready, timeout=5000) as blocker:
        _click_radio(qtbot, editor.view.decision_buttons["fonctionnement_regulier"])
    assert session.plan.decision_for("pns.2").decision == Decision.REGULAR
    assert not _missing(blocker.args[0], "pns.2")
    assert not editor.view.justification_edit.isReadOnly()
    # pns.5 with the combo box of the table
    table = editor.view.table
    index = editor.model.index(editor.model.row_of("pns.5"), COL_DECISION)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    with qtbot.waitSignal(session.report_ready, timeout=5000) as blocker:
        combo.setCurrentIndex(combo.findData(Decision.RETAINED.value))
        combo.activated.emit(combo.currentIndex())
    assert session.plan.decision_for("pns.5").decision == Decision.RETAINED
    report = blocker.args[0]
    assert not _missing(report, "pns.5") and not _missing(report, "pns.2")
    # decisions stay in the order of the PNS
    order = env.reference.order
    positions = [order.index(d.ref_id) for d in session.plan.decisions]
    assert positions == sorted(positions)
    with qtbot.waitSignal(session.report_ready, timeout=5000) as blocker:
        session.undo_stack.undo()
        session.undo_stack.undo()
    assert session.plan.decision_for("pns.5") is None
    assert session.plan.decision_for("pns.2") is None
    assert _missing(blocker.args[0], "pns.5") and _missing(blocker.args[0], "pns.2")
    assert "indécis" in editor.view.summary.text()


def test_justification_typing_is_one_undo_step(qtbot):
    env = host(qtbot, DecisionsEditor)
    editor, session = env.widget, env.session
    editor.select("pns.1.5")
    old = session.plan.decision_for("pns.1.5").justification
    steps = session.undo_stack.count()
    edit = editor.view.justification_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Pas de port ni d'aeroport dans la zone.")
    assert session.plan.decision_for("pns.1.5").justification == \
        "Pas de port ni d'aeroport dans la zone."
    assert session.undo_stack.count() == steps + 1
    row = editor.model.row_of("pns.1.5")
    assert editor.model.index(row, 3).data().startswith("Pas de port")
    session.undo_stack.undo()
    assert session.plan.decision_for("pns.1.5").justification == old
    assert edit.toPlainText() == old


def test_undecided_removes_the_decision_and_undo_restores_its_justification(qtbot):
    env = host(qtbot, DecisionsEditor)
    editor, session = env.widget, env.session
    before = session.plan.decision_for("pns.6.2").model_copy()
    editor.select("pns.6.2")
    _click_radio(qtbot, editor.view.decision_buttons[UNDECIDED])
    assert session.plan.decision_for("pns.6.2") is None
    assert editor.view.justification_edit.isReadOnly()
    session.undo_stack.undo()
    assert session.plan.decision_for("pns.6.2") == before
    assert editor.view.justification_edit.toPlainText() == before.justification


def test_linked_objectives_follow_objective_links(qtbot):
    env = host(qtbot, DecisionsEditor)
    editor, session = env.widget, env.session
    row = editor.model.row_of("pns.1.4")
    assert editor.model.index(row, COL_OBJECTIVES).data() == ""
    links = session.plan.objective("obj-p3").links + [NationalLink(ref_id="pns.1.4.loc.1")]
    assert session.run(SetValue(("objectives", "obj-p3", "links"), links))
    assert "P3" in editor.model.index(row, COL_OBJECTIVES).data()
    session.undo_stack.undo()
    assert editor.model.index(row, COL_OBJECTIVES).data() == ""


def test_official_text_is_one_click_away(qtbot):
    env = host(qtbot, DecisionsEditor)
    editor = env.widget
    node = env.reference.item("pns.5")
    editor.select("pns.5")
    html = editor.view.official.toPlainText()
    assert node.text.split()[0] in html and "Police Locale" in html
    index = editor.model.index(editor.model.row_of("pns.5"), COL_TEXT)
    rect = editor.view.table.visualRect(index)
    qtbot.mouseClick(editor.view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    dialog = editor._dialogs[-1]  # a child window of the editor, closed with it
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert node.reference in text and node.title in dialog.windowTitle()
    dialog.close()


def test_show_place_selects_theme_of_a_national_item(qtbot):
    env = host(qtbot, DecisionsEditor)
    editor = env.widget
    assert editor.show_place(Place("decisions", ref_id="pns.7"))
    assert editor.current_ref_id == "pns.7"
    assert editor.show_place(Place("decisions", ref_id="pns.5.loc.1"))
    assert editor.current_ref_id == "pns.5"
    assert not editor.show_place(Place("decisions"))
