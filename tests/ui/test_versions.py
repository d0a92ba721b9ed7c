"""Versions chapter: create named snapshots, restore through an undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zonalplan.commands import SetValue
from zonalplan.model import Plan


def test_create_restore_and_undo_the_restore(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    window.prefs.author = "Commissaire Lemaire"
    session = window.session
    window.plan_view.show_chapter("versions")
    editor = window.plan_view.editor("versions")
    assert editor.table.rowCount() == 0 and editor.create.isEnabled()
    dialogs.answer("ask_text", "Projet soumis au CZS du 12/03")
    qtbot.mouseClick(editor.create, Qt.MouseButton.LeftButton)
    assert dialogs.called("ask_text")[0][3] == "Projet soumis au CZS"  # suggestion
    assert editor.table.rowCount() == 1
    assert editor.table.item(0, 0).text() == "Projet soumis au CZS du 12/03"
    assert editor.table.item(0, 1).text() == "Commissaire Lemaire"
    original = session.plan.model_copy(deep=True)

    session.run(SetValue(("sections", "mission"), "Mission réécrite après le CZS"))
    session.run(SetValue(("zone", "name"), "ZP Renommée"))
    edited = session.plan.model_copy(deep=True)
    editor.table.selectRow(0)
    dialogs.answer("confirm", True)
    qtbot.mouseClick(editor.restore, Qt.MouseButton.LeftButton)
    assert "Projet soumis au CZS du 12/03" in dialogs.called("confirm")[0][2]
    assert session.plan == original
    assert window.plan_view.editor("mvv").editors["mission"].toPlainText() == \
        original.sections.mission
    assert "Entre-Sambre-et-Bois" in window.windowTitle()
    labels = [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())]
    assert labels == ["Avant restauration de « Projet soumis au CZS du 12/03 »",
                      "Projet soumis au CZS du 12/03"]
    assert session.undo_stack.undoText() == \
        "Restaurer la version « Projet soumis au CZS du 12/03 »"

    window.actions["undo"].trigger()
    assert session.plan == edited
    window.actions["redo"].trigger()
    assert session.plan == original


def test_restore_can_be_cancelled(qtbot, window, demo_file, dialogs):
    window.open_path(demo_file)
    session = window.session
    session.plan_file.create_snapshot("V1", plan=session.plan)
    session.run(SetValue(("sections", "vision"), "Nouvelle vision"))
    window.plan_view.show_chapter("versions")
    editor = window.plan_view.editor("versions")
    editor.refresh()
    dialogs.answer("confirm", False)
    assert not editor.restore_version(editor.selected_id())
    assert session.plan.sections.vision == "Nouvelle vision"
    assert editor.table.rowCount() == 1


def test_create_version_action_and_cancelled_name(window, demo_file, dialogs):
    window.open_path(demo_file)
    dialogs.answer("ask_text", None)
    window.actions["create_version"].trigger()
    assert window.plan_view.current_chapter() == "versions"
    assert window.session.plan_file.snapshots() == []
    dialogs.answer("ask_text", "   ")
    window.actions["create_version"].trigger()
    assert "ne peut pas être vide" in dialogs.called("error")[0][2]


def test_a_plan_without_file_has_no_versions_yet(window):
    window.adopt_new_plan(Plan(), None, guided=False)
    window.plan_view.show_chapter("versions")
    editor = window.plan_view.editor("versions")
    assert not editor.create.isEnabled() and not editor.restore.isEnabled()
    assert "Enregistrez le plan" in editor.notice.text()
    assert not window.actions["create_version"].isEnabled()


def test_version_author_is_the_name_asked_once_never_the_login(window, demo_file, dialogs):
    window.open_path(demo_file)
    assert window.prefs.author == ""
    window.plan_view.show_chapter("versions")
    editor = window.plan_view.editor("versions")
    dialogs.answer("ask_text", "Projet", "  Commissaire   Nathalie Gillard ")
    editor.create_version()
    assert window.prefs.author == "Commissaire Nathalie Gillard"
    assert [s.author for s in window.session.plan_file.snapshots()] == \
        ["Commissaire Nathalie Gillard"]
    asked = len(dialogs.called("ask_text"))
    dialogs.answer("ask_text", "Deuxième")
    editor.create_version()
    assert len(dialogs.called("ask_text")) == asked + 1  # only the label: the name is kept
    from zonalplan.settings import load_preferences

    assert load_preferences(window.prefs_path).author == "Commissaire Nathalie Gillard"
