"""« Rapports »: the yearly report and the action plan written on a worker, then offered to open."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from tests.ui.editor_host import host
from ui import tasks
from ui.followup import ReportsEditor
from ui.followup import reports as module


def _editor(qtbot, monkeypatch, out: Path, opened: list[Path]):
    monkeypatch.setattr(module, "choose_output_file", lambda _parent, _suggested: out)
    monkeypatch.setattr(module, "open_file", lambda path: opened.append(path) or True)
    return host(qtbot, lambda session, _ref: ReportsEditor(session))


def test_annual_report_is_written_then_opened(qtbot, monkeypatch, tmp_path, dialogs):
    opened: list[Path] = []
    out = tmp_path / "rapport-2027.docx"
    env = _editor(qtbot, monkeypatch, out, opened)
    editor = env.widget
    editor.set_kind("annual")
    editor.set_year(2027)
    before = env.session.plan.model_dump()
    assert editor.write()
    assert not editor.write_button.isEnabled()  # one at a time
    tasks.wait_all()
    assert editor.written == [out] and out.exists()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Rapport annuel 2027" in text
    assert dialogs.called("confirm") and opened == [out]
    assert "rapport-2027.docx" in editor.status.text()
    assert editor.write_button.isEnabled()
    assert env.session.plan.model_dump() == before  # the plan is not changed


def test_action_plan_of_one_objective(qtbot, monkeypatch, tmp_path, dialogs):
    opened: list[Path] = []
    out = tmp_path / "plan-action.docx"
    env = _editor(qtbot, monkeypatch, out, opened)
    editor = env.widget
    dialogs.answer("confirm", False)
    editor.set_kind("action_plan")
    editor.set_year(2026)
    assert editor.objective_combo.isEnabled() and not editor.charts_check.isEnabled()
    editor.objective_combo.setCurrentIndex(editor.objective_combo.findData("obj-p1"))
    assert editor.write()
    tasks.wait_all()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Plan d'action 2026" in text and "P1" in text
    assert opened == []  # the user said no


def test_a_file_that_cannot_be_written_is_explained(qtbot, monkeypatch, tmp_path, dialogs):
    opened: list[Path] = []
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    env = _editor(qtbot, monkeypatch, blocker / "rapport.docx", opened)
    assert env.widget.write()
    tasks.wait_all()
    [(_, title, message)] = dialogs.called("error")
    assert "rapport.docx" in message and "Le plan n'a pas été modifié" in message
    assert env.widget.write_button.isEnabled() and opened == []


def test_cancelled_file_choice_starts_nothing(qtbot, monkeypatch, tmp_path):
    env = _editor(qtbot, monkeypatch, tmp_path / "x.docx", [])
    monkeypatch.setattr(module, "choose_output_file", lambda _p, _s: None)
    assert not env.widget.write() and env.widget.task is None


def test_suggested_names():
    from zonalplan.demo import build_demo_plan

    plan = build_demo_plan()
    assert module.suggested_name(plan, "annual", 2027).startswith("Rapport annuel 2027 ZP")
    assert module.suggested_name(plan, "action_plan", 2026).endswith(".docx")


def test_the_report_in_pdf_through_libreoffice(qtbot, monkeypatch, tmp_path, dialogs):
    import pytest

    if not module.soffice_available():
        pytest.skip("LibreOffice absent")
    opened: list[Path] = []
    out = tmp_path / "plan-action-2027.docx"
    env = _editor(qtbot, monkeypatch, out, opened)
    editor = env.widget
    editor.set_kind("action_plan")
    editor.set_year(2027)
    assert editor.pdf_check.isEnabled()
    editor.pdf_check.setChecked(True)
    assert editor.write()
    tasks.wait_all(120_000)
    assert editor.written == [out, out.with_suffix(".pdf")]
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    assert opened == [out.with_suffix(".pdf")]
