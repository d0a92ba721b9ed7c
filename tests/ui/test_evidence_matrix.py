"""The argument matrix editor: scores, notes, weights, decisions, what it feeds; each undone."""

from __future__ import annotations

from tests.ui.editor_host import host
from ui.evidence.matrix_editor import COL_DECISION, COL_PROPOSAL, COL_SHARE, MatrixEditor
from zonalplan.evidence.matrix import decisions_from_matrix, score
from zonalplan.model.matrix import Criterion, Proposal


def _editor(qtbot):
    return host(qtbot, lambda session, _ref: MatrixEditor(session))


def test_shows_rows_scores_share_proposal_and_rule(qtbot) -> None:
    env = _editor(qtbot)
    table, matrix = env.widget.view.table, env.session.plan.argument_matrix
    assert table.rowCount() == len(matrix.rows) >= 8
    result = score(matrix, matrix.rows[0])
    assert table.item(0, COL_SHARE).text() == f"{result.share * 100:.0f} %"
    assert table.item(0, COL_PROPOSAL).text() == {
        Proposal.PRIORITY: "priorité", Proposal.ATTENTION_POINT: "point d'attention",
        Proposal.REGULAR: "fonctionnement régulier",
        Proposal.NOT_RETAINED: "non retenu"}[result.proposal]
    assert "70 %" in env.widget.view.rule.text()


def test_score_note_weight_and_decision_are_undoable(qtbot) -> None:
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    row = session.plan.argument_matrix.rows[1]
    editor.select_cell(1, Criterion.SURVEY)
    old = row.cells.get(Criterion.SURVEY).score if Criterion.SURVEY in row.cells else 0
    new = 3 if old != 3 else 0
    editor.view.score.setValue(new)
    assert session.plan.argument_matrix.rows[1].cells[Criterion.SURVEY].score == new
    assert editor.view.table.item(1, 1).text().startswith(str(new))
    editor.view.note.setText("58 % des répondants")
    editor.view.note.editingFinished.emit()
    assert session.plan.argument_matrix.rows[1].cells[Criterion.SURVEY].note == \
        "58 % des répondants"
    editor.view.weights[Criterion.FEASIBILITY].setValue(3)
    assert session.plan.argument_matrix.weights[Criterion.FEASIBILITY] == 3
    editor.view.decision.setCurrentIndex(editor.view.decision.findData(Proposal.NOT_RETAINED))
    editor.view.decision.activated.emit(editor.view.decision.currentIndex())
    assert session.plan.argument_matrix.rows[1].decision is Proposal.NOT_RETAINED
    assert editor.view.table.item(1, COL_DECISION).text() == "non retenu"
    for _ in range(4):
        session.undo_stack.undo()
    restored = session.plan.argument_matrix.rows[1]
    assert (restored.cells.get(Criterion.SURVEY).score if Criterion.SURVEY in restored.cells
            else 0) == old
    assert session.plan.argument_matrix.weights[Criterion.FEASIBILITY] == 1


def test_report_decisions_and_non_retained_text(qtbot, dialogs) -> None:
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    row = session.plan.argument_matrix.rows[0]
    editor.select_cell(0, Criterion.FIGURES)
    editor.view.decision.setCurrentIndex(editor.view.decision.findData(Proposal.NOT_RETAINED))
    editor.view.decision.activated.emit(editor.view.decision.currentIndex())
    editor.view.non_retained_button.click()
    assert row.phenomenon in session.plan.sections.non_retained
    assert session.undo_stack.undoText() == "Rédiger la motivation des phénomènes non retenus"
    expected = decisions_from_matrix(session.plan.argument_matrix, session.plan.decisions)
    assert expected != session.plan.decisions
    editor.view.report_button.click()
    assert session.plan.decisions == expected
    assert session.undo_stack.undoText() == "Reporter la matrice sur les décisions PNS"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert row.phenomenon not in session.plan.sections.non_retained


def test_review_mode_locks_the_matrix(qtbot) -> None:
    env = _editor(qtbot)
    env.widget.set_read_only(True)
    view = env.widget.view
    assert not view.score.isEnabled() and not view.report_button.isEnabled()
    assert not view.weights[Criterion.FIGURES].isEnabled()


def test_row_theme_and_motivation_are_undoable(qtbot) -> None:
    env = _editor(qtbot)
    editor, session = env.widget, env.session
    editor.select_cell(2, Criterion.FIGURES)
    view = editor.view
    assert view.theme.count() > 10  # the PNS themes of the reference
    row = session.plan.argument_matrix.rows[2]
    assert view.theme.currentData() == row.ref_id
    other = view.theme.itemData(3)
    view.theme.setCurrentIndex(3)
    view.theme.activated.emit(3)
    assert session.plan.argument_matrix.rows[2].ref_id == other
    view.justification.setText("Priorité du conseil communal")
    view.justification.editingFinished.emit()
    assert session.plan.argument_matrix.rows[2].justification == "Priorité du conseil communal"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.argument_matrix.rows[2].ref_id == row.ref_id
