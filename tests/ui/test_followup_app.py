"""The follow-up in the window: navigator, review mode, versions compared, new cycle, merger."""

from __future__ import annotations

from pathlib import Path

from ui.followup import CycleDialog
from ui.review import CompareView, compare_with_version
from ui.session import open_session
from zonalplan.commands import SetValue
from zonalplan.demo import build_demo_plan
from zonalplan.followup.editing import action_path, measurement_path
from zonalplan.model import Decision
from zonalplan.model.followup import ActionStatus
from zonalplan.store import create_plan_file, read_plan


def test_suivi_chapters_follow_approval_and_open(qtbot, window, demo_file):
    window.open_path(demo_file)
    view = window.plan_view
    top = [view.navigator.topLevelItem(i).data(0, 256)
           for i in range(view.navigator.topLevelItemCount())]
    assert top.index("followup") == top.index("approval") + 1
    view.show_chapter("followup")
    home = view.editor("followup")
    assert home.list.count() == 4
    home.list.itemActivated.emit(home.list.item(2))
    assert view.current_chapter() == "followup_dashboard"


def test_dashboard_double_click_shows_the_objective(qtbot, window, demo_file):
    window.open_path(demo_file)
    view = window.plan_view
    view.show_chapter("followup_dashboard")
    dashboard = view.editor("followup_dashboard")
    row = next(i for i, r in enumerate(dashboard.model.rows) if r.objective.id == "obj-p2")
    dashboard.table.doubleClicked.emit(dashboard.model.index(row, 1))
    assert view.current_chapter() == "strategy"


def test_review_mode_locks_the_follow_up(qtbot, window, demo_file):
    window.open_path(demo_file)
    view = window.plan_view
    view.show_chapter("followup_actions")
    actions = view.editor("followup_actions")
    assert actions.add_button.isEnabled()
    window.actions["review_mode"].trigger()
    assert not actions.add_button.isEnabled()
    for chapter in ("followup_dashboard", "followup_reports"):  # they change nothing
        view.show_chapter(chapter)
        assert view.editor(chapter).isEnabled()
    assert view.editor("followup_reports").write_button.isEnabled()
    before = len(window.session.plan.followup.actions)
    actions.select_objective("obj-p1")
    assert actions.add_action() is None
    assert len(window.session.plan.followup.actions) == before
    window.actions["review_mode"].trigger()
    assert actions.add_button.isEnabled()


def test_a_version_compared_shows_measurements_and_action_statuses(qtbot, tmp_path: Path,
                                                                    reference, dialogs):
    plan = build_demo_plan()
    action, measurement = plan.followup.actions[0], plan.followup.measurements[0]
    path = create_plan_file(tmp_path / "demo.zplan", plan)
    session = open_session(path, None)
    try:
        snapshot = session.plan_file.create_snapshot("Avant le rapport", plan=session.plan)
        session.run(SetValue(action_path(action.id, "status"), ActionStatus.POSTPONED))
        session.run(SetValue(measurement_path(measurement.id, "value"), 999.0))
        dialog = compare_with_version(None, session, snapshot, reference)
        qtbot.addWidget(dialog)
        view: CompareView = dialog.view
        assert len(view.diff.actions) == 1 and len(view.diff.measurements) == 1
        assert view.item("followup").text(1) == "modifié"
        view.show_page("followup")
        before, after = view.before.toPlainText(), view.after.toPlainText()
        assert "999" in after and "reporté" in after and action.title in after
        assert "999" not in before
    finally:
        session.close()


def _zone_b(tmp_path: Path, *, overlap: bool = False) -> Path:
    plan = build_demo_plan()
    plan.zone.name, plan.zone.number = "ZP Haute-Meuse", "5998"
    for i, commune in enumerate(plan.zone.communes):
        if not (overlap and i == 0):
            commune.name, commune.nis_code = f"Commune B{i}", f"9{i:04d}"
    plan.decisions[0].decision = (Decision.NOT_RETAINED
                                  if plan.decisions[0].decision is not Decision.NOT_RETAINED
                                  else Decision.PRIORITY)
    return create_plan_file(tmp_path / ("b-overlap.zplan" if overlap else "b.zplan"), plan)


def test_new_cycle_reviews_then_writes_and_opens(qtbot, window, demo_file, dialogs, tmp_path):
    window.open_path(demo_file)
    target = tmp_path / "suivant.zplan"
    seen: list[str] = []

    def review(dialog: CycleDialog) -> bool:
        assert dialog.paths == [demo_file]  # the open plan is offered
        assert dialog.year_spin.value() == 2032
        assert dialog.build()
        seen.append(dialog.review.toPlainText())
        assert not target.exists()  # nothing written before the user confirms
        return True

    dialogs.answer("exec_dialog", review)
    dialogs.answer("save_file_name", target)
    window.actions["new_cycle"].trigger()
    assert "candidat" in seen[0] and "2032-2037" in seen[0]
    assert window.session.path == target
    plan = window.session.plan
    assert plan.period.start_year == 2032 and plan.objectives == [] and plan.candidates
    assert "Bilan" in plan.sections.env_lessons
    assert read_plan(target).period.start_year == 2032


def test_zone_merger_lists_conflicts_and_refuses_shared_communes(qtbot, window, demo_file,
                                                                  dialogs, tmp_path):
    dialog = CycleDialog(merge=True)
    qtbot.addWidget(dialog)
    assert dialog.add_plan(demo_file)
    assert not dialog.add_plan(demo_file)  # the same file twice
    assert not dialog.build() and "au moins" in dialog.message.text()
    assert dialog.add_plan(_zone_b(tmp_path, overlap=True))
    assert not dialog.build()
    assert "figure dans deux plans" in dialog.message.text()
    assert dialog.result_plan() is None
    dialog.files.setCurrentRow(1)
    dialog._remove_selected()
    assert dialog.add_plan(_zone_b(tmp_path))
    assert dialog.build()
    text = dialog.review.toPlainText()
    assert "Décisions nationales à prendre" in text and "ZP Haute-Meuse" in text
    plan = dialog.result_plan()
    demo = build_demo_plan()
    assert len(plan.zone.communes) == 2 * len(demo.zone.communes)
    assert {c.origin.split(",")[0] for c in plan.candidates} >= {"ZP Haute-Meuse (5998)"}


def test_a_damaged_previous_plan_is_refused_clearly(qtbot, tmp_path):
    bad = tmp_path / "abime.zplan"
    bad.write_bytes(b"pas un plan")
    dialog = CycleDialog(merge=False)
    qtbot.addWidget(dialog)
    assert not dialog.add_plan(bad)
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert not dialog.next_button.isEnabled()


def test_follow_up_edits_are_autosaved_saved_and_undone(qtbot, window, demo_file):
    from zonalplan.recovery import RecoveryStore

    window.open_path(demo_file)
    view = window.plan_view
    view.show_chapter("followup_actions")
    actions = view.editor("followup_actions")
    actions.set_year(2027)
    actions.select_objective("obj-p1")
    new_id = actions.add_action()
    view.show_chapter("followup_measures")
    measures = view.editor("followup_measures")
    measures.select_indicator("obj-p1", "ind-p1-2")
    measures.year_edit.setText("2028")
    measures.value_edit.setText("77")
    assert measures.add_measurement()
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        assert window.autosaver.write_now(background=True)
    (entry,) = RecoveryStore().entries()
    copy = RecoveryStore().load(entry)
    assert any(a.id == new_id for a in copy.followup.actions)
    assert any(m.value == 77 for m in copy.followup.measurements)
    assert window.save()
    saved = read_plan(demo_file)
    assert any(a.id == new_id for a in saved.followup.actions)
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert all(a.id != new_id for a in window.session.plan.followup.actions)
    assert window.session.modified
