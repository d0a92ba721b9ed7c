"""« Mesures » and « Tableau de bord »: a measurement edited, the dashboard redrawn, then undone."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from tests.ui.editor_host import host
from ui.followup import DashboardEditor, MeasuresEditor
from ui.followup.dashboard import STATUS_COLUMN, TREND_COLUMN, TREND_ROLE
from ui.followup.labels import RULE
from ui.followup.measures_model import FIELDS
from zonalplan.followup.status import RULE_TEXT


def _both(qtbot):
    def build(session, _ref):
        splitter = QSplitter()
        splitter.addWidget(MeasuresEditor(session))
        splitter.addWidget(DashboardEditor(session))
        return splitter

    env = host(qtbot, build)
    return env, env.widget.widget(0), env.widget.widget(1)


def _row(dashboard, objective_id):
    return next(i for i, r in enumerate(dashboard.model.rows) if r.objective.id == objective_id)


def test_measures_of_an_indicator_with_baseline_and_target(qtbot):
    env, measures, _ = _both(qtbot)
    assert measures.select_indicator("obj-p1", "ind-p1-1")
    plan = env.session.plan
    assert measures.model.ids == [m.id for m in plan.followup.measurements_for("obj-p1",
                                                                                "ind-p1-1")]
    info = measures.info.text()
    assert "Valeur de départ : 212" in info and "cible : 170" in info
    assert measures.year_edit.text() == "2028"  # after the last measurement


def test_editing_a_measurement_refreshes_the_dashboard_and_undo_restores_it(qtbot):
    env, measures, dashboard = _both(qtbot)
    session = env.session
    measures.select_indicator("obj-p1", "ind-p1-1")
    row = _row(dashboard, "obj-p1")
    before_status = dashboard.model.data(dashboard.model.index(row, STATUS_COLUMN))
    before_last = dashboard.model.data(dashboard.model.index(row, 5))
    last_row = measures.model.rowCount() - 1
    index = measures.model.index(last_row, FIELDS.index("value"))
    assert measures.model.setData(index, "400")  # far worse than the trajectory
    row = _row(dashboard, "obj-p1")
    assert dashboard.model.data(dashboard.model.index(row, STATUS_COLUMN)) == "en retard"
    assert "400" in dashboard.model.data(dashboard.model.index(row, 5))
    assert "en retard" in measures.info.text()
    session.undo_stack.undo()
    row = _row(dashboard, "obj-p1")
    assert dashboard.model.data(dashboard.model.index(row, STATUS_COLUMN)) == before_status
    assert dashboard.model.data(dashboard.model.index(row, 5)) == before_last


def test_add_a_measurement_then_remove_it(qtbot):
    env, measures, _ = _both(qtbot)
    session = env.session
    measures.select_indicator("obj-p1", "ind-p1-2")
    count = measures.model.rowCount()
    measures.year_edit.setText("2028")
    measures.quarter_combo.setCurrentIndex(2)
    measures.value_edit.setText("12,5")
    assert measures.add_measurement()
    added = session.plan.followup.measurements_for("obj-p1", "ind-p1-2")[-1]
    assert (added.year, added.quarter, added.value) == (2028, 2, 12.5)
    assert measures.model.rowCount() == count + 1
    measures.table.selectRow(measures.model.rowCount() - 1)
    assert measures.remove_measurement()
    assert measures.model.rowCount() == count
    measures.value_edit.setText("")
    assert not measures.add_measurement()
    assert "valeur mesurée" in measures.message.text()
    measures.value_edit.setText("3")
    measures.year_edit.setText("1800")
    assert not measures.add_measurement()
    assert session.undo_stack.count() == 2


def test_the_value_of_the_imported_data_is_offered(qtbot):
    env, measures, _ = _both(qtbot)
    plan = env.session.plan
    plan.objective("obj-p1").indicators[0].series_key = "crime:Cambriolages dans une habitation"
    measures.select_indicator("obj-p1", "ind-p1-2")
    measures.select_indicator("obj-p1", "ind-p1-1")
    measures.year_edit.setText("2031")
    measures.year_edit.editingFinished.emit()
    assert measures.data_button.isHidden()
    assert "pas encore de valeur" in measures.data_label.text()
    measures.year_edit.setText("2024")
    measures.year_edit.editingFinished.emit()
    assert not measures.data_button.isHidden()
    assert "2024" in measures.data_label.text()
    assert measures.accept_data_value()
    added = [m for m in plan.followup.measurements_for("obj-p1", "ind-p1-1") if m.year == 2024]
    assert added and added[0].series_key == "crime:Cambriolages dans une habitation"


def test_dashboard_filters_rule_and_trend(qtbot):
    env, _, dashboard = _both(qtbot)
    plan = env.session.plan
    assert dashboard.model.rowCount() == len(plan.objectives)
    assert RULE == RULE_TEXT and RULE_TEXT in dashboard.rule.text()
    dashboard.kind_combo.setCurrentIndex(dashboard.kind_combo.findData("point_attention"))
    assert {r.objective.kind.value for r in dashboard.model.rows} == {"point_attention"}
    dashboard.kind_combo.setCurrentIndex(0)
    owner = plan.objective("obj-p1").owner
    dashboard.owner_combo.setCurrentIndex(dashboard.owner_combo.findData(owner))
    assert dashboard.model.rows and all(r.objective.owner == owner for r in dashboard.model.rows)
    dashboard.owner_combo.setCurrentIndex(0)
    dashboard.domain_combo.setCurrentIndex(dashboard.domain_combo.findData("interne"))
    assert all(r.objective.domain.value == "interne" for r in dashboard.model.rows)
    dashboard.domain_combo.setCurrentIndex(0)
    row = _row(dashboard, "obj-p1")
    lines = dashboard.model.data(dashboard.model.index(row, TREND_COLUMN), TREND_ROLE)
    assert lines and lines[0][0][0][1] == 0.0  # the baseline is the start of the drawing
    dashboard.table.viewport().repaint()  # the sparkline delegate paints without error


def test_double_click_asks_to_show_the_objective(qtbot):
    env, _, dashboard = _both(qtbot)
    with qtbot.waitSignal(env.session.focus_requested) as blocker:
        dashboard.table.doubleClicked.emit(dashboard.model.index(_row(dashboard, "obj-p2"), 1))
    assert blocker.args[0].objective_id == "obj-p2" and blocker.args[0].chapter == "objectives"
