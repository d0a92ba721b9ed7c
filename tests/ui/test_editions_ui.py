"""Editions in the app: the browser follows the plan's edition, the dialog chooses another one
(undoable), and the detail pane says whose words a text is, with the reader's notes."""

from __future__ import annotations

from tests.ui.editor_host import host
from ui.binding.editions_dialog import EditionsDialog
from ui.reference_browser import ReferenceBrowser
from ui.reference_browser.browser import PREVIOUS
from ui.zone.zone_editor import ZoneEditor
from zonalplan.alignment.report import Place
from zonalplan.editing import add_link_command

NEW_D5 = "Sécurité de l’espace public et valeurs démocratiques"
OLD_D5 = "Sécurité de l’espace public et protection des normes et valeurs"


def _d5_label(browser: ReferenceBrowser) -> str:
    model = browser.view.tree.model()
    return model.itemFromIndex(model.index_of("ncsi.d5")).text()


def test_browser_shows_the_plan_edition_and_keeps_the_previous_one_browsable(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    assert "NCSI 2026-2029" in browser.view.edition_label.text()
    combo = browser.view.source_combo
    combo.setCurrentIndex(combo.findData("ncsi"))
    assert "2026-2029" in combo.currentText() and NEW_D5 in _d5_label(browser)
    previous = combo.findData("ncsi" + PREVIOUS)
    assert previous >= 0 and "2022-2024" in combo.itemText(previous)
    assert "précédente" in combo.itemText(previous)
    combo.setCurrentIndex(previous)
    assert OLD_D5 in _d5_label(browser)
    browser.view.tree.setCurrentIndex(browser.view.tree.model().index_of("ncsi.d5"))
    assert OLD_D5 in browser.view.detail.toPlainText()
    assert browser.show_item("ncsi.d5") and NEW_D5 in browser.view.detail.toPlainText()


def test_dialog_lists_changes_then_chooses_an_edition_undoably(qtbot):
    env = host(qtbot, ReferenceBrowser)
    session, browser = env.session, env.widget
    plan = session.plan
    add_link_command(plan, plan.objectives[0].id, "ncsi.d5").do(plan)
    dialog = browser.open_editions()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, EditionsDialog)
    assert "PNS 2026-2029 / NCSI 2026-2029" in dialog.current.text()
    ids = [r.edition.id for r in dialog.rows]
    assert {"pns-2026-2029", "ncsi-2022-2024", "ncsi-2026-2029"} <= set(ids)
    assert dialog.select("ncsi-2026-2029")
    assert not dialog.choose_button.isEnabled()  # the plan already cites it
    assert dialog.select("ncsi-2022-2024") and dialog.choose_button.isEnabled()
    text = dialog.detail.toPlainText()
    assert "Ce qui change pour ce plan" in text and "(ncsi.d5), lié au plan, est renommé" in text
    assert dialog.choose_selected()
    assert plan.metadata.reference_edition == "PNS 2026-2029 / NCSI 2022-2024"
    assert "NCSI 2022-2024" in dialog.current.text() and "Ctrl+Z" in dialog.status.text()
    # the browser now words the NCSI as 2022-2024, with no previous edition to show
    assert "NCSI 2022-2024" in browser.view.edition_label.text()
    combo = browser.view.source_combo
    assert combo.findData("ncsi" + PREVIOUS) < 0
    combo.setCurrentIndex(combo.findData("ncsi"))
    assert OLD_D5 in _d5_label(browser)
    session.undo_stack.undo()
    assert plan.metadata.reference_edition != "PNS 2026-2029 / NCSI 2022-2024"
    assert "NCSI 2026-2029" in browser.view.edition_label.text()
    combo.setCurrentIndex(combo.findData("ncsi"))
    assert NEW_D5 in _d5_label(browser)
    dialog.close()


def test_dialog_refuses_a_bad_pack_and_changes_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ZONALPLAN_DATA_DIR", str(tmp_path / "data"))
    env = host(qtbot, ReferenceBrowser)
    dialog = EditionsDialog(env.session, env.reference)
    qtbot.addWidget(dialog)
    before = [r.edition.id for r in dialog.rows]
    bad = tmp_path / "pack.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert not dialog.import_pack(bad)
    assert dialog.status.text() and "Traceback" not in dialog.status.text()
    assert [r.edition.id for r in dialog.rows] == before
    assert not (tmp_path / "data" / "editions").exists() or \
        not list((tmp_path / "data" / "editions").iterdir())


def test_detail_says_whose_words_and_shows_reader_notes(qtbot):
    env = host(qtbot, ReferenceBrowser)
    browser = env.widget
    summary = env.reference.item("pns.7.vs.3")
    assert summary.wording == "summary" and summary.printed
    browser.show_item("pns.7.vs.3")
    text = browser.view.detail.toPlainText()
    assert "Résumé rédigé par ZonalPlan, pas une citation" in text
    assert "Note au lecteur : texte imprimé : « Viclas" in text
    verbatim = next(i for i in env.reference.items("pns") if i.wording == "verbatim")
    browser.show_item(verbatim.id)
    assert "Texte officiel : les mots de la source" in browser.view.detail.toPlainText()
    composed = next(i for i in env.reference.items("pzs") if i.wording == "composed")
    browser.show_item(composed.id)
    assert "Texte propre à ZonalPlan" in browser.view.detail.toPlainText()


def test_detail_in_dutch_shows_the_translation_status(qtbot):
    from ui.reference_browser.detail import render_item

    env = host(qtbot, ReferenceBrowser, show=False)
    ref = env.reference
    html = render_item(ref, ref.item("pns.1.1"), env.session.plan, "nl")
    assert "Drugshandel" in html and "traduction de travail" in html
    assert "traduction" not in render_item(ref, ref.item("pns.1.1"), env.session.plan, "fr")


def test_zone_chapter_shows_the_edition_and_a_finding_leads_to_it(qtbot):
    env = host(qtbot, lambda session, _ref: ZoneEditor(session))
    editor = env.widget
    assert editor.edition.text() == "PNS 2026-2029 / NCSI 2026-2029"
    assert editor.edition_button.isEnabled()
    assert editor.show_place(Place("period", field="reference_edition"))
    qtbot.waitUntil(editor.edition_button.hasFocus, timeout=2000)
    dialog = editor.open_editions()
    qtbot.addWidget(dialog)
    dialog.select("ncsi-2022-2024")
    assert dialog.choose_selected()
    assert editor.edition.text() == "PNS 2026-2029 / NCSI 2022-2024"
    env.session.undo_stack.undo()
    assert editor.edition.text() == "PNS 2026-2029 / NCSI 2026-2029"
    dialog.close()


def test_zone_chapter_shows_the_edition_once_the_reference_arrives(qtbot):
    # at start-up the zone chapter opens before the reference has loaded in the background
    env = host(qtbot, lambda session, _ref: ZoneEditor(session))
    session, editor = env.session, env.widget
    session.reference = None
    editor.refresh()
    assert not editor.edition_button.isEnabled()
    assert editor.edition.text() != "PNS 2026-2029 / NCSI 2026-2029"
    session.set_reference(env.reference)
    assert editor.edition.text() == "PNS 2026-2029 / NCSI 2026-2029"
    assert editor.edition_button.isEnabled()
