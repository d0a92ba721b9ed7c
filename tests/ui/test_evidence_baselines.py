"""« Valeur de départ depuis les données… » and the mark when the data no longer matches."""

from __future__ import annotations

from tests.ui.editor_host import host
from ui.objectives import ObjectivesEditor
from ui.objectives.form import TAB_INDICATORS
from ui.objectives.indicators_model import BASELINE_COLUMN
from zonalplan.editing.evidence import remove_dataset_command
from zonalplan.evidence.figures import all_series

KEY = "crime:Cambriolages dans une habitation"


def test_baseline_from_a_series_then_mark_after_data_removed(qtbot, dialogs) -> None:
    env = host(qtbot, ObjectivesEditor)
    editor, session = env.widget, env.session
    objective = next(o for o in session.plan.objectives if o.indicators)
    editor.select_objective(objective.id)
    editor.view.tabs.setCurrentIndex(TAB_INDICATORS)
    indicator = objective.indicators[0]
    table = editor.view.indicators_table
    table.setCurrentIndex(editor.indicators.index(0, 0))
    expected = all_series(session.plan.datasets)[KEY].zone[2023]

    def pick(dialog) -> bool:
        dialog.choose(KEY, 2023)
        return True

    dialogs.answer("exec_dialog", pick)
    editor.view.baseline_button.click()
    indicator = session.plan.objective(objective.id).indicators[0]
    assert (indicator.baseline_value, indicator.baseline_year, indicator.series_key) == (
        expected, 2023, KEY)
    assert "criminalité" in indicator.source
    assert session.undo_stack.undoText().startswith("Valeur de départ de « ")
    model = editor.indicators
    assert model.baseline_warning(indicator.id) == ""
    crime = next(d.name for d in session.plan.datasets if d.kind.value == "crime")
    session.run(remove_dataset_command(session.plan, crime))
    warning = model.baseline_warning(indicator.id)
    assert "ne correspond plus" in warning and "absente" in warning
    index = model.index(0, BASELINE_COLUMN)
    assert model.data(index, 1) is not None  # DecorationRole: the warning icon
    session.undo_stack.undo()
    assert model.baseline_warning(indicator.id) == ""
    session.undo_stack.undo()
    assert session.plan.objective(objective.id).indicators[0].series_key != KEY


def test_baseline_needs_a_selected_indicator(qtbot, dialogs) -> None:
    env = host(qtbot, ObjectivesEditor)
    editor = env.widget
    editor.select_objective(next(o.id for o in env.session.plan.objectives if o.indicators))
    editor.view.indicators_table.setCurrentIndex(editor.indicators.index(-1, -1))
    assert not editor.form.baseline_from_data()
    assert dialogs.called("exec_dialog") == []
    assert "indicateur" in editor.view.indicator_message.text()
