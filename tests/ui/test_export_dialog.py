"""Export dialog: a real export to DOCX off the UI thread; only the file dialogs are replaced."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

import ui.export.dialog as export_dialog
from tests.ui.editor_host import host
from ui.export import ExportDialog


@pytest.fixture
def dialog_env(qtbot):
    return host(qtbot, ExportDialog, show=False)


def _show(qtbot, dialog: ExportDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)


def test_export_docx_from_the_dialog(qtbot, tmp_path, monkeypatch, dialog_env):
    target = tmp_path / "sortie" / "PZS demo"
    target.parent.mkdir()
    monkeypatch.setattr(export_dialog, "choose_output_file",
                        lambda parent, suggested: target.with_suffix(".docx"))
    session = dialog_env.session
    before = session.plan.model_dump_json()
    steps = session.undo_stack.count()
    dialog = ExportDialog(session, dialog_env.reference)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.view.output_button, Qt.MouseButton.LeftButton)
    assert dialog.view.output_edit.text() == str(target.with_suffix(".docx"))
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.view.export_button, Qt.MouseButton.LeftButton)
        assert dialog.running
        assert not dialog.view.progress.isVisible()  # progress only after ~600 ms
        assert dialog.view.close_button.text() == "Annuler"
    result = blocker.args[0]
    written = target.with_suffix(".docx")
    assert result.path == written and written.is_file()
    text = "\n".join(p.text for p in Document(str(written)).paragraphs)
    assert session.plan.zone.name in text
    assert all(o.title in text for o in session.plan.objectives[:3])
    assert dialog.view.result_box.isVisible()
    assert str(written) in dialog.view.result.text()
    assert dialog.document_url().toLocalFile() == str(written)
    assert dialog.folder_url().toLocalFile() == str(written.parent)
    assert not dialog.running and dialog.view.export_button.isEnabled()
    assert session.plan.model_dump_json() == before and session.undo_stack.count() == steps
    # the folder is remembered for the next export
    again = ExportDialog(session, dialog_env.reference)
    qtbot.addWidget(again)
    assert Path(again.view.output_edit.text()).parent == written.parent


def test_report_export_and_zone_template_folder(qtbot, tmp_path, monkeypatch, dialog_env):
    from zonalplan.export import DEFAULT_TEMPLATE_DIR

    folder = tmp_path / "modeles"
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "choose_template_folder", lambda parent, start: folder)
    dialog = ExportDialog(dialog_env.session, dialog_env.reference)
    qtbot.addWidget(dialog)
    dialog.view.output_edit.setText(str(tmp_path / "rapport.docx"))
    qtbot.mouseClick(dialog.view.template_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zone_template.isChecked()
    assert not dialog.start_export()  # the folder has no plan.docx
    assert "ne contient pas" in dialog.view.error.text()
    shutil.copy(DEFAULT_TEMPLATE_DIR / "report.docx", folder / "report.docx")
    dialog.view.document_combo.setCurrentIndex(dialog.view.document_combo.findData("report"))
    assert Path(dialog.view.output_edit.text()).name.startswith("Rapport d'alignement")
    with qtbot.waitSignal(dialog.export_done, timeout=60_000) as blocker:
        assert dialog.start_export()
    assert blocker.args[0].path.is_file()
    assert not dialog.view.error.isVisible()


def test_broken_template_error_is_shown_in_french_and_plan_untouched(qtbot, tmp_path,
                                                                     dialog_env):
    folder = tmp_path / "casse"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(b"ceci n'est pas un document Word")
    session = dialog_env.session
    before = session.plan.model_dump_json()
    dialog = ExportDialog(session, dialog_env.reference)
    qtbot.addWidget(dialog)
    dialog.view.output_edit.setText(str(tmp_path / "plan.docx"))
    dialog.view.template_edit.setText(str(folder))
    dialog.view.zone_template.setChecked(True)
    with qtbot.waitSignal(dialog.export_failed, timeout=60_000) as blocker:
        assert dialog.start_export()
    assert "plan.docx" in blocker.args[0]  # the core's French message names the template
    assert "Le plan n'a pas été modifié." in dialog.view.error.text()
    assert not dialog.view.error.isHidden() and dialog.view.result_box.isHidden()
    assert not (tmp_path / "plan.docx").exists()
    assert session.plan.model_dump_json() == before


def test_missing_folder_is_refused_before_any_work(qtbot, tmp_path, dialog_env):
    dialog = ExportDialog(dialog_env.session, dialog_env.reference)
    qtbot.addWidget(dialog)
    dialog.view.output_edit.setText(str(tmp_path / "absent" / "plan.docx"))
    assert not dialog.start_export()
    assert "n'existe pas" in dialog.view.error.text()
    dialog.view.output_edit.setText("")
    assert not dialog.start_export()
    assert "Choisissez" in dialog.view.error.text()


def test_pdf_disabled_with_explanation_without_libreoffice(qtbot, monkeypatch, dialog_env):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    dialog = ExportDialog(dialog_env.session, dialog_env.reference)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    assert not dialog.view.pdf_check.isEnabled() and not dialog.view.pdf_check.isChecked()
    assert dialog.view.pdf_note.isVisible()
    assert "LibreOffice n'est pas installé" in dialog.view.pdf_note.text()


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice (soffice) n'est pas installé")
def test_export_pdf_with_libreoffice(qtbot, tmp_path, dialog_env):
    dialog = ExportDialog(dialog_env.session, dialog_env.reference)
    qtbot.addWidget(dialog)
    assert dialog.view.pdf_check.isEnabled()
    dialog.view.pdf_check.setChecked(True)
    dialog.view.output_edit.setText(str(tmp_path / "plan.docx"))
    with qtbot.waitSignal(dialog.export_done, timeout=180_000) as blocker:
        assert dialog.start_export()
    result = blocker.args[0]
    assert result.pdf_path is not None and result.pdf_path.read_bytes()[:5] == b"%PDF-"
    assert str(result.pdf_path) in dialog.view.result.text()
    if shutil.which("pdftotext"):  # the same conversion as the CLI: contents with page numbers
        import subprocess

        toc = subprocess.run(["pdftotext", "-f", "2", "-l", "3", str(result.pdf_path), "-"],
                             capture_output=True, text=True, check=True).stdout
        assert re.search(r"Avant-propos\s*\.{3,}\s*\d+", toc), toc[:400]
        assert "Mettre à jour les champs" not in toc


def test_preflight_is_shown_and_the_user_chooses_to_continue(qtbot, tmp_path, monkeypatch):
    from tests.ui.editor_host import host as make_host
    from zonalplan.demo import build_demo_plan

    plan = build_demo_plan()
    obj = plan.objectives[0]
    obj.rationale = ""
    env = make_host(qtbot, ExportDialog, plan, show=False)
    dialog = ExportDialog(env.session, env.reference)
    qtbot.addWidget(dialog)
    assert dialog.view.preflight.isVisibleTo(dialog)
    assert "1 partie vide" in dialog.view.preflight.text()
    assert obj.label in dialog.view.preflight.text()
    assert dialog.view.annex_check.isChecked()  # a draft: the annex for the reviewers
    asked: list[str] = []
    monkeypatch.setattr(export_dialog, "confirm_open_items",
                        lambda parent, summary: asked.append(summary) or False)
    out = tmp_path / "plan.docx"
    dialog.view.output_edit.setText(str(out))
    assert not dialog.start_export() and not out.exists()
    assert asked and "1 partie vide" in asked[0]
    monkeypatch.setattr(export_dialog, "confirm_open_items", lambda parent, summary: True)
    dialog.view.annex_check.setChecked(False)  # the version for the ministers
    with qtbot.waitSignal(dialog.export_done, timeout=60_000):
        assert dialog.start_export()
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert not any("Rapport d'alignement" in t for t in texts)
    assert "À compléter." in texts


def test_clean_plan_exports_without_a_question(qtbot, tmp_path, monkeypatch, dialog_env):
    monkeypatch.setattr(export_dialog, "confirm_open_items",
                        lambda parent, summary: pytest.fail("no question for a clean plan"))
    dialog = ExportDialog(dialog_env.session, dialog_env.reference)
    qtbot.addWidget(dialog)
    assert "aucune erreur" in dialog.view.preflight.text()
    dialog.view.output_edit.setText(str(tmp_path / "plan.docx"))
    with qtbot.waitSignal(dialog.export_done, timeout=60_000):
        assert dialog.start_export()
