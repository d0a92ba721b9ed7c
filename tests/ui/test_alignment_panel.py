"""Alignment panel: findings by severity with counts, click to focus, live updates, coverage."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.editor_host import host
from ui.alignment_panel import AlignmentPanel
from ui.alignment_panel.findings_model import FINDING_ROLE
from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan


def _plan_with_problems():
    plan = build_demo_plan()
    plan.decisions = [d for d in plan.decisions if d.ref_id != "pns.7"]
    plan.capacity.available_fte = 50.0
    plan.objectives[0].owner = ""
    return plan


def _wait_report(qtbot, panel):
    qtbot.waitUntil(lambda: panel.report is not None, timeout=5000)
    return panel.report


def test_findings_grouped_by_severity_with_counts(qtbot):
    env = host(qtbot, AlignmentPanel, _plan_with_problems())
    panel = env.widget
    report = _wait_report(qtbot, panel)
    model = panel.model
    for severity, title in (("erreur", "Erreurs"), ("avertissement", "Avertissements"),
                            ("info", "Informations")):
        group = model.group_index(severity)
        count = len(report.by_severity(severity))
        assert group.data() == f"{title} ({count})"
        assert model.rowCount(group) == count
    errors = panel.findings("erreur")
    assert {f.rule for f in errors} >= {"pns.decision.absente", "capacite.depassement"}
    finding = next(f for f in errors if f.rule == "capacite.depassement")
    index = model.index_of(finding)
    assert index.data() == finding.message
    assert finding.hint and finding.hint[:20] in index.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.view.tree.isExpanded(model.group_index("erreur"))


def test_click_on_finding_asks_the_editors_to_focus_its_place(qtbot):
    env = host(qtbot, AlignmentPanel, _plan_with_problems())
    panel = env.widget
    _wait_report(qtbot, panel)
    finding = next(f for f in panel.findings("erreur") if f.rule == "pns.decision.absente")
    index = panel.model.index_of(finding)
    tree = panel.view.tree
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    with qtbot.waitSignal(env.session.focus_requested, timeout=2000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] == finding.place
    assert blocker.args[0].chapter == "decisions" and blocker.args[0].ref_id == "pns.7"
    assert finding.message in panel.view.detail.text()


def test_panel_follows_new_reports_and_keeps_coverage_line(qtbot):
    env = host(qtbot, AlignmentPanel, _plan_with_problems())
    panel, session = env.widget, env.session
    _wait_report(qtbot, panel)
    assert "1</b> indécis" in panel.view.coverage_label.text()
    assert [f for f in panel.findings("erreur") if f.rule == "capacite.depassement"]
    missing = next(f for f in panel.findings("erreur") if f.rule == "pns.decision.absente")
    panel.view.tree.setCurrentIndex(panel.model.index_of(missing))
    with qtbot.waitSignal(session.report_ready, timeout=5000):
        session.run(SetValue(("capacity", "available_fte"), 90.0))
    assert not [f for f in panel.findings("erreur") if f.rule == "capacite.depassement"]
    header = panel.model.group_index("erreur").data()
    assert header == f"Erreurs ({len(panel.report.by_severity('erreur'))})"
    assert panel.view.state_label.text() == "À jour."
    current = panel.view.tree.currentIndex().data(FINDING_ROLE)
    assert current == missing  # the selected finding stays selected across reports
    with qtbot.waitSignal(session.report_ready, timeout=5000):
        session.undo_stack.undo()
    assert [f for f in panel.findings("erreur") if f.rule == "capacite.depassement"]


def test_aligned_demo_plan_says_so(qtbot):
    env = host(qtbot, AlignmentPanel)
    panel = env.widget
    report = _wait_report(qtbot, panel)
    if report.findings:  # the demo plan may carry informational remarks
        assert panel.view.state_label.text() == "À jour."
    else:
        assert "aligné" in panel.view.state_label.text()
    assert "retenus" in panel.view.coverage_label.text()
    assert panel.view.coverage_label.toolTip() == report.coverage.explanation
