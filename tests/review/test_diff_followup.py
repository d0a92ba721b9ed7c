"""A comparison shows the follow-up: changed measurements and action statuses."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from zonalplan.demo import build_demo_plan
from zonalplan.followup.editing import add_measurement_command, carry_command
from zonalplan.model.followup import ActionStatus
from zonalplan.review.diff import diff_plans
from zonalplan.review.diff_docx import write_diff_docx
from zonalplan.review.diff_text import render_text


def _changed():
    before, after = build_demo_plan(), build_demo_plan()
    action = after.followup.actions[0]
    action.status = ActionStatus.ABANDONED
    measurement = after.followup.measurements[0]
    measurement.value += 7
    objective = after.objectives[0]
    add_measurement_command(objective.id, objective.indicators[0].id, 2029, 1.5).do(after)
    return before, after, action, measurement


def test_identical_follow_up_is_not_a_change() -> None:
    diff = diff_plans(build_demo_plan(), build_demo_plan())
    assert diff.actions == [] and diff.measurements == []
    assert diff.is_identical


def test_action_status_and_measurement_value_changes_are_listed() -> None:
    before, after, action, measurement = _changed()
    diff = diff_plans(before, after)
    assert not diff.is_identical
    [status] = [e for e in diff.actions if e.after_id == action.id]
    [change] = status.changes
    assert change.label == "statut" and change.after_text == "abandonné"
    assert change.before_text != "abandonné"
    modified = next(e for e in diff.measurements if e.after_id == measurement.id)
    assert modified.changes[0].label == "valeur mesurée"
    assert modified.changes[0].after == measurement.value
    added = [e for e in diff.measurements if e.status == "added"]
    assert len(added) == 1 and "2029" in added[0].label
    summary = diff.summary()
    assert summary["actions_changed"] == 1 and summary["measurements_changed"] == 2
    json_out = diff.to_json()
    assert json_out["actions"][0]["changes"][0]["after"] == "abandonne"


def test_text_and_docx_name_the_follow_up(tmp_path: Path) -> None:
    before, after, action, _ = _changed()
    diff = diff_plans(before, after)
    text = render_text(diff)
    assert "== Suivi : actions ==" in text and "== Suivi : mesures ==" in text
    assert action.title in text and "→ abandonné" in text
    out = write_diff_docx(diff, tmp_path / "diff.docx")
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    cells = "\n".join(c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells)
    assert "Suivi : actions" in body and "Suivi : mesures" in body
    assert "abandonné" in cells


def test_carried_actions_show_as_added() -> None:
    before = build_demo_plan()
    after = build_demo_plan()
    command = carry_command(after.followup, 2027)
    assert command is not None
    command.do(after)
    diff = diff_plans(before, after)
    assert {e.status for e in diff.actions} == {"added"}
    assert len(diff.actions) == len(command.commands)
