"""Main window file workflow: open, edit, save, close, reopen; prompts; bad and locked files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import lock_by_someone_else
from ui.shell.app import parse_args, start
from zonalplan.model import Plan, Zone
from zonalplan.store import read_plan


def _type_in_vision(qtbot, window, text: str) -> None:
    window.plan_view.show_chapter("mvv")
    editor = window.plan_view.editor("mvv").editors["vision"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_edit_save_close_reopen_keeps_the_content(qtbot, window, demo_file, dialogs):
    assert window.open_path(demo_file)
    assert window.windowTitle().startswith("Plan zonal de sécurité 2026-2031")
    _type_in_vision(qtbot, window, " Une police proche.")
    assert window.session.plan.sections.vision.endswith(" Une police proche.")
    assert window.isWindowModified()
    assert window.status.save_label.text() == "Modifications non enregistrées"
    qtbot.keyClick(window.plan_view.editor("mvv").editors["vision"], Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert window.status.save_label.text() == "Enregistré"
    assert window.close_plan()
    assert dialogs.called("ask_save_changes") == []
    assert window.session is None and window.central.currentWidget() is window.start_page
    assert read_plan(demo_file).sections.vision.endswith(" Une police proche.")
    assert window.open_path(demo_file)
    assert window.session.plan.sections.vision.endswith(" Une police proche.")
    assert not window.session.modified


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_unsaved_changes_prompt(qtbot, window, demo_file, dialogs, answer):
    window.open_path(demo_file)
    _type_in_vision(qtbot, window, " Ajout.")
    dialogs.answer("ask_save_changes", answer)
    closed = window.close_plan()
    assert dialogs.called("ask_save_changes") == [(window, "demo.zplan")]
    saved = read_plan(demo_file).sections.vision.endswith(" Ajout.")
    assert closed == (answer != "cancel")
    assert saved == (answer == "save")
    if answer == "cancel":
        assert window.session.modified and window.session.plan.sections.vision.endswith(" Ajout.")


def test_closing_the_window_can_be_cancelled(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    _type_in_vision(qtbot, window, "x")
    dialogs.answer("ask_save_changes", "cancel")
    window.close()
    assert window.isVisible() and window.session is not None
    dialogs.answer("ask_save_changes", "discard")
    window.close()
    assert not window.isVisible() and window.session is None


def test_a_new_plan_is_saved_where_the_user_says(window, tmp_path, dialogs):
    window.adopt_new_plan(Plan(zone=Zone(name="ZP Nouvelle", number="5300")), None, guided=False)
    assert window.session.modified and window.status.path_label.text() == "Plan non enregistré"
    target = tmp_path / "nouveau"
    dialogs.answer("save_file_name", target.with_suffix(".zplan"))
    assert window.save()
    assert read_plan(target.with_suffix(".zplan")).zone.name == "ZP Nouvelle"
    assert not window.session.modified
    assert window.prefs.recent_files[0] == str(target.with_suffix(".zplan").resolve())


def test_save_as_keeps_versions_and_moves_the_lock(window, demo_file, tmp_path, dialogs):
    window.open_path(demo_file)
    window.session.plan_file.create_snapshot("Projet CZS")
    copy = tmp_path / "copie.zplan"
    dialogs.answer("save_file_name", copy)
    assert window.save_as()
    assert window.session.path == copy
    assert [s.label for s in window.session.plan_file.snapshots()] == ["Projet CZS"]
    assert copy.with_name("copie.zplan.lock").exists()
    assert not demo_file.with_name("demo.zplan.lock").exists()


def _future(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    conn.commit()
    conn.close()


def _hostile(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON zone BEGIN SELECT 1; END")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 ceci est un document Word, pas un plan")


@pytest.mark.parametrize(("damage", "message"), [
    (_garbage, "ce n'est pas un fichier de plan ZonalPlan"),
    (_truncated, "endommagé ou tronqué"),
    (_future, "version plus récente de ZonalPlan"),
    (_hostile, "contient du code SQL"),
])
def test_unusable_file_shows_a_french_error_and_the_window_stays_usable(
        window, demo_file, tmp_path, dialogs, damage, message):
    bad = tmp_path / "recu.zplan"
    bad.write_bytes(demo_file.read_bytes())
    damage(bad)
    assert not window.open_path(bad)
    (title, text) = dialogs.called("error")[0][1:]
    assert title == "Ouverture impossible" and message in text and "recu.zplan" in text
    assert window.session is None
    assert window.open_path(demo_file)
    assert window.session.plan.zone.number == "5999"


def test_a_bad_file_does_not_replace_the_open_plan(window, demo_file, tmp_path, dialogs):
    window.open_path(demo_file)
    bad = tmp_path / "vide.zplan"
    bad.write_bytes(b"")
    assert not window.open_path(bad)
    assert "le fichier est vide" in dialogs.called("error")[0][2]
    assert window.session.path == demo_file


def test_plan_locked_by_someone_else_opens_read_only(qtbot, window, demo_file, dialogs):
    lock_by_someone_else(demo_file)
    assert window.open_path(demo_file)
    session = window.session
    assert session.read_only
    banner = window.plan_view.banner
    assert banner.isVisible() and "marie.dubois" in banner.text.text()
    assert "lecture seule" in banner.text.text()
    assert "(lecture seule)" in window.windowTitle()
    assert window.status.read_only_label.text() == "Lecture seule"
    for name in ("save", "undo", "redo", "guided_mode", "create_version"):
        assert not window.actions[name].isEnabled(), name
    assert window.actions["save_as"].isEnabled() and window.actions["export"].isEnabled()
    vision = window.plan_view.editor("mvv").editors["vision"]
    window.plan_view.show_chapter("mvv")
    before = session.plan.sections.vision
    vision.setFocus()
    qtbot.keyClicks(vision, "abc")
    assert session.plan.sections.vision == before and vision.isReadOnly()
    zone = window.plan_view.editor("zone")
    assert zone.name.isReadOnly() and not zone.add_member.isEnabled()
    assert not window.plan_view.editor("expectations").add.isEnabled()
    assert window.close_plan()  # nothing can be saved: no question
    assert dialogs.called("ask_save_changes") == []


def test_read_only_plan_saved_as_a_copy_becomes_editable(window, demo_file, tmp_path, dialogs):
    lock_by_someone_else(demo_file)
    window.open_path(demo_file)
    dialogs.answer("save_file_name", tmp_path / "ma-copie.zplan")
    assert window.save()  # a read-only plan can only be saved under another name
    assert not window.session.read_only
    assert not window.plan_view.banner.isVisible()
    assert not window.plan_view.editor("mvv").editors["vision"].isReadOnly()
    assert window.actions["save"].isEnabled()


def test_recent_files_on_the_start_page_and_in_the_menu(qtbot, window, demo_file, tmp_path,
                                                         dialogs):
    other = tmp_path / "autre.zplan"
    other.write_bytes(demo_file.read_bytes())
    window.open_path(demo_file)
    window.open_path(other)
    window.close_plan()
    recent = window.start_page.recent
    assert [recent.item(i).data(Qt.ItemDataRole.UserRole) for i in range(recent.count())] == [
        str(other.resolve()), str(demo_file.resolve())]
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["autre.zplan", "demo.zplan"]
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton,
                     pos=recent.visualItemRect(recent.item(1)).center())
    assert window.session.path == demo_file
    window.close_plan()
    other.unlink()
    window.start_page.set_recent(window.prefs.recent_files)
    window.start_page.recent_requested.emit(str(other.resolve()))
    assert "introuvable" in dialogs.called("error")[0][2]
    assert str(other.resolve()) not in window.prefs.recent_files


def test_start_page_buttons(qtbot, window, demo_file, dialogs):
    page = window.start_page
    assert window.central.currentWidget() is page
    qtbot.mouseClick(page.new, Qt.MouseButton.LeftButton)
    assert type(dialogs.called("exec_dialog")[0][0]).__name__ == "NewPlanWizard"
    assert window.session is None  # wizard cancelled
    dialogs.answer("open_file_name", demo_file)
    qtbot.mouseClick(page.open, Qt.MouseButton.LeftButton)
    assert window.session.path == demo_file
    window.close_plan()
    qtbot.mouseClick(page.demo, Qt.MouseButton.LeftButton)
    assert window.session.plan.zone.name == "ZP Entre-Sambre-et-Bois"
    assert window.session.path.parent.name == "user-data"


def test_command_line_opens_file_demo_or_last_plan(qtbot, reference, demo_file, dialogs):
    def launch(*argv: str):
        window = start(parse_args(list(argv))[0], reference=reference)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.opening, timeout=20000)  # outline, then the plan
        return window

    first = launch(str(demo_file))
    assert first.session.path == demo_file
    first.close()
    demo = launch("--demo")
    assert demo.session.plan.zone.number == "5999" and demo.session.path.name == "demo.zplan"
    demo.close()
    last = launch()
    assert last.session.path.name == "demo.zplan"  # the last plan opened
    last.prefs.reopen_last = False
    last.close()
    empty = launch()
    assert empty.session is None and empty.central.currentWidget() is empty.start_page
    empty.close()


def test_window_layout_is_remembered(make_window, demo_file, dialogs):
    first = make_window()
    assert first.alignment_dock.isHidden()  # no docks on the start page
    first.open_path(demo_file)
    assert first.alignment_dock.isVisible() and first.reference_dock.objectName() == \
        "referenceDock"
    default = first.size()
    first.resize(700, 520)  # the offscreen screen is 800 × 800
    size = first.size()
    assert size != default
    first.alignment_dock.hide()
    first.close()
    second = make_window()
    assert second.size() == size
    second.open_path(demo_file)
    assert second.alignment_dock.isHidden() and second.reference_dock.isVisible()


def test_status_bar_shows_path_and_findings(qtbot, window, demo_file):
    window.open_path(demo_file)
    assert window.status.path_label.text() == str(demo_file)
    with qtbot.waitSignal(window.session.report_ready, timeout=5000):
        window.session.recheck()
    assert window.status.findings.isVisible()
    assert window.status.findings.text() == "Aucun problème d'alignement"
    window.session.undo_stack.clear()
    assert QKeySequence("Ctrl+S") in window.actions["save"].shortcuts()
